// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SparseMerkleTree
/// @notice The rollup state tree of docs/rollup-stf.md (sections 1-2): a keccak sparse Merkle
///         tree of depth 161 with the empty short-cut (`node(0, 0) = 0`), and the account and
///         withdrawal leaves stored in it. The top key bit separates the two key spaces: an
///         account's key is its address (bit 160 clear), a withdrawal's key has bit 160 set, so
///         no account can ever sit at a withdrawal's key or the other way round, and every step
///         of every batch has the proofs its replay needs.
library SparseMerkleTree {
    /// @notice Tree depth: keys are 161 bits (bit 160: withdrawal key space).
    uint256 internal constant DEPTH = 161;
    /// @notice The bit that marks withdrawal keys.
    uint256 internal constant WITHDRAWAL_SPACE = 1 << 160;
    /// @notice Kind tag of account leaves.
    uint256 internal constant ACCOUNT_LEAF = 1;
    /// @notice Kind tag of withdrawal leaves.
    uint256 internal constant WITHDRAWAL_LEAF = 2;

    /// @notice The proof lists more or fewer siblings than its bitmap announces, lists a zero
    ///         sibling, or sets bitmap bits above the tree's depth.
    error SmtNonCanonicalProof();

    /// @notice Hash of an inner node; two empty children make an empty node.
    function hashNode(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        if (left == 0 && right == 0) return 0;
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @notice Leaf of an account; an account with no balance and no nonce is the empty leaf.
    function accountLeaf(address account, uint256 balance, uint64 nonce) internal pure returns (bytes32) {
        if (balance == 0 && nonce == 0) return 0;
        return keccak256(abi.encode(ACCOUNT_LEAF, account, balance, nonce));
    }

    /// @notice Key of an account: its address, in the account key space (bit 160 clear).
    function accountKey(address account) internal pure returns (uint256) {
        return uint256(uint160(account));
    }

    /// @notice Key of the withdrawal `sender` made with `nonce`, in the withdrawal key space.
    function withdrawalKey(address sender, uint64 nonce) internal pure returns (uint256) {
        return WITHDRAWAL_SPACE | uint160(uint256(keccak256(abi.encode(WITHDRAWAL_LEAF, sender, nonce))));
    }

    /// @notice Leaf of a withdrawal of `amount` to `recipient` on L1.
    function withdrawalLeaf(address recipient, uint256 amount) internal pure returns (bytes32) {
        return keccak256(abi.encode(WITHDRAWAL_LEAF, recipient, amount));
    }

    /// @notice Root of the tree in which `key` holds `leaf`, given the compressed siblings of
    ///         `key` (bit h of `bitmap` set: the sibling at height h is the next of `siblings`).
    /// @dev Reverts on a non-canonical proof, so a root has exactly one proof per key.
    function computeRoot(uint256 key, bytes32 leaf, uint256 bitmap, bytes32[] memory siblings)
        internal
        pure
        returns (bytes32 node)
    {
        require(bitmap >> DEPTH == 0, SmtNonCanonicalProof());
        node = leaf;
        uint256 next;
        for (uint256 h; h < DEPTH; ++h) {
            bytes32 sibling;
            if ((bitmap >> h) & 1 == 1) {
                require(next < siblings.length, SmtNonCanonicalProof());
                sibling = siblings[next++];
                require(sibling != 0, SmtNonCanonicalProof());
            }
            node = (uint256(key) >> h) & 1 == 1 ? hashNode(sibling, node) : hashNode(node, sibling);
        }
        require(next == siblings.length, SmtNonCanonicalProof());
    }

    /// @notice Whether `key` holds `leaf` in the tree with `root`.
    function verify(bytes32 root, uint256 key, bytes32 leaf, uint256 bitmap, bytes32[] memory siblings)
        internal
        pure
        returns (bool)
    {
        return computeRoot(key, leaf, bitmap, siblings) == root;
    }
}
