// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
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
}
