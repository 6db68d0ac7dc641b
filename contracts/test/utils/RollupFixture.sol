// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {ISlasher, ROLE_ATTESTATION, ROLE_HEADER} from "../../src/interfaces/ISlasher.sol";
import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {PaymentsStf} from "../../src/rollup/lib/PaymentsStf.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {Deployers} from "./Deployers.sol";
import {SmtReference} from "./SmtReference.sol";

/// @notice A rollup on the deployed system, four operators, and a model of the payments rollup
///         (docs/rollup-stf.md) that builds honest batches, with every step's fraud-proof data,
///         the way a sequencer node would.
abstract contract RollupFixture is Deployers {
    uint256 internal constant OP3_KEY = 0xC0C;
    uint256 internal constant OP4_KEY = 0xD0D;
    address internal op3 = makeAddr("operator3");
    address internal op4 = makeAddr("operator4");
    address internal owner = makeAddr("rollupOwner");
    address internal challenger = makeAddr("challenger");

    uint256 internal constant USER_KEY = 0xD00D;
    uint256 internal constant USER2_KEY = 0xBEEF;
    address internal user = vm.addr(USER_KEY);
    address internal user2 = vm.addr(USER2_KEY);

    uint256 internal constant BUDGET = 1000 ether;
    uint256 internal constant WINDOW = 1 hours;
    uint256 internal constant SLOT = 60;
    uint96 internal constant FEE_PER_BYTE = 1e12;

    address[4] internal ops;
    mapping(address => uint256) internal keyOf;
    uint256 internal rid;

    // model state: accounts and withdrawal leaves
    address[] internal mAcct;
    uint256[] internal mBal;
    uint64[] internal mNonce;
    uint256[] internal wKeys;
    bytes32[] internal wLeaves;

    // batch under construction
    bytes[] internal pTxs;
    bytes32[] internal pRoots;
    uint256[] internal pFees;
    OneStepProof.Step[] internal pSteps;
    uint64 internal depositsNext;

    // the last built batch (for challenges)
    bytes[] internal lastTxs;
    bytes32[] internal lastRoots;
    uint256[] internal lastFees;
    OneStepProof.Step[] internal lastSteps;
    BatchHeader.Header internal lastHeader;

    function setUp() public virtual override {
        super.setUp();
        _fund(op3, 1_000_000 ether);
        _fund(op4, 1_000_000 ether);
        _fund(owner, 1_000_000 ether);
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        _register(op2, OP2_KEY, 500, MIN_SELF);
        _register(op3, OP3_KEY, 500, MIN_SELF);
        _register(op4, OP4_KEY, 500, MIN_SELF);
        ops = [op1, op2, op3, op4];
        keyOf[op1] = OP1_KEY;
        keyOf[op2] = OP2_KEY;
        keyOf[op3] = OP3_KEY;
        keyOf[op4] = OP4_KEY;
        for (uint256 i; i < 4; ++i) {
            vm.prank(ops[i]);
            token.approve(address(rollups), type(uint256).max);
        }
        vm.prank(owner);
        token.approve(address(rollups), type(uint256).max);
        vm.prank(alice);
        token.approve(address(rollups), type(uint256).max);
        vm.prank(bob);
        token.approve(address(rollups), type(uint256).max);
    }

    // ---------------------------------------------------------------- rollup set-up

    function _params() internal pure returns (IRollupManagerTypes.Params memory p) {
        p.fastFinality = true;
        p.challengeWindow = uint64(WINDOW);
        p.slotLength = uint64(SLOT);
        p.feePerByte = FEE_PER_BYTE;
    }

    function _create(IRollupManagerTypes.Sequencing mode, address sequencer, uint64 expiry)
        internal
        returns (uint256 id)
    {
        vm.prank(owner);
        id = rollups.createRollup("payments", mode, sequencer, _params(), expiry, BUDGET);
    }

    /// @dev A SQUAD rollup with all four operators as sequencers and verifiers, and a turn
    ///      sequence that draws from them.
    function _setUpSquad() internal {
        rid = _create(IRollupManagerTypes.Sequencing.Squad, address(0), 0);
        _optInAll(rid);
        _startSquad(rid);
    }

    /// @dev Once sequencers have opted in, a new turn sequence whose snapshot sees them.
    function _startSquad(uint256 id) internal {
        _skip(rollups.SEED_LAG());
        rollups.reseed(id);
    }

    function _optInAll(uint256 id) internal {
        for (uint256 i; i < 4; ++i) {
            vm.prank(ops[i]);
            rollups.optIn(id, true, true);
        }
    }

    // ---------------------------------------------------------------- model

    function _idx(address a) internal returns (uint256) {
        for (uint256 i; i < mAcct.length; ++i) {
            if (mAcct[i] == a) return i;
        }
        mAcct.push(a);
        mBal.push(0);
        mNonce.push(0);
        return mAcct.length - 1;
    }

    function _state() internal view returns (uint256[] memory keys, bytes32[] memory leaves) {
        uint256 n = mAcct.length + wKeys.length;
        keys = new uint256[](n);
        leaves = new bytes32[](n);
        for (uint256 i; i < mAcct.length; ++i) {
            keys[i] = uint256(uint160(mAcct[i]));
            leaves[i] = Smt.accountLeaf(mAcct[i], mBal[i], mNonce[i]);
        }
        for (uint256 i; i < wKeys.length; ++i) {
            keys[mAcct.length + i] = wKeys[i];
            leaves[mAcct.length + i] = wLeaves[i];
        }
    }

    function _modelRoot() internal view returns (bytes32) {
        (uint256[] memory keys, bytes32[] memory leaves) = _state();
        return SmtReference.root(keys, leaves);
    }

    function _proof(uint256 key) internal view returns (uint256 bitmap, bytes32[] memory siblings) {
        (uint256[] memory keys, bytes32[] memory leaves) = _state();
        return SmtReference.proof(keys, leaves, key);
    }

    /// @dev The full proof of `key` (with the other leaf in an absent key's place).
    function _fullProof(uint256 key)
        internal
        view
        returns (uint256 bitmap, bytes32[] memory siblings, uint256 otherKey, bytes32 otherLeaf)
    {
        (uint256[] memory keys, bytes32[] memory leaves) = _state();
        return SmtReference.fullProof(keys, leaves, key);
    }

    function _accountProof(address a) internal returns (PaymentsStf.AccountProof memory p) {
        uint256 i = _idx(a);
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = _fullProof(uint256(uint160(a)));
        (p.balance, p.nonce) = (mBal[i], mNonce[i]);
    }

    function _l2Balance(address a) internal returns (uint256) {
        return mBal[_idx(a)];
    }

    /// @dev The L2 money in the model: every account balance.
    function _l2Supply() internal view returns (uint256 s) {
        for (uint256 i; i < mBal.length; ++i) {
            s += mBal[i];
        }
    }

    // ---------------------------------------------------------------- building batches

    function _signTx(uint256 key, uint8 kind, address to, uint256 amount, uint256 fee, uint64 nonce)
        internal
        view
        returns (bytes memory)
    {
        RollupTx.Tx memory t = RollupTx.Tx({
            kind: kind,
            to: to,
            amount: amount,
            fee: fee,
            nonce: nonce,
            depositIndex: 0,
            r: 0,
            s: 0,
            v: 0,
            from: address(0)
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, RollupTx.signingDigest(rollups.domainSeparator(), rid, t));
        return RollupTx.encodeSigned(kind, to, amount, fee, nonce, r, s, v);
    }

    /// @dev Queues an L1 deposit from alice and adds it to the batch under construction.
    function _depositAndInclude(address to, uint256 amount) internal {
        vm.prank(alice);
        uint256 index = rollups.deposit(rid, to, amount);
        _includeDeposit(uint64(index), to, amount);
    }

    function _includeDeposit(uint64 index, address to, uint256 amount) internal {
        OneStepProof.Step memory s;
        s.recipient = _accountProof(to);
        mBal[_idx(to)] += amount;
        depositsNext = index + 1;
        _pushStep(RollupTx.encodeDeposit(index, to, amount), s, 0);
    }

    function _transfer(uint256 fromKey, address to, uint256 amount, uint256 fee) internal {
        address from = vm.addr(fromKey);
        uint256 i = _idx(from);
        OneStepProof.Step memory s;
        s.sender = _accountProof(from);
        bytes memory raw = _signTx(fromKey, RollupTx.TRANSFER, to, amount, fee, mNonce[i]);
        uint256 taken;
        if (mBal[i] >= amount + fee) {
            mBal[i] -= amount + fee;
            mNonce[i] += 1;
            s.recipient = _accountProof(to);
            mBal[_idx(to)] += amount;
            taken = fee;
        }
        _pushStep(raw, s, taken);
    }

    function _withdraw(uint256 fromKey, address recipient, uint256 amount, uint256 fee) internal {
        address from = vm.addr(fromKey);
        uint256 i = _idx(from);
        OneStepProof.Step memory s;
        s.sender = _accountProof(from);
        uint64 nonce = mNonce[i];
        bytes memory raw = _signTx(fromKey, RollupTx.WITHDRAWAL, recipient, amount, fee, nonce);
        uint256 taken;
        if (mBal[i] >= amount + fee && recipient != address(0)) {
            mBal[i] -= amount + fee;
            mNonce[i] += 1;
            uint256 key = Smt.withdrawalKey(from, nonce);
            (s.withdrawal.bitmap, s.withdrawal.siblings, s.withdrawal.otherKey, s.withdrawal.otherLeaf) =
                _fullProof(key);
            wKeys.push(key);
            wLeaves.push(Smt.withdrawalLeaf(recipient, amount));
            taken = fee;
        }
        _pushStep(raw, s, taken);
    }

    /// @dev `from` forces a withdrawal from L1 (queue entry `index`).
    function _forceWithdrawal(address from, address recipient, uint256 amount) internal returns (uint64 index) {
        vm.prank(from);
        index = uint64(rollups.forceWithdrawal(rid, recipient, amount));
    }

    /// @dev Adds queue entry `index`, a forced withdrawal of up to `amount`, to the batch under
    ///      construction: it withdraws min(amount, balance) at the sender's nonce without fee, a
    ///      no-op for an empty balance. Returns what it withdrew.
    function _includeForced(uint64 index, address from, address recipient, uint256 amount)
        internal
        returns (uint256 taken)
    {
        uint256 i = _idx(from);
        OneStepProof.Step memory s;
        s.sender = _accountProof(from);
        uint64 nonce = mNonce[i];
        uint256 key = Smt.withdrawalKey(from, nonce);
        taken = amount < mBal[i] ? amount : mBal[i];
        if (taken > 0 && nonce != type(uint64).max) {
            mBal[i] -= taken;
            mNonce[i] += 1;
            // proof of the key against the root after the sender's debit
            (s.withdrawal.bitmap, s.withdrawal.siblings, s.withdrawal.otherKey, s.withdrawal.otherLeaf) =
                _fullProof(key);
            wKeys.push(key);
            wLeaves.push(Smt.withdrawalLeaf(recipient, taken));
        }
        depositsNext = index + 1;
        _pushStep(RollupTx.encodeForced(index, from, recipient, amount), s, 0);
    }

    function _pushStep(bytes memory raw, OneStepProof.Step memory s, uint256 fee) internal {
        s.txBytes = raw;
        pTxs.push(raw);
        pRoots.push(_modelRoot());
        pFees.push((pFees.length == 0 ? 0 : pFees[pFees.length - 1]) + fee);
        pSteps.push(s);
    }

    /// @dev Turns the transactions added since the last call into a post (roots as the model
    ///      computed them unless `claimed` overrides them), signed by `signerKey` (0: the leader).
    function _build(bytes32[] memory claimed, uint256 signerKey)
        internal
        returns (IRollupManagerTypes.BatchPost memory p)
    {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        bytes32[] memory roots = claimed.length == 0 ? pRoots : claimed;
        bytes memory data;
        bytes32[] memory leaves = new bytes32[](pTxs.length);
        for (uint256 i; i < pTxs.length; ++i) {
            data = bytes.concat(data, pTxs[i]);
            leaves[i] = BatchHeader.stepLeaf(keccak256(pTxs[i]), roots[i], pFees[i]);
        }
        p.header = BatchHeader.Header({
            rollupId: rid,
            batchIndex: r.batchCount,
            prevRoot: r.headRoot,
            postRoot: roots[roots.length - 1],
            txDataHash: keccak256(data),
            stepsRoot: BatchHeader.stepsRoot(leaves),
            feesCollected: pFees[pFees.length - 1],
            depositsProcessed: depositsNext,
            txCount: uint32(pTxs.length)
        });
        p.txData = data;
        p.roots = roots;
        p.fees = pFees;
        p.signedAt = uint64(block.timestamp);
        if (signerKey == 0) {
            (address lead,,) = rollups.leader(rid);
            signerKey = keyOf[lead];
        }
        p.signature = _signHeader(signerKey, rid, r.generation, r.batchCount, p.header, p.signedAt);

        // keep what a challenger needs, start a new batch
        lastHeader = p.header;
        delete lastTxs;
        delete lastRoots;
        delete lastFees;
        delete lastSteps;
        for (uint256 i; i < pTxs.length; ++i) {
            lastTxs.push(pTxs[i]);
            lastRoots.push(roots[i]);
            lastFees.push(pFees[i]);
            lastSteps.push(pSteps[i]);
        }
        delete pTxs;
        delete pRoots;
        delete pFees;
        delete pSteps;
    }

    function _signHeader(
        uint256 key,
        uint256 id,
        uint256 generation,
        uint256 batchIndex,
        BatchHeader.Header memory h,
        uint64 signedAt
    ) internal view returns (bytes memory) {
        ISlasher.BatchCommitment memory c = ISlasher.BatchCommitment({
            rollupId: id,
            batchIndex: rollups.commitmentIndex(generation, batchIndex),
            root: rollups.headerHash(h),
            signedAt: signedAt,
            role: ROLE_HEADER
        });
        return _signCommitment(key, c);
    }

    function _post() internal returns (uint256 batchIndex) {
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        rollups.postBatch(p);
        return p.header.batchIndex;
    }

    /// @dev Verifier attestations (Slasher commitments with signedAt = postedAt) for a batch.
    function _attest(uint256 batchIndex, uint256[] memory keys) internal view returns (bytes[] memory sigs) {
        IRollupManagerTypes.Batch memory b = rollups.batch(rid, batchIndex);
        ISlasher.BatchCommitment memory c = ISlasher.BatchCommitment({
            rollupId: rid,
            batchIndex: rollups.commitmentIndex(rollups.rollup(rid).generation, batchIndex),
            root: b.headerHash,
            signedAt: uint64(b.postedAt),
            role: ROLE_ATTESTATION
        });
        sigs = new bytes[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            sigs[i] = _signCommitment(keys[i], c);
        }
    }

    function _keys(uint256 a) internal pure returns (uint256[] memory k) {
        k = new uint256[](1);
        k[0] = a;
    }

    function _keys(uint256 a, uint256 b) internal pure returns (uint256[] memory k) {
        k = new uint256[](2);
        (k[0], k[1]) = (a, b);
    }

    function _keys(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory k) {
        k = new uint256[](3);
        (k[0], k[1], k[2]) = (a, b, c);
    }

    function _keys(uint256 a, uint256 b, uint256 c, uint256 d) internal pure returns (uint256[] memory k) {
        k = new uint256[](4);
        (k[0], k[1], k[2], k[3]) = (a, b, c, d);
    }

    // ---------------------------------------------------------------- a fraud to prove

    BatchHeader.Header internal badHeader;
    OneStepProof.Step internal badProof;
    address internal cheat;
    address internal attester;

    /// @dev Batch 0 honest; batch 1 lies about step 1 and one verifier attests to it without
    ///      checking; batch 2 builds on it.
    function _fraudOnBatchOne() internal {
        _depositAndInclude(user, 10 ether);
        _post();
        _transfer(USER_KEY, user2, 1 ether, 0.1 ether);
        _transfer(USER_KEY, user2, 2 ether, 0.1 ether);
        bytes32[] memory claimed = pRoots;
        claimed[1] = keccak256("made up");
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        badHeader = p.header;
        badProof = _stepProof(1);
        rollups.postBatch(p);
        cheat = rollups.batch(rid, 1).sequencer;
        attester = cheat == op1 ? op2 : op1;
        rollups.confirmBatch(rid, 1, _attest(1, _keys(keyOf[attester])));
        _skip(1);
        _transfer(USER_KEY, user2, 1 ether, 0);
        _post();
    }

    /// @dev The fraud proof for step `i` of the last built batch, as a challenger builds it.
    function _stepProof(uint256 i) internal view returns (OneStepProof.Step memory s) {
        s = lastSteps[i];
        bytes32[] memory leaves = new bytes32[](lastTxs.length);
        for (uint256 j; j < lastTxs.length; ++j) {
            leaves[j] = BatchHeader.stepLeaf(keccak256(lastTxs[j]), lastRoots[j], lastFees[j]);
        }
        s.index = i;
        s.claimedRoot = lastRoots[i];
        s.claimedFees = lastFees[i];
        s.stepProof = SmtReference.stepProof(leaves, i);
        if (i > 0) {
            s.prevTxHash = keccak256(lastTxs[i - 1]);
            s.prevRoot = lastRoots[i - 1];
            s.prevFees = lastFees[i - 1];
            s.prevStepProof = SmtReference.stepProof(leaves, i - 1);
        }
    }

    // ---------------------------------------------------------------- for invariant suites

    function rollupId() external view returns (uint256) {
        return rid;
    }

    function tokenAddress() external view returns (address) {
        return address(token);
    }

    function manager() external view returns (address) {
        return address(rollups);
    }

    /// @dev confirmBatch, tolerating only the two refusals that are the rules (window over, a
    ///      signer without stake); anything else fails the run.
    function _tryConfirm(uint256 batchIndex, uint256[] memory keys) internal returns (bool) {
        try rollups.confirmBatch(rid, batchIndex, _attest(batchIndex, keys)) {
            return true;
        } catch (bytes memory reason) {
            bytes4 sel = bytes4(reason);
            if (
                sel == IRollupManagerTypes.RollupChallengeWindowOver.selector
                    || sel == IRollupManagerTypes.RollupUnknownSigner.selector
            ) return false;
            assembly ("memory-safe") {
                revert(add(reason, 32), mload(reason))
            }
        }
    }
}
