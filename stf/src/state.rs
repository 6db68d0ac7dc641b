//! The whole payments state (section 1 of `docs/rollup-stf.md`): balances and nonces over the
//! sparse Merkle tree, executed a transaction at a time, and batches built from it (section 5).
//!
//! Every transaction is decided by the same one-step functions the fraud verifier replays
//! ([`crate::step`]), fed with proofs read from this tree, so the node's execution, the proofs
//! it would give a challenger and the contract's replay cannot drift apart: the tree is then
//! updated with the new values, and its root must land on the step's post root (a mismatch is
//! a bug, reported as [`ExecError::Diverged`], never a silently different root).

use crate::{
    header::{Header, step_leaf, steps_root},
    smt::{SparseMerkleTree, account_key, account_leaf, withdrawal_key, withdrawal_leaf},
    step::{
        AccountProof, LeafProof, StepError, apply_deposit, apply_forced_withdrawal, apply_signed,
    },
    tx::{self, TRANSFER, Tx},
};
use alloy_primitives::{Address, B256, U256, keccak256};
use alloy_sol_types::Eip712Domain;
use std::{
    collections::HashMap,
    sync::{
        OnceLock,
        atomic::{AtomicUsize, Ordering},
    },
};

/// What executing a transaction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    /// The state root after it.
    pub root: B256,
    /// The fee it collected (zero for a no-op, a deposit or a forced withdrawal).
    pub fee: U256,
    /// Whether it changed the state (false: invalid, a no-op by section 4, or a zero deposit).
    pub changed: bool,
}

/// Execution that cannot go on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExecError {
    /// The tree's own proofs did not replay (a bug).
    #[error("step replay failed: {0}")]
    Step(#[from] StepError),
    /// The tree's root after the update is not the step's post root (a bug).
    #[error("execution diverged from the one-step rules: tree {tree}, step {step}")]
    Diverged {
        /// The tree's root.
        tree: B256,
        /// The one-step function's root.
        step: B256,
    },
    /// A batch with no transaction, or more than a header can count.
    #[error("a batch needs between 1 and 2^32 - 1 transactions, got {0}")]
    BatchSize(usize),
}

/// Balances and nonces, and the tree that commits to them and to withdrawals.
#[derive(Debug, Clone, Default)]
pub struct State {
    tree: SparseMerkleTree,
    accounts: HashMap<Address, (U256, u64)>,
    withdrawals: HashMap<(Address, u64), (Address, U256)>,
}

impl State {
    /// The empty state (root zero).
    pub fn new() -> Self {
        Self::default()
    }

    /// A state holding `accounts` (address, balance, nonce) and nothing else.
    pub fn genesis(accounts: impl IntoIterator<Item = (Address, U256, u64)>) -> Self {
        let mut s = Self::new();
        for (who, balance, nonce) in accounts {
            s.set_account(who, balance, nonce);
        }
        s
    }

    /// A state holding `accounts` (address, balance, nonce) and `withdrawals` ((sender,
    /// nonce), (recipient, amount)): what [`State::accounts`] and [`State::withdrawals`] list,
    /// so a persisted state is rebuilt from them (its root recomputed, never trusted).
    pub fn from_parts(
        accounts: impl IntoIterator<Item = (Address, U256, u64)>,
        withdrawals: impl IntoIterator<Item = ((Address, u64), (Address, U256))>,
    ) -> Self {
        let mut s = Self::genesis(accounts);
        for ((sender, nonce), (to, amount)) in withdrawals {
            s.set_withdrawal(sender, nonce, to, amount);
        }
        s
    }

    /// The state root.
    pub fn root(&self) -> B256 {
        self.tree.root()
    }

    /// `who`'s (balance, nonce).
    pub fn account(&self, who: Address) -> (U256, u64) {
        self.accounts.get(&who).copied().unwrap_or_default()
    }

    /// The withdrawal `(sender, nonce)` created: (recipient, amount).
    pub fn withdrawal(&self, sender: Address, nonce: u64) -> Option<(Address, U256)> {
        self.withdrawals.get(&(sender, nonce)).copied()
    }

    /// Every withdrawal created: ((sender, nonce), (recipient, amount)).
    pub fn withdrawals(&self) -> impl Iterator<Item = ((Address, u64), (Address, U256))> + '_ {
        self.withdrawals.iter().map(|(k, v)| (*k, *v))
    }

    /// Every account with a non-empty leaf.
    pub fn accounts(&self) -> impl Iterator<Item = (Address, U256, u64)> + '_ {
        self.accounts.iter().map(|(a, (b, n))| (*a, *b, *n))
    }

    /// `who`'s account and its proof against the current root.
    pub fn account_proof(&self, who: Address) -> AccountProof {
        let (balance, nonce) = self.account(who);
        AccountProof::new(balance, nonce, self.tree.proof(account_key(who)))
    }

    /// The proof of withdrawal key `(sender, nonce)` and the leaf it holds.
    pub fn withdrawal_proof(&self, sender: Address, nonce: u64) -> LeafProof {
        let key = withdrawal_key(sender, nonce);
        LeafProof::new(self.tree.get(key), self.tree.proof(key))
    }

    fn set_account(&mut self, who: Address, balance: U256, nonce: u64) {
        if balance.is_zero() && nonce == 0 {
            self.accounts.remove(&who);
        } else {
            self.accounts.insert(who, (balance, nonce));
        }
        self.tree.set(account_key(who), account_leaf(who, balance, nonce));
    }

    fn set_withdrawal(&mut self, sender: Address, nonce: u64, to: Address, amount: U256) {
        self.withdrawals.insert((sender, nonce), (to, amount));
        self.tree.set(withdrawal_key(sender, nonce), withdrawal_leaf(to, amount));
    }

    /// The proofs a challenger gives for `t` against the current root (section 6): the
    /// sender's account, then the recipient's account (transfer) or the withdrawal key
    /// (withdrawal, forced withdrawal), each against the root left by the update before it.
    /// For a deposit, the recipient's alone. `from` is the recovered signer (signed kinds).
    /// The second proof is read with the sender's update applied for a moment and then undone,
    /// so the state is left as it was.
    pub fn witness(
        &mut self,
        t: &Tx,
        from: Option<Address>,
    ) -> (AccountProof, AccountProof, LeafProof) {
        match t {
            Tx::Deposit { to, .. } => {
                (AccountProof::default(), self.account_proof(*to), LeafProof::default())
            }
            Tx::Signed { kind, to, amount, fee, nonce, .. } => {
                let sender = from.unwrap_or(Address::ZERO);
                let a = self.account_proof(sender);
                let valid = from.is_some()
                    && *nonce == a.nonce
                    && a.nonce < u64::MAX
                    && amount.checked_add(*fee).is_some_and(|t| t <= a.balance);
                if !valid {
                    // A no-op stops at the sender's proof; the others are never read.
                    return (a, AccountProof::default(), LeafProof::default());
                }
                self.set_account(sender, a.balance - *amount - *fee, a.nonce + 1);
                let second = if *kind == TRANSFER {
                    (a.clone(), self.account_proof(*to), LeafProof::default())
                } else {
                    (a.clone(), AccountProof::default(), self.withdrawal_proof(sender, a.nonce))
                };
                self.set_account(sender, a.balance, a.nonce);
                second
            }
            Tx::ForcedWithdrawal { from, amount, .. } => {
                let a = self.account_proof(*from);
                if a.balance.is_zero() || a.nonce == u64::MAX {
                    return (a, AccountProof::default(), LeafProof::default());
                }
                let taken = (*amount).min(a.balance);
                self.set_account(*from, a.balance - taken, a.nonce + 1);
                let w = self.withdrawal_proof(*from, a.nonce);
                self.set_account(*from, a.balance, a.nonce);
                (a, AccountProof::default(), w)
            }
        }
    }

    /// Executes `t` (section 4): decided by the one-step functions on this tree's proofs, then
    /// applied to the tree. `domain` and `rollup_id` recover signed senders.
    pub fn apply(
        &mut self,
        domain: &Eip712Domain,
        rollup_id: U256,
        t: &Tx,
    ) -> Result<Applied, ExecError> {
        let pre = self.root();
        let from = match t {
            Tx::Signed { .. } => tx::sender(domain, rollup_id, t),
            _ => None,
        };
        let (a, b, w) = self.witness(t, from);
        let (post, fee) = match t {
            Tx::Signed { .. } => apply_signed(pre, t, from, &a, &b, &w)?,
            Tx::Deposit { .. } => (apply_deposit(pre, t, &b)?, U256::ZERO),
            Tx::ForcedWithdrawal { .. } => (apply_forced_withdrawal(pre, t, &a, &w)?, U256::ZERO),
        };
        if post == pre {
            return Ok(Applied { root: pre, fee, changed: false });
        }
        match t {
            Tx::Signed { kind, to, amount, fee, .. } => {
                let sender = from.unwrap_or(Address::ZERO);
                self.set_account(sender, a.balance - *amount - *fee, a.nonce + 1);
                if *kind == TRANSFER {
                    let (bal, nonce) = self.account(*to);
                    self.set_account(*to, bal + *amount, nonce);
                } else {
                    self.set_withdrawal(sender, a.nonce, *to, *amount);
                }
            }
            Tx::Deposit { to, amount, .. } => {
                let (bal, nonce) = self.account(*to);
                self.set_account(*to, bal + *amount, nonce);
            }
            Tx::ForcedWithdrawal { from, to, amount, .. } => {
                let taken = (*amount).min(a.balance);
                self.set_account(*from, a.balance - taken, a.nonce + 1);
                self.set_withdrawal(*from, a.nonce, *to, taken);
            }
        }
        let tree = self.root();
        if tree != post {
            return Err(ExecError::Diverged { tree, step: post });
        }
        Ok(Applied { root: post, fee, changed: true })
    }

    /// Executes `txs` as batch `batch_index` on top of this state and returns everything its
    /// post needs (section 7.1). `deposits_processed` is the L1 queue position after it.
    pub fn execute_batch(
        &mut self,
        domain: &Eip712Domain,
        rollup_id: U256,
        batch_index: u64,
        deposits_processed: u64,
        txs: &[Tx],
    ) -> Result<Batch, ExecError> {
        if txs.is_empty() || txs.len() > u32::MAX as usize {
            return Err(ExecError::BatchSize(txs.len()));
        }
        let prev_root = self.root();
        let mut b = Batch::empty(rollup_id, batch_index, prev_root, deposits_processed, txs.len());
        let mut collected = U256::ZERO;
        for t in txs {
            let applied = self.apply(domain, rollup_id, t)?;
            collected += applied.fee;
            b.push(t, applied, collected);
        }
        b.seal(self.root(), collected);
        Ok(b)
    }
}

impl State {
    /// Executes `t` whose signer (signed kinds) is `from`, by the rules of section 4 applied to
    /// the balances directly, without building and replaying proofs: the same outcome as
    /// [`State::apply`] (the tests check both on random sequences, invalid transactions
    /// included), at a third of the hashing. What a node's derivation and sequencer run.
    pub fn apply_recovered(&mut self, t: &Tx, from: Option<Address>) -> Applied {
        let pre = self.root();
        let mut fee = U256::ZERO;
        match t {
            Tx::Signed { kind, to, amount, fee: f, nonce, .. } => {
                if let Some(sender) = from
                    && self.signed_step(*kind, sender, *to, *amount, *f, *nonce)
                {
                    fee = *f;
                }
            }
            Tx::Deposit { to, amount, .. } => {
                let (bal, nonce) = self.account(*to);
                if let Some(credited) = bal.checked_add(*amount) {
                    self.set_account(*to, credited, nonce);
                }
            }
            Tx::ForcedWithdrawal { from, to, amount, .. } => {
                let (bal, nonce) = self.account(*from);
                // (The zero address never queues one; as on chain, it is a no-op.)
                if !bal.is_zero() && !from.is_zero() {
                    let taken = (*amount).min(bal);
                    self.signed_step(tx::WITHDRAWAL, *from, *to, taken, U256::ZERO, nonce);
                }
            }
        }
        let root = self.root();
        Applied { root, fee, changed: root != pre }
    }

    /// A transfer or withdrawal by `sender` (its signature checked): applied and true, or a
    /// no-op (false), exactly as [`crate::step::apply_signed`] decides.
    fn signed_step(
        &mut self,
        kind: u8,
        sender: Address,
        to: Address,
        amount: U256,
        fee: U256,
        nonce: u64,
    ) -> bool {
        let (bal, current) = self.account(sender);
        if nonce != current || current == u64::MAX || (kind != TRANSFER && to.is_zero()) {
            return false;
        }
        let Some(total) = amount.checked_add(fee).filter(|t| *t <= bal) else { return false };
        if kind == TRANSFER {
            // The recipient is read after the sender's update (it may be the sender).
            let (to_bal, to_nonce) =
                if to == sender { (bal - total, current + 1) } else { self.account(to) };
            let Some(credited) = to_bal.checked_add(amount) else { return false };
            self.set_account(sender, bal - total, current + 1);
            self.set_account(to, credited, to_nonce);
        } else {
            // A key already taken (two withdrawals' truncated hashes collide): a no-op.
            if !self.tree.get(withdrawal_key(sender, current)).is_zero() {
                return false;
            }
            self.set_account(sender, bal - total, current + 1);
            self.set_withdrawal(sender, current, to, amount);
        }
        true
    }

    /// [`State::execute_batch`] on the node's path: every transaction is applied in order with
    /// [`State::apply_recovered`] while the signers of the ones after it are recovered on the
    /// other `threads - 1` threads ([`with_senders`]). The same batch, byte for byte.
    pub fn execute_batch_fast(
        &mut self,
        domain: &Eip712Domain,
        rollup_id: U256,
        batch_index: u64,
        deposits_processed: u64,
        txs: &[Tx],
        threads: usize,
    ) -> Result<Batch, ExecError> {
        if txs.is_empty() || txs.len() > u32::MAX as usize {
            return Err(ExecError::BatchSize(txs.len()));
        }
        let prev_root = self.root();
        let mut b = Batch::empty(rollup_id, batch_index, prev_root, deposits_processed, txs.len());
        let mut collected = U256::ZERO;
        with_senders(domain, rollup_id, txs, threads, |i, from| {
            let applied = self.apply_recovered(&txs[i], from);
            collected += applied.fee;
            b.push(&txs[i], applied, collected);
        });
        b.seal(self.root(), collected);
        Ok(b)
    }
}

/// The signers of `txs` (`None` for the L1 queue's kinds and bad signatures), recovered on up
/// to `threads` threads.
pub fn recover_senders(
    domain: &Eip712Domain,
    rollup_id: U256,
    txs: &[Tx],
    threads: usize,
) -> Vec<Option<Address>> {
    let mut senders = Vec::with_capacity(txs.len());
    with_senders(domain, rollup_id, txs, threads, |_, from| senders.push(from));
    senders
}

/// Calls `apply(i, signer)` for each of `txs` in order (`None` for the L1 queue's kinds and bad
/// signatures), while the signers of the transactions after it are recovered on `threads - 1`
/// other threads. Recovery is most of a transfer's cost and needs no state, so it overlaps the
/// in-order application instead of preceding it; the calling thread recovers too whenever the
/// next signer is not ready, so no core waits while there is work.
pub fn with_senders(
    domain: &Eip712Domain,
    rollup_id: U256,
    txs: &[Tx],
    threads: usize,
    mut apply: impl FnMut(usize, Option<Address>),
) {
    let one = |t: &Tx| tx::sender(domain, rollup_id, t);
    let threads = threads.clamp(1, 64);
    if threads == 1 || txs.len() < 64 {
        for (i, t) in txs.iter().enumerate() {
            apply(i, one(t));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<OnceLock<Option<Address>>> = txs.iter().map(|_| OnceLock::new()).collect();
    // Recovers the first transaction nobody has claimed yet; false when all are claimed.
    let claim = || {
        let j = next.fetch_add(1, Ordering::Relaxed);
        let Some(t) = txs.get(j) else { return false };
        let _ = slots[j].set(one(t));
        true
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (1..threads).map(|_| scope.spawn(|| while claim() {})).collect();
        for (i, slot) in slots.iter().enumerate() {
            let from = loop {
                if let Some(from) = slot.get() {
                    break *from;
                }
                if claim() {
                    continue;
                }
                // Every signer is claimed and this one is being recovered elsewhere; should its
                // worker have died, it is recovered here (a panic then surfaces here too).
                if workers.iter().all(|w| w.is_finished()) && slot.get().is_none() {
                    break one(&txs[i]);
                }
                std::thread::yield_now();
            };
            apply(i, from);
        }
    });
}

impl Batch {
    fn empty(
        rollup_id: U256,
        batch_index: u64,
        prev_root: B256,
        deposits_processed: u64,
        n: usize,
    ) -> Self {
        Self {
            header: Header {
                rollupId: rollup_id,
                batchIndex: U256::from(batch_index),
                prevRoot: prev_root,
                postRoot: prev_root,
                txDataHash: B256::ZERO,
                stepsRoot: B256::ZERO,
                feesCollected: U256::ZERO,
                depositsProcessed: deposits_processed,
                txCount: n as u32,
            },
            tx_data: Vec::new(),
            roots: Vec::with_capacity(n),
            fees: Vec::with_capacity(n),
            leaves: Vec::with_capacity(n),
            applied: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, t: &Tx, applied: Applied, collected: U256) {
        self.tx_data.extend_from_slice(&t.encode());
        self.roots.push(applied.root);
        self.fees.push(collected);
        self.leaves.push(step_leaf(t.hash(), applied.root, collected));
        self.applied.push(applied);
    }

    fn seal(&mut self, post_root: B256, collected: U256) {
        self.header.postRoot = post_root;
        self.header.txDataHash = keccak256(&self.tx_data);
        self.header.stepsRoot = steps_root(&self.leaves);
        self.header.feesCollected = collected;
    }
}

/// A batch built by [`State::execute_batch`]: the header and what `postBatch` carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The header (section 5).
    pub header: Header,
    /// The packed transactions.
    pub tx_data: Vec<u8>,
    /// The state root after each transaction.
    pub roots: Vec<B256>,
    /// The running fee total after each transaction.
    pub fees: Vec<U256>,
    /// The steps tree's leaves.
    pub leaves: Vec<B256>,
    /// What each transaction did.
    pub applied: Vec<Applied>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tx::{WITHDRAWAL, domain, signing_digest};

    /// A withdrawal to a key another withdrawal already holds (a crafted 160-bit collision,
    /// planted here in the tree) is a no-op on both paths, with the same root.
    #[test]
    fn a_withdrawal_to_a_taken_key_is_a_noop_on_the_node_path_too() {
        let d = domain(31337, Address::repeat_byte(0x11));
        let key = k256::ecdsa::SigningKey::from_slice(&[7; 32]).expect("a key");
        let sender = Address::from_private_key(&key);
        let mut state = State::genesis([(sender, U256::from(1_000u64), 0)]);
        state.tree.set(withdrawal_key(sender, 0), withdrawal_leaf(Address::ZERO, U256::ONE));
        let unsigned = Tx::Signed {
            kind: WITHDRAWAL,
            to: Address::repeat_byte(0x22),
            amount: U256::from(10u64),
            fee: U256::from(1u64),
            nonce: 0,
            r: B256::ZERO,
            s: B256::ZERO,
            v: 27,
        };
        let digest = signing_digest(&d, U256::ONE, &unsigned).expect("signed");
        let (sig, recid) = key.sign_prehash_recoverable(digest.as_slice()).expect("signs");
        let t = unsigned.with_signature(&alloy_primitives::Signature::from((sig, recid)));
        let mut fast = state.clone();
        let checked = state.apply(&d, U256::ONE, &t).expect("replays");
        let node = fast.apply_recovered(&t, Some(sender));
        assert!(!checked.changed && checked.fee.is_zero());
        assert_eq!(node, checked);
        assert_eq!(fast.account(sender), (U256::from(1_000u64), 0));
    }
}
