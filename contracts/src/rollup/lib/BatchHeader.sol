// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SparseMerkleTree as Smt} from "./SparseMerkleTree.sol";

/// @title BatchHeader
/// @notice Batch headers of the payments rollup (docs/rollup-stf.md, section 5): the EIP-712
///         header hash that sequencers sign and verifiers attest to, and the steps root that
///         commits to every transaction's post-state root and running fee total.
library BatchHeader {
    /// @notice EIP-712 type hash of a header.
    bytes32 internal constant HEADER_TYPEHASH = keccak256(
        "Header(uint256 rollupId,uint256 batchIndex,bytes32 prevRoot,bytes32 postRoot,bytes32 txDataHash,"
        "bytes32 stepsRoot,uint256 feesCollected,uint64 depositsProcessed,uint32 txCount)"
    );

    /// @notice A batch header.
    struct Header {
        uint256 rollupId;
        uint256 batchIndex;
        bytes32 prevRoot;
        bytes32 postRoot;
        bytes32 txDataHash;
        bytes32 stepsRoot;
        uint256 feesCollected;
        uint64 depositsProcessed;
        uint32 txCount;
    }

    /// @notice The EIP-712 digest of `h` under `domain` (RollupTx.domainSeparator).
    function hash(bytes32 domain, Header memory h) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                HEADER_TYPEHASH,
                h.rollupId,
                h.batchIndex,
                h.prevRoot,
                h.postRoot,
                h.txDataHash,
                h.stepsRoot,
                h.feesCollected,
                h.depositsProcessed,
                h.txCount
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @notice Leaf `i` of the steps tree: transaction `i`'s hash, the root after it and the fees
    ///         the batch has collected up to and including it.
    function stepLeaf(bytes32 txHash, bytes32 rootAfter, uint256 feesAfter) internal pure returns (bytes32) {
        return keccak256(abi.encode(txHash, rootAfter, feesAfter));
    }

    /// @notice Root of the positional Merkle tree over `leaves`, padded with zero leaves to a
    ///         power of two, using the sparse tree's node hash (empty pairs hash to zero).
    /// @dev Overwrites `leaves` (it is the working buffer).
    function stepsRoot(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 n = leaves.length;
        if (n == 0) return 0;
        while (n > 1) {
            uint256 half = (n + 1) / 2;
            for (uint256 i; i < half; ++i) {
                bytes32 right = 2 * i + 1 < n ? leaves[2 * i + 1] : bytes32(0);
                leaves[i] = Smt.hashNode(leaves[2 * i], right);
            }
            n = half;
        }
        return leaves[0];
    }

    /// @notice Whether `leaf` is leaf `index` of the steps tree with `root`; `proof` lists the
    ///         siblings from the leaf up (its length is the tree's height).
    function verifyStep(bytes32 root, uint256 index, bytes32 leaf, bytes32[] memory proof)
        internal
        pure
        returns (bool)
    {
        bytes32 node = leaf;
        for (uint256 h; h < proof.length; ++h) {
            node = (index >> h) & 1 == 1 ? Smt.hashNode(proof[h], node) : Smt.hashNode(node, proof[h]);
        }
        return index >> proof.length == 0 && node == root;
    }
}
