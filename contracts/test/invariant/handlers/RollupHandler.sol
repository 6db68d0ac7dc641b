// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../../src/interfaces/IRollupManager.sol";
import {SparseMerkleTree as Smt} from "../../../src/rollup/lib/SparseMerkleTree.sol";
import {RollupFixture} from "../../utils/RollupFixture.sol";

/// @notice Drives one SQUAD rollup through random deposits, honest batches (transfers and
///         withdrawals, valid or not), attestations, time, finalization, withdrawal claims and
///         fee distribution, keeping ghost records the invariants check against the contract.
///         It owns the deployed system (it is the fixture), so every action is a real call.
contract RollupHandler is RollupFixture {
    struct Claimable {
        address sender;
        uint64 nonce;
        uint256 amount;
        uint256 batchIndex;
        uint256 bitmap;
        bytes32[] siblings;
    }

    struct Snapshot {
        uint256 depositsIncluded; // L1 deposit money included up to and including this batch
        uint256 supply; // L2 balances after it
        uint256 withdrawalsCreated; // withdrawal leaves' amounts up to it
        uint48 postedAt;
    }

    // ghosts
    uint256 public ghostDeposited;
    uint256 public ghostClaimed;
    uint256 public ghostIncludedDeposits;
    uint256 public ghostWithdrawalsCreated;
    bool public ghostNonLeaderAccepted;
    bool public ghostDoubleClaimPaid;
    bool public ghostHonestChallengeWon;
    bool public ghostFinalBeforeWindow;
    uint256 public batchesPosted;

    Snapshot[] internal _snaps;
    mapping(uint256 batchIndex => uint8 mask) internal _attested;
    mapping(uint256 batchIndex => uint8 count) internal _attesters;
    uint256 internal _checkedFinal;
    Claimable[] internal _claimables;
    mapping(uint256 => bool) internal _claimedIdx;
    address[] internal _queue; // recipients of deposits not yet included
    uint256[] internal _queueAmounts;
    uint256 internal _queueHead;
    uint64 internal _nextDepositIndex;

    function init() external {
        setUp();
        _setUpSquad();
    }

    // ---------------------------------------------------------------- actions

    function deposit(uint256 amountSeed, bool toSecond) external {
        uint256 amount = bound(amountSeed, 1, 1000 ether);
        address to = toSecond ? user2 : user;
        vm.prank(alice);
        rollups.deposit(rid, to, amount);
        ghostDeposited += amount;
        _queue.push(to);
        _queueAmounts.push(amount);
    }

    function postBatch(uint256 seed) external {
        // every waiting deposit, then a few signed transactions (some invalid)
        uint256 includedHere;
        while (_queueHead < _queue.length) {
            _includeDeposit(_nextDepositIndex++, _queue[_queueHead], _queueAmounts[_queueHead]);
            includedHere += _queueAmounts[_queueHead];
            ++_queueHead;
        }
        uint256 txs = 1 + seed % 3;
        uint256 withdrawalsHere;
        uint256 firstClaimable = _claimables.length;
        for (uint256 i; i < txs; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            (uint256 key, address from, address to) = r & 1 == 0 ? (USER_KEY, user, user2) : (USER2_KEY, user2, user);
            uint256 bal = _l2Balance(from);
            // mostly affordable, sometimes not (an invalid no-op step)
            uint256 amount = bound(r >> 8, 0, bal + bal / 4 + 1);
            uint256 fee = bound(r >> 128, 0, 1 ether);
            if ((r >> 4) % 3 == 0) {
                uint64 nonce = mNonce[_idx(from)];
                bool ok = amount + fee <= bal;
                _withdraw(key, bob, amount, fee);
                if (ok) {
                    withdrawalsHere += amount;
                    _claimables.push();
                    Claimable storage c = _claimables[_claimables.length - 1];
                    (c.sender, c.nonce, c.amount, c.batchIndex) = (from, nonce, amount, _snaps.length);
                }
            } else {
                _transfer(key, to, amount, fee);
            }
        }
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        // proofs of this batch's withdrawals against its post state
        for (uint256 i = firstClaimable; i < _claimables.length; ++i) {
            Claimable storage c = _claimables[i];
            (c.bitmap, c.siblings) = _proof(Smt.withdrawalKey(c.sender, c.nonce));
        }

        // A non-leader's signature over the very same batch must be refused.
        (address lead,,) = rollups.leader(rid);
        address other = ops[(seed >> 200) % 4];
        if (other != lead) {
            IRollupManagerTypes.BatchPost memory q = p;
            bytes memory leaderSig = p.signature;
            q.signature = _signHeader(keyOf[other], rid, 0, p.header.batchIndex, p.header, p.signedAt);
            try rollups.postBatch(q) {
                ghostNonLeaderAccepted = true;
            } catch {}
            p.signature = leaderSig;
        }
        rollups.postBatch(p);
        if (rollups.batch(rid, p.header.batchIndex).sequencer != lead) ghostNonLeaderAccepted = true;

        ghostIncludedDeposits += includedHere;
        ghostWithdrawalsCreated += withdrawalsHere;
        _snaps.push(
            Snapshot({
                depositsIncluded: ghostIncludedDeposits,
                supply: _l2Supply(),
                withdrawalsCreated: ghostWithdrawalsCreated,
                postedAt: uint48(block.timestamp)
            })
        );
        ++batchesPosted;
        _skip(1);
    }

    function attest(uint256 batchSeed, uint8 maskSeed) external {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        if (r.batchCount == r.finalizedCount) return;
        uint256 b = r.finalizedCount + batchSeed % (r.batchCount - r.finalizedCount);
        if (rollups.batch(rid, b).status != IRollupManagerTypes.BatchStatus.Posted) return;
        uint8 fresh = uint8(maskSeed) & 15 & ~_attested[b];
        if (fresh == 0) return;
        uint256 n;
        for (uint256 i; i < 4; ++i) {
            if (fresh & (1 << i) != 0) ++n;
        }
        uint256[] memory keys = new uint256[](n);
        n = 0;
        for (uint256 i; i < 4; ++i) {
            if (fresh & (1 << i) != 0) keys[n++] = keyOf[ops[i]];
        }
        // Refused (and nothing recorded) once the batch's window is over: late signing risks
        // nothing, so it earns nothing.
        if (!_tryConfirm(b, keys)) return;
        _attested[b] |= fresh;
        _attesters[b] += uint8(n);
        _recordFinality();
    }

    function warp(uint256 secs) external {
        _skip(bound(secs, 1, 2 * WINDOW));
    }

    function finalizeBatches(uint256 max) external {
        rollups.finalize(rid, bound(max, 1, 8));
        _recordFinality();
    }

    function claim(uint256 idxSeed, bool again) external {
        if (_claimables.length == 0) return;
        uint256 i = idxSeed % _claimables.length;
        Claimable storage c = _claimables[i];
        if (!rollups.isFinal(rid, c.batchIndex)) {
            // Against a fast-final root: paid within the value at risk, refused beyond it.
            if (_claimedIdx[i] || c.batchIndex >= rollups.fastRisk(rid).fastFinalCount) return;
            uint256 capacity = rollups.fastWithdrawalCapacity(rid);
            if (c.amount > capacity) {
                vm.expectRevert(
                    abi.encodeWithSelector(IRollupManagerTypes.RollupFastRiskExceeded.selector, c.amount, capacity)
                );
            } else {
                ghostClaimed += c.amount;
                _claimedIdx[i] = true;
            }
            rollups.claimWithdrawal(rid, c.batchIndex, c.sender, c.nonce, bob, c.amount, c.bitmap, c.siblings);
            return;
        }
        if (_claimedIdx[i]) {
            if (!again) return;
            try rollups.claimWithdrawal(rid, c.batchIndex, c.sender, c.nonce, bob, c.amount, c.bitmap, c.siblings) {
                ghostDoubleClaimPaid = true;
            } catch {}
            return;
        }
        rollups.claimWithdrawal(rid, c.batchIndex, c.sender, c.nonce, bob, c.amount, c.bitmap, c.siblings);
        _claimedIdx[i] = true;
        ghostClaimed += c.amount;
    }

    function challengeHonest(uint256 stepSeed) external {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        // only the last built batch's step data is kept; it must be pending and in its window
        if (r.batchCount == 0 || r.batchCount == r.finalizedCount) return;
        if (lastHeader.batchIndex != r.batchCount - 1) return;
        if (rollups.batch(rid, lastHeader.batchIndex).status != IRollupManagerTypes.BatchStatus.Posted) return;
        try rollups.challenge(lastHeader, _stepProof(stepSeed % lastTxs.length)) {
            ghostHonestChallengeWon = true;
        } catch {}
    }

    function distribute(uint256 max) external {
        rollups.distributeFees(rid, bound(max, 1, 8));
    }

    // ---------------------------------------------------------------- ghosts

    /// @dev Every batch that became final since the last look had its window over, quorum or not
    ///      (a quorum only makes it fast-final: it stays open to fraud proofs).
    function _recordFinality() internal {
        uint256 f = rollups.rollup(rid).finalizedCount;
        for (uint256 i = _checkedFinal; i < f; ++i) {
            if (block.timestamp < uint256(_snaps[i].postedAt) + WINDOW) {
                ghostFinalBeforeWindow = true;
            }
        }
        _checkedFinal = f;
    }

    /// @notice The model's accounting at the last final batch (zeros before the first).
    function finalSnapshot() external view returns (Snapshot memory s) {
        uint256 f = rollups.rollup(rid).finalizedCount;
        if (f > 0) s = _snaps[f - 1];
    }
}
