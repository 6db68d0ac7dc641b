// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStakeHook} from "../interfaces/IStakeHook.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title Staking
/// @notice Operator registration and delegated staking of ALT with per-operator share pools.
/// @dev Design notes:
///  - Each operator has an *active* pool and an *unbonding* pool, each a (tokens, shares) pair.
///    Stakers own shares; a slash removes a fraction of both pools' tokens in O(1).
///  - Queued stake keeps being slashed until it is withdrawn (EigenLayer's rule). Evidence is
///    only accepted within the unbonding period, so every offence that can still be proven
///    happened while the queued stake was backing the operator, or later.
///  - Exchange rate: each active pool has a stored rate (tokens per share, scaled by 1e27) that
///    only a slash lowers. Stake mints floor(amount / rate) shares, unstake pays
///    floor(shares * rate); the pool's token ledger always covers shares * rate, and what it
///    holds beyond that is rounding dust (below a wei per operation) that the next slash sweeps.
///  - Voting power: the rate is checkpointed at every change (slash, pool reset), a staker's
///    shares per operator are kept wherever a governance snapshot may read them (the governor
///    announces each snapshot when a proposal is made). Votes at a snapshot t are
///    shares(t) * rate(t): exactly what the stake was worth then, and a slash lowers every
///    delegator's votes without touching them. Between snapshots, a share history may have
///    overwritten a value nobody can read at a snapshot: one slot per position, not one per change.
///  - Signing keys: binding a key needs a signature by the key (EIP-712, over the operator, the
///    chain id and this contract), so nobody can claim a key it does not hold. A key is bound to
///    one operator for good; a rotation applies after a delay, and the retired key's signatures
///    stay slashable for one unbonding period after it retires.
///  - A pool slashed to a zero rate is worthless forever: anyone may burn its positions, the
///    staker frees its operator slot, and once every position is gone the operator can stake to
///    itself again (a fresh pool at one token per share), or deregister for good.
///  - The owner is the governance timelock; it sets every parameter.
contract Staking is IStaking, Ownable, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;
    using SafeCast for uint256;

    /// @notice Basis-point denominator.
    uint256 public constant BIPS = 10_000;
    /// @notice Queued unstakes a staker may have at once.
    uint256 public constant MAX_PENDING_REQUESTS = 32;
    /// @notice Distinct operators a staker may stake to (bounds the vote lookup).
    uint256 public constant MAX_OPERATORS_PER_STAKER = 16;
    /// @notice Hard bounds on governance parameters.
    uint64 public constant MIN_UNBONDING = 1 days;
    uint64 public constant MAX_UNBONDING = 90 days;
    uint64 public constant MAX_COMMISSION_DELAY = 30 days;
    /// @notice Scale of the exchange rate (tokens per share).
    uint256 public constant RATE_SCALE = 1e27;
    /// @notice Most shares one pool may have: the width of the FeeDistributor's reward shares.
    uint256 public constant MAX_POOL_SHARES = type(uint112).max;
    /// @notice Longest delay governance may set before a key rotation applies.
    uint64 public constant MAX_KEY_ROTATION_DELAY = 30 days;
    /// @notice `jailedUntil` of an operator that deregistered: it never leaves jail.
    uint64 public constant DEREGISTERED = type(uint64).max;
    /// @notice EIP-712 type a signing key signs to prove that `operator` may bind it.
    bytes32 public constant KEY_OWNERSHIP_TYPEHASH = keccak256("SigningKeyOwnership(address operator)");

    /// @dev An active pool, with the time its tokens last changed: the head of its token history
    ///      (one slot; earlier values are archived only when the head moves to a new second).
    struct Pool {
        uint96 tokens;
        uint112 shares;
        uint48 at;
    }

    /// @dev The exchange rate now and since when (one slot), and every earlier rate.
    struct RateHistory {
        uint48 at;
        uint208 rate;
        Checkpoints.Trace208 archive;
    }

    /// @dev A staker's unstake queue: the next request to withdraw and the number ever queued.
    struct Queue {
        uint128 head;
        uint128 length;
    }

    /// @dev A queued unstake in one storage slot (the operator by its registration number).
    struct Request {
        uint32 operatorId;
        uint40 completableAt;
        uint32 era;
        uint128 unbondingShares;
    }

    /// @dev A staker's shares in one pool: the current value and when it was set (one slot), and
    ///      the earlier values a governance snapshot may still read. A value is archived only when
    ///      a snapshot at or after its time was announced; otherwise the head is overwritten, so a
    ///      position that changes between snapshots writes no new slot.
    struct ShareHistory {
        uint48 at;
        uint208 shares;
        Checkpoints.Trace208 archive;
    }

    /// @dev A signing key's operator and the time span it signs for (one slot: the rollups read
    ///      it once per signature).
    struct KeyRecord {
        address operator;
        uint48 activeFrom;
        uint48 retiredAt;
    }

    /// @dev A scheduled key rotation: `key` replaces the operator's key from `effectiveAt`.
    struct KeyRotation {
        address key;
        uint64 effectiveAt;
    }

    struct UnbondingPool {
        uint112 tokens;
        uint112 shares;
        uint32 era;
    }

    /// @notice The staked token (ALT).
    IERC20 public immutable token;

    // Packed so that a stake reads two slots of parameters: (hook, total) and (the rest).
    IStakeHook private _hook;
    uint96 private _totalStaked;
    uint96 private _minSelfStake;
    uint32 private _unbondingPeriod = 21 days;
    uint32 private _commissionDelay = 7 days;
    uint16 private _maxCommissionBips = 5000;
    // The latest vote snapshot the governor announced: share histories keep a value only where a
    // snapshot may read it (packed here because every stake and unstake reads this slot).
    uint48 private _lastVoteSnapshot;

    address private _slasher;

    mapping(address operator => Operator) private _operators;
    mapping(address key => KeyRecord) private _keys;
    mapping(address operator => UnbondingPool) private _unbonding;
    mapping(address operator => Pool) private _pools;
    mapping(address operator => RateHistory) private _rates;
    mapping(address operator => Checkpoints.Trace208) private _poolTokens;
    mapping(address staker => mapping(address operator => ShareHistory)) private _shares;
    // The operators a staker holds positions with: slot 0 packs the count (above bit 160) with
    // the first operator, so a first stake writes one slot, and reading the list one slot less.
    mapping(address staker => mapping(uint256 index => uint256)) private _stakerOperators;
    mapping(address staker => mapping(uint256 id => Request)) private _requests;
    mapping(address staker => Queue) private _queues;
    mapping(uint32 id => address operator) private _operatorById;
    uint32 private _operatorCount;
    mapping(address operator => KeyRotation) private _keyRotations;
    uint64 private _keyRotationDelay = 1 days;
    address private _voteRecorder;

    modifier onlySlasher() {
        require(msg.sender == _slasher, StakingUnauthorized());
        _;
    }

    /// @param token_ the ALT token.
    /// @param owner_ the governance timelock (or the deployer until it hands over).
    /// @param minSelfStake_ minimum operator self-stake.
    constructor(IERC20 token_, address owner_, uint256 minSelfStake_) Ownable(owner_) EIP712("ALT Staking", "1") {
        token = token_;
        _minSelfStake = minSelfStake_.toUint96();
    }

    // ================================================================ operators

    /// @inheritdoc IStaking
    function registerOperator(address signingKey, uint16 commissionBips, uint256 selfStake, bytes calldata keyProof)
        external
        nonReentrant
    {
        Operator storage op = _operators[msg.sender];
        require(!op.registered, StakingAlreadyRegistered());
        _bindKey(msg.sender, signingKey, keyProof, uint48(block.timestamp));
        require(commissionBips <= _maxCommissionBips, StakingCommissionTooHigh(commissionBips, _maxCommissionBips));
        require(selfStake >= _minSelfStake && selfStake > 0, StakingSelfStakeTooLow(selfStake, _minSelfStake));
        op.registered = true;
        uint32 id = ++_operatorCount;
        op.id = id;
        _operatorById[id] = msg.sender;
        op.signingKey = signingKey;
        op.commissionBips = commissionBips;
        op.pendingCommissionBips = commissionBips;
        emit OperatorRegistered(msg.sender, signingKey, commissionBips);
        _stake(msg.sender, msg.sender, selfStake);
    }

    /// @inheritdoc IStaking
    function scheduleCommission(uint16 commissionBips) external {
        Operator storage op = _operators[msg.sender];
        require(op.registered, StakingNotOperator());
        require(commissionBips <= _maxCommissionBips, StakingCommissionTooHigh(commissionBips, _maxCommissionBips));
        op.commissionBips = _commissionNow(op);
        op.pendingCommissionBips = commissionBips;
        uint64 effectiveAt = uint64(block.timestamp) + _commissionDelay;
        op.commissionEffectiveAt = effectiveAt;
        emit CommissionChangeScheduled(msg.sender, commissionBips, effectiveAt);
    }

    /// @inheritdoc IStaking
    function rotateSigningKey(address newKey, bytes calldata keyProof) external {
        Operator storage op = _operators[msg.sender];
        require(op.registered, StakingNotOperator());
        KeyRotation memory rot = _keyRotations[msg.sender];
        if (rot.key != address(0)) {
            if (rot.effectiveAt <= block.timestamp) {
                op.signingKey = rot.key; // the previous rotation has applied
            } else {
                // Replaced before it applied (say its key leaked): the waiting key's span closes
                // where it would have opened, so it never signs; it still answers for what it
                // signed, as any retired key.
                _keys[rot.key].retiredAt = uint48(rot.effectiveAt);
            }
        }
        uint64 effectiveAt = uint64(block.timestamp) + _keyRotationDelay;
        // Both ends are known now: the old key signs until `effectiveAt`, the new one from then.
        _keys[op.signingKey].retiredAt = uint48(effectiveAt);
        _bindKey(msg.sender, newKey, keyProof, uint48(effectiveAt));
        _keyRotations[msg.sender] = KeyRotation(newKey, effectiveAt);
        emit SigningKeyRotationScheduled(msg.sender, op.signingKey, newKey, effectiveAt);
    }

    /// @inheritdoc IStaking
    function deregisterOperator() external {
        Operator storage op = _operators[msg.sender];
        require(op.registered, StakingNotOperator());
        require(op.jailedUntil != DEREGISTERED, StakingOperatorDeregistered());
        // Jailed for good: no duties, no new delegations, no unjail. It stays registered, and its
        // keys stay bound, so every offence it committed can still be proven and slashed.
        op.jailedUntil = DEREGISTERED;
        emit OperatorDeregistered(msg.sender);
    }

    /// @inheritdoc IStaking
    function unjail() external {
        Operator storage op = _operators[msg.sender];
        require(op.registered && op.jailedUntil != 0 && op.jailedUntil <= block.timestamp, StakingNotJailable());
        uint256 self = _selfStake(op, msg.sender);
        require(self >= _minSelfStake && self > 0, StakingSelfStakeTooLow(self, _minSelfStake));
        op.jailedUntil = 0;
        emit Unjailed(msg.sender);
    }

    // ================================================================ stakers

    /// @inheritdoc IStaking
    function stake(address operator, uint256 amount) external nonReentrant returns (uint256) {
        return _stake(msg.sender, operator, amount);
    }

    /// @inheritdoc IStaking
    function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (uint256)
    {
        // A front-runner may consume the permit first; the allowance it set still lets us proceed.
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _stake(msg.sender, operator, amount);
    }

    /// @inheritdoc IStaking
    function requestUnstake(address operator, uint256 shares)
        external
        nonReentrant
        returns (uint256 requestId, uint256 amount)
    {
        require(shares > 0, StakingZeroAmount());
        ShareHistory storage history = _shares[msg.sender][operator];
        uint256 have = history.shares;
        require(have >= shares, StakingInsufficientShares(have, shares));
        Queue memory q = _queues[msg.sender];
        requestId = q.length;
        require(requestId - q.head < MAX_PENDING_REQUESTS, StakingTooManyRequests());

        uint256 rate = _rates[operator].rate;
        amount = Math.mulDiv(shares, rate, RATE_SCALE); // rounds down: never pays out more than owned
        // Shares worth nothing (dust, or a pool slashed to zero) would only queue a worthless entry.
        require(amount > 0, StakingZeroAmount());
        uint256 remaining = have - shares;
        if (msg.sender == operator) {
            uint256 left = Math.mulDiv(remaining, rate, RATE_SCALE);
            require(remaining == 0 || left >= _minSelfStake, StakingSelfStakeTooLow(left, _minSelfStake));
            _operators[operator].selfShares = uint152(remaining);
        }

        if (address(_hook) != address(0)) _hook.onSharesRemoved(operator, msg.sender, shares);
        Pool memory p = _pools[operator];
        p = _writePool(operator, p, p.tokens - amount, p.shares - shares);
        _setShares(history, remaining);

        (uint256 ubShares, uint64 completableAt) = _enqueue(operator, amount, requestId);
        _queues[msg.sender] = Queue(q.head, uint128(requestId + 1));
        emit UnstakeRequested(
            msg.sender, operator, requestId, shares, amount, ubShares, completableAt, remaining, p.tokens, p.shares
        );
    }

    /// @dev Moves `amount` into `operator`'s unbonding pool and queues the caller's request.
    function _enqueue(address operator, uint256 amount, uint256 requestId)
        private
        returns (uint256 ubShares, uint64 completableAt)
    {
        UnbondingPool memory u = _unbonding[operator];
        ubShares = u.shares == 0 ? amount : Math.mulDiv(amount, u.shares, u.tokens);
        u.tokens = (u.tokens + amount).toUint112();
        u.shares = (u.shares + ubShares).toUint112();
        _unbonding[operator] = u;
        completableAt = uint64(block.timestamp) + _unbondingPeriod;
        _requests[msg.sender][requestId] = Request({
            operatorId: _operators[operator].id,
            completableAt: uint40(completableAt),
            era: u.era,
            unbondingShares: uint128(ubShares)
        });
    }

    /// @inheritdoc IStaking
    function withdraw(uint256 maxRequests) external nonReentrant returns (uint256 amount) {
        mapping(uint256 => Request) storage queue = _requests[msg.sender];
        Queue memory q = _queues[msg.sender];
        uint256 head = q.head;
        // `maxRequests` may be type(uint256).max ("all"): compare against what is left, never add.
        uint256 end = maxRequests >= q.length - head ? q.length : head + maxRequests;
        uint256 i = head;
        for (; i < end; ++i) {
            Request memory req = queue[i];
            if (req.completableAt > block.timestamp) break;
            address operator = _operatorById[req.operatorId];
            UnbondingPool memory u = _unbonding[operator];
            uint256 value;
            if (req.era == u.era && u.shares != 0) {
                value = Math.mulDiv(req.unbondingShares, u.tokens, u.shares);
                u.tokens -= uint112(value);
                u.shares -= uint112(req.unbondingShares);
                _unbonding[operator] = u;
            }
            delete queue[i];
            amount += value;
            emit Withdrawn(msg.sender, operator, i, value);
        }
        require(i > head, StakingNothingToWithdraw());
        _queues[msg.sender].head = uint128(i);
        _totalStaked -= uint96(amount);
        if (amount > 0) token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IStaking
    function releasePosition(address staker, address operator) external nonReentrant {
        ShareHistory storage history = _shares[staker][operator];
        uint256 shares = history.shares;
        bool own = msg.sender == staker;
        Pool memory p = _pools[operator];
        if (shares != 0) {
            uint256 rate = _rates[operator].rate;
            // A pool slashed to a zero rate stays at zero: its positions are worthless for good,
            // so anyone may burn them (this is how the pool empties and can start again). The
            // staker may also drop a position that is worth nothing now (dust).
            uint256 value = Math.mulDiv(shares, rate, RATE_SCALE);
            require(rate == 0 || (own && value == 0), StakingPositionNotWorthless(value));
            if (address(_hook) != address(0)) _hook.onSharesRemoved(operator, staker, shares);
            p.shares -= uint112(shares);
            _pools[operator] = p;
            _setShares(history, 0);
            if (staker == operator) _operators[operator].selfShares = 0;
        }
        // Only the staker frees its slot: the list is what its past voting power is read from.
        bool freed = own && _unlist(staker, operator);
        require(shares != 0 || freed, StakingNoPosition());
        emit PositionReleased(staker, operator, shares, freed, p.tokens, p.shares);
    }

    // ================================================================ slasher

    /// @inheritdoc IStaking
    function slash(
        address operator,
        uint256 bips,
        address rewardRecipient,
        uint256 rewardBips,
        address remainderRecipient
    ) external onlySlasher nonReentrant returns (uint256 amount, uint256 reward) {
        Operator storage op = _operators[operator];
        require(op.registered, StakingNotOperator());
        require(bips > 0 && bips <= BIPS, StakingInvalidParameter("slashBips", bips));
        uint256 selfBefore = Math.mulDiv(op.selfShares, _rates[operator].rate, RATE_SCALE);
        uint256 rate;
        (amount, rate) = _slashPools(operator, bips);
        // Paid out straight from here: the reward rounds down, the remainder takes the dust.
        // Nobody may profit from slashing an operator's delegators: the reward is `rewardBips` of
        // what the operator's own active stake lost (rounded against the reporter), never of the
        // delegators' loss, so an operator that reports itself, directly or through another
        // address, always ends poorer (or even, at a 100% reward share).
        if (rewardRecipient != address(0)) {
            uint256 selfAfter = Math.mulDiv(op.selfShares, rate, RATE_SCALE, Math.Rounding.Ceil);
            uint256 selfLoss = selfBefore > selfAfter ? selfBefore - selfAfter : 0;
            reward = Math.min(amount, selfLoss) * Math.min(rewardBips, BIPS) / BIPS;
        }
        if (reward > 0) token.safeTransfer(rewardRecipient, reward);
        if (amount > reward) token.safeTransfer(remainderRecipient, amount - reward);
    }

    /// @dev Slashes both pools; returns the total taken and the active pool's new rate.
    function _slashPools(address operator, uint256 bips) private returns (uint256 amount, uint256 rate) {
        uint256 fromActive;
        uint256 poolTokens;
        (fromActive, poolTokens, rate) = _slashActive(operator, bips);
        (uint256 fromUnbonding, uint256 unbondingTokens) = _slashUnbonding(operator, bips);
        amount = fromActive + fromUnbonding;
        _totalStaked -= uint96(amount);
        emit Slashed(operator, bips, fromActive, fromUnbonding, poolTokens, unbondingTokens, rate);
    }

    /// @dev Round the slash up: the rate rounds down, so every staker loses at least `bips` of its
    ///      value; the pool gives up at least ceil(tokens * bips) and any rounding dust it held,
    ///      but always keeps floor(shares * rate), which covers every staker's floored payout.
    function _slashActive(address operator, uint256 bips)
        private
        returns (uint256 fromActive, uint256 keep, uint256 rate)
    {
        Pool memory p = _pools[operator];
        rate = Math.mulDiv(_rates[operator].rate, BIPS - bips, BIPS);
        uint256 floorValue = Math.mulDiv(p.shares, rate, RATE_SCALE);
        uint256 ceilValue = Math.mulDiv(p.shares, rate, RATE_SCALE, Math.Rounding.Ceil);
        fromActive =
            Math.max(p.tokens - Math.min(p.tokens, ceilValue), Math.mulDiv(p.tokens, bips, BIPS, Math.Rounding.Ceil));
        fromActive = Math.min(fromActive, p.tokens - floorValue);
        keep = p.tokens - fromActive;
        _writePool(operator, p, keep, p.shares);
        _setRate(operator, rate);
    }

    /// @dev Queued stake loses `bips` of its tokens, rounded up.
    function _slashUnbonding(address operator, uint256 bips) private returns (uint256 fromUnbonding, uint256 left) {
        UnbondingPool memory u = _unbonding[operator];
        fromUnbonding = Math.mulDiv(u.tokens, bips, BIPS, Math.Rounding.Ceil);
        u.tokens -= uint112(fromUnbonding);
        if (u.tokens == 0 && u.shares != 0) {
            // Every queued share is now worthless: start a new era so later requests are not diluted.
            u.shares = 0;
            u.era += 1;
        }
        _unbonding[operator] = u;
        left = u.tokens;
    }

    /// @inheritdoc IStaking
    function jail(address operator, uint64 until) external onlySlasher {
        Operator storage op = _operators[operator];
        require(op.registered, StakingNotOperator());
        if (until > op.jailedUntil) {
            op.jailedUntil = until;
            emit Jailed(operator, until);
        }
    }

    // ================================================================ governance

    /// @notice Sets the unbonding period (applies to new requests).
    function setUnbondingPeriod(uint64 period) external onlyOwner {
        require(period >= MIN_UNBONDING && period <= MAX_UNBONDING, StakingInvalidParameter("unbondingPeriod", period));
        // A governance slash must be executable before stake queued when it was proposed leaves.
        address slasher_ = _slasher;
        require(
            slasher_ == address(0) || ISlasher(slasher_).slashLatency() < period,
            StakingInvalidParameter("unbondingPeriod", period)
        );
        emit ParameterUpdated("unbondingPeriod", _unbondingPeriod, period);
        _unbondingPeriod = uint32(period);
    }

    /// @notice Sets the delay before a commission change applies.
    function setCommissionDelay(uint64 delay) external onlyOwner {
        require(delay <= MAX_COMMISSION_DELAY, StakingInvalidParameter("commissionDelay", delay));
        emit ParameterUpdated("commissionDelay", _commissionDelay, delay);
        _commissionDelay = uint32(delay);
    }

    /// @notice Sets the maximum commission; existing commissions above it are capped when read.
    function setMaxCommission(uint16 bips) external onlyOwner {
        require(bips <= BIPS, StakingInvalidParameter("maxCommission", bips));
        emit ParameterUpdated("maxCommission", _maxCommissionBips, bips);
        _maxCommissionBips = bips;
    }

    /// @notice Sets the minimum operator self-stake.
    function setMinSelfStake(uint256 amount) external onlyOwner {
        emit ParameterUpdated("minSelfStake", _minSelfStake, amount);
        _minSelfStake = amount.toUint96();
    }

    /// @notice Sets the delay before a signing-key rotation applies.
    function setKeyRotationDelay(uint64 delay) external onlyOwner {
        require(delay <= MAX_KEY_ROTATION_DELAY, StakingInvalidParameter("keyRotationDelay", delay));
        emit ParameterUpdated("keyRotationDelay", _keyRotationDelay, delay);
        _keyRotationDelay = delay;
    }

    /// @notice Sets the governor whose vote snapshots share histories keep (see `recordVoteSnapshot`).
    ///         Set it before that governor takes its first proposal.
    function setVoteRecorder(address recorder) external onlyOwner {
        emit AddressUpdated("voteRecorder", _voteRecorder, recorder);
        _voteRecorder = recorder;
    }

    /// @inheritdoc IStaking
    function recordVoteSnapshot(uint48 timepoint) external {
        require(msg.sender == _voteRecorder && msg.sender != address(0), StakingUnauthorized());
        if (timepoint > _lastVoteSnapshot) _lastVoteSnapshot = timepoint;
    }

    /// @notice The governor that announces vote snapshots, and the latest snapshot it announced.
    function voteSnapshots() external view returns (address recorder, uint48 lastSnapshot) {
        return (_voteRecorder, _lastVoteSnapshot);
    }

    /// @notice Sets the slasher (the only caller of `slash` and `jail`).
    function setSlasher(address slasher_) external onlyOwner {
        emit AddressUpdated("slasher", _slasher, slasher_);
        _slasher = slasher_;
    }

    /// @notice Sets the share-change hook (the fee distributor).
    function setStakeHook(IStakeHook hook) external onlyOwner {
        emit AddressUpdated("stakeHook", address(_hook), address(hook));
        _hook = hook;
    }

    // ================================================================ views

    /// @notice The staking clock: timestamps, as the token and the governor.
    function clock() public view returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice EIP-6372 clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external pure returns (string memory) {
        return "mode=timestamp";
    }

    /// @inheritdoc IStaking
    function operatorInfo(address operator) external view returns (Operator memory info) {
        info = _operators[operator];
        if (info.registered) info.signingKey = _currentKey(operator, info.signingKey);
    }

    /// @inheritdoc IStaking
    function operatorById(uint32 id) external view returns (address) {
        return _operatorById[id];
    }

    /// @inheritdoc IStaking
    function operatorOfSigningKey(address key) external view returns (address) {
        return _keys[key].operator;
    }

    /// @inheritdoc IStaking
    function operatorOfActiveKey(address key) external view returns (address) {
        KeyRecord memory k = _keys[key];
        bool active = k.activeFrom <= block.timestamp && (k.retiredAt == 0 || k.retiredAt > block.timestamp);
        return active ? k.operator : address(0);
    }

    /// @inheritdoc IStaking
    function signingKeyOf(address operator) external view returns (address) {
        return _currentKey(operator, _operators[operator].signingKey);
    }

    /// @inheritdoc IStaking
    function keyRetiredAt(address key) external view returns (uint64) {
        return _keys[key].retiredAt;
    }

    /// @inheritdoc IStaking
    function pendingKeyRotation(address operator) external view returns (address key, uint64 effectiveAt) {
        KeyRotation memory rot = _keyRotations[operator];
        if (rot.effectiveAt > block.timestamp) return (rot.key, rot.effectiveAt);
    }

    /// @inheritdoc IStaking
    function keyOwnershipDigest(address operator) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(KEY_OWNERSHIP_TYPEHASH, operator)));
    }

    /// @notice Delay before a signing-key rotation applies.
    function keyRotationDelay() external view returns (uint64) {
        return _keyRotationDelay;
    }

    /// @inheritdoc IStaking
    function isDeregistered(address operator) external view returns (bool) {
        return _operators[operator].jailedUntil == DEREGISTERED;
    }

    /// @inheritdoc IStaking
    function commissionOf(address operator) external view returns (uint16) {
        return _commissionNow(_operators[operator]);
    }

    /// @inheritdoc IStaking
    function isJailed(address operator) public view returns (bool) {
        return _operators[operator].jailedUntil != 0;
    }

    /// @inheritdoc IStaking
    function isActive(address operator) external view returns (bool) {
        Operator storage op = _operators[operator];
        if (!op.registered || op.jailedUntil != 0) return false;
        uint256 self = _selfStake(op, operator);
        return self > 0 && self >= _minSelfStake;
    }

    /// @inheritdoc IStaking
    function pool(address operator) external view returns (uint256 tokens, uint256 shares) {
        Pool memory p = _pools[operator];
        return (p.tokens, p.shares);
    }

    /// @inheritdoc IStaking
    function exchangeRate(address operator) external view returns (uint256) {
        return _rates[operator].rate;
    }

    /// @inheritdoc IStaking
    function poolValue(address operator) external view returns (uint256) {
        return Math.mulDiv(_pools[operator].shares, _rates[operator].rate, RATE_SCALE);
    }

    /// @inheritdoc IStaking
    function unbondingPool(address operator) external view returns (uint256 tokens, uint256 shares) {
        UnbondingPool memory u = _unbonding[operator];
        return (u.tokens, u.shares);
    }

    /// @inheritdoc IStaking
    function sharesOf(address staker, address operator) external view returns (uint256) {
        return _shares[staker][operator].shares;
    }

    /// @inheritdoc IStaking
    function stakeOf(address staker, address operator) external view returns (uint256) {
        return _stakeValue(staker, operator);
    }

    /// @inheritdoc IStaking
    function totalStaked() external view returns (uint256) {
        return _totalStaked;
    }

    /// @inheritdoc IStaking
    function unbondingPeriod() external view returns (uint64) {
        return _unbondingPeriod;
    }

    /// @notice Commission change delay in seconds.
    function commissionDelay() external view returns (uint64) {
        return _commissionDelay;
    }

    /// @notice Maximum commission in bips.
    function maxCommissionBips() external view returns (uint16) {
        return _maxCommissionBips;
    }

    /// @notice Minimum operator self-stake.
    function minSelfStake() external view returns (uint256) {
        return _minSelfStake;
    }

    /// @notice The slasher.
    function slasher() external view returns (address) {
        return _slasher;
    }

    /// @notice The share-change hook.
    function stakeHook() external view returns (address) {
        return address(_hook);
    }

    /// @inheritdoc IStaking
    function getStakedVotes(address account) external view returns (uint256) {
        return _stakedVotes(account, false);
    }

    /// @inheritdoc IStaking
    function getSettledStakedVotes(address account) external view returns (uint256) {
        return _stakedVotes(account, true);
    }

    /// @inheritdoc IStaking
    function getPastStakedVotes(address account, uint256 timepoint) external view returns (uint256 votes) {
        uint48 now_ = clock();
        require(timepoint < now_, StakingFutureLookup(timepoint, now_));
        uint48 t = uint48(timepoint);
        mapping(uint256 => uint256) storage list = _stakerOperators[account];
        uint256 first = list[0];
        uint256 n = first >> 160;
        for (uint256 i; i < n; ++i) {
            address op = _listAt(list, first, i);
            uint256 shares = _sharesAt(_shares[account][op], t);
            if (shares != 0) votes += Math.mulDiv(shares, _rateAt(_rates[op], t), RATE_SCALE);
        }
    }

    /// @inheritdoc IStaking
    function stakeAt(address operator, uint256 timepoint) external view returns (uint256) {
        uint48 now_ = clock();
        require(timepoint < now_, StakingFutureLookup(timepoint, now_));
        return _poolTokensAt(operator, uint48(timepoint));
    }

    /// @inheritdoc IStaking
    function dutyStakesAt(address[] calldata operators, uint256 timepoint)
        external
        view
        returns (uint256[] memory stakes, uint256 total)
    {
        uint48 now_ = clock();
        require(timepoint < now_, StakingFutureLookup(timepoint, now_));
        stakes = new uint256[](operators.length);
        for (uint256 i; i < operators.length; ++i) {
            address op = operators[i];
            // Duties need an operator that is not jailed and still has stake of its own: one that
            // withdrew its own stake must not sequence or attest on its delegators' alone. (Its
            // own unstake cannot leave a non-zero remainder below the minimum; both fields share
            // a slot, so this costs no extra read.)
            Operator storage o = _operators[op];
            if (o.jailedUntil != 0 || o.selfShares == 0) continue;
            uint256 value = _poolTokensAt(op, uint48(timepoint));
            stakes[i] = value;
            total += value;
        }
    }

    /// @inheritdoc IStaking
    function pendingRequests(address staker) external view returns (uint256 firstId, UnstakeRequest[] memory reqs) {
        Queue memory q = _queues[staker];
        firstId = q.head;
        mapping(uint256 => Request) storage queue = _requests[staker];
        reqs = new UnstakeRequest[](q.length - firstId);
        for (uint256 i; i < reqs.length; ++i) {
            Request memory r = queue[firstId + i];
            reqs[i] = UnstakeRequest({
                operator: _operatorById[r.operatorId],
                completableAt: r.completableAt,
                era: r.era,
                unbondingShares: r.unbondingShares
            });
        }
    }

    /// @inheritdoc IStaking
    function requestValue(address staker, uint256 requestId) public view returns (uint256) {
        Queue memory q = _queues[staker];
        if (requestId < q.head || requestId >= q.length) return 0;
        Request memory req = _requests[staker][requestId];
        UnbondingPool memory u = _unbonding[_operatorById[req.operatorId]];
        if (req.era != u.era || u.shares == 0) return 0;
        return Math.mulDiv(req.unbondingShares, u.tokens, u.shares);
    }

    /// @inheritdoc IStaking
    function operatorsOf(address staker) external view returns (address[] memory) {
        mapping(uint256 => uint256) storage list = _stakerOperators[staker];
        uint256 first = list[0];
        address[] memory ops = new address[](first >> 160);
        for (uint256 i; i < ops.length; ++i) {
            ops[i] = _listAt(list, first, i);
        }
        return ops;
    }

    // ================================================================ internals

    function _stake(address staker, address operator, uint256 amount) private returns (uint256 shares) {
        require(amount > 0, StakingZeroAmount());
        Operator storage op = _operators[operator];
        require(op.registered, StakingNotOperator());
        // A jailed operator may still stake to itself: that is how it gets back above the minimum
        // self-stake to unjail (a deregistered one may not).
        require(
            op.jailedUntil == 0 || (staker == operator && op.jailedUntil != DEREGISTERED),
            StakingOperatorJailed(op.jailedUntil)
        );
        if (staker != operator) {
            // The operator's own shares are kept on its record, so this costs no extra reads.
            uint256 self = Math.mulDiv(op.selfShares, _rates[operator].rate, RATE_SCALE);
            require(self > 0 && self >= _minSelfStake, StakingOperatorInactive());
        }

        Pool memory p = _pools[operator];
        uint256 rate = _rates[operator].rate;
        if (p.shares == 0 && rate != RATE_SCALE) {
            // A fresh (or fully exited) pool starts again at one token per share.
            rate = RATE_SCALE;
            _setRate(operator, rate);
        }
        require(rate > 0, StakingPoolDepleted());
        // Rounds down, in the pool's favour. The rate never exceeds RATE_SCALE (it starts there and
        // only slashes lower it), so a non-zero amount always mints at least one share.
        shares = Math.mulDiv(amount, RATE_SCALE, rate);
        // Reward shares (FeeDistributor) are 112 bits wide: a pool slashed so deep that a stake
        // would mint past that is refused here, never truncated there.
        uint256 poolShares = p.shares + shares;
        require(poolShares <= MAX_POOL_SHARES, StakingPoolSharesOverflow(poolShares, MAX_POOL_SHARES));

        ShareHistory storage history = _shares[staker][operator];
        uint256 before = history.shares;
        // First stake to this operator, or the first since the staker released its position (a
        // history is never reset; only a staker at zero shares can have left the list).
        if (before == 0 && (history.at == 0 || !_listed(staker, operator))) _list(staker, operator);
        if (address(_hook) != address(0)) _hook.onSharesAdded(operator, staker, shares);

        p = _writePool(operator, p, p.tokens + amount, poolShares);
        uint256 stakerShares = before + shares;
        _setShares(history, stakerShares);
        if (staker == operator) op.selfShares = stakerShares.toUint152();
        _totalStaked = (_totalStaked + amount).toUint96();

        token.safeTransferFrom(staker, address(this), amount);
        emit Staked(staker, operator, amount, shares, stakerShares, p.tokens, p.shares);
    }

    /// @dev Binds `key` to `operator` for good, from `activeFrom`, given the key's signature
    ///      over the operator.
    function _bindKey(address operator, address key, bytes calldata proof, uint48 activeFrom) private {
        require(key != address(0) && _keys[key].operator == address(0), StakingInvalidSigningKey());
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(keyOwnershipDigest(operator), proof);
        require(err == ECDSA.RecoverError.NoError && signer == key, StakingInvalidKeyProof());
        _keys[key] = KeyRecord(operator, activeFrom, 0);
    }

    /// @dev The key `operator` signs with now (`stored`, or its rotation once that applied).
    function _currentKey(address operator, address stored) private view returns (address) {
        KeyRotation memory rot = _keyRotations[operator];
        return rot.key != address(0) && rot.effectiveAt <= block.timestamp ? rot.key : stored;
    }

    /// @dev Sets a position's shares now, archiving the value it replaces if a governance
    ///      snapshot at or after that value's time may read it (or if no governor announces
    ///      snapshots: then every value is kept).
    function _setShares(ShareHistory storage h, uint256 shares) private {
        uint48 now_ = clock();
        uint48 at = h.at;
        if (at != 0 && at != now_ && (at <= _lastVoteSnapshot || _voteRecorder == address(0))) {
            h.archive.push(at, h.shares);
        }
        h.at = now_;
        h.shares = uint208(shares);
    }

    /// @dev A position's shares at `t`: exact at every announced snapshot and at or after the
    ///      head's time; between snapshots, a value that was overwritten reads as the one before it.
    function _sharesAt(ShareHistory storage h, uint48 t) private view returns (uint256) {
        uint48 at = h.at;
        if (t >= at) return at == 0 ? 0 : h.shares;
        return h.archive.upperLookupRecent(t);
    }

    /// @dev Writes `operator`'s pool with new `tokens` and `shares`; a change of tokens in a new
    ///      second archives the value it replaces (the token history duties are read from).
    function _writePool(address operator, Pool memory old, uint256 tokens, uint256 shares)
        private
        returns (Pool memory p)
    {
        uint48 now_ = clock();
        p = Pool(tokens.toUint96(), uint112(shares), old.at);
        if (tokens != old.tokens) {
            // Appended directly: keys only grow, so the library's ordering read is not needed. The
            // pool's first change (its operator's registration) archives a zero at time zero, so
            // that no later change is the one to pay for creating the archive.
            if (old.at != now_) {
                _poolTokens[operator]._checkpoints.push(Checkpoints.Checkpoint208(old.at, old.tokens));
            }
            p.at = now_;
        }
        _pools[operator] = p;
    }

    /// @dev Tokens in `operator`'s active pool at `t` (not in the future).
    function _poolTokensAt(address operator, uint48 t) private view returns (uint256) {
        Pool memory p = _pools[operator];
        if (t >= p.at) return p.tokens;
        return _poolTokens[operator].upperLookupRecent(t);
    }

    /// @dev Sets `operator`'s exchange rate now, keeping the one it replaces.
    function _setRate(address operator, uint256 rate) private {
        RateHistory storage h = _rates[operator];
        uint48 now_ = clock();
        uint48 at = h.at;
        // As the pool's tokens: the first rate archives a zero at time zero.
        if (at != now_) h.archive._checkpoints.push(Checkpoints.Checkpoint208(at, h.rate));
        h.at = now_;
        h.rate = uint208(rate);
    }

    /// @dev The exchange rate at `t` (not in the future).
    function _rateAt(RateHistory storage h, uint48 t) private view returns (uint256) {
        uint48 at = h.at;
        if (t >= at) return h.rate;
        return h.archive.upperLookupRecent(t);
    }

    /// @dev `account`'s staked votes now; `settledOnly` skips positions written in this second
    ///      (each such may have overwritten what it held a second ago).
    function _stakedVotes(address account, bool settledOnly) private view returns (uint256 votes) {
        uint48 now_ = clock();
        mapping(uint256 => uint256) storage list = _stakerOperators[account];
        uint256 first = list[0];
        for (uint256 i; i < first >> 160; ++i) {
            address op = _listAt(list, first, i);
            ShareHistory storage h = _shares[account][op];
            if (settledOnly && h.at >= now_) continue;
            uint256 shares = h.shares;
            // The rate only falls (or restarts in an empty pool): now is the lower of now and a
            // second ago.
            if (shares != 0) votes += Math.mulDiv(shares, _rates[op].rate, RATE_SCALE);
        }
    }

    /// @dev Entry `i` of a staker's packed operator list whose slot 0 holds `first`.
    function _listAt(mapping(uint256 => uint256) storage list, uint256 first, uint256 i)
        private
        view
        returns (address)
    {
        return address(uint160(i == 0 ? first : list[i]));
    }

    /// @dev Adds `operator` to `staker`'s list.
    function _list(address staker, address operator) private {
        mapping(uint256 => uint256) storage list = _stakerOperators[staker];
        uint256 first = list[0];
        uint256 n = first >> 160;
        require(n < MAX_OPERATORS_PER_STAKER, StakingTooManyOperators());
        if (n == 0) {
            list[0] = (1 << 160) | uint160(operator);
        } else {
            list[n] = uint160(operator);
            list[0] = first + (1 << 160);
        }
    }

    function _listed(address staker, address operator) private view returns (bool) {
        mapping(uint256 => uint256) storage list = _stakerOperators[staker];
        uint256 first = list[0];
        uint256 n = first >> 160;
        for (uint256 i; i < n; ++i) {
            if (_listAt(list, first, i) == operator) return true;
        }
        return false;
    }

    /// @dev Removes `operator` from `staker`'s list (the last entry takes its place); false if it
    ///      was not there.
    function _unlist(address staker, address operator) private returns (bool) {
        mapping(uint256 => uint256) storage list = _stakerOperators[staker];
        uint256 first = list[0];
        uint256 n = first >> 160;
        for (uint256 i; i < n; ++i) {
            if (_listAt(list, first, i) != operator) continue;
            uint256 last = n - 1;
            uint256 moved = last == 0 ? 0 : uint160(list[last]);
            if (last != 0) list[last] = 0;
            if (i == 0) {
                list[0] = last == 0 ? 0 : (last << 160) | moved;
            } else {
                if (i != last) list[i] = moved;
                list[0] = first - (1 << 160);
            }
            return true;
        }
        return false;
    }

    function _selfStake(Operator storage op, address operator) private view returns (uint256) {
        return Math.mulDiv(op.selfShares, _rates[operator].rate, RATE_SCALE);
    }

    function _stakeValue(address staker, address operator) private view returns (uint256) {
        return Math.mulDiv(_shares[staker][operator].shares, _rates[operator].rate, RATE_SCALE);
    }

    function _commissionNow(Operator storage op) private view returns (uint16 bips) {
        bips = block.timestamp >= op.commissionEffectiveAt ? op.pendingCommissionBips : op.commissionBips;
        if (bips > _maxCommissionBips) bips = _maxCommissionBips;
    }
}
