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

    function test_singleLeaf_climbsWithEmptySiblings() public view {
        uint256 key = 0xf1;
        bytes32 leaf = SparseMerkleTree.accountLeaf(address(uint160(key)), 5, 0);
        bytes32 node = leaf;
        for (uint256 h; h < 161; ++h) {
            node = (key >> h) & 1 == 1
                ? keccak256(abi.encodePacked(bytes32(0), node))
                : keccak256(abi.encodePacked(node, bytes32(0)));
        }
        vm.assertEq(smt.computeRoot(key, leaf, 0, new bytes32[](0)), node);
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
        (uint256 bitmap, bytes32[] memory siblings) = SmtReference.proof(keys, leaves, other);
        vm.assertEq(smt.computeRoot(other, 0, bitmap, siblings), SmtReference.root(keys, leaves));
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
        smt.computeRoot(1, keccak256("leaf"), 1 << 160, new bytes32[](0));
    }
}
