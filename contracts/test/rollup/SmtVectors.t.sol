// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SparseMerkleTree} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {SmtReference} from "../utils/SmtReference.sol";
import {Test} from "../utils/Test.sol";

/// @notice Emits test-vectors/smt.json from the Solidity implementation, so the Rust node can be
///         checked byte for byte against it. Without WRITE_VECTORS=true (`make vectors`) the test
///         fails when the committed file differs from what the contracts produce now.
contract SmtVectorsTest is Test {
    string internal constant PATH = "test-vectors/smt.json";

    struct Entry {
        uint256 key;
        bytes32 leaf;
        string json;
    }

    function test_vectors_smt() public {
        Entry[] memory entries = new Entry[](5);
        address[4] memory accounts = [
            address(0x70997970C51812dc3A010C7d01b50e0d17dc79C8),
            address(0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC),
            address(0x90F79bf6EB2c4f870365E785982E1f101E93b906),
            address(0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65)
        ];
        uint256[4] memory balances = [uint256(1000 ether), 1, 0, 123_456_789_012_345_678_901_234_567];
        uint64[4] memory nonces = [uint64(0), 7, 3, type(uint64).max];
        for (uint256 i; i < 4; ++i) {
            entries[i].key = uint256(uint160(accounts[i]));
            entries[i].leaf = SparseMerkleTree.accountLeaf(accounts[i], balances[i], nonces[i]);
            entries[i].json = string.concat(
                '{"kind":"account","address":"',
                vm.toString(accounts[i]),
                '","balance":"',
                vm.toString(balances[i]),
                '","nonce":',
                vm.toString(uint256(nonces[i])),
                ',"key":"',
                vm.toString(bytes32(uint256(entries[i].key))),
                '","leaf":"',
                vm.toString(entries[i].leaf),
                '"}'
            );
        }
        entries[4].key = SparseMerkleTree.withdrawalKey(accounts[1], 6);
        entries[4].leaf = SparseMerkleTree.withdrawalLeaf(address(0xBEEF), 5 ether);
        entries[4].json = string.concat(
            '{"kind":"withdrawal","sender":"',
            vm.toString(accounts[1]),
            '","nonce":6,"recipient":"',
            vm.toString(address(0xBEEF)),
            '","amount":"5000000000000000000","key":"',
            vm.toString(bytes32(uint256(entries[4].key))),
            '","leaf":"',
            vm.toString(entries[4].leaf),
            '"}'
        );

        (uint256[] memory keys, bytes32[] memory leaves) = _split(entries);
        bytes32 root = SmtReference.root(keys, leaves);
        string memory json = string.concat(
            '{\n  "spec": "docs/rollup-stf.md sections 1-2",\n  "depth": 161,\n  "emptyRoot": "',
            vm.toString(bytes32(0)),
            '",\n  "leaves": [\n    ',
            _joinLeaves(entries),
            '\n  ],\n  "root": "',
            vm.toString(root),
            '",\n  "proofs": [\n    ',
            _proofs(keys, leaves, root),
            '\n  ],\n  "update": ',
            _update(keys, leaves, root),
            "\n}\n"
        );

        if (vm.envOr("WRITE_VECTORS", false)) {
            vm.writeFile(PATH, json);
        } else {
            vm.assertEq(vm.readFile(PATH), json, "test-vectors/smt.json is stale: run `make vectors`");
        }
    }

    function _split(Entry[] memory entries) internal pure returns (uint256[] memory keys, bytes32[] memory leaves) {
        keys = new uint256[](entries.length);
        leaves = new bytes32[](entries.length);
        for (uint256 i; i < entries.length; ++i) {
            keys[i] = entries[i].key;
            leaves[i] = entries[i].leaf;
        }
    }

    function _joinLeaves(Entry[] memory entries) internal pure returns (string memory out) {
        for (uint256 i; i < entries.length; ++i) {
            out = string.concat(out, i == 0 ? "" : ",\n    ", entries[i].json);
        }
    }

    /// @dev A membership proof for every key and two absence proofs: for a key whose place is
    ///      an empty subtree, and for one whose place holds another key's leaf node (account 2's
    ///      key with its lowest bit flipped).
    function _proofs(uint256[] memory keys, bytes32[] memory leaves, bytes32 root)
        internal
        view
        returns (string memory out)
    {
        for (uint256 i; i < keys.length + 2; ++i) {
            uint256 key = i < keys.length ? keys[i] : i == keys.length ? uint256(uint160(0xdead)) : keys[2] ^ 1;
            bytes32 leaf = i < keys.length ? leaves[i] : bytes32(0);
            Proof memory p;
            (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(keys, leaves, key);
            require(i != keys.length + 1 || p.otherLeaf != 0, "an absence beside another leaf");
            (bytes32 proven,) = SparseMerkleTree.update(key, leaf, leaf, p.bitmap, p.siblings, p.otherKey, p.otherLeaf);
            require(proven == root, "proof");
            out = string.concat(out, i == 0 ? "" : ",\n    ", _proofJson(key, leaf, p));
        }
    }

    struct Proof {
        uint256 bitmap;
        bytes32[] siblings;
        uint256 otherKey;
        bytes32 otherLeaf;
    }

    function _proofJson(uint256 key, bytes32 leaf, Proof memory p) internal pure returns (string memory) {
        string memory list;
        for (uint256 j; j < p.siblings.length; ++j) {
            list = string.concat(list, j == 0 ? '"' : ', "', vm.toString(p.siblings[j]), '"');
        }
        return string.concat(
            '{"key":"',
            vm.toString(bytes32(uint256(key))),
            '","leaf":"',
            vm.toString(leaf),
            '","bitmap":"',
            vm.toString(bytes32(p.bitmap)),
            '","siblings":[',
            list,
            '],"otherKey":"',
            vm.toString(bytes32(p.otherKey)),
            '","otherLeaf":"',
            vm.toString(p.otherLeaf),
            '"}'
        );
    }

    /// @dev A transfer of 10 ALT with a 1 ALT fee from account 0 to account 2: the sender is
    ///      updated first, then the recipient's proof is taken against the intermediate root.
    ///      Then account 0 sends 1 ALT to a new account next to account 2 (its address with the
    ///      lowest bit flipped): an insertion that splits account 2's leaf node.
    function _update(uint256[] memory keys, bytes32[] memory leaves, bytes32 root)
        internal
        pure
        returns (string memory)
    {
        string memory first = _step(keys, leaves, 0, 1000 ether - 11 ether, 1);
        string memory second = _step(keys, leaves, 2, 10 ether, 3);
        string memory third = _step(keys, leaves, 0, 1000 ether - 12 ether, 2);
        uint256[] memory more = new uint256[](keys.length + 1);
        bytes32[] memory moreLeaves = new bytes32[](keys.length + 1);
        for (uint256 i; i < keys.length; ++i) {
            (more[i], moreLeaves[i]) = (keys[i], leaves[i]);
        }
        more[keys.length] = keys[2] ^ 1;
        string memory fourth = _insert(more, moreLeaves, keys.length, 1 ether);
        return string.concat(
            '{\n    "description": "account 0 sends 10 ALT to account 2 paying 1 ALT fee, then 1 ALT to a new account beside account 2",\n    "preRoot": "',
            vm.toString(root),
            '",\n    "steps": [\n      ',
            first,
            ",\n      ",
            second,
            ",\n      ",
            string.concat(third, ",\n      ", fourth),
            '\n    ],\n    "postRoot": "',
            vm.toString(SmtReference.root(more, moreLeaves)),
            '"\n  }'
        );
    }

    /// @dev Sets the empty account `i` to `balance` through its absence proof (its place holds
    ///      another key's leaf node) and checks the root against the reference.
    function _insert(uint256[] memory keys, bytes32[] memory leaves, uint256 i, uint256 balance)
        internal
        pure
        returns (string memory)
    {
        Proof memory p;
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(keys, leaves, keys[i]);
        require(p.otherLeaf != 0, "the new account's place holds another leaf");
        bytes32 newLeaf = SparseMerkleTree.accountLeaf(address(uint160(keys[i])), balance, 0);
        (, bytes32 rootAfter) =
            SparseMerkleTree.update(keys[i], 0, newLeaf, p.bitmap, p.siblings, p.otherKey, p.otherLeaf);
        leaves[i] = newLeaf;
        require(rootAfter == SmtReference.root(keys, leaves), "insertion through the proof");
        return _stepJson(keys[i], p, bytes32(0), newLeaf, rootAfter);
    }

    /// @dev Sets account `i` to (balance, nonce) through its proof and checks the root against
    ///      the reference; `leaves` is updated in place.
    function _step(uint256[] memory keys, bytes32[] memory leaves, uint256 i, uint256 balance, uint64 nonce)
        internal
        pure
        returns (string memory)
    {
        Proof memory p;
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(keys, leaves, keys[i]);
        bytes32 oldLeaf = leaves[i];
        leaves[i] = SparseMerkleTree.accountLeaf(address(uint160(keys[i])), balance, nonce);
        (, bytes32 rootAfter) = SparseMerkleTree.update(keys[i], oldLeaf, leaves[i], p.bitmap, p.siblings, 0, 0);
        require(rootAfter == SmtReference.root(keys, leaves), "update through the proof");
        return _stepJson(keys[i], p, oldLeaf, leaves[i], rootAfter);
    }

    function _stepJson(uint256 key, Proof memory p, bytes32 oldLeaf, bytes32 newLeaf, bytes32 rootAfter)
        internal
        pure
        returns (string memory)
    {
        return string.concat(
            '{"proof":',
            _proofJson(key, oldLeaf, p),
            ',"newLeaf":"',
            vm.toString(newLeaf),
            '","rootAfter":"',
            vm.toString(rootAfter),
            '"}'
        );
    }
}
