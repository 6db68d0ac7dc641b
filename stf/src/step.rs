//! One step of the payments state machine (section 4 of `docs/rollup-stf.md`), replayed
//! against Merkle proofs exactly as the on-chain one-step verifier does. An invalid transaction
//! is a no-op: the post root is the pre root and no fee is collected.

use crate::{
    smt::{
        Proof, ProofError, account_key, account_leaf, update_root, withdrawal_key, withdrawal_leaf,
    },
    tx::{TRANSFER, Tx, WITHDRAWAL},
};
use alloy_primitives::{Address, B256, U256};

/// An account's contents and its compressed proof.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountProof {
    /// Balance in ALT wei.
    pub balance: U256,
    /// Nonce.
    pub nonce: u64,
    /// Bitmap of non-empty siblings.
    pub bitmap: U256,
    /// Non-empty siblings, from the bottom up.
    pub siblings: Vec<B256>,
    /// For an absent account: the key whose leaf node holds its place (zero: none).
    pub other_key: U256,
    /// That key's leaf (zero: no other leaf).
    pub other_leaf: B256,
}

/// A leaf's compressed proof (for withdrawal keys: `leaf` is what the key holds, zero if empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeafProof {
    /// Bitmap of non-empty siblings.
    pub bitmap: U256,
    /// Non-empty siblings, from the bottom up.
    pub siblings: Vec<B256>,
    /// For an empty key: the key whose leaf node holds its place (zero: none).
    pub other_key: U256,
    /// That key's leaf (zero: no other leaf).
    pub other_leaf: B256,
    /// The leaf the key holds (zero: empty, the only case in which the withdrawal applies).
    pub leaf: B256,
}

impl AccountProof {
    /// An account holding (`balance`, `nonce`) with the tree's proof of its key.
    pub fn new(balance: U256, nonce: u64, p: Proof) -> Self {
        let Proof { bitmap, siblings, other_key, other_leaf } = p;
        Self { balance, nonce, bitmap, siblings, other_key, other_leaf }
    }
}

impl LeafProof {
    /// A key holding `leaf` with the tree's proof of it.
    pub fn new(leaf: B256, p: Proof) -> Self {
        let Proof { bitmap, siblings, other_key, other_leaf } = p;
        Self { bitmap, siblings, other_key, other_leaf, leaf }
    }
}

/// Proofs that cannot be replayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    /// A proof is not canonical.
    #[error(transparent)]
    Proof(#[from] ProofError),
    /// A proof does not match the root it is checked against (0 sender, 1 recipient, 2 withdrawal).
    #[error("proof {0} does not match its root")]
    ProofMismatch(u8),
    /// The transaction kind does not fit the function.
    #[error("wrong transaction kind for this step")]
    WrongKind,
}

/// The roots before and after `who`'s account goes from `p`'s contents to (`balance`, `nonce`).
fn account_update(
    who: Address,
    p: &AccountProof,
    balance: U256,
    nonce: u64,
) -> Result<(B256, B256), ProofError> {
    update_root(
        account_key(who),
        account_leaf(who, p.balance, p.nonce),
        account_leaf(who, balance, nonce),
        p.bitmap,
        &p.siblings,
        p.other_key,
        p.other_leaf,
    )
}

/// The root `p` proves for `who`'s account.
fn account_root(who: Address, p: &AccountProof) -> Result<B256, ProofError> {
    Ok(account_update(who, p, p.balance, p.nonce)?.0)
}

/// Applies a transfer or withdrawal whose signature recovered to `from` (`None`: bad signature).
/// `a` proves the sender against `root`; `b` (transfer) proves the recipient and `w`
/// (withdrawal) the withdrawal key and what it holds, both against the root after the sender's
/// update; a withdrawal whose key is already taken is invalid (a no-op).
/// Returns the post root and the fee collected.
pub fn apply_signed(
    root: B256,
    tx: &Tx,
    from: Option<Address>,
    a: &AccountProof,
    b: &AccountProof,
    w: &LeafProof,
) -> Result<(B256, U256), StepError> {
    let Tx::Signed { kind, to, amount, fee, nonce, .. } = tx else {
        return Err(StepError::WrongKind);
    };
    let sender = from.unwrap_or(Address::ZERO);
    if account_root(sender, a)? != root {
        return Err(StepError::ProofMismatch(0));
    }
    let noop = Ok((root, U256::ZERO));
    if from.is_none() || *nonce != a.nonce || a.nonce == u64::MAX {
        return noop;
    }
    if *kind == WITHDRAWAL && to.is_zero() {
        return noop;
    }
    let Some(total) = amount.checked_add(*fee).filter(|t| *t <= a.balance) else { return noop };
    let (_, mid) = account_update(sender, a, a.balance - total, a.nonce + 1)?;
    let post = match *kind {
        TRANSFER => {
            if account_root(*to, b)? != mid {
                return Err(StepError::ProofMismatch(1));
            }
            let Some(credited) = b.balance.checked_add(*amount) else { return noop };
            account_update(*to, b, credited, b.nonce)?.1
        }
        _ => {
            let key = withdrawal_key(sender, a.nonce);
            let (before, _) =
                update_root(key, w.leaf, w.leaf, w.bitmap, &w.siblings, w.other_key, w.other_leaf)?;
            if before != mid {
                return Err(StepError::ProofMismatch(2));
            }
            // A key already taken (the truncated hashes of two withdrawals collide): invalid.
            if !w.leaf.is_zero() {
                return noop;
            }
            let leaf = withdrawal_leaf(*to, *amount);
            update_root(key, B256::ZERO, leaf, w.bitmap, &w.siblings, w.other_key, w.other_leaf)?.1
        }
    };
    Ok((post, *fee))
}

/// Applies a deposit (already matched against the L1 queue); `b` proves the recipient against
/// `root`.
pub fn apply_deposit(root: B256, tx: &Tx, b: &AccountProof) -> Result<B256, StepError> {
    let Tx::Deposit { to, amount, .. } = tx else { return Err(StepError::WrongKind) };
    if account_root(*to, b)? != root {
        return Err(StepError::ProofMismatch(1));
    }
    match b.balance.checked_add(*amount) {
        Some(credited) => Ok(account_update(*to, b, credited, b.nonce)?.1),
        None => Ok(root),
    }
}

/// Applies a forced withdrawal (already matched against the L1 queue): a withdrawal without fee
/// at the sender's nonce of min(amount, balance), authorised by L1 instead of a signature, so that
/// no transaction of its own the sequencer puts first can turn the exit into a no-op; a no-op
/// only for an empty balance, an exhausted nonce or a taken key. `a` proves the sender against
/// `root`, `w` the withdrawal key against the root after the sender's update.
pub fn apply_forced_withdrawal(
    root: B256,
    tx: &Tx,
    a: &AccountProof,
    w: &LeafProof,
) -> Result<B256, StepError> {
    let Tx::ForcedWithdrawal { from, to, amount, .. } = tx else {
        return Err(StepError::WrongKind);
    };
    if account_root(*from, a)? != root {
        return Err(StepError::ProofMismatch(0));
    }
    if a.balance.is_zero() {
        return Ok(root);
    }
    let as_withdrawal = Tx::Signed {
        kind: WITHDRAWAL,
        to: *to,
        amount: (*amount).min(a.balance),
        fee: U256::ZERO,
        nonce: a.nonce,
        r: B256::ZERO,
        s: B256::ZERO,
        v: 0,
    };
    // The zero address can never queue one (it sends no L1 call); as on chain, it is a no-op.
    let from = Some(*from).filter(|f| !f.is_zero());
    let (post, _) = apply_signed(root, &as_withdrawal, from, a, &AccountProof::default(), w)?;
    Ok(post)
}
