// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {ISlasher, ROLE_ATTESTATION, ROLE_HEADER} from "../../src/interfaces/ISlasher.sol";
import {RollupManagerExtension} from "../../src/rollup/RollupManagerExtension.sol";
import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice Registry, duties and parameters.
contract RollupRegistryTest is RollupFixture {
    function test_createRollup_storesConfigAndPullsBudget() public {
        uint256 before = token.balanceOf(owner);
        uint256 id = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        vm.assertEq(id, 1);
        vm.assertEq(rollups.rollupCount(), 1);
        IRollupManagerTypes.Rollup memory r = rollups.rollup(id);
        vm.assertEq(r.owner, owner);
        vm.assertEq(uint256(r.budget), BUDGET);
        vm.assertEq(uint256(r.params.thresholdNum), 2, "default threshold 2/3");
        vm.assertEq(uint256(r.params.thresholdDen), 3);
        vm.assertEq(token.balanceOf(owner), before - BUDGET);
        vm.assertEq(_create(IRollupManagerTypes.Sequencing.Single, op1, 0), 2);
    }

    function test_RevertWhen_createOutsideBounds() public {
        IRollupManagerTypes.Params memory p = _params();
        p.challengeWindow = 10; // below the 1 minute minimum
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("challengeWindow"))
        );
        rollups.createRollup("x", IRollupManagerTypes.Sequencing.Squad, address(0), p, 0, BUDGET);

        p = _params();
        (p.thresholdNum, p.thresholdDen) = (3, 5); // 60% < 2/3
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("threshold")));
        rollups.createRollup("x", IRollupManagerTypes.Sequencing.Squad, address(0), p, 0, BUDGET);

        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("expiry")));
        rollups.createRollup(
            "x", IRollupManagerTypes.Sequencing.Squad, address(0), _params(), uint64(block.timestamp + 400 days), BUDGET
        );

        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotOperator.selector, alice));
        rollups.createRollup("x", IRollupManagerTypes.Sequencing.Single, alice, _params(), 0, BUDGET);

        vm.prank(owner);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.createRollup("x", IRollupManagerTypes.Sequencing.Squad, address(0), _params(), 0, 0);

        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("name")));
        rollups.createRollup("", IRollupManagerTypes.Sequencing.Squad, address(0), _params(), 0, BUDGET);
    }

    function test_setParams_ownerWithinBounds_governanceBeyond() public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        IRollupManagerTypes.Params memory p = _params();
        p.feePerByte = 5;
        vm.prank(owner);
        rollups.setParams(rid, p);
        vm.assertEq(uint256(rollups.rollup(rid).params.feePerByte), 5);

        p.challengeWindow = 30 days; // beyond the owner's bound
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("challengeWindow"))
        );
        rollups.setParams(rid, p);

        p.challengeWindow = 15 days; // governance may, as long as it stays below unbonding (21 days)
        vm.prank(address(timelock));
        rollups.setParams(rid, p);
        vm.assertEq(uint256(rollups.rollup(rid).params.challengeWindow), 15 days);

        p.challengeWindow = 21 days;
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("challengeWindow"))
        );
        rollups.setParams(rid, p);

        vm.prank(alice);
        vm.expectRevert(IRollupManagerTypes.RollupUnauthorized.selector);
        rollups.setParams(rid, _params());
    }

    function test_RevertWhen_boundsSetByNonGovernance() public {
        IRollupManagerTypes.Bounds memory b = rollups.bounds();
        vm.prank(owner);
        vm.expectRevert();
        rollups.setBounds(b);
        b.minFeePerByte = 7;
        vm.prank(address(timelock));
        rollups.setBounds(b);
        vm.assertEq(uint256(rollups.bounds().minFeePerByte), 7);
    }

    function test_optIn_requiresActiveOperator() public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotOperator.selector, alice));
        rollups.optIn(rid, true, true);

        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 1 days));
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotOperator.selector, op1));
        rollups.optIn(rid, true, true);

        vm.prank(op2);
        rollups.optIn(rid, true, false);
        vm.prank(op2);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupMembership.selector, op2));
        rollups.optIn(rid, true, false);
        vm.prank(op2);
        rollups.optIn(rid, false, true);
        vm.assertEq(rollups.sequencers(rid).length, 1);
        vm.assertEq(rollups.verifiers(rid).length, 1);

        vm.prank(op2);
        rollups.optOut(rid, true, true);
        vm.assertEq(rollups.verifiers(rid).length, 0, "a verifier leaves at once");
        // A SQUAD sequencer leaves when the next turn sequence starts (its draw stays as it was).
        vm.assertEq(rollups.sequencers(rid).length, 1);
        vm.prank(op2);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupMembership.selector, op2));
        rollups.optOut(rid, true, false);
        vm.prank(op2);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupMembership.selector, op2));
        rollups.optOut(rid, false, true);
        rollups.reseed(rid); // nobody had stake at this sequence's snapshot
        vm.assertEq(rollups.sequencers(rid).length, 0);
    }

    /// Review finding (issue 11, point 5): a sequencer could re-roll a running sequence's draw in
    /// a partner's favour by opting out (the list was reordered) or withdrawing its own stake
    /// (its weight dropped to zero at once). Both now only hand its own turns on (to the next
    /// candidate in list order); every other turn keeps its leader.
    function testFuzz_leavingOrUnstakingAfterTheSeed_neverRerollsOthers(uint256 who, bool unstake) public {
        _setUpSquad();
        _depositAndInclude(user, 1 ether);
        _post();
        address mover = ops[bound(who, 0, 3)];
        uint256 start = block.timestamp;
        address[8] memory drawn;
        for (uint256 k; k < 8; ++k) {
            vm.warp(start + k * SLOT);
            (drawn[k],,) = rollups.leader(rid);
        }
        vm.warp(start);
        if (unstake) {
            uint256 self = staking.sharesOf(mover, mover);
            vm.prank(mover);
            staking.requestUnstake(mover, self);
        } else {
            vm.prank(mover);
            rollups.optOut(rid, true, false);
        }
        for (uint256 k; k < 8; ++k) {
            vm.warp(start + k * SLOT);
            (address lead,,) = rollups.leader(rid);
            if (drawn[k] == mover) vm.assertTrue(lead != mover && lead != address(0), "handed on");
            else vm.assertEq(lead, drawn[k], "another's turn moved");
        }
    }

    /// Review finding (issue 11, point 5): the leader that posts picks the block whose prevrandao
    /// seeds the next sequence; an hour-long turn gave it ~300 seeds to choose from. Turns are
    /// capped at two minutes for everyone, governance included.
    function test_RevertWhen_slotLongerThanTheCap_evenForGovernance() public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        IRollupManagerTypes.Params memory p = _params();
        p.slotLength = rollups.MAX_SLOT_LENGTH() + 1;
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("slotLength")));
        rollups.setParams(rid, p);
        IRollupManagerTypes.Bounds memory b = rollups.bounds();
        b.maxSlotLength = rollups.MAX_SLOT_LENGTH() + 1;
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("slot")));
        rollups.setBounds(b);
        p.slotLength = rollups.MAX_SLOT_LENGTH();
        vm.prank(address(timelock));
        rollups.setParams(rid, p);
    }

    /// The three code contracts behind the manager's address each fit EIP-170 (tests deploy
    /// them without the limit; a real chain does not).
    function test_everyCodeContractFitsTheSizeLimit() public view {
        address ext = rollups.extension();
        address fees_ = RollupManagerExtension(ext).feesExtension();
        vm.assertLe(address(rollups).code.length, 24_576, "manager");
        vm.assertLe(ext.code.length, 24_576, "extension");
        vm.assertLe(fees_.code.length, 24_576, "fees extension");
    }

    function test_extension_refusesDirectCalls() public {
        RollupManagerExtension ext = RollupManagerExtension(rollups.extension());
        vm.prank(owner);
        vm.expectRevert(RollupManagerExtension.RollupNotDelegated.selector);
        ext.createRollup("x", IRollupManagerTypes.Sequencing.Squad, address(0), _params(), 0, 1);
    }

    function test_RevertWhen_unknownRollup() public {
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknown.selector, 9));
        rollups.rollup(9);
    }
}

/// @notice Sequencing (single and SQUAD) and batch validation.
contract RollupSequencingTest is RollupFixture {
    function test_single_onlyNamedSequencerPosts() public {
        rid = _create(IRollupManagerTypes.Sequencing.Single, op2, 0);
        _optInAll(rid);
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), OP1_KEY);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLeader.selector, op1, op2));
        rollups.postBatch(p);

        p.signature = _signHeader(OP2_KEY, rid, 0, 0, p.header, p.signedAt);
        rollups.postBatch(p);
        IRollupManagerTypes.Batch memory b = rollups.batch(rid, 0);
        vm.assertEq(b.sequencer, op2);
        vm.assertEq(uint256(b.storageFee), p.txData.length * FEE_PER_BYTE, "storage fee per byte");
        vm.assertEq(uint256(rollups.rollup(rid).budget), BUDGET - p.txData.length * FEE_PER_BYTE);
    }

    function test_squad_nonLeaderRejected_turnPassesAfterSlot() public {
        _setUpSquad();
        _depositAndInclude(user, 10 ether);
        (address lead, uint256 turn, uint256 endsAt) = rollups.leader(rid);
        vm.assertTrue(lead != address(0));
        address other = lead == op1 ? op2 : op1;
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), keyOf[other]);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLeader.selector, other, lead));
        rollups.postBatch(p);

        // The leader misses its slot: the turn passes on, and its signature no longer counts.
        vm.warp(endsAt);
        (address next, uint256 turn1,) = rollups.leader(rid);
        vm.assertEq(turn1, turn + 1);
        p.signature = _signHeader(keyOf[next], rid, 0, 0, p.header, p.signedAt);
        rollups.postBatch(p);
        vm.assertEq(rollups.batch(rid, 0).sequencer, next);
    }

    function test_squad_lateOptInIsNotEligibleThisSequence() public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        vm.prank(op1);
        rollups.optIn(rid, true, true);
        (address lead,,) = rollups.leader(rid);
        vm.assertEq(lead, address(0), "opted in after the sequence's snapshot");
        // A reseed soon after still snapshots before the opt-in; one SEED_LAG later sees it.
        _skip(rollups.SEED_LAG() - 1);
        rollups.reseed(rid);
        (lead,,) = rollups.leader(rid);
        vm.assertEq(lead, address(0));
        _skip(5 * SLOT);
        (lead,,) = rollups.leader(rid);
        vm.assertEq(lead, address(0), "later turns draw from the same snapshot");
        _skip(1);
        rollups.reseed(rid);
        (lead,,) = rollups.leader(rid);
        vm.assertEq(lead, op1);
        // Now somebody can lead: no more reseeding (it would let the caller pick the seed).
        vm.expectRevert(IRollupManagerTypes.RollupHasCandidates.selector);
        rollups.reseed(rid);
    }

    /// Review finding: candidates are frozen per sequence, so if every drawn leader went offline
    /// the rollup had no leader until the next post, which never came. After
    /// RESEED_AFTER_TURNS turns without a post, anyone may start a new sequence.
    function test_squad_reseedAfterTurnsWithoutAPost() public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        vm.prank(op1);
        rollups.optIn(rid, true, true);
        _startSquad(rid); // op1, the only candidate, then goes offline
        vm.prank(op2);
        rollups.optIn(rid, true, true);
        _skip(rollups.RESEED_AFTER_TURNS() * SLOT - 1);
        vm.expectRevert(IRollupManagerTypes.RollupHasCandidates.selector);
        rollups.reseed(rid);
        _skip(1);
        rollups.reseed(rid);
        bool op2Leads;
        for (uint256 k; k < 8 && !op2Leads; ++k) {
            (address lead,,) = rollups.leader(rid);
            op2Leads = lead == op2;
            _skip(SLOT);
        }
        vm.assertTrue(op2Leads, "the sequencer that joined since is drawn");
    }

    function test_squad_jailedSequencerNeverLeads() public {
        _setUpSquad();
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 1 days));
        vm.prank(address(slasher));
        staking.jail(op2, uint64(block.timestamp + 1 days));
        vm.prank(address(slasher));
        staking.jail(op3, uint64(block.timestamp + 1 days));
        // Their turns pass to the next candidate that can lead: op4 leads every turn.
        for (uint256 t; t < 10; ++t) {
            (address lead,,) = rollups.leader(rid);
            vm.assertEq(lead, op4);
            _skip(SLOT);
        }
    }

    function test_RevertWhen_headerDoesNotMatchBody() public {
        _setUpSquad();
        _depositAndInclude(user, 10 ether);
        _transfer(USER_KEY, user2, 1 ether, 0.1 ether);
        IRollupManagerTypes.BatchPost memory good = _build(new bytes32[](0), 0);
        (address lead,,) = rollups.leader(rid);
        uint256 k = keyOf[lead];

        IRollupManagerTypes.BatchPost memory p = _copy(good);
        p.header.batchIndex = 1;
        _expectBadHeader(p, k, "batchIndex");
        p = _copy(good);
        p.header.prevRoot = bytes32(uint256(1));
        _expectBadHeader(p, k, "prevRoot");
        p = _copy(good);
        p.header.txDataHash = bytes32(uint256(1));
        _expectBadHeader(p, k, "txDataHash");
        p = _copy(good);
        p.roots[0] = bytes32(uint256(1)); // intermediate root not the one committed to
        _expectBadHeader(p, k, "stepsRoot");
        p = _copy(good);
        p.header.postRoot = bytes32(uint256(1));
        _expectBadHeader(p, k, "postRoot");
        p = _copy(good);
        p.header.feesCollected += 1;
        _expectBadHeader(p, k, "feesCollected");
        p = _copy(good);
        p.header.depositsProcessed = 0;
        _expectBadHeader(p, k, "depositsProcessed");
        p = _copy(good);
        p.header.txCount = 3;
        _expectBadHeader(p, k, "txCount");

        rollups.postBatch(good);
    }

    function test_RevertWhen_txDataMalformed() public {
        _setUpSquad();
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        p.txData[0] = 0x07; // unknown kind
        p.header.txDataHash = keccak256(p.txData);
        (address lead,,) = rollups.leader(rid);
        p.signature = _signHeader(keyOf[lead], rid, 0, 0, p.header, p.signedAt);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupMalformedTxData.selector, 0));
        rollups.postBatch(p);

        p.txData = bytes.concat(RollupTx.encodeDeposit(0, user, 10 ether), hex"01");
        p.header.txDataHash = keccak256(p.txData);
        p.signature = _signHeader(keyOf[lead], rid, 0, 0, p.header, p.signedAt);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupMalformedTxData.selector, 61));
        rollups.postBatch(p);
    }

    function test_RevertWhen_depositDoesNotMatchQueue() public {
        _setUpSquad();
        vm.prank(alice);
        rollups.deposit(rid, user, 10 ether);
        _includeDeposit(0, user, 11 ether); // wrong amount
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositMismatch.selector, 0));
        rollups.postBatch(p);
    }

    function test_RevertWhen_depositsOutOfOrder() public {
        _setUpSquad();
        vm.startPrank(alice);
        rollups.deposit(rid, user, 1 ether);
        rollups.deposit(rid, user2, 2 ether);
        vm.stopPrank();
        _includeDeposit(1, user2, 2 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositMismatch.selector, 0));
        rollups.postBatch(p);
    }

    function test_forcedInclusion_overdueDepositMustBeIncluded() public {
        _setUpSquad();
        _depositAndInclude(user, 10 ether);
        _post();
        vm.prank(alice);
        rollups.deposit(rid, user2, 5 ether);
        (, uint64 delay,) = rollups.parameters();

        // Before the delay a batch may leave the deposit for later ...
        _transfer(USER_KEY, user2, 1 ether, 0);
        _post();
        // ... after it, a batch without it is rejected ...
        _skip(delay);
        _transfer(USER_KEY, user2, 1 ether, 0);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        uint256 due = uint256(rollups.depositAt(rid, 1).enqueuedAt) + delay;
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositSkipped.selector, 1, due));
        rollups.postBatch(p);
    }

    /// Issue 11, point 4: more overdue deposits than `maxBatchTxs` (1-wei deposits and an hour of
    /// silence) made every later post revert, forever. A batch full of deposits may leave the
    /// rest of the backlog behind; anything less still may not.
    function test_overdueBacklogLargerThanABatch_drainsBatchByBatch() public {
        _setUpSquad();
        vm.prank(address(timelock));
        rollups.setMaxBatchTxs(4);
        vm.startPrank(alice);
        for (uint256 i; i < 10; ++i) {
            rollups.deposit(rid, user, 1);
        }
        vm.stopPrank();
        (, uint64 delay,) = rollups.parameters();
        _skip(delay);

        // Three deposits and a transfer: not full of deposits, so the overdue rest must not wait.
        for (uint64 i; i < 3; ++i) {
            _includeDeposit(i, user, 1);
        }
        _transfer(USER_KEY, user2, 1, 0);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        uint256 due = uint256(rollups.depositAt(rid, 3).enqueuedAt) + delay;
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDepositSkipped.selector, 3, due));
        rollups.postBatch(p);

        // The model back to before that batch; then three full batches drain the backlog.
        delete mAcct;
        delete mBal;
        delete mNonce;
        uint64 next;
        for (uint256 b; b < 3; ++b) {
            _skip(SLOT);
            for (uint256 i; i < 4 && next < 10; ++i) {
                _includeDeposit(next++, user, 1);
            }
            _post();
        }
        vm.assertEq(rollups.rollup(rid).depositsHead, 10);
    }

    function test_RevertWhen_budgetExhausted() public {
        _setUpSquad();
        IRollupManagerTypes.Params memory params = _params();
        params.feePerByte = uint96(BUDGET); // one byte costs the whole budget
        vm.prank(owner);
        rollups.setParams(rid, params);
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupBudgetExhausted.selector, p.txData.length * BUDGET, BUDGET)
        );
        rollups.postBatch(p);
        // Topping up the budget unblocks it.
        vm.prank(owner);
        rollups.fund(rid, p.txData.length * BUDGET);
        rollups.postBatch(p);
    }

    function test_RevertWhen_signatureMalformed() public {
        _setUpSquad();
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        p.signature = hex"1234";
        vm.expectRevert(IRollupManagerTypes.RollupInvalidSignature.selector);
        rollups.postBatch(p);
    }

    function _copy(IRollupManagerTypes.BatchPost memory p)
        internal
        pure
        returns (IRollupManagerTypes.BatchPost memory q)
    {
        q = abi.decode(abi.encode(p), (IRollupManagerTypes.BatchPost));
    }

    function _expectBadHeader(IRollupManagerTypes.BatchPost memory p, uint256 key, bytes32 field) internal {
        p.signature = _signHeader(key, rid, 0, 0, p.header, p.signedAt);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBadHeader.selector, field));
        rollups.postBatch(p);
    }
}

/// @notice MACH fast finality, VITAL windows and fraud proofs.
contract RollupFinalityTest is RollupFixture {
    function setUp() public override {
        super.setUp();
        _setUpSquad();
    }

    /// Issue 11, point 3: the owner shortened the challenge window after a fraudulent batch was
    /// posted and finalized it a minute later. Each batch now keeps the window it was posted
    /// under; a shorter window binds only later batches.
    function test_shortenedChallengeWindow_bindsOnlyLaterBatches() public {
        _depositAndInclude(user, 10 ether);
        _post();
        _transfer(USER_KEY, user2, 1 ether, 0.1 ether);
        _transfer(USER_KEY, user2, 2 ether, 0.1 ether);
        bytes32[] memory claimed = pRoots;
        claimed[1] = keccak256("made up");
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        OneStepProof.Step memory proof = _stepProof(1);
        rollups.postBatch(p);

        IRollupManagerTypes.Params memory params = _params();
        params.challengeWindow = 1 minutes;
        vm.prank(owner);
        rollups.setParams(rid, params);
        _skip(2 minutes);
        vm.assertEq(rollups.finalize(rid, 10), 0, "posted under an hour's window: not final");
        vm.prank(challenger);
        rollups.challenge(p.header, proof);
        vm.assertEq(rollups.rollup(rid).batchCount, 1, "the fraud is still provable, and reverted");

        // A batch posted after the change has the one-minute window.
        _skip(WINDOW);
        rollups.finalize(rid, 10);
        _transfer(USER_KEY, user2, 1 ether, 0);
        uint256 b = _post();
        _skip(1 minutes);
        rollups.finalize(rid, 10);
        vm.assertTrue(rollups.isFinal(rid, b));
    }

    function test_confirm_quorumMakesFastFinal_finalOnlyAfterWindow() public {
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        vm.assertFalse(_fastFinal(b));
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertTrue(_fastFinal(b), "3 of 4 equal stakes >= 2/3");
        vm.assertFalse(rollups.isFinal(rid, b), "still open to fraud proofs");
        vm.assertEq(rollups.finalize(rid, 5), 0);
        _skip(WINDOW);
        vm.assertEq(rollups.finalize(rid, 5), 1);
        vm.assertTrue(rollups.isFinal(rid, b));
    }

    function _fastFinal(uint256 b) internal view returns (bool) {
        return b < rollups.fastRisk(rid).fastFinalCount;
    }

    /// Issue 11, point 2: a sequencer's header signature made in the posting second used to be,
    /// byte for byte, its verifier attestation, so anyone could count it towards the quorum (and
    /// make it an attester of a batch it never attested). The two are domain-separated now.
    function test_RevertWhen_headerSignatureIsPassedOffAsAnAttestation() public {
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        vm.assertEq(p.signedAt, block.timestamp, "signed in the posting second");
        rollups.postBatch(p);
        uint256 b = p.header.batchIndex;
        vm.assertEq(rollups.batch(rid, b).postedAt, p.signedAt);
        bytes[] memory sigs = new bytes[](1);
        sigs[0] = p.signature;
        // Read as an attestation, the bytes recover to some unrelated key.
        bytes32 asAttestation = slasher.commitmentDigest(
            ISlasher.BatchCommitment(
                rid, rollups.commitmentIndex(0, b), rollups.batch(rid, b).headerHash, p.signedAt, ROLE_ATTESTATION
            )
        );
        address stranger = ECDSA.recover(asAttestation, p.signature);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknownSigner.selector, stranger));
        rollups.confirmBatch(rid, b, sigs);
        vm.assertEq(rollups.attesters(rid, b).length, 0);
    }

    function test_confirm_attestationsAccumulate() public {
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY)));
        vm.assertFalse(_fastFinal(b), "half the stake");
        address[] memory att = rollups.attesters(rid, b);
        vm.assertEq(att.length, 2);
        vm.assertEq(att[0], op1);
        vm.assertEq(att[1], op2);
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP4_KEY)));
        vm.assertTrue(_fastFinal(b));
    }

    function test_confirm_exactlyTwoThirds() public {
        // stakes 20k, 10k, 10k, 20k (total 60k): op2 + op3 + op4 = 40k, exactly 2/3
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        _stake(alice, op1, 10_000 ether);
        _stake(alice, op4, 10_000 ether);
        _optInAll(rid);
        _startSquad(rid);
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP2_KEY, OP3_KEY, OP4_KEY)));
        vm.assertTrue(_fastFinal(b), "40k of 60k is exactly 2/3");

        // One wei more of verifier stake (not signing) and the same signers fall short.
        _stake(bob, op1, 1);
        _skip(1);
        _transfer(USER_KEY, user2, 1 ether, 0);
        b = _post();
        // Stake added after the post does not count either.
        _stake(bob, op2, 100_000 ether);
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP2_KEY, OP3_KEY, OP4_KEY)));
        vm.assertFalse(_fastFinal(b), "40k of 60k + 1 wei");
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY)));
        vm.assertTrue(_fastFinal(b));
    }

    function test_confirm_recountWithoutSignaturesOnlyWhenItReachesQuorum() public {
        // stakes 20k, 10k, 10k, 20k (total 60k): op3 + op4 = 30k, short of 2/3
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        _stake(alice, op1, 10_000 ether);
        _stake(alice, op4, 10_000 ether);
        _optInAll(rid);
        _startSquad(rid);
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP3_KEY, OP4_KEY)));
        vm.assertFalse(_fastFinal(b));
        vm.expectRevert(IRollupManagerTypes.RollupNoSignatures.selector);
        rollups.confirmBatch(rid, b, new bytes[](0));
        // op1 (20k, did not sign) is jailed: its stake no longer counts, 30k of 40k is a quorum,
        // and a recount without signatures makes the batch fast-final.
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 1 days));
        rollups.confirmBatch(rid, b, new bytes[](0));
        vm.assertTrue(_fastFinal(b), "recounted to a quorum");
    }

    function test_RevertWhen_duplicateUnknownOrNoSigner() public {
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        bytes[] memory sigs_ = _attest(b, _keys(OP1_KEY, OP1_KEY));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDuplicateSigner.selector, op1));
        rollups.confirmBatch(rid, b, sigs_);

        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY)));
        sigs_ = _attest(b, _keys(OP1_KEY));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupDuplicateSigner.selector, op1));
        rollups.confirmBatch(rid, b, sigs_);

        uint256 stranger = 0x5757;
        sigs_ = _attest(b, _keys(stranger));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknownSigner.selector, vm.addr(stranger)));
        rollups.confirmBatch(rid, b, sigs_);

        // No signature at all: refused (so no `BatchAttested` for nothing).
        vm.expectRevert(IRollupManagerTypes.RollupNoSignatures.selector);
        rollups.confirmBatch(rid, b, new bytes[](0));

        bytes[] memory bad = new bytes[](1);
        bad[0] = hex"00";
        vm.expectRevert(IRollupManagerTypes.RollupInvalidSignature.selector);
        rollups.confirmBatch(rid, b, bad);
    }

    function test_RevertWhen_verifierJoinedAfterPost() public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        for (uint256 i; i < 3; ++i) {
            vm.prank(ops[i]);
            rollups.optIn(rid, true, true);
        }
        _startSquad(rid);
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        vm.prank(op4);
        rollups.optIn(rid, false, true);
        bytes[] memory sigs_ = _attest(b, _keys(OP4_KEY));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknownSigner.selector, vm.addr(OP4_KEY)));
        rollups.confirmBatch(rid, b, sigs_);
    }

    function test_RevertWhen_fastFinalityOff() public {
        IRollupManagerTypes.Params memory p = _params();
        p.fastFinality = false;
        vm.prank(owner);
        rollups.setParams(rid, p);
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        bytes[] memory sigs_ = _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY));
        vm.expectRevert(IRollupManagerTypes.RollupFastFinalityOff.selector);
        rollups.confirmBatch(rid, b, sigs_);
    }

    function test_window_finalizesInOrder() public {
        _depositAndInclude(user, 10 ether);
        uint256 b0 = _post();
        _skip(10);
        _transfer(USER_KEY, user2, 1 ether, 0.01 ether);
        uint256 b1 = _post();
        // b1 reaches a quorum but is not fast-final while b0 is neither final nor confirmed
        rollups.confirmBatch(rid, b1, _attest(b1, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertFalse(_fastFinal(b1));
        vm.assertEq(rollups.finalize(rid, 10), 0);
        _skip(WINDOW - 10);
        vm.assertEq(rollups.finalize(rid, 10), 1, "b0 by its window; b1 has 10 s of window left");
        vm.assertTrue(rollups.isFinal(rid, b0) && !rollups.isFinal(rid, b1));
        vm.assertTrue(_fastFinal(b1), "b1 joins the fast-final chain once b0 is final");
        _skip(10);
        vm.assertEq(rollups.finalize(rid, 10), 1);
        vm.assertTrue(rollups.isFinal(rid, b1));
    }

    function test_challenge_revertsAndSlashes() public {
        _fraudOnBatchOne();
        IRollupManagerTypes.Rollup memory before = rollups.rollup(rid);
        vm.assertEq(before.batchCount, 3);
        uint256 cheatStake = staking.poolValue(cheat);
        uint256 attesterStake = staking.poolValue(attester);
        uint256 balBefore = token.balanceOf(challenger);

        vm.prank(challenger);
        rollups.challenge(badHeader, badProof);

        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        uint256 fee0 = rollups.batch(rid, 0).storageFee;
        vm.assertEq(r.batchCount, 1, "batch 1 and its descendant reverted");
        vm.assertEq(r.generation, 1);
        vm.assertEq(r.headRoot, rollups.batch(rid, 0).postRoot);
        vm.assertEq(uint256(r.storagePending), fee0, "storage fees of reverted batches refunded");
        vm.assertEq(uint256(r.budget), uint256(before.budget) + uint256(before.storagePending) - fee0);
        vm.assertTrue(staking.isJailed(cheat) && staking.isJailed(attester));
        vm.assertLt(staking.poolValue(cheat), cheatStake);
        vm.assertLt(staking.poolValue(attester), attesterStake);
        vm.assertTrue(slasher.isSlashed(cheat, ISlasher.SlashKind.FraudProof, rid, rollups.commitmentIndex(0, 1)));
        vm.assertTrue(slasher.isSlashed(attester, ISlasher.SlashKind.FraudProof, rid, rollups.commitmentIndex(0, 1)));
        vm.assertGt(token.balanceOf(challenger), balBefore, "challenger rewarded");
    }

    function test_challenge_honestStepReverts() public {
        _depositAndInclude(user, 10 ether);
        _transfer(USER_KEY, user2, 1 ether, 0.1 ether);
        _post();
        for (uint256 i; i < 2; ++i) {
            OneStepProof.Step memory s = _stepProof(i);
            vm.expectRevert(IRollupManagerTypes.RollupNotFraud.selector);
            rollups.challenge(lastHeader, s);
        }
    }

    function test_RevertWhen_challengeTooLateOrFinalOrWrongHeader() public {
        _depositAndInclude(user, 10 ether);
        bytes32[] memory claimed = pRoots;
        claimed[0] = keccak256("wrong");
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        rollups.postBatch(p);
        OneStepProof.Step memory s = _stepProof(0);

        BatchHeader.Header memory other = p.header;
        other.feesCollected = 1;
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBadHeader.selector, bytes32("hash")));
        rollups.challenge(other, s);

        uint256 end = block.timestamp + WINDOW;
        _skip(WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupChallengeWindowOver.selector, end));
        rollups.challenge(p.header, s);

        rollups.finalize(rid, 1);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupBatchFinal.selector, 0));
        rollups.challenge(p.header, s);
    }

    /// Issue 11, point 2: a verifier quorum that signed an invalid root made it final at once, and
    /// `challenge` refused it (`RollupBatchFinal`): nobody who signed it was ever slashed. A
    /// fast-final batch is open to fraud proofs for its whole window now, and the proof reverts it
    /// and slashes the sequencer and every attester.
    function test_fastFinalFraud_isProven_slashesSequencerAndEveryAttester() public {
        _depositAndInclude(user, 10 ether);
        bytes32[] memory claimed = pRoots;
        claimed[0] = keccak256("wrong");
        rollups.postBatch(_build(claimed, 0));
        address seq = rollups.batch(rid, 0).sequencer;
        rollups.confirmBatch(rid, 0, _attest(0, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertTrue(_fastFinal(0));
        _skip(WINDOW - 1);

        uint256[4] memory before;
        for (uint256 i; i < 4; ++i) {
            before[i] = staking.poolValue(ops[i]);
        }
        vm.prank(challenger);
        rollups.challenge(lastHeader, _stepProof(0));
        vm.assertEq(rollups.rollup(rid).batchCount, 0, "reverted");
        vm.assertEq(rollups.fastRisk(rid).fastFinalCount, 0);
        uint256 key = rollups.commitmentIndex(0, 0);
        for (uint256 i; i < 4; ++i) {
            bool signed = i < 3 || ops[i] == seq;
            vm.assertEq(slasher.isSlashed(ops[i], ISlasher.SlashKind.FraudProof, rid, key), signed);
            vm.assertTrue((staking.poolValue(ops[i]) < before[i]) == signed, "every signer, nobody else");
        }
    }

    function test_repostAfterRevert_isNotEquivocation_butDoubleSigningIs() public {
        _depositAndInclude(user, 10 ether);
        bytes32[] memory claimed = pRoots;
        claimed[0] = keccak256("wrong");
        IRollupManagerTypes.BatchPost memory bad = _build(claimed, 0);
        rollups.postBatch(bad);
        address seq = rollups.batch(rid, 0).sequencer;
        rollups.challenge(bad.header, _stepProof(0));

        // An honest leader re-posts batch 0 in generation 1: a different key, no conflict.
        _skip(SLOT);
        mBal[_idx(user)] = 0; // back to the state before the reverted batch
        _includeDeposit(0, user, 10 ether);
        IRollupManagerTypes.BatchPost memory good = _build(new bytes32[](0), 0);
        rollups.postBatch(good);
        vm.assertEq(rollups.rollup(rid).batchCount, 1);
        address seq2 = rollups.batch(rid, 0).sequencer;
        vm.assertTrue(seq2 != seq, "the jailed sequencer no longer leads");

        // The same key signing two headers for one (rollup, generation, batch) is equivocation.
        BatchHeader.Header memory forged = abi.decode(abi.encode(good.header), (BatchHeader.Header));
        forged.postRoot = keccak256("fork");
        ISlasher.BatchCommitment memory a = ISlasher.BatchCommitment(
            rid, rollups.commitmentIndex(1, 0), rollups.headerHash(good.header), good.signedAt, ROLE_HEADER
        );
        ISlasher.BatchCommitment memory c = ISlasher.BatchCommitment(
            rid, rollups.commitmentIndex(1, 0), rollups.headerHash(forged), good.signedAt, ROLE_HEADER
        );
        uint256 k = keyOf[seq2];
        uint256 amount = slasher.slashEquivocation(a, _signCommitment(k, a), c, _signCommitment(k, c));
        vm.assertGt(amount, 0);
    }
}

/// @notice The remaining administrative paths and their reverts.
contract RollupAdminTest is RollupFixture {
    function setUp() public override {
        super.setUp();
        _setUpSquad();
    }

    function test_setSequencer_and_transferOwnership() public {
        uint256 single = _create(IRollupManagerTypes.Sequencing.Single, op1, 0);
        vm.prank(alice);
        vm.expectRevert(IRollupManagerTypes.RollupUnauthorized.selector);
        rollups.setSequencer(single, op2);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotOperator.selector, alice));
        rollups.setSequencer(single, alice);
        vm.prank(address(timelock));
        rollups.setSequencer(single, op2);
        vm.assertEq(rollups.rollup(single).sequencer, op2);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("sequencing")));
        rollups.setSequencer(rid, op2);

        vm.prank(alice);
        vm.expectRevert(IRollupManagerTypes.RollupUnauthorized.selector);
        rollups.transferRollupOwnership(rid, alice);
        vm.prank(owner);
        rollups.transferRollupOwnership(rid, alice);
        vm.assertEq(rollups.rollup(rid).owner, alice);
    }

    function test_fund_and_governanceSetters() public {
        vm.prank(bob);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.fund(rid, 0);
        vm.prank(bob);
        rollups.fund(rid, 5 ether);
        vm.assertEq(uint256(rollups.rollup(rid).budget), BUDGET + 5 ether);

        vm.startPrank(address(timelock));
        rollups.setServiceEpoch(2 days);
        rollups.setInclusionDelay(10 minutes);
        rollups.setMaxBatchTxs(1);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("serviceEpoch"))
        );
        rollups.setServiceEpoch(0);
        vm.stopPrank();
        (uint64 epoch, uint64 delay, uint32 maxTxs) = rollups.parameters();
        vm.assertEq(uint256(epoch), 2 days);
        vm.assertEq(uint256(delay), 10 minutes);
        vm.assertEq(uint256(maxTxs), 1);
        vm.prank(alice);
        vm.expectRevert();
        rollups.setMaxBatchTxs(5);

        // the batch-size cap bites
        _depositAndInclude(user, 1 ether);
        _transfer(USER_KEY, user2, 0, 0);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupTooManyTxs.selector, 2, 1));
        rollups.postBatch(p);
    }

    function test_RevertWhen_tooManyMembers() public {
        uint256 id = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        for (uint256 i; i < 32; ++i) {
            address op = vm.addr(0x1000 + i);
            _fund(op, MIN_SELF);
            _register(op, 0x1000 + i, 0, MIN_SELF);
            vm.prank(op);
            rollups.optIn(id, i < 16, true);
        }
        address extra = vm.addr(0x2000);
        _fund(extra, MIN_SELF);
        _register(extra, 0x2000, 0, MIN_SELF);
        vm.prank(extra);
        vm.expectRevert(IRollupManagerTypes.RollupTooManyMembers.selector);
        rollups.optIn(id, false, true);
        vm.prank(extra);
        vm.expectRevert(IRollupManagerTypes.RollupTooManyMembers.selector);
        rollups.optIn(id, true, false);
    }

    function test_RevertWhen_depositInvalid_orReclaimBeforeSettle() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupInvalidParams.selector, bytes32("to")));
        rollups.deposit(rid, address(0), 1 ether);
        vm.prank(alice);
        vm.expectRevert(IRollupManagerTypes.RollupZeroAmount.selector);
        rollups.deposit(rid, user, 0);
        vm.prank(alice);
        rollups.deposit(rid, user, 1 ether);
        vm.expectRevert(IRollupManagerTypes.RollupNotSettled.selector);
        rollups.reclaimDeposit(rid, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLive.selector, rid));
        rollups.settle(rid); // permanent rollups never settle
    }

    /// Issue 11, point 6: a refused work report used to be caught and logged, so a tight gas
    /// limit could make it fail on purpose and lose the work while the counter moved on. Nothing
    /// is caught now: a refusal (here, governance withdrew the manager's reporter right) reverts
    /// the whole distribution and every fee stays owed.
    function test_distributeFees_refusedKeepsEveryFeeOwed() public {
        vm.prank(address(timelock));
        fees.setWorkReporter(address(rollups), false);
        _depositAndInclude(user, 10 ether);
        _transfer(USER_KEY, user2, 1 ether, 1 ether);
        uint256 b = _post();
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        _skip(WINDOW);
        rollups.finalize(rid, 5);
        IRollupManagerTypes.Rollup memory before = rollups.rollup(rid);
        vm.expectRevert(IFeeDistributor.FeesUnauthorized.selector);
        rollups.distributeFees(rid, 5);
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertEq(r.owedTxFees, 1 ether);
        vm.assertEq(r.owedStorageFees, before.owedStorageFees);
        vm.assertEq(r.distributedCount, 0);

        vm.prank(address(timelock));
        fees.setWorkReporter(address(rollups), true);
        (uint256 paidBefore,,) = fees.totals();
        rollups.distributeFees(rid, 5);
        (uint256 paidAfter,,) = fees.totals();
        vm.assertEq(paidAfter - paidBefore, 1 ether + rollups.batch(rid, b).storageFee);
        vm.assertEq(rollups.rollup(rid).distributedCount, 1);
    }

    function test_RevertWhen_confirmOrChallengeUnknownBatch() public {
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknownBatch.selector, 0));
        rollups.confirmBatch(rid, 0, new bytes[](0));
    }
}
