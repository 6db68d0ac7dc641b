// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Deployers} from "../utils/Deployers.sol";

/// @notice Fuzzed money math: stake, unstake, slash and claim with amounts from 1 wei upward.
contract MoneyMathFuzzTest is Deployers {
    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
    }

    function testFuzz_stakeUnstake_neverReturnsMoreThanStaked(uint256 amount) public {
        amount = bound(amount, 1, 1_000_000_000 ether);
        uint256 shares = _stake(alice, op1, amount);
        vm.prank(alice);
        (, uint256 queued) = staking.requestUnstake(op1, shares);
        vm.assertEq(queued, amount, "no loss without slashing");
        _skip(21 days);
        vm.prank(alice);
        vm.assertEq(staking.withdraw(1), amount);
    }

    function testFuzz_slash_roundsUpAndNeverOverpays(uint256 amount, uint256 bips, uint256 queuedPart) public {
        amount = bound(amount, 1, 1_000_000_000 ether);
        bips = bound(bips, 1, 10_000);
        uint256 shares = _stake(alice, op1, amount);
        queuedPart = bound(queuedPart, 0, shares);
        if (queuedPart > 0) {
            vm.prank(alice);
            staking.requestUnstake(op1, queuedPart);
        }
        (uint256 activeBefore,) = staking.pool(op1);
        (uint256 ubBefore,) = staking.unbondingPool(op1);
        uint256 valueBefore = staking.stakeOf(alice, op1);
        vm.prank(address(slasher));
        (uint256 slashed,) = staking.slash(op1, bips, address(0), 0, treasury);
        // At least the exact fraction of each pool (rounded up), never more than it held.
        uint256 exactActive = (activeBefore * bips + 9999) / 10_000;
        uint256 exactUnbonding = (ubBefore * bips + 9999) / 10_000;
        vm.assertGe(slashed, exactActive + exactUnbonding, "rounded up");
        vm.assertLe(slashed, activeBefore + ubBefore);
        // Each staker loses at least the fraction of its value.
        vm.assertLe(staking.stakeOf(alice, op1), valueBefore * (10_000 - bips) / 10_000 + 1, "staker cut");
        // Everything left is still withdrawable, and no more.
        uint256 owed = staking.stakeOf(alice, op1) + staking.stakeOf(op1, op1) + staking.requestValue(alice, 0);
        vm.assertLe(owed, token.balanceOf(address(staking)));
    }

    function testFuzz_slashThenUnstake_valueMatchesRate(uint256 amount, uint256 bips) public {
        amount = bound(amount, 1, 1_000_000_000 ether);
        bips = bound(bips, 1, 9999);
        uint256 shares = _stake(alice, op1, amount);
        vm.prank(address(slasher));
        staking.slash(op1, bips, address(0), 0, treasury);
        uint256 value = staking.stakeOf(alice, op1);
        if (value == 0) {
            // Dust the slash made worthless cannot be queued (it would only clog the queue).
            vm.prank(alice);
            vm.expectRevert(IStaking.StakingZeroAmount.selector);
            staking.requestUnstake(op1, shares);
            return;
        }
        vm.prank(alice);
        (, uint256 queued) = staking.requestUnstake(op1, shares);
        vm.assertEq(queued, value);
        vm.assertLe(queued, amount - amount * bips / 10_000);
    }

    function testFuzz_claims_neverExceedPaidIn(uint256 a, uint256 b, uint256 fee1, uint256 fee2, uint256 w1) public {
        a = bound(a, 1, 100_000_000 ether);
        b = bound(b, 1, 100_000_000 ether);
        fee1 = bound(fee1, 1, 10_000_000 ether);
        fee2 = bound(fee2, 1, 10_000_000 ether);
        w1 = bound(w1, 1, 1000);
        _stake(alice, op1, a);
        _stake(bob, op2, b);
        _closeEpoch();
        _deposit(IFeeDistributor.FeeSource.Transaction, fee1);
        _recordWork(op1, w1);
        _recordWork(op2, 1000 - w1 + 1);
        _closeEpoch();
        _deposit(IFeeDistributor.FeeSource.Service, fee2);
        _recordWork(op1, 1);
        _closeEpoch();

        uint256 paid;
        address[3] memory who = [alice, bob, address(0)];
        address[2] memory ops = [op1, op2];
        for (uint256 j; j < 2; ++j) {
            for (uint256 i; i < 3; ++i) {
                address acct = who[i] == address(0) ? ops[j] : who[i];
                uint256 c = fees.claimable(ops[j], acct);
                if (c > 0) {
                    vm.prank(acct);
                    paid += fees.claim(ops[j], acct);
                }
            }
            uint256 com = fees.commissionClaimable(ops[j]);
            if (com > 0) {
                vm.prank(ops[j]);
                paid += fees.claimCommission(ops[j]);
            }
        }
        (uint256 paidIn, uint256 toTreasury,) = fees.totals();
        (uint32 epoch,,) = fees.epochInfo();
        vm.assertLe(paid + toTreasury + fees.epochFees(epoch), paidIn, "never more than paid in");
        vm.assertLe(paidIn - paid - toTreasury - fees.epochFees(epoch), 8, "only rounding dust stays");
    }

    function testFuzz_votes_equalStakeValue(uint256 amount, uint256 bips) public {
        amount = bound(amount, 1, 1_000_000_000 ether);
        bips = bound(bips, 1, 10_000);
        _stake(alice, op1, amount);
        vm.prank(address(slasher));
        staking.slash(op1, bips, address(0), 0, treasury);
        _skip(1);
        vm.assertEq(staking.getPastStakedVotes(alice, block.timestamp - 1), staking.stakeOf(alice, op1));
    }
}
