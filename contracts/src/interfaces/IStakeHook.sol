// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IStakeHook
/// @notice Called by Staking whenever a staker's shares in an operator pool change, before the
///         change is visible, so reward accounting can settle what the old shares earned.
interface IStakeHook {
    /// @notice `staker` received `shares` new shares of `operator`'s pool.
    function onSharesAdded(address operator, address staker, uint256 shares) external;
    /// @notice `staker` burned `shares` shares of `operator`'s pool.
    function onSharesRemoved(address operator, address staker, uint256 shares) external;
}
