// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SparseMerkleTree
/// @notice The rollup state tree of docs/rollup-stf.md (sections 1-2): a keccak sparse Merkle
///         tree over 161-bit keys with the empty short-cut (`node(0, 0) = 0`) and single-leaf
///         subtrees compressed into leaf nodes, so a path is as long as the keys around it need
///         (about log2 of the leaf count), and the account and withdrawal leaves stored in it.
///         The top key bit separates the two key spaces: an account's key is its address (bit
///         160 clear), a withdrawal's key has bit 160 set, so no account can ever sit at a
///         withdrawal's key or the other way round, and every step of every batch has the
///         proofs its replay needs.
library SparseMerkleTree {
    /// @notice Keys are 161 bits (bit 160: withdrawal key space); the root sits at height 161.
    uint256 internal constant DEPTH = 161;
    /// @notice The bit that marks withdrawal keys.
    uint256 internal constant WITHDRAWAL_SPACE = 1 << 160;
    /// @notice Kind tag of account leaves.
    uint256 internal constant ACCOUNT_LEAF = 1;
    /// @notice Kind tag of withdrawal leaves.
    uint256 internal constant WITHDRAWAL_LEAF = 2;

    /// @notice The proof lists more or fewer siblings than its bitmap announces, lists a zero
    ///         sibling, sets bitmap bits above the tree's depth, or gives an other leaf where
    ///         none belongs (beside a present key, at the key itself, with a zero leaf, or
    ///         outside the proof's bottom subtree).
    error SmtNonCanonicalProof();
    /// @notice An update would empty a key that holds a leaf (the state machine never does).
    error SmtDeletion();

    /// @notice Hash of an inner node; two empty children make an empty node.
    function hashNode(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        if (left == 0 && right == 0) return 0;
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @notice Hash of the leaf node of a subtree whose only leaf is `leaf` at `key`:
    ///         keccak(0x01 ‖ key ‖ leaf), 65 bytes, so it can never pass for an inner node.
    function leafNode(uint256 key, bytes32 leaf) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 1)
            mstore(add(p, 1), key)
            mstore(add(p, 33), leaf)
            h := keccak256(p, 65)
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

    /// @notice The roots before and after `key`'s leaf goes from `oldLeaf` to `newLeaf`, given
    ///         `key`'s proof against the tree before: bit h of `bitmap` set means the sibling at
    ///         height h is the next of `siblings`; the path ends at the lowest set bit (161 for
    ///         none), where sits `key`'s leaf node, an empty subtree, or the leaf node of the one
    ///         other key `otherKey` (with `otherLeaf`; both zero when there is none).
    /// @dev Reverts on a non-canonical proof, so a root has exactly one proof per key.
    function update(
        uint256 key,
        bytes32 oldLeaf,
        bytes32 newLeaf,
        uint256 bitmap,
        bytes32[] memory siblings,
        uint256 otherKey,
        bytes32 otherLeaf
    ) internal pure returns (bytes32 oldRoot, bytes32 newRoot) {
        require(bitmap >> DEPTH == 0, SmtNonCanonicalProof());
        uint256 from = _bottom(bitmap);
        if (otherLeaf == 0) {
            require(otherKey == 0, SmtNonCanonicalProof());
        } else {
            require(
                oldLeaf == 0 && otherKey != key && otherKey >> DEPTH == 0 && otherKey >> from == key >> from,
                SmtNonCanonicalProof()
            );
        }
        require(oldLeaf == 0 || newLeaf != 0, SmtDeletion());
        bytes32 oldBottom;
        bytes32 newBottom;
        if (oldLeaf != 0) {
            (oldBottom, newBottom) = (leafNode(key, oldLeaf), leafNode(key, newLeaf));
        } else if (otherLeaf != 0) {
            oldBottom = leafNode(otherKey, otherLeaf);
            newBottom = newLeaf == 0 ? oldBottom : _pair(key, leafNode(key, newLeaf), otherKey, oldBottom, from);
        } else if (newLeaf != 0) {
            newBottom = leafNode(key, newLeaf);
        }
        oldRoot = _climb(key, oldBottom, from, bitmap, siblings);
        newRoot = newLeaf == oldLeaf ? oldRoot : _climb(key, newBottom, from, bitmap, siblings);
    }

    /// @notice Root of the tree in which `key` holds `leaf` (zero: `key` is absent and its path
    ///         ends in an empty subtree), given `key`'s proof without an other leaf.
    function computeRoot(uint256 key, bytes32 leaf, uint256 bitmap, bytes32[] memory siblings)
        internal
        pure
        returns (bytes32)
    {
        require(bitmap >> DEPTH == 0, SmtNonCanonicalProof());
        return _climb(key, leaf == 0 ? bytes32(0) : leafNode(key, leaf), _bottom(bitmap), bitmap, siblings);
    }

    /// @notice Whether `key` holds `leaf` in the tree with `root`.
    function verify(bytes32 root, uint256 key, bytes32 leaf, uint256 bitmap, bytes32[] memory siblings)
        internal
        pure
        returns (bool)
    {
        return computeRoot(key, leaf, bitmap, siblings) == root;
    }

    /// @dev `node` at height `from` on `key`'s path, combined with the proof's siblings up to
    ///      the root.
    function _climb(uint256 key, bytes32 node, uint256 from, uint256 bitmap, bytes32[] memory siblings)
        private
        pure
        returns (bytes32)
    {
        uint256 next;
        for (uint256 h = from; h < DEPTH; ++h) {
            bytes32 sibling;
            if ((bitmap >> h) & 1 == 1) {
                require(next < siblings.length, SmtNonCanonicalProof());
                sibling = siblings[next++];
                require(sibling != 0, SmtNonCanonicalProof());
            }
            node = (key >> h) & 1 == 1 ? hashNode(sibling, node) : hashNode(node, sibling);
        }
        require(next == siblings.length, SmtNonCanonicalProof());
        return node;
    }

    /// @dev The subtree at height `top` holding the leaf nodes of the distinct keys `a` and `b`
    ///      (which agree on every bit from `top` up): they meet just below the highest bit they
    ///      differ in, and single-child inner nodes carry the pair up to `top`.
    function _pair(uint256 a, bytes32 aNode, uint256 b, bytes32 bNode, uint256 top)
        private
        pure
        returns (bytes32 node)
    {
        uint256 split = _highestBit(a ^ b);
        node = (a >> split) & 1 == 1 ? hashNode(bNode, aNode) : hashNode(aNode, bNode);
        for (uint256 h = split + 1; h < top; ++h) {
            node = (a >> h) & 1 == 1 ? hashNode(0, node) : hashNode(node, 0);
        }
    }

    /// @dev Height at which the path of a proof with `bitmap` ends: its lowest set bit, or the
    ///      root's height when it has none.
    function _bottom(uint256 bitmap) private pure returns (uint256) {
        if (bitmap == 0) return DEPTH;
        unchecked {
            return _highestBit(bitmap & (~bitmap + 1));
        }
    }

    /// @dev Index of the highest set bit of a non-zero `x`.
    function _highestBit(uint256 x) private pure returns (uint256 h) {
        for (uint256 step = 128; step > 0; step >>= 1) {
            if (x >> step != 0) {
                x >>= step;
                h += step;
            }
        }
    }
}
