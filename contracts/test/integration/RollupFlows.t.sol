// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// @notice One test per user flow, end to end on the deployed system: a rollup's life from
///         creation to fees in operators' hands, a fraud caught and punished, an ephemeral
///         rollup settling with withdrawals still open.
contract RollupFlowsTest is RollupFixture {
    struct Withdrawal {
        uint256 batchIndex;
        uint64 nonce;
        uint256 amount;
        uint256 bitmap;
        bytes32[] siblings;
    }

    function test_flow_createOptInPostConfirm_feesClaimable() public {
        _setUpSquad();
        _stake(alice, op1, 50_000 ether); // a delegator, to see rewards reach stakers
        _closeEpoch();

        _depositAndInclude(user, 100 ether);
        _transfer(USER_KEY, user2, 10 ether, 1 ether);
        _transfer(USER_KEY, user2, 5 ether, 2 ether);
        uint256 b = _post();
        IRollupManagerTypes.Batch memory posted = rollups.batch(rid, b);
        vm.assertEq(uint256(posted.feesCollected), 3 ether);

        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertTrue(b < rollups.fastRisk(rid).fastFinalCount, "fast-final");
        vm.assertEq(rollups.rollup(rid).owedTxFees, 0, "fees wait for the window");
        _skip(WINDOW);
        vm.assertEq(rollups.finalize(rid, 5), 1);
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertEq(uint256(r.owedTxFees), 3 ether, "final fees owed to the distributor");
        vm.assertEq(uint256(r.l2Escrow), 97 ether, "escrow backs the L2 supply");
        vm.assertEq(_l2Supply(), 97 ether);

        (uint256 paidBefore,,) = fees.totals();
        rollups.distributeFees(rid, 10);
        (uint256 paidAfter,,) = fees.totals();
        vm.assertEq(paidAfter - paidBefore, 3 ether + uint256(posted.storageFee), "tx + storage fees paid in");
        // The batch's fees are split among its four duties (sequencer + three attesters), each
        // share net of the treasury's 10%.
        (uint32 epoch,,) = fees.epochInfo();
        uint256 perDuty = (3 ether + uint256(posted.storageFee)) / 4;
        vm.assertApproxEqAbs(fees.attributedOf(epoch, op2), perDuty * 9 / 10, 4, "attester's share");
        uint256 sum;
        for (uint256 i; i < 4; ++i) {
            sum += fees.attributedOf(epoch, ops[i]);
        }
        vm.assertApproxEqAbs(sum, (3 ether + uint256(posted.storageFee)) * 9 / 10, 8, "all of it, to its workers");

        _closeEpoch();
        _closeEpoch(); // rewards reach stakers once their position is eligible
        vm.assertGt(fees.commissionClaimable(op1), 0, "operator commission");
        vm.assertGt(fees.claimable(op1, alice), 0, "delegator rewards");
        vm.assertEq(rollups.rollup(rid).distributedCount, 1);
    }

    function test_flow_badRoot_challenge_slashed_thenRecovers() public {
        _setUpSquad();
        _depositAndInclude(user, 100 ether);
        bytes32[] memory claimed = pRoots;
        claimed[0] = keccak256("the sequencer mints itself money");
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        rollups.postBatch(p);
        address cheat = rollups.batch(rid, 0).sequencer;
        uint256 stake = staking.poolValue(cheat);

        vm.prank(challenger);
        rollups.challenge(p.header, _stepProof(0));
        vm.assertEq(rollups.rollup(rid).batchCount, 0);
        vm.assertTrue(staking.isJailed(cheat));
        vm.assertLt(staking.poolValue(cheat), stake);
        vm.assertGt(token.balanceOf(challenger), 0);

        // An honest leader (never the jailed one) re-posts the deposit; it finalizes by window.
        _skip(SLOT);
        (address lead,,) = rollups.leader(rid);
        vm.assertTrue(lead != cheat);
        mBal[_idx(user)] = 0; // the model back at the state before the reverted batch
        _includeDeposit(0, user, 100 ether);
        _post();
        _skip(WINDOW);
        vm.assertEq(rollups.finalize(rid, 5), 1);
        vm.assertEq(rollups.batch(rid, 0).postRoot, _modelRoot());
    }

    function test_flow_ephemeral_expirySettleWithdraw() public {
        uint64 expiry = uint64(block.timestamp + 1 days);
        rid = _create(IRollupManagerTypes.Sequencing.Single, op1, expiry);
        _optInAll(rid);
        _depositAndInclude(user, 50 ether);
        _withdraw(USER_KEY, bob, 20 ether, 1 ether);
        uint256 b = _post();
        Withdrawal memory w = _withdrawalProof(b, user, 0, 20 ether);

        // A deposit the sequencer never includes.
        vm.prank(alice);
        uint256 late = rollups.deposit(rid, user2, 7 ether);

        vm.warp(expiry);
        _transfer(USER_KEY, user2, 1 ether, 0);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), OP1_KEY);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLive.selector, rid));
        rollups.postBatch(p);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLive.selector, rid));
        rollups.deposit(rid, user, 1 ether);
        vm.warp(expiry - 1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupSettleTooEarly.selector, expiry));
        rollups.settle(rid);

        vm.warp(expiry);
        uint256 ownerBefore = token.balanceOf(owner);
        uint256 storageFee = rollups.batch(rid, b).storageFee;
        rollups.settle(rid);
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertTrue(r.settled);
        vm.assertEq(r.finalizedCount, 1, "settle finalizes the last root");
        vm.assertEq(token.balanceOf(owner) - ownerBefore, BUDGET - storageFee, "unused budget returned");

        // Withdrawals stay open after settlement, once each.
        uint256 bobBefore = token.balanceOf(bob);
        _claim(w, user, bob);
        vm.assertEq(token.balanceOf(bob) - bobBefore, 20 ether);
        vm.assertTrue(rollups.isWithdrawalClaimed(rid, user, 0));
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupWithdrawalClaimed.selector, Smt.withdrawalKey(user, 0))
        );
        _claim(w, user, bob);

        // The deposit no batch included goes back to its depositor; an included one does not.
        uint256 aliceBefore = token.balanceOf(alice);
        rollups.reclaimDeposit(rid, late);
        vm.assertEq(token.balanceOf(alice) - aliceBefore, 7 ether);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositIncluded.selector, 0));
        rollups.reclaimDeposit(rid, 0);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.reclaimDeposit(rid, late);

        // What is left in escrow is exactly the L2 money plus the final fee not yet distributed.
        r = rollups.rollup(rid);
        vm.assertEq(uint256(r.l2Escrow), _l2Supply() - 0, "escrow == L2 supply in the final root");
        rollups.distributeFees(rid, 10);
        vm.assertEq(token.balanceOf(address(rollups)), _l2Supply());
    }

    /// Issue 11, point 4: a permanent rollup whose sequencers stop held its users' money forever,
    /// and an ephemeral one locked L2 balances at expiry. An unserved deposit lets anyone halt
    /// the rollup; once settled, every balance in the final root is claimable on L1.
    function test_flow_stalledRollupHalts_usersExitWithTheirBalances() public {
        rid = _create(IRollupManagerTypes.Sequencing.Single, op1, 0); // permanent
        _optInAll(rid);
        _depositAndInclude(user, 50 ether);
        _transfer(USER_KEY, user2, 8 ether, 1 ether);
        _withdraw(USER_KEY, bob, 5 ether, 0);
        uint256 b = _post();
        Withdrawal memory w = _withdrawalProof(b, user, 1, 5 ether);
        (uint256 bitmapUser, bytes32[] memory siblingsUser) = _proof(Smt.accountKey(user));
        (uint256 bitmapUser2, bytes32[] memory siblingsUser2) = _proof(Smt.accountKey(user2));
        vm.assertEq(_l2Balance(user), 36 ether);

        // The sequencer goes silent; a deposit waits.
        vm.prank(alice);
        uint256 waiting = rollups.deposit(rid, user2, 3 ether);
        (, uint64 inclusionDelay,) = rollups.parameters();
        uint256 haltableAt = block.timestamp + inclusionDelay + rollups.haltDelay();
        _skip(inclusionDelay + rollups.haltDelay() - 1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotStalled.selector, haltableAt));
        rollups.halt(rid);
        _skip(1);
        vm.prank(carol);
        rollups.halt(rid);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLive.selector, rid));
        rollups.halt(rid);

        // It settles like an ephemeral rollup (its last batch final long ago).
        rollups.settle(rid);
        vm.assertTrue(rollups.rollup(rid).settled);
        vm.expectRevert(IRollupManagerTypes.RollupBadBalanceProof.selector);
        rollups.claimBalance(rid, user, 37 ether, 1, bitmapUser, siblingsUser);
        uint256 before = token.balanceOf(user);
        rollups.claimBalance(rid, user, 36 ether, 2, bitmapUser, siblingsUser);
        vm.assertEq(token.balanceOf(user) - before, 36 ether);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBalanceClaimed.selector, user));
        rollups.claimBalance(rid, user, 36 ether, 2, bitmapUser, siblingsUser);
        rollups.claimBalance(rid, user2, 8 ether, 0, bitmapUser2, siblingsUser2);
        _claim(w, user, bob);
        rollups.reclaimDeposit(rid, waiting);
        rollups.distributeFees(rid, 10);
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertEq(r.l2Escrow, 0, "every ALT of the escrow went back to its owner");
        vm.assertEq(token.balanceOf(address(rollups)), 0);
    }

    /// Settling needs every batch final: one posted just before expiry keeps its whole window.
    function test_settle_waitsForTheLastBatchsWindow() public {
        uint64 expiry = uint64(block.timestamp + 1 days);
        rid = _create(IRollupManagerTypes.Sequencing.Single, op1, expiry);
        _optInAll(rid);
        vm.warp(expiry - 1);
        _depositAndInclude(user, 50 ether);
        uint256 b = _post();
        _skip(1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotFinal.selector, b));
        rollups.settle(rid);
        _skip(WINDOW - 2);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotFinal.selector, b));
        rollups.settle(rid);
        _skip(1);
        rollups.settle(rid);
        vm.assertEq(rollups.rollup(rid).finalizedCount, 1);
    }

    /// Review finding: a fraud proof landing late in a long window rolls `depositsHead` back to
    /// a deposit queued long ago; it must not make the rollup haltable before the honest
    /// sequencers had their inclusion delay to re-post it.
    function test_lateFraudRevert_doesNotMakeTheRollupHaltable() public {
        _setUpSquad();
        IRollupManagerTypes.Params memory p = _params();
        p.challengeWindow = 8 days;
        vm.prank(owner);
        rollups.setParams(rid, p);
        _depositAndInclude(user, 10 ether);
        bytes32[] memory claimed = pRoots;
        claimed[0] = keccak256("made up");
        IRollupManagerTypes.BatchPost memory bad = _build(claimed, 0);
        rollups.postBatch(bad);
        _skip(8 days - 1);
        rollups.challenge(bad.header, _stepProof(0));
        vm.assertEq(rollups.rollup(rid).depositsHead, 0, "the deposit waits again");
        (, uint64 inclusionDelay,) = rollups.parameters();
        uint256 haltableAt = block.timestamp + inclusionDelay + rollups.haltDelay();
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotStalled.selector, haltableAt));
        rollups.halt(rid);
    }

    function test_RevertWhen_claimingBalancesBeforeSettlement() public {
        _setUpSquad();
        _depositAndInclude(user, 50 ether);
        _post();
        _skip(WINDOW);
        rollups.finalize(rid, 5);
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.accountKey(user));
        vm.expectRevert(IRollupManagerTypes.RollupNotSettled.selector);
        rollups.claimBalance(rid, user, 50 ether, 0, bitmap, siblings);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotStalled.selector, 0));
        rollups.halt(rid);
    }

    function test_withdrawal_requiresFinalBatchAndValidProof() public {
        _setUpSquad();
        _depositAndInclude(user, 50 ether);
        _withdraw(USER_KEY, bob, 20 ether, 0);
        uint256 b = _post();
        Withdrawal memory w = _withdrawalProof(b, user, 0, 20 ether);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotFinal.selector, b));
        _claim(w, user, bob);

        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        w.amount = 21 ether;
        vm.expectRevert(IRollupManagerTypes.RollupBadWithdrawalProof.selector);
        _claim(w, user, bob);
        w.amount = 20 ether;
        vm.expectRevert(IRollupManagerTypes.RollupBadWithdrawalProof.selector);
        _claim(w, user, alice); // someone else as recipient
        _claim(w, user, bob);
        vm.assertEq(uint256(rollups.rollup(rid).l2Escrow), 30 ether);
    }

    function test_serviceFee_chargedPerEpoch() public {
        _setUpSquad();
        IRollupManagerTypes.Params memory p = _params();
        p.serviceFeePerEpoch = 10 ether;
        vm.prank(owner);
        rollups.setParams(rid, p);
        (uint64 serviceEpoch,,) = rollups.parameters();
        _skip(3 * uint256(serviceEpoch) + 5);
        _depositAndInclude(user, 1 ether);
        uint256 b = _post();
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertEq(uint256(r.owedServiceFees), 30 ether, "three whole epochs");
        vm.assertEq(uint256(r.budget), BUDGET - 30 ether - rollups.batch(rid, b).storageFee);
    }

    /// Issue 11, point 6: a budget too short for the service fee used to advance the service
    /// clock by every elapsed epoch and take what it had: the rest was forgiven. The clock now
    /// advances only by epochs paid; the debt stays until the owner funds it.
    function test_serviceFee_shortBudgetKeepsItsDebt() public {
        _setUpSquad();
        IRollupManagerTypes.Params memory p = _params();
        p.serviceFeePerEpoch = 300 ether;
        vm.prank(owner);
        rollups.setParams(rid, p);
        (uint64 serviceEpoch,,) = rollups.parameters();
        _skip(5 * uint256(serviceEpoch));
        rollups.distributeFees(rid, 10); // anyone charges: three epochs are all the budget pays
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertEq(r.budget, BUDGET - 900 ether);
        vm.assertEq(r.serviceFrom, r.createdAt + 3 * uint256(serviceEpoch), "the clock: 3 epochs paid, 2 owed");

        // In debt: no posting, and no cheaper rate for the epochs already served.
        _depositAndInclude(user, 1 ether);
        IRollupManagerTypes.BatchPost memory post = _build(new bytes32[](0), 0);
        uint256 storageFee = post.txData.length * FEE_PER_BYTE;
        vm.expectRevert(
            abi.encodeWithSelector(
                IRollupManagerTypes.RollupBudgetExhausted.selector, storageFee + 600 ether, 100 ether
            )
        );
        rollups.postBatch(post);
        p.serviceFeePerEpoch = 0;
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupBudgetExhausted.selector, 600 ether, 100 ether)
        );
        rollups.setParams(rid, p);

        vm.prank(owner);
        rollups.fund(rid, 1000 ether);
        rollups.postBatch(post);
        r = rollups.rollup(rid);
        // Three epochs charged earlier wait, with these two, for batches whose workers earn them.
        vm.assertEq(r.owedServiceFees, 1500 ether, "all five epochs, at the rate they were served under");
        vm.assertEq(r.serviceFrom, r.createdAt + 5 * uint256(serviceEpoch));
    }

    // ---------------------------------------------------------------- helpers

    /// @dev The withdrawal's proof against the model state, which must be batch `b`'s post state.
    function _withdrawalProof(uint256 b, address sender, uint64 nonce, uint256 amount)
        internal
        view
        returns (Withdrawal memory w)
    {
        w.batchIndex = b;
        w.nonce = nonce;
        w.amount = amount;
        (w.bitmap, w.siblings) = _proof(Smt.withdrawalKey(sender, nonce));
    }

    function _claim(Withdrawal memory w, address sender, address recipient) internal {
        rollups.claimWithdrawal(rid, w.batchIndex, sender, w.nonce, recipient, w.amount, w.bitmap, w.siblings);
    }
}
