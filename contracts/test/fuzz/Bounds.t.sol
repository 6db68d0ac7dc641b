// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeDistributor} from "../../src/fees/FeeDistributor.sol";
import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {IStakeHook} from "../../src/interfaces/IStakeHook.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Deployers} from "../utils/Deployers.sol";

/// @notice Issue 10, point 5: widths and bounds that cannot silently break. Each test failed
///         before: reward shares truncated to 112 bits after deep slashes (and a partial unstake
///         then underflowed), a replaced stake hook made every unstake revert, one absurd work
///         report froze every later epoch, and `setEpochLength` moved the current epoch's end.
contract BoundsTest is Deployers {
    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        _fund(op1, 6_000_000_000 ether);
        // Deep slashes leave little self-stake; the operator may still move its own.
        vm.prank(address(timelock));
        staking.setMinSelfStake(0);
    }

    function _slash(address op, uint256 bips) internal {
        vm.prank(address(slasher));
        staking.slash(op, bips, address(0), 0, treasury);
    }

    function _assertShadow(address op, address staker) internal view {
        FeeDistributor.Position memory p = fees.positionOf(op, staker);
        vm.assertEq(uint256(p.eligible) + p.pending, staking.sharesOf(staker, op), "position shadows shares");
        IFeeDistributor.RewardPool memory rp = fees.rewardPool(op);
        (, uint256 poolShares) = staking.pool(op);
        vm.assertEq(uint256(rp.eligible) + rp.pending, poolShares, "pool shadows shares");
    }

    /// Deep slashes shrink the rate until a stake would mint past 112 bits: it is refused with a
    /// clear error, never truncated, and a partial unstake afterwards keeps both ledgers equal.
    function testFuzz_deepSlashes_rewardSharesNeverTruncate(uint256 amount, uint8 slashes, uint256 unstakeBips) public {
        amount = bound(amount, 1 ether, 5_000_000_000 ether);
        uint256 k = bound(slashes, 1, 4);
        for (uint256 i; i < k; ++i) {
            _slash(op1, 9990);
            _closeEpoch();
        }
        uint256 rate = staking.exchangeRate(op1);
        (, uint256 poolShares) = staking.pool(op1);
        uint256 minted = amount * 1e27 / rate;
        vm.prank(op1);
        if (poolShares + minted > type(uint112).max) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IStaking.StakingPoolSharesOverflow.selector, poolShares + minted, type(uint112).max
                )
            );
            staking.stake(op1, amount);
            return;
        }
        staking.stake(op1, amount);
        _assertShadow(op1, op1);
        uint256 burn = staking.sharesOf(op1, op1) * bound(unstakeBips, 1, 9999) / 10_000;
        if (burn * rate / 1e27 == 0) return;
        vm.prank(op1);
        staking.requestUnstake(op1, burn);
        _assertShadow(op1, op1);
    }

    /// The exact case of the issue: after two deep slashes, 1B ALT used to mint 1e35 shares.
    function test_RevertWhen_stakeAfterDeepSlashesWouldPassRewardWidth() public {
        _slash(op1, 9999);
        _slash(op1, 9999);
        // Rate 1e27 -> 1e19: 1B ALT would mint 1e35 shares (the distributor kept 112 bits of them).
        vm.assertEq(staking.exchangeRate(op1), 1e19);
        vm.prank(op1);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingPoolSharesOverflow.selector, 1e35 + 1e22, type(uint112).max)
        );
        staking.stake(op1, 1_000_000_000 ether);
        // A smaller stake still fits, and both ledgers agree after a partial unstake.
        vm.prank(op1);
        staking.stake(op1, 1000 ether);
        uint256 third = staking.sharesOf(op1, op1) / 3;
        vm.prank(op1);
        staking.requestUnstake(op1, third);
        _assertShadow(op1, op1);
    }

    /// Governance moves fees to a new distributor: positions it never saw can still unstake.
    function test_replacedStakeHook_unstakeStillWorks() public {
        _stake(alice, op1, 1000 ether);
        FeeDistributor next = new FeeDistributor(token, IStaking(address(staking)), address(timelock), treasury);
        vm.prank(address(timelock));
        staking.setStakeHook(IStakeHook(address(next)));
        vm.prank(alice);
        (, uint256 amount) = staking.requestUnstake(op1, 400 ether);
        vm.assertEq(amount, 400 ether);
        // New stake is tracked by the new distributor from then on.
        _stake(alice, op1, 100 ether);
        vm.assertEq(next.positionOf(op1, alice).pending, 100 ether);
        vm.prank(alice);
        staking.requestUnstake(op1, 600 ether);
        vm.assertEq(next.positionOf(op1, alice).pending, 0);
    }

    /// One absurd report is refused; the largest allowed work of every operator still closes.
    function test_absurdWorkReport_cannotFreezeEpochs() public {
        address[] memory ops = new address[](1);
        ops[0] = op1;
        uint256[] memory w = new uint256[](1);
        w[0] = type(uint256).max / 2;
        vm.prank(reporter);
        vm.expectRevert(abi.encodeWithSelector(IFeeDistributor.FeesInvalidParameter.selector, bytes32("work"), w[0]));
        fees.recordWork(ops, w);

        _stake(op1, op1, 5_000_000_000 ether);
        _closeEpoch(); // the stake becomes reward-eligible
        _recordWork(op1, fees.MAX_WORK());
        _recordWork(op2, fees.MAX_WORK());
        vm.prank(reporter);
        w[0] = 1;
        vm.expectRevert(abi.encodeWithSelector(IFeeDistributor.FeesInvalidParameter.selector, bytes32("work"), 1));
        fees.recordWork(ops, w);
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _closeEpoch();
        vm.assertGt(fees.commissionClaimable(op1), 0);
    }

    /// "Applies from the current epoch's end": the epoch in progress keeps its length.
    function test_setEpochLength_appliesFromTheNextEpoch() public {
        (, uint64 startedAt, uint64 length) = fees.epochInfo();
        vm.assertEq(length, 1 days);
        _skip(1 hours);
        vm.prank(address(timelock));
        fees.setEpochLength(7 days);
        vm.assertEq(fees.nextEpochLength(), 7 days);
        (,, length) = fees.epochInfo();
        vm.assertEq(length, 1 days, "the current epoch is not stretched");
        vm.warp(startedAt + 1 days);
        fees.closeEpoch();
        (, startedAt, length) = fees.epochInfo();
        vm.assertEq(length, 7 days, "the next one has the new length");
        vm.warp(startedAt + 7 days - 1);
        vm.expectRevert(abi.encodeWithSelector(IFeeDistributor.FeesEpochNotOver.selector, startedAt + 7 days));
        fees.closeEpoch();
        vm.warp(startedAt + 7 days);
        fees.closeEpoch();
    }
}
