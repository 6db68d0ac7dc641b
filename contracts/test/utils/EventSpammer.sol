// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Benchmark helper (graphql/examples/bench_e2e.rs): many ALT transfers in one
///         transaction, so a local chain can hold 100,000 system-contract events in a few
///         hundred transactions. Pulls from the caller (who must approve it).
contract EventSpammer {
    /// @notice Moves 1 wei from the caller to `count` distinct addresses derived from `salt`.
    function spray(IERC20 token, uint256 count, uint256 salt) external {
        for (uint256 i; i < count; ++i) {
            token.transferFrom(msg.sender, address(uint160(uint256(keccak256(abi.encode(salt, i))))), 1);
        }
    }
}
