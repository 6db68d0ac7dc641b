// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "../rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../rollup/lib/OneStepProof.sol";

/// @title IRollupManagerTypes
/// @notice Types, events and errors of the RollupManager (see IRollupManager).
interface IRollupManagerTypes {
    /// @notice How a rollup's batches are sequenced.
    enum Sequencing {
        /// One named operator posts every batch.
        Single,
        /// Stake-weighted rotation among the opted-in sequencers.
        Squad
    }

    /// @notice Where a posted batch stands. A batch is *final* (irreversible) once its index is
    ///         below the rollup's `finalizedCount`, which needs its challenge window to have ended;
    ///         reverted batches are gone (their index is reused).
    enum BatchStatus {
        None,
        /// Waiting for a verifier quorum or the end of its challenge window.
        Posted,
        /// Reached a verifier quorum: *fast-final* once every earlier batch is final or fast-final
        /// (withdrawals may then be claimed against it within the value at risk, see `FastRisk`).
        /// Still open to fraud proofs until its challenge window ends.
        Confirmed
    }

    /// @notice What a rollup's owner may change (within the governance bounds).
    struct Params {
        /// MACH: a verifier quorum finalizes a batch at once.
        bool fastFinality;
        /// Threshold numerator / denominator of signed stake over verifier stake (2/3 by default).
        uint8 thresholdNum;
        uint8 thresholdDen;
        /// VITAL: seconds a batch without quorum waits for fraud proofs.
        uint64 challengeWindow;
        /// SQUAD: seconds a leader has to post before its turn passes to the next one.
        uint64 slotLength;
        /// Storage fee in ALT wei per byte of batch data, charged to the budget.
        uint96 feePerByte;
        /// Service fee in ALT wei per service epoch, charged to the budget.
        uint96 serviceFeePerEpoch;
    }

    /// @notice The range governance lets rollup owners choose from.
    struct Bounds {
        uint64 minChallengeWindow;
        uint64 maxChallengeWindow;
        uint64 minSlotLength;
        uint64 maxSlotLength;
        uint96 minFeePerByte;
        uint96 minServiceFeePerEpoch;
        /// Lowest attestation threshold, in basis points of verifier stake (6667 = 2/3 rounded up).
        uint16 minThresholdBips;
        /// Longest lifetime of an ephemeral rollup, in seconds.
        uint64 maxLifetime;
    }

    /// @notice A rollup's registration, chain head and escrow accounts.
    struct Rollup {
        address owner;
        Sequencing sequencing;
        bool settled;
        uint64 createdAt;
        /// Zero for a permanent rollup.
        uint64 expiry;
        /// The sequencer of a `Single` rollup.
        address sequencer;
        Params params;
        // chain
        uint64 batchCount;
        uint64 finalizedCount;
        uint64 distributedCount;
        /// When the current leader turn sequence started (last post, revert, or creation).
        uint64 turnStart;
        /// Post root of the last posted batch (zero, the empty state, before the first).
        bytes32 headRoot;
        /// Fraud reverts so far; part of every signed commitment's batch key.
        uint32 generation;
        /// Deposit-queue position after the last posted batch.
        uint64 depositsHead;
        uint64 serviceFrom;
        // money, in ALT wei; paired so that posting and finalizing touch two slots each
        /// Owner's budget not yet charged.
        uint128 budget;
        /// Storage fees of every batch posted and not reverted.
        uint128 storagePosted;
        /// Storage fees of posted batches that are not final yet.
        uint128 storagePending;
        /// Fees that are final and wait for `distributeFees`, by source.
        uint128 owedStorageFees;
        /// L2 money the escrow holds: deposits less withdrawals, settled fees and refunds.
        uint128 l2Escrow;
        uint128 owedTxFees;
        uint128 owedServiceFees;
    }

    /// @notice A posted batch.
    struct Batch {
        bytes32 headerHash;
        bytes32 postRoot;
        address sequencer;
        uint48 postedAt;
        uint32 txCount;
        uint64 depositsProcessed;
        uint96 storageFee;
        /// The rollup's `storagePosted` before this batch (a revert gives back everything since).
        uint96 storagePostedBefore;
        uint96 feesCollected;
        /// Operator ids (Staking) of the first four verifiers that attested, 32 bits each from
        /// the top (zero: none). They share a slot with `feesCollected` and `status`, which is
        /// never zero once posted: attesting and confirming write one slot that already exists.
        uint128 firstAttesters;
        BatchStatus status;
        /// Ids of any further attesters, 4 bytes each. `attesters(...)` lists them all.
        bytes moreAttesters;
    }

    /// @notice What a sequencer posts: the header, the tx data, the state root and running fee
    ///         total after each transaction (with the tx data they give the steps root, checked
    ///         against the header) and the leader's Slasher commitment signature over the header
    ///         hash (made at `signedAt`).
    struct BatchPost {
        BatchHeader.Header header;
        bytes txData;
        bytes32[] roots;
        uint256[] fees;
        uint64 signedAt;
        bytes signature;
        /// The leader's attempt at this batch (0 first): it signs `headerCommitmentIndex(
        /// generation, batchIndex, attempt)`, so an honest retry after a failed post (a
        /// different header for the same batch) is a new commitment, not equivocation.
        uint32 attempt;
    }

    /// @notice An entry of a rollup's L1 queue, waiting or processed: a deposit (`from` paid
    ///         `amount` into the escrow for L2 account `to`) or a forced withdrawal (L2 account
    ///         `from` asked from L1 to withdraw `amount` to L1 account `to`; no money moved yet).
    struct Deposit {
        address from;
        uint64 enqueuedAt;
        bool forcedWithdrawal;
        address to;
        uint96 amount;
    }

    /// @notice A fraud slash that failed when the fraud was proven, kept until someone carries it out.
    struct OwedSlash {
        address operator;
        uint64 postedAt;
        address challenger;
        uint256 rollupId;
        uint256 batchKey;
    }

    /// @notice A rollup's fast-finality state and the value its fast withdrawals put at risk.
    /// @dev Withdrawals claimed against a fast-final root before its window ends could be undone by
    ///      a fraud proof; what they take out must not exceed what that fraud proof slashes. Every
    ///      quorum adds the stake that signed it to the live *period* it was confirmed in, which
    ///      keeps the smallest; a period's limit is `fraudBips` of that (at the rate in force when
    ///      a claim is made). Fast claims count in the period they are made in. At most two periods
    ///      are live: the older one retires once every batch confirmed in it is final, and the
    ///      current one then becomes the older. A fast claim needs `oldClaimed + curClaimed +
    ///      amount <= min(oldLimit, curLimit)` (a period with `maxIndex` zero has no limit), so for
    ///      any batch that could still be proven fraudulent, everything claimed fast on its rollup
    ///      since its quorum is at most what the fraud slash takes from its signers' pools (see
    ///      docs/rollup-stf.md §7.3 for the open gaps in that bound).
    struct FastRisk {
        // slot 0: all a quorum touches
        /// Batches `[0, fastFinalCount)` are final or fast-final.
        uint40 fastFinalCount;
        /// One plus the highest batch index confirmed in the older / current period (0: empty).
        uint40 oldMaxIndex;
        uint40 curMaxIndex;
        /// The smallest stake that signed a quorum in the older / current period, in gwei
        /// (rounded down); a period's limit is `fraudBips` of it, at the rate in force.
        uint64 oldSignedGwei;
        uint64 curSignedGwei;
        /// Whether either period holds fast claims (slot 1 is read only then).
        bool hasClaims;
        // slot 1: fast claims
        uint128 oldClaimed;
        uint128 curClaimed;
    }

    /// @notice An operator opted in to a duty (sequencing or verifying) on a rollup, and since
    ///         when. A verifier's `backingBips` is the share of its stake that backs this
    ///         rollup's fast withdrawals (its shares over all rollups sum to at most 100%; zero for
    ///         sequencing duties).
    struct Duty {
        address operator;
        uint48 since;
        uint16 backingBips;
        uint32 operatorId;
    }

    /// @notice The share of an operator's stake that backs fast withdrawals, over all rollups:
    ///         `allocated` in verifier duties, and `cooling`, freed less than `BACKING_COOLDOWN`
    ///         (90 days, longer than any challenge window) ago (until `coolingUntil`), since
    ///         quorums counted with it may still be open to fraud proofs.
    struct Backing {
        uint16 allocated;
        uint16 cooling;
        uint48 coolingUntil;
    }

    // ---------------------------------------------------------------- events

    event RollupCreated(
        uint256 indexed rollupId,
        address indexed owner,
        string name,
        Sequencing sequencing,
        address sequencer,
        Params params,
        uint64 expiry,
        uint256 budget
    );
    event ParamsUpdated(uint256 indexed rollupId, Params params, address by);
    event SequencerChanged(uint256 indexed rollupId, address sequencer);
    event RollupOwnerChanged(uint256 indexed rollupId, address owner);
    event RollupFunded(uint256 indexed rollupId, address indexed from, uint256 amount, uint256 budget);
    event OptedIn(uint256 indexed rollupId, address indexed operator, bool sequencer, bool verifier);
    event OptedOut(uint256 indexed rollupId, address indexed operator, bool sequencer, bool verifier);
    event DepositQueued(
        uint256 indexed rollupId,
        uint256 indexed index,
        address indexed from,
        address to,
        uint256 amount,
        uint64 enqueuedAt
    );
    /// @notice L2 account `from` forced a withdrawal of `amount` to L1 account `recipient` from
    ///         L1: entry `index` of the rollup's queue, which batches must include like a deposit.
    event WithdrawalForced(
        uint256 indexed rollupId,
        uint256 indexed index,
        address indexed from,
        address recipient,
        uint256 amount,
        uint64 enqueuedAt
    );
    /// @notice Batch `header.batchIndex` was posted; its tx data is the `post.txData` argument
    ///         of the call (hashed in `header.txDataHash`).
    ///         The leader's commitment was signed at `signedAt` for attempt `attempt`, so the
    ///         event alone rebuilds it (`headerCommitmentIndex(generation, batchIndex, attempt)`),
    ///         as equivocation evidence needs.
    event BatchPosted(
        uint256 indexed rollupId,
        uint256 indexed batchIndex,
        address indexed sequencer,
        bytes32 headerHash,
        BatchHeader.Header header,
        uint256 storageFee,
        uint32 generation,
        uint64 signedAt,
        uint32 attempt
    );
    /// @notice Verifiers attested to a batch; `quorum` once signed stake meets the threshold.
    event BatchAttested(
        uint256 indexed rollupId,
        uint256 indexed batchIndex,
        address[] attesters,
        uint256 signedStake,
        uint256 totalStake,
        bool quorum
    );
    event BatchFinalized(uint256 indexed rollupId, uint256 indexed batchIndex, bytes32 postRoot, uint256 txFees);
    /// @notice Batches `[0, fastFinalCount)` are now final or fast-final (quorum-confirmed in an
    ///         unbroken chain): withdrawals may be claimed against their roots within the value at
    ///         risk. `signedStake` backs it: a fraud proof takes `fraudBips` of it from the signers.
    /// @notice Batch `batchIndex` has a quorum and the fast-final chain is `fastFinalCount`
    ///         long; `backingStake` is its signers' stake backing this rollup (each signer's stake
    ///         times its `backingBips`), which bounds the value at risk.
    event FastFinalized(
        uint256 indexed rollupId, uint256 indexed batchIndex, uint256 fastFinalCount, uint256 backingStake
    );
    /// @notice `operator` backs `rollupId`'s fast withdrawals with `bips` of its stake; `free` is
    ///         what it has left to pledge elsewhere (cooling shares excluded).
    event BackingSet(uint256 indexed rollupId, address indexed operator, uint256 bips, uint256 free);
    /// @notice A withdrawal was claimed against a fast-final root not yet past its challenge
    ///         window: `atRisk` is everything so claimed in the live periods, `limit` its bound.
    event FastWithdrawal(
        uint256 indexed rollupId, uint256 indexed batchIndex, uint256 amount, uint256 atRisk, uint256 limit
    );
    /// @notice A fraud proof against step `stepIndex` of `batchIndex` reverted batches `batchIndex..toIndex-1`.
    event FraudProven(
        uint256 indexed rollupId,
        uint256 indexed batchIndex,
        address indexed challenger,
        uint256 stepIndex,
        uint256 toIndex,
        address sequencer,
        uint256 storageRefund,
        uint32 generation
    );
    /// @notice Slashing `operator` for a proven fraud failed (the revert still stands); it is owed as
    ///         `owedId` and anyone can carry it out with `executeOwedSlash`.
    event FraudSlashOwed(
        uint256 indexed owedId,
        uint256 indexed rollupId,
        address indexed operator,
        uint256 batchKey,
        uint64 postedAt,
        address challenger,
        bytes reason
    );
    /// @notice Owed fraud slash `owedId` was carried out for `amount`.
    event OwedSlashExecuted(uint256 indexed owedId, uint256 amount);
    event WithdrawalClaimed(
        uint256 indexed rollupId,
        uint256 indexed batchIndex,
        address indexed recipient,
        address sender,
        uint64 nonce,
        uint256 amount
    );
    event ServiceCharged(uint256 indexed rollupId, uint256 epochs, uint256 amount, uint256 budget);
    event FeesDistributed(
        uint256 indexed rollupId,
        uint256 txFees,
        uint256 storageFees,
        uint256 serviceFees,
        uint256 fromBatch,
        uint256 toBatch
    );
    event RollupSettled(uint256 indexed rollupId, bytes32 finalRoot, uint256 batches, uint256 budgetReturned);
    /// @notice The rollup's sequencers left deposit `depositIndex` (overdue since `overdueSince`)
    ///         unserved for the halt delay: the rollup expires now and settles like an ephemeral one.
    event RollupHalted(uint256 indexed rollupId, uint256 depositIndex, uint256 overdueSince, address by);
    /// @notice A SQUAD rollup that nobody could lead started a new turn sequence with `seed`.
    event TurnsReseeded(uint256 indexed rollupId, bytes32 seed, address by);
    /// @notice After settlement, `account`'s L2 balance in the final root was paid out on L1.
    event BalanceClaimed(uint256 indexed rollupId, address indexed account, uint256 amount);
    event DepositReclaimed(uint256 indexed rollupId, uint256 indexed index, address indexed to, uint256 amount);
    event BoundsUpdated(Bounds bounds);
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);

    // ---------------------------------------------------------------- errors

    error RollupUnknown(uint256 rollupId);
    error RollupUnauthorized();
    error RollupInvalidParams(bytes32 field);
    error RollupNotLive(uint256 rollupId);
    error RollupBudgetExhausted(uint256 needed, uint256 budget);
    error RollupNotOperator(address operator);
    error RollupMembership(address operator);
    error RollupTooManyMembers();
    error RollupZeroAmount();
    /// @notice Backing more than the operator's free share (`free` bips).
    error RollupBackingExceeded(uint256 free);
    error RollupBadHeader(bytes32 field);
    error RollupMalformedTxData(uint256 offset);
    error RollupTooManyTxs(uint256 count, uint256 max);
    error RollupDepositMismatch(uint256 txIndex);
    error RollupDepositSkipped(uint256 depositIndex, uint256 overdueSince);
    error RollupInvalidSignature();
    /// @notice The header's `signedAt` is in the future or older than `MAX_SIGNATURE_DELAY`.
    error RollupStaleSignature(uint64 signedAt, uint256 now);
    /// @notice No owed fraud slash with this id (never owed, or already carried out).
    error RollupNoOwedSlash(uint256 owedId);
    error RollupNotLeader(address signer, address leader);
    error RollupUnknownBatch(uint256 batchIndex);
    error RollupBatchFinal(uint256 batchIndex);
    error RollupFastFinalityOff();
    error RollupUnknownSigner(address key);
    error RollupDuplicateSigner(address operator);
    /// @dev `confirmBatch` without a signature that does not reach the quorum either: it would change
    ///      nothing and only emit an event.
    error RollupNoSignatures();
    error RollupNotFraud();
    error RollupChallengeWindowOver(uint256 endedAt);
    error RollupNotFinal(uint256 batchIndex);
    error RollupBadWithdrawalProof();
    error RollupWithdrawalClaimed(uint256 key);
    error RollupInsolvent(uint256 needed, uint256 held);
    /// @notice A fast withdrawal would put more at risk than the signers' slashable stake covers;
    ///         wait for the root's challenge window to end (or claim at most `available`).
    error RollupFastRiskExceeded(uint256 amount, uint256 available);
    error RollupSettleTooEarly(uint256 at);
    error RollupNotSettled();
    error RollupDepositIncluded(uint256 index);
    /// @notice No deposit has been overdue for the halt delay (`haltableAt`; 0: none waiting).
    error RollupNotStalled(uint256 haltableAt);
    error RollupBalanceClaimed(address account);
    /// @notice `reseed` is only for a turn sequence in which no sequencer has stake, or that has
    ///         gone `RESEED_AFTER_TURNS` turns without a post.
    error RollupHasCandidates();
    error RollupBadBalanceProof();
}

/// @title IRollupManager
/// @notice Rollups as a service on restaked ALT: a registry of configured rollups, SQUAD
///         stake-weighted sequencing, MACH fast finality by a verifier quorum, VITAL fraud proofs,
///         an L1 deposit queue with forced inclusion, withdrawals against final roots, and
///         ephemeral rollups that settle. Design notes in contracts/README.md; the state machine
///         in docs/rollup-stf.md.
///
///         This is the RollupManager's whole public interface (it is served by the manager and, through
///         its fallback, by its extension: bind this ABI at the manager's address).
interface IRollupManager is IRollupManagerTypes {
    // ---------------------------------------------------------------- registry

    function createRollup(
        string calldata name,
        Sequencing sequencing,
        address sequencer,
        Params calldata params,
        uint64 expiry,
        uint256 budget
    ) external returns (uint256 rollupId);
    function setParams(uint256 rollupId, Params calldata params) external;
    function fund(uint256 rollupId, uint256 amount) external;
    function optIn(uint256 rollupId, bool asSequencer, bool asVerifier) external;
    /// @notice Leaves duties. A verifier, or the sequencer of a `Single` rollup, leaves at once;
    ///         a SQUAD sequencer leaves when the next turn sequence starts (until then its turns
    ///         pass to the next candidate), so leaving never re-rolls a draw whose seed is known.
    function optOut(uint256 rollupId, bool asSequencer, bool asVerifier) external;
    /// @notice Sets the share (`bips` of 10,000) of the caller's stake that backs `rollupId`'s
    ///         fast withdrawals (the caller must verify it). A verifier opts in backing the rollup
    ///         with all its free share; its shares over all rollups never exceed 100%, and a share
    ///         it lowers (or frees by opting out) is free again only after `BACKING_COOLDOWN`
    ///         (longer than any challenge window), so one stake never backs two rollups' value
    ///         at risk at once.
    function setBacking(uint256 rollupId, uint256 bips) external;
    /// @notice The caller-independent view of an operator's pledges over all rollups.
    function backing(address operator) external view returns (Backing memory);

    // ---------------------------------------------------------------- bridge

    function deposit(uint256 rollupId, address to, uint256 amount) external returns (uint256 index);
    /// @notice Forces a withdrawal of `amount` from the caller's L2 account to `recipient` on L1,
    ///         past any sequencer: it joins the deposit queue at `index`, and every batch must
    ///         include it by the inclusion delay (docs/rollup-stf.md, sections 4 and 7.4). It
    ///         withdraws min(`amount`, balance) at the account's nonce then, without fee (a
    ///         no-op for an empty account; `type(uint96).max` takes everything). Claim it like
    ///         any withdrawal once final.
    function forceWithdrawal(uint256 rollupId, address recipient, uint256 amount) external returns (uint256 index);
    function claimWithdrawal(
        uint256 rollupId,
        uint256 batchIndex,
        address sender,
        uint64 nonce,
        address recipient,
        uint256 amount,
        uint256 bitmap,
        bytes32[] calldata siblings
    ) external;

    // ---------------------------------------------------------------- batches

    function postBatch(BatchPost calldata post) external;
    function confirmBatch(uint256 rollupId, uint256 batchIndex, bytes[] calldata signatures) external;
    function finalize(uint256 rollupId, uint256 maxBatches) external returns (uint256 finalized);
    function challenge(BatchHeader.Header calldata header, OneStepProof.Step calldata step) external;
    function distributeFees(uint256 rollupId, uint256 maxBatches) external;
    function settle(uint256 rollupId) external;
    /// @notice Carries out a fraud slash that failed when the fraud was proven (anyone may call).
    function executeOwedSlash(uint256 owedId) external returns (uint256 amount);
    /// @notice A fraud slash still owed (operator zero: none).
    function owedSlash(uint256 owedId) external view returns (OwedSlash memory);
    /// @notice Number of fraud slashes ever owed.
    function owedSlashCount() external view returns (uint256);
    function reclaimDeposit(uint256 rollupId, uint256 index) external;
    /// @notice Names the operator of a `Single` rollup (rollup owner or governance).
    function setSequencer(uint256 rollupId, address sequencer) external;
    /// @notice Hands the rollup (parameters, unused budget) to `newOwner`.
    function transferRollupOwnership(uint256 rollupId, address newOwner) external;

    // ---------------------------------------------------------------- governance

    function setBounds(Bounds calldata b) external;
    function setServiceEpoch(uint64 length) external;
    function setInclusionDelay(uint64 delay) external;
    function setMaxBatchTxs(uint32 max) external;

    // ---------------------------------------------------------------- views

    function domainSeparator() external view returns (bytes32);
    function commitmentIndex(uint256 generation, uint256 batchIndex) external pure returns (uint256);
    /// @notice The batch key a leader's header signature names: `commitmentIndex` with the
    ///         attempt in bits 64-95 (attempt 0: the same key attestations name).
    function headerCommitmentIndex(uint256 generation, uint256 batchIndex, uint32 attempt)
        external
        pure
        returns (uint256);
    function headerHash(BatchHeader.Header calldata header) external view returns (bytes32);
    function leader(uint256 rollupId) external view returns (address operator, uint256 turn, uint256 turnEndsAt);
    function isFinal(uint256 rollupId, uint256 batchIndex) external view returns (bool);
    /// @notice The operators that attested to a batch so far.
    function attesters(uint256 rollupId, uint256 batchIndex) external view returns (address[] memory);
    function rollupCount() external view returns (uint256);
    function rollup(uint256 rollupId) external view returns (Rollup memory);
    function batch(uint256 rollupId, uint256 batchIndex) external view returns (Batch memory);
    function depositAt(uint256 rollupId, uint256 index) external view returns (Deposit memory);
    function depositCount(uint256 rollupId) external view returns (uint256);
    function sequencers(uint256 rollupId) external view returns (Duty[] memory);
    function verifiers(uint256 rollupId) external view returns (Duty[] memory);
    function isWithdrawalClaimed(uint256 rollupId, address sender, uint64 nonce) external view returns (bool);
    /// @notice Escape hatch: once a deposit has been overdue for `haltDelay()` (the sequencers
    ///         stopped serving forced inclusion), anyone may halt the rollup: it expires now, takes
    ///         no more batches or deposits, and settles after the challenge window like an
    ///         ephemeral rollup; then every L2 balance in its final root is claimable on L1.
    function halt(uint256 rollupId) external;
    /// @notice SQUAD: starts a new turn sequence (seed from this block's `prevrandao`, stake
    ///         snapshot `SEED_LAG` ago) when no sequencer had stake at the current one's snapshot,
    ///         for example after creation, once sequencers have opted in `SEED_LAG` earlier.
    function reseed(uint256 rollupId) external;
    /// @notice SQUAD: how long before a turn sequence starts (and draws its seed) its stake
    ///         snapshot is taken.
    function SEED_LAG() external view returns (uint256);
    /// @notice Longest turn (`slotLength`) any rollup may have, governance included.
    function MAX_SLOT_LENGTH() external view returns (uint64);
    /// @notice How long a share of stake freed from backing a rollup's fast withdrawals waits
    ///         before it can back another (longer than any challenge window can be).
    function BACKING_COOLDOWN() external view returns (uint64);
    /// @notice SQUAD: turns without a post after which anyone may `reseed`.
    function RESEED_AFTER_TURNS() external view returns (uint256);
    /// @notice Pays `account`'s L2 balance in a settled rollup's final root to `account` (anyone
    ///         may submit; once per account).
    function claimBalance(
        uint256 rollupId,
        address account,
        uint256 balance,
        uint64 nonce,
        uint256 bitmap,
        bytes32[] calldata siblings
    ) external;
    /// @notice How long a deposit may stay overdue before anyone may halt its rollup.
    function haltDelay() external view returns (uint64);
    /// @notice The rollup's fast-finality state and fast-withdrawal value at risk (see `FastRisk`).
    function fastRisk(uint256 rollupId) external view returns (FastRisk memory);
    /// @notice How much more may be claimed now against fast-final roots still in their challenge
    ///         window (withdrawals against final roots are not limited).
    function fastWithdrawalCapacity(uint256 rollupId) external view returns (uint256);
    function bounds() external view returns (Bounds memory);
    function parameters() external view returns (uint64 serviceEpoch, uint64 inclusionDelay, uint32 maxBatchTxs);
    function extension() external view returns (address);
    function owner() external view returns (address);
}
