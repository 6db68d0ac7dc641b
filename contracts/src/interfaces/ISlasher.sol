// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// `ISlasher.BatchCommitment.role` of a sequencer's posted header.
uint8 constant ROLE_HEADER = 0;
// `ISlasher.BatchCommitment.role` of a verifier's attestation.
uint8 constant ROLE_ATTESTATION = 1;

/// @title ISlasher
/// @notice Turns objective evidence (and, with a veto window, governance decisions) into slashes.
interface ISlasher {
    /// @notice What an operator's signing key signs for a batch (EIP-712, domain "ALT Slasher" v1).
    struct BatchCommitment {
        uint256 rollupId;
        uint256 batchIndex;
        bytes32 root;
        uint64 signedAt;
        /// What the signature is: `ROLE_HEADER` (a sequencer's posted header) or
        /// `ROLE_ATTESTATION` (a verifier's attestation), so one can never pass for the other.
        /// Two commitments to different roots for one batch are equivocation whatever their roles.
        uint8 role;
    }

    /// @notice Kinds of evidence behind a slash.
    enum SlashKind {
        Equivocation,
        FraudProof,
        Governance
    }

    /// @notice A governance slashing request waiting out its veto window.
    struct SlashRequest {
        address operator;
        uint16 bips;
        uint64 executableAt;
        uint64 expiresAt;
        bool executed;
        bool vetoed;
    }

    /// @notice The largest objective penalty charged so far in an operator's current slashing
    ///         period, which began with the slash at `slashedAt` (see `slashingPeriod`).
    struct SlashingPeriod {
        uint64 slashedAt;
        uint16 bips;
    }

    /// @notice `operator` was slashed `amount` for `kind` of evidence about (`rollupId`, `batchIndex`).
    ///         `amount` is zero when the offence falls in a slashing period already punished at least
    ///         as hard (see `OffenceAbsorbed`).
    event OperatorSlashed(
        address indexed operator,
        SlashKind indexed kind,
        uint256 indexed rollupId,
        uint256 batchIndex,
        uint256 amount,
        address reporter,
        uint256 reporterReward,
        uint256 treasuryAmount
    );
    /// @notice Evidence of an offence committed at `offenceTime`, before `operator`'s slash at
    ///         `periodSlashedAt`, was accepted: it raised the period's penalty from `periodBips` to
    ///         `newBips`, and the stake was charged only the difference (`chargedBips` of what was left).
    event OffenceAbsorbed(
        address indexed operator,
        SlashKind indexed kind,
        uint256 indexed rollupId,
        uint256 batchIndex,
        uint64 offenceTime,
        uint64 periodSlashedAt,
        uint16 periodBips,
        uint16 newBips,
        uint16 chargedBips
    );
    /// @notice Governance asked to slash `operator` by `bips`; executable after `executableAt` unless vetoed.
    event SlashRequested(
        uint256 indexed requestId,
        address indexed operator,
        uint16 bips,
        uint64 executableAt,
        uint64 expiresAt,
        string reason
    );
    /// @notice The vetoer cancelled request `requestId`.
    event SlashVetoed(uint256 indexed requestId);
    /// @notice Request `requestId` was carried out.
    event SlashExecuted(uint256 indexed requestId, uint256 amount);
    /// @notice A governance parameter changed.
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    /// @notice A privileged address changed.
    event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);

    /// @notice The two commitments are not for the same (rollup, batch) or carry the same root.
    error SlasherNotConflicting();
    /// @notice A signature does not recover to a registered operator's signing key, or the two differ.
    error SlasherInvalidSignature();
    /// @notice Evidence older than the unbonding period.
    error SlasherEvidenceExpired(uint256 offenceTime, uint256 oldestAccepted);
    /// @notice (operator, rollup, batch) was already slashed for this kind of offence.
    error SlasherAlreadySlashed(address operator, uint256 rollupId, uint256 batchIndex);
    /// @notice The offence falls in a slashing period already punished at least as hard: it adds nothing.
    error SlasherOffenceAlreadyPunished(address operator, uint64 periodSlashedAt, uint16 periodBips);
    /// @notice Evidence names a rollup that does not exist.
    error SlasherUnknownRollup(uint256 rollupId);
    /// @notice Caller lacks the role.
    error SlasherUnauthorized();
    /// @notice A parameter is outside its bounds.
    error SlasherInvalidParameter(bytes32 name, uint256 value);
    /// @notice The request does not exist, was vetoed, executed, is still in its veto window or expired.
    error SlasherRequestNotExecutable(uint256 requestId);

    /// @notice Slashes the operator whose key signed two different roots for one (rollup, batch) of
    ///         an existing rollup. The offence time is the later `signedAt` (never after now).
    function slashEquivocation(
        BatchCommitment calldata a,
        bytes calldata sigA,
        BatchCommitment calldata b,
        bytes calldata sigB
    ) external returns (uint256 amount);

    /// @notice Fraud-proof slashing, called by the authorised rollup contract; `postedAt` (the
    ///         offence time) is when the invalid batch was posted on chain.
    function slashForFraud(address operator, uint256 rollupId, uint256 batchIndex, uint64 postedAt, address challenger)
        external
        returns (uint256 amount);

    /// @notice Governance asks to slash `operator` by `bips` (subject to the veto window).
    function requestSlash(address operator, uint16 bips, string calldata reason) external returns (uint256 requestId);
    /// @notice The vetoer cancels a pending governance slash.
    function vetoSlash(uint256 requestId) external;
    /// @notice Anyone carries out a governance slash after its veto window.
    function executeSlash(uint256 requestId) external returns (uint256 amount);

    /// @notice The longest a governance slash takes from its proposal becoming public to being
    ///         executable: the governor's voting delay, voting period and late-quorum extension,
    ///         the timelock delay and the veto window. Always below the unbonding period (every
    ///         setter involved checks it), so stake queued when a slash proposal appears is still
    ///         in the unbonding pool when the slash executes.
    function slashLatency() external view returns (uint256);
    /// @notice How long a governance slash request waits for a veto, in seconds.
    function vetoWindow() external view returns (uint64);

    /// @notice Share of an operator's stake (active and unbonding) a proven fraud takes, in bips.
    function fraudBips() external view returns (uint16);
    /// @notice EIP-712 digest an operator key signs for `c`.
    function commitmentDigest(BatchCommitment calldata c) external view returns (bytes32);
    /// @notice Whether (operator, rollup, batch) was slashed already for `kind` of offence.
    function isSlashed(address operator, SlashKind kind, uint256 rollupId, uint256 batchIndex)
        external
        view
        returns (bool);
    /// @notice `operator`'s current slashing period: when it began and the largest objective
    ///         penalty charged in it (zero bips: never objectively slashed).
    function slashingPeriod(address operator) external view returns (SlashingPeriod memory);
}
