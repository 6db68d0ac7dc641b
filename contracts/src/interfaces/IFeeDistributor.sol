// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IFeeDistributor
/// @notice Fees paid in ALT, split between the treasury and operators by stake-weighted work per
///         epoch; each operator's share is split into its commission and a per-share accumulator
///         (scale 1e36) for its stakers. Claims are O(1).
interface IFeeDistributor {
    /// @notice Where a fee came from.
    enum FeeSource {
        Transaction,
        Storage,
        Service
    }

    /// @notice An operator pool's reward-eligible shares. Shares staked in an epoch only earn from
    ///         the next one, so staking just before a distribution captures nothing.
    struct RewardPool {
        uint112 eligible;
        uint112 pending;
        uint32 pendingEpoch;
    }

    /// @notice `payer` paid `amount` ALT of `source` fees for `sourceId`; `toTreasury` of it went to the treasury.
    event FeesDeposited(
        uint32 indexed epoch,
        FeeSource indexed source,
        bytes32 indexed sourceId,
        address payer,
        uint256 amount,
        uint256 toTreasury
    );
    /// @notice Of fees `sourceId` paid in `epoch`, `amount` is `operator`'s for the work it did
    ///         there (`net` after the treasury share): its pool is credited when the epoch closes.
    event FeesAttributed(
        uint32 indexed epoch, bytes32 indexed sourceId, address indexed operator, uint256 amount, uint256 net
    );
    /// @notice The work reporter credited `work` units to `operator` in `epoch`.
    event WorkRecorded(uint32 indexed epoch, address indexed operator, uint256 work, uint256 totalWork);
    /// @notice `epoch` closed: `distributed` of `fees` went to operators; `carried` rolls into the next
    ///         epoch; the rest (attributed fees of operators that could not take them) went to the treasury.
    event EpochClosed(uint32 indexed epoch, uint256 fees, uint256 distributed, uint256 carried, uint64 nextEpochStart);
    /// @notice `operator` earned `amount` in `epoch`: `commission` for itself, the rest to its stakers.
    event OperatorRewarded(
        uint32 indexed epoch,
        address indexed operator,
        uint256 amount,
        uint256 commission,
        uint256 delegatorRewards,
        uint256 accRewardPerShare,
        uint256 eligibleShares
    );
    /// @notice `staker` claimed `amount` of rewards from `operator`'s pool.
    event RewardsClaimed(address indexed operator, address indexed staker, address to, uint256 amount);
    /// @notice `operator` claimed `amount` of commission.
    event CommissionClaimed(address indexed operator, address to, uint256 amount);
    /// @notice A governance parameter changed.
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    /// @notice A privileged address changed.
    event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);
    /// @notice `reporter` was allowed (or no longer allowed) to record work.
    event WorkReporterSet(address indexed reporter, bool allowed);

    /// @notice Zero amount.
    error FeesZeroAmount();
    /// @notice Caller lacks the role.
    error FeesUnauthorized();
    /// @notice The epoch has not lasted its length yet.
    error FeesEpochNotOver(uint64 endsAt);
    /// @notice Mismatched array lengths.
    error FeesLengthMismatch();
    /// @notice The epoch already has the maximum number of working operators.
    error FeesTooManyOperators();
    /// @notice A parameter is outside its bounds.
    error FeesInvalidParameter(bytes32 name, uint256 value);
    /// @notice Nothing to claim.
    error FeesNothingToClaim();

    /// @notice Pays `amount` ALT of fees (pulled from the caller).
    function depositFees(FeeSource source, bytes32 sourceId, uint256 amount) external;
    /// @notice Credits work in the current epoch (authorised reporters only).
    function recordWork(address[] calldata operators, uint256[] calldata work) external;
    /// @notice A work reporter pays fees of `source` for `sourceId` that belong to the operators
    ///         that did its work, `amounts[i]` to `operators[i]` (after the treasury share): each
    ///         operator's pool is credited with them when the epoch closes, unless it is jailed or
    ///         has no eligible stake then (its share rolls into the next epoch's shared fees).
    ///         Attributed fees never mix with the fees shared by work, so work nobody paid for
    ///         earns nothing from anybody else's fees.
    function depositAttributedFees(
        FeeSource source,
        bytes32 sourceId,
        address[] calldata operators,
        uint256[] calldata amounts
    ) external;
    /// @notice Closes the current epoch once it has lasted its length and distributes its fees.
    function closeEpoch() external;
    /// @notice Claims the caller's rewards from `operator`'s pool, sent to `to`.
    function claim(address operator, address to) external returns (uint256 amount);
    /// @notice Claims the caller's operator commission, sent to `to`.
    function claimCommission(address to) external returns (uint256 amount);

    /// @notice Rewards `staker` can claim from `operator`'s pool now.
    function claimable(address operator, address staker) external view returns (uint256);
    /// @notice Commission `operator` can claim now.
    function commissionClaimable(address operator) external view returns (uint256);
}
