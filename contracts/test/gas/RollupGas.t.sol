// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// @notice Gas of the RollupManager's hot paths on a SQUAD rollup with four sequencer-verifiers,
///         under the `gas` profile (each call its own transaction, cold storage). As in GasTest,
///         `X` is the whole transaction and `X_execution` leaves out the 21,000 base and the
///         calldata. Posting is measured at 8 and 16 transfers (158 bytes each): the difference
///         is the marginal cost per transaction, and per byte.
contract RollupGasTest is RollupFixture {
    function setUp() public override {
        super.setUp();
        _setUpSquad();
        _depositAndInclude(user, 1000 ether);
        _depositAndInclude(user2, 1000 ether);
        uint256 b = _post();
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        _skip(1);
    }

    function _postTransfers(string memory name, uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            _transfer(i % 2 == 0 ? USER_KEY : USER2_KEY, i % 2 == 0 ? user2 : user, 1 ether, 0.01 ether);
        }
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), 0);
        rollups.postBatch(p);
        _snap(name, abi.encodeCall(rollups.postBatch, (p)));
    }

    function test_gas_postBatch_8transfers() public {
        _postTransfers("post_batch_8_transfers", 8);
    }

    function test_gas_postBatch_16transfers() public {
        _postTransfers("post_batch_16_transfers", 16);
    }

    function test_gas_confirmBatch_4signers() public {
        _transfer(USER_KEY, user2, 1 ether, 0.01 ether);
        uint256 b = _post();
        bytes[] memory sigs = _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY, OP4_KEY));
        _skip(1);
        rollups.confirmBatch(rid, b, sigs);
        _snap("confirm_batch_4_signers", abi.encodeCall(rollups.confirmBatch, (rid, b, sigs)));
        vm.assertTrue(b < rollups.fastRisk(rid).fastFinalCount);
    }

    /// A batch that collected no fees: its attester record starts a storage slot from zero.
    function test_gas_confirmBatch_4signers_zeroFee() public {
        _transfer(USER_KEY, user2, 1 ether, 0);
        uint256 b = _post();
        bytes[] memory sigs = _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY, OP4_KEY));
        _skip(1);
        rollups.confirmBatch(rid, b, sigs);
        _snap("confirm_batch_4_signers_zero_fee", abi.encodeCall(rollups.confirmBatch, (rid, b, sigs)));
        vm.assertEq(rollups.batch(rid, b).feesCollected, 0);
    }

    /// A wrong root in a transfer step, attested by two verifiers (short of the quorum): the
    /// batch is reverted and three operators are slashed and jailed.
    function test_gas_challenge_full() public {
        _transfer(USER_KEY, user2, 1 ether, 0.01 ether);
        _transfer(USER_KEY, user2, 2 ether, 0.01 ether);
        bytes32[] memory claimed = pRoots;
        claimed[1] = keccak256("wrong");
        IRollupManagerTypes.BatchPost memory p = _build(claimed, 0);
        OneStepProof.Step memory s = _stepProof(1);
        rollups.postBatch(p);
        address seq = rollups.batch(rid, 1).sequencer;
        uint256[] memory keys = new uint256[](2);
        uint256 n;
        for (uint256 i; i < 4 && n < 2; ++i) {
            if (ops[i] != seq) keys[n++] = keyOf[ops[i]];
        }
        rollups.confirmBatch(rid, 1, _attest(1, keys));
        _skip(1);
        vm.prank(challenger);
        rollups.challenge(p.header, s);
        _snap("challenge_full_3_slashed", abi.encodeCall(rollups.challenge, (p.header, s)));
        vm.assertEq(rollups.rollup(rid).batchCount, 1);
    }

    function test_gas_claimWithdrawal() public {
        _claimWithdrawal("claim_withdrawal", true);
    }

    /// Against a fast-final root still in its challenge window: books the value at risk too.
    function test_gas_claimWithdrawal_fast() public {
        _claimWithdrawal("claim_withdrawal_fast", false);
    }

    function _claimWithdrawal(string memory name, bool waitForWindow) internal {
        _withdraw(USER_KEY, bob, 5 ether, 0);
        _withdraw(USER_KEY, carol, 6 ether, 0);
        uint256 b = _post();
        (uint256 bitmap, bytes32[] memory siblings) = _proof(Smt.withdrawalKey(user, 1));
        (uint256 bitmap0, bytes32[] memory siblings0) = _proof(Smt.withdrawalKey(user, 0));
        rollups.confirmBatch(rid, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        if (waitForWindow) {
            _skip(WINDOW);
            rollups.finalize(rid, 5);
        }
        rollups.claimWithdrawal(rid, b, user, 0, bob, 5 ether, bitmap0, siblings0);
        _skip(1);
        rollups.claimWithdrawal(rid, b, user, 1, carol, 6 ether, bitmap, siblings);
        _snap(name, abi.encodeCall(rollups.claimWithdrawal, (rid, b, user, 1, carol, 6 ether, bitmap, siblings)));
        vm.assertEq(rollups.isFinal(rid, b), waitForWindow);
    }

    function test_gas_deposit() public {
        vm.prank(alice);
        rollups.deposit(rid, user, 1 ether);
        _snap("deposit", abi.encodeCall(rollups.deposit, (rid, user, 1 ether)));
    }
}

/// @notice How confirmBatch scales with the number of verifiers signing (issue 11, gas): 8, 16 and
///         32 verifiers of equal stake, all signing in one call (snapshots
///         `confirm_batch_{8,16,32}_signers`).
contract ConfirmScalingGasTest is RollupFixture {
    function setUp() public override {
        super.setUp();
        _setUpSquad();
    }

    function test_gas_confirmBatch_8signers() public {
        _confirmWith("confirm_batch_8_signers", 8);
    }

    function test_gas_confirmBatch_16signers() public {
        _confirmWith("confirm_batch_16_signers", 16);
    }

    function test_gas_confirmBatch_32signers() public {
        _confirmWith("confirm_batch_32_signers", 32);
    }

    function _confirmWith(string memory name, uint256 n) internal {
        uint256[] memory keys = new uint256[](n);
        for (uint256 i; i < 4; ++i) {
            keys[i] = keyOf[ops[i]];
        }
        for (uint256 i = 4; i < n; ++i) {
            address op = makeAddr(string.concat("verifier", vm.toString(i)));
            keys[i] = 0x5000 + i;
            _fund(op, MIN_SELF);
            _register(op, keys[i], 500, MIN_SELF);
            vm.prank(op);
            rollups.optIn(rid, false, true);
        }
        _skip(1);
        _depositAndInclude(user, 1 ether);
        uint256 b = _post();
        bytes[] memory sigs = _attest(b, keys);
        _skip(1);
        rollups.confirmBatch(rid, b, sigs);
        _snap(name, abi.encodeCall(rollups.confirmBatch, (rid, b, sigs)));
        vm.assertTrue(b < rollups.fastRisk(rid).fastFinalCount);
    }
}
