// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../interfaces/IFeeDistributor.sol";
import {IStakeHook} from "../interfaces/IStakeHook.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title FeeDistributor
/// @notice Collects ALT fees, takes the treasury share, and at each epoch close credits operators
///         by stake-weighted work: weight = work * (reward-eligible stake of the operator's pool).
///         Each operator keeps its commission; the rest raises its pool's reward-per-share
///         accumulator (scale 1e36). Stakers settle lazily on every share change and claim in O(1).
/// @dev Rounding: every division rounds down, so the sum of claims never exceeds what was paid
///      in; undistributed remainders roll into the next epoch, accumulator dust stays here.
contract FeeDistributor is IFeeDistributor, IStakeHook, Ownable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Basis-point denominator.
    uint256 public constant BIPS = 10_000;
    /// @notice Accumulator scale.
    uint256 public constant ACC_SCALE = 1e36;
    /// @notice Scale of the staking exchange rate.
    uint256 private constant RATE_SCALE = 1e27;
    /// @notice Operators that can be credited work in one epoch (bounds `closeEpoch`).
    uint256 public constant MAX_OPERATORS_PER_EPOCH = 64;
    /// @notice Most work one operator can be credited in one epoch.
    uint256 public constant MAX_WORK = type(uint64).max;

    /// @notice A staker's reward shares in one pool. `epoch` is the epoch of its last share change;
    ///         `pending` shares (if any) were added in that epoch and earn from the next one.
    struct Position {
        uint112 eligible;
        uint112 pending;
        uint32 epoch;
    }

    /// @notice ALT.
    IERC20 public immutable token;
    /// @notice Staking (the only caller of the share hooks).
    IStaking public immutable staking;

    uint32 private _epoch;
    uint64 private _epochStartedAt;
    uint64 private _epochLength = 1 days;
    /// The length the next epoch will have (a change never moves the current epoch's end).
    uint64 private _nextEpochLength = 1 days;
    uint16 private _treasuryBips = 1000;
    address private _treasury;

    uint256 private _totalPaidIn;
    uint256 private _totalToTreasury;
    uint256 private _totalClaimed;

    mapping(address reporter => bool) private _workReporters;
    mapping(uint32 epoch => uint256) private _epochFees;
    mapping(uint32 epoch => address[]) private _epochOperators;
    mapping(uint32 epoch => mapping(address operator => uint256)) private _work;
    /// Fees attributed to an operator in an epoch (net of the treasury share), and their total.
    mapping(uint32 epoch => mapping(address operator => uint256)) private _attributed;
    mapping(uint32 epoch => uint256) private _epochAttributed;

    mapping(address operator => uint256) private _commission;
    mapping(address operator => uint256) private _acc;
    mapping(address operator => mapping(uint32 epoch => uint256)) private _accAt;
    mapping(address operator => RewardPool) private _rewardPools;
    mapping(address operator => mapping(address staker => Position)) private _positions;
    mapping(address operator => mapping(address staker => uint256)) private _accSnapshot;
    mapping(address operator => mapping(address staker => uint256)) private _rewards;

    /// @param token_ ALT.
    /// @param staking_ staking contract.
    /// @param owner_ governance timelock (or the deployer until hand-over).
    /// @param treasury_ receives the treasury share.
    constructor(IERC20 token_, IStaking staking_, address owner_, address treasury_) Ownable(owner_) {
        require(treasury_ != address(0), FeesInvalidParameter("treasury", 0));
        token = token_;
        staking = staking_;
        _treasury = treasury_;
        _epochStartedAt = uint64(block.timestamp);
    }

    // ================================================================ fees and work

    /// @inheritdoc IFeeDistributor
    function depositFees(FeeSource source, bytes32 sourceId, uint256 amount) external nonReentrant {
        require(amount > 0, FeesZeroAmount());
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 toTreasury = amount * _treasuryBips / BIPS;
        uint32 epoch = _epoch;
        _epochFees[epoch] += amount - toTreasury;
        _totalPaidIn += amount;
        _totalToTreasury += toTreasury;
        if (toTreasury > 0) token.safeTransfer(_treasury, toTreasury);
        emit FeesDeposited(epoch, source, sourceId, msg.sender, amount, toTreasury);
    }

    /// @inheritdoc IFeeDistributor
    function recordWork(address[] calldata operators, uint256[] calldata work) external {
        require(_workReporters[msg.sender], FeesUnauthorized());
        require(operators.length == work.length, FeesLengthMismatch());
        uint32 epoch = _epoch;
        for (uint256 i; i < operators.length; ++i) {
            uint256 before = _work[epoch][operators[i]];
            // Bounded so that work * stake (and their sum over 64 operators) can never overflow
            // in `closeEpoch`: one absurd report must not freeze every later epoch.
            require(work[i] <= MAX_WORK - before, FeesInvalidParameter("work", work[i]));
            if (work[i] > 0) _list(epoch, operators[i]);
            _work[epoch][operators[i]] = before + work[i];
            emit WorkRecorded(epoch, operators[i], work[i], before + work[i]);
        }
    }

    /// @inheritdoc IFeeDistributor
    function depositAttributedFees(
        FeeSource source,
        bytes32 sourceId,
        address[] calldata operators,
        uint256[] calldata amounts
    ) external nonReentrant {
        require(_workReporters[msg.sender], FeesUnauthorized());
        require(operators.length == amounts.length, FeesLengthMismatch());
        uint32 epoch = _epoch;
        uint256 total;
        uint256 toTreasury;
        uint256 net;
        for (uint256 i; i < operators.length; ++i) {
            uint256 amount = amounts[i];
            if (amount == 0) continue;
            address op = operators[i];
            uint256 cut = amount * _treasuryBips / BIPS;
            total += amount;
            toTreasury += cut;
            if (amount == cut) continue; // all to the treasury: nothing to credit
            _list(epoch, op);
            _attributed[epoch][op] += amount - cut;
            net += amount - cut;
            emit FeesAttributed(epoch, sourceId, op, amount, amount - cut);
        }
        require(total > 0, FeesZeroAmount());
        token.safeTransferFrom(msg.sender, address(this), total);
        _epochAttributed[epoch] += net;
        _totalPaidIn += total;
        _totalToTreasury += toTreasury;
        if (toTreasury > 0) token.safeTransfer(_treasury, toTreasury);
        emit FeesDeposited(epoch, source, sourceId, msg.sender, total, toTreasury);
    }

    /// @dev Lists `op` among the epoch's operators (once; at most MAX_OPERATORS_PER_EPOCH).
    function _list(uint32 epoch, address op) private {
        if (_work[epoch][op] != 0 || _attributed[epoch][op] != 0) return;
        require(_epochOperators[epoch].length < MAX_OPERATORS_PER_EPOCH, FeesTooManyOperators());
        _epochOperators[epoch].push(op);
    }

    /// @inheritdoc IFeeDistributor
    function closeEpoch() external nonReentrant {
        uint32 epoch = _epoch;
        uint64 endsAt = _epochStartedAt + _epochLength;
        require(block.timestamp >= endsAt, FeesEpochNotOver(endsAt));

        uint256 shared = _epochFees[epoch];
        address[] storage ops = _epochOperators[epoch];
        uint256[] memory weights = new uint256[](ops.length);
        bool[] memory eligible = new bool[](ops.length);
        uint256 totalWeight;
        for (uint256 i; i < ops.length; ++i) {
            address op = ops[i];
            if (staking.isJailed(op)) continue;
            RewardPool memory rp = _rollPool(op, epoch);
            if (rp.eligible == 0) continue;
            eligible[i] = true;
            // Only stake that was in the pool for the whole epoch counts, at today's (slashed) rate.
            uint256 eligibleStake = Math.mulDiv(rp.eligible, staking.exchangeRate(op), RATE_SCALE);
            weights[i] = _work[epoch][op] * eligibleStake;
            totalWeight += weights[i];
        }

        // Shared fees by stake-weighted work; attributed fees to whom they were attributed. An
        // operator that cannot take its attributed fees (jailed, or no stake eligible for the
        // whole epoch) forfeits them to the treasury: they were paid for its work, and nothing
        // else may earn them (shared by work, they would reward work nobody paid for).
        uint256 distributed;
        uint256 forfeited;
        for (uint256 i; i < ops.length; ++i) {
            uint256 amount = _attributed[epoch][ops[i]];
            if (!eligible[i]) {
                forfeited += amount;
                continue;
            }
            if (totalWeight > 0) amount += Math.mulDiv(shared, weights[i], totalWeight);
            distributed += _creditOperator(epoch, ops[i], amount);
        }
        uint256 fees = shared + _epochAttributed[epoch];
        uint256 carried = fees - distributed - forfeited;
        _epochFees[epoch + 1] += carried;
        if (forfeited > 0) {
            _totalToTreasury += forfeited;
            token.safeTransfer(_treasury, forfeited);
        }
        _epoch = epoch + 1;
        _epochStartedAt = uint64(block.timestamp);
        _epochLength = _nextEpochLength;
        emit EpochClosed(epoch, fees, distributed, carried, uint64(block.timestamp));
    }

    // ================================================================ claims

    /// @inheritdoc IFeeDistributor
    function claim(address operator, address to) external nonReentrant returns (uint256 amount) {
        // As `_accrue`, but what was just earned is paid at once instead of being credited first:
        // a claimer whose balance was zero writes nothing to it.
        (Position memory p, uint256 owed, bool promoted) =
            _pendingRewards(operator, msg.sender, _positions[operator][msg.sender]);
        if (promoted) {
            p.epoch = _epoch;
            _positions[operator][msg.sender] = p;
        }
        uint256 acc = _acc[operator];
        if (_accSnapshot[operator][msg.sender] != acc) _accSnapshot[operator][msg.sender] = acc;
        uint256 credited = _rewards[operator][msg.sender];
        amount = credited + owed / ACC_SCALE; // rounds down, as every accrual
        require(amount > 0, FeesNothingToClaim());
        if (credited != 0) _rewards[operator][msg.sender] = 0;
        _totalClaimed += amount;
        token.safeTransfer(to, amount);
        emit RewardsClaimed(operator, msg.sender, to, amount);
    }

    /// @inheritdoc IFeeDistributor
    function claimCommission(address to) external nonReentrant returns (uint256 amount) {
        amount = _commission[msg.sender];
        require(amount > 0, FeesNothingToClaim());
        _commission[msg.sender] = 0;
        _totalClaimed += amount;
        token.safeTransfer(to, amount);
        emit CommissionClaimed(msg.sender, to, amount);
    }

    // ================================================================ stake hook

    /// @inheritdoc IStakeHook
    function onSharesAdded(address operator, address staker, uint256 shares) external {
        require(msg.sender == address(staking), FeesUnauthorized());
        uint32 epoch = _epoch;
        RewardPool memory rp = _rollPool(operator, epoch);
        Position memory p = _settle(operator, staker, epoch);
        // Staking caps a pool at 2^112 - 1 shares; checked here too, never truncated.
        uint112 added = SafeCast.toUint112(shares);
        p.pending += added;
        p.epoch = epoch;
        _positions[operator][staker] = p;
        rp.pending += added;
        rp.pendingEpoch = epoch;
        _rewardPools[operator] = rp;
    }

    /// @inheritdoc IStakeHook
    function onSharesRemoved(address operator, address staker, uint256 shares) external {
        require(msg.sender == address(staking), FeesUnauthorized());
        uint32 epoch = _epoch;
        RewardPool memory rp = _rollPool(operator, epoch);
        Position memory p = _settle(operator, staker, epoch);
        p.epoch = epoch;
        // Remove not-yet-eligible shares first (they are this epoch's, also pending in the pool).
        // Never more than the position holds: a distributor installed after a stake was made
        // never saw it, and an unstake must still go through (it simply earned nothing here).
        uint112 fromPending = uint112(Math.min(shares, p.pending));
        uint112 fromEligible = uint112(Math.min(shares - fromPending, p.eligible));
        p.pending -= fromPending;
        p.eligible -= fromEligible;
        rp.pending -= fromPending;
        rp.eligible -= fromEligible;
        _positions[operator][staker] = p;
        _rewardPools[operator] = rp;
    }

    // ================================================================ governance

    /// @notice Sets the treasury share of every fee, in bips.
    function setTreasuryBips(uint16 bips) external onlyOwner {
        require(bips <= BIPS, FeesInvalidParameter("treasuryBips", bips));
        emit ParameterUpdated("treasuryBips", _treasuryBips, bips);
        _treasuryBips = bips;
    }

    /// @notice Sets the epoch length; the current epoch keeps its end, the next one has `length`.
    function setEpochLength(uint64 length) external onlyOwner {
        require(length >= 1 hours && length <= 30 days, FeesInvalidParameter("epochLength", length));
        emit ParameterUpdated("epochLength", _nextEpochLength, length);
        _nextEpochLength = length;
    }

    /// @notice The length the next epoch will have.
    function nextEpochLength() external view returns (uint64) {
        return _nextEpochLength;
    }

    /// @notice Sets the treasury.
    function setTreasury(address treasury_) external onlyOwner {
        require(treasury_ != address(0), FeesInvalidParameter("treasury", 0));
        emit AddressUpdated("treasury", _treasury, treasury_);
        _treasury = treasury_;
    }

    /// @notice Allows or disallows a work reporter (the rollup contracts, later).
    function setWorkReporter(address reporter, bool allowed) external onlyOwner {
        _workReporters[reporter] = allowed;
        emit WorkReporterSet(reporter, allowed);
    }

    // ================================================================ views

    /// @inheritdoc IFeeDistributor
    function claimable(address operator, address staker) external view returns (uint256) {
        (, uint256 owed,) = _pendingRewards(operator, staker, _positions[operator][staker]);
        return _rewards[operator][staker] + owed / ACC_SCALE;
    }

    /// @inheritdoc IFeeDistributor
    function commissionClaimable(address operator) external view returns (uint256) {
        return _commission[operator];
    }

    /// @notice The current epoch, when it started, and how long epochs last.
    function epochInfo() external view returns (uint32 epoch, uint64 startedAt, uint64 length) {
        return (_epoch, _epochStartedAt, _epochLength);
    }

    /// @notice Fees to be distributed at the end of `epoch` (operators' part only).
    function epochFees(uint32 epoch) external view returns (uint256) {
        return _epochFees[epoch];
    }

    /// @notice Fees attributed to operators in `epoch`, net of the treasury share (credited when
    ///         it closes).
    function epochAttributed(uint32 epoch) external view returns (uint256) {
        return _epochAttributed[epoch];
    }

    /// @notice Fees attributed to `operator` in `epoch`, net of the treasury share.
    function attributedOf(uint32 epoch, address operator) external view returns (uint256) {
        return _attributed[epoch][operator];
    }

    /// @notice Work credited to `operator` in `epoch`.
    function workOf(uint32 epoch, address operator) external view returns (uint256) {
        return _work[epoch][operator];
    }

    /// @notice Operators credited work in `epoch`.
    function epochOperators(uint32 epoch) external view returns (address[] memory) {
        return _epochOperators[epoch];
    }

    /// @notice `staker`'s reward-eligible and pending shares in `operator`'s pool (pending promoted if due).
    function positionOf(address operator, address staker) external view returns (Position memory p) {
        (p,,) = _pendingRewards(operator, staker, _positions[operator][staker]);
    }

    /// @notice Reward accumulator (scaled by 1e36) of `operator`'s pool.
    function accRewardPerShare(address operator) external view returns (uint256) {
        return _acc[operator];
    }

    /// @notice Reward-eligible and pending shares of `operator`'s pool (pending rolled if due).
    function rewardPool(address operator) external view returns (RewardPool memory rp) {
        rp = _rewardPools[operator];
        if (rp.pending != 0 && rp.pendingEpoch < _epoch) {
            rp.eligible += rp.pending;
            rp.pending = 0;
        }
    }

    /// @notice Treasury share in bips and the treasury.
    function treasuryInfo() external view returns (uint16 bips, address treasury) {
        return (_treasuryBips, _treasury);
    }

    /// @notice Whether `reporter` may record work.
    function isWorkReporter(address reporter) external view returns (bool) {
        return _workReporters[reporter];
    }

    /// @notice Lifetime ledgers: paid in, sent to the treasury, claimed by operators and stakers.
    function totals() external view returns (uint256 paidIn, uint256 toTreasury, uint256 claimed) {
        return (_totalPaidIn, _totalToTreasury, _totalClaimed);
    }

    // ================================================================ internals

    function _creditOperator(uint32 epoch, address op, uint256 amount) private returns (uint256) {
        if (amount == 0) return 0;
        uint256 eligible = _rewardPools[op].eligible;
        uint256 commission = amount * staking.commissionOf(op) / BIPS;
        uint256 toStakers = amount - commission;
        uint256 acc = _acc[op] + toStakers * ACC_SCALE / eligible;
        _acc[op] = acc;
        _accAt[op][epoch] = acc;
        _commission[op] += commission;
        emit OperatorRewarded(epoch, op, amount, commission, toStakers, acc, eligible);
        return amount;
    }

    function _rollPool(address op, uint32 epoch) private returns (RewardPool memory rp) {
        rp = _rewardPools[op];
        if (rp.pending != 0 && rp.pendingEpoch < epoch) {
            rp.eligible += rp.pending;
            rp.pending = 0;
            _rewardPools[op] = rp;
        }
    }

    /// @dev Settles a position before a share change in `epoch` (the current one).
    function _settle(address op, address staker, uint32 epoch) private returns (Position memory p) {
        p = _positions[op][staker];
        // Changed earlier in this epoch, when it was settled: the accumulator only moves when an
        // epoch closes, so nothing was earned since (this saves two reads on repeat interactions).
        if (p.epoch == epoch) return p;
        return _accrue(op, staker, p);
    }

    /// @dev Brings position `p` up to date: credits what its shares earned, promotes pending shares.
    function _accrue(address op, address staker, Position memory p) private returns (Position memory) {
        uint256 owed;
        bool promoted;
        (p, owed, promoted) = _pendingRewards(op, staker, p);
        if (promoted) {
            p.epoch = _epoch;
            _positions[op][staker] = p;
        }
        uint256 acc = _acc[op];
        if (_accSnapshot[op][staker] != acc) _accSnapshot[op][staker] = acc;
        if (owed >= ACC_SCALE) _rewards[op][staker] += owed / ACC_SCALE;
        return p;
    }

    function _pendingRewards(address op, address staker, Position memory p)
        private
        view
        returns (Position memory, uint256 owed, bool promoted)
    {
        uint256 acc = _acc[op];
        uint256 snap = _accSnapshot[op][staker];
        owed = uint256(p.eligible) * (acc - snap);
        if (p.pending != 0 && p.epoch < _epoch) {
            // Pending shares started earning after their epoch's distribution.
            uint256 base = _accAt[op][p.epoch];
            if (base < snap) base = snap;
            owed += uint256(p.pending) * (acc - base);
            p.eligible += p.pending;
            p.pending = 0;
            promoted = true;
        }
        return (p, owed, promoted);
    }
}
