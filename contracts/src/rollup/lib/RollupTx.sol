// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title RollupTx
/// @notice Transactions of the ALT payments rollup (docs/rollup-stf.md, section 3): packed
///         encoding, hashes and EIP-712 signatures bound to the L1 chain, the RollupManager and
///         the rollup id.
library RollupTx {
    /// @notice Kind byte of a transfer.
    uint8 internal constant TRANSFER = 0x01;
    /// @notice Kind byte of a withdrawal to L1.
    uint8 internal constant WITHDRAWAL = 0x02;
    /// @notice Kind byte of a deposit from L1.
    uint8 internal constant DEPOSIT = 0x03;
    /// @notice Kind byte of a withdrawal forced from L1 (queued like a deposit, not signed).
    uint8 internal constant FORCED_WITHDRAWAL = 0x04;
    /// @notice Length of a signed transaction (transfer, withdrawal).
    uint256 internal constant SIGNED_LENGTH = 158;
    /// @notice Length of a deposit.
    uint256 internal constant DEPOSIT_LENGTH = 61;
    /// @notice Length of a forced withdrawal.
    uint256 internal constant FORCED_LENGTH = 81;

    /// @notice EIP-712 domain type hash.
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice EIP-712 type hash of a transfer.
    bytes32 internal constant TRANSFER_TYPEHASH =
        keccak256("Transfer(uint256 rollupId,address to,uint256 amount,uint256 fee,uint64 nonce)");
    /// @notice EIP-712 type hash of a withdrawal.
    bytes32 internal constant WITHDRAWAL_TYPEHASH =
        keccak256("Withdrawal(uint256 rollupId,address recipient,uint256 amount,uint256 fee,uint64 nonce)");

    /// @notice A decoded transaction. For a withdrawal (signed or forced) `to` is the L1
    ///         recipient; `depositIndex` is the L1 queue position of a deposit or forced
    ///         withdrawal, `from` the sender of a forced withdrawal (named by its L1 queue entry);
    ///         the signature fields are set for transfers and withdrawals only.
    struct Tx {
        uint8 kind;
        address to;
        uint256 amount;
        uint256 fee;
        uint64 nonce;
        uint64 depositIndex;
        bytes32 r;
        bytes32 s;
        uint8 v;
        address from;
    }

    /// @notice Unknown kind byte or a length that does not match the kind.
    error RollupTxMalformed(uint256 length);

    /// @notice Decodes one packed transaction.
    function decode(bytes memory raw) internal pure returns (Tx memory t) {
        require(raw.length > 0, RollupTxMalformed(0));
        t.kind = uint8(raw[0]);
        if (t.kind == TRANSFER || t.kind == WITHDRAWAL) {
            require(raw.length == SIGNED_LENGTH, RollupTxMalformed(raw.length));
            // Fixed offsets in the data (which starts 32 bytes into `raw`): to @1, amount @21,
            // fee @53, nonce @85, r @93, s @125, v @157; written straight into the struct's
            // words (to +0x20, amount +0x40, fee +0x60, nonce +0x80, r +0xc0, s +0xe0).
            assembly ("memory-safe") {
                mstore(add(t, 0x20), shr(96, mload(add(raw, 33))))
                mstore(add(t, 0x40), mload(add(raw, 53)))
                mstore(add(t, 0x60), mload(add(raw, 85)))
                mstore(add(t, 0x80), shr(192, mload(add(raw, 117))))
                mstore(add(t, 0xc0), mload(add(raw, 125)))
                mstore(add(t, 0xe0), mload(add(raw, 157)))
            }
            t.v = uint8(raw[157]);
        } else if (t.kind == DEPOSIT) {
            require(raw.length == DEPOSIT_LENGTH, RollupTxMalformed(raw.length));
            uint64 index;
            address to;
            uint256 amount;
            // depositIndex @1, to @9, amount @29.
            assembly ("memory-safe") {
                index := shr(192, mload(add(raw, 33)))
                to := shr(96, mload(add(raw, 41)))
                amount := mload(add(raw, 61))
            }
            (t.depositIndex, t.to, t.amount) = (index, to, amount);
        } else if (t.kind == FORCED_WITHDRAWAL) {
            require(raw.length == FORCED_LENGTH, RollupTxMalformed(raw.length));
            uint64 index;
            address from;
            address to;
            uint256 amount;
            // queueIndex @1, from @9, recipient @29, amount @49.
            assembly ("memory-safe") {
                index := shr(192, mload(add(raw, 33)))
                from := shr(96, mload(add(raw, 41)))
                to := shr(96, mload(add(raw, 61)))
                amount := mload(add(raw, 81))
            }
            (t.depositIndex, t.from, t.to, t.amount) = (index, from, to, amount);
        } else {
            revert RollupTxMalformed(raw.length);
        }
    }

    /// @notice Packs a signed transaction (transfer or withdrawal).
    function encodeSigned(
        uint8 kind,
        address to,
        uint256 amount,
        uint256 fee,
        uint64 nonce,
        bytes32 r,
        bytes32 s,
        uint8 v
    ) internal pure returns (bytes memory) {
        return abi.encodePacked(kind, to, amount, fee, nonce, r, s, v);
    }

    /// @notice Packs a deposit.
    function encodeDeposit(uint64 depositIndex, address to, uint256 amount) internal pure returns (bytes memory) {
        return abi.encodePacked(DEPOSIT, depositIndex, to, amount);
    }

    /// @notice Packs a forced withdrawal (L1 queue entry `queueIndex`).
    function encodeForced(uint64 queueIndex, address from, address recipient, uint256 amount)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(FORCED_WITHDRAWAL, queueIndex, from, recipient, amount);
    }

    /// @notice The domain separator for rollups managed by `manager` on chain `chainId`.
    function domainSeparator(uint256 chainId, address manager) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("ALT Rollup"), keccak256("1"), chainId, manager));
    }

    /// @notice The EIP-712 digest the sender signs (transfers and withdrawals).
    function signingDigest(bytes32 domain, uint256 rollupId, Tx memory t) internal pure returns (bytes32) {
        bytes32 typeHash = t.kind == TRANSFER ? TRANSFER_TYPEHASH : WITHDRAWAL_TYPEHASH;
        bytes32 structHash = keccak256(abi.encode(typeHash, rollupId, t.to, t.amount, t.fee, t.nonce));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @notice The signer of a transfer or withdrawal, or zero for an invalid signature (bad v,
    ///         high s, or no recovery).
    function sender(bytes32 domain, uint256 rollupId, Tx memory t) internal pure returns (address) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(signingDigest(domain, rollupId, t), t.v, t.r, t.s);
        return err == ECDSA.RecoverError.NoError ? signer : address(0);
    }
}
