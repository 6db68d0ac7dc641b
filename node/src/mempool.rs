//! The sequencer's mempool: signed transfers and withdrawals waiting for a block, per sender in
//! nonce order, checked against the node's state when they arrive, and checked again (by
//! executing them) when a block is built, so a block never carries a transaction that would be
//! a no-op. Every refusal says why ([`Rejected`]; the JSON-RPC layer maps each to an error code).
//!
//! Limits hold against one sender and against everyone: at most [`Limits::per_sender`] waiting
//! per sender, nonces at most [`Limits::max_gap`] ahead of the account's, [`Limits::max_txs`] in
//! all. A transaction at a nonce already waiting replaces it only with a higher fee (as
//! Ethereum's pools do), so a sender cannot churn the pool for free.

use alloy::{
    primitives::{Address, B256, U256},
    sol_types::Eip712Domain,
};
use alt_stf::{
    state::State,
    tx::{self, SIGNED_LENGTH, TRANSFER, Tx, WITHDRAWAL},
};
use std::collections::{BTreeMap, HashMap};

/// The pool's bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Transactions waiting in all.
    pub max_txs: usize,
    /// Transactions waiting per sender.
    pub per_sender: usize,
    /// How far ahead of the account's nonce a transaction may be.
    pub max_gap: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_txs: 10_000, per_sender: 64, max_gap: 64 }
    }
}

/// Why a transaction was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejected {
    /// Not a packed signed transaction of the spec (section 3).
    #[error("malformed transaction: {0}")]
    Malformed(String),
    /// Deposits and forced withdrawals come from the L1 queue, not from users.
    #[error(
        "only transfers (0x01) and withdrawals (0x02) are submitted; deposits and forced withdrawals come from L1"
    )]
    NotSubmittable,
    /// The signature does not recover (wrong form, or signed for another rollup or chain it
    /// recovers to an account with nothing: see [`Rejected::InsufficientBalance`]).
    #[error("invalid signature")]
    BadSignature,
    /// A withdrawal to the zero address is invalid (section 4).
    #[error("a withdrawal needs a non-zero L1 recipient")]
    ZeroRecipient,
    /// The nonce was used already.
    #[error("nonce too low: the account's next nonce is {expected}, got {got}")]
    NonceTooLow {
        /// The account's next nonce.
        expected: u64,
        /// The transaction's.
        got: u64,
    },
    /// The nonce is too far ahead.
    #[error(
        "nonce gap: the account's next nonce is {expected}, got {got} (at most {max_gap} ahead)"
    )]
    NonceGap {
        /// The account's next nonce.
        expected: u64,
        /// The transaction's.
        got: u64,
        /// The bound.
        max_gap: u64,
    },
    /// Amount plus fee (plus what the sender's earlier waiting transactions spend) exceeds the
    /// balance.
    #[error(
        "insufficient balance: {balance} wei, needs {needed} (amount + fee, after the sender's earlier pending transactions)"
    )]
    InsufficientBalance {
        /// The balance.
        balance: U256,
        /// What it would need.
        needed: U256,
    },
    /// The same nonce is waiting with a fee at least as high.
    #[error(
        "a transaction with nonce {nonce} is already pending with fee {fee}; a replacement must pay more"
    )]
    ReplacementUnderpriced {
        /// The nonce.
        nonce: u64,
        /// The waiting one's fee.
        fee: U256,
    },
    /// The sender has its share of the pool.
    #[error("sender has {0} transactions pending already")]
    SenderFull(usize),
    /// The pool is full.
    #[error("mempool full ({0} transactions)")]
    PoolFull(usize),
    /// The rollup expired (or was settled): no batch can be posted any more, so nothing new is
    /// promised. What it holds is on L1 (`claimBalance`, `claimWithdrawal`).
    #[error("the rollup is closed (expired or settled): no more transactions are sequenced")]
    Closed,
    /// This node does not sequence (it serves reads only).
    #[error(
        "this node does not sequence (start it with --sequence, or send to a sequencer's node)"
    )]
    NotSequencing,
}

/// A transaction accepted into the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted {
    /// Its hash (keccak of the packed bytes: what receipts are keyed by).
    pub hash: B256,
    /// The recovered sender.
    pub sender: Address,
    /// Its nonce.
    pub nonce: u64,
}

#[derive(Debug, Clone)]
struct Waiting {
    tx: Tx,
    hash: B256,
    /// Arrival order (blocks take the earliest ready transaction first).
    seq: u64,
    /// Arrival time (a transaction behind a nonce gap expires: see [`GAPPED_TTL`]).
    arrived: std::time::Instant,
}

/// How long a transaction behind a nonce gap may wait for the gap to fill before it is
/// dropped: without it, gapped transactions (never ready, never executed) from throwaway
/// accounts would hold their slots for ever (attacker review).
pub const GAPPED_TTL: std::time::Duration = std::time::Duration::from_secs(120);

/// The pool (see the module documentation).
#[derive(Debug, Clone)]
pub struct Mempool {
    limits: Limits,
    domain: Eip712Domain,
    rollup_id: U256,
    by_sender: HashMap<Address, BTreeMap<u64, Waiting>>,
    len: usize,
    seq: u64,
}

fn spends(t: &Tx) -> U256 {
    match t {
        Tx::Signed { amount, fee, .. } => amount.saturating_add(*fee),
        _ => U256::ZERO,
    }
}

impl Mempool {
    /// Drops every waiting transaction.
    pub fn clear(&mut self) {
        self.by_sender.clear();
        self.len = 0;
    }

    /// A pool for rollup `rollup_id` whose transactions are signed under `domain`.
    pub fn new(limits: Limits, domain: Eip712Domain, rollup_id: U256) -> Self {
        Self { limits, domain, rollup_id, by_sender: HashMap::new(), len: 0, seq: 0 }
    }

    /// The domain transactions are signed under.
    pub fn domain(&self) -> &Eip712Domain {
        &self.domain
    }

    /// The rollup.
    pub fn rollup_id(&self) -> U256 {
        self.rollup_id
    }

    /// Transactions waiting.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every waiting transaction, packed.
    pub fn raw(&self) -> Vec<Vec<u8>> {
        self.by_sender.values().flat_map(|w| w.values().map(|x| x.tx.encode())).collect()
    }

    /// The next nonce `sender` can use, counting its waiting transactions that follow the
    /// account's nonce without a gap (what a wallet asks for `pending`).
    pub fn next_nonce(&self, state: &State, sender: Address) -> u64 {
        let mut next = state.account(sender).1;
        if let Some(w) = self.by_sender.get(&sender) {
            while w.contains_key(&next) {
                next += 1;
            }
        }
        next
    }

    /// Checks the packed transaction `raw` against `state` (the sequencer's latest) and the
    /// pool, and keeps it.
    pub fn submit(&mut self, raw: &[u8], state: &State) -> Result<Accepted, Rejected> {
        if raw.len() != SIGNED_LENGTH
            && raw.first().is_some_and(|k| *k == TRANSFER || *k == WITHDRAWAL)
        {
            return Err(Rejected::Malformed(format!(
                "a signed transaction is {SIGNED_LENGTH} bytes, got {}",
                raw.len()
            )));
        }
        let t = Tx::decode(raw).map_err(|e| Rejected::Malformed(e.to_string()))?;
        let Tx::Signed { kind, to, amount, fee, nonce, .. } = t else {
            return Err(Rejected::NotSubmittable);
        };
        if kind == WITHDRAWAL && to == Address::ZERO {
            return Err(Rejected::ZeroRecipient);
        }
        let sender = tx::sender(&self.domain, self.rollup_id, &t).ok_or(Rejected::BadSignature)?;
        let (balance, account_nonce) = state.account(sender);
        if balance.is_zero() {
            // An account with nothing can only send no-ops: refused before it takes a slot
            // (spam then needs funded accounts, which cost L1 deposits or L2 fees).
            return Err(Rejected::InsufficientBalance {
                balance,
                needed: amount.saturating_add(fee).max(U256::from(1)),
            });
        }
        if nonce < account_nonce {
            return Err(Rejected::NonceTooLow { expected: account_nonce, got: nonce });
        }
        if nonce - account_nonce >= self.limits.max_gap || nonce == u64::MAX {
            return Err(Rejected::NonceGap {
                expected: account_nonce,
                got: nonce,
                max_gap: self.limits.max_gap,
            });
        }
        let waiting = self.by_sender.get(&sender);
        let replaced = waiting.and_then(|w| w.get(&nonce));
        if let Some(old) = replaced
            && let Tx::Signed { fee: old_fee, .. } = old.tx
            && fee <= old_fee
        {
            return Err(Rejected::ReplacementUnderpriced { nonce, fee: old_fee });
        }
        // What the sender's earlier waiting transactions spend first (a wallet sending a
        // sequence must afford all of it; later ones are checked against this one on arrival).
        let before: U256 = waiting
            .map(|w| {
                w.range(account_nonce..nonce)
                    .map(|(_, x)| spends(&x.tx))
                    .fold(U256::ZERO, U256::saturating_add)
            })
            .unwrap_or_default();
        let needed = before.saturating_add(amount.checked_add(fee).unwrap_or(U256::MAX));
        if needed > balance {
            return Err(Rejected::InsufficientBalance { balance, needed });
        }
        if replaced.is_none() {
            let count = waiting.map_or(0, BTreeMap::len);
            if count >= self.limits.per_sender {
                return Err(Rejected::SenderFull(count));
            }
            if self.len >= self.limits.max_txs {
                return Err(Rejected::PoolFull(self.len));
            }
            self.len += 1;
        }
        let hash = t.hash();
        self.seq += 1;
        let w = Waiting { tx: t, hash, seq: self.seq, arrived: std::time::Instant::now() };
        self.by_sender.entry(sender).or_default().insert(nonce, w);
        Ok(Accepted { hash, sender, nonce })
    }

    /// Up to `max` transactions for the next block, executed on `state` as they are picked (after
    /// whatever the caller applied to it first, e.g. deposits): each sender's in nonce order,
    /// senders by the arrival of their next ready transaction. A transaction that would be a
    /// no-op now (its balance went to a forced withdrawal, another replaced its nonce) is
    /// dropped from the pool, not included. Returns them with their hashes; they stay in the
    /// pool until [`Mempool::prune`] sees them executed.
    pub fn block(&mut self, state: &mut State, max: usize) -> Vec<(Tx, B256)> {
        let mut next: HashMap<Address, u64> =
            self.by_sender.keys().map(|s| (*s, state.account(*s).1)).collect();
        let mut out = Vec::new();
        let mut dropped = Vec::new();
        while out.len() < max {
            // The earliest-arrived ready transaction among all senders.
            let pick = self
                .by_sender
                .iter()
                .filter_map(|(s, w)| w.get(next.get(s)?).map(|x| (x.seq, *s)))
                .min();
            let Some((_, sender)) = pick else { break };
            let n = next[&sender];
            let w = &self.by_sender[&sender][&n];
            // (Its sender was recovered when it was submitted; a no-op changes nothing.)
            match state.apply_recovered(&w.tx, Some(sender)) {
                applied if applied.changed => {
                    out.push((w.tx.clone(), w.hash));
                    next.insert(sender, n + 1);
                }
                _ => {
                    // Invalid now: it and the sender's later ones cannot run in this block.
                    dropped.push((sender, n));
                    next.insert(sender, u64::MAX);
                }
            }
        }
        for (sender, n) in dropped {
            self.remove(sender, n);
        }
        out
    }

    /// Drops what `state` shows executed (nonces below the account's), and transactions that
    /// have waited behind a nonce gap for longer than [`GAPPED_TTL`].
    pub fn prune(&mut self, state: &State) {
        let mut removed = 0;
        self.by_sender.retain(|sender, w| {
            let nonce = state.account(*sender).1;
            let before = w.len();
            w.retain(|n, _| *n >= nonce);
            let mut ready = nonce;
            while w.contains_key(&ready) {
                ready += 1;
            }
            w.retain(|n, x| *n < ready || x.arrived.elapsed() < GAPPED_TTL);
            removed += before - w.len();
            !w.is_empty()
        });
        self.len -= removed;
    }

    fn remove(&mut self, sender: Address, nonce: u64) {
        if let Some(w) = self.by_sender.get_mut(&sender)
            && w.remove(&nonce).is_some()
        {
            self.len -= 1;
            if w.is_empty() {
                self.by_sender.remove(&sender);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::signers::{SignerSync, local::PrivateKeySigner};

    const ID: u64 = 1;

    fn domain() -> Eip712Domain {
        tx::domain(31337, Address::repeat_byte(0x11))
    }

    fn signed(
        key: &PrivateKeySigner,
        kind: u8,
        to: Address,
        amount: u64,
        fee: u64,
        nonce: u64,
    ) -> Tx {
        let t = Tx::Signed {
            kind,
            to,
            amount: U256::from(amount),
            fee: U256::from(fee),
            nonce,
            r: B256::ZERO,
            s: B256::ZERO,
            v: 27,
        };
        let digest = tx::signing_digest(&domain(), U256::from(ID), &t).expect("signed kind");
        t.with_signature(&key.sign_hash_sync(&digest).expect("sign"))
    }

    fn pool(limits: Limits) -> Mempool {
        Mempool::new(limits, domain(), U256::from(ID))
    }

    #[test]
    fn every_refusal_says_why() {
        let (alice, bob) = (PrivateKeySigner::random(), PrivateKeySigner::random());
        let state = State::genesis([(alice.address(), U256::from(1_000), 5)]);
        let mut p = pool(Limits { max_txs: 4, per_sender: 3, max_gap: 8 });
        let to = bob.address();
        let raw = |t: Tx| t.encode();
        let ok = p.submit(&raw(signed(&alice, TRANSFER, to, 100, 1, 5)), &state).expect("valid");
        assert_eq!((ok.sender, ok.nonce), (alice.address(), 5));
        assert!(matches!(p.submit(&[], &state), Err(Rejected::Malformed(_))));
        assert!(matches!(p.submit(&[0x09; 10], &state), Err(Rejected::Malformed(_))));
        let mut short = raw(signed(&alice, TRANSFER, to, 1, 1, 6));
        short.pop();
        assert!(
            matches!(p.submit(&short, &state), Err(Rejected::Malformed(m)) if m.contains("158"))
        );
        let nobody = PrivateKeySigner::random();
        assert!(
            matches!(
                p.submit(&raw(signed(&nobody, TRANSFER, to, 0, 0, 1)), &state),
                Err(Rejected::InsufficientBalance { .. })
            ),
            "an account with nothing takes no slot, even for a free gapped transaction"
        );
        let deposit = Tx::Deposit { index: 0, to, amount: U256::from(1) };
        assert_eq!(p.submit(&deposit.encode(), &state), Err(Rejected::NotSubmittable));
        let mut forged = raw(signed(&alice, TRANSFER, to, 1, 1, 6));
        forged[150] ^= 0xff; // s changed: recovers to nobody, or to someone without funds
        assert!(matches!(
            p.submit(&forged, &state),
            Err(Rejected::BadSignature
                | Rejected::InsufficientBalance { .. }
                | Rejected::NonceGap { .. })
        ));
        let mut bad_v = raw(signed(&alice, TRANSFER, to, 1, 1, 6));
        bad_v[157] = 29;
        assert!(p.submit(&bad_v, &state).is_err());
        assert_eq!(
            p.submit(&raw(signed(&alice, WITHDRAWAL, Address::ZERO, 1, 1, 6)), &state),
            Err(Rejected::ZeroRecipient)
        );
        assert_eq!(
            p.submit(&raw(signed(&alice, TRANSFER, to, 1, 1, 4)), &state),
            Err(Rejected::NonceTooLow { expected: 5, got: 4 })
        );
        assert_eq!(
            p.submit(&raw(signed(&alice, TRANSFER, to, 1, 1, 13)), &state),
            Err(Rejected::NonceGap { expected: 5, got: 13, max_gap: 8 })
        );
        // 101 waits at nonce 5: nonce 6 may spend at most 899 (amount + fee).
        assert_eq!(
            p.submit(&raw(signed(&alice, TRANSFER, to, 899, 1, 6)), &state),
            Err(Rejected::InsufficientBalance {
                balance: U256::from(1_000),
                needed: U256::from(1_001)
            })
        );
        // Another chain's or rollup's signature recovers to an account with nothing.
        let other = tx::domain(1, Address::repeat_byte(0x11));
        let mut t = signed(&alice, TRANSFER, to, 1, 1, 6);
        let digest = tx::signing_digest(&other, U256::from(ID), &t).expect("signed");
        t = t.with_signature(&alice.sign_hash_sync(&digest).expect("sign"));
        assert!(matches!(
            p.submit(&t.encode(), &state),
            Err(Rejected::InsufficientBalance { .. } | Rejected::NonceGap { .. })
        ));
        // Replacement: not for the same fee, yes for more.
        assert_eq!(
            p.submit(&raw(signed(&alice, TRANSFER, to, 50, 1, 5)), &state),
            Err(Rejected::ReplacementUnderpriced { nonce: 5, fee: U256::from(1) })
        );
        p.submit(&raw(signed(&alice, TRANSFER, to, 50, 2, 5)), &state).expect("higher fee");
        assert_eq!(p.len(), 1, "replaced, not added");
        // Per-sender and pool bounds.
        p.submit(&raw(signed(&alice, TRANSFER, to, 1, 1, 6)), &state).expect("6");
        p.submit(&raw(signed(&alice, TRANSFER, to, 1, 1, 7)), &state).expect("7");
        assert_eq!(
            p.submit(&raw(signed(&alice, TRANSFER, to, 1, 1, 8)), &state),
            Err(Rejected::SenderFull(3))
        );
        assert_eq!(p.next_nonce(&state, alice.address()), 8);
        let carol = PrivateKeySigner::random();
        let dave = PrivateKeySigner::random();
        let state = State::genesis([
            (alice.address(), U256::from(1_000), 5),
            (carol.address(), U256::from(10), 0),
            (dave.address(), U256::from(10), 0),
        ]);
        p.submit(&raw(signed(&carol, TRANSFER, to, 1, 1, 0)), &state).expect("4th");
        assert_eq!(
            p.submit(&raw(signed(&dave, TRANSFER, to, 1, 1, 0)), &state),
            Err(Rejected::PoolFull(4))
        );
    }

    #[test]
    fn blocks_hold_only_transactions_that_execute_and_prune_keeps_the_rest() {
        // Five senders, random transfers and withdrawals (valid, gapped, overspending,
        // replaced), submitted out of order; then a forced withdrawal empties one sender first.
        let keys: Vec<PrivateKeySigner> = (0..5).map(|_| PrivateKeySigner::random()).collect();
        let state = State::genesis(keys.iter().map(|k| (k.address(), U256::from(1_000), 0)));
        let mut p = pool(Limits::default());
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rnd = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut accepted = 0;
        for _ in 0..120 {
            let k = &keys[rnd(5) as usize];
            let kind = if rnd(4) == 0 { WITHDRAWAL } else { TRANSFER };
            let to = keys[rnd(5) as usize].address();
            let t = signed(k, kind, to, rnd(300), rnd(5), rnd(12));
            accepted += usize::from(p.submit(&t.encode(), &state).is_ok());
        }
        assert!(accepted > 10 && p.len() <= accepted, "{accepted} accepted");
        let mut base = state.clone();
        let forced = Tx::ForcedWithdrawal {
            index: 0,
            from: keys[0].address(),
            to: Address::repeat_byte(1),
            amount: U256::from(u64::MAX),
        };
        base.apply(&domain(), U256::from(ID), &forced).expect("forced");
        let before = p.len();
        let mut built = base.clone();
        let block = p.block(&mut built, 1_000);
        assert!(!block.is_empty());
        // Every transaction in the block executes (none is a no-op), in the order given.
        let mut exec = base.clone();
        for (t, hash) in &block {
            assert_eq!(*hash, t.hash());
            let applied = exec.apply(&domain(), U256::from(ID), t).expect("apply");
            assert!(applied.changed, "a no-op in the block: {t:?}");
        }
        assert_eq!(exec.root(), built.root(), "the block executed on the state given");
        // Per sender, nonces are consecutive from the account's.
        for k in &keys {
            let nonces: Vec<u64> = block
                .iter()
                .filter(|(t, _)| tx::sender(&domain(), U256::from(ID), t) == Some(k.address()))
                .map(|(t, _)| if let Tx::Signed { nonce, .. } = t { *nonce } else { 0 })
                .collect();
            let start = base.account(k.address()).1;
            assert_eq!(nonces, (start..start + nonces.len() as u64).collect::<Vec<_>>());
        }
        assert!(p.len() <= before);
        // After the block executes, prune leaves only what is still ahead.
        p.prune(&exec);
        let left: usize = keys.iter().map(|k| p.next_nonce(&exec, k.address()) as usize).sum();
        assert!(left >= keys.iter().map(|k| exec.account(k.address()).1 as usize).sum::<usize>());
        let again = p.block(&mut exec.clone(), 1_000);
        let mut next = exec.clone();
        for (t, _) in &again {
            assert!(next.apply(&domain(), U256::from(ID), t).expect("apply").changed);
        }
    }
}
