// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SparseMerkleTree} from "../../src/rollup/lib/SparseMerkleTree.sol";

/// @notice A deliberately naive reference for the sparse Merkle tree: roots and proofs computed
///         from the whole key set, level by level. Only for tests.
library SmtReference {
    /// @notice Root of the subtree at `height` whose keys satisfy `key >> height == prefix`,
    ///         merged level by level from its sorted leaves (no recursion: 161 levels deep). A
    ///         subtree with one leaf is that leaf's node, whatever its height.
    function subtree(uint256[] memory keys, bytes32[] memory leaves, uint256 height, uint256 prefix)
        internal
        pure
        returns (bytes32)
    {
        uint256[] memory path = new uint256[](keys.length);
        bytes32[] memory hash = new bytes32[](keys.length);
        bool[] memory lone = new bool[](keys.length);
        uint256 n;
        for (uint256 i; i < keys.length; ++i) {
            if (uint256(keys[i]) >> height != prefix || leaves[i] == 0) continue;
            // insertion sort by key
            uint256 j = n++;
            while (j > 0 && path[j - 1] > keys[i]) {
                path[j] = path[j - 1];
                hash[j] = hash[j - 1];
                --j;
            }
            path[j] = keys[i];
            hash[j] = SparseMerkleTree.leafNode(keys[i], leaves[i]);
        }
        for (uint256 i; i < n; ++i) {
            lone[i] = true;
        }
        for (uint256 level; level < height; ++level) {
            uint256 m;
            for (uint256 i; i < n;) {
                uint256 parent = path[i] >> 1;
                bytes32 h;
                bool single;
                if (path[i] & 1 == 0 && i + 1 < n && path[i + 1] >> 1 == parent) {
                    h = SparseMerkleTree.hashNode(hash[i], hash[i + 1]);
                    i += 2;
                } else if (lone[i]) {
                    (h, single) = (hash[i], true);
                    i += 1;
                } else {
                    h = path[i] & 1 == 0 ? SparseMerkleTree.hashNode(hash[i], 0) : SparseMerkleTree.hashNode(0, hash[i]);
                    i += 1;
                }
                path[m] = parent;
                hash[m] = h;
                lone[m] = single;
                ++m;
            }
            n = m;
        }
        return n == 0 ? bytes32(0) : hash[0];
    }

    /// @notice Root of the tree holding `leaves[i]` at `keys[i]`.
    function root(uint256[] memory keys, bytes32[] memory leaves) internal pure returns (bytes32) {
        return subtree(keys, leaves, SparseMerkleTree.DEPTH, 0);
    }

    /// @notice Canonical proof of `key` whose path does not end at another key's leaf node
    ///         (membership, or absence in an empty subtree); reverts otherwise.
    function proof(uint256[] memory keys, bytes32[] memory leaves, uint256 key)
        internal
        pure
        returns (uint256 bitmap, bytes32[] memory siblings)
    {
        uint256 otherKey;
        bytes32 otherLeaf;
        (bitmap, siblings, otherKey, otherLeaf) = fullProof(keys, leaves, key);
        require(otherLeaf == 0, "SmtReference: the key's place holds another leaf: use fullProof");
    }

    /// @notice Canonical proof of `key`, with the other key and leaf whose leaf node holds an
    ///         absent key's place (zero when there is none).
    function fullProof(uint256[] memory keys, bytes32[] memory leaves, uint256 key)
        internal
        pure
        returns (uint256 bitmap, bytes32[] memory siblings, uint256 otherKey, bytes32 otherLeaf)
    {
        // The path ends at the highest height whose subtree around `key` holds one leaf or none.
        uint256 bottom = SparseMerkleTree.DEPTH;
        for (uint256 h; h <= SparseMerkleTree.DEPTH; ++h) {
            uint256 count;
            uint256 last;
            for (uint256 i; i < keys.length; ++i) {
                if (leaves[i] != 0 && keys[i] >> h == key >> h) (count, last) = (count + 1, i);
            }
            if (count >= 2) {
                bottom = h - 1;
                break;
            }
            if (count == 1 && keys[last] != key) (otherKey, otherLeaf) = (keys[last], leaves[last]);
        }
        bytes32[] memory all = new bytes32[](SparseMerkleTree.DEPTH);
        uint256 n;
        for (uint256 h = bottom; h < SparseMerkleTree.DEPTH; ++h) {
            bytes32 s = subtree(keys, leaves, h, (uint256(key) >> h) ^ 1);
            if (s != 0) {
                bitmap |= 1 << h;
                all[n++] = s;
            }
        }
        siblings = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            siblings[i] = all[i];
        }
    }

    /// @notice Siblings of leaf `i` in the steps tree over `leaves` (BatchHeader's layout),
    ///         from the leaf up, computed level by level from all leaves.
    function stepProof(bytes32[] memory leaves, uint256 i) internal pure returns (bytes32[] memory proof) {
        uint256 height;
        while ((1 << height) < leaves.length) ++height;
        proof = new bytes32[](height);
        bytes32[] memory level = new bytes32[](leaves.length);
        for (uint256 k; k < leaves.length; ++k) {
            level[k] = leaves[k];
        }
        uint256 n = level.length;
        for (uint256 lv; lv < height; ++lv) {
            uint256 sib = (i >> lv) ^ 1;
            proof[lv] = sib < n ? level[sib] : bytes32(0);
            uint256 half = (n + 1) / 2;
            for (uint256 k; k < half; ++k) {
                level[k] = SparseMerkleTree.hashNode(level[2 * k], 2 * k + 1 < n ? level[2 * k + 1] : bytes32(0));
            }
            n = half;
        }
    }
}
