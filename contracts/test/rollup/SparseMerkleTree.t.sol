// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SparseMerkleTree} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {SmtReference} from "../utils/SmtReference.sol";
import {Test} from "../utils/Test.sol";

/// @dev External entry so reverts of the library can be expected.
contract SmtHarness {
    function computeRoot(uint256 key, bytes32 leaf, uint256 bitmap, bytes32[] memory siblings)
        external
        pure
        returns (bytes32)
    {
        return SparseMerkleTree.computeRoot(key, leaf, bitmap, siblings);
    }

    function update(
        uint256 key,
        bytes32 oldLeaf,
        bytes32 newLeaf,
        uint256 bitmap,
        bytes32[] memory siblings,
        uint256 otherKey,
        bytes32 otherLeaf
    ) external pure returns (bytes32, bytes32) {
        return SparseMerkleTree.update(key, oldLeaf, newLeaf, bitmap, siblings, otherKey, otherLeaf);
    }
}

contract SparseMerkleTreeTest is Test {
    SmtHarness internal smt = new SmtHarness();

    function _set(uint256 seed, uint256 n) internal pure returns (uint256[] memory keys, bytes32[] memory leaves) {
        keys = new uint256[](n);
        leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            address a = address(uint160(uint256(keccak256(abi.encode(seed, i)))));
            keys[i] = uint256(uint160(a));
            leaves[i] = SparseMerkleTree.accountLeaf(a, uint256(keccak256(abi.encode(seed, i, "b"))) % 1e30, uint64(i));
        }
    }

    function test_emptyTree_rootIsZero() public view {
        vm.assertEq(SmtReference.root(new uint256[](0), new bytes32[](0)), bytes32(0));
        vm.assertEq(smt.computeRoot(12_345, 0, 0, new bytes32[](0)), bytes32(0), "absence in the empty tree");
    }

    function test_singleLeaf_isTheRoot() public view {
        uint256 key = 0xf1;
        bytes32 leaf = SparseMerkleTree.accountLeaf(address(uint160(key)), 5, 0);
        bytes32 node = keccak256(abi.encodePacked(uint8(1), key, leaf));
        vm.assertEq(SparseMerkleTree.leafNode(key, leaf), node);
        vm.assertEq(smt.computeRoot(key, leaf, 0, new bytes32[](0)), node);
        uint256[] memory keys = new uint256[](1);
        bytes32[] memory leaves = new bytes32[](1);
        (keys[0], leaves[0]) = (key, leaf);
        vm.assertEq(SmtReference.root(keys, leaves), node);
    }

    /// @dev Two keys that differ only in bit 0 meet at height 1; 160 single-child inner nodes
    ///      carry them to the root.
    function test_twoNeighbours_meetAtTheBottom() public view {
        uint256[] memory keys = new uint256[](2);
        bytes32[] memory leaves = new bytes32[](2);
        (keys[0], keys[1]) = (0xf0, 0xf1);
        (leaves[0], leaves[1]) = (keccak256("a"), keccak256("b"));
        bytes32 node = keccak256(
            abi.encodePacked(SparseMerkleTree.leafNode(0xf0, leaves[0]), SparseMerkleTree.leafNode(0xf1, leaves[1]))
        );
        for (uint256 h = 1; h < 161; ++h) {
            node = (0xf0 >> h) & 1 == 1
                ? keccak256(abi.encodePacked(bytes32(0), node))
                : keccak256(abi.encodePacked(node, bytes32(0)));
        }
        vm.assertEq(SmtReference.root(keys, leaves), node);
        // Inserting the second key through the first one's place gives the same root.
        (uint256 bitmap, bytes32[] memory siblings, uint256 otherKey, bytes32 otherLeaf) =
            SmtReference.fullProof(_one(0xf0), _oneLeaf(leaves[0]), 0xf1);
        vm.assertEq(otherKey, 0xf0);
        (bytes32 before, bytes32 afterwards) = smt.update(0xf1, 0, leaves[1], bitmap, siblings, otherKey, otherLeaf);
        vm.assertEq(before, SparseMerkleTree.leafNode(0xf0, leaves[0]));
        vm.assertEq(afterwards, node);
    }

    function _one(uint256 key) internal pure returns (uint256[] memory keys) {
        keys = new uint256[](1);
        keys[0] = key;
    }

    function _oneLeaf(bytes32 leaf) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](1);
        leaves[0] = leaf;
    }

    /// @dev Every absent key's proof, with or without another key's leaf node in its place,
    ///      shows absence, and inserting through it lands on the reference's root.
    function testFuzz_insertThroughProofMatchesReference(uint256 seed, uint8 size, uint256 key, uint8 near)
        public
        view
    {
        (uint256[] memory keys, bytes32[] memory leaves) = _set(seed, bound(size, 0, 6));
        // Half the time a key next to an existing one (sharing all but its lowest bits).
        if (keys.length > 0 && near % 2 == 0) key = keys[near % keys.length] ^ (uint256(near) % 8 + 1);
        key %= 1 << 161;
        for (uint256 i; i < keys.length; ++i) {
            vm.assume(keys[i] != key);
        }
        bytes32 root = SmtReference.root(keys, leaves);
        (uint256 bitmap, bytes32[] memory siblings, uint256 otherKey, bytes32 otherLeaf) =
            SmtReference.fullProof(keys, leaves, key);
        bytes32 leaf = keccak256(abi.encode(seed, "new"));
        (bytes32 before, bytes32 afterwards) = smt.update(key, 0, leaf, bitmap, siblings, otherKey, otherLeaf);
        vm.assertEq(before, root, "absence");
        uint256[] memory moreKeys = new uint256[](keys.length + 1);
        bytes32[] memory moreLeaves = new bytes32[](keys.length + 1);
        for (uint256 i; i < keys.length; ++i) {
            (moreKeys[i], moreLeaves[i]) = (keys[i], leaves[i]);
        }
        (moreKeys[keys.length], moreLeaves[keys.length]) = (key, leaf);
        vm.assertEq(afterwards, SmtReference.root(moreKeys, moreLeaves), "insertion");
        // A zero update leaves the root; a wrong other leaf does not reach it.
        (before, afterwards) = smt.update(key, 0, 0, bitmap, siblings, otherKey, otherLeaf);
        vm.assertEq(afterwards, root);
        if (otherLeaf != 0) {
            (before,) = smt.update(key, 0, 0, bitmap, siblings, otherKey, keccak256("wrong"));
            vm.assertTrue(before != root, "wrong other leaf");
        }
    }

    function test_RevertWhen_otherLeafIsNotCanonical() public {
        bytes32 leaf = keccak256("leaf");
        bytes32[] memory none = new bytes32[](0);
        // Beside a present key; at the key itself; a zero other leaf with a key; a key outside
        // the bottom subtree; a key beyond 161 bits.
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.update(1, leaf, leaf, 0, none, 2, leaf);
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.update(1, 0, leaf, 0, none, 1, leaf);
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.update(1, 0, leaf, 0, none, 2, 0);
        bytes32[] memory one = new bytes32[](1);
        one[0] = leaf;
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.update(1, 0, leaf, 2, one, 4, leaf);
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.update(1, 0, leaf, 0, none, 1 << 161, leaf);
    }

    function test_RevertWhen_updateEmptiesAKey() public {
        vm.expectRevert(SparseMerkleTree.SmtDeletion.selector);
        smt.update(1, keccak256("leaf"), 0, 0, new bytes32[](0), 0, 0);
    }

    function test_emptyAccountIsEmptyLeaf() public pure {
        require(SparseMerkleTree.accountLeaf(address(1), 0, 0) == 0);
        require(SparseMerkleTree.accountLeaf(address(1), 0, 1) != 0);
        require(SparseMerkleTree.withdrawalLeaf(address(1), 0) != 0);
    }

    function testFuzz_everyProofVerifies(uint256 seed, uint8 size) public view {
        (uint256[] memory keys, bytes32[] memory leaves) = _set(seed, bound(size, 1, 6));
        bytes32 root = SmtReference.root(keys, leaves);
        for (uint256 i; i < keys.length; ++i) {
            (uint256 bitmap, bytes32[] memory siblings) = SmtReference.proof(keys, leaves, keys[i]);
            vm.assertEq(smt.computeRoot(keys[i], leaves[i], bitmap, siblings), root);
        }
    }

    function testFuzz_absenceProofVerifies(uint256 seed, uint8 size, uint256 other) public view {
        other %= 1 << 161; // keys are 161 bits
        (uint256[] memory keys, bytes32[] memory leaves) = _set(seed, bound(size, 0, 6));
        for (uint256 i; i < keys.length; ++i) {
            vm.assume(keys[i] != other);
        }
        (uint256 bitmap, bytes32[] memory siblings, uint256 otherKey, bytes32 otherLeaf) =
            SmtReference.fullProof(keys, leaves, other);
        (bytes32 root,) = smt.update(other, 0, 0, bitmap, siblings, otherKey, otherLeaf);
        vm.assertEq(root, SmtReference.root(keys, leaves));
    }

    function testFuzz_updateThroughProofMatchesReference(uint256 seed, uint8 size, uint256 which, uint256 balance)
        public
        view
    {
        (uint256[] memory keys, bytes32[] memory leaves) = _set(seed, bound(size, 1, 6));
        which = bound(which, 0, keys.length - 1);
        (uint256 bitmap, bytes32[] memory siblings) = SmtReference.proof(keys, leaves, keys[which]);
        bytes32 newLeaf = SparseMerkleTree.accountLeaf(address(uint160(keys[which])), balance, 9);
        bytes32 viaProof = smt.computeRoot(keys[which], newLeaf, bitmap, siblings);
        leaves[which] = newLeaf;
        vm.assertEq(viaProof, SmtReference.root(keys, leaves));
    }

    function testFuzz_wrongLeafOrKeyFails(uint256 seed, uint8 size, bytes32 wrong) public view {
        (uint256[] memory keys, bytes32[] memory leaves) = _set(seed, bound(size, 2, 6));
        vm.assume(wrong != leaves[0]);
        bytes32 root = SmtReference.root(keys, leaves);
        (uint256 bitmap, bytes32[] memory siblings) = SmtReference.proof(keys, leaves, keys[0]);
        vm.assertTrue(smt.computeRoot(keys[0], wrong, bitmap, siblings) != root, "wrong leaf");
        vm.assertTrue(smt.computeRoot(keys[1], leaves[0], bitmap, siblings) != root, "wrong key");
    }

    function test_RevertWhen_proofHasExtraSibling() public {
        bytes32[] memory siblings = new bytes32[](1);
        siblings[0] = keccak256("x");
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.computeRoot(1, keccak256("leaf"), 0, siblings);
    }

    function test_RevertWhen_proofMissesSibling() public {
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.computeRoot(1, keccak256("leaf"), 1, new bytes32[](0));
    }

    function test_RevertWhen_proofListsZeroSibling() public {
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.computeRoot(1, keccak256("leaf"), 1, new bytes32[](1));
    }

    function test_RevertWhen_bitmapAboveDepth() public {
        vm.expectRevert(SparseMerkleTree.SmtNonCanonicalProof.selector);
        smt.computeRoot(1, keccak256("leaf"), 1 << 161, new bytes32[](0));
    }
}
