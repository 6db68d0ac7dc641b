// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// @notice Issue 11, point 4: withdrawals can be forced from L1 like deposits, so a sequencer
///         cannot censor exits (docs/rollup-stf.md, sections 3, 4 and 7.4). A forced withdrawal
///         joins the deposit queue: batches must include it by the inclusion delay, it withdraws
///         min(amount, balance) at the sender's nonce without fee (a no-op for an empty account),
///         and an unserved one halts the rollup like an unserved deposit.
contract ForcedWithdrawalTest is RollupFixture {
    function setUp() public override {
        super.setUp();
        rid = _create(IRollupManagerTypes.Sequencing.Single, op1, 0);
        _optInAll(rid);
        _depositAndInclude(user, 50 ether);
        _post();
    }

    /// The sequencer ignores the user's signed withdrawals; the user forces one from L1. Once it
    /// is overdue no batch without it can be posted; the batch with it withdraws at the user's
    /// nonce, without fee, and the recipient claims it on L1 once final.
    function test_forcedWithdrawal_censoredUserExitsPastTheSequencer() public {
        uint64 index = _forceWithdrawal(user, bob, 20 ether);
        vm.assertEq(index, 1, "the deposit queue's next entry");
        IRollupManagerTypes.Deposit memory d = rollups.depositAt(rid, index);
        vm.assertTrue(d.forcedWithdrawal);
        vm.assertEq(d.from, user);
        vm.assertEq(d.to, bob);
        vm.assertEq(rollups.rollup(rid).l2Escrow, 50 ether, "no money moves when it is queued");

        // Before it is due, the sequencer may leave it for later.
        _transfer(USER2_KEY, user, 1 ether, 0); // a no-op (user2 has nothing): something to post
        IRollupManagerTypes.BatchPost memory skipping = _build(new bytes32[](0), 0);
        (, uint64 inclusionDelay,) = rollups.parameters();
        uint256 due = block.timestamp + inclusionDelay;
        _skip(inclusionDelay);
        skipping.signedAt = uint64(block.timestamp);
        skipping.signature = _signHeader(OP1_KEY, rid, 0, 1, skipping.header, skipping.signedAt);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositSkipped.selector, index, due));
        rollups.postBatch(skipping);

        // Including it is the only way on.
        _includeForced(index, user, bob, 20 ether);
        uint256 b = _post();
        vm.assertEq(rollups.batch(rid, b).depositsProcessed, 2);
        vm.expectRevert(IRollupManagerTypes.RollupNotFraud.selector);
        rollups.challenge(lastHeader, _stepProof(0));
        vm.assertEq(_l2Balance(user), 30 ether, "debited the amount, no fee");
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.withdrawalKey(user, 0));
        _skip(WINDOW);
        rollups.finalize(rid, 5);
        uint256 before = token.balanceOf(bob);
        vm.prank(carol);
        rollups.claimWithdrawal(rid, b, user, 0, bob, 20 ether, bitmap, siblings);
        vm.assertEq(token.balanceOf(bob) - before, 20 ether);
        vm.assertEq(rollups.rollup(rid).l2Escrow, 30 ether);
    }

    /// A forced withdrawal's queue entry can only be consumed by that forced withdrawal: not by a
    /// deposit transaction with the same recipient and amount (which would mint L2 money the
    /// escrow never received), not with another sender, recipient or amount; and a deposit's
    /// entry not by a forced withdrawal.
    function test_RevertWhen_aQueueEntryIsConsumedAsTheWrongKind() public {
        uint64 forced = _forceWithdrawal(user, bob, 20 ether);
        vm.prank(alice);
        uint64 dep = uint64(rollups.deposit(rid, user2, 7 ether));

        _expectQueueMismatch(RollupTx.encodeDeposit(forced, bob, 20 ether), forced + 1);
        _expectQueueMismatch(RollupTx.encodeForced(forced, user2, bob, 20 ether), forced + 1);
        _expectQueueMismatch(RollupTx.encodeForced(forced, user, carol, 20 ether), forced + 1);
        _expectQueueMismatch(RollupTx.encodeForced(forced, user, bob, 21 ether), forced + 1);
        _expectQueueMismatch(RollupTx.encodeForced(forced + 1, user, bob, 20 ether), forced + 1);

        _includeForced(forced, user, bob, 20 ether);
        _post();
        _expectQueueMismatch(RollupTx.encodeForced(dep, alice, user2, 7 ether), dep + 1);
        _includeDeposit(dep, user2, 7 ether);
        _post();
        vm.assertEq(_l2Balance(user2), 7 ether);
    }

    /// More than the balance: the forced withdrawal takes the whole balance (so no transaction of
    /// the user's own that the sequencer puts first can turn the exit into a no-op), and a leader
    /// that pays out the amount asked for, inventing money for the exit, is proven fraudulent.
    function test_forcedWithdrawal_beyondTheBalance_takesTheBalance_andNoMore() public {
        uint64 index = _forceWithdrawal(user, bob, 51 ether);
        vm.assertEq(_includeForced(index, user, bob, 51 ether), 50 ether, "all there is");
        vm.assertEq(_l2Balance(user), 0);

        // The lie: the withdrawal leaf holds the 51 ALT asked for.
        bytes32[] memory claimed = new bytes32[](1);
        wLeaves[wLeaves.length - 1] = Smt.withdrawalLeaf(bob, 51 ether);
        claimed[0] = _modelRoot();
        wLeaves[wLeaves.length - 1] = Smt.withdrawalLeaf(bob, 50 ether);
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        rollups.postBatch(p);
        vm.prank(challenger);
        rollups.challenge(p.header, _stepProof(0));
        vm.assertEq(rollups.rollup(rid).batchCount, 1, "reverted");
        vm.assertTrue(staking.isJailed(op1));
    }

    /// The honest side of the same exit: the whole balance leaves, the step is not fraud, and
    /// the recipient claims it once final.
    function test_forcedWithdrawal_beyondTheBalance_paysTheBalanceOut() public {
        uint64 index = _forceWithdrawal(user, bob, 1000 ether);
        _includeForced(index, user, bob, 1000 ether);
        uint256 b = _post();
        vm.expectRevert(IRollupManagerTypes.RollupNotFraud.selector);
        rollups.challenge(lastHeader, _stepProof(0));
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.withdrawalKey(user, 0));
        _skip(WINDOW);
        rollups.finalize(rid, 5);
        uint256 before = token.balanceOf(bob);
        rollups.claimWithdrawal(rid, b, user, 0, bob, 50 ether, bitmap, siblings);
        vm.assertEq(token.balanceOf(bob) - before, 50 ether);
    }

    /// An exit forced from an empty account changes nothing (no nonce, no leaf).
    function test_forcedWithdrawal_fromAnEmptyAccount_isANoOp() public {
        uint64 index = _forceWithdrawal(user2, bob, 1 ether);
        vm.assertEq(_includeForced(index, user2, bob, 1 ether), 0);
        bytes32 before = rollups.rollup(rid).headRoot;
        uint256 b = _post();
        vm.assertEq(rollups.batch(rid, b).postRoot, before, "a no-op: the root does not move");
        vm.expectRevert(IRollupManagerTypes.RollupNotFraud.selector);
        rollups.challenge(lastHeader, _stepProof(0));
    }

    /// A forced withdrawal the leader claims to have applied differently (here: as a no-op, the
    /// root left as it was) is proven fraud, and its queue entry waits again.
    function test_forcedWithdrawal_wrongRoot_isProvenFraud() public {
        uint64 index = _forceWithdrawal(user, bob, 20 ether);
        _includeForced(index, user, bob, 20 ether);
        bytes32[] memory claimed = new bytes32[](1);
        claimed[0] = rollups.rollup(rid).headRoot; // pretends the balance was short
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        rollups.postBatch(p);
        vm.prank(challenger);
        rollups.challenge(p.header, _stepProof(0));
        vm.assertEq(rollups.rollup(rid).batchCount, 1, "reverted");
        vm.assertEq(rollups.rollup(rid).depositsHead, index, "the forced withdrawal waits again");
    }

    /// An exit the sequencers never serve halts the rollup, as an unserved deposit does; the user
    /// then exits with the whole balance, and the forced entry has nothing to reclaim.
    function test_unservedForcedWithdrawal_haltsTheRollup() public {
        uint64 index = _forceWithdrawal(user, bob, 20 ether);
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.accountKey(user));
        (, uint64 inclusionDelay,) = rollups.parameters();
        uint256 haltableAt = block.timestamp + inclusionDelay + rollups.haltDelay();
        _skip(inclusionDelay + rollups.haltDelay() - 1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotStalled.selector, haltableAt));
        rollups.halt(rid);
        _skip(1);
        rollups.halt(rid);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLive.selector, rid));
        rollups.forceWithdrawal(rid, bob, 1);
        rollups.settle(rid);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.reclaimDeposit(rid, index);
        rollups.claimBalance(rid, user, 50 ether, 0, bitmap, siblings);
        rollups.distributeFees(rid, 10);
        vm.assertEq(rollups.rollup(rid).l2Escrow, 0);
        vm.assertEq(token.balanceOf(address(rollups)), 0, "the escrow paid out exactly once");
    }

    function test_RevertWhen_forcedWithdrawalHasNoRecipientOrAmount_orNoRollup() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("recipient")));
        rollups.forceWithdrawal(rid, address(0), 1);
        vm.prank(user);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.forceWithdrawal(rid, bob, 0);
        vm.prank(user);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.forceWithdrawal(rid, bob, uint256(type(uint96).max) + 1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknown.selector, rid + 1));
        rollups.forceWithdrawal(rid + 1, bob, 1);
    }

    /// @dev A batch with `raw` as its only transaction, which must be refused as not matching
    ///      the queue (`depositsProcessed` set as if it did).
    function _expectQueueMismatch(bytes memory raw, uint64 processed) internal {
        bytes32 root = rollups.rollup(rid).headRoot;
        pTxs.push(raw);
        pRoots.push(root);
        pFees.push(0);
        pSteps.push();
        depositsNext = processed;
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositMismatch.selector, 0));
        rollups.postBatch(p);
    }
}
