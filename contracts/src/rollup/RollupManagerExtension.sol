// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../interfaces/IFeeDistributor.sol";
import {IRollupManagerTypes} from "../interfaces/IRollupManager.sol";
import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";
import {RollupManagerBase} from "./RollupManagerBase.sol";
import {RollupManagerFees} from "./RollupManagerFees.sol";
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

/// @title RollupManagerExtension
/// @notice The RollupManager's cold paths: rollup registry and parameters, duties, fees,
///         settlement, governance settings and views. Only ever runs by delegatecall from the
///         manager, on its storage (see RollupManagerBase).
contract RollupManagerExtension is RollupManagerBase {
    using SafeERC20 for IERC20;

    address private immutable _self = address(this);
    /// @notice Code for fee distribution, run (like this contract) on the manager's storage.
    address public immutable feesExtension;

    /// @notice Called directly instead of through the manager.
    error RollupNotDelegated();

    /// @dev The manager's own arguments (immutables live in code, not storage).
    constructor(
        IERC20 token_,
        IStaking staking_,
        ISlasher slasher_,
        IFeeDistributor feeDistributor_,
        OneStepVerifier verifier_,
        address owner_,
        RollupManagerFees feesExtension_
    ) RollupManagerBase(token_, staking_, slasher_, feeDistributor_, verifier_, owner_) {
        require(
            feesExtension_.token() == token_ && feesExtension_.feeDistributor() == feeDistributor_
                && feesExtension_.staking() == staking_,
            RollupNotDelegated()
        );
        feesExtension = address(feesExtension_);
    }

    /// @dev Calls for the fee code go on to it, still on the manager's storage.
    fallback() external {
        address next = feesExtension;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), next, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    modifier onlyDelegated() {
        require(address(this) != _self, RollupNotDelegated());
        _;
    }

    /// @notice See IRollupManager.
    function createRollup(
        string calldata name,
        Sequencing sequencing,
        address sequencer,
        Params calldata params,
        uint64 expiry,
        uint256 budget
    ) external onlyDelegated nonReentrant returns (uint256 rollupId) {
        require(bytes(name).length > 0 && bytes(name).length <= 64, RollupInvalidParams("name"));
        Params memory p = _withDefaults(params);
        _checkParams(p, true);
        if (sequencing == Sequencing.Single) {
            require(staking.operatorInfo(sequencer).registered, RollupNotOperator(sequencer));
        } else {
            require(sequencer == address(0), RollupInvalidParams("sequencer"));
        }
        if (expiry != 0) {
            require(
                expiry > block.timestamp && expiry - block.timestamp <= _bounds.maxLifetime,
                RollupInvalidParams("expiry")
            );
        }
        require(budget > 0, RollupZeroAmount());

        rollupId = ++_rollupCount;
        Rollup storage r = _rollups[rollupId];
        r.owner = msg.sender;
        r.sequencing = sequencing;
        r.createdAt = uint64(block.timestamp);
        r.expiry = expiry;
        r.sequencer = sequencer;
        r.params = p;
        _startTurns(rollupId, r);
        r.serviceFrom = uint64(block.timestamp);
        r.budget = _u128(budget);
        token.safeTransferFrom(msg.sender, address(this), budget);
        emit RollupCreated(rollupId, msg.sender, name, sequencing, sequencer, p, expiry, budget);
    }

    /// @notice See IRollupManager.
    /// @dev The rollup owner stays within the governance bounds; governance only within hard
    ///      safety limits (for example a challenge window shorter than unbonding).
    function setParams(uint256 rollupId, Params calldata params) external onlyDelegated {
        Rollup storage r = _rollup(rollupId);
        bool isGovernance = msg.sender == owner();
        require(isGovernance || msg.sender == r.owner, RollupUnauthorized());
        Params memory p = _withDefaults(params);
        _checkParams(p, !isGovernance);
        // Epochs already served are charged at the rate they were served under: an owner in
        // debt must pay (fund) before changing the rate.
        if (!r.settled) {
            uint256 shortfall = _chargeService(rollupId, r);
            require(shortfall == 0 || isGovernance, RollupBudgetExhausted(shortfall, r.budget));
        }
        if (p.challengeWindow < r.params.challengeWindow) {
            // Batches already posted keep the window they were posted under (the longest of any
            // shortened since: never less than theirs).
            WindowFloor memory f = _windowFloors[rollupId];
            uint64 kept = f.window > r.params.challengeWindow ? f.window : r.params.challengeWindow;
            _windowFloors[rollupId] = WindowFloor(kept, uint64(block.timestamp));
        }
        r.params = p;
        emit ParamsUpdated(rollupId, p, msg.sender);
    }

    /// @notice Names the operator of a `Single` rollup (owner or governance).
    function setSequencer(uint256 rollupId, address sequencer) external onlyDelegated {
        Rollup storage r = _rollup(rollupId);
        require(msg.sender == owner() || msg.sender == r.owner, RollupUnauthorized());
        require(r.sequencing == Sequencing.Single, RollupInvalidParams("sequencing"));
        require(staking.operatorInfo(sequencer).registered, RollupNotOperator(sequencer));
        r.sequencer = sequencer;
        emit SequencerChanged(rollupId, sequencer);
    }

    /// @notice Hands the rollup (its parameters and unused budget) to `newOwner`.
    function transferRollupOwnership(uint256 rollupId, address newOwner) external onlyDelegated {
        Rollup storage r = _rollup(rollupId);
        require(msg.sender == r.owner, RollupUnauthorized());
        require(newOwner != address(0), RollupInvalidParams("owner"));
        r.owner = newOwner;
        emit RollupOwnerChanged(rollupId, newOwner);
    }

    /// @notice See IRollupManager.
    function fund(uint256 rollupId, uint256 amount) external onlyDelegated nonReentrant {
        Rollup storage r = _live(rollupId);
        require(amount > 0, RollupZeroAmount());
        r.budget = _u128(r.budget + amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit RollupFunded(rollupId, msg.sender, amount, r.budget);
    }

    /// @notice See IRollupManager.
    function optIn(uint256 rollupId, bool asSequencer, bool asVerifier) external onlyDelegated {
        _live(rollupId);
        require(asSequencer || asVerifier, RollupInvalidParams("duty"));
        require(staking.isActive(msg.sender), RollupNotOperator(msg.sender));
        Duty memory d = Duty({
            operator: msg.sender,
            since: uint48(block.timestamp),
            backingBips: 0,
            operatorId: staking.operatorInfo(msg.sender).id
        });
        if (asSequencer) _join(_sequencers[rollupId], _sequencerPos[rollupId], d, MAX_SEQUENCERS);
        emit OptedIn(rollupId, msg.sender, asSequencer, asVerifier);
        if (asVerifier) {
            // A verifier backs the rollup with all the share of its stake it has free.
            uint256 bips = _freeBacking(msg.sender);
            d.backingBips = uint16(bips);
            _backing[msg.sender].allocated += uint16(bips);
            _join(_verifiers[rollupId], _verifierPos[rollupId], d, MAX_VERIFIERS);
            emit BackingSet(rollupId, msg.sender, bips, 0);
        }
    }

    /// @notice See IRollupManager.
    /// @dev Leaving does not lift responsibility: attestations already given stay slashable.
    function optOut(uint256 rollupId, bool asSequencer, bool asVerifier) external onlyDelegated {
        Rollup storage r = _rollup(rollupId);
        require(asSequencer || asVerifier, RollupInvalidParams("duty"));
        if (asSequencer && r.sequencing == Sequencing.Squad) {
            // Leaves when the next turn sequence starts; until then its turns go unused.
            require(_sequencerPos[rollupId][msg.sender] != 0, RollupMembership(msg.sender));
            require(!_seqLeaving[rollupId][msg.sender], RollupMembership(msg.sender));
            _seqLeaving[rollupId][msg.sender] = true;
            ++_seqLeavingCount[rollupId];
        } else if (asSequencer) {
            _leave(_sequencers[rollupId], _sequencerPos[rollupId], msg.sender);
        }
        if (asVerifier) {
            uint256 p = _verifierPos[rollupId][msg.sender];
            require(p != 0, RollupMembership(msg.sender));
            _releaseBacking(msg.sender, _verifiers[rollupId][p - 1].backingBips);
            _leave(_verifiers[rollupId], _verifierPos[rollupId], msg.sender);
        }
        emit OptedOut(rollupId, msg.sender, asSequencer, asVerifier);
    }

    /// @notice See IRollupManager.
    /// @dev Only after settlement, and only deposits no final batch included.
    function reclaimDeposit(uint256 rollupId, uint256 index) external onlyDelegated nonReentrant {
        Rollup storage r = _rollup(rollupId);
        require(r.settled, RollupNotSettled());
        uint256 f = r.finalizedCount;
        uint256 included = f == 0 ? 0 : _batches[rollupId][f - 1].depositsProcessed;
        require(index >= included, RollupDepositIncluded(index));
        Deposit storage d = _deposits[rollupId][index];
        // A forced withdrawal's entry escrowed nothing: there is nothing to give back.
        uint256 amount = d.forcedWithdrawal ? 0 : d.amount;
        require(amount > 0, RollupZeroAmount());
        d.amount = 0;
        r.l2Escrow -= uint128(amount);
        token.safeTransfer(d.from, amount);
        emit DepositReclaimed(rollupId, index, d.from, amount);
    }

    /// @notice See IRollupManager.
    /// @dev From expiry on, once every batch is final (each past the window it was posted under;
    ///      no batch can be posted after expiry): the last root is final, the service fee is
    ///      charged up to expiry and the rest of the budget goes back to the owner.
    function settle(uint256 rollupId) external onlyDelegated nonReentrant {
        Rollup storage r = _rollup(rollupId);
        require(r.expiry != 0 && !r.settled, RollupNotLive(rollupId));
        require(block.timestamp >= r.expiry, RollupSettleTooEarly(r.expiry));
        _advance(rollupId, r, 256);
        require(r.finalizedCount == r.batchCount, RollupNotFinal(r.finalizedCount));
        if (_chargeService(rollupId, r) != 0) {
            // Service still owed: what is left of the budget goes towards it.
            r.owedServiceFees += r.budget;
            r.budget = 0;
        }
        uint256 refund = r.budget;
        r.budget = 0;
        r.settled = true;
        if (refund > 0) token.safeTransfer(r.owner, refund);
        emit RollupSettled(rollupId, r.headRoot, r.batchCount, refund);
    }

    /// @notice See IRollupManager.
    /// @dev The StarkEx "freeze" for forced inclusion: the deposit queue is L1's, so an unserved
    ///      deposit is objective proof that the sequencers stopped. Halting only brings expiry
    ///      forward; batches already posted keep their windows and `settle` finalizes them.
    function halt(uint256 rollupId) external onlyDelegated {
        Rollup storage r = _live(rollupId);
        uint256 next = r.depositsHead;
        Deposit[] storage q = _deposits[rollupId];
        require(next < q.length, RollupNotStalled(0));
        // A deposit a fraud revert gave back to the queue is due again from the revert on, so a
        // late fraud proof cannot make a healthy rollup haltable at once.
        uint256 since = Math.max(q[next].enqueuedAt, _revertedAt[rollupId]);
        uint256 overdueSince = since + _inclusionDelay;
        uint256 haltableAt = overdueSince + _haltDelay;
        require(block.timestamp >= haltableAt, RollupNotStalled(haltableAt));
        r.expiry = uint64(block.timestamp);
        emit RollupHalted(rollupId, next, overdueSince, msg.sender);
    }

    /// @notice Whether batch `batchIndex` is final.
    function isFinal(uint256 rollupId, uint256 batchIndex) external view returns (bool) {
        return batchIndex < _rollups[rollupId].finalizedCount;
    }

    /// @notice Sets how long a deposit may stay overdue before anyone may halt its rollup.
    function setHaltDelay(uint64 delay) external onlyDelegated onlyOwner {
        require(delay > 0, RollupInvalidParams("haltDelay"));
        emit ParameterUpdated("haltDelay", _haltDelay, delay);
        _haltDelay = delay;
    }

    /// @notice See IRollupManager.
    function haltDelay() external view returns (uint64) {
        return _haltDelay;
    }

    /// @notice See IRollupManager.
    /// @dev The record is cleared before the call; if the slash fails again the whole call reverts
    ///      and the debt stays, so a debt is settled exactly once.
    function executeOwedSlash(uint256 owedId) external onlyDelegated nonReentrant returns (uint256 amount) {
        require(owedId < _owedSlashes.length, RollupNoOwedSlash(owedId));
        OwedSlash memory o = _owedSlashes[owedId];
        require(o.operator != address(0), RollupNoOwedSlash(owedId));
        delete _owedSlashes[owedId];
        amount = slasher.slashForFraud(o.operator, o.rollupId, o.batchKey, o.postedAt, o.challenger);
        emit OwedSlashExecuted(owedId, amount);
    }

    /// @notice See IRollupManager.
    function owedSlash(uint256 owedId) external view returns (OwedSlash memory) {
        return _owedSlashes[owedId];
    }

    /// @notice See IRollupManager.
    function owedSlashCount() external view returns (uint256) {
        return _owedSlashes.length;
    }

    /// @notice Sets the range rollup owners may choose parameters from.
    function setBounds(Bounds calldata b) external onlyDelegated onlyOwner {
        require(b.minChallengeWindow > 0 && b.minChallengeWindow <= b.maxChallengeWindow, RollupInvalidParams("window"));
        require(
            b.minSlotLength > 0 && b.minSlotLength <= b.maxSlotLength && b.maxSlotLength <= MAX_SLOT_LENGTH,
            RollupInvalidParams("slot")
        );
        require(b.minThresholdBips > BIPS / 2 && b.minThresholdBips <= BIPS, RollupInvalidParams("threshold"));
        require(b.maxLifetime > 0, RollupInvalidParams("lifetime"));
        _bounds = b;
        emit BoundsUpdated(b);
    }

    /// @notice Sets the length of a service-fee epoch.
    function setServiceEpoch(uint64 length) external onlyDelegated onlyOwner {
        require(length > 0, RollupInvalidParams("serviceEpoch"));
        emit ParameterUpdated("serviceEpoch", _serviceEpoch, length);
        _serviceEpoch = length;
    }

    /// @notice Sets how long a deposit may wait before a batch must include it.
    function setInclusionDelay(uint64 delay) external onlyDelegated onlyOwner {
        require(delay > 0, RollupInvalidParams("inclusionDelay"));
        emit ParameterUpdated("inclusionDelay", _inclusionDelay, delay);
        _inclusionDelay = delay;
    }

    /// @notice Sets the most transactions one batch may carry.
    function setMaxBatchTxs(uint32 max) external onlyDelegated onlyOwner {
        require(max > 0, RollupInvalidParams("maxBatchTxs"));
        emit ParameterUpdated("maxBatchTxs", _maxBatchTxs, max);
        _maxBatchTxs = max;
    }

    /// @notice See IRollupManager.
    function attesters(uint256 rollupId, uint256 batchIndex) external view returns (address[] memory ops) {
        bytes memory ids = _attesterIds(_batches[rollupId][batchIndex]);
        ops = new address[](ids.length / 4);
        for (uint256 i; i < ops.length; ++i) {
            ops[i] = staking.operatorById(_idAt(ids, i));
        }
    }

    /// @notice Number of rollups created (ids run from 1).
    function rollupCount() external view returns (uint256) {
        return _rollupCount;
    }

    /// @notice A rollup's registration, head and accounts.
    function rollup(uint256 rollupId) external view returns (Rollup memory) {
        return _rollup(rollupId);
    }

    /// @notice A posted batch (entries at or above `batchCount` are stale).
    function batch(uint256 rollupId, uint256 batchIndex) external view returns (Batch memory) {
        return _batches[rollupId][batchIndex];
    }

    /// @notice Whether the withdrawal (`sender`, `nonce`) was paid out.
    function isWithdrawalClaimed(uint256 rollupId, address sender, uint64 nonce) external view returns (bool) {
        return _claimed[rollupId][Smt.withdrawalKey(sender, nonce)];
    }

    /// @notice See IRollupManager.
    function fastRisk(uint256 rollupId) external view returns (FastRisk memory) {
        return _fastRisk[rollupId];
    }

    /// @notice See IRollupManager.
    function fastWithdrawalCapacity(uint256 rollupId) external view returns (uint256) {
        (uint256 limit, uint256 used) = _fastLimit(_livePeriods(_fastRisk[rollupId], _rollups[rollupId].finalizedCount));
        return limit > used ? limit - used : 0;
    }

    /// @notice Governance bounds on rollup parameters.
    function bounds() external view returns (Bounds memory) {
        return _bounds;
    }

    /// @notice Global parameters.
    function parameters() external view returns (uint64 serviceEpoch, uint64 inclusionDelay, uint32 maxBatchTxs) {
        return (_serviceEpoch, _inclusionDelay, _maxBatchTxs);
    }

    function _withDefaults(Params calldata params) private pure returns (Params memory p) {
        p = params;
        if (p.thresholdNum == 0 && p.thresholdDen == 0) (p.thresholdNum, p.thresholdDen) = (2, 3);
    }

    function _checkParams(Params memory p, bool bounded) private view {
        require(
            p.challengeWindow > 0 && p.challengeWindow < staking.unbondingPeriod()
                && p.challengeWindow < BACKING_COOLDOWN,
            RollupInvalidParams("challengeWindow")
        );
        require(p.slotLength > 0 && p.slotLength <= MAX_SLOT_LENGTH, RollupInvalidParams("slotLength"));
        // More than half, at most all: two conflicting batches can never both reach a quorum.
        require(
            p.thresholdDen > 0 && p.thresholdNum <= p.thresholdDen && 2 * uint256(p.thresholdNum) > p.thresholdDen,
            RollupInvalidParams("threshold")
        );
        if (!bounded) return;
        Bounds memory b = _bounds;
        require(
            p.challengeWindow >= b.minChallengeWindow && p.challengeWindow <= b.maxChallengeWindow,
            RollupInvalidParams("challengeWindow")
        );
        require(p.slotLength >= b.minSlotLength && p.slotLength <= b.maxSlotLength, RollupInvalidParams("slotLength"));
        require(p.feePerByte >= b.minFeePerByte, RollupInvalidParams("feePerByte"));
        require(p.serviceFeePerEpoch >= b.minServiceFeePerEpoch, RollupInvalidParams("serviceFeePerEpoch"));
        require(
            uint256(p.thresholdNum) * BIPS >= uint256(p.thresholdDen) * b.minThresholdBips,
            RollupInvalidParams("threshold")
        );
    }

    function _join(Duty[] storage list, mapping(address => uint256) storage pos, Duty memory d, uint256 max) private {
        require(pos[d.operator] == 0, RollupMembership(d.operator));
        require(list.length < max, RollupTooManyMembers());
        list.push(d);
        pos[d.operator] = list.length;
    }

    function _leave(Duty[] storage list, mapping(address => uint256) storage pos, address op) private {
        uint256 p = pos[op];
        require(p != 0, RollupMembership(op));
        Duty memory last = list[list.length - 1];
        list[p - 1] = last;
        pos[last.operator] = p;
        list.pop();
        delete pos[op];
    }
}
