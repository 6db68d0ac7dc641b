// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Deployers} from "../utils/Deployers.sol";

/// @notice Known attacks on staking economies, each shown to fail. (Flash-stake, flash-loan
///         voting, cross-chain/contract evidence replay, double slashing and withdrawing ahead of
///         a slash are also covered next to the feature they attack: FeeDistributor.t.sol,
///         Governance.t.sol, Slasher.t.sol.)
contract KnownAttacksTest is Deployers {
    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
    }

    /// Zero-amount griefing: no zero stake, unstake, deposit or claim can be used to bloat a
    /// victim's state or emit misleading events.
    function test_zeroAmountGriefing_isRejected() public {
        vm.startPrank(carol);
        vm.expectRevert(IStaking.StakingZeroAmount.selector);
        staking.stake(op1, 0);
        vm.expectRevert(IStaking.StakingZeroAmount.selector);
        staking.requestUnstake(op1, 0);
        vm.expectRevert(IFeeDistributor.FeesZeroAmount.selector);
        fees.depositFees(IFeeDistributor.FeeSource.Transaction, 0, 0);
        vm.expectRevert(IFeeDistributor.FeesNothingToClaim.selector);
        fees.claim(op1, carol);
        vm.expectRevert(IStaking.StakingNothingToWithdraw.selector);
        staking.withdraw(10);
        vm.stopPrank();
    }

    /// A small staker's queue cannot be filled by anyone else: requests are per caller, and a
    /// staker's own 1-wei requests are bounded by the queue limit.
    function test_queueGriefing_isBoundedPerStaker() public {
        _stake(alice, op1, 100 ether);
        vm.startPrank(carol);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingInsufficientShares.selector, 0, 1));
        staking.requestUnstake(op1, 1);
        vm.stopPrank();
        vm.prank(alice);
        staking.requestUnstake(op1, 1 ether);
        (, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(alice);
        vm.assertEq(reqs.length, 1);
    }

    /// 1-wei rounding: repeated 1-wei stakes and unstakes after a slash never extract a wei more
    /// than was put in.
    function test_oneWeiRounding_cannotExtractValue() public {
        vm.prank(address(timelock));
        staking.setMinSelfStake(1);
        vm.prank(address(slasher));
        staking.slash(op1, 3333, address(0), 0, treasury); // an awkward rate: 0.6667
        uint256 start = token.balanceOf(carol);
        vm.startPrank(carol);
        for (uint256 i; i < 30; ++i) {
            staking.stake(op1, 2 + (i % 3));
            staking.requestUnstake(op1, staking.sharesOf(carol, op1));
        }
        vm.stopPrank();
        _skip(21 days);
        vm.prank(carol);
        staking.withdraw(type(uint256).max);
        vm.assertLe(token.balanceOf(carol), start, "no value extracted");
        vm.assertGe(token.balanceOf(address(staking)), staking.totalStaked());
    }

    /// 1-wei rounding in fees: a 1-wei fee and dust stakers cannot make claims exceed deposits.
    function test_oneWeiRounding_feesNeverOverpay() public {
        _stake(alice, op1, 1);
        _stake(bob, op1, 3);
        _closeEpoch();
        for (uint256 i; i < 5; ++i) {
            _deposit(IFeeDistributor.FeeSource.Transaction, 1 + i);
            _recordWork(op1, 1);
            _closeEpoch();
        }
        uint256 owed = fees.claimable(op1, alice) + fees.claimable(op1, bob) + fees.claimable(op1, op1)
            + fees.commissionClaimable(op1);
        (uint32 epoch,,) = fees.epochInfo();
        vm.assertLe(owed + fees.epochFees(epoch), token.balanceOf(address(fees)));
    }

    /// Inflation (first-depositor) attack: there is no donation path into a pool, so a 1-wei first
    /// stake followed by a transfer cannot skew the exchange rate against the next staker.
    function test_donation_doesNotMoveExchangeRate() public {
        address fresh = makeAddr("fresh");
        _fund(fresh, 20_000 ether);
        vm.prank(address(timelock));
        staking.setMinSelfStake(1);
        _register(fresh, 0xF00D, 0, 1);
        vm.prank(carol);
        token.transfer(address(staking), 1_000_000 ether); // "donation"
        uint256 shares = _stake(alice, fresh, 1000 ether);
        vm.assertEq(shares, 1000 ether);
        vm.assertEq(staking.stakeOf(alice, fresh), 1000 ether);
    }
}
