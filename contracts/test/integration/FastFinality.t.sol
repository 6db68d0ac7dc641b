// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {ISlasher} from "../../src/interfaces/ISlasher.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {PaymentsStf} from "../../src/rollup/lib/PaymentsStf.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// @notice Issue 11, point 2: fast finality is accountable. A quorum-confirmed batch stays open to
///         fraud proofs for its window, and what withdrawals take out against such roots before
///         their window ends is bounded by the stake a fraud proof would slash from their signers.
contract FastFinalityTest is RollupFixture {
    uint256 internal constant FRAUD_BIPS = 1000; // the Slasher's default

    function setUp() public override {
        super.setUp();
        _setUpSquad();
    }

    /// The attack the bound exists for: a verifier quorum signs a root that mints the sequencer's
    /// account money, and withdraws it against the fast-final root before anyone can prove the
    /// fraud. It gets out at most the signers' slashable stake, and the fraud proof, still open,
    /// takes at least that from them.
    function test_fastFinalFraud_drainsAtMostWhatItsSignersLose() public {
        // Honest users' money in escrow, final.
        _depositAndInclude(user2, 20_000 ether);
        _post();
        _skip(WINDOW);
        rollups.finalize(rid, 5);

        // Batch 1 credits `user` 4,900 ALT it never deposited, then withdraws 4,000 in two parts.
        vm.prank(alice);
        uint256 index = rollups.deposit(rid, user, 100 ether);
        PaymentsStf.AccountProof memory honest = _accountProof(user); // before the made-up credit
        mBal[_idx(user)] += 4900 ether;
        _includeDeposit(uint64(index), user, 100 ether);
        _withdraw(USER_KEY, bob, 2500 ether, 0);
        _withdraw(USER_KEY, carol, 1500 ether, 0);
        uint256 b = _post();
        (uint256 bitmapBob, bytes32[] memory siblingsBob) = _proof(Smt.withdrawalKey(user, 0));
        (uint256 bitmapCarol, bytes32[] memory siblingsCarol) = _proof(Smt.withdrawalKey(user, 1));
        OneStepProof.Step memory fraud = _stepProof(0);
        fraud.recipient = honest;

        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        uint256 signed = staking.poolValue(op1) + staking.poolValue(op2) + staking.poolValue(op3);
        uint256 limit = signed * FRAUD_BIPS / 10_000;
        vm.assertEq(limit, 3000 ether, "10% of the 30,000 ALT that signed");
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), limit);

        // The first withdrawal fits under the bound, the second does not.
        rollups.claimWithdrawal(rid, b, user, 0, bob, 2500 ether, bitmapBob, siblingsBob);
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), limit - 2500 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupFastRiskExceeded.selector, 1500 ether, limit - 2500 ether)
        );
        rollups.claimWithdrawal(rid, b, user, 1, carol, 1500 ether, bitmapCarol, siblingsCarol);

        // The fraud is still provable: the batch goes, and its signers pay at least what left.
        uint256 stakeBefore = _poolValues();
        _skip(WINDOW - 1);
        vm.prank(challenger);
        rollups.challenge(lastHeader, fraud);
        vm.assertEq(rollups.rollup(rid).batchCount, 1, "batch 1 reverted");
        uint256 slashed = stakeBefore - _poolValues();
        vm.assertGe(slashed, 2500 ether, "the signers lost at least what the fraud took out");
        vm.assertEq(rollups.fastRisk(rid).fastFinalCount, 1, "nothing fast-final is open to challenge");
    }

    function test_fastWithdrawal_needsAnUnbrokenChainOfQuorums() public {
        _depositAndInclude(user, 100 ether);
        uint256 b0 = _post();
        _skip(10);
        _withdraw(USER_KEY, bob, 10 ether, 0);
        uint256 b1 = _post();
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.withdrawalKey(user, 0));
        rollups.confirmBatch(rid, b1, _attest(b1, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        // b1 has a quorum, but b0 (no quorum) could still be proven fraudulent and take b1 with it.
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotFinal.selector, b1));
        rollups.claimWithdrawal(rid, b1, user, 0, bob, 10 ether, bitmap, siblings);
        rollups.confirmBatch(rid, b0, _attest(b0, _keys(OP2_KEY, OP3_KEY, OP4_KEY)));
        vm.assertEq(rollups.fastRisk(rid).fastFinalCount, 2, "b0's quorum extends the chain through b1");
        rollups.claimWithdrawal(rid, b1, user, 0, bob, 10 ether, bitmap, siblings);
        vm.assertEq(token.balanceOf(bob) - 1_000_000_000 ether, 10 ether);
    }

    /// Claims count against every quorum that could still undo them; the bound frees up as the
    /// batches behind it become final.
    function test_fastRisk_freesUpAsWindowsEnd() public {
        _depositAndInclude(user, 10_000 ether);
        _withdraw(USER_KEY, bob, 3000 ether, 0);
        uint256 b0 = _post();
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.withdrawalKey(user, 0));
        rollups.confirmBatch(rid, b0, _attest(b0, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        rollups.claimWithdrawal(rid, b0, user, 0, bob, 3000 ether, bitmap, siblings);
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), 0, "used up");

        _skip(10);
        _withdraw(USER_KEY, carol, 1 ether, 0);
        uint256 b1 = _post();
        (bitmap, siblings) = _proof(Smt.withdrawalKey(user, 1));
        rollups.confirmBatch(rid, b1, _attest(b1, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), 0, "the claim may still be undone with b0");
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupFastRiskExceeded.selector, 1 ether, 0));
        rollups.claimWithdrawal(rid, b1, user, 1, carol, 1 ether, bitmap, siblings);

        // b0 final: its claim is safe, but it was made in the period b1's quorum joined (a
        // conservative count) and keeps counting until b1 is final too.
        _skip(WINDOW - 10);
        vm.assertEq(rollups.finalize(rid, 5), 1);
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), 0);
        _skip(10);
        vm.assertEq(rollups.finalize(rid, 5), 1);
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), 0, "nothing open to challenge");
        rollups.claimWithdrawal(rid, b1, user, 1, carol, 1 ether, bitmap, siblings); // final: unbounded

        // A new quorum starts from a clean slate.
        _transfer(USER_KEY, user2, 1 ether, 0);
        uint256 b2 = _post();
        rollups.confirmBatch(rid, b2, _attest(b2, _keys(OP2_KEY, OP3_KEY, OP4_KEY)));
        vm.assertEq(rollups.fastWithdrawalCapacity(rid), 3000 ether);
    }

    /// Attacker review H1: the Slasher punishes one slashing period once, so verifiers shared by
    /// two rollups used to back both rollups' fast withdrawals with the same stake: signing fraud
    /// on both, they could take out twice what a slash takes. Now each operator pledges at most
    /// all of its stake over every rollup it verifies; a share it frees cools for the longest
    /// challenge window (quorums counted with it may still be challenged) before it backs
    /// another rollup.
    function test_sharedVerifiers_backOneRollupsFastWithdrawalsAtATime() public {
        uint256 a = rid;
        _depositAndInclude(user, 10_000 ether);
        _withdraw(USER_KEY, bob, 100 ether, 0);
        uint256 ba = _post();
        rollups.confirmBatch(a, ba, _attest(ba, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertEq(rollups.fastWithdrawalCapacity(a), 3000 ether, "A: 10% of the 30,000 ALT that signed");

        // The same four operators verify rollup B: their stake already backs A in full.
        uint256 b = _freshRollup();
        for (uint256 i; i < 4; ++i) {
            vm.assertEq(rollups.verifiers(b)[i].backingBips, 0);
            vm.assertEq(rollups.backing(ops[i]).allocated, 10_000);
        }
        _depositAndInclude(user, 10_000 ether);
        _withdraw(USER_KEY, bob, 100 ether, 0);
        uint256 bb = _post();
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.withdrawalKey(user, 0));
        rollups.confirmBatch(b, bb, _attest(bb, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertEq(rollups.fastRisk(b).fastFinalCount, 1, "B is fast-final all the same");
        vm.assertEq(rollups.fastWithdrawalCapacity(b), 0, "but nothing backs its value at risk");
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupFastRiskExceeded.selector, 100 ether, 0));
        rollups.claimWithdrawal(b, bb, user, 0, bob, 100 ether, bitmap, siblings);

        // Halving A's backing does not free the half for B until A's quorums are past challenge.
        for (uint256 i; i < 4; ++i) {
            vm.prank(ops[i]);
            rollups.setBacking(a, 5000);
            vm.prank(ops[i]);
            vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBackingExceeded.selector, 0));
            rollups.setBacking(b, 5000);
        }
        _skip(rollups.BACKING_COOLDOWN());
        for (uint256 i; i < 4; ++i) {
            vm.prank(ops[i]);
            rollups.setBacking(b, 5000);
            vm.prank(ops[i]);
            vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBackingExceeded.selector, 0));
            rollups.setBacking(b, 5001);
        }
        rollups.finalize(b, 5); // B's earlier quorum, backed by nothing, is past challenge
        _transfer(USER_KEY, user2, 1 ether, 0);
        uint256 bb2 = _post();
        rollups.confirmBatch(b, bb2, _attest(bb2, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertEq(rollups.fastWithdrawalCapacity(b), 1500 ether, "half of each signer's stake backs B");

        // Opting out frees a share only after the same cooling.
        vm.prank(op4);
        rollups.optOut(a, false, true);
        vm.prank(op4);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBackingExceeded.selector, 0));
        rollups.setBacking(b, 10_000);
        _skip(rollups.BACKING_COOLDOWN());
        vm.prank(op4);
        rollups.setBacking(b, 10_000);
    }

    /// Whatever operators do (opt in and out of three rollups as verifiers, set their backing,
    /// let time pass), the shares of one operator's stake pledged to rollups, plus those still
    /// cooling, never exceed all of it, and the ledger matches the duties.
    function testFuzz_backingNeverExceedsTheStake(uint256[12] memory acts) public {
        uint256[3] memory ids = [rid, _create(IRollupManagerTypes.Sequencing.Single, op1, 0), 0];
        ids[2] = _create(IRollupManagerTypes.Sequencing.Single, op1, 0);
        for (uint256 n; n < acts.length; ++n) {
            uint256 r = acts[n];
            address op = ops[r % 4];
            uint256 id = ids[(r >> 8) % 3];
            uint256 kind = (r >> 16) % 4;
            vm.startPrank(op);
            if (kind == 0) {
                try rollups.optIn(id, false, true) {} catch {}
            } else if (kind == 1) {
                try rollups.optOut(id, false, true) {} catch {}
            } else if (kind == 2) {
                try rollups.setBacking(id, (r >> 32) % 10_001) {} catch {}
            } else {
                _skip((r >> 32) % 20 days);
            }
            vm.stopPrank();
            for (uint256 i; i < 4; ++i) {
                uint256 pledged;
                for (uint256 k; k < 3; ++k) {
                    IRollupManagerTypes.Duty[] memory v = rollups.verifiers(ids[k]);
                    for (uint256 j; j < v.length; ++j) {
                        if (v[j].operator == ops[i]) pledged += v[j].backingBips;
                    }
                }
                IRollupManagerTypes.Backing memory bk = rollups.backing(ops[i]);
                vm.assertEq(bk.allocated, pledged, "the ledger is the sum of the duties");
                uint256 cooling = block.timestamp < bk.coolingUntil ? bk.cooling : 0;
                vm.assertLe(pledged + cooling, 10_000, "never more than all of the stake");
            }
        }
    }

    /// @dev A new SQUAD rollup with the four operators, made the fixture's current one (with a
    ///      fresh model).
    function _freshRollup() internal returns (uint256) {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        _optInAll(rid);
        _startSquad(rid);
        delete mAcct;
        delete mBal;
        delete mNonce;
        delete wKeys;
        delete wLeaves;
        depositsNext = 0;
        return rid;
    }

    function _poolValues() internal view returns (uint256 sum) {
        for (uint256 i; i < 4; ++i) {
            sum += staking.poolValue(ops[i]);
        }
    }
}
