// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "../../src/rollup/lib/BatchHeader.sol";
import {PaymentsStf} from "../../src/rollup/lib/PaymentsStf.sol";
import {RollupTx} from "../../src/rollup/lib/RollupTx.sol";
import {SparseMerkleTree as Smt} from "../../src/rollup/lib/SparseMerkleTree.sol";
import {SmtReference} from "../utils/SmtReference.sol";
import {Test} from "../utils/Test.sol";

/// @dev External entry points so library reverts can be expected.
contract StfHarness {
    function decode(bytes memory raw) external pure returns (RollupTx.Tx memory) {
        return RollupTx.decode(raw);
    }

    function applySigned(
        bytes32 root,
        RollupTx.Tx memory t,
        address from,
        PaymentsStf.AccountProof memory a,
        PaymentsStf.AccountProof memory b,
        PaymentsStf.LeafProof memory w
    ) external pure returns (bytes32, uint256) {
        return PaymentsStf.applySigned(root, t, from, a, b, w);
    }
}

/// @notice The rollup's transactions, one-step transition and headers against the naive
///         reference tree: every correct transition is reproduced, every tampered one differs.
contract PaymentsStfTest is Test {
    StfHarness internal h = new StfHarness();
    uint256 internal constant ROLLUP = 7;
    address internal constant MANAGER = address(0x5eC0);
    bytes32 internal domain = RollupTx.domainSeparator(1, MANAGER);

    uint256 internal constant ALICE_KEY = 0xA11CE;
    uint256 internal constant BOB_KEY = 0xB0B;

    // ---------------------------------------------------------------- state helpers

    struct State {
        uint256[] keys;
        bytes32[] leaves;
        uint256[] balances;
        uint64[] nonces;
    }

    function _state(uint256 aliceBalance, uint64 aliceNonce, uint256 bobBalance)
        internal
        pure
        returns (State memory s)
    {
        s.keys = new uint256[](3);
        s.leaves = new bytes32[](3);
        s.balances = new uint256[](3);
        s.nonces = new uint64[](3);
        _put(s, 0, vm.addr(ALICE_KEY), aliceBalance, aliceNonce);
        _put(s, 1, vm.addr(BOB_KEY), bobBalance, 0);
        _put(s, 2, address(0xCAFE), 5 ether, 2);
    }

    function _put(State memory s, uint256 i, address who, uint256 balance, uint64 nonce) internal pure {
        s.keys[i] = uint256(uint160(who));
        s.balances[i] = balance;
        s.nonces[i] = nonce;
        s.leaves[i] = Smt.accountLeaf(who, balance, nonce);
    }

    function _proof(State memory s, uint256 i) internal pure returns (PaymentsStf.AccountProof memory p) {
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) = SmtReference.fullProof(s.keys, s.leaves, s.keys[i]);
        p.balance = s.balances[i];
        p.nonce = s.nonces[i];
    }

    function _signed(uint8 kind, uint256 key, address to, uint256 amount, uint256 fee, uint64 nonce)
        internal
        view
        returns (RollupTx.Tx memory t)
    {
        t = RollupTx.Tx({
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
        (t.v, t.r, t.s) = vm.sign(key, RollupTx.signingDigest(domain, ROLLUP, t));
    }

    // ---------------------------------------------------------------- encoding and signatures

    function testFuzz_encodeDecodeRoundTrip(address to, uint256 amount, uint256 fee, uint64 nonce, bytes32 r, bytes32 s)
        public
        view
    {
        bytes memory raw = RollupTx.encodeSigned(RollupTx.TRANSFER, to, amount, fee, nonce, r, s, 28);
        vm.assertEq(raw.length, 158);
        RollupTx.Tx memory t = h.decode(raw);
        vm.assertEq(t.kind, RollupTx.TRANSFER);
        vm.assertEq(t.to, to);
        vm.assertEq(t.amount, amount);
        vm.assertEq(t.fee, fee);
        vm.assertEq(t.nonce, nonce);
        vm.assertEq(t.r, r);
        vm.assertEq(t.s, s);
        vm.assertEq(t.v, 28);
        RollupTx.Tx memory d = h.decode(RollupTx.encodeDeposit(nonce, to, amount));
        vm.assertEq(d.kind, RollupTx.DEPOSIT);
        vm.assertEq(d.depositIndex, nonce);
        vm.assertEq(d.to, to);
        vm.assertEq(d.amount, amount);
    }

    function test_RevertWhen_decode_malformed() public {
        vm.expectRevert(abi.encodeWithSelector(RollupTx.RollupTxMalformed.selector, 0));
        h.decode("");
        vm.expectRevert(abi.encodeWithSelector(RollupTx.RollupTxMalformed.selector, 157));
        h.decode(new bytes(157));
        bytes memory shortTransfer = new bytes(157);
        shortTransfer[0] = 0x01;
        vm.expectRevert(abi.encodeWithSelector(RollupTx.RollupTxMalformed.selector, 157));
        h.decode(shortTransfer);
        bytes memory longDeposit = new bytes(62);
        longDeposit[0] = 0x03;
        vm.expectRevert(abi.encodeWithSelector(RollupTx.RollupTxMalformed.selector, 62));
        h.decode(longDeposit);
    }

    function test_sender_isBoundToRollupChainAndManager() public view {
        RollupTx.Tx memory t = _signed(RollupTx.TRANSFER, ALICE_KEY, address(0xB0B), 1 ether, 1, 0);
        vm.assertEq(RollupTx.sender(domain, ROLLUP, t), vm.addr(ALICE_KEY));
        vm.assertTrue(RollupTx.sender(domain, ROLLUP + 1, t) != vm.addr(ALICE_KEY), "other rollup");
        vm.assertTrue(
            RollupTx.sender(RollupTx.domainSeparator(2, MANAGER), ROLLUP, t) != vm.addr(ALICE_KEY), "other chain"
        );
        vm.assertTrue(
            RollupTx.sender(RollupTx.domainSeparator(1, address(1)), ROLLUP, t) != vm.addr(ALICE_KEY), "other manager"
        );
        t.kind = RollupTx.WITHDRAWAL;
        vm.assertTrue(RollupTx.sender(domain, ROLLUP, t) != vm.addr(ALICE_KEY), "kind is signed");
    }

    function test_sender_rejectsMalleableSignature() public view {
        RollupTx.Tx memory t = _signed(RollupTx.TRANSFER, ALICE_KEY, address(0xB0B), 1 ether, 1, 0);
        // (r, n - s, v ^ 1) recovers the same key, but only low-s signatures are accepted.
        t.s = bytes32(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141 - uint256(t.s));
        t.v = t.v == 27 ? 28 : 27;
        vm.assertEq(RollupTx.sender(domain, ROLLUP, t), address(0));
    }

    // ---------------------------------------------------------------- one step

    /// Differential: random balances and amounts, the one-step replay lands exactly on the
    /// reference tree's root, so a claimed post root that differs in any bit is caught.
    function testFuzz_transfer_matchesReference(uint256 balance, uint256 amount, uint256 fee, bytes32 tampered)
        public
        view
    {
        balance = bound(balance, 0, 1e30);
        amount = bound(amount, 0, 1e30);
        fee = bound(fee, 0, 1e24);
        State memory s = _state(balance, 3, 7 ether);
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        RollupTx.Tx memory t = _signed(RollupTx.TRANSFER, ALICE_KEY, vm.addr(BOB_KEY), amount, fee, 3);
        address from = RollupTx.sender(domain, ROLLUP, t);
        PaymentsStf.AccountProof memory a = _proof(s, 0);

        bool valid = amount + fee <= balance;
        if (valid) {
            _put(s, 0, from, balance - amount - fee, 4);
        }
        PaymentsStf.AccountProof memory b = _proof(s, 1); // against the root after the sender's update
        (bytes32 post, uint256 collected) = h.applySigned(root, t, from, a, b, _noLeaf());
        if (valid) {
            _put(s, 1, vm.addr(BOB_KEY), 7 ether + amount, 0);
            vm.assertEq(collected, fee);
        } else {
            vm.assertEq(collected, 0);
        }
        bytes32 expected = SmtReference.root(s.keys, s.leaves);
        vm.assertEq(post, expected, "post root == reference");
        if (valid) vm.assertTrue(post != root, "a valid step changes the root (the nonce moves)");
        if (tampered != expected) vm.assertTrue(post != tampered, "a tampered post root is caught");
    }

    function test_transfer_toSelfOnlyPaysTheFee() public view {
        State memory s = _state(10 ether, 0, 0);
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        RollupTx.Tx memory t = _signed(RollupTx.TRANSFER, ALICE_KEY, vm.addr(ALICE_KEY), 4 ether, 1 ether, 0);
        PaymentsStf.AccountProof memory a = _proof(s, 0);
        _put(s, 0, vm.addr(ALICE_KEY), 5 ether, 1);
        PaymentsStf.AccountProof memory b = _proof(s, 0);
        (bytes32 post,) = h.applySigned(root, t, vm.addr(ALICE_KEY), a, b, _noLeaf());
        _put(s, 0, vm.addr(ALICE_KEY), 9 ether, 1);
        vm.assertEq(post, SmtReference.root(s.keys, s.leaves));
    }

    function test_invalidTransactionsAreNoOps() public view {
        State memory s = _state(10 ether, 2, 0);
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        PaymentsStf.AccountProof memory a = _proof(s, 0);
        PaymentsStf.LeafProof memory none = _noLeaf();
        PaymentsStf.AccountProof memory unused;
        // wrong nonce
        RollupTx.Tx memory t = _signed(RollupTx.TRANSFER, ALICE_KEY, vm.addr(BOB_KEY), 1, 0, 5);
        (bytes32 post, uint256 fee) = h.applySigned(root, t, vm.addr(ALICE_KEY), a, unused, none);
        vm.assertEq(post, root);
        vm.assertEq(fee, 0);
        // amount + fee overflows
        t = _signed(RollupTx.TRANSFER, ALICE_KEY, vm.addr(BOB_KEY), type(uint256).max, 1, 2);
        (post,) = h.applySigned(root, t, vm.addr(ALICE_KEY), a, unused, none);
        vm.assertEq(post, root);
        // bad signature: no sender (the caller passes what RollupTx.sender returned)
        PaymentsStf.AccountProof memory zero = _absent(s, address(0));
        (post,) = h.applySigned(root, t, address(0), zero, unused, none);
        vm.assertEq(post, root);
        // withdrawal to the zero address
        t = _signed(RollupTx.WITHDRAWAL, ALICE_KEY, address(0), 1, 0, 2);
        (post,) = h.applySigned(root, t, vm.addr(ALICE_KEY), a, unused, none);
        vm.assertEq(post, root);
    }

    function test_withdrawal_insertsLeafAtSenderNonce() public view {
        State memory s = _state(10 ether, 4, 0);
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        address alice = vm.addr(ALICE_KEY);
        RollupTx.Tx memory t = _signed(RollupTx.WITHDRAWAL, ALICE_KEY, address(0xBEEF), 3 ether, 1 ether, 4);
        PaymentsStf.AccountProof memory a = _proof(s, 0);
        _put(s, 0, alice, 6 ether, 5);
        uint256 wkey = Smt.withdrawalKey(alice, 4);
        PaymentsStf.LeafProof memory w;
        (w.bitmap, w.siblings, w.otherKey, w.otherLeaf) = SmtReference.fullProof(s.keys, s.leaves, wkey);
        PaymentsStf.AccountProof memory unused;
        (bytes32 post, uint256 fee) = h.applySigned(root, t, alice, a, unused, w);
        vm.assertEq(fee, 1 ether);
        uint256[] memory keys = new uint256[](4);
        bytes32[] memory leaves = new bytes32[](4);
        for (uint256 i; i < 3; ++i) {
            keys[i] = s.keys[i];
            leaves[i] = s.leaves[i];
        }
        keys[3] = wkey;
        leaves[3] = Smt.withdrawalLeaf(address(0xBEEF), 3 ether);
        vm.assertEq(post, SmtReference.root(keys, leaves));
    }

    /// Issue 11 review: withdrawal keys are 160-bit truncated hashes, so two withdrawals can
    /// collide (about 2^80 work for one party controlling both). The second one's key is already
    /// taken; its replay used to need an empty-key proof that cannot exist. It is a provable no-op.
    function test_withdrawalToATakenKey_isAProvableNoOp() public {
        State memory s = _state(10 ether, 4, 0);
        address alice = vm.addr(ALICE_KEY);
        uint256 wkey = Smt.withdrawalKey(alice, 4);
        bytes32 taken = Smt.withdrawalLeaf(address(0xC011), 1 ether); // the colliding withdrawal
        uint256[] memory keys = new uint256[](4);
        bytes32[] memory leaves = new bytes32[](4);
        for (uint256 i; i < 3; ++i) {
            (keys[i], leaves[i]) = (s.keys[i], s.leaves[i]);
        }
        (keys[3], leaves[3]) = (wkey, taken);
        s.keys = keys;
        s.leaves = leaves;
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        RollupTx.Tx memory t = _signed(RollupTx.WITHDRAWAL, ALICE_KEY, address(0xBEEF), 3 ether, 1 ether, 4);
        PaymentsStf.AccountProof memory a = _proof(s, 0);
        _put(s, 0, alice, 6 ether, 5); // the sender's update the withdrawal proof is against
        PaymentsStf.LeafProof memory w;
        (w.bitmap, w.siblings, w.otherKey, w.otherLeaf) = SmtReference.fullProof(s.keys, s.leaves, wkey);
        w.leaf = taken;
        PaymentsStf.AccountProof memory unused;
        (bytes32 post, uint256 fee) = h.applySigned(root, t, alice, a, unused, w);
        vm.assertEq(post, root, "no debit, no nonce, no leaf");
        vm.assertEq(fee, 0);
        // Claiming the key empty does not verify.
        w.leaf = 0;
        vm.expectRevert(abi.encodeWithSelector(PaymentsStf.StfProofMismatch.selector, 2));
        h.applySigned(root, t, alice, a, unused, w);
    }

    function test_deposit_creditsRecipient() public pure {
        State memory s = _state(1, 0, 0);
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        RollupTx.Tx memory d = RollupTx.decode(RollupTx.encodeDeposit(0, address(0xCAFE), 2 ether));
        bytes32 post = PaymentsStf.applyDeposit(root, d, _proof(s, 2));
        _put(s, 2, address(0xCAFE), 7 ether, 2);
        vm.assertEq(post, SmtReference.root(s.keys, s.leaves));
    }

    function test_RevertWhen_proofDoesNotMatchRoot() public {
        State memory s = _state(10 ether, 0, 0);
        bytes32 root = SmtReference.root(s.keys, s.leaves);
        RollupTx.Tx memory t = _signed(RollupTx.TRANSFER, ALICE_KEY, vm.addr(BOB_KEY), 1 ether, 0, 0);
        PaymentsStf.AccountProof memory a = _proof(s, 0);
        a.balance += 1; // claims more than the tree holds
        PaymentsStf.AccountProof memory b = _proof(s, 1);
        vm.expectRevert(abi.encodeWithSelector(PaymentsStf.StfProofMismatch.selector, 0));
        h.applySigned(root, t, vm.addr(ALICE_KEY), a, b, _noLeaf());
        a.balance -= 1;
        // the recipient's proof is against the pre root, not the root after the sender's update
        vm.expectRevert(abi.encodeWithSelector(PaymentsStf.StfProofMismatch.selector, 1));
        h.applySigned(root, t, vm.addr(ALICE_KEY), a, b, _noLeaf());
    }

    // ---------------------------------------------------------------- headers

    function testFuzz_stepsRoot_everyLeafProves(uint8 count) public pure {
        uint256 n = bound(count, 1, 17);
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            leaves[i] = BatchHeader.stepLeaf(keccak256(abi.encode("tx", i)), keccak256(abi.encode("root", i)), i);
        }
        bytes32 root = BatchHeader.stepsRoot(_copy(leaves));
        for (uint256 i; i < n; ++i) {
            bytes32[] memory proof = SmtReference.stepProof(leaves, i);
            vm.assertTrue(BatchHeader.verifyStep(root, i, leaves[i], proof), "leaf proves");
            vm.assertFalse(BatchHeader.verifyStep(root, i, keccak256("tampered"), proof), "tampered leaf fails");
            vm.assertFalse(
                BatchHeader.verifyStep(root, i ^ 1 | (1 << proof.length), leaves[i], proof), "index out of range"
            );
        }
    }

    function test_header_hashIsEip712() public view {
        BatchHeader.Header memory hd = BatchHeader.Header({
            rollupId: ROLLUP,
            batchIndex: 3,
            prevRoot: keccak256("prev"),
            postRoot: keccak256("post"),
            txDataHash: keccak256("data"),
            stepsRoot: keccak256("steps"),
            feesCollected: 5,
            depositsProcessed: 9,
            txCount: 2
        });
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Header(uint256 rollupId,uint256 batchIndex,bytes32 prevRoot,bytes32 postRoot,bytes32 txDataHash,bytes32 stepsRoot,uint256 feesCollected,uint64 depositsProcessed,uint32 txCount)"
                ),
                hd
            )
        );
        vm.assertEq(BatchHeader.hash(domain, hd), keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
    }

    // ---------------------------------------------------------------- helpers

    function _noLeaf() internal pure returns (PaymentsStf.LeafProof memory) {}

    function _absent(State memory s, address who) internal pure returns (PaymentsStf.AccountProof memory p) {
        (p.bitmap, p.siblings, p.otherKey, p.otherLeaf) =
            SmtReference.fullProof(s.keys, s.leaves, uint256(uint160(who)));
    }

    function _copy(bytes32[] memory a) internal pure returns (bytes32[] memory b) {
        b = new bytes32[](a.length);
        for (uint256 i; i < a.length; ++i) {
            b[i] = a[i];
        }
    }
}
