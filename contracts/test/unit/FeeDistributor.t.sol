// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeDistributor} from "../../src/fees/FeeDistributor.sol";
import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {Deployers} from "../utils/Deployers.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract FeeDistributorTest is Deployers {
    function setUp() public override {
        super.setUp();
        _registerDefaultOperators(); // op1: 10% commission, op2: 5%
        _stake(alice, op1, 90_000 ether);
        _stake(bob, op2, 30_000 ether);
        _closeEpoch(); // the stakes above become reward-eligible from epoch 1
    }

    function test_depositFees_takesTreasuryShare() public {
        vm.expectEmit(address(fees));
        emit IFeeDistributor.FeesDeposited(
            1, IFeeDistributor.FeeSource.Storage, bytes32(uint256(1)), carol, 1000 ether, 100 ether
        );
        _deposit(IFeeDistributor.FeeSource.Storage, 1000 ether);
        vm.assertEq(token.balanceOf(treasury), 100 ether);
        vm.assertEq(fees.epochFees(1), 900 ether);
        (uint256 paidIn, uint256 toTreasury,) = fees.totals();
        vm.assertEq(paidIn, 1000 ether);
        vm.assertEq(toTreasury, 100 ether);
    }

    /// Attributed fees go to the operator they name, apart from the fees shared by work: op2's
    /// work earns nothing of op1's attributed fees, and a jailed operator's share rolls over.
    function test_attributedFees_reachOnlyTheirOperator() public {
        vm.prank(reporter);
        token.approve(address(fees), type(uint256).max);
        _fund(reporter, 10_000 ether);
        address[] memory ops = new address[](1);
        ops[0] = op1;
        uint256[] memory amounts = new uint256[](1);
        amounts[0] = 1000 ether;
        vm.prank(reporter);
        fees.depositAttributedFees(IFeeDistributor.FeeSource.Transaction, bytes32(uint256(7)), ops, amounts);
        vm.assertEq(fees.attributedOf(1, op1), 900 ether, "net of the treasury's 10%");
        vm.assertEq(token.balanceOf(treasury), 100 ether);
        _recordWork(op2, 1_000_000); // work, but nobody paid for it
        _closeEpoch();
        vm.assertEq(fees.commissionClaimable(op1), 90 ether);
        vm.assertEq(fees.commissionClaimable(op2), 0, "no share of another's fees");

        // Jailed at the close: its attributed fees go to the treasury (nobody else earned them).
        vm.prank(reporter);
        fees.depositAttributedFees(IFeeDistributor.FeeSource.Transaction, bytes32(uint256(7)), ops, amounts);
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 30 days));
        uint256 treasuryBefore = token.balanceOf(treasury);
        _closeEpoch();
        vm.assertEq(fees.commissionClaimable(op1), 90 ether, "nothing new while jailed");
        vm.assertEq(fees.epochFees(3), 0, "not shared");
        vm.assertEq(token.balanceOf(treasury) - treasuryBefore, 900 ether, "forfeited");

        vm.prank(carol);
        vm.expectRevert(IFeeDistributor.FeesUnauthorized.selector);
        fees.depositAttributedFees(IFeeDistributor.FeeSource.Transaction, bytes32(0), ops, amounts);
    }

    function test_RevertWhen_depositFees_zero() public {
        vm.expectRevert(IFeeDistributor.FeesZeroAmount.selector);
        fees.depositFees(IFeeDistributor.FeeSource.Transaction, 0, 0);
    }

    function test_closeEpoch_splitsCommissionAndStakers() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        vm.assertEq(fees.commissionClaimable(op1), 90 ether);
        vm.assertEq(fees.claimable(op1, alice), 729 ether);
        vm.assertEq(fees.claimable(op1, op1), 81 ether);
        vm.assertEq(fees.claimable(op2, bob), 0);
    }

    function test_closeEpoch_weightsWorkByStake() public {
        _deposit(IFeeDistributor.FeeSource.Service, 1000 ether);
        _recordWork(op1, 1); // stake 100k
        _recordWork(op2, 2); // stake 40k -> weight 80k
        _closeEpoch();
        // 900 ether split 100:80
        vm.assertEq(fees.commissionClaimable(op1), 50 ether); // 10% of 500
        vm.assertEq(fees.commissionClaimable(op2), 20 ether); // 5% of 400
        vm.assertEq(fees.claimable(op2, bob), 285 ether); // 380 * 30k/40k
    }

    function test_closeEpoch_withoutWorkCarriesFees() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _closeEpoch();
        vm.assertEq(fees.epochFees(2), 900 ether);
        _recordWork(op2, 1);
        _closeEpoch();
        vm.assertEq(fees.commissionClaimable(op2), 45 ether);
    }

    function test_closeEpoch_skipsJailedOperator() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _recordWork(op2, 1);
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 1 days));
        _closeEpoch();
        vm.assertEq(fees.commissionClaimable(op1), 0);
        vm.assertEq(fees.commissionClaimable(op2), 45 ether);
    }

    function test_RevertWhen_closeEpoch_early() public {
        (, uint64 startedAt, uint64 length) = fees.epochInfo();
        vm.expectRevert(abi.encodeWithSelector(IFeeDistributor.FeesEpochNotOver.selector, startedAt + length));
        fees.closeEpoch();
    }

    function test_claim_paysAndResets() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        uint256 before = token.balanceOf(alice);
        vm.expectEmit(address(fees));
        emit IFeeDistributor.RewardsClaimed(op1, alice, alice, 729 ether);
        vm.prank(alice);
        vm.assertEq(fees.claim(op1, alice), 729 ether);
        vm.assertEq(token.balanceOf(alice) - before, 729 ether);
        vm.assertEq(fees.claimable(op1, alice), 0);
        vm.prank(alice);
        vm.expectRevert(IFeeDistributor.FeesNothingToClaim.selector);
        fees.claim(op1, alice);
    }

    function test_claimCommission() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        vm.prank(op1);
        vm.assertEq(fees.claimCommission(op1), 90 ether);
        vm.prank(op1);
        vm.expectRevert(IFeeDistributor.FeesNothingToClaim.selector);
        fees.claimCommission(op1);
    }

    function test_rewardsSurviveUnstake() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        vm.prank(alice);
        staking.requestUnstake(op1, 90_000 ether);
        vm.assertEq(fees.claimable(op1, alice), 729 ether);
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        vm.assertEq(fees.claimable(op1, alice), 729 ether, "no rewards after unstaking");
        vm.assertEq(fees.claimable(op1, op1), 81 ether + 810 ether);
    }

    /// Known attack: staking just before a distribution captures none of it.
    function test_flashStakeCapturesNothing() public {
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        (, uint64 startedAt, uint64 length) = fees.epochInfo();
        vm.warp(startedAt + length);
        _stake(carol, op1, 900_000_000 ether); // a whale enters right before the close
        fees.closeEpoch();
        vm.prank(carol);
        staking.requestUnstake(op1, 900_000_000 ether);
        vm.assertEq(fees.claimable(op1, carol), 0);
        vm.assertEq(fees.claimable(op1, alice), 729 ether, "honest stakers keep their share");
    }

    function test_newStakeEarnsFromNextEpoch() public {
        _stake(carol, op1, 100_000 ether);
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        vm.assertEq(fees.claimable(op1, carol), 0);
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _closeEpoch();
        vm.assertEq(fees.claimable(op1, carol), 405 ether); // half of 810
        IFeeDistributor.RewardPool memory rp = fees.rewardPool(op1);
        vm.assertEq(rp.eligible, 200_000 ether);
        vm.assertEq(rp.pending, 0);
    }

    function test_RevertWhen_recordWork_unauthorised() public {
        vm.expectRevert(IFeeDistributor.FeesUnauthorized.selector);
        fees.recordWork(new address[](0), new uint256[](0));
    }

    function test_RevertWhen_recordWork_lengthMismatch() public {
        vm.prank(reporter);
        vm.expectRevert(IFeeDistributor.FeesLengthMismatch.selector);
        fees.recordWork(new address[](1), new uint256[](0));
    }

    function test_RevertWhen_recordWork_tooManyOperators() public {
        address[] memory ops = new address[](65);
        uint256[] memory w = new uint256[](65);
        for (uint256 i; i < 65; ++i) {
            ops[i] = address(uint160(i + 1));
            w[i] = 1;
        }
        vm.prank(reporter);
        vm.expectRevert(IFeeDistributor.FeesTooManyOperators.selector);
        fees.recordWork(ops, w);
    }

    function test_recordWork_accumulates() public {
        _recordWork(op1, 3);
        _recordWork(op1, 4);
        vm.assertEq(fees.workOf(1, op1), 7);
        vm.assertEq(fees.epochOperators(1).length, 1);
    }

    function test_RevertWhen_hooks_notStaking() public {
        vm.expectRevert(IFeeDistributor.FeesUnauthorized.selector);
        fees.onSharesAdded(op1, alice, 1);
        vm.expectRevert(IFeeDistributor.FeesUnauthorized.selector);
        fees.onSharesRemoved(op1, alice, 1);
    }

    function test_setters_byTimelock() public {
        vm.startPrank(address(timelock));
        fees.setTreasuryBips(2000);
        fees.setEpochLength(7 days);
        fees.setTreasury(carol);
        fees.setWorkReporter(bob, true);
        vm.stopPrank();
        (uint16 bips, address tr) = fees.treasuryInfo();
        vm.assertEq(bips, 2000);
        vm.assertEq(tr, carol);
        vm.assertEq(fees.nextEpochLength(), 7 days);
        vm.assertTrue(fees.isWorkReporter(bob));
    }

    function test_RevertWhen_setters_outOfBounds() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(IFeeDistributor.FeesInvalidParameter.selector, bytes32("treasuryBips"), 10_001)
        );
        fees.setTreasuryBips(10_001);
        vm.expectRevert(
            abi.encodeWithSelector(IFeeDistributor.FeesInvalidParameter.selector, bytes32("epochLength"), 60)
        );
        fees.setEpochLength(60);
        vm.expectRevert(abi.encodeWithSelector(IFeeDistributor.FeesInvalidParameter.selector, bytes32("treasury"), 0));
        fees.setTreasury(address(0));
        vm.stopPrank();
    }

    function test_RevertWhen_setters_notGovernance() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        fees.setWorkReporter(address(this), true);
    }

    function test_RevertWhen_constructor_zeroTreasury() public {
        vm.expectRevert(abi.encodeWithSelector(IFeeDistributor.FeesInvalidParameter.selector, bytes32("treasury"), 0));
        new FeeDistributor(token, staking, address(this), address(0));
    }

    function test_positionOf_tracksEligibility() public {
        _stake(alice, op1, 1 ether);
        FeeDistributor.Position memory p = fees.positionOf(op1, alice);
        vm.assertEq(p.eligible, 90_000 ether);
        vm.assertEq(p.pending, 1 ether);
        vm.assertEq(fees.accRewardPerShare(op1), 0);
    }
}
