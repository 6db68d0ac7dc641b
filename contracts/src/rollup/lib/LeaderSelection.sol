// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title LeaderSelection
/// @notice SQUAD's stake-weighted leader choice: a seed picks a point in [0, total stake) and the
///         candidate whose cumulative-stake interval holds it leads. Every candidate's chance is
///         its stake over the total, up to the bias of `seed % total` (below total / 2^256).
library LeaderSelection {
    /// @notice Index of the chosen candidate, or `type(uint256).max` when `total` is zero.
    /// @param stakes each candidate's stake; `total` must be their sum.
    function pick(bytes32 seed, uint256[] memory stakes, uint256 total) internal pure returns (uint256) {
        if (total == 0) return type(uint256).max;
        uint256 point = uint256(seed) % total;
        uint256 acc;
        for (uint256 i; i < stakes.length; ++i) {
            acc += stakes[i];
            if (point < acc) return i;
        }
        // Unreachable when `total` is the sum of `stakes`.
        return type(uint256).max;
    }

    /// @notice The seed of turn `turn` of a turn sequence drawn with `sequenceSeed` (the manager
    ///         draws one per sequence from `block.prevrandao`, after the stake snapshot).
    function turnSeed(bytes32 sequenceSeed, uint256 turn) internal pure returns (bytes32) {
        return keccak256(abi.encode(sequenceSeed, turn));
    }
}
