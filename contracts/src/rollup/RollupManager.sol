// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../interfaces/IFeeDistributor.sol";
import {IRollupManagerTypes} from "../interfaces/IRollupManager.sol";
import {ISlasher, ROLE_ATTESTATION, ROLE_HEADER} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";
import {RollupManagerBase} from "./RollupManagerBase.sol";
import {RollupManagerExtension} from "./RollupManagerExtension.sol";
import {BatchHeader} from "./lib/BatchHeader.sol";
import {LeaderSelection} from "./lib/LeaderSelection.sol";
import {OneStepProof} from "./lib/OneStepProof.sol";
import {RollupTx} from "./lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "./lib/SparseMerkleTree.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RollupManager
/// @notice Rollups as a service on restaked ALT: the public face is IRollupManager. This contract
///         runs the hot paths (batches, finality, fraud proofs, the bridge) and delegates every
///         other call to its RollupManagerExtension, on this contract's storage.
/// @dev Signed commitments (a sequencer's batch signature, a verifier's attestation) are the
///      Slasher's `BatchCommitment` over the header hash, so the same bytes are equivocation
///      evidence. Their batch key is `commitmentIndex(generation, batchIndex)`: a batch index
///      re-posted after a fraud revert is a new key, and honest re-signing is never equivocation.
///      The owner is the governance timelock.
contract RollupManager is RollupManagerBase {
    using SafeERC20 for IERC20;

    /// @notice Code for the cold paths (registry, parameters, fees, settlement, views).
    address public immutable extension;

    /// @notice The extension was built for other contracts than the manager's.
    error RollupExtensionMismatch();

    /// @param owner_ governance timelock (or the deployer until hand-over).
    /// @param extension_ the cold paths, deployed beforehand with the same contracts (checked):
    ///        created apart, the two stay under the initcode size limit (EIP-3860).
    constructor(
        IERC20 token_,
        IStaking staking_,
        ISlasher slasher_,
        IFeeDistributor feeDistributor_,
        OneStepVerifier verifier_,
        address owner_,
        RollupManagerExtension extension_
    ) RollupManagerBase(token_, staking_, slasher_, feeDistributor_, verifier_, owner_) {
        require(
            extension_.token() == token_ && extension_.staking() == staking_ && extension_.slasher() == slasher_
                && extension_.feeDistributor() == feeDistributor_ && extension_.verifier() == verifier_,
            RollupExtensionMismatch()
        );
        extension = address(extension_);
        // The commitment digest computed here is the Slasher's own.
        require(
            _commitmentDigest(1, 2, bytes32(uint256(3)), 4, 1)
                == slasher_.commitmentDigest(ISlasher.BatchCommitment(1, 2, bytes32(uint256(3)), 4, 1)),
            RollupExtensionMismatch()
        );
    }

    /// @dev Everything not implemented here runs in the extension, on this storage.
    fallback() external {
        address ext = extension;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), ext, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @notice See IRollupManager.
    function deposit(uint256 rollupId, address to, uint256 amount) external nonReentrant returns (uint256 index) {
        Rollup storage r = _live(rollupId);
        require(to != address(0), RollupInvalidParams("to"));
        require(amount > 0 && amount <= type(uint96).max, RollupZeroAmount());
        Deposit[] storage q = _deposits[rollupId];
        index = q.length;
        q.push(
            Deposit({
                from: msg.sender,
                enqueuedAt: uint64(block.timestamp),
                forcedWithdrawal: false,
                to: to,
                amount: uint96(amount)
            })
        );
        r.l2Escrow = _u128(r.l2Escrow + amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit DepositQueued(rollupId, index, msg.sender, to, amount, uint64(block.timestamp));
    }

    /// @notice See IRollupManager.
    /// @dev Anyone may submit; the money goes to `recipient`. Each (sender, nonce) pays once.
    function claimWithdrawal(
        uint256 rollupId,
        uint256 batchIndex,
        address sender,
        uint64 nonce,
        address recipient,
        uint256 amount,
        uint256 bitmap,
        bytes32[] calldata siblings
    ) external nonReentrant {
        Rollup storage r = _rollup(rollupId);
        // Against a fast-final root still open to challenge only within the value at risk.
        if (batchIndex >= r.finalizedCount) _claimFast(rollupId, r, batchIndex, amount);
        uint256 key = Smt.withdrawalKey(sender, nonce);
        require(!_claimed[rollupId][key], RollupWithdrawalClaimed(key));
        require(
            recipient != address(0)
                && Smt.verify(
                    _batches[rollupId][batchIndex].postRoot,
                    key,
                    Smt.withdrawalLeaf(recipient, amount),
                    bitmap,
                    siblings
                ),
            RollupBadWithdrawalProof()
        );
        // Only a fraudulent root could ask for more than the rollup holds.
        require(amount <= r.l2Escrow, RollupInsolvent(amount, r.l2Escrow));
        _claimed[rollupId][key] = true;
        r.l2Escrow -= uint128(amount);
        token.safeTransfer(recipient, amount);
        emit WithdrawalClaimed(rollupId, batchIndex, recipient, sender, nonce, amount);
    }

    /// @dev Books a withdrawal against fast-final root `batchIndex` (not final yet) in the current
    ///      risk period; reverts if everything claimed fast in the live periods would exceed the
    ///      smallest slashable stake behind any quorum in them (IRollupManagerTypes.FastRisk).
    function _claimFast(uint256 rollupId, Rollup storage r, uint256 batchIndex, uint256 amount) private {
        FastRisk storage k = _fastRisk[rollupId];
        require(batchIndex < k.fastFinalCount, RollupNotFinal(batchIndex));
        FastRisk memory m = _livePeriods(k, r.finalizedCount);
        (uint256 limit, uint256 used) = _fastLimit(m);
        require(used + amount <= limit, RollupFastRiskExceeded(amount, limit > used ? limit - used : 0));
        // (A period with no quorum yet still counts claims: they may undo a later one's batches.)
        m.curClaimed += uint128(amount);
        m.hasClaims = true;
        _fastRisk[rollupId] = m;
        emit FastWithdrawal(rollupId, batchIndex, amount, used + amount, limit);
    }

    /// @notice See IRollupManager.
    function postBatch(BatchPost calldata post) external nonReentrant {
        BatchHeader.Header calldata header = post.header;
        Rollup storage r = _live(header.rollupId);
        require(header.batchIndex == r.batchCount, RollupBadHeader("batchIndex"));
        require(header.prevRoot == r.headRoot, RollupBadHeader("prevRoot"));
        _checkBody(header, r, post.txData, post.roots, post.fees);
        bytes32 headerHash_ = BatchHeader.hash(domainSeparator(), header);
        address sequencer = _checkLeader(header.rollupId, r, headerHash_, post);
        _record(r, post, headerHash_, sequencer);
    }

    /// @dev Charges the budget (service, then this batch's storage) and stores the batch.
    function _record(Rollup storage r, BatchPost calldata post, bytes32 headerHash_, address sequencer) private {
        BatchHeader.Header calldata header = post.header;
        uint256 dataLength = post.txData.length;
        uint256 rollupId = header.rollupId;
        uint256 shortfall = _chargeService(rollupId, r);
        uint256 storageFee = dataLength * r.params.feePerByte;
        require(shortfall == 0 && r.budget >= storageFee, RollupBudgetExhausted(storageFee + shortfall, r.budget));

        Batch storage b = _batches[rollupId][header.batchIndex];
        b.headerHash = headerHash_;
        b.postRoot = header.postRoot;
        b.sequencer = sequencer;
        b.postedAt = uint48(block.timestamp);
        b.txCount = header.txCount;
        b.status = BatchStatus.Posted;
        b.depositsProcessed = header.depositsProcessed;
        b.storageFee = uint96(storageFee);
        b.storagePostedBefore = uint96(r.storagePosted);
        b.feesCollected = uint96(header.feesCollected);
        // left by a reverted batch
        b.firstAttesters = 0;
        if (b.moreAttesters.length != 0) delete b.moreAttesters;

        r.budget -= uint128(storageFee);
        r.storagePending += uint128(storageFee);
        r.storagePosted += uint128(storageFee);
        r.batchCount = uint64(header.batchIndex + 1);
        r.headRoot = header.postRoot;
        r.depositsHead = header.depositsProcessed;
        _startTurns(rollupId, r);
        _emitPosted(post, headerHash_, sequencer, storageFee, r.generation);
    }

    function _emitPosted(
        BatchPost calldata post,
        bytes32 headerHash_,
        address sequencer,
        uint256 storageFee,
        uint32 generation
    ) private {
        emit BatchPosted(
            post.header.rollupId,
            post.header.batchIndex,
            sequencer,
            headerHash_,
            post.header,
            storageFee,
            generation,
            post.signedAt,
            post.attempt
        );
    }

    /// @notice See IRollupManager.
    /// @dev Signatures are verifiers' Slasher commitments to the header hash with `signedAt` =
    ///      the batch's `postedAt`. Stake is read at `postedAt - 1` and only verifiers opted in
    ///      by then count, so neither side of the ratio can be moved after the batch is known.
    ///      Attestations accumulate over calls; the batch is confirmed once
    ///      `signed * thresholdDen >= total * thresholdNum` (2/3 by default), exactly.
    ///      No reentrancy guard: its only external calls are static (Staking, Slasher views).
    function confirmBatch(uint256 rollupId, uint256 batchIndex, bytes[] calldata signatures) external {
        Rollup storage r = _rollup(rollupId);
        require(r.params.fastFinality, RollupFastFinalityOff());
        Batch storage b = _pending(rollupId, r, batchIndex);
        // Once no fraud proof can touch the batch, signing it risks nothing: no credit for it.
        uint256 windowEnd = _windowEnd(rollupId, r, b);
        require(block.timestamp < windowEnd, RollupChallengeWindowOver(windowEnd));
        VerifierSet memory vs = _verifierSet(rollupId, b.postedAt);
        bytes32 digest = _commitmentDigest(
            rollupId, commitmentIndex(r.generation, batchIndex), b.headerHash, b.postedAt, ROLE_ATTESTATION
        );
        (bytes memory ids, address[] memory signers) = _addAttesters(vs, digest, _attesterIds(b), signatures);
        _storeAttesterIds(b, ids);

        // Signed stake is recounted from every attester so far, against the same reference; so
        // is the part of it that backs this rollup's fast withdrawals (times 10,000).
        uint256 signed;
        uint256 backed;
        for (uint256 i; i < vs.duties.length; ++i) {
            uint256 stake = vs.stakes[i];
            if (stake != 0 && _hasId(ids, vs.duties[i].operatorId)) {
                // Stakes are token amounts (below 2^96 each, as the supply is), at most 32 of them.
                unchecked {
                    signed += stake;
                    backed += stake * vs.duties[i].backingBips;
                }
            }
        }
        bool quorum = vs.total > 0 && signed * r.params.thresholdDen >= vs.total * r.params.thresholdNum;
        // A call without a new signature is a recount: taken only when it reaches the quorum (a
        // verifier that did not sign was jailed or left since), never just to add a
        // `BatchAttested` for every node to read.
        require(signatures.length != 0 || quorum, RollupNoSignatures());
        emit BatchAttested(rollupId, batchIndex, signers, signed, vs.total, quorum);
        if (quorum) {
            b.status = BatchStatus.Confirmed;
            _fastFinalize(rollupId, r, batchIndex, backed / 10_000);
        }
    }

    /// @dev A quorum on `batchIndex`: its signers' stake backing this rollup (what a fraud proof
    ///      takes from them at least, rounded down, and pledged to no other rollup) bounds the
    ///      current risk period, and the fast-final chain grows through it if every earlier batch
    ///      is final or fast-final.
    function _fastFinalize(uint256 rollupId, Rollup storage r, uint256 batchIndex, uint256 signed) private {
        FastRisk storage k = _fastRisk[rollupId];
        uint256 f = r.finalizedCount;
        uint40 oldMax = k.oldMaxIndex;
        // Retire what is final first, so this quorum's period holds no claims it cannot undo
        // (at most once a window: the older period lives until its batches are final).
        if (oldMax == 0 || f >= oldMax) _retire(k, f);
        uint64 signedGwei = uint64(Math.min(signed / 1 gwei, type(uint64).max));
        uint40 maxIndex = k.curMaxIndex;
        if (maxIndex == 0 || signedGwei < k.curSignedGwei) k.curSignedGwei = signedGwei;
        if (batchIndex >= maxIndex) k.curMaxIndex = uint40(batchIndex + 1);
        uint256 n = _extendFastFinal(rollupId, r, k);
        emit FastFinalized(rollupId, batchIndex, n, signed);
    }

    /// @dev Drops retired risk periods; the claims slot is read only if it holds anything.
    function _retire(FastRisk storage k, uint256 f) private {
        if (!k.hasClaims) {
            for (uint256 i; i < 2 && (k.oldMaxIndex == 0 || f >= k.oldMaxIndex); ++i) {
                (k.oldMaxIndex, k.oldSignedGwei) = (k.curMaxIndex, k.curSignedGwei);
                (k.curMaxIndex, k.curSignedGwei) = (0, 0);
            }
            return;
        }
        FastRisk memory m = _livePeriods(k, f);
        if (m.oldMaxIndex == 0 && m.curMaxIndex == 0) (m.oldClaimed, m.curClaimed, m.hasClaims) = (0, 0, false);
        k.oldMaxIndex = m.oldMaxIndex;
        k.curMaxIndex = m.curMaxIndex;
        k.oldSignedGwei = m.oldSignedGwei;
        k.curSignedGwei = m.curSignedGwei;
        k.hasClaims = m.hasClaims;
        (k.oldClaimed, k.curClaimed) = (m.oldClaimed, m.curClaimed);
    }

    /// @notice See IRollupManager.
    /// @dev Batches finalize in order: each needs a quorum or an elapsed challenge window.
    ///      Makes no external calls.
    function finalize(uint256 rollupId, uint256 maxBatches) external returns (uint256) {
        return _advance(rollupId, _rollup(rollupId), maxBatches);
    }

    /// @notice See IRollupManager.
    /// @dev Every batch is open to challenge until its window ends, fast-final (quorum-confirmed)
    ///      or not: a quorum that signs an invalid root is slashed like its sequencer.
    function challenge(BatchHeader.Header calldata header, OneStepProof.Step calldata step) external nonReentrant {
        Rollup storage r = _rollup(header.rollupId);
        require(header.batchIndex < r.batchCount, RollupUnknownBatch(header.batchIndex));
        require(header.batchIndex >= r.finalizedCount, RollupBatchFinal(header.batchIndex));
        Batch storage b = _batches[header.rollupId][header.batchIndex];
        uint256 windowEnd = _windowEnd(header.rollupId, r, b);
        require(block.timestamp < windowEnd, RollupChallengeWindowOver(windowEnd));
        bytes32 domain = domainSeparator();
        require(BatchHeader.hash(domain, header) == b.headerHash, RollupBadHeader("hash"));
        require(verifier.isFraud(domain, header, step), RollupNotFraud());
        _punish(header.rollupId, header.batchIndex, r, b, step.index);
    }

    /// @dev Reverts batch `batchIndex` and every later one, then slashes its sequencer and its
    ///      attesters (the challenger gets the Slasher's reporter reward).
    function _punish(uint256 rollupId, uint256 batchIndex, Rollup storage r, Batch storage b, uint256 stepIndex)
        private
    {
        address sequencer = b.sequencer;
        uint256 key = commitmentIndex(r.generation, batchIndex);
        uint256 toIndex = r.batchCount;
        uint256 refund = _revertFrom(rollupId, r, batchIndex);
        emit FraudProven(rollupId, batchIndex, msg.sender, stepIndex, toIndex, sequencer, refund, r.generation);
        // A revert leaves the batch's record (posting time, attesters) until the index is re-posted.
        _slashSigners(rollupId, b, key, sequencer);
    }

    function _slashSigners(uint256 rollupId, Batch storage b, uint256 key, address sequencer) private {
        uint64 postedAt = b.postedAt;
        bytes memory ids = _attesterIds(b);
        _slashFraud(sequencer, rollupId, key, postedAt);
        for (uint256 i; i < ids.length / 4; ++i) {
            address op = staking.operatorById(_idAt(ids, i));
            if (op != sequencer) _slashFraud(op, rollupId, key, postedAt);
        }
    }

    /// @notice EIP-712 domain of rollup transactions and headers (docs/rollup-stf.md, section 3).
    function domainSeparator() public view returns (bytes32) {
        return _domainSeparator();
    }

    /// @notice The batch key of signed commitments: `generation << 128 | batchIndex`.
    function commitmentIndex(uint256 generation, uint256 batchIndex) public pure returns (uint256) {
        return _commitmentIndex(generation, batchIndex);
    }

    /// @notice See IRollupManager.
    function headerCommitmentIndex(uint256 generation, uint256 batchIndex, uint32 attempt)
        public
        pure
        returns (uint256)
    {
        return _commitmentIndex(generation, batchIndex) | uint256(attempt) << 64;
    }

    /// @notice The EIP-712 hash of a header.
    function headerHash(BatchHeader.Header calldata header) external view returns (bytes32) {
        return BatchHeader.hash(domainSeparator(), header);
    }

    /// @notice The operator whose turn it is to post the rollup's next batch (zero: nobody can),
    ///         the turn number since the last post and when that turn ends.
    function leader(uint256 rollupId) external view returns (address operator, uint256 turn, uint256 turnEndsAt) {
        Rollup storage r = _rollup(rollupId);
        (operator, turn) = _leader(rollupId, r);
        turnEndsAt = r.sequencing == Sequencing.Squad
            ? uint256(r.turnStart) + (turn + 1) * r.params.slotLength
            : type(uint256).max;
    }

    /// @dev Checks the tx data against the header: framing, the steps root over the posted
    ///      intermediate roots and fees, the claimed post root and fee total, and the deposits
    ///      (in queue order, matching the queue, none overdue left behind unless the batch is
    ///      `maxBatchTxs` deposits).
    function _checkBody(
        BatchHeader.Header calldata h,
        Rollup storage r,
        bytes calldata txData,
        bytes32[] calldata roots,
        uint256[] calldata fees
    ) private view {
        uint256 n = roots.length;
        require(n > 0 && n == fees.length && n == h.txCount, RollupBadHeader("txCount"));
        require(n <= _maxBatchTxs, RollupTooManyTxs(n, _maxBatchTxs));
        require(keccak256(txData) == h.txDataHash, RollupBadHeader("txDataHash"));
        require(h.postRoot == roots[n - 1], RollupBadHeader("postRoot"));
        require(h.feesCollected == fees[n - 1] && fees[n - 1] <= type(uint96).max, RollupBadHeader("feesCollected"));

        Deposit[] storage q = _deposits[h.rollupId];
        uint256 nextDeposit = r.depositsHead;
        bytes32[] memory leaves = new bytes32[](n);
        uint256 offset;
        for (uint256 i; i < n; ++i) {
            require(offset < txData.length, RollupMalformedTxData(offset));
            uint8 kind = uint8(txData[offset]);
            uint256 len;
            if (kind == RollupTx.DEPOSIT) {
                len = RollupTx.DEPOSIT_LENGTH;
            } else if (kind == RollupTx.TRANSFER || kind == RollupTx.WITHDRAWAL) {
                len = RollupTx.SIGNED_LENGTH;
            } else if (kind == RollupTx.FORCED_WITHDRAWAL) {
                len = RollupTx.FORCED_LENGTH;
            }
            require(len != 0 && offset + len <= txData.length, RollupMalformedTxData(offset));
            bytes calldata raw = txData[offset:offset + len];
            if (kind == RollupTx.DEPOSIT || kind == RollupTx.FORCED_WITHDRAWAL) {
                require(nextDeposit < q.length && _isQueued(raw, nextDeposit, q[nextDeposit]), RollupDepositMismatch(i));
                ++nextDeposit;
            }
            leaves[i] = BatchHeader.stepLeaf(keccak256(raw), roots[i], fees[i]);
            offset += len;
        }
        require(offset == txData.length, RollupMalformedTxData(offset));
        require(BatchHeader.stepsRoot(leaves) == h.stepsRoot, RollupBadHeader("stepsRoot"));
        require(h.depositsProcessed == nextDeposit, RollupBadHeader("depositsProcessed"));
        // Forced inclusion: a batch leaves no overdue deposit behind, unless it is full of deposits
        // (it carries min(overdue, maxBatchTxs) of them), so any backlog drains batch by batch.
        if (nextDeposit < q.length && nextDeposit - r.depositsHead < _maxBatchTxs) {
            uint256 due = uint256(q[nextDeposit].enqueuedAt) + _inclusionDelay;
            require(block.timestamp < due, RollupDepositSkipped(nextDeposit, due));
        }
    }

    /// @dev Whether the packed deposit (kind, index, to, amount) or forced withdrawal (kind,
    ///      index, from, recipient, amount) `raw` is queue entry `index`, of the same kind: a
    ///      deposit transaction can never consume a forced withdrawal's entry, nor the reverse.
    function _isQueued(bytes calldata raw, uint256 index, Deposit storage d) private view returns (bool) {
        if (uint64(bytes8(raw[1:9])) != index) return false;
        if (uint8(raw[0]) == RollupTx.DEPOSIT) {
            return
                !d.forcedWithdrawal && address(bytes20(raw[9:29])) == d.to && uint256(bytes32(raw[29:61])) == d.amount;
        }
        return d.forcedWithdrawal && address(bytes20(raw[9:29])) == d.from && address(bytes20(raw[29:49])) == d.to
            && uint256(bytes32(raw[49:81])) == d.amount;
    }

    /// @dev The operator behind the leader's commitment signature; reverts unless it leads now.
    function _checkLeader(uint256 rollupId, Rollup storage r, bytes32 headerHash_, BatchPost calldata post)
        private
        view
        returns (address operator)
    {
        uint64 signedAt = post.signedAt;
        require(
            signedAt <= block.timestamp && block.timestamp - signedAt <= MAX_SIGNATURE_DELAY,
            RollupStaleSignature(signedAt, block.timestamp)
        );
        bytes32 digest = _commitmentDigest(
            rollupId,
            headerCommitmentIndex(r.generation, r.batchCount, post.attempt),
            headerHash_,
            signedAt,
            ROLE_HEADER
        );
        (address key, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, post.signature);
        require(err == ECDSA.RecoverError.NoError, RollupInvalidSignature());
        operator = staking.operatorOfActiveKey(key);
        (address expected,) = _leader(rollupId, r);
        require(operator == expected && expected != address(0), RollupNotLeader(operator, expected));
    }

    /// @dev The rollup's verifiers with their stake at `postedAt - 1`; those that opted in later
    ///      (or are jailed now) have a zero address / zero stake.
    function _verifierSet(uint256 rollupId, uint48 postedAt) private view returns (VerifierSet memory vs) {
        vs.duties = _verifiers[rollupId];
        vs.ops = new address[](vs.duties.length);
        for (uint256 i; i < vs.duties.length; ++i) {
            if (vs.duties[i].since < postedAt) vs.ops[i] = vs.duties[i].operator;
        }
        (vs.stakes, vs.total) = staking.dutyStakesAt(vs.ops, postedAt - 1);
    }

    /// @dev Appends the signers of `signatures` to the packed attester ids; rejects unknown,
    ///      ineligible and repeated signers.
    function _addAttesters(VerifierSet memory vs, bytes32 digest, bytes memory ids, bytes[] calldata signatures)
        private
        view
        returns (bytes memory, address[] memory signers)
    {
        signers = new address[](signatures.length);
        for (uint256 i; i < signatures.length; ++i) {
            (address op, uint256 j) = _attester(digest, signatures[i], vs.ops);
            // Only stake that backs the batch counts, and only it earns a share of the fees.
            require(vs.stakes[j] != 0, RollupUnknownSigner(op));
            uint32 id = vs.duties[j].operatorId;
            require(!_hasId(ids, id), RollupDuplicateSigner(op));
            ids = abi.encodePacked(ids, id);
            signers[i] = op;
        }
        return (ids, signers);
    }

    /// @dev The eligible verifier (`ops[j]`) whose key made `signature` over `digest`.
    function _attester(bytes32 digest, bytes calldata signature, address[] memory ops)
        private
        view
        returns (address op, uint256 j)
    {
        (address key, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        require(err == ECDSA.RecoverError.NoError, RollupInvalidSignature());
        op = staking.operatorOfActiveKey(key);
        if (op != address(0)) {
            for (; j < ops.length; ++j) {
                if (ops[j] == op) return (op, j);
            }
        }
        revert RollupUnknownSigner(key);
    }

    /// @dev Drops batches `from..batchCount-1` and gives their storage fees back to the budget.
    function _revertFrom(uint256 rollupId, Rollup storage r, uint256 from) private returns (uint256 refund) {
        uint96 before = _batches[rollupId][from].storagePostedBefore;
        refund = r.storagePosted - before;
        r.storagePosted = before;
        r.storagePending -= uint128(refund);
        r.budget += uint128(refund);
        r.batchCount = uint64(from);
        if (from == 0) {
            r.headRoot = 0;
            r.depositsHead = 0;
        } else {
            Batch storage prev = _batches[rollupId][from - 1];
            r.headRoot = prev.postRoot;
            r.depositsHead = prev.depositsProcessed;
        }
        r.generation += 1;
        _revertedAt[rollupId] = uint64(block.timestamp);
        _startTurns(rollupId, r);
        FastRisk storage k = _fastRisk[rollupId];
        if (k.fastFinalCount > from) k.fastFinalCount = uint40(from);
    }

    /// @dev A slash that fails is owed, never lost: the record costs more gas than the 1/64 a
    ///      caller keeps when the slash runs out of gas, so starving the slash reverts the whole
    ///      challenge instead of letting the cheat escape it.
    function _slashFraud(address operator, uint256 rollupId, uint256 key, uint64 postedAt) private {
        try slasher.slashForFraud(operator, rollupId, key, postedAt, msg.sender) {}
        catch (bytes memory reason) {
            uint256 id = _owedSlashes.length;
            _owedSlashes.push(
                OwedSlash({
                    operator: operator, postedAt: postedAt, challenger: msg.sender, rollupId: rollupId, batchKey: key
                })
            );
            emit FraudSlashOwed(id, rollupId, operator, key, postedAt, msg.sender, reason);
        }
    }
}
