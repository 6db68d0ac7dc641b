// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManager, IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {ISlasher, ROLE_ATTESTATION, ROLE_HEADER} from "../../src/interfaces/ISlasher.sol";
import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {Deployers} from "../utils/Deployers.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// @notice Issue 10, points 1-3, read as the attacks they stop: an operator (or a second address
///         of its) reporting itself for profit, a burst of evidence about one period, self-made
///         evidence that uses up a key a real slash needs, and back-dated signatures. Each test
///         failed against the Slasher before slashing periods and the reward cap.
contract SlasherAttacksTest is Deployers {
    uint256 internal constant CHEAT_KEY = 0xC4EA7;
    address internal cheat = makeAddr("cheat");
    address internal cheatAlt = makeAddr("cheatSecondAddress");
    uint256 internal rid;

    function setUp() public override {
        super.setUp();
        _fund(cheat, 100_000_000 ether);
        _registerDefaultOperators();
        rid = _createRollup(op1);
    }

    function _registerCheat(uint256 selfStake) internal {
        _register(cheat, CHEAT_KEY, 1000, selfStake);
    }

    /// Two conflicting commitments by the cheat's key for (`rollupId`, `batch`) signed at `at`.
    function _equivocate(uint256 rollupId, uint256 batch, uint64 at)
        internal
        view
        returns (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb)
    {
        a = _commitment(rollupId, batch, keccak256(abi.encode("a", batch)), at);
        b = _commitment(rollupId, batch, keccak256(abi.encode("b", batch)), at);
        sa = _signCommitment(CHEAT_KEY, a);
        sb = _signCommitment(CHEAT_KEY, b);
    }

    function _report(address by, uint256 batch, uint64 at) internal returns (uint256) {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _equivocate(rid, batch, at);
        vm.prank(by);
        return slasher.slashEquivocation(a, sa, b, sb);
    }

    function _wealth() internal view returns (uint256) {
        return token.balanceOf(cheat) + token.balanceOf(cheatAlt) + staking.stakeOf(cheat, cheat);
    }

    // ---------------------------------------------------------------- 1. nobody profits

    /// Whoever reports (the operator itself, a second address of it, anyone), the reward never
    /// exceeds what the operator's own stake lost, so the operator never comes out ahead.
    function testFuzz_reporterRewardNeverExceedsOperatorOwnLoss(
        uint256 selfStake,
        uint256 delegated,
        uint256 queuedBips,
        uint16 bips,
        uint16 reporterBips,
        uint8 who
    ) public {
        selfStake = bound(selfStake, MIN_SELF, 50_000_000 ether);
        delegated = bound(delegated, 0, 900_000_000 ether);
        bips = uint16(bound(bips, 1, 10_000));
        reporterBips = uint16(bound(reporterBips, 0, 10_000));
        vm.startPrank(address(timelock));
        slasher.setEquivocationBips(bips);
        slasher.setReporterBips(reporterBips);
        vm.stopPrank();
        _registerCheat(selfStake);
        if (delegated > 0) {
            uint256 shares = _stake(alice, cheat, delegated);
            // Some of the delegation waits in the unbonding pool, which is slashed too.
            uint256 queued = shares * bound(queuedBips, 0, 10_000) / 10_000;
            if (queued > 0) {
                vm.prank(alice);
                staking.requestUnstake(cheat, queued);
            }
        }
        address by = who % 3 == 0 ? cheat : who % 3 == 1 ? cheatAlt : bob;

        uint256 selfBefore = staking.stakeOf(cheat, cheat);
        uint256 wealthBefore = _wealth();
        uint256 byBefore = token.balanceOf(by);
        uint256 treasuryBefore = token.balanceOf(treasury);
        uint256 amount = _report(by, 1, uint64(block.timestamp));
        uint256 reward = token.balanceOf(by) - byBefore;
        uint256 selfLoss = selfBefore - staking.stakeOf(cheat, cheat);

        vm.assertLe(reward, selfLoss * reporterBips / 10_000, "reward: the reporter share of the operator's own loss");
        vm.assertLe(amount, selfLoss + delegated, "sanity: the slash took stake that existed");
        vm.assertEq(token.balanceOf(treasury) - treasuryBefore, amount - reward, "the rest to the treasury");
        vm.assertLe(_wealth(), wealthBefore, "the operator never profits from its own slash");
    }

    /// The attack of the issue: 10k of self-stake, 990k delegated, the operator reports itself
    /// for batch after batch. Before: each report paid it 10% of a 10% slash of the whole pool
    /// (10k, ten times its own loss) and every report slashed its delegators again.
    function test_selfReportingOperator_comesOutBehind_andDelegatorsPayOnce() public {
        _registerCheat(MIN_SELF);
        _stake(alice, cheat, 990_000 ether);
        uint256 wealthBefore = _wealth();

        uint64 at = uint64(block.timestamp);
        uint256 amount = _report(cheatAlt, 1, at);
        vm.assertEq(amount, 100_000 ether, "10% of the 1M pool");
        vm.assertEq(token.balanceOf(cheatAlt), 100 ether, "10% of its own 1k loss, not of the pool's");
        for (uint256 batch = 2; batch < 6; ++batch) {
            (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
                _equivocate(rid, batch, at);
            vm.expectRevert(
                abi.encodeWithSelector(ISlasher.SlasherOffenceAlreadyPunished.selector, cheat, at, uint16(1000))
            );
            vm.prank(cheatAlt);
            slasher.slashEquivocation(a, sa, b, sb);
        }
        vm.assertEq(staking.stakeOf(alice, cheat), 891_000 ether, "delegators lost 10%, once");
        vm.assertEq(_wealth(), wealthBefore - 900 ether, "it paid 900 to harm its delegators");
    }

    // ---------------------------------------------------------------- one act, one slash

    /// Evidence of the same period (signed before the slash) adds nothing; an offence committed
    /// after the slash, once the operator is back, starts a new period and is charged in full.
    function test_oneSlashPerPeriod_laterOffenceStartsANewPeriod() public {
        _registerCheat(100_000 ether);
        _stake(alice, cheat, 100_000 ether);
        uint64 offence = uint64(block.timestamp);
        _skip(1 hours);
        _report(bob, 1, offence);
        ISlasher.SlashingPeriod memory p = slasher.slashingPeriod(cheat);
        vm.assertEq(p.slashedAt, block.timestamp);
        vm.assertEq(p.bips, 1000);
        vm.assertEq(staking.stakeOf(alice, cheat), 90_000 ether);

        // More evidence signed up to the slash, even for another batch or later in that second.
        uint64 slashedAt = p.slashedAt;
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _equivocate(rid, 2, slashedAt);
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherOffenceAlreadyPunished.selector, cheat, slashedAt, uint16(1000))
        );
        slasher.slashEquivocation(a, sa, b, sb);

        // Out of jail, it equivocates again: a new act, a new period.
        _skip(7 days);
        vm.prank(cheat);
        staking.unjail();
        _skip(1);
        vm.assertEq(_report(bob, 3, uint64(block.timestamp)), 18_000 ether, "10% of the 180k left");
        vm.assertEq(staking.stakeOf(alice, cheat), 81_000 ether);
        vm.assertEq(slasher.slashingPeriod(cheat).slashedAt, block.timestamp);
    }

    // ---------------------------------------------------------------- 2. no pre-emption

    /// Self-made evidence used to carry any rollup id: with GOVERNANCE_ROLLUP_ID and the next
    /// request id it burnt the governance slash's key, which then reverted forever.
    function test_RevertWhen_selfMadeEvidenceNamesAnUnknownRollup_governanceSlashStillLands() public {
        _registerCheat(100_000 ether);
        uint256[3] memory unknown = [uint256(0), rid + 1, slasher.GOVERNANCE_ROLLUP_ID()];
        for (uint256 i; i < 3; ++i) {
            (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
                _equivocate(unknown[i], 0, uint64(block.timestamp));
            vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherUnknownRollup.selector, unknown[i]));
            vm.prank(cheat);
            slasher.slashEquivocation(a, sa, b, sb);
        }
        // Even a real equivocation slash first does not block governance's own slash.
        _report(cheat, 0, uint64(block.timestamp));
        vm.prank(address(timelock));
        uint256 id = slasher.requestSlash(cheat, 2000, "downtime");
        _skip(7 days);
        vm.assertEq(slasher.executeSlash(id), 18_000 ether, "20% of the 90k left");
        vm.assertTrue(slasher.isSlashed(cheat, ISlasher.SlashKind.Governance, 0, id));
    }

    /// An equivocation slash first, then a fraud proof for the same key with a larger fraction:
    /// the larger penalty applies in full (the difference is charged), never the smaller.
    function test_largerPenaltyOnSameKeyChargesTheDifference() public {
        _registerCheat(100_000 ether);
        _stake(alice, cheat, 100_000 ether);
        vm.prank(address(timelock));
        slasher.setFraudBips(3000);
        uint64 postedAt = uint64(block.timestamp);
        _report(cheat, 5, postedAt); // 10%: 200k -> 180k

        vm.expectEmit(address(slasher));
        emit ISlasher.OffenceAbsorbed(
            cheat, ISlasher.SlashKind.FraudProof, rid, 5, postedAt, postedAt, 1000, 3000, 2223
        );
        vm.prank(address(rollups));
        uint256 extra = slasher.slashForFraud(cheat, rid, 5, postedAt, bob);
        // 2223 bips of 180k, rounded up: 40,014 ALT; the period's total is 30.007%, never below 30%.
        vm.assertEq(extra, 40_014 ether);
        vm.assertEq(staking.stakeOf(alice, cheat), 69_993 ether);
        vm.assertEq(slasher.slashingPeriod(cheat).bips, 3000);

        // A smaller penalty for the same period charges nothing more (fraud proofs: no revert).
        vm.prank(address(rollups));
        vm.assertEq(slasher.slashForFraud(cheat, rid, 6, postedAt, bob), 0);
        vm.assertEq(staking.stakeOf(alice, cheat), 69_993 ether);
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _equivocate(rid, 7, postedAt);
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherOffenceAlreadyPunished.selector, cheat, postedAt, uint16(3000))
        );
        slasher.slashEquivocation(a, sa, b, sb);
    }

    /// Fuzz: in one period the total taken is never below the largest fraction proven (and
    /// never more than a rounding above it), whatever order the kinds arrive in.
    function testFuzz_periodTotalIsTheLargestPenalty(uint16 eqBips, uint16 fraudBips, bool fraudFirst) public {
        eqBips = uint16(bound(eqBips, 1, 10_000));
        fraudBips = uint16(bound(fraudBips, 1, 10_000));
        vm.startPrank(address(timelock));
        slasher.setEquivocationBips(eqBips);
        slasher.setFraudBips(fraudBips);
        vm.stopPrank();
        _registerCheat(100_000 ether);
        _stake(alice, cheat, 900_000 ether);
        uint256 before = staking.poolValue(cheat);
        uint64 t = uint64(block.timestamp);
        bool eqCharged;
        if (fraudFirst) {
            vm.prank(address(rollups));
            slasher.slashForFraud(cheat, rid, 1, t, bob);
        }
        if (!fraudFirst || eqBips > fraudBips) {
            _report(bob, 1, t);
            eqCharged = true;
        } else {
            (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
                _equivocate(rid, 1, t);
            vm.expectRevert(
                abi.encodeWithSelector(ISlasher.SlasherOffenceAlreadyPunished.selector, cheat, t, fraudBips)
            );
            slasher.slashEquivocation(a, sa, b, sb);
        }
        if (!fraudFirst) {
            vm.prank(address(rollups));
            slasher.slashForFraud(cheat, rid, 1, t, bob);
        }
        uint256 maxBips = eqBips > fraudBips ? eqBips : fraudBips;
        uint256 lost = before - staking.poolValue(cheat);
        vm.assertGe(lost, before * maxBips / 10_000, "never less than the largest penalty");
        // Rounding up the second fraction costs at most one bip of what was left, plus dust.
        vm.assertLe(lost, before * (maxBips + 1) / 10_000 + 2, "and not much more");
        vm.assertTrue(eqCharged || fraudFirst);
    }
}

/// @notice Fraud-proof slashes that cannot be dodged: pre-empted by self-made evidence, starved
///         of gas inside the RollupManager's try/catch, or swallowed when they fail.
contract FraudSlashAttacksTest is RollupFixture {
    function setUp() public override {
        super.setUp();
        _setUpSquad();
    }

    function _fraudKey() internal view returns (uint256) {
        return rollups.commitmentIndex(0, 1);
    }

    /// Before: the cheat self-reported an equivocation on the fraudulent batch's key, so the
    /// fraud slash reverted (already slashed) inside the try/catch: it lost the equivocation
    /// fraction instead of the fraud fraction, and only an event said so.
    function test_selfMadeEquivocationCannotPreemptTheFraudSlash() public {
        _fraudOnBatchOne();
        vm.prank(address(timelock));
        slasher.setFraudBips(5000);
        uint256 cheatValue = staking.poolValue(cheat);

        IRollupManagerTypes.Batch memory b = rollups.batch(rid, 1);
        ISlasher.BatchCommitment memory posted =
            ISlasher.BatchCommitment(rid, _fraudKey(), b.headerHash, uint64(b.postedAt), ROLE_ATTESTATION);
        BatchHeader.Header memory forged = abi.decode(abi.encode(badHeader), (BatchHeader.Header));
        forged.postRoot = keccak256("fork");
        ISlasher.BatchCommitment memory other = ISlasher.BatchCommitment(
            rid, _fraudKey(), rollups.headerHash(forged), uint64(b.postedAt), ROLE_ATTESTATION
        );
        vm.prank(cheat);
        slasher.slashEquivocation(
            posted, _signCommitment(keyOf[cheat], posted), other, _signCommitment(keyOf[cheat], other)
        );

        vm.prank(challenger);
        rollups.challenge(badHeader, badProof);
        vm.assertEq(rollups.owedSlashCount(), 0, "nothing failed");
        vm.assertTrue(slasher.isSlashed(cheat, ISlasher.SlashKind.FraudProof, rid, _fraudKey()));
        // The period's total is the fraud fraction (50%), up to the rounding of the difference.
        vm.assertApproxEqAbs(staking.poolValue(cheat), cheatValue / 2, 1 ether);
        vm.assertLe(staking.poolValue(cheat), cheatValue / 2);
    }

    /// A challenge sent with any gas limit either reverts whole or slashes every signer: the
    /// slash can no longer run out of gas inside the try/catch while the revert completes.
    /// The attack lives just above the smallest limit that lands, so that band is scanned finely.
    function test_challengeWithTightGas_neverSkipsTheSlash() public {
        _fraudOnBatchOne();
        bytes memory call = abi.encodeCall(IRollupManager.challenge, (badHeader, badProof));
        // The smallest limit that lands (binary search; landing is monotone in the limit).
        uint256 lo = 100_000;
        uint256 hi = 5_000_000;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (_tryChallenge(call, mid)) hi = mid;
            else lo = mid + 1;
        }
        for (uint256 g = lo; g < lo + 40_000; g += 100) {
            _tryChallenge(call, g);
        }
        _tryChallenge(call, 30_000_000);
    }

    /// @dev Sends the challenge with `gasLimit`; checks what a landed one did; undoes it.
    function _tryChallenge(bytes memory call, uint256 gasLimit) internal returns (bool ok) {
        uint256 snap = vm.snapshotState();
        (ok,) = address(rollups).call{gas: gasLimit}(call);
        if (ok) {
            vm.assertTrue(slasher.isSlashed(cheat, ISlasher.SlashKind.FraudProof, rid, _fraudKey()), "sequencer");
            vm.assertTrue(slasher.isSlashed(attester, ISlasher.SlashKind.FraudProof, rid, _fraudKey()), "attester");
            vm.assertEq(rollups.owedSlashCount(), 0, "nothing owed");
        } else {
            vm.assertEq(rollups.rollup(rid).batchCount, 3, "a failed challenge reverts nothing");
        }
        vm.revertToState(snap);
    }

    /// A fraud slash that fails for any other reason is owed, not swallowed, and anyone can
    /// carry it out later, exactly once.
    function test_failedFraudSlashIsOwed_andAnyoneExecutesItOnce() public {
        _fraudOnBatchOne();
        // Staking stops accepting the Slasher (a misconfiguration governance then repairs).
        vm.prank(address(timelock));
        staking.setSlasher(address(0xdead));
        vm.expectEmit(true, true, true, false, address(rollups));
        emit IRollupManagerTypes.FraudSlashOwed(0, rid, cheat, _fraudKey(), 0, challenger, "");
        vm.prank(challenger);
        rollups.challenge(badHeader, badProof);
        vm.assertEq(rollups.rollup(rid).batchCount, 1, "the revert stands");
        vm.assertEq(rollups.owedSlashCount(), 2, "sequencer and attester owed");
        IRollupManagerTypes.OwedSlash memory o = rollups.owedSlash(0);
        vm.assertEq(o.operator, cheat);
        vm.assertEq(o.challenger, challenger);

        // Still failing: the call reverts and the debt stays.
        vm.expectRevert();
        rollups.executeOwedSlash(0);
        vm.assertEq(rollups.owedSlash(0).operator, cheat);

        vm.prank(address(timelock));
        staking.setSlasher(address(slasher));
        uint256 before = staking.poolValue(cheat);
        uint256 rewardBefore = token.balanceOf(challenger);
        vm.prank(makeAddr("anyone"));
        vm.assertGt(rollups.executeOwedSlash(0), 0);
        vm.assertLt(staking.poolValue(cheat), before);
        vm.assertGt(token.balanceOf(challenger), rewardBefore, "the challenger is paid");
        rollups.executeOwedSlash(1);
        vm.assertTrue(slasher.isSlashed(attester, ISlasher.SlashKind.FraudProof, rid, _fraudKey()));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNoOwedSlash.selector, 0));
        rollups.executeOwedSlash(0);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNoOwedSlash.selector, 2));
        rollups.executeOwedSlash(2);
    }

    /// The sequencer challenges its own fraudulent batch with a big delegated pool behind it:
    /// the challenger reward never exceeds its own loss, so it ends poorer.
    function test_selfChallengingSequencer_endsPoorer() public {
        for (uint256 i; i < 4; ++i) {
            _stake(alice, ops[i], 1_000_000 ether);
        }
        _fraudOnBatchOne();
        uint256 before = token.balanceOf(cheat) + staking.stakeOf(cheat, cheat);
        vm.prank(cheat);
        rollups.challenge(badHeader, badProof);
        vm.assertLt(token.balanceOf(cheat) + staking.stakeOf(cheat, cheat), before);
    }

    /// An operator that withdrew all its own stake must not lead or attest on its delegators'
    /// stake alone: a slash would then fall on them only, and pay no challenger.
    function test_operatorWithoutOwnStake_neitherLeadsNorAttests() public {
        _stake(alice, op1, 1_000_000 ether); // op1 would lead almost every turn by weight
        uint256 self = staking.sharesOf(op1, op1);
        vm.prank(op1);
        staking.requestUnstake(op1, self);
        vm.assertFalse(staking.isActive(op1));
        _skip(SLOT);
        for (uint256 t; t < 20; ++t) {
            (address lead,,) = rollups.leader(rid);
            vm.assertTrue(lead != op1 && lead != address(0), "op1 never leads; its turns pass on");
            _skip(SLOT);
        }
        _depositAndInclude(user, 10 ether);
        uint256 b = _post();
        // It carries no stake, so its attestation is refused: it would count for nothing, and
        // earn a share of the batch's fees for nothing (second attacker review).
        address[] memory one = new address[](1);
        one[0] = op1;
        (uint256[] memory stakes, uint256 total) = staking.dutyStakesAt(one, block.timestamp - 1);
        vm.assertEq(stakes[0], 0);
        vm.assertEq(total, 0);
        bytes[] memory sig = _attest(b, _keys(OP1_KEY));
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupUnknownSigner.selector, op1));
        rollups.confirmBatch(rid, b, sig);
    }

    /// Issue 11, point 3: in SQUAD mode too, posting needs an active operator (at least the
    /// minimum self-stake): one left below a raised minimum draws turns but never leads them.
    function test_operatorBelowARaisedMinimum_neverLeads() public {
        _stake(alice, op1, 30_000 ether); // op1 would lead over half the turns by weight
        _stake(op2, op2, MIN_SELF);
        _stake(op3, op3, MIN_SELF);
        _stake(op4, op4, MIN_SELF);
        vm.prank(address(timelock));
        staking.setMinSelfStake(MIN_SELF * 2); // op1 keeps MIN_SELF of its own: below
        vm.assertFalse(staking.isActive(op1));
        _skip(SLOT);
        uint256 led;
        for (uint256 t; t < 40; ++t) {
            (address lead,,) = rollups.leader(rid);
            vm.assertTrue(lead != op1, "op1 never leads");
            if (lead != address(0)) led++;
            _skip(SLOT);
        }
        vm.assertGt(led, 0, "the others still lead their turns");
        // Its header is refused even in a turn it drew.
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), OP1_KEY);
        vm.expectRevert();
        rollups.postBatch(p);
    }

    /// Single sequencing: the named sequencer stops leading once below its minimum self-stake.
    function test_RevertWhen_singleSequencerPostsAfterWithdrawingItsStake() public {
        uint256 single = _create(IRollupManagerTypes.Sequencing.Single, op2, 0);
        vm.prank(op2);
        rollups.optIn(single, true, false);
        (address lead,,) = rollups.leader(single);
        vm.assertEq(lead, op2);
        _stake(alice, op2, 1_000_000 ether);
        uint256 self = staking.sharesOf(op2, op2);
        vm.prank(op2);
        staking.requestUnstake(op2, self);
        (lead,,) = rollups.leader(single);
        vm.assertEq(lead, address(0), "no leader: posting reverts RollupNotLeader");
    }

    // ---------------------------------------------------------------- 3. evidence age

    function test_RevertWhen_sequencerBackdatesItsHeaderSignature() public {
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        (address lead,,) = rollups.leader(rid);
        uint64[2] memory bad = [uint64(block.timestamp - 10 minutes - 1), uint64(block.timestamp + 1)];
        for (uint256 i; i < 2; ++i) {
            p.signedAt = bad[i];
            p.signature = _signHeader(keyOf[lead], rid, 0, 0, p.header, p.signedAt);
            vm.expectRevert(
                abi.encodeWithSelector(IRollupManagerTypes.RollupStaleSignature.selector, bad[i], block.timestamp)
            );
            rollups.postBatch(p);
        }
        p.signedAt = uint64(block.timestamp - 10 minutes);
        p.signature = _signHeader(keyOf[lead], rid, 0, 0, p.header, p.signedAt);
        rollups.postBatch(p);
    }

    /// Issue 11, point 4: an honest leader whose signed post reverted (a deposit became overdue
    /// while it was pending, say) must sign a different header for the same batch. Its first
    /// signature is public (in the failed transaction), and used to be equivocation evidence
    /// against the retry. The retry is a new attempt now: a different commitment, not a
    /// conflicting one. Two headers of the same attempt still conflict.
    function test_honestRetryIsNotEquivocation_sameAttemptStillIs() public {
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory first = _build(new bytes32[](0), 0);
        (address seq,,) = rollups.leader(rid);
        // The first post fails (say a deposit became overdue while it was pending); the leader
        // signs another header for the same batch as attempt 1.
        bytes32 firstHash = rollups.headerHash(first.header);
        BatchHeader.Header memory retried = abi.decode(abi.encode(first.header), (BatchHeader.Header));
        retried.postRoot = keccak256("the retried batch");
        _skip(1);
        uint256 key0 = rollups.headerCommitmentIndex(0, 0, 0);
        uint256 key1 = rollups.headerCommitmentIndex(0, 0, 1);
        vm.assertEq(key0, rollups.commitmentIndex(0, 0), "attempt 0 is the attestations' key");
        ISlasher.BatchCommitment memory a = ISlasher.BatchCommitment(rid, key0, firstHash, first.signedAt, ROLE_HEADER);
        ISlasher.BatchCommitment memory b =
            ISlasher.BatchCommitment(rid, key1, rollups.headerHash(retried), uint64(block.timestamp), ROLE_HEADER);
        bytes memory sa = _signCommitment(keyOf[seq], a);
        bytes memory sb = _signCommitment(keyOf[seq], b);
        vm.assertTrue(a.root != b.root, "two different headers");
        vm.expectRevert(ISlasher.SlasherNotConflicting.selector);
        slasher.slashEquivocation(a, sa, b, sb);

        // The same attempt for two headers is equivocation.
        b.batchIndex = key0;
        sb = _signCommitment(keyOf[seq], b);
        vm.assertGt(slasher.slashEquivocation(a, sa, b, sb), 0);
    }

    /// Found by an attacker review: a leader whose attempt-0 header was never posted (its turn
    /// ended, its post reverted) and that then attests the header posted instead used to be
    /// slashable, as both name the same batch key. Roles must match for a conflict.
    function test_unpostedHeaderAndAttestationOfAnotherHeader_doNotConflict() public {
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory first = _build(new bytes32[](0), 0);
        (address seq,,) = rollups.leader(rid);
        bytes32 unposted = keccak256("a header that was never posted");
        uint256 key = rollups.commitmentIndex(0, 0);
        ISlasher.BatchCommitment memory h = ISlasher.BatchCommitment(rid, key, unposted, first.signedAt, ROLE_HEADER);
        rollups.postBatch(first);
        ISlasher.BatchCommitment memory att = ISlasher.BatchCommitment(
            rid, key, rollups.batch(rid, 0).headerHash, uint64(rollups.batch(rid, 0).postedAt), ROLE_ATTESTATION
        );
        bytes memory sh = _signCommitment(keyOf[seq], h);
        bytes memory sa = _signCommitment(keyOf[seq], att);
        vm.expectRevert(ISlasher.SlasherNotConflicting.selector);
        slasher.slashEquivocation(h, sh, att, sa);
    }

    /// A post signed for attempt 1 is accepted like attempt 0.
    function test_postBatch_acceptsALaterAttempt() public {
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        (address seq,,) = rollups.leader(rid);
        p.attempt = 3;
        p.signature = _signCommitment(
            keyOf[seq],
            ISlasher.BatchCommitment(
                rid, rollups.headerCommitmentIndex(0, 0, 3), rollups.headerHash(p.header), p.signedAt, ROLE_HEADER
            )
        );
        // The event carries what rebuilds the commitment: signedAt and the attempt.
        vm.expectEmit(address(rollups));
        emit IRollupManagerTypes.BatchPosted(
            rid, 0, seq, rollups.headerHash(p.header), p.header, p.txData.length * FEE_PER_BYTE, 0, p.signedAt, 3
        );
        rollups.postBatch(p);
        vm.assertEq(rollups.rollup(rid).batchCount, 1);
    }

    /// The sequencer signs a conflicting header back-dated by 30 days: the posted one's
    /// `signedAt` is bounded by its block, so the pair is still fresh evidence 20 days later.
    function test_backdatedConflictingHeaderIsStillSlashable() public {
        _depositAndInclude(user, 10 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        rollups.postBatch(p);
        address seq = rollups.batch(rid, 0).sequencer;
        uint256 key = rollups.commitmentIndex(0, 0);
        ISlasher.BatchCommitment memory posted =
            ISlasher.BatchCommitment(rid, key, rollups.headerHash(p.header), p.signedAt, ROLE_HEADER);
        BatchHeader.Header memory forged = abi.decode(abi.encode(p.header), (BatchHeader.Header));
        forged.postRoot = keccak256("fork");
        ISlasher.BatchCommitment memory old = ISlasher.BatchCommitment(
            rid, key, rollups.headerHash(forged), uint64(block.timestamp - 30 days), ROLE_HEADER
        );
        _skip(20 days);
        uint256 amount = slasher.slashEquivocation(
            posted, _signCommitment(keyOf[seq], posted), old, _signCommitment(keyOf[seq], old)
        );
        vm.assertGt(amount, 0);
    }
}
