//! One step of the payments state machine (section 4 of `docs/rollup-stf.md`), replayed
//! against Merkle proofs exactly as the on-chain one-step verifier does. An invalid transaction
//! is a no-op: the post root is the pre root and no fee is collected.

use crate::{
    smt::{ProofError, account_key, account_leaf, compute_root, withdrawal_key, withdrawal_leaf},
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
    /// Non-empty siblings, from the leaf up.
    pub siblings: Vec<B256>,
}

/// A leaf's compressed proof (for withdrawal keys: `leaf` is what the key holds, zero if empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeafProof {
    /// Bitmap of non-empty siblings.
    pub bitmap: U256,
    /// Non-empty siblings, from the leaf up.
    pub siblings: Vec<B256>,
    /// The leaf the key holds (zero: empty, the only case in which the withdrawal applies).
    pub leaf: B256,
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

fn account_root(
    who: Address,
    balance: U256,
    nonce: u64,
    p: &AccountProof,
) -> Result<B256, ProofError> {
    compute_root(account_key(who), account_leaf(who, balance, nonce), p.bitmap, &p.siblings)
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
    if account_root(sender, a.balance, a.nonce, a)? != root {
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
    let mid = account_root(sender, a.balance - total, a.nonce + 1, a)?;
    let post = match *kind {
        TRANSFER => {
            if account_root(*to, b.balance, b.nonce, b)? != mid {
                return Err(StepError::ProofMismatch(1));
            }
            let Some(credited) = b.balance.checked_add(*amount) else { return noop };
            account_root(*to, credited, b.nonce, b)?
        }
        _ => {
            let key = withdrawal_key(sender, a.nonce);
            if compute_root(key, w.leaf, w.bitmap, &w.siblings)? != mid {
                return Err(StepError::ProofMismatch(2));
            }
            // A key already taken (the truncated hashes of two withdrawals collide): invalid.
            if !w.leaf.is_zero() {
                return noop;
            }
            compute_root(key, withdrawal_leaf(*to, *amount), w.bitmap, &w.siblings)?
        }
    };
    Ok((post, *fee))
}

/// Applies a deposit (already matched against the L1 queue); `b` proves the recipient against
/// `root`.
pub fn apply_deposit(root: B256, tx: &Tx, b: &AccountProof) -> Result<B256, StepError> {
    let Tx::Deposit { to, amount, .. } = tx else { return Err(StepError::WrongKind) };
    if account_root(*to, b.balance, b.nonce, b)? != root {
        return Err(StepError::ProofMismatch(1));
    }
    match b.balance.checked_add(*amount) {
        Some(credited) => Ok(account_root(*to, credited, b.nonce, b)?),
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
    if account_root(*from, a.balance, a.nonce, a)? != root {
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
