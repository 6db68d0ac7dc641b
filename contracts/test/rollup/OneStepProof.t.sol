// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {OneStepProof} from "../../src/rollup/lib/OneStepProof.sol";
import {PaymentsStf} from "../../src/rollup/lib/PaymentsStf.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {SmtReference} from "../utils/SmtReference.sol";
import {Test} from "../utils/Test.sol";

contract OneStepHarness {
    function isFraud(bytes32 domain, BatchHeader.Header memory h, OneStepProof.Step memory s)
        external
        pure
        returns (bool)
    {
        return OneStepProof.isFraud(domain, h, s);
    }
}

/// @notice Fraud proofs over a three-step batch (transfer, withdrawal, deposit) built with the
///         reference tree: an honest batch admits no fraud proof, a wrong root is caught, and
///         step data that is not the batch's own is refused.
contract OneStepProofTest is Test {
    OneStepHarness internal harness = new OneStepHarness();
    bytes32 internal domain = RollupTx.domainSeparator(1, address(0x5eC0));
    uint256 internal constant ROLLUP = 3;
    uint256 internal constant ALICE_KEY = 0xA11CE;
    address internal alice = vm.addr(ALICE_KEY);
    address internal bob = address(0xB0B);

    // the state, for the reference tree
    uint256[] internal keys;
    bytes32[] internal leaves;

    // the batch
    bytes[] internal txs;
    bytes32[] internal roots; // roots[i] = root after tx i
    uint256[] internal fees; // fees[i] = fees collected up to and including tx i
    OneStepProof.Step[] internal steps;
    bytes32 internal prevRoot;

    function setUp() public {
        _set(uint256(uint160(alice)), Smt.accountLeaf(alice, 100 ether, 0));
        prevRoot = _root();

        // 0: alice -> bob 10 ALT, fee 1
        OneStepProof.Step memory s;
        s.sender = _account(alice, 100 ether, 0);
        _set(uint256(uint160(alice)), Smt.accountLeaf(alice, 89 ether, 1));
        s.recipient = _account(bob, 0, 0);
        _set(uint256(uint160(bob)), Smt.accountLeaf(bob, 10 ether, 0));
        _push(_signedTx(RollupTx.TRANSFER, bob, 10 ether, 1 ether, 0), s, 1 ether);

        // 1: alice withdraws 5 ALT to 0xBEEF
        OneStepProof.Step memory w;
        w.sender = _account(alice, 89 ether, 1);
        _set(uint256(uint160(alice)), Smt.accountLeaf(alice, 84 ether, 2));
        uint256 wkey = Smt.withdrawalKey(alice, 1);
        (w.withdrawal.bitmap, w.withdrawal.siblings, w.withdrawal.otherKey, w.withdrawal.otherLeaf) =
            SmtReference.fullProof(keys, leaves, wkey);
        _set(wkey, Smt.withdrawalLeaf(address(0xBEEF), 5 ether));
        _push(_signedTx(RollupTx.WITHDRAWAL, address(0xBEEF), 5 ether, 0, 1), w, 0);

        // 2: deposit 0 credits bob 3 ALT
        OneStepProof.Step memory d;
        d.recipient = _account(bob, 10 ether, 0);
        _set(uint256(uint160(bob)), Smt.accountLeaf(bob, 13 ether, 0));
        _push(RollupTx.encodeDeposit(0, bob, 3 ether), d, 0);
    }

    function test_honestBatch_admitsNoFraudProof() public view {
        BatchHeader.Header memory h = _header(roots);
        for (uint256 i; i < 3; ++i) {
            vm.assertFalse(harness.isFraud(domain, h, _step(i, roots)), "honest step");
        }
    }

    function test_wrongRoot_isFraud() public view {
        bytes32[] memory claimed = roots;
        claimed[1] = keccak256("a root the sequencer made up");
        BatchHeader.Header memory h = _header(claimed);
        vm.assertFalse(harness.isFraud(domain, h, _step(0, claimed)), "step 0 is still right");
        vm.assertTrue(harness.isFraud(domain, h, _step(1, claimed)), "step 1 is caught");
    }

    function test_wrongFirstStep_isFraudAgainstPrevRoot() public view {
        bytes32[] memory claimed = roots;
        claimed[0] = keccak256("wrong");
        vm.assertTrue(harness.isFraud(domain, _header(claimed), _step(0, claimed)));
    }

    function test_invalidTxAppliedAnyway_isFraud() public {
        // The sequencer executes a transfer with a stale nonce as if it were valid.
        bytes memory stale = _signedTx(RollupTx.TRANSFER, bob, 1 ether, 0, 7);
        txs[0] = stale;
        steps[0].txBytes = stale;
        vm.assertTrue(harness.isFraud(domain, _header(roots), _step(0, roots)));
    }

    function test_inflatedFees_isFraud() public {
        // The sequencer claims a fee the transfer did not pay (the escrow would pay it out).
        fees[0] += 1;
        fees[1] += 1;
        fees[2] += 1;
        vm.assertTrue(harness.isFraud(domain, _header(roots), _step(0, roots)), "step 0 adds the fake fee");
        vm.assertFalse(harness.isFraud(domain, _header(roots), _step(1, roots)), "later steps add up");
    }

    function test_RevertWhen_stepProofIsNotTheBatchs() public {
        BatchHeader.Header memory h = _header(roots);
        OneStepProof.Step memory s = _step(1, roots);
        s.claimedRoot = keccak256("not in the tree");
        vm.expectRevert(abi.encodeWithSelector(OneStepProof.OneStepBadStepProof.selector, 1));
        harness.isFraud(domain, h, s);
        s = _step(1, roots);
        s.prevRoot = keccak256("not in the tree");
        vm.expectRevert(abi.encodeWithSelector(OneStepProof.OneStepBadStepProof.selector, 0));
        harness.isFraud(domain, h, s);
    }

    function test_RevertWhen_proofIsShortened() public {
        BatchHeader.Header memory h = _header(roots);
        OneStepProof.Step memory s = _step(2, roots);
        bytes32[] memory shorter = new bytes32[](1);
        shorter[0] = s.stepProof[0];
        s.stepProof = shorter;
        vm.expectRevert(abi.encodeWithSelector(OneStepProof.OneStepBadStepProof.selector, 2));
        harness.isFraud(domain, h, s);
    }

    function test_RevertWhen_indexOutOfRange() public {
        BatchHeader.Header memory h = _header(roots);
        OneStepProof.Step memory s = _step(2, roots);
        s.index = 3;
        vm.expectRevert(abi.encodeWithSelector(OneStepProof.OneStepIndexOutOfRange.selector, 3, 3));
        harness.isFraud(domain, h, s);
    }

    function test_RevertWhen_replayProofsDoNotMatch() public {
        bytes32[] memory claimed = roots;
        claimed[1] = keccak256("wrong");
        OneStepProof.Step memory s = _step(1, claimed);
        s.sender.balance = 1000 ether; // lies about the state before the step
        vm.expectRevert(abi.encodeWithSelector(PaymentsStf.StfProofMismatch.selector, 0));
        harness.isFraud(domain, _header(claimed), s);
    }

    // ---------------------------------------------------------------- helpers

    function _set(uint256 key, bytes32 leaf) internal {
        for (uint256 i; i < keys.length; ++i) {
            if (keys[i] == key) {
                leaves[i] = leaf;
                return;
            }
        }
        keys.push(key);
        leaves.push(leaf);
    }

    function _root() internal view returns (bytes32) {
        return SmtReference.root(keys, leaves);
    }

    function _account(address who, uint256 balance, uint64 nonce)
        internal
        view
        returns (PaymentsStf.AccountProof memory p)
    {
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(keys, leaves, uint256(uint160(who)));
        (p.balance, p.nonce) = (balance, nonce);
    }

    function _signedTx(uint8 kind, address to, uint256 amount, uint256 fee, uint64 nonce)
        internal
        view
        returns (bytes memory)
    {
        RollupTx.Tx memory t = RollupTx.Tx({
            kind: kind,
            to: to,
            amount: amount,
            fee: fee,
            nonce: nonce,
            depositIndex: 0,
            r: 0,
            s: 0,
            v: 0,
            from: address(0)
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ALICE_KEY, RollupTx.signingDigest(domain, ROLLUP, t));
        return RollupTx.encodeSigned(kind, to, amount, fee, nonce, r, s, v);
    }

    function _push(bytes memory raw, OneStepProof.Step memory s, uint256 fee) internal {
        s.txBytes = raw;
        txs.push(raw);
        roots.push(_root());
        fees.push((fees.length == 0 ? 0 : fees[fees.length - 1]) + fee);
        steps.push(s);
    }

    function _leaves(bytes32[] memory claimed) internal view returns (bytes32[] memory l) {
        l = new bytes32[](txs.length);
        for (uint256 i; i < txs.length; ++i) {
            l[i] = BatchHeader.stepLeaf(keccak256(txs[i]), claimed[i], fees[i]);
        }
    }

    function _header(bytes32[] memory claimed) internal view returns (BatchHeader.Header memory h) {
        h.rollupId = ROLLUP;
        h.prevRoot = prevRoot;
        h.postRoot = claimed[claimed.length - 1];
        h.stepsRoot = BatchHeader.stepsRoot(_leaves(claimed));
        h.txCount = uint32(txs.length);
    }

    function _step(uint256 i, bytes32[] memory claimed) internal view returns (OneStepProof.Step memory s) {
        s = steps[i];
        s.index = i;
        s.claimedRoot = claimed[i];
        s.claimedFees = fees[i];
        bytes32[] memory l = _leaves(claimed);
        s.stepProof = SmtReference.stepProof(l, i);
        if (i > 0) {
            s.prevTxHash = keccak256(txs[i - 1]);
            s.prevRoot = claimed[i - 1];
            s.prevFees = fees[i - 1];
            s.prevStepProof = SmtReference.stepProof(l, i - 1);
        }
    }
}
