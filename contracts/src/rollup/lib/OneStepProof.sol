// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "./BatchHeader.sol";
import {PaymentsStf} from "./PaymentsStf.sol";
import {RollupTx} from "./RollupTx.sol";

/// @title OneStepProof
/// @notice Section 6 of docs/rollup-stf.md: shows that step `i` of a posted batch is wrong by
///         replaying transaction `i` from the root before it, against Merkle proofs. The
///         RollupManager calls `isFraud` and reverts the batch only when it returns true.
library OneStepProof {
    /// @notice Everything a challenger submits about one step.
    struct Step {
        /// Index of the challenged transaction in the batch.
        uint256 index;
        /// The transaction's packed bytes (its hash is leaf material of step `index`).
        bytes txBytes;
        /// Root after the transaction and fees collected up to it, as the batch claims them.
        bytes32 claimedRoot;
        uint256 claimedFees;
        /// Proof of step `index` in the header's steps tree.
        bytes32[] stepProof;
        /// For `index > 0`: transaction hash, root and fees of step `index - 1`, and its proof.
        bytes32 prevTxHash;
        bytes32 prevRoot;
        uint256 prevFees;
        bytes32[] prevStepProof;
        /// State proofs for the replay (see PaymentsStf).
        PaymentsStf.AccountProof sender;
        PaymentsStf.AccountProof recipient;
        PaymentsStf.LeafProof withdrawal;
    }

    /// @notice The step index is outside the batch.
    error OneStepIndexOutOfRange(uint256 index, uint256 txCount);
    /// @notice A step proof does not prove its leaf in the header's steps tree.
    error OneStepBadStepProof(uint256 index);

    /// @notice Whether replaying step `s.index` of the batch `h` (signed under `domain`) lands on
    ///         a different root, or a different running fee total, than the batch claims. Reverts when the submitted step data is
    ///         not the batch's own (so a bad challenge can never look like fraud).
    function isFraud(bytes32 domain, BatchHeader.Header memory h, Step memory s) internal pure returns (bool) {
        require(s.index < h.txCount, OneStepIndexOutOfRange(s.index, h.txCount));
        uint256 height = _height(h.txCount);
        bytes32 leaf = BatchHeader.stepLeaf(keccak256(s.txBytes), s.claimedRoot, s.claimedFees);
        require(
            s.stepProof.length == height && BatchHeader.verifyStep(h.stepsRoot, s.index, leaf, s.stepProof),
            OneStepBadStepProof(s.index)
        );
        bytes32 pre = h.prevRoot;
        uint256 feesBefore;
        if (s.index > 0) {
            bytes32 prevLeaf = BatchHeader.stepLeaf(s.prevTxHash, s.prevRoot, s.prevFees);
            require(
                s.prevStepProof.length == height
                    && BatchHeader.verifyStep(h.stepsRoot, s.index - 1, prevLeaf, s.prevStepProof),
                OneStepBadStepProof(s.index - 1)
            );
            (pre, feesBefore) = (s.prevRoot, s.prevFees);
        }
        (bytes32 post, uint256 fee) = replay(domain, h.rollupId, pre, s);
        return post != s.claimedRoot || feesBefore + fee != s.claimedFees;
    }

    /// @notice The root after applying the step's transaction to `pre`, and the fee it pays.
    function replay(bytes32 domain, uint256 rollupId, bytes32 pre, Step memory s)
        internal
        pure
        returns (bytes32 post, uint256 fee)
    {
        RollupTx.Tx memory t = RollupTx.decode(s.txBytes);
        if (t.kind == RollupTx.DEPOSIT) {
            // Deposits were matched against the L1 queue when the batch was posted.
            return (PaymentsStf.applyDeposit(pre, t, s.recipient), 0);
        }
        if (t.kind == RollupTx.FORCED_WITHDRAWAL) {
            // Authorised by its L1 queue entry (matched when the batch was posted), not by a
            // signature.
            return (PaymentsStf.applyForced(pre, t, s.sender, s.withdrawal), 0);
        }
        address from = RollupTx.sender(domain, rollupId, t);
        return PaymentsStf.applySigned(pre, t, from, s.sender, s.recipient, s.withdrawal);
    }

    /// @dev Height of the steps tree over `n` leaves: ceil(log2(n)). Requiring proofs of exactly
    ///      this length stops an inner node being passed off as a leaf.
    function _height(uint256 n) private pure returns (uint256 h) {
        while ((1 << h) < n) ++h;
    }
}
