//! Transactions (section 3 of `docs/rollup-stf.md`): packed encoding, hashes and EIP-712
//! signatures bound to the L1 chain, the RollupManager and the rollup id.

use alloy_primitives::{Address, B256, Signature, U256, keccak256};
use alloy_sol_types::{Eip712Domain, SolStruct, eip712_domain, sol};

/// Kind byte of a transfer.
pub const TRANSFER: u8 = 0x01;
/// Kind byte of a withdrawal to L1.
pub const WITHDRAWAL: u8 = 0x02;
/// Kind byte of a deposit from L1.
pub const DEPOSIT: u8 = 0x03;
/// Kind byte of a withdrawal forced from L1 (queued like a deposit, not signed).
pub const FORCED_WITHDRAWAL: u8 = 0x04;
/// Length of a signed transaction.
pub const SIGNED_LENGTH: usize = 158;
/// Length of a deposit.
pub const DEPOSIT_LENGTH: usize = 61;
/// Length of a forced withdrawal.
pub const FORCED_LENGTH: usize = 81;

sol! {
    /// What a transfer's sender signs.
    struct Transfer { uint256 rollupId; address to; uint256 amount; uint256 fee; uint64 nonce; }
    /// What a withdrawal's sender signs.
    struct Withdrawal { uint256 rollupId; address recipient; uint256 amount; uint256 fee; uint64 nonce; }
}

/// A decoded transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tx {
    /// A signed transfer or withdrawal (`kind` tells which; for a withdrawal `to` is the L1
    /// recipient).
    Signed {
        /// [`TRANSFER`] or [`WITHDRAWAL`].
        kind: u8,
        /// Recipient.
        to: Address,
        /// Amount in ALT wei.
        amount: U256,
        /// Fee in ALT wei.
        fee: U256,
        /// The sender's nonce.
        nonce: u64,
        /// Signature r.
        r: B256,
        /// Signature s.
        s: B256,
        /// Signature v (27 or 28).
        v: u8,
    },
    /// A deposit copied from the L1 queue.
    Deposit {
        /// Position in the L1 deposit queue.
        index: u64,
        /// Recipient.
        to: Address,
        /// Amount in ALT wei.
        amount: U256,
    },
    /// A withdrawal forced from L1, copied from the L1 queue: authorised by the queue entry
    /// (its sender called the RollupManager), not by a signature; it has no fee and withdraws
    /// at the sender's nonce when the batch reaches it.
    ForcedWithdrawal {
        /// Position in the L1 queue (shared with deposits).
        index: u64,
        /// The L2 account that withdraws.
        from: Address,
        /// The L1 recipient.
        to: Address,
        /// Amount in ALT wei.
        amount: U256,
    },
}

/// Bytes that are not a transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Empty input.
    #[error("empty transaction")]
    Empty,
    /// Unknown kind byte.
    #[error("unknown transaction kind {0:#04x}")]
    UnknownKind(u8),
    /// Length does not match the kind.
    #[error("transaction of kind {kind:#04x} must be {expected} bytes, got {got}")]
    Length {
        /// The kind byte.
        kind: u8,
        /// Required length.
        expected: usize,
        /// Actual length.
        got: usize,
    },
}

fn word(b: &[u8]) -> U256 {
    U256::from_be_slice(b)
}

impl Tx {
    /// Decodes one packed transaction.
    pub fn decode(raw: &[u8]) -> Result<Self, DecodeError> {
        let kind = *raw.first().ok_or(DecodeError::Empty)?;
        let expect = |expected| {
            if raw.len() == expected {
                Ok(())
            } else {
                Err(DecodeError::Length { kind, expected, got: raw.len() })
            }
        };
        match kind {
            TRANSFER | WITHDRAWAL => {
                expect(SIGNED_LENGTH)?;
                Ok(Self::Signed {
                    kind,
                    to: Address::from_slice(&raw[1..21]),
                    amount: word(&raw[21..53]),
                    fee: word(&raw[53..85]),
                    nonce: u64::from_be_bytes(raw[85..93].try_into().expect("8 bytes")),
                    r: B256::from_slice(&raw[93..125]),
                    s: B256::from_slice(&raw[125..157]),
                    v: raw[157],
                })
            }
            DEPOSIT => {
                expect(DEPOSIT_LENGTH)?;
                Ok(Self::Deposit {
                    index: u64::from_be_bytes(raw[1..9].try_into().expect("8 bytes")),
                    to: Address::from_slice(&raw[9..29]),
                    amount: word(&raw[29..61]),
                })
            }
            FORCED_WITHDRAWAL => {
                expect(FORCED_LENGTH)?;
                Ok(Self::ForcedWithdrawal {
                    index: u64::from_be_bytes(raw[1..9].try_into().expect("8 bytes")),
                    from: Address::from_slice(&raw[9..29]),
                    to: Address::from_slice(&raw[29..49]),
                    amount: word(&raw[49..81]),
                })
            }
            other => Err(DecodeError::UnknownKind(other)),
        }
    }

    /// The packed encoding.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(SIGNED_LENGTH);
        match self {
            Self::Signed { kind, to, amount, fee, nonce, r, s, v } => {
                out.push(*kind);
                out.extend_from_slice(to.as_slice());
                out.extend_from_slice(&amount.to_be_bytes::<32>());
                out.extend_from_slice(&fee.to_be_bytes::<32>());
                out.extend_from_slice(&nonce.to_be_bytes());
                out.extend_from_slice(r.as_slice());
                out.extend_from_slice(s.as_slice());
                out.push(*v);
            }
            Self::Deposit { index, to, amount } => {
                out.push(DEPOSIT);
                out.extend_from_slice(&index.to_be_bytes());
                out.extend_from_slice(to.as_slice());
                out.extend_from_slice(&amount.to_be_bytes::<32>());
            }
            Self::ForcedWithdrawal { index, from, to, amount } => {
                out.push(FORCED_WITHDRAWAL);
                out.extend_from_slice(&index.to_be_bytes());
                out.extend_from_slice(from.as_slice());
                out.extend_from_slice(to.as_slice());
                out.extend_from_slice(&amount.to_be_bytes::<32>());
            }
        }
        out
    }

    /// The transaction hash: keccak of the packed encoding.
    pub fn hash(&self) -> B256 {
        keccak256(self.encode())
    }

    /// A signed kind with `sig` (over [`signing_digest`]) as its r, s and v; the L1 queue's
    /// kinds, which are not signed, unchanged.
    pub fn with_signature(self, sig: &Signature) -> Self {
        match self {
            Self::Signed { kind, to, amount, fee, nonce, .. } => Self::Signed {
                kind,
                to,
                amount,
                fee,
                nonce,
                r: sig.r().into(),
                s: sig.s().into(),
                v: 27 + u8::from(sig.v()),
            },
            other => other,
        }
    }
}

/// Length of a transaction of kind `kind`, if it is one.
pub fn length_of(kind: u8) -> Option<usize> {
    match kind {
        TRANSFER | WITHDRAWAL => Some(SIGNED_LENGTH),
        DEPOSIT => Some(DEPOSIT_LENGTH),
        FORCED_WITHDRAWAL => Some(FORCED_LENGTH),
        _ => None,
    }
}

/// Splits a batch's tx data into its transactions, as `postBatch` reads it (section 7.1): each
/// kind byte gives its transaction's length, and anything else (an unknown kind, a transaction
/// cut short) is an error naming the byte offset where it starts. What a node deriving the
/// rollup from L1 runs on every posted batch.
pub fn decode_batch(data: &[u8]) -> Result<Vec<Tx>, (usize, DecodeError)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let kind = data[at];
        let len = length_of(kind).ok_or((at, DecodeError::UnknownKind(kind)))?;
        let raw = data
            .get(at..at + len)
            .ok_or((at, DecodeError::Length { kind, expected: len, got: data.len() - at }))?;
        out.push(Tx::decode(raw).map_err(|e| (at, e))?);
        at += len;
    }
    Ok(out)
}

/// The EIP-712 domain of rollups managed by `manager` on L1 chain `chain_id`.
pub fn domain(chain_id: u64, manager: Address) -> Eip712Domain {
    eip712_domain! { name: "ALT Rollup", version: "1", chain_id: chain_id, verifying_contract: manager, }
}

/// The digest the sender of a signed transaction signs; `None` for the L1 queue's kinds.
pub fn signing_digest(domain: &Eip712Domain, rollup_id: U256, tx: &Tx) -> Option<B256> {
    match tx {
        Tx::Signed { kind: TRANSFER, to, amount, fee, nonce, .. } => Some(
            Transfer { rollupId: rollup_id, to: *to, amount: *amount, fee: *fee, nonce: *nonce }
                .eip712_signing_hash(domain),
        ),
        Tx::Signed { to, amount, fee, nonce, .. } => Some(
            Withdrawal {
                rollupId: rollup_id,
                recipient: *to,
                amount: *amount,
                fee: *fee,
                nonce: *nonce,
            }
            .eip712_signing_hash(domain),
        ),
        Tx::Deposit { .. } | Tx::ForcedWithdrawal { .. } => None,
    }
}

/// Half the secp256k1 group order: signatures with a larger `s` are rejected.
fn half_order() -> U256 {
    U256::from_be_bytes(
        alloy_primitives::b256!("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")
            .0,
    )
}

/// The signer of a signed transaction, or `None` for the L1 queue's kinds (a forced
/// withdrawal names its sender) or an invalid signature (v not
/// 27/28, high s, or no recovery): the same rule as OpenZeppelin's `ECDSA.tryRecover`.
pub fn sender(domain: &Eip712Domain, rollup_id: U256, tx: &Tx) -> Option<Address> {
    let Tx::Signed { r, s, v, .. } = tx else { return None };
    let s = U256::from_be_bytes(s.0);
    if s > half_order() || !matches!(v, 27 | 28) {
        return None;
    }
    let digest = signing_digest(domain, rollup_id, tx)?;
    recover(digest, r, &s, *v == 28)
}

/// The address whose key signed `digest` with (r, s, parity), by libsecp256k1; `None` when r
/// or s is zero or not below the group order, or no key recovers (as `ecrecover`).
fn recover(digest: B256, r: &B256, s: &U256, odd: bool) -> Option<Address> {
    use secp256k1::ecdsa::{RecoverableSignature, RecoveryId};
    let mut compact = [0u8; 64];
    compact[..32].copy_from_slice(r.as_slice());
    compact[32..].copy_from_slice(&s.to_be_bytes::<32>());
    let id = RecoveryId::try_from(i32::from(odd)).ok()?;
    let sig = RecoverableSignature::from_compact(&compact, id).ok()?;
    let message = secp256k1::Message::from_digest(digest.0);
    let key = secp256k1::SECP256K1.recover_ecdsa(message, &sig).ok()?;
    let point = key.serialize_uncompressed();
    Some(Address::from_slice(&keccak256(&point[1..])[12..]))
}
