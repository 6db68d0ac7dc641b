// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../interfaces/IFeeDistributor.sol";
import {IRollupManagerTypes} from "../interfaces/IRollupManager.sol";
import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";
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
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RollupManagerBase
/// @notice Storage, immutables and the internals shared by the RollupManager and its extension.
///         The two are one contract to the outside (IRollupManager): the manager runs the hot
///         paths and delegates every other call to the extension, which runs on the manager's
///         storage. The split keeps each under the 24 KiB code-size limit.
abstract contract RollupManagerBase is IRollupManagerTypes, Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Most sequencers opted in to one rollup (bounds the leader computation).
    uint256 public constant MAX_SEQUENCERS = 16;
    /// @notice Most verifiers opted in to one rollup (bounds the quorum computation).
    uint256 public constant MAX_VERIFIERS = 32;
    /// @notice Basis-point denominator.
    uint256 public constant BIPS = 10_000;
    /// @notice Oldest a sequencer's header signature may be when its batch is posted: every
    ///         accepted commitment's `signedAt` is then objective within this bound, so evidence age
    ///         cannot be faked by back-dating (the Slasher measures it from the later signature).
    uint256 public constant MAX_SIGNATURE_DELAY = 10 minutes;

    /// @notice ALT.
    IERC20 public immutable token;
    /// @notice Stake behind duties.
    IStaking public immutable staking;
    /// @notice Slashes fraud (this contract must be its fraud prover).
    ISlasher public immutable slasher;
    /// @notice Receives the fees.
    IFeeDistributor public immutable feeDistributor;
    /// @notice The payments rollup's one-step fraud-proof verifier.
    OneStepVerifier public immutable verifier;

    Bounds internal _bounds;
    uint64 internal _serviceEpoch = 1 days;
    uint64 internal _inclusionDelay = 1 hours;
    uint32 internal _maxBatchTxs = 1024;
    /// How long a deposit may stay overdue before anyone may halt the rollup (escape hatch).
    uint64 internal _haltDelay = 7 days;

    /// @dev A rollup's verifiers as of a batch's reference time.
    struct VerifierSet {
        Duty[] duties;
        address[] ops;
        uint256[] stakes;
        uint256 total;
    }

    uint256 internal _rollupCount;
    mapping(uint256 rollupId => Rollup) internal _rollups;
    mapping(uint256 rollupId => mapping(uint256 batchIndex => Batch)) internal _batches;
    mapping(uint256 rollupId => Deposit[]) internal _deposits;
    mapping(uint256 rollupId => Duty[]) internal _sequencers;
    mapping(uint256 rollupId => Duty[]) internal _verifiers;
    /// Position + 1 of an operator in the rollup's sequencer / verifier list (0: not opted in).
    mapping(uint256 rollupId => mapping(address operator => uint256)) internal _sequencerPos;
    mapping(uint256 rollupId => mapping(address operator => uint256)) internal _verifierPos;
    mapping(uint256 rollupId => mapping(uint256 key => bool)) internal _claimed;
    /// Fraud slashes that failed when proven (out of gas, a paused dependency), executable by anyone.
    OwedSlash[] internal _owedSlashes;
    /// After a challenge window was shortened: the longest window that batches posted up to the
    /// change (`postedAt <= changedAt`) keep, so a shorter window only binds later batches.
    mapping(uint256 rollupId => WindowFloor) internal _windowFloors;
    /// Fast finality and the value fast withdrawals put at risk (IRollupManagerTypes.FastRisk).
    mapping(uint256 rollupId => FastRisk) internal _fastRisk;
    bytes32 internal constant _DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant _COMMITMENT_TYPEHASH =
        keccak256("BatchCommitment(uint256 rollupId,uint256 batchIndex,bytes32 root,uint64 signedAt,uint8 role)");
    /// Most batches one call walks to extend the fast-final chain (the next call goes on).
    uint256 internal constant FAST_FINAL_STEPS = 64;
    /// @notice SQUAD: how long before a turn sequence's seed is revealed its stake snapshot is
    ///         taken (a few L1 slots, so the seed's `prevrandao` was unknown at the snapshot).
    uint256 public constant SEED_LAG = 1 minutes;
    /// @notice Longest SQUAD turn, for anyone (governance too): the leader that posts picks the
    ///         block whose `prevrandao` seeds the next sequence, so a long turn would let it pick
    ///         among hundreds of seeds; two minutes leaves about ten.
    uint64 public constant MAX_SLOT_LENGTH = 2 minutes;
    /// SQUAD: the seed of the current turn sequence, drawn when it started (post, revert, reseed).
    mapping(uint256 rollupId => bytes32) internal _turnSeeds;
    /// @notice SQUAD: turns without a post after which anyone may `reseed` (the drawn leaders
    ///         are gone: offline, or below the minimum stake).
    uint256 public constant RESEED_AFTER_TURNS = 4;
    /// SQUAD: sequencers that opted out during the current turn sequence. They stay in its draw
    /// (their turns are forfeited) and leave the list when the next sequence starts, so leaving
    /// cannot re-roll the draw of a sequence whose seed is known.
    mapping(uint256 rollupId => mapping(address operator => bool)) internal _seqLeaving;
    mapping(uint256 rollupId => uint256) internal _seqLeavingCount;
    /// When a fraud proof last rolled the rollup back (deposits it had included wait again).
    mapping(uint256 rollupId => uint64) internal _revertedAt;
    /// Each operator's pledges of stake to fast withdrawals, over all rollups (IRollupManagerTypes.Backing).
    mapping(address operator => Backing) internal _backing;
    /// @notice How long a share of stake freed from backing a rollup cools before it can back
    ///         another: longer than any challenge window can ever be (every window, for anyone,
    ///         stays below it and below unbonding, itself at most Staking.MAX_UNBONDING = 90
    ///         days), so every quorum counted with the share is final by then, whatever windows,
    ///         bounds or unbonding governance or owners set meanwhile.
    uint64 public constant BACKING_COOLDOWN = 90 days;

    /// @dev See `_windowFloors`.
    struct WindowFloor {
        uint64 window;
        uint64 changedAt;
    }

    /// @param owner_ governance timelock (or the deployer until hand-over).
    constructor(
        IERC20 token_,
        IStaking staking_,
        ISlasher slasher_,
        IFeeDistributor feeDistributor_,
        OneStepVerifier verifier_,
        address owner_
    ) Ownable(owner_) {
        token = token_;
        staking = staking_;
        slasher = slasher_;
        feeDistributor = feeDistributor_;
        verifier = verifier_;
        _bounds = Bounds({
            minChallengeWindow: 1 minutes,
            maxChallengeWindow: 14 days,
            minSlotLength: 2 seconds,
            maxSlotLength: MAX_SLOT_LENGTH,
            minFeePerByte: 0,
            minServiceFeePerEpoch: 0,
            minThresholdBips: 6666,
            maxLifetime: 365 days
        });
        token_.forceApprove(address(feeDistributor_), type(uint256).max);
    }

    // ================================================================ shared internals

    /// @dev The share of `op`'s stake it has not pledged to any rollup, nor freed too recently.
    function _freeBacking(address op) internal view returns (uint256) {
        Backing memory k = _backing[op];
        return 10_000 - k.allocated - (block.timestamp < k.coolingUntil ? k.cooling : 0);
    }

    /// @dev Moves `bips` of `op`'s pledges to cooling: quorums counted with them stay open to
    ///      fraud proofs for less than `BACKING_COOLDOWN`, and until then the share must not back
    ///      another rollup (shares already cooling wait as long as the newest).
    function _releaseBacking(address op, uint256 bips) internal {
        Backing storage k = _backing[op];
        uint256 cooling = block.timestamp < k.coolingUntil ? k.cooling : 0;
        k.allocated -= uint16(bips);
        k.cooling = uint16(cooling + bips);
        k.coolingUntil = uint48(block.timestamp + BACKING_COOLDOWN);
    }

    function _domainSeparator() internal view returns (bytes32) {
        return RollupTx.domainSeparator(block.chainid, address(this));
    }

    function _commitmentIndex(uint256 generation, uint256 batchIndex) internal pure returns (uint256) {
        return generation << 128 | batchIndex;
    }

    function _rollup(uint256 rollupId) internal view returns (Rollup storage r) {
        r = _rollups[rollupId];
        require(r.createdAt != 0, RollupUnknown(rollupId));
    }

    /// @dev A rollup that still takes deposits and batches.
    function _live(uint256 rollupId) internal view returns (Rollup storage r) {
        r = _rollup(rollupId);
        require(!r.settled && (r.expiry == 0 || block.timestamp < r.expiry), RollupNotLive(rollupId));
    }

    /// @dev A posted, not yet final batch.
    function _pending(uint256 rollupId, Rollup storage r, uint256 batchIndex) internal view returns (Batch storage b) {
        require(batchIndex < r.batchCount, RollupUnknownBatch(batchIndex));
        require(batchIndex >= r.finalizedCount, RollupBatchFinal(batchIndex));
        b = _batches[rollupId][batchIndex];
        require(b.status == BatchStatus.Posted, RollupBatchFinal(batchIndex));
    }

    /// @dev Charges whole service epochs (up to expiry) from the budget, as many as it can pay:
    ///      the service clock advances only by epochs paid, so a short budget keeps its debt
    ///      (never forgiven); returns what the budget lacked for the rest.
    function _chargeService(uint256 rollupId, Rollup storage r) internal returns (uint256 shortfall) {
        uint256 end = block.timestamp;
        if (r.expiry != 0 && r.expiry < end) end = r.expiry;
        if (end <= r.serviceFrom) return 0;
        uint256 epoch = _serviceEpoch;
        uint256 epochs = (end - r.serviceFrom) / epoch;
        uint256 fee = r.params.serviceFeePerEpoch;
        if (fee != 0 && epochs > r.budget / fee) {
            uint256 affordable = r.budget / fee;
            shortfall = (epochs - affordable) * fee;
            epochs = affordable;
        }
        if (epochs == 0) return shortfall;
        r.serviceFrom += uint64(epochs * epoch);
        uint256 paid = epochs * fee;
        if (paid == 0) return shortfall;
        r.budget -= uint128(paid);
        r.owedServiceFees += uint128(paid);
        emit ServiceCharged(rollupId, epochs, paid, r.budget);
    }

    /// @dev Finalizes up to `max` batches in order; returns how many. A batch is final only once
    ///      its challenge window has ended, quorum or not: a verifier quorum can sign an invalid
    ///      root, and the fraud proof against it must still revert it and slash every signer.
    function _advance(uint256 rollupId, Rollup storage r, uint256 max) internal returns (uint256 done) {
        uint256 i = r.finalizedCount;
        uint256 end = r.batchCount;
        while (i < end && done < max) {
            Batch storage b = _batches[rollupId][i];
            if (_windowEnd(rollupId, r, b) > block.timestamp) break;
            // A final batch can only claim fees the escrow holds (anything more is a fraud that
            // went unchallenged; the escrow pays what it has, never another rollup's money).
            uint256 txFees = Math.min(b.feesCollected, r.l2Escrow);
            r.l2Escrow -= uint128(txFees);
            r.owedTxFees += uint128(txFees);
            r.storagePending -= b.storageFee;
            r.owedStorageFees += b.storageFee;
            emit BatchFinalized(rollupId, i, b.postRoot, txFees);
            ++i;
            ++done;
        }
        if (done > 0) {
            r.finalizedCount = uint64(i);
            // Confirmed batches behind a batch that was only waiting for its window join the chain.
            FastRisk storage k = _fastRisk[rollupId];
            if (k.fastFinalCount < i) _extendFastFinal(rollupId, r, k);
        }
    }

    /// @dev Extends the fast-final chain `[0, fastFinalCount)` (final or confirmed batches) by up
    ///      to `FAST_FINAL_STEPS` batches; returns the new count.
    function _extendFastFinal(uint256 rollupId, Rollup storage r, FastRisk storage k) internal returns (uint256 n) {
        uint256 before = k.fastFinalCount;
        n = before;
        if (n < r.finalizedCount) n = r.finalizedCount;
        uint256 end = Math.min(r.batchCount, n + FAST_FINAL_STEPS);
        while (n < end && _batches[rollupId][n].status == BatchStatus.Confirmed) {
            ++n;
        }
        if (n != before) k.fastFinalCount = uint40(n);
    }

    /// @dev `m` with retired periods dropped: the older period retires once every batch confirmed
    ///      in it is final (`f` = finalizedCount), or when it is empty; the current one moves up.
    function _livePeriods(FastRisk memory m, uint256 f) internal pure returns (FastRisk memory) {
        for (uint256 i; i < 2 && (m.oldMaxIndex == 0 || f >= m.oldMaxIndex); ++i) {
            (m.oldMaxIndex, m.oldClaimed, m.oldSignedGwei) = (m.curMaxIndex, m.curClaimed, m.curSignedGwei);
            (m.curMaxIndex, m.curClaimed, m.curSignedGwei) = (0, 0, 0);
        }
        return m;
    }

    /// @dev The bound on fast claims under the live periods of `m` (`fraudBips` of the smallest
    ///      stake that signed a quorum in them), and how much of it is used (no live period:
    ///      zero, since then no root is both fast-final and open to challenge).
    function _fastLimit(FastRisk memory m) internal view returns (uint256 limit, uint256 used) {
        if (m.oldMaxIndex != 0) limit = m.oldSignedGwei;
        if (m.curMaxIndex != 0 && (m.oldMaxIndex == 0 || m.curSignedGwei < limit)) limit = m.curSignedGwei;
        limit = limit * 1 gwei * slasher.fraudBips() / BIPS;
        used = uint256(m.oldClaimed) + m.curClaimed;
    }

    /// @dev The Slasher's EIP-712 digest of a commitment, computed here to save a call: its domain
    ///      is ("ALT Slasher", "1", chain id, slasher); the manager's constructor checks the two
    ///      agree.
    function _commitmentDigest(uint256 rollupId, uint256 batchKey, bytes32 root, uint64 signedAt, uint8 role)
        internal
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(_DOMAIN_TYPEHASH, keccak256("ALT Slasher"), keccak256("1"), block.chainid, address(slasher))
        );
        bytes32 structHash = keccak256(abi.encode(_COMMITMENT_TYPEHASH, rollupId, batchKey, root, signedAt, role));
        return MessageHashUtils.toTypedDataHash(domain, structHash);
    }

    /// @dev When batch `b` stops being open to challenge: its post time plus the window it was
    ///      posted under (a later shortening does not apply to it; a lengthening does).
    function _windowEnd(uint256 rollupId, Rollup storage r, Batch storage b) internal view returns (uint256) {
        uint256 window = r.params.challengeWindow;
        WindowFloor memory f = _windowFloors[rollupId];
        if (b.postedAt <= f.changedAt && f.window > window) window = f.window;
        return uint256(b.postedAt) + window;
    }

    /// @dev Single: the named sequencer while it is opted in and active (not jailed, minimum
    ///      self-stake). SQUAD: a turn sequence starts at each post (or revert, creation, reseed)
    ///      and draws its seed then, from `block.prevrandao`; turn `k` starts `k` slot lengths
    ///      later and its leader is drawn by `keccak(seed, k)` over the stake, `SEED_LAG` before
    ///      the sequence started, of the sequencers opted in by then. Nobody can move stake
    ///      after learning the seed and still have it count.
    function _leader(uint256 rollupId, Rollup storage r) internal view returns (address, uint256 turn) {
        if (r.sequencing == Sequencing.Single) {
            address s = r.sequencer;
            bool ok = _sequencerPos[rollupId][s] != 0 && staking.isActive(s);
            return (ok ? s : address(0), 0);
        }
        turn = (block.timestamp - r.turnStart) / r.params.slotLength;
        (address[] memory ops, uint256[] memory stakes, uint256 total) = _drawWeights(rollupId, r);
        uint256 idx = LeaderSelection.pick(LeaderSelection.turnSeed(_turnSeeds[rollupId], turn), stakes, total);
        if (idx >= ops.length) return (address(0), turn);
        // The draw is over stake at the snapshot only; whoever it picks must be active now (at
        // least the minimum self-stake, not jailed) and not leaving.
        // A drawn leader that cannot lead now hands the turn to the next candidate in list order
        // that can, so nothing done after the snapshot re-rolls anybody else's turn, and an
        // inactive heavyweight does not stall the rollup.
        for (uint256 j; j < ops.length; ++j) {
            address lead = ops[(idx + j) % ops.length];
            if (stakes[(idx + j) % ops.length] == 0 || _seqLeaving[rollupId][lead]) continue;
            if (staking.isActive(lead)) return (lead, turn);
        }
        return (address(0), turn);
    }

    /// @dev SQUAD draw weights of the current turn sequence: the pool stake at the snapshot
    ///      (`turnStart - SEED_LAG`) of each sequencer opted in by then, in list order (the list
    ///      only changes when a sequence starts or a sequencer joins, and joiners are not drawn).
    function _drawWeights(uint256 rollupId, Rollup storage r)
        internal
        view
        returns (address[] memory ops, uint256[] memory stakes, uint256 total)
    {
        uint256 snapshot = r.turnStart - SEED_LAG;
        Duty[] storage list = _sequencers[rollupId];
        ops = new address[](list.length);
        stakes = new uint256[](list.length);
        for (uint256 i; i < ops.length; ++i) {
            Duty storage d = list[i];
            if (d.since > snapshot) continue;
            ops[i] = d.operator;
            stakes[i] = staking.stakeAt(d.operator, snapshot);
            total += stakes[i];
        }
    }

    /// @dev Starts a turn sequence now: sequencers that left during the last one go, turn 0
    ///      begins, and a SQUAD rollup draws its seed.
    function _startTurns(uint256 rollupId, Rollup storage r) internal {
        r.turnStart = uint64(block.timestamp);
        if (r.sequencing == Sequencing.Squad) {
            if (_seqLeavingCount[rollupId] != 0) _dropLeavers(rollupId);
            _turnSeeds[rollupId] = keccak256(abi.encode(block.prevrandao, rollupId, r.batchCount, r.generation));
        }
    }

    function _dropLeavers(uint256 rollupId) private {
        Duty[] storage list = _sequencers[rollupId];
        mapping(address => uint256) storage pos = _sequencerPos[rollupId];
        for (uint256 i = list.length; i > 0; --i) {
            address op = list[i - 1].operator;
            if (!_seqLeaving[rollupId][op]) continue;
            delete _seqLeaving[rollupId][op];
            Duty memory last = list[list.length - 1];
            list[i - 1] = last;
            pos[last.operator] = i;
            list.pop();
            delete pos[op];
        }
        _seqLeavingCount[rollupId] = 0;
    }

    function _hasId(bytes memory ids, uint32 id) internal pure returns (bool) {
        for (uint256 i; i < ids.length / 4; ++i) {
            if (_idAt(ids, i) == id) return true;
        }
        return false;
    }

    function _idAt(bytes memory ids, uint256 i) internal pure returns (uint32 id) {
        assembly ("memory-safe") {
            id := shr(224, mload(add(add(ids, 32), mul(i, 4))))
        }
    }

    function _u128(uint256 x) internal pure returns (uint128) {
        require(x <= type(uint128).max, RollupInvalidParams("amount"));
        return uint128(x);
    }

    /// @dev The packed ids of a batch's attesters (4 bytes each).
    function _attesterIds(Batch storage b) internal view returns (bytes memory ids) {
        uint256 packed = b.firstAttesters;
        for (uint256 i; i < 4; ++i) {
            uint32 id = uint32(packed >> (96 - 32 * i));
            if (id == 0) break;
            ids = abi.encodePacked(ids, id);
        }
        // Further ids exist only once the first four are taken (saves a read on most batches).
        if (uint32(packed) != 0) {
            bytes storage more = b.moreAttesters;
            if (more.length != 0) ids = bytes.concat(ids, more);
        }
    }

    function _storeAttesterIds(Batch storage b, bytes memory ids) internal {
        uint256 n = ids.length / 4;
        uint256 packed;
        for (uint256 i; i < n && i < 4; ++i) {
            packed |= uint256(_idAt(ids, i)) << (96 - 32 * i);
        }
        b.firstAttesters = uint128(packed);
        if (n > 4) {
            bytes memory more = new bytes(ids.length - 16);
            for (uint256 i; i < more.length; ++i) {
                more[i] = ids[16 + i];
            }
            b.moreAttesters = more;
        }
    }
}
