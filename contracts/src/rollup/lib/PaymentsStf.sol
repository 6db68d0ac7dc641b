// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RollupTx} from "./RollupTx.sol";
import {SparseMerkleTree as Smt} from "./SparseMerkleTree.sol";

/// @title PaymentsStf
/// @notice One step of the payments state machine (docs/rollup-stf.md, section 4), replayed
///         against Merkle proofs: what the one-step fraud proof runs on chain. An invalid
///         transaction is a no-op (post root = pre root, no fee).
library PaymentsStf {
    /// @notice An account's leaf contents and its proof against the root the update starts from.
    struct AccountProof {
        uint256 balance;
        uint64 nonce;
        uint256 bitmap;
        bytes32[] siblings;
    }

    /// @notice A leaf's proof (for withdrawal keys: `leaf` is what the key holds, zero if empty).
    struct LeafProof {
        uint256 bitmap;
        bytes32[] siblings;
        bytes32 leaf;
    }

    /// @notice A proof does not match the root it must be checked against.
    error StfProofMismatch(uint256 which);

    /// @notice Applies a transfer or withdrawal signed by `from` (zero for a bad signature).
    /// @param a the sender's account and proof against `root`.
    /// @param b for a transfer: the recipient's account and proof against the root after the
    ///        sender's update; unused for a withdrawal.
    /// @param w for a withdrawal: the proof of its key (and what it holds) against the root
    ///        after the sender's update; unused for a transfer. A key already taken (two
    ///        withdrawals whose truncated key hashes collide) makes the withdrawal invalid.
    /// @return post the root after the step.
    /// @return fee the fee the batch collects (zero for an invalid transaction).
    function applySigned(
        bytes32 root,
        RollupTx.Tx memory t,
        address from,
        AccountProof memory a,
        AccountProof memory b,
        LeafProof memory w
    ) internal pure returns (bytes32 post, uint256 fee) {
        uint256 fromKey = Smt.accountKey(from);
        require(
            Smt.computeRoot(fromKey, Smt.accountLeaf(from, a.balance, a.nonce), a.bitmap, a.siblings) == root,
            StfProofMismatch(0)
        );
        if (from == address(0) || t.nonce != a.nonce || a.nonce == type(uint64).max) return (root, 0);
        if (t.kind == RollupTx.WITHDRAWAL && t.to == address(0)) return (root, 0);
        (bool ok, uint256 total) = _add(t.amount, t.fee);
        if (!ok || a.balance < total) return (root, 0);

        bytes32 mid =
            Smt.computeRoot(fromKey, Smt.accountLeaf(from, a.balance - total, a.nonce + 1), a.bitmap, a.siblings);
        if (t.kind == RollupTx.TRANSFER) {
            require(
                Smt.computeRoot(Smt.accountKey(t.to), Smt.accountLeaf(t.to, b.balance, b.nonce), b.bitmap, b.siblings)
                    == mid,
                StfProofMismatch(1)
            );
            (bool fits, uint256 credited) = _add(b.balance, t.amount);
            if (!fits) return (root, 0);
            post = Smt.computeRoot(Smt.accountKey(t.to), Smt.accountLeaf(t.to, credited, b.nonce), b.bitmap, b.siblings);
        } else {
            uint256 key = Smt.withdrawalKey(from, a.nonce);
            require(Smt.computeRoot(key, w.leaf, w.bitmap, w.siblings) == mid, StfProofMismatch(2));
            if (w.leaf != 0) return (root, 0);
            post = Smt.computeRoot(key, Smt.withdrawalLeaf(t.to, t.amount), w.bitmap, w.siblings);
        }
        fee = t.fee;
    }

    /// @notice Applies a forced withdrawal of `t.amount` by `t.from` (already matched against the
    ///         L1 queue by the caller): a withdrawal without fee at the sender's nonce of
    ///         min(`t.amount`, balance), so that no transaction of its own the sequencer puts
    ///         first can turn the exit into a no-op; a no-op only for an empty balance (or an
    ///         exhausted nonce, or a taken key). `a` and `w` as for `applySigned`.
    function applyForced(bytes32 root, RollupTx.Tx memory t, AccountProof memory a, LeafProof memory w)
        internal
        pure
        returns (bytes32 post)
    {
        require(
            Smt.computeRoot(Smt.accountKey(t.from), Smt.accountLeaf(t.from, a.balance, a.nonce), a.bitmap, a.siblings)
                == root,
            StfProofMismatch(0)
        );
        if (a.balance == 0) return root;
        if (t.amount > a.balance) t.amount = a.balance;
        (t.kind, t.nonce, t.fee) = (RollupTx.WITHDRAWAL, a.nonce, 0);
        AccountProof memory none;
        (post,) = applySigned(root, t, t.from, a, none, w);
    }

    /// @notice Applies a deposit (already matched against the L1 queue by the caller).
    /// @param b the recipient's account and proof against `root`.
    function applyDeposit(bytes32 root, RollupTx.Tx memory t, AccountProof memory b)
        internal
        pure
        returns (bytes32 post)
    {
        require(
            Smt.computeRoot(Smt.accountKey(t.to), Smt.accountLeaf(t.to, b.balance, b.nonce), b.bitmap, b.siblings)
                == root,
            StfProofMismatch(1)
        );
        (bool fits, uint256 credited) = _add(b.balance, t.amount);
        if (!fits) return root;
        post = Smt.computeRoot(Smt.accountKey(t.to), Smt.accountLeaf(t.to, credited, b.nonce), b.bitmap, b.siblings);
    }

    function _add(uint256 x, uint256 y) private pure returns (bool, uint256) {
        unchecked {
            // Overflow is detected by the wrap-around, then reported as an invalid transaction.
            uint256 z = x + y;
            return (z >= x, z);
        }
    }
}
