// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {PaymentsStf} from "../../src/rollup/lib/PaymentsStf.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {SmtReference} from "../utils/SmtReference.sol";
import {Test} from "../utils/Test.sol";

/// @notice Emits test-vectors/stf.json: a eight-transaction batch (deposit, transfer, withdrawal,
///         an invalid transfer, another transfer, a forced withdrawal, one beyond its sender's
///         balance (it takes the balance) and one from an empty account, a no-op) with every encoding, hash, signature digest,
///         sender, proof and intermediate root, the steps root and the header hash, all computed
///         by the Solidity libraries and cross-checked against the reference tree. Without
///         WRITE_VECTORS=true (`make vectors`) the test fails when the committed file is stale.
contract StfVectorsTest is Test {
    string internal constant PATH = "test-vectors/stf.json";
    uint256 internal constant CHAIN_ID = 1;
    address internal constant MANAGER = 0x00000000000000000000000000000000005eC0A1;
    uint256 internal constant ROLLUP = 7;
    uint256 internal constant ALICE_KEY = 0xA11CE;
    uint256 internal constant BOB_KEY = 0xB0B;
    address internal constant CAFE = address(0xCAFE);
    address internal constant BEEF = address(0xBEEF);

    bytes32 internal domain = RollupTx.domainSeparator(CHAIN_ID, MANAGER);

    // The state as parallel arrays (room for the accounts and one withdrawal leaf).
    uint256[] internal keys;
    bytes32[] internal leaves;
    mapping(address => uint256) internal balanceOf;
    mapping(address => uint64) internal nonceOf;

    bytes internal txData;
    bytes32[] internal stepLeaves;
    uint256 internal fees;
    uint64 internal queued = 1;

    function test_vectors_stf() public {
        address alice = vm.addr(ALICE_KEY);
        address bob = vm.addr(BOB_KEY);
        _setAccount(alice, 100 ether, 0);
        _setAccount(bob, 0, 0);
        _setAccount(CAFE, 5 ether, 2);
        bytes32 prevRoot = _root();
        string memory accounts =
            string.concat(_accountJson(alice), ",\n    ", _accountJson(bob), ",\n    ", _accountJson(CAFE));

        string memory steps = _deposit(0, bob, 50 ether);
        steps = string.concat(steps, ",\n    ", _signed(RollupTx.TRANSFER, ALICE_KEY, bob, 10 ether, 1 ether, 0));
        steps = string.concat(steps, ",\n    ", _signed(RollupTx.WITHDRAWAL, ALICE_KEY, BEEF, 20 ether, 1 ether, 1));
        steps = string.concat(steps, ",\n    ", _signed(RollupTx.TRANSFER, ALICE_KEY, bob, 1 ether, 0, 5));
        steps = string.concat(steps, ",\n    ", _signed(RollupTx.TRANSFER, BOB_KEY, CAFE, 3 ether, 0.5 ether, 0));
        steps = string.concat(steps, ",\n    ", _forced(1, CAFE, BEEF, 4 ether));
        steps = string.concat(steps, ",\n    ", _forced(2, bob, BEEF, 1000 ether));
        steps = string.concat(steps, ",\n    ", _forced(3, address(0xDEAD), BEEF, 1 ether));

        string memory json = string.concat(
            '{\n  "spec": "docs/rollup-stf.md sections 3-5",\n  "domain": {"chainId": ',
            vm.toString(CHAIN_ID),
            ', "verifyingContract": "',
            vm.toString(MANAGER),
            '", "separator": "',
            vm.toString(domain),
            '"},\n  "rollupId": ',
            vm.toString(ROLLUP),
            ',\n  "accounts": [\n    ',
            accounts,
            '\n  ],\n  "prevRoot": "',
            vm.toString(prevRoot),
            '",\n  "steps": [\n    ',
            steps,
            '\n  ],\n  "header": ',
            _header(prevRoot),
            "\n}\n"
        );
        if (vm.envOr("WRITE_VECTORS", false)) {
            vm.writeFile(PATH, json);
        } else {
            vm.assertEq(vm.readFile(PATH), json, "test-vectors/stf.json is stale: run `make vectors`");
        }
    }

    // ---------------------------------------------------------------- steps

    function _deposit(uint64 index, address to, uint256 amount) internal returns (string memory) {
        bytes memory raw = RollupTx.encodeDeposit(index, to, amount);
        RollupTx.Tx memory t = RollupTx.decode(raw);
        bytes32 pre = _root();
        PaymentsStf.AccountProof memory b = _accountProof(to);
        bytes32 post = PaymentsStf.applyDeposit(pre, t, b);
        _setAccount(to, balanceOf[to] + amount, nonceOf[to]);
        require(post == _root(), "deposit != reference");
        return _stepJson(raw, "", address(0), true, pre, _proofJson("recipient", to, b), post, 0);
    }

    /// @dev Everything one signed step carries (a struct keeps the stack shallow).
    struct Step {
        bytes raw;
        RollupTx.Tx t;
        bytes32 digest;
        address from;
        bool valid;
        bytes32 pre;
        PaymentsStf.AccountProof a;
        PaymentsStf.AccountProof b;
        PaymentsStf.LeafProof w;
        string proofs;
        bool empty; // a forced withdrawal from an empty account: a no-op
    }

    function _signed(uint8 kind, uint256 key, address to, uint256 amount, uint256 fee, uint64 nonce)
        internal
        returns (string memory)
    {
        Step memory st;
        st.t = RollupTx.Tx({
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
        st.digest = RollupTx.signingDigest(domain, ROLLUP, st.t);
        (st.t.v, st.t.r, st.t.s) = vm.sign(key, st.digest);
        st.raw = RollupTx.encodeSigned(kind, to, amount, fee, nonce, st.t.r, st.t.s, st.t.v);
        st.t = RollupTx.decode(st.raw);
        st.from = RollupTx.sender(domain, ROLLUP, st.t);
        require(st.from == vm.addr(key), "sender");
        _prove(st);
        (bytes32 post, uint256 collected) = PaymentsStf.applySigned(st.pre, st.t, st.from, st.a, st.b, st.w);
        if (st.valid) _commit(kind, st.from, to, amount, nonce);
        require(post == _root(), "step != reference");
        return _stepJson(st.raw, vm.toString(st.digest), st.from, st.valid, st.pre, st.proofs, post, collected);
    }

    /// @dev Takes the proofs a one-step replay needs, each against the root the update before it
    ///      leaves, and moves the sender's account.
    function _prove(Step memory st) internal {
        st.pre = _root();
        st.a = _accountProof(st.from);
        st.proofs = _proofJson("sender", st.from, st.a);
        st.valid = !st.empty && st.t.nonce == nonceOf[st.from] && st.t.amount + st.t.fee <= balanceOf[st.from];
        if (!st.valid) return;
        _setAccount(st.from, balanceOf[st.from] - st.t.amount - st.t.fee, st.t.nonce + 1);
        if (st.t.kind == RollupTx.TRANSFER) {
            st.b = _accountProof(st.t.to);
            st.proofs = string.concat(st.proofs, ", ", _proofJson("recipient", st.t.to, st.b));
        } else {
            uint256 wkey = Smt.withdrawalKey(st.from, st.t.nonce);
            (st.w.bitmap, st.w.siblings, st.w.otherKey, st.w.otherLeaf) = SmtReference.fullProof(keys, leaves, wkey);
            st.proofs = string.concat(st.proofs, ", ", _leafProofJson(wkey, st.w));
        }
    }

    /// @dev A forced withdrawal (L1 queue entry `index`): replayed as the one-step proof does, a
    ///      withdrawal without fee at the sender's nonce, authorised by L1 instead of a signature.
    function _forced(uint64 index, address from, address to, uint256 amount) internal returns (string memory) {
        Step memory st;
        st.raw = RollupTx.encodeForced(index, from, to, amount);
        st.t = RollupTx.decode(st.raw);
        require(st.t.kind == RollupTx.FORCED_WITHDRAWAL && st.t.from == from && st.t.depositIndex == index, "decode");
        st.from = from;
        RollupTx.Tx memory t = st.t;
        // The reference: a withdrawal without fee of min(amount, balance) at the sender's nonce,
        // nothing for an empty balance.
        uint256 taken = amount < balanceOf[from] ? amount : balanceOf[from];
        st.t = RollupTx.Tx({
            kind: RollupTx.WITHDRAWAL,
            to: to,
            amount: taken,
            fee: 0,
            nonce: nonceOf[from],
            depositIndex: 0,
            r: 0,
            s: 0,
            v: 0,
            from: from
        });
        st.empty = taken == 0;
        _prove(st);
        bytes32 post = PaymentsStf.applyForced(st.pre, t, st.a, st.w);
        if (st.valid) _commit(RollupTx.WITHDRAWAL, from, to, taken, st.t.nonce);
        require(post == _root(), "forced step != reference");
        queued = index + 1;
        return _stepJson(st.raw, "", address(0), st.valid, st.pre, st.proofs, post, 0);
    }

    function _commit(uint8 kind, address from, address to, uint256 amount, uint64 nonce) internal {
        if (kind == RollupTx.TRANSFER) {
            _setAccount(to, balanceOf[to] + amount, nonceOf[to]);
        } else {
            keys.push(Smt.withdrawalKey(from, nonce));
            leaves.push(Smt.withdrawalLeaf(to, amount));
        }
    }

    function _stepJson(
        bytes memory raw,
        string memory digest,
        address from,
        bool valid,
        bytes32 pre,
        string memory proofs,
        bytes32 post,
        uint256 fee
    ) internal returns (string memory) {
        bytes32 txHash = keccak256(raw);
        txData = bytes.concat(txData, raw);
        fees += fee;
        stepLeaves.push(BatchHeader.stepLeaf(txHash, post, fees));
        string memory signer = bytes(digest).length == 0
            ? ""
            : string.concat('"digest": "', digest, '", "sender": "', vm.toString(from), '", ');
        return string.concat(
            '{"raw": "',
            vm.toString(raw),
            '", "hash": "',
            vm.toString(txHash),
            '", ',
            signer,
            '"valid": ',
            valid ? "true" : "false",
            ', "preRoot": "',
            vm.toString(pre),
            '", "proofs": [',
            proofs,
            '], "postRoot": "',
            vm.toString(post),
            '", "fee": "',
            vm.toString(fee),
            '", "feesAfter": "',
            vm.toString(fees),
            '", "stepLeaf": "',
            vm.toString(stepLeaves[stepLeaves.length - 1]),
            '"}'
        );
    }

    // ---------------------------------------------------------------- header

    function _header(bytes32 prevRoot) internal view returns (string memory) {
        bytes32[] memory work = stepLeaves;
        BatchHeader.Header memory h = BatchHeader.Header({
            rollupId: ROLLUP,
            batchIndex: 0,
            prevRoot: prevRoot,
            postRoot: _root(),
            txDataHash: keccak256(txData),
            stepsRoot: BatchHeader.stepsRoot(work),
            feesCollected: fees,
            depositsProcessed: queued,
            txCount: uint32(stepLeaves.length)
        });
        string memory fields = string.concat(
            '{"rollupId": ',
            vm.toString(h.rollupId),
            ', "batchIndex": 0, "prevRoot": "',
            vm.toString(h.prevRoot),
            '", "postRoot": "',
            vm.toString(h.postRoot),
            '", "txDataHash": "',
            vm.toString(h.txDataHash),
            '", "stepsRoot": "',
            vm.toString(h.stepsRoot)
        );
        return string.concat(
            fields,
            '", "feesCollected": "',
            vm.toString(h.feesCollected),
            '", "depositsProcessed": ',
            vm.toString(uint256(h.depositsProcessed)),
            ', "txCount": ',
            vm.toString(uint256(h.txCount)),
            ', "txData": "',
            vm.toString(txData),
            '", "hash": "',
            vm.toString(BatchHeader.hash(domain, h)),
            '"}'
        );
    }

    // ---------------------------------------------------------------- state

    function _setAccount(address who, uint256 balance, uint64 nonce) internal {
        balanceOf[who] = balance;
        nonceOf[who] = nonce;
        bytes32 leaf = Smt.accountLeaf(who, balance, nonce);
        for (uint256 i; i < keys.length; ++i) {
            if (keys[i] == uint256(uint160(who))) {
                leaves[i] = leaf;
                return;
            }
        }
        keys.push(uint256(uint160(who)));
        leaves.push(leaf);
    }

    function _root() internal view returns (bytes32) {
        return SmtReference.root(keys, leaves);
    }

    function _accountProof(address who) internal view returns (PaymentsStf.AccountProof memory p) {
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(keys, leaves, uint256(uint160(who)));
        p.balance = balanceOf[who];
        p.nonce = nonceOf[who];
    }

    function _accountJson(address who) internal view returns (string memory) {
        return string.concat(
            '{"address": "',
            vm.toString(who),
            '", "balance": "',
            vm.toString(balanceOf[who]),
            '", "nonce": ',
            vm.toString(uint256(nonceOf[who])),
            "}"
        );
    }

    function _siblings(bytes32[] memory siblings) internal pure returns (string memory list) {
        for (uint256 j; j < siblings.length; ++j) {
            list = string.concat(list, j == 0 ? '"' : ', "', vm.toString(siblings[j]), '"');
        }
    }

    function _proofJson(string memory role, address who, PaymentsStf.AccountProof memory p)
        internal
        pure
        returns (string memory)
    {
        return string.concat(
            '{"role": "',
            role,
            '", "address": "',
            vm.toString(who),
            '", "balance": "',
            vm.toString(p.balance),
            '", "nonce": ',
            vm.toString(uint256(p.nonce)),
            ', "bitmap": "',
            vm.toString(bytes32(p.bitmap)),
            '", "siblings": [',
            _siblings(p.siblings),
            _other(p.otherKey, p.otherLeaf),
            "}"
        );
    }

    function _leafProofJson(uint256 key, PaymentsStf.LeafProof memory w) internal pure returns (string memory) {
        return string.concat(
            '{"role": "withdrawal", "key": "',
            vm.toString(bytes32(uint256(key))),
            '", "bitmap": "',
            vm.toString(bytes32(w.bitmap)),
            '", "siblings": [',
            _siblings(w.siblings),
            _other(w.otherKey, w.otherLeaf),
            ', "leaf": "',
            vm.toString(w.leaf),
            '"}'
        );
    }

    /// @dev The end of a proof's sibling list and its other leaf.
    function _other(uint256 otherKey, bytes32 otherLeaf) internal pure returns (string memory) {
        return string.concat(
            '], "otherKey": "', vm.toString(bytes32(otherKey)), '", "otherLeaf": "', vm.toString(otherLeaf), '"'
        );
    }
}
