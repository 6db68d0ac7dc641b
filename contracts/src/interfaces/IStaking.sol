// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IStaking
/// @notice Operators and delegators stake ALT into per-operator share pools (exchange-rate model).
///         A slash lowers a pool's tokens in O(1); queued (unbonding) stake sits in a second
///         per-operator pool that is slashed alongside the active one until it is withdrawn.
interface IStaking {
    /// @notice An operator's registration and commission schedule.
    struct Operator {
        address signingKey;
        uint16 commissionBips;
        uint16 pendingCommissionBips;
        uint64 commissionEffectiveAt;
        bool registered;
        uint64 jailedUntil;
        uint32 id;
        uint152 selfShares;
    }

    /// @notice One queued unstake of a staker.
    struct UnstakeRequest {
        address operator;
        uint64 completableAt;
        uint32 era;
        uint256 unbondingShares;
    }

    // ---------------------------------------------------------------- events

    /// @notice `operator` registered with `signingKey` and an initial commission.
    event OperatorRegistered(address indexed operator, address indexed signingKey, uint16 commissionBips);
    /// @notice `operator` bound `newKey`, which replaces `oldKey` from `effectiveAt`; `oldKey`'s
    ///         signatures stay slashable for one unbonding period after that.
    event SigningKeyRotationScheduled(
        address indexed operator, address indexed oldKey, address indexed newKey, uint64 effectiveAt
    );
    /// @notice `operator` left for good: jailed forever, still slashable for what it did.
    event OperatorDeregistered(address indexed operator);
    /// @notice `staker`'s worthless `shares` of `operator`'s pool were burned (`shares` may be 0)
    ///         and, if `freed`, the operator left the staker's list; carries the pool after.
    event PositionReleased(
        address indexed staker,
        address indexed operator,
        uint256 shares,
        bool freed,
        uint256 poolTokens,
        uint256 poolShares
    );
    /// @notice `operator` scheduled a commission change that applies from `effectiveAt`.
    event CommissionChangeScheduled(address indexed operator, uint16 commissionBips, uint64 effectiveAt);
    /// @notice `staker` staked `amount` to `operator` and received `shares`; carries the pool after the change.
    event Staked(
        address indexed staker,
        address indexed operator,
        uint256 amount,
        uint256 shares,
        uint256 stakerShares,
        uint256 poolTokens,
        uint256 poolShares
    );
    /// @notice `staker` burned `shares` of `operator`'s pool for `amount`, queued as request `requestId`.
    event UnstakeRequested(
        address indexed staker,
        address indexed operator,
        uint256 indexed requestId,
        uint256 shares,
        uint256 amount,
        uint256 unbondingShares,
        uint64 completableAt,
        uint256 stakerShares,
        uint256 poolTokens,
        uint256 poolShares
    );
    /// @notice `staker` withdrew request `requestId` (from `operator`) for `amount` tokens.
    event Withdrawn(address indexed staker, address indexed operator, uint256 indexed requestId, uint256 amount);
    /// @notice `operator`'s pools lost `activeSlashed` + `unbondingSlashed` tokens (`bips` of each,
    ///         rounded up); the active pool's exchange rate is now `rate` (scaled by 1e27).
    event Slashed(
        address indexed operator,
        uint256 bips,
        uint256 activeSlashed,
        uint256 unbondingSlashed,
        uint256 poolTokens,
        uint256 unbondingTokens,
        uint256 rate
    );
    /// @notice `operator` was jailed until `until`.
    event Jailed(address indexed operator, uint64 until);
    /// @notice `operator` left jail.
    event Unjailed(address indexed operator);
    /// @notice A governance parameter changed.
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    /// @notice A privileged address (slasher, fee distributor) changed.
    event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);

    // ---------------------------------------------------------------- errors

    /// @notice Amount or shares of zero.
    error StakingZeroAmount();
    /// @notice Caller is already a registered operator.
    error StakingAlreadyRegistered();
    /// @notice Target is not a registered operator.
    error StakingNotOperator();
    /// @notice The signing key is zero or used by another operator.
    error StakingInvalidSigningKey();
    /// @notice Commission above the governance-set maximum.
    error StakingCommissionTooHigh(uint256 bips, uint256 max);
    /// @notice Operator self-stake below the minimum.
    error StakingSelfStakeTooLow(uint256 value, uint256 min);
    /// @notice Operator is jailed.
    error StakingOperatorJailed(uint64 until);
    /// @notice Operator is not in jail or its jail time has not passed.
    error StakingNotJailable();
    /// @notice Operator is not active (self-stake below minimum).
    error StakingOperatorInactive();
    /// @notice Not enough shares.
    error StakingInsufficientShares(uint256 have, uint256 want);
    /// @notice The staker already has the maximum number of queued unstakes.
    error StakingTooManyRequests();
    /// @notice The staker already staked to the maximum number of operators.
    error StakingTooManyOperators();
    /// @notice Nothing is withdrawable yet.
    error StakingNothingToWithdraw();
    /// @notice The pool was slashed to a zero exchange rate and cannot take new stake.
    error StakingPoolDepleted();
    /// @notice Caller lacks the role.
    error StakingUnauthorized();
    /// @notice The stake would take the pool past the most shares reward accounting can hold
    ///         (only after slashes deep enough to shrink the exchange rate by ~1e6 or more).
    error StakingPoolSharesOverflow(uint256 shares, uint256 max);
    /// @notice The key's signature does not prove that the operator may bind it.
    error StakingInvalidKeyProof();
    /// @notice The operator has deregistered.
    error StakingOperatorDeregistered();
    /// @notice The position is worth `value`: unstake it instead.
    error StakingPositionNotWorthless(uint256 value);
    /// @notice The staker holds no shares of the operator and has no slot to free.
    error StakingNoPosition();
    /// @notice A parameter is outside its bounds.
    error StakingInvalidParameter(bytes32 name, uint256 value);
    /// @notice A past timepoint was asked for that is not yet in the past.
    error StakingFutureLookup(uint256 timepoint, uint48 clock);

    // ---------------------------------------------------------------- operators

    /// @notice Registers the caller as an operator with `selfStake` ALT of its own and signing key
    ///         `signingKey`; `keyProof` is the key's signature over `keyOwnershipDigest(caller)`.
    function registerOperator(address signingKey, uint16 commissionBips, uint256 selfStake, bytes calldata keyProof)
        external;
    /// @notice Binds `newKey` (with its `keyProof`, as at registration) to replace the caller's
    ///         signing key after the rotation delay; a rotation still waiting is replaced (its key
    ///         never becomes current).
    function rotateSigningKey(address newKey, bytes calldata keyProof) external;
    /// @notice Leaves for good: jailed forever, no new stake, still slashable; delegators unstake.
    function deregisterOperator() external;
    /// @notice Schedules a commission change; it applies after the commission delay.
    function scheduleCommission(uint16 commissionBips) external;
    /// @notice Leaves jail once the jail time has passed and self-stake is above minimum.
    function unjail() external;

    // ---------------------------------------------------------------- stakers

    /// @notice Stakes `amount` ALT to `operator`; returns the shares minted.
    function stake(address operator, uint256 amount) external returns (uint256 shares);
    /// @notice Like `stake`, approving through an EIP-2612 permit first.
    function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (uint256 shares);
    /// @notice Burns `shares` of `operator`'s pool and queues their tokens for withdrawal.
    function requestUnstake(address operator, uint256 shares) external returns (uint256 requestId, uint256 amount);
    /// @notice Burns `staker`'s shares of `operator`'s pool if they are worthless (anyone may, once
    ///         the pool's rate is zero; the staker may for a position worth nothing now) and, when the
    ///         staker calls, frees its operator slot. Freeing the slot also drops that operator
    ///         from the staker's staked votes at past snapshots: do it once the proposals it votes
    ///         on have closed.
    function releasePosition(address staker, address operator) external;
    /// @notice Withdraws up to `maxRequests` matured requests of the caller in queue order.
    function withdraw(uint256 maxRequests) external returns (uint256 amount);

    // ---------------------------------------------------------------- slasher

    /// @notice Slashes `bips` of `operator`'s active and unbonding pools (rounded up); pays
    ///         `rewardBips` of what the operator's own active stake lost (never of its delegators'
    ///         loss) to `rewardRecipient` (none if zero) and the rest to `remainderRecipient`.
    function slash(
        address operator,
        uint256 bips,
        address rewardRecipient,
        uint256 rewardBips,
        address remainderRecipient
    ) external returns (uint256 amount, uint256 reward);
    /// @notice Jails `operator` until `until` (only extends).
    function jail(address operator, uint64 until) external;

    // ---------------------------------------------------------------- governor

    /// @notice The governor announces a proposal's vote snapshot `timepoint` (when it is made), so
    ///         the share values that snapshot reads are kept. Only the vote recorder may call.
    function recordVoteSnapshot(uint48 timepoint) external;

    // ---------------------------------------------------------------- views

    /// @notice The operator registered as number `id` (1-based, in registration order).
    function operatorById(uint32 id) external view returns (address);
    /// @notice Operator record.
    function operatorInfo(address operator) external view returns (Operator memory);
    /// @notice The operator `key` is bound to, whether the key is current, pending or retired
    ///         (zero if none): who answers for what the key signed.
    function operatorOfSigningKey(address key) external view returns (address);
    /// @notice The operator whose current signing key is `key` (zero if none, or if retired or pending).
    function operatorOfActiveKey(address key) external view returns (address);
    /// @notice The key `operator` signs with now.
    function signingKeyOf(address operator) external view returns (address);
    /// @notice When `key` stops (or stopped) being its operator's current key: set when a rotation
    ///         is scheduled, so it may lie ahead (zero while no rotation replaces it).
    function keyRetiredAt(address key) external view returns (uint64);
    /// @notice The rotation of `operator`'s key waiting to apply (zero if none).
    function pendingKeyRotation(address operator) external view returns (address key, uint64 effectiveAt);
    /// @notice The EIP-712 digest a signing key signs to be bound to `operator`.
    function keyOwnershipDigest(address operator) external view returns (bytes32);
    /// @notice Whether `operator` has deregistered.
    function isDeregistered(address operator) external view returns (bool);
    /// @notice The commission in force now.
    function commissionOf(address operator) external view returns (uint16);
    /// @notice Whether `operator` is registered, not jailed and at or above minimum self-stake.
    function isActive(address operator) external view returns (bool);
    /// @notice Whether `operator` is jailed now.
    function isJailed(address operator) external view returns (bool);
    /// @notice Tokens per share of `operator`'s active pool, scaled by 1e27 (0 before its first stake).
    function exchangeRate(address operator) external view returns (uint256);
    /// @notice What all shares of `operator`'s active pool are worth (the pool's tokens less dust).
    function poolValue(address operator) external view returns (uint256);
    /// @notice Active pool tokens and shares of `operator`.
    function pool(address operator) external view returns (uint256 tokens, uint256 shares);
    /// @notice Unbonding pool tokens and shares of `operator`.
    function unbondingPool(address operator) external view returns (uint256 tokens, uint256 shares);
    /// @notice `staker`'s shares in `operator`'s pool.
    function sharesOf(address staker, address operator) external view returns (uint256);
    /// @notice Tokens `staker`'s shares in `operator`'s pool are worth now (rounded down).
    function stakeOf(address staker, address operator) external view returns (uint256);
    /// @notice The slasher (the only caller of `slash` and `jail`).
    function slasher() external view returns (address);
    /// @notice Total tokens held for stakers (active + unbonding, all operators).
    function totalStaked() external view returns (uint256);
    /// @notice Unbonding period in seconds.
    function unbondingPeriod() external view returns (uint64);
    /// @notice Staked voting power of `account` now.
    function getStakedVotes(address account) external view returns (uint256);
    /// @notice Staked voting power of `account` now, counting only positions that did not change
    ///         in this second (each is worth at most what it was a second ago): what no flash loan
    ///         can inflate, for the proposal threshold.
    function getSettledStakedVotes(address account) external view returns (uint256);
    /// @notice Staked voting power of `account` at a past `timepoint` (slashing-aware): exact at
    ///         every snapshot the governor announced, and from each position's latest change on;
    ///         between snapshots a position's overwritten value reads as the value before it
    ///         (larger or smaller than the truth): read it only at announced snapshots.
    function getPastStakedVotes(address account, uint256 timepoint) external view returns (uint256);
    /// @notice Tokens in `operator`'s active pool (own and delegated stake) at past `timepoint`.
    function stakeAt(address operator, uint256 timepoint) external view returns (uint256);
    /// @notice The active-pool stake of each of `operators` at past `timepoint`, counting zero for
    ///         an operator that is jailed now or has no self-stake left, and their sum: the stake that backs rollup duties
    ///         (leader selection, attestation quorums) at a fixed reference time.
    function dutyStakesAt(address[] calldata operators, uint256 timepoint)
        external
        view
        returns (uint256[] memory stakes, uint256 total);
    /// @notice The staker's pending unstake requests, from the head of its queue.
    function pendingRequests(address staker) external view returns (uint256 firstId, UnstakeRequest[] memory);
    /// @notice Tokens request `requestId` of `staker` is worth now.
    function requestValue(address staker, uint256 requestId) external view returns (uint256);
    /// @notice Operators `staker` has ever staked to (bounded).
    function operatorsOf(address staker) external view returns (address[] memory);
}
