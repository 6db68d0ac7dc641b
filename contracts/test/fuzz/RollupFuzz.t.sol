// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {LeaderSelection} from "../../src/rollup/lib/LeaderSelection.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {PaymentsStf} from "../../src/rollup/lib/PaymentsStf.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {OneStepHarness} from "../rollup/OneStepProof.t.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";
import {SmtReference} from "../utils/SmtReference.sol";
import {Test} from "../utils/Test.sol";

/// @notice SQUAD leader choice follows stake.
contract LeaderSelectionFuzzTest is Test {
    /// The chosen candidate is the one whose cumulative-stake interval holds `seed % total`, so
    /// each candidate owns exactly `stake` of the `total` points.
    function testFuzz_pick_landsInTheCandidatesInterval(bytes32 seed, uint96[6] memory raw) public pure {
        uint256[] memory stakes = new uint256[](6);
        uint256 total;
        for (uint256 i; i < 6; ++i) {
            stakes[i] = raw[i];
            total += raw[i];
        }
        uint256 idx = LeaderSelection.pick(seed, stakes, total);
        if (total == 0) {
            vm.assertEq(idx, type(uint256).max, "nobody leads without stake");
            return;
        }
        uint256 point = uint256(seed) % total;
        uint256 below;
        for (uint256 i; i < idx; ++i) {
            below += stakes[i];
        }
        vm.assertGt(stakes[idx], 0, "a candidate without stake never leads");
        vm.assertLe(below, point);
        vm.assertLt(point, below + stakes[idx]);
    }

    /// Over many turns, each candidate leads in proportion to its stake: within 80 of 1000
    /// turns, five standard deviations of the worst case (p = 1/2), so a fair draw fails it
    /// with odds below 1e-6 per candidate.
    function testFuzz_pick_distributionFollowsStake(uint256 rollupId, uint32 a, uint32 b, uint32 c) public pure {
        uint256[] memory stakes = new uint256[](3);
        stakes[0] = uint256(a) + 1;
        stakes[1] = uint256(b) + 1;
        stakes[2] = uint256(c) + 1;
        uint256 total = stakes[0] + stakes[1] + stakes[2];
        uint256[3] memory wins;
        uint256 turns = 1000;
        for (uint256 t; t < turns; ++t) {
            ++wins[LeaderSelection.pick(LeaderSelection.turnSeed(bytes32(rollupId), t), stakes, total)];
        }
        for (uint256 i; i < 3; ++i) {
            uint256 expected = turns * stakes[i] / total;
            vm.assertApproxEqAbs(wins[i], expected, 80, "share of turns");
        }
    }
}

/// @notice The MACH threshold is exact integer arithmetic at 2/3.
contract QuorumFuzzTest is RollupFixture {
    function testFuzz_quorum_exactlyAtTwoThirds(uint64[4] memory extra, uint8 signerMask) public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        uint256 total;
        uint256[4] memory stakeOf;
        for (uint256 i; i < 4; ++i) {
            uint256 add = uint256(extra[i]) * 1e9; // up to ~1.8e28 wei: beyond the supply is fine here
            add = add % (100_000 ether);
            if (add > 0) _stake(alice, ops[i], add);
            stakeOf[i] = MIN_SELF + add;
            total += stakeOf[i];
        }
        _optInAll(rid);
        _startSquad(rid);
        _depositAndInclude(user, 1 ether);
        uint256 b = _post();

        signerMask = uint8(bound(signerMask, 1, 15));
        uint256 n;
        for (uint256 i; i < 4; ++i) {
            if (signerMask & (1 << i) != 0) ++n;
        }
        uint256[] memory keys = new uint256[](n);
        uint256 signed;
        n = 0;
        for (uint256 i; i < 4; ++i) {
            if (signerMask & (1 << i) != 0) {
                keys[n++] = keyOf[ops[i]];
                signed += stakeOf[i];
            }
        }
        rollups.confirmBatch(rid, b, _attest(b, keys));
        vm.assertEq(b < rollups.fastRisk(rid).fastFinalCount, signed * 3 >= total * 2);
    }
}

/// @notice The same at the boundary itself: three signers holding exactly 2/3 of the stake are a
///         quorum, and one wei more of non-signing stake breaks it.
/// @notice Issue 11, point 5: SQUAD leaders were predictable (`keccak(rollupId, batch, generation,
///         turn)`) and drawn over stake read at each turn's start, so adding a few wei before a turn
///         bought it. Each turn sequence now draws its seed from `block.prevrandao` when it starts,
///         over stake read `SEED_LAG` before that: stake moved once the seed is known never counts.
contract LeaderSeedFuzzTest is RollupFixture {
    uint256 internal constant TURNS = 6;

    function setUp() public override {
        super.setUp();
        _setUpSquad();
        _depositAndInclude(user, 1 ether);
    }

    function testFuzz_stakeMovedAfterTheSnapshot_neverChangesTheLeader(
        bytes32 randao,
        uint256 amount,
        uint256 who,
        uint256 delay,
        bool selfStake
    ) public {
        vm.prevrandao(randao);
        _post(); // a new turn sequence: seed from `randao`, stake snapshot SEED_LAG ago
        address[TURNS] memory drawn = _leaders();

        // Anyone moves stake at any time after the snapshot: before or after the post, delegated
        // or the operator's own, on any operator, in any amount.
        uint256 start = block.timestamp;
        delay = bound(delay, 0, TURNS * SLOT);
        vm.warp(start - rollups.SEED_LAG() + 1 + delay);
        address op = ops[bound(who, 0, 3)];
        amount = bound(amount, 1, 900_000 ether); // up to 90x the stake of each operator
        _stake(selfStake ? op : alice, op, amount);
        vm.warp(start);
        address[TURNS] memory after_ = _leaders();
        for (uint256 k; k < TURNS; ++k) {
            vm.assertEq(after_[k], drawn[k], "a turn's leader moved with stake added after the snapshot");
        }
    }

    /// The randomness decides: the same stake under another `prevrandao` draws other leaders.
    function test_seedComesFromPrevrandao() public {
        uint256 snap = vm.snapshotState();
        vm.prevrandao(bytes32(uint256(1)));
        _post();
        address[TURNS] memory a = _leaders();
        vm.revertToState(snap);
        vm.prevrandao(bytes32(uint256(2)));
        _post();
        address[TURNS] memory b = _leaders();
        bool differ;
        for (uint256 k; k < TURNS; ++k) {
            if (a[k] != b[k]) differ = true;
        }
        vm.assertTrue(differ);
    }

    /// @dev The leaders of the next TURNS turns of the current sequence (time left as it was).
    function _leaders() internal returns (address[TURNS] memory lead) {
        uint256 start = block.timestamp;
        for (uint256 k; k < TURNS; ++k) {
            vm.warp(start + k * SLOT);
            (lead[k],,) = rollups.leader(rid);
            vm.assertTrue(lead[k] != address(0));
        }
        vm.warp(start);
    }
}

contract QuorumBoundaryFuzzTest is RollupFixture {
    function testFuzz_quorum_boundary(uint64[3] memory extra, bool oneWeiMore) public {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        uint256 signed;
        for (uint256 i; i < 3; ++i) {
            uint256 add = 2 * (uint256(extra[i]) % 50_000 ether); // even, so S / 2 is exact
            if (add > 0) _stake(alice, ops[i], add);
            signed += MIN_SELF + add;
        }
        // op4 holds S / 2 (plus a wei): the signers hold exactly (or just under) 2/3.
        uint256 fourth = signed / 2 + (oneWeiMore ? 1 : 0);
        _stake(alice, op4, fourth - MIN_SELF);
        _optInAll(rid);
        _startSquad(rid);
        _depositAndInclude(user, 1 ether);
        uint256 b = _post();
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        vm.assertEq(b < rollups.fastRisk(rid).fastFinalCount, !oneWeiMore);
    }
}

/// @notice Differential: random states and transactions; the one-step verifier agrees with an
///         independent model of the rules (docs/rollup-stf.md, section 4) on every correct
///         transition and catches every tampered post root or fee total.
contract OneStepDifferentialTest is Test {
    OneStepHarness internal harness = new OneStepHarness();
    bytes32 internal domain = RollupTx.domainSeparator(1, address(0x5eC0));
    uint256 internal constant ROLLUP = 7;

    uint256[] internal keys;
    bytes32[] internal leaves;

    struct Case {
        uint256 senderKey;
        uint8 kind;
        address to;
        uint256 amount;
        uint256 fee;
        uint64 nonce;
        uint256 balance;
        uint64 accountNonce;
        uint256 toBalance;
    }

    function testFuzz_oneStep_acceptsCorrectRejectsTampered(Case memory c, bytes32 tamper, uint8 others) public {
        c.senderKey = bound(c.senderKey, 1, 1e30);
        c.kind = uint8(bound(c.kind, 1, 3));
        c.balance = bound(c.balance, 0, 1e30);
        c.toBalance = bound(c.toBalance, 0, 1e30);
        c.amount = bound(c.amount, 0, 2e30);
        c.fee = bound(c.fee, 0, 1e28);
        if (uint8(uint256(tamper)) & 1 == 0) c.nonce = c.accountNonce; // mostly valid nonces
        if (uint8(uint256(tamper) >> 8) & 3 == 0) c.to = address(0);
        address from = vm.addr(c.senderKey);
        vm.assume(c.to != from);

        // A random surrounding state, then the two accounts.
        for (uint256 i; i < others % 6; ++i) {
            _set(uint160(uint256(keccak256(abi.encode(i, tamper)))), keccak256(abi.encode("leaf", i)));
        }
        _set(uint256(uint160(from)), Smt.accountLeaf(from, c.balance, c.accountNonce));
        _set(uint256(uint160(c.to)), Smt.accountLeaf(c.to, c.toBalance, 0));
        bytes32 pre = SmtReference.root(keys, leaves);

        (bytes memory raw, OneStepProof.Step memory s, uint256 fee) = _model(c, from);
        bytes32 post = SmtReference.root(keys, leaves);

        bytes32[] memory stepLeaves = new bytes32[](1);
        stepLeaves[0] = BatchHeader.stepLeaf(keccak256(raw), post, fee);
        BatchHeader.Header memory h;
        h.rollupId = ROLLUP;
        h.prevRoot = pre;
        h.txCount = 1;
        h.stepsRoot = BatchHeader.stepsRoot(stepLeaves);
        s.txBytes = raw;
        s.claimedRoot = post;
        s.claimedFees = fee;
        vm.assertFalse(harness.isFraud(domain, h, s), "a correct transition is accepted");

        // Tampered post root.
        bytes32 wrong = tamper == post ? bytes32(uint256(tamper) ^ 1) : tamper;
        stepLeaves[0] = BatchHeader.stepLeaf(keccak256(raw), wrong, fee);
        h.stepsRoot = BatchHeader.stepsRoot(stepLeaves);
        s.claimedRoot = wrong;
        vm.assertTrue(harness.isFraud(domain, h, s), "a tampered root is caught");

        // Tampered fee total.
        stepLeaves[0] = BatchHeader.stepLeaf(keccak256(raw), post, fee + 1);
        h.stepsRoot = BatchHeader.stepsRoot(stepLeaves);
        (s.claimedRoot, s.claimedFees) = (post, fee + 1);
        vm.assertTrue(harness.isFraud(domain, h, s), "a tampered fee is caught");
    }

    /// @dev Applies the case to the reference state by the rules, independently of PaymentsStf;
    ///      returns the tx, the proofs a challenger would give, and the fee collected.
    function _model(Case memory c, address from)
        internal
        returns (bytes memory raw, OneStepProof.Step memory s, uint256 fee)
    {
        if (c.kind == RollupTx.DEPOSIT) {
            raw = RollupTx.encodeDeposit(0, c.to, c.amount);
            (s.recipient.bitmap, s.recipient.siblings, s.recipient.otherKey, s.recipient.otherLeaf) =
                SmtReference.fullProof(keys, leaves, uint256(uint160(c.to)));
            (s.recipient.balance, s.recipient.nonce) = (c.toBalance, 0);
            _set(uint256(uint160(c.to)), Smt.accountLeaf(c.to, c.toBalance + c.amount, 0));
            return (raw, s, 0);
        }
        RollupTx.Tx memory t = RollupTx.Tx({
            kind: c.kind,
            to: c.to,
            amount: c.amount,
            fee: c.fee,
            nonce: c.nonce,
            depositIndex: 0,
            r: 0,
            s: 0,
            v: 0,
            from: address(0)
        });
        (uint8 v, bytes32 r, bytes32 sg) = vm.sign(c.senderKey, RollupTx.signingDigest(domain, ROLLUP, t));
        raw = RollupTx.encodeSigned(c.kind, c.to, c.amount, c.fee, c.nonce, r, sg, v);
        (s.sender.bitmap, s.sender.siblings, s.sender.otherKey, s.sender.otherLeaf) =
            SmtReference.fullProof(keys, leaves, uint256(uint160(from)));
        (s.sender.balance, s.sender.nonce) = (c.balance, c.accountNonce);

        bool valid = c.nonce == c.accountNonce && c.accountNonce != type(uint64).max && c.amount + c.fee <= c.balance
            && !(c.kind == RollupTx.WITHDRAWAL && c.to == address(0));
        if (!valid) return (raw, s, 0);
        _set(uint256(uint160(from)), Smt.accountLeaf(from, c.balance - c.amount - c.fee, c.accountNonce + 1));
        if (c.kind == RollupTx.TRANSFER) {
            (s.recipient.bitmap, s.recipient.siblings, s.recipient.otherKey, s.recipient.otherLeaf) =
                SmtReference.fullProof(keys, leaves, uint256(uint160(c.to)));
            (s.recipient.balance, s.recipient.nonce) = (c.toBalance, 0);
            _set(uint256(uint160(c.to)), Smt.accountLeaf(c.to, c.toBalance + c.amount, 0));
        } else {
            uint256 key = Smt.withdrawalKey(from, c.accountNonce);
            (s.withdrawal.bitmap, s.withdrawal.siblings, s.withdrawal.otherKey, s.withdrawal.otherLeaf) =
                SmtReference.fullProof(keys, leaves, key);
            _set(key, Smt.withdrawalLeaf(c.to, c.amount));
        }
        return (raw, s, c.fee);
    }

    function _set(uint256 key, bytes32 leaf) internal {
        for (uint256 i; i < keys.length; ++i) {
            if (keys[i] == key) {
                leaves[i] = leaf;
                return;
            }
        }
        keys.push(key);
        leaves.push(leaf);
    }
}

/// @notice Issue 11, point 1: every step of every batch is provable. Random sequences of
///         deposits, transfers and withdrawals whose recipients include the addresses equal to
///         withdrawal keys (past and next), the sender itself and zero, with zero amounts and
///         wrong nonces: the one-step replay of each step, with honest proofs, terminates and
///         accepts the honest root, and catches a tampered one. Before the key spaces were
///         separated, an account at an address equal to a withdrawal key (or a withdrawal at an
///         account's key) made a step whose proof could not exist, and `isFraud` reverted.
contract KeySpaceReplayTest is Test {
    OneStepHarness internal harness = new OneStepHarness();
    bytes32 internal domain = RollupTx.domainSeparator(1, address(0x5eC0));
    uint256 internal constant ROLLUP = 7;
    uint256 internal constant ALICE = 0xA11CE;
    uint256 internal constant BOB = 0xB0B;

    uint256[] internal keys;
    bytes32[] internal leaves;
    mapping(address => uint256) internal bal;
    mapping(address => uint64) internal nonceOf;
    address[] internal withdrawalAddrs; // addresses equal to the low bits of withdrawal keys made

    struct Action {
        uint8 kind;
        uint256 senderKey;
        address from;
        address to;
        uint256 amount;
        uint256 fee;
        uint64 nonce;
    }

    function testFuzz_everyStepReplays_whateverTheRecipient(uint256 seed) public {
        for (uint256 i; i < 14; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            Action memory a;
            a.senderKey = (r >> 8) % 2 == 0 ? ALICE : BOB;
            a.from = vm.addr(a.senderKey);
            a.to = _target(r >> 16, a.from);
            a.kind = i < 2 ? RollupTx.DEPOSIT : uint8(1 + (r % 4)); // start with deposits
            a.amount = (r >> 32) % 4 == 0 ? 0 : (r >> 40) % (bal[a.from] + 1000 ether);
            a.fee = (r >> 96) % 3 == 0 ? 0 : (r >> 104) % 1 ether;
            a.nonce = (r >> 128) % 5 == 0 ? nonceOf[a.from] + 1 : nonceOf[a.from];
            _replay(a, bytes32(r));
        }
    }

    /// A recipient: alice, bob, the sender itself, zero, the address equal to the sender's next
    /// withdrawal key, or to a withdrawal key already in the tree.
    function _target(uint256 r, address from) internal view returns (address) {
        uint256 pick = r % 6;
        if (pick == 0) return vm.addr(ALICE);
        if (pick == 1) return vm.addr(BOB);
        if (pick == 2) return from;
        if (pick == 3) return address(0);
        if (pick == 4 || withdrawalAddrs.length == 0) {
            return address(uint160(Smt.withdrawalKey(from, nonceOf[from])));
        }
        return withdrawalAddrs[(r >> 8) % withdrawalAddrs.length];
    }

    function _replay(Action memory a, bytes32 tamper) internal {
        bytes32 pre = SmtReference.root(keys, leaves);
        (bytes memory raw, OneStepProof.Step memory s, uint256 collected) = _apply(a);
        bytes32 post = SmtReference.root(keys, leaves);

        bytes32[] memory stepLeaves = new bytes32[](1);
        stepLeaves[0] = BatchHeader.stepLeaf(keccak256(raw), post, collected);
        BatchHeader.Header memory h;
        h.rollupId = ROLLUP;
        h.prevRoot = pre;
        h.txCount = 1;
        h.stepsRoot = BatchHeader.stepsRoot(stepLeaves);
        (s.txBytes, s.claimedRoot, s.claimedFees) = (raw, post, collected);
        vm.assertFalse(harness.isFraud(domain, h, s), "the honest root replays");

        bytes32 wrong = tamper == post ? bytes32(uint256(tamper) ^ 1) : tamper;
        stepLeaves[0] = BatchHeader.stepLeaf(keccak256(raw), wrong, collected);
        h.stepsRoot = BatchHeader.stepsRoot(stepLeaves);
        s.claimedRoot = wrong;
        vm.assertTrue(harness.isFraud(domain, h, s), "a wrong root is caught");
    }

    /// The step by the rules (docs/rollup-stf.md, section 4), with the proofs a challenger gives.
    function _apply(Action memory a)
        internal
        returns (bytes memory raw, OneStepProof.Step memory s, uint256 collected)
    {
        if (a.kind == RollupTx.DEPOSIT) {
            raw = RollupTx.encodeDeposit(0, a.to, a.amount);
            s.recipient = _accountProof(a.to);
            _setAccount(a.to, bal[a.to] + a.amount, nonceOf[a.to]);
            return (raw, s, 0);
        }
        bool forced = a.kind == RollupTx.FORCED_WITHDRAWAL;
        if (forced) {
            // Authorised by L1, not signed: no fee, at whatever nonce the sender has, of at most
            // the balance (none: a no-op).
            (a.fee, a.nonce) = (0, nonceOf[a.from]);
            raw = RollupTx.encodeForced(0, a.from, a.to, a.amount);
            if (a.amount > bal[a.from]) a.amount = bal[a.from];
            a.kind = RollupTx.WITHDRAWAL;
        } else {
            raw = _sign(a);
        }
        s.sender = _accountProof(a.from);
        bool valid = a.nonce == nonceOf[a.from] && a.amount + a.fee <= bal[a.from]
            && !(a.kind == RollupTx.WITHDRAWAL && a.to == address(0)) && !(forced && bal[a.from] == 0);
        if (!valid) return (raw, s, 0);
        uint64 used = nonceOf[a.from];
        _setAccount(a.from, bal[a.from] - a.amount - a.fee, used + 1);
        if (a.kind == RollupTx.TRANSFER) {
            s.recipient = _accountProof(a.to); // against the root after the sender's update
            _setAccount(a.to, bal[a.to] + a.amount, nonceOf[a.to]);
        } else {
            uint256 key = Smt.withdrawalKey(a.from, used);
            (s.withdrawal.bitmap, s.withdrawal.siblings, s.withdrawal.otherKey, s.withdrawal.otherLeaf) =
                SmtReference.fullProof(keys, leaves, key);
            _set(key, Smt.withdrawalLeaf(a.to, a.amount));
            withdrawalAddrs.push(address(uint160(key)));
        }
        return (raw, s, a.fee);
    }

    function _sign(Action memory a) internal view returns (bytes memory) {
        RollupTx.Tx memory t = RollupTx.Tx({
            kind: a.kind,
            to: a.to,
            amount: a.amount,
            fee: a.fee,
            nonce: a.nonce,
            depositIndex: 0,
            r: 0,
            s: 0,
            v: 0,
            from: address(0)
        });
        (uint8 v, bytes32 r, bytes32 sg) = vm.sign(a.senderKey, RollupTx.signingDigest(domain, ROLLUP, t));
        return RollupTx.encodeSigned(a.kind, a.to, a.amount, a.fee, a.nonce, r, sg, v);
    }

    function _accountProof(address who) internal view returns (PaymentsStf.AccountProof memory p) {
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(keys, leaves, Smt.accountKey(who));
        (p.balance, p.nonce) = (bal[who], nonceOf[who]);
    }

    function _setAccount(address who, uint256 balance, uint64 nonce) internal {
        (bal[who], nonceOf[who]) = (balance, nonce);
        _set(Smt.accountKey(who), Smt.accountLeaf(who, balance, nonce));
    }

    function _set(uint256 key, bytes32 leaf) internal {
        for (uint256 i; i < keys.length; ++i) {
            if (keys[i] == key) {
                leaves[i] = leaf;
                return;
            }
        }
        keys.push(key);
        leaves.push(leaf);
    }
}
