// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../../src/interfaces/IRollupManager.sol";
import {ISlasher} from "../../../src/interfaces/ISlasher.sol";
import {BatchHeader} from "../../../src/rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../../../src/rollup/lib/OneStepProof.sol";
import {RollupFixture} from "../../utils/RollupFixture.sol";

/// @notice Issue 11, point 7: a SQUAD rollup among dishonest parties. op3 and op4 are dishonest
///         sequencers (when they lead they may post batches with random invalid roots, chained
///         on each other); op4 is also a dishonest verifier (a minority: it attests anything);
///         the dishonest sequencers challenge their own batches with random gas limits; the
///         owner changes the challenge window at will; anyone floods the queue with 1-wei
///         deposits (more than a batch holds); users force withdrawals from L1 (some beyond their
///         balance: they take what there is), which share the deposits' queue and forced inclusion. Beside them: honest users, honest verifiers
///         (op1..op3 attest only valid batches) and an honest challenger that proves every
///         invalid batch before half the window it was posted under has passed. Honest
///         sequencers never build on an invalid head: they challenge it first.
contract AdversarialRollupHandler is RollupFixture {
    struct Pending {
        bytes32 headerHash;
        uint256 batchIndex;
        uint256 deadline; // when the honest challenger acts at the latest
    }

    uint32 internal constant MAX_TXS = 8;

    // ghosts
    bool public ghostInvalidFinal;
    bool public ghostWrongSlash;
    bool public ghostFailedChallengeChangedState;
    bool public ghostStuck;
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawalsCreated;
    uint256 public fraudsProven;
    uint256 public invalidPosted;
    uint256 public honestPosted;

    mapping(bytes32 headerHash => bool) public invalidHeader;
    mapping(bytes32 headerHash => uint8) internal _signers; // bit i: ops[i] signed it
    mapping(bytes32 headerHash => bytes) internal _fraud; // abi.encode(header, step)
    Pending[] internal _pending;
    uint256 internal _checkedFinal;
    address[] internal _queue; // deposit: the L2 recipient; forced withdrawal: the L2 sender
    uint256[] internal _queueAmounts;
    bool[] internal _queueForced;
    uint256 internal _queueHead;
    uint256 public forcedQueued;
    uint256 public forcedIncluded;

    function init() external {
        setUp();
        _setUpSquad();
        vm.prank(address(timelock));
        rollups.setMaxBatchTxs(MAX_TXS);
    }

    // ---------------------------------------------------------------- honest users

    function deposit(uint256 amountSeed, bool toSecond) external {
        _deposit(toSecond ? user2 : user, bound(amountSeed, 1, 1000 ether));
    }

    /// A flood of 1-wei deposits, more than one batch can carry.
    function flood(uint256 n) external {
        n = bound(n, 1, 3 * MAX_TXS);
        for (uint256 i; i < n; ++i) {
            _deposit(user, 1);
        }
    }

    function _deposit(address to, uint256 amount) internal {
        vm.prank(alice);
        rollups.deposit(rid, to, amount);
        ghostDeposited += amount;
        _queue.push(to);
        _queueAmounts.push(amount);
        _queueForced.push(false);
    }

    /// A user forces a withdrawal from L1 (sometimes more than it has: then all it has), to bob.
    function forceExit(uint256 amountSeed, bool second) external {
        address from = second ? user2 : user;
        uint256 amount = bound(amountSeed, 1, _l2Balance(from) + 2);
        _forceWithdrawal(from, bob, amount);
        _queue.push(from);
        _queueAmounts.push(amount);
        _queueForced.push(true);
        ++forcedQueued;
    }

    /// Adds queue entry `i` to the batch under construction, as its kind requires.
    function _includeQueued(uint256 i) internal {
        (address who, uint256 amount) = (_queue[i], _queueAmounts[i]);
        if (!_queueForced[i]) return _includeDeposit(uint64(i), who, amount);
        ghostWithdrawalsCreated += _includeForced(uint64(i), who, bob, amount);
        ++forcedIncluded;
    }

    // ---------------------------------------------------------------- sequencers

    /// Whoever leads posts a valid batch: the oldest waiting deposits (at most a batch) and a few
    /// signed transactions, some invalid. An invalid head is challenged first.
    function postHonest(uint256 seed) external {
        _challengeAll();
        (address lead,,) = rollups.leader(rid);
        if (lead == address(0)) return;
        // The oldest waiting deposits first (a full batch of them if that many wait: forced
        // inclusion), then a transaction if there is room.
        uint256 room = MAX_TXS;
        while (_queueHead < _queue.length && room > 0) {
            _includeQueued(_queueHead);
            ++_queueHead;
            --room;
        }
        if (room > 0) _userTx(seed);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        rollups.postBatch(p);
        _signers[rollups.batch(rid, p.header.batchIndex).headerHash] = _bit(lead);
        ++honestPosted;
        _skip(1);
    }

    function _userTx(uint256 seed) internal {
        uint256 r = uint256(keccak256(abi.encode(seed)));
        (uint256 key, address from, address to) = r & 1 == 0 ? (USER_KEY, user, user2) : (USER2_KEY, user2, user);
        uint256 bal = _l2Balance(from);
        uint256 amount = bound(r >> 8, 0, bal + 1);
        if ((r >> 4) % 3 == 0) {
            if (amount <= bal) ghostWithdrawalsCreated += amount;
            _withdraw(key, bob, amount, 0);
        } else {
            _transfer(key, to, amount, 0);
        }
    }

    /// A dishonest leader (op3 or op4) posts a batch whose root is made up, perhaps on top of
    /// another invalid one. Its one transaction is a no-op (the honest model does not move).
    function postInvalid(uint256 seed) external {
        (address lead,,) = rollups.leader(rid);
        if (lead != ops[2] && lead != ops[3]) return;
        if (_queueHead < _queue.length) return; // it would have to carry the waiting deposits
        _transfer(USER2_KEY, user, _l2Balance(user2) + 1, 0); // unaffordable: a no-op
        bytes32[] memory claimed = new bytes32[](1);
        claimed[0] = keccak256(abi.encode("made up", seed));
        IRollupManagerTypes.BatchPost memory p = _build(claimed, keyOf[lead]);
        OneStepProof.Step memory s = _stepProof(0);
        rollups.postBatch(p);
        IRollupManagerTypes.Batch memory b = rollups.batch(rid, p.header.batchIndex);
        invalidHeader[b.headerHash] = true;
        _signers[b.headerHash] = _bit(lead);
        _fraud[b.headerHash] = abi.encode(p.header, s);
        uint64 window = rollups.rollup(rid).params.challengeWindow;
        _pending.push(Pending(b.headerHash, p.header.batchIndex, block.timestamp + window / 2));
        ++invalidPosted;
        _skip(1);
    }

    // ---------------------------------------------------------------- verifiers

    /// Honest verifiers attest only valid batches; op4 attests anything.
    function attest(uint256 batchSeed, uint8 maskSeed) external {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        if (r.batchCount == r.finalizedCount) return;
        uint256 bi = r.finalizedCount + batchSeed % (r.batchCount - r.finalizedCount);
        IRollupManagerTypes.Batch memory b = rollups.batch(rid, bi);
        if (b.status != IRollupManagerTypes.BatchStatus.Posted) return;
        uint8 mask = maskSeed & 15;
        if (invalidHeader[b.headerHash]) mask &= 8;
        address[] memory att = rollups.attesters(rid, bi);
        for (uint256 i; i < att.length; ++i) {
            mask &= ~_bit(att[i]);
        }
        uint256 n;
        for (uint256 i; i < 4; ++i) {
            if (mask & (1 << i) != 0) ++n;
        }
        if (n == 0) return;
        uint256[] memory keys = new uint256[](n);
        n = 0;
        for (uint256 i; i < 4; ++i) {
            if (mask & (1 << i) != 0) keys[n++] = keyOf[ops[i]];
        }
        // Refused (and nothing recorded) once the window is over or for a signer without stake
        // (jailed after a fraud): such signatures risk nothing, so they count for nothing.
        if (!_tryConfirm(bi, keys)) return;
        _signers[b.headerHash] |= mask;
    }

    // ---------------------------------------------------------------- challenges

    /// The dishonest sequencer challenges its own batch with a random gas limit: either the
    /// whole challenge happens (revert, and every signer slashed or owed a slash) or nothing.
    function selfChallenge(uint256 gasSeed) external {
        if (_pending.length == 0) return;
        Pending memory pd = _pending[0];
        (BatchHeader.Header memory h, OneStepProof.Step memory s) =
            abi.decode(_fraud[pd.headerHash], (BatchHeader.Header, OneStepProof.Step));
        uint256 count = rollups.rollup(rid).batchCount;
        uint256 owedBefore = rollups.owedSlashCount();
        vm.prank(ops[3]);
        (bool ok,) =
            address(rollups).call{gas: bound(gasSeed, 30_000, 3_000_000)}(abi.encodeCall(rollups.challenge, (h, s)));
        if (ok) {
            _proven(pd, owedBefore);
        } else if (rollups.rollup(rid).batchCount != count || rollups.owedSlashCount() != owedBefore) {
            ghostFailedChallengeChangedState = true;
        }
    }

    /// Honest challenger: proves every pending invalid batch (the oldest first).
    function _challengeAll() internal {
        while (_pending.length > 0) {
            _challengeFirst();
        }
    }

    function _challengeFirst() internal {
        Pending memory pd = _pending[0];
        (BatchHeader.Header memory h, OneStepProof.Step memory s) =
            abi.decode(_fraud[pd.headerHash], (BatchHeader.Header, OneStepProof.Step));
        uint256 owedBefore = rollups.owedSlashCount();
        vm.prank(challenger);
        rollups.challenge(h, s);
        _proven(pd, owedBefore);
    }

    /// After a fraud proof against `pd`: exactly its signers were slashed (or owe the slash),
    /// and every batch from it on is gone.
    function _proven(Pending memory pd, uint256 owedBefore) internal {
        ++fraudsProven;
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        if (r.batchCount != pd.batchIndex) ghostWrongSlash = true;
        uint256 key = rollups.commitmentIndex(r.generation - 1, pd.batchIndex);
        uint8 signers = _signers[pd.headerHash];
        for (uint256 i; i < 4; ++i) {
            bool slashed = slasher.isSlashed(ops[i], ISlasher.SlashKind.FraudProof, rid, key);
            for (uint256 o = owedBefore; o < rollups.owedSlashCount(); ++o) {
                IRollupManagerTypes.OwedSlash memory owed = rollups.owedSlash(o);
                if (owed.operator == ops[i] && owed.batchKey == key) slashed = true;
            }
            if (slashed != (signers & (1 << i) != 0)) ghostWrongSlash = true;
        }
        // Everything from the proven batch on was reverted.
        uint256 kept;
        for (uint256 i; i < _pending.length; ++i) {
            if (_pending[i].batchIndex < pd.batchIndex) _pending[kept++] = _pending[i];
        }
        while (_pending.length > kept) {
            _pending.pop();
        }
    }

    // ---------------------------------------------------------------- owner and time

    /// The rollup's owner sets any challenge window in its bounds (shorter or longer).
    function setWindow(uint256 seed) external {
        IRollupManagerTypes.Params memory p = _params();
        uint64[4] memory windows = [uint64(1 minutes), 5 minutes, 30 minutes, 2 hours];
        p.challengeWindow = windows[seed % 4];
        vm.prank(owner);
        rollups.setParams(rid, p);
    }

    /// Time passes; the honest challenger acts on every invalid batch whose deadline falls in it.
    function warp(uint256 secs) external {
        uint256[6] memory steps = [uint256(1), 30, 2 minutes, 10 minutes, 45 minutes, 3 hours];
        secs = steps[secs % 6];
        while (_pending.length > 0 && _pending[0].deadline <= block.timestamp + secs) {
            _challengeFirst();
        }
        _skip(secs);
    }

    function finalizeBatches(uint256 max) external {
        rollups.finalize(rid, bound(max, 1, 8));
        uint256 f = rollups.rollup(rid).finalizedCount;
        for (uint256 i = _checkedFinal; i < f; ++i) {
            if (invalidHeader[rollups.batch(rid, i).headerHash]) ghostInvalidFinal = true;
        }
        _checkedFinal = f;
    }

    // ---------------------------------------------------------------- progress

    /// An honest leader can always make progress: after the challenger acts, within a few turns
    /// somebody can post a batch carrying the oldest waiting deposits. Run on a snapshot.
    function checkProgress() external {
        uint256 snap = vm.snapshotState();
        _challengeAll();
        uint256 before = rollups.rollup(rid).batchCount;
        for (uint256 k; k < 16 && rollups.rollup(rid).batchCount == before; ++k) {
            if (k > 0 && k % rollups.RESEED_AFTER_TURNS() == 0) {
                try rollups.reseed(rid) {} catch {}
            }
            (address lead,,) = rollups.leader(rid);
            if (lead != address(0)) {
                uint256 room = MAX_TXS;
                uint256 head = _queueHead;
                while (head < _queue.length && room > 0) {
                    _includeQueued(head);
                    ++head;
                    --room;
                }
                if (room == MAX_TXS) _transfer(USER_KEY, user2, 0, 0);
                IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
                try rollups.postBatch(p) {} catch {}
                break;
            }
            _skip(SLOT);
        }
        if (rollups.rollup(rid).batchCount == before) ghostStuck = true;
        bool stuck = ghostStuck;
        vm.revertToState(snap);
        ghostStuck = stuck;
    }

    // ---------------------------------------------------------------- views

    function _bit(address op) internal view returns (uint8) {
        for (uint256 i; i < 4; ++i) {
            if (ops[i] == op) return uint8(1 << i);
        }
        return 0;
    }

    /// The L2 money the honest model holds and the withdrawals it created (none are claimed here).
    function modelOwed() external view returns (uint256) {
        return _l2Supply() + ghostWithdrawalsCreated;
    }
}
