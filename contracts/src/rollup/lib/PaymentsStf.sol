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
    ///         For an absent account whose path ends at another key's leaf node, `otherKey`
    ///         and `otherLeaf` name that key and its leaf (both zero otherwise).
    struct AccountProof {
        uint256 balance;
        uint64 nonce;
        uint256 bitmap;
        bytes32[] siblings;
        uint256 otherKey;
        bytes32 otherLeaf;
    }

    /// @notice A leaf's proof (for withdrawal keys: `leaf` is what the key holds, zero if empty).
    ///         `otherKey` and `otherLeaf` as for an account.
    struct LeafProof {
        uint256 bitmap;
        bytes32[] siblings;
        uint256 otherKey;
        bytes32 otherLeaf;
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
        require(_accountRoot(from, a) == root, StfProofMismatch(0));
        if (from == address(0) || t.nonce != a.nonce || a.nonce == type(uint64).max) return (root, 0);
        if (t.kind == RollupTx.WITHDRAWAL && t.to == address(0)) return (root, 0);
        (bool ok, uint256 total) = _add(t.amount, t.fee);
        if (!ok || a.balance < total) return (root, 0);

        (, bytes32 mid) = _account(from, a, a.balance - total, a.nonce + 1);
        if (t.kind == RollupTx.TRANSFER) {
            require(_accountRoot(t.to, b) == mid, StfProofMismatch(1));
            (bool fits, uint256 credited) = _add(b.balance, t.amount);
            if (!fits) return (root, 0);
            (, post) = _account(t.to, b, credited, b.nonce);
        } else {
            post = _withdraw(Smt.withdrawalKey(from, a.nonce), w, mid, Smt.withdrawalLeaf(t.to, t.amount));
            // A key already taken (two withdrawals whose truncated key hashes collide): a no-op.
            if (post == 0) return (root, 0);
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
        require(_accountRoot(t.from, a) == root, StfProofMismatch(0));
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
        require(_accountRoot(t.to, b) == root, StfProofMismatch(1));
        (bool fits, uint256 credited) = _add(b.balance, t.amount);
        if (!fits) return root;
        (, post) = _account(t.to, b, credited, b.nonce);
    }

    /// @dev The roots before and after `who`'s account goes from `p`'s contents to
    ///      (`balance`, `nonce`).
    function _account(address who, AccountProof memory p, uint256 balance, uint64 nonce)
        private
        pure
        returns (bytes32, bytes32)
    {
        return Smt.update(
            Smt.accountKey(who),
            Smt.accountLeaf(who, p.balance, p.nonce),
            Smt.accountLeaf(who, balance, nonce),
            p.bitmap,
            p.siblings,
            p.otherKey,
            p.otherLeaf
        );
    }

    /// @dev The root after withdrawal `leaf` is written at `key`, which `w` proves against
    ///      `mid`; zero when the key is already taken.
    function _withdraw(uint256 key, LeafProof memory w, bytes32 mid, bytes32 leaf) private pure returns (bytes32) {
        (bytes32 before,) = Smt.update(key, w.leaf, w.leaf, w.bitmap, w.siblings, w.otherKey, w.otherLeaf);
        require(before == mid, StfProofMismatch(2));
        if (w.leaf != 0) return 0;
        (, bytes32 post) = Smt.update(key, 0, leaf, w.bitmap, w.siblings, w.otherKey, w.otherLeaf);
        return post;
    }

    /// @dev The root `p` proves for `who`'s account.
    function _accountRoot(address who, AccountProof memory p) private pure returns (bytes32 root) {
        (root,) = _account(who, p, p.balance, p.nonce);
    }

    function _add(uint256 x, uint256 y) private pure returns (bool, uint256) {
        unchecked {
            // Overflow is detected by the wrap-around, then reported as an invalid transaction.
            uint256 z = x + y;
            return (z >= x, z);
        }
    }
}
