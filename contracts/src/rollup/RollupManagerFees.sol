// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../interfaces/IFeeDistributor.sol";
import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";
import {RollupManagerBase} from "./RollupManagerBase.sol";
import {SparseMerkleTree as Smt} from "./lib/SparseMerkleTree.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RollupManagerFees
/// @notice The RollupManager's fee distribution (and SQUAD reseeding, balance exits, forced
///         withdrawals, fast-withdrawal backing and some views). Runs only by delegatecall
///         (manager, then its extension), on the manager's storage (see RollupManagerBase).
/// @dev Per-rollup fee accounting: what a rollup paid goes to the operators that did its work,
///      and nothing else does. A batch's transaction and storage fees are split equally among its
///      duties (its sequencer and each attester; the rounding remainder to the sequencer); the
///      rollup's service fees by duties across the batches distributed. The FeeDistributor
///      credits these attributed fees to each operator's pool when the epoch closes, apart from
///      the fees it shares by stake-weighted work, so a rollup whose batches pay nothing earns
///      nothing, from its own fees or anybody else's.
contract RollupManagerFees is RollupManagerBase {
    using SafeERC20 for IERC20;

    address private immutable _self = address(this);

    /// @dev Operators and what each is owed, by source.
    struct Split {
        address[] ops;
        uint256[] tx;
        uint256[] storage_;
        uint256[] service;
        uint256 n;
        uint256 txTotal;
        uint256 storageTotal;
        uint256 serviceTotal;
    }

    /// @dev The manager's own arguments (immutables live in code, not storage).
    constructor(
        IERC20 token_,
        IStaking staking_,
        ISlasher slasher_,
        IFeeDistributor feeDistributor_,
        OneStepVerifier verifier_,
        address owner_
    ) RollupManagerBase(token_, staking_, slasher_, feeDistributor_, verifier_, owner_) {}

    /// @notice See IRollupManager.
    /// @dev Raising takes from the free share at once; lowering cools for `BACKING_COOLDOWN`
    ///      before it is free (quorums counted with it may still be challenged until then).
    function setBacking(uint256 rollupId, uint256 bips) external {
        require(address(this) != _self);
        require(bips <= 10_000, RollupInvalidParams("bips"));
        uint256 p = _verifierPos[rollupId][msg.sender];
        require(p != 0, RollupMembership(msg.sender));
        Duty storage d = _verifiers[rollupId][p - 1];
        uint256 old = d.backingBips;
        if (bips > old) {
            uint256 free = _freeBacking(msg.sender);
            require(bips - old <= free, RollupBackingExceeded(free));
            _backing[msg.sender].allocated += uint16(bips - old);
        } else if (bips < old) {
            _releaseBacking(msg.sender, old - bips);
        }
        d.backingBips = uint16(bips);
        emit BackingSet(rollupId, msg.sender, bips, _freeBacking(msg.sender));
    }

    /// @notice See IRollupManager.
    function backing(address operator) external view returns (Backing memory) {
        return _backing[operator];
    }

    /// @notice Deposit `index` of the rollup's queue.
    function depositAt(uint256 rollupId, uint256 index) external view returns (Deposit memory) {
        return _deposits[rollupId][index];
    }

    /// @notice Length of the rollup's deposit queue.
    function depositCount(uint256 rollupId) external view returns (uint256) {
        return _deposits[rollupId].length;
    }

    /// @notice The rollup's opted-in sequencers.
    function sequencers(uint256 rollupId) external view returns (Duty[] memory) {
        return _sequencers[rollupId];
    }

    /// @notice The rollup's opted-in verifiers.
    function verifiers(uint256 rollupId) external view returns (Duty[] memory) {
        return _verifiers[rollupId];
    }

    /// @notice See IRollupManager.
    /// @dev The L2 account is the caller's own address (L2 accounts are the addresses that sign
    ///      for them), so only its owner can force it out. The entry joins the deposit queue, and
    ///      with it forced inclusion and the escape hatch: a leader that leaves it unserved for
    ///      the inclusion delay cannot post, and after the halt delay anyone may halt the rollup.
    ///      No money moves until the withdrawal leaf it creates is claimed against a final root.
    function forceWithdrawal(uint256 rollupId, address recipient, uint256 amount)
        external
        nonReentrant
        returns (uint256 index)
    {
        require(address(this) != _self);
        _live(rollupId);
        require(recipient != address(0), RollupInvalidParams("recipient"));
        require(amount > 0 && amount <= type(uint96).max, RollupZeroAmount());
        Deposit[] storage q = _deposits[rollupId];
        index = q.length;
        q.push(
            Deposit({
                from: msg.sender,
                enqueuedAt: uint64(block.timestamp),
                forcedWithdrawal: true,
                to: recipient,
                amount: uint96(amount)
            })
        );
        emit WithdrawalForced(rollupId, index, msg.sender, recipient, amount, uint64(block.timestamp));
    }

    /// @notice See IRollupManager.
    /// @dev Anyone may call (operators have the incentive). Distributes the final batches
    ///      `distributedCount..` (at most `maxBatches`) with their fees, and the service fees
    ///      owed; fees of final batches beyond them stay owed for the next call. Nothing here is
    ///      caught: if the distributor refuses, the whole call reverts and every fee stays owed,
    ///      so no gas limit can make fees or work go missing.
    function distributeFees(uint256 rollupId, uint256 maxBatches) external nonReentrant {
        require(address(this) != _self);
        Rollup storage r = _rollup(rollupId);
        if (!r.settled) _chargeService(rollupId, r);
        uint256 from = r.distributedCount;
        uint256 to = Math.min(r.finalizedCount, from + maxBatches);
        Split memory sp = _split(rollupId, r, from, to);
        r.distributedCount = uint64(to);
        r.owedTxFees -= uint128(sp.txTotal);
        r.owedStorageFees -= uint128(sp.storageTotal);
        r.owedServiceFees -= uint128(sp.serviceTotal);

        bytes32 sourceId = bytes32(rollupId);
        (address[] memory ops, uint256 n) = (sp.ops, sp.n);
        assembly ("memory-safe") {
            mstore(ops, n)
        }
        _pay(IFeeDistributor.FeeSource.Transaction, sourceId, ops, sp.tx, n, sp.txTotal);
        _pay(IFeeDistributor.FeeSource.Storage, sourceId, ops, sp.storage_, n, sp.storageTotal);
        _pay(IFeeDistributor.FeeSource.Service, sourceId, ops, sp.service, n, sp.serviceTotal);
        // A settled rollup's last service fees with no batch left to pay them to are shared.
        uint256 service = r.owedServiceFees;
        if (r.settled && service > 0 && to == r.batchCount) {
            r.owedServiceFees = 0;
            feeDistributor.depositFees(IFeeDistributor.FeeSource.Service, sourceId, service);
            sp.serviceTotal += service;
        }
        emit FeesDistributed(rollupId, sp.txTotal, sp.storageTotal, sp.serviceTotal, from, to);
    }

    /// @notice See IRollupManager.
    /// @dev Only when nobody can lead the current sequence: no sequencer had stake at its
    ///      snapshot (as right after creation), or `RESEED_AFTER_TURNS` turns passed without a
    ///      post (its drawn leaders are offline or inactive). Whoever calls picks the block, and
    ///      so the seed, but not the stake it is drawn over.
    function reseed(uint256 rollupId) external {
        require(address(this) != _self);
        Rollup storage r = _live(rollupId);
        require(r.sequencing == Sequencing.Squad, RollupInvalidParams("sequencing"));
        if (block.timestamp < r.turnStart + RESEED_AFTER_TURNS * r.params.slotLength) {
            (,, uint256 total) = _drawWeights(rollupId, r);
            require(total == 0, RollupHasCandidates());
        }
        _startTurns(rollupId, r);
        emit TurnsReseeded(rollupId, _turnSeeds[rollupId], msg.sender);
    }

    /// @notice See IRollupManager.
    /// @dev Settled means every batch is final, so `headRoot` is the final root; the escrow then
    ///      holds exactly the balances and unclaimed withdrawals in it.
    function claimBalance(
        uint256 rollupId,
        address account,
        uint256 balance,
        uint64 nonce,
        uint256 bitmap,
        bytes32[] calldata siblings
    ) external nonReentrant {
        require(address(this) != _self);
        Rollup storage r = _rollup(rollupId);
        require(r.settled, RollupNotSettled());
        require(balance > 0, RollupZeroAmount());
        uint256 key = Smt.accountKey(account);
        require(!_claimed[rollupId][key], RollupBalanceClaimed(account));
        require(
            Smt.verify(r.headRoot, key, Smt.accountLeaf(account, balance, nonce), bitmap, siblings),
            RollupBadBalanceProof()
        );
        require(balance <= r.l2Escrow, RollupInsolvent(balance, r.l2Escrow));
        // Account keys and withdrawal keys are disjoint (bit 160), so one ledger serves both.
        _claimed[rollupId][key] = true;
        r.l2Escrow -= uint128(balance);
        token.safeTransfer(account, balance);
        emit BalanceClaimed(rollupId, account, balance);
    }

    function _pay(
        IFeeDistributor.FeeSource source,
        bytes32 sourceId,
        address[] memory ops,
        uint256[] memory amounts,
        uint256 n,
        uint256 total
    ) private {
        if (total == 0) return;
        assembly ("memory-safe") {
            mstore(amounts, n)
        }
        feeDistributor.depositAttributedFees(source, sourceId, ops, amounts);
    }

    /// @dev Who is owed what for batches `from..to-1`: each batch's fees (capped by what is owed,
    ///      in order) split equally among its duties; the service fees owed by duty count.
    function _split(uint256 rollupId, Rollup storage r, uint256 from, uint256 to)
        private
        view
        returns (Split memory sp)
    {
        uint256 cap;
        for (uint256 i = from; i < to; ++i) {
            cap += 5 + _batches[rollupId][i].moreAttesters.length / 4;
        }
        (sp.ops, sp.tx, sp.storage_, sp.service) =
        (new address[](cap), new uint256[](cap), new uint256[](cap), new uint256[](cap));
        uint256 txLeft = r.owedTxFees;
        uint256 storageLeft = r.owedStorageFees;
        uint256[] memory units = new uint256[](cap);
        uint256 totalUnits;
        for (uint256 i = from; i < to; ++i) {
            Batch storage b = _batches[rollupId][i];
            bytes memory ids = _attesterIds(b);
            uint256 duties = 1 + ids.length / 4;
            uint256 txFee = Math.min(b.feesCollected, txLeft);
            uint256 storageFee = Math.min(b.storageFee, storageLeft);
            (txLeft, storageLeft) = (txLeft - txFee, storageLeft - storageFee);
            (sp.txTotal, sp.storageTotal) = (sp.txTotal + txFee, sp.storageTotal + storageFee);
            // The sequencer takes its share and the rounding remainder.
            uint256 k = _slot(sp, b.sequencer);
            sp.tx[k] += txFee - txFee / duties * (duties - 1);
            sp.storage_[k] += storageFee - storageFee / duties * (duties - 1);
            ++units[k];
            for (uint256 j; j < ids.length / 4; ++j) {
                k = _slot(sp, staking.operatorById(_idAt(ids, j)));
                sp.tx[k] += txFee / duties;
                sp.storage_[k] += storageFee / duties;
                ++units[k];
            }
            totalUnits += duties;
        }
        uint256 service = r.owedServiceFees;
        if (totalUnits == 0 || service == 0) return sp;
        for (uint256 k; k < sp.n; ++k) {
            sp.service[k] = service * units[k] / totalUnits;
            sp.serviceTotal += sp.service[k];
        }
        // The rounding remainder to the first batch's sequencer.
        sp.service[0] += service - sp.serviceTotal;
        sp.serviceTotal = service;
    }

    /// @dev Index of `op` in the split, adding it if new.
    function _slot(Split memory sp, address op) private pure returns (uint256 k) {
        for (; k < sp.n; ++k) {
            if (sp.ops[k] == op) return k;
        }
        sp.ops[k] = op;
        ++sp.n;
    }
}
