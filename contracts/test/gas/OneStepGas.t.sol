// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {OneStepProofTest} from "../rollup/OneStepProof.t.sol";

/// @notice Gas of the one-step fraud proof alone (steps-tree proofs, signature recovery, the
///         replay's SMT proofs), the bulk of a full challenge; the RollupManager adds its
///         bookkeeping and the slashes on top.
contract OneStepGasTest is OneStepProofTest {
    function test_gas_oneStepFraudProof_transfer() public {
        bytes32[] memory claimed = roots;
        claimed[0] = keccak256("wrong");
        BatchHeader.Header memory h = _header(claimed);
        OneStepProof.Step memory s = _step(0, claimed);
        vm.assertTrue(harness.isFraud(domain, h, s));
        vm.snapshotGasLastCall("one_step_fraud_proof_transfer");
    }

    function test_gas_oneStepFraudProof_withdrawal() public {
        bytes32[] memory claimed = roots;
        claimed[1] = keccak256("wrong");
        BatchHeader.Header memory h = _header(claimed);
        OneStepProof.Step memory s = _step(1, claimed);
        vm.assertTrue(harness.isFraud(domain, h, s));
        vm.snapshotGasLastCall("one_step_fraud_proof_withdrawal");
    }

    /// @notice The longest paths anyone can force on a proof: alice and an account differing from
    ///         her only in bit 1 hold leaves at the bottom of a 160-level chain, and alice pays a
    ///         new account differing from her only in bit 0, whose leaf splits hers at height 0.
    ///         (A transfer to `victim ^ 1` does this to any victim; the cost is bounded by the
    ///         161 levels every path had before the tree compressed single-leaf subtrees.)
    function test_gas_oneStepFraudProof_transfer_deepestPaths() public {
        delete keys;
        delete leaves;
        delete txs;
        delete roots;
        delete fees;
        delete steps;
        address near = address(uint160(alice) ^ 2);
        address deep = address(uint160(alice) ^ 1);
        _set(uint256(uint160(alice)), Smt.accountLeaf(alice, 100 ether, 0));
        _set(uint256(uint160(near)), Smt.accountLeaf(near, 1 ether, 0));
        prevRoot = _root();
        OneStepProof.Step memory s;
        s.sender = _account(alice, 100 ether, 0);
        _set(uint256(uint160(alice)), Smt.accountLeaf(alice, 89 ether, 1));
        s.recipient = _account(deep, 0, 0);
        vm.assertEq(s.recipient.otherKey, uint256(uint160(alice)), "the new leaf splits alice's");
        _set(uint256(uint160(deep)), Smt.accountLeaf(deep, 10 ether, 0));
        _push(_signedTx(RollupTx.TRANSFER, deep, 10 ether, 1 ether, 0), s, 1 ether);
        vm.assertFalse(harness.isFraud(domain, _header(roots), _step(0, roots)), "honest");
        bytes32[] memory claimed = roots;
        claimed[0] = keccak256("wrong");
        vm.assertTrue(harness.isFraud(domain, _header(claimed), _step(0, claimed)));
        vm.snapshotGasLastCall("one_step_fraud_proof_transfer_deepest_paths");
    }
}
