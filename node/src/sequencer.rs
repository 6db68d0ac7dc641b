//! The sequencer: takes signed transactions into the mempool, puts them in L2 blocks on an
//! interval (a *soft* confirmation: the node's promise, nothing more), and, when the contract's
//! `leader()` names this operator, posts a batch: the L1 queue's due entries (deposits, forced
//! withdrawals) in order, then the soft transactions, executed on the state L1 derivation
//! reached, with the leader's signed header commitment. Posted transactions leave the soft list
//! once derivation sees them in a batch; a reorg or a revert puts them back in line (those that
//! no longer execute are dropped).

use crate::{
    derive::Derivation,
    mempool::{Accepted, Limits, Mempool, Rejected},
    signing::{Commitment, Role, SigningRecord},
};
use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{Eip712Domain, SolCall, SolStruct, eip712_domain},
};
use alt_bindings::{
    i_rollup_manager::{IRollupManager, IRollupManagerTypes::BatchPost},
    slasher::ISlasher::BatchCommitment,
};
use alt_stf::{state::State, tx::Tx};
use std::collections::HashMap;

/// Soft transactions held at most (beyond, the node stops making blocks until it posts).
pub const MAX_SOFT: usize = 4_096;
/// Bytes of batch data (transactions, and 64 per step for its root and fee total) per post:
/// under the 128 KiB transaction size L1 clients accept, with room for the rest of the call.
pub const MAX_POST_BYTES: usize = 100_000;

/// `Sequencing.Squad` in the contracts' enum.
const SQUAD: u8 = 1;
/// The contract's `RESEED_AFTER_TURNS`: turns without a post after which anyone may reseed.
const RESEED_AFTER_TURNS: u64 = 4;
/// The contract's `SEED_LAG`: a turn sequence draws over stake this long before it started.
const SEED_LAG: u64 = 60;

/// Where a transaction stands (the four levels a client sees).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In an L2 block of this sequencer, not yet in a posted batch.
    Soft {
        /// The L2 block.
        block: u64,
    },
    /// In a posted batch (derived from L1).
    Posted {
        /// The batch.
        batch: u64,
        /// Its position in the batch.
        index: u32,
    },
    /// In a fast-final batch (a verifier quorum signed it).
    FastFinal {
        /// The batch.
        batch: u64,
        /// Its position.
        index: u32,
    },
    /// In a final batch (irreversible).
    Final {
        /// The batch.
        batch: u64,
        /// Its position.
        index: u32,
    },
    /// In a posted batch, but a no-op there (section 4: by the time it ran, its nonce was used
    /// or its balance gone, e.g. to a forced withdrawal): it did nothing and never will.
    Failed {
        /// The batch.
        batch: u64,
        /// Its position.
        index: u32,
    },
}

/// The sequencer's state (shared with the RPC behind a lock).
#[derive(Debug)]
pub struct Sequencer {
    pool: Mempool,
    /// The state L1 derivation reached (the valid prefix), and how many batches that is.
    base: State,
    base_batches: usize,
    /// Soft transactions on top of `base`, in order, with their L2 block.
    soft: Vec<(Tx, B256, u64)>,
    /// The soft transactions' L2 blocks by hash (receipts are looked up per hash).
    soft_blocks: HashMap<B256, u64>,
    soft_state: State,
    l2_block: u64,
    /// The header hash of the last batch of the base (a reorg may swap batches, not counts).
    base_head: Option<B256>,
    /// Transactions in derived (posted) batches: hash -> (batch, position, changed the state).
    included: HashMap<B256, (u64, u32, bool)>,
    /// Those of non-final batches, kept so that a reorg or revert that drops their batch puts
    /// them back in line instead of losing them.
    unfinal: Vec<(u64, Tx, B256)>,
    /// The post signed for the next batch and not yet derived: (batch, generation, attempt,
    /// the post). It is re-sent as it is (re-signed with a fresh time when old) until it lands
    /// or can no longer be posted; only then is a new one made, as the next attempt.
    frozen: Option<(u64, u32, u32, BatchPost)>,
    /// The batch a post is in flight for (not yet derived), so it is not posted twice.
    in_flight: Option<(u64, std::time::Instant)>,
    /// On-chain fast-final and final batch counts, as last read.
    pub fast_final: u64,
    /// See `fast_final`.
    pub finalized: u64,
    /// The rollup expired or was settled: no batch can be posted any more, so nothing new is
    /// accepted or made into blocks (soft promises could never be kept).
    pub closed: bool,
    /// The rollup expires within a margin: nothing new is taken (what is held is still posted).
    pub closing: bool,
    /// The node does not sequence: it answers reads from its derivation and refuses
    /// transactions (send them to a sequencer's node).
    pub read_only: bool,
    /// Headers this node signed since the loop last took them, for its peers (`/headers`).
    pub to_gossip: Vec<crate::derive::SignedHeader>,
    /// A post sent and not mined within the receipt timeout: (nonce, max fee, tip). The next
    /// post replaces it at that nonce (with higher fees) rather than queueing behind it.
    unmined_post: Option<(u64, u128, u128)>,
}

impl Sequencer {
    /// A sequencer for rollup `rollup_id` (transactions signed under `domain`).
    pub fn new(limits: Limits, domain: Eip712Domain, rollup_id: U256) -> Self {
        Self {
            pool: Mempool::new(limits, domain, rollup_id),
            base: State::new(),
            base_batches: 0,
            soft: Vec::new(),
            soft_blocks: HashMap::new(),
            soft_state: State::new(),
            l2_block: 0,
            base_head: None,
            included: HashMap::new(),
            unfinal: Vec::new(),
            frozen: None,
            in_flight: None,
            fast_final: 0,
            finalized: 0,
            closed: false,
            closing: false,
            read_only: false,
            to_gossip: Vec::new(),
            unmined_post: None,
        }
    }

    /// Takes a packed signed transaction (checked against the soft state).
    pub fn submit(&mut self, raw: &[u8]) -> Result<Accepted, Rejected> {
        if self.read_only {
            return Err(Rejected::NotSequencing);
        }
        if self.closed || self.closing {
            return Err(Rejected::Closed);
        }
        self.pool.submit(raw, &self.soft_state)
    }

    /// `who`'s (balance, nonce) in the soft state, and the next nonce counting the pool.
    pub fn account(&self, who: Address) -> (U256, u64, u64) {
        let (balance, nonce) = self.soft_state.account(who);
        (balance, nonce, self.pool.next_nonce(&self.soft_state, who))
    }

    /// Transactions waiting in the pool.
    pub fn pool_len(&self) -> usize {
        self.pool.len()
    }

    /// Soft transactions not yet in a posted batch.
    pub fn soft_len(&self) -> usize {
        self.soft.len()
    }

    /// Every transaction this node holds that no derived batch includes yet (soft ones, then
    /// the pool's), packed: what it re-sends to its peers until one of them posts it.
    pub fn pending_raw(&self) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = self.soft.iter().map(|(t, _, _)| t.encode()).collect();
        out.extend(self.pool.raw());
        out
    }

    /// The last L2 block made: its number and transactions (those still soft).
    pub fn last_block(&self) -> (u64, Vec<B256>) {
        let txs = self.soft.iter().filter(|(_, _, b)| *b == self.l2_block).map(|(_, h, _)| *h);
        (self.l2_block, txs.collect())
    }

    /// What receipts depend on: it differs whenever any receipt may have changed.
    pub fn receipts_version(&self) -> (usize, Option<B256>, u64, u64, u64, usize) {
        (
            self.base_batches,
            self.base_head,
            self.fast_final,
            self.finalized,
            self.l2_block,
            self.soft.len(),
        )
    }

    /// Where transaction `hash` stands, if the node knows it.
    pub fn status(&self, hash: B256) -> Option<Status> {
        if let Some(&(batch, index, changed)) = self.included.get(&hash) {
            return Some(if !changed {
                Status::Failed { batch, index }
            } else if batch < self.finalized {
                Status::Final { batch, index }
            } else if batch < self.fast_final {
                Status::FastFinal { batch, index }
            } else {
                Status::Posted { batch, index }
            });
        }
        self.soft_blocks.get(&hash).map(|block| Status::Soft { block: *block })
    }

    /// The rollup closed (expired or settled): what is held is dropped, as it can never be
    /// posted, and nothing more is taken.
    pub fn close(&mut self) {
        self.closed = true;
        self.soft.clear();
        self.soft_blocks.clear();
        self.pool.clear();
        // (What was dropped leaves the soft state too: it is the base plus the soft list.)
        self.soft_state = self.base.clone();
    }

    /// Follows derivation: the valid prefix becomes the base. Soft transactions it now
    /// includes leave the soft list; those of batches a reorg or revert dropped come back first
    /// (in their old order); all are re-executed on the new base and those that no longer run
    /// are dropped; the pool is pruned.
    pub fn rebase(&mut self, d: &Derivation) -> Result<(), crate::derive::DeriveError> {
        let n = d.valid_prefix();
        let batches = &d.batches()[..n];
        let head = batches.last().map(|b| b.posted.header_hash);
        if n == self.base_batches && head == self.base_head {
            return Ok(());
        }
        // (Whether the new batches only extend the old base: checked before it moves.)
        // (Never the first rebase: the soft state is the base plus the soft list only from
        // then on.)
        let extends = n > self.base_batches
            && self.base_batches > 0
            && d.batches().get(self.base_batches - 1).map(|b| b.posted.header_hash)
                == self.base_head;
        let old_base_batches = self.base_batches;
        self.base = d.state_after(n)?;
        self.base_batches = n;
        self.base_head = head;
        self.included.clear();
        for b in batches {
            for (i, t) in b.txs.iter().enumerate() {
                let changed = b.changed.get(i).copied().unwrap_or(true);
                self.included.insert(t.hash(), (b.posted.index(), i as u32, changed));
            }
        }
        if self.in_flight.is_some_and(|(batch, _)| (batch as usize) < n) {
            self.in_flight = None;
        }
        if self.frozen.as_ref().is_some_and(|(batch, ..)| (*batch as usize) < n) {
            self.frozen = None;
        }
        if extends && self.soft_follows(&batches[old_base_batches..]) {
            self.unfinal_from(batches);
            self.soft_blocks = self.soft.iter().map(|(_, h, b)| (*h, *b)).collect();
            self.pool.prune(&self.soft_state);
            return Ok(());
        }
        // Signed transactions of dropped batches, then the soft list, on the new base.
        let mut back: Vec<(u64, Tx, B256)> = std::mem::take(&mut self.unfinal)
            .into_iter()
            .filter(|(_, t, h)| !self.included.contains_key(h) && matches!(t, Tx::Signed { .. }))
            .collect();
        back.sort_by_key(|(batch, ..)| *batch);
        let mut state = self.base.clone();
        let (domain, rollup) = (self.pool_domain(), self.pool_rollup());
        let soft = std::mem::take(&mut self.soft);
        let again = back.into_iter().map(|(_, t, h)| (t, h, self.l2_block)).chain(soft);
        let mut seen = std::collections::HashSet::new();
        let again: Vec<(Tx, B256, u64)> =
            again.filter(|(_, h, _)| !self.included.contains_key(h) && seen.insert(*h)).collect();
        // (Each applied in order while the next signers are recovered on the other cores.)
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let txs: Vec<Tx> = again.iter().map(|(t, ..)| t.clone()).collect();
        let soft = &mut self.soft;
        alt_stf::state::with_senders(&domain, rollup, &txs, threads, |i, from| {
            if state.apply_recovered(&txs[i], from).changed {
                let (t, h, block) = &again[i];
                soft.push((t.clone(), *h, *block));
            }
        });
        self.soft_state = state;
        self.soft_blocks = self.soft.iter().map(|(_, h, b)| (*h, *b)).collect();
        self.pool.prune(&self.soft_state);
        self.unfinal_from(batches);
        Ok(())
    }

    /// The signed and queue transactions of the batches not yet final, by batch.
    fn unfinal_from(&mut self, batches: &[crate::derive::Derived]) {
        self.unfinal = batches
            .iter()
            .filter(|b| b.posted.index() >= self.finalized)
            .flat_map(|b| b.txs.iter().map(|t| (b.posted.index(), t.clone(), t.hash())))
            .collect();
    }

    /// The common case of a rebase, without re-executing the soft list: the new batches only
    /// extend the old base, their signed transactions are the first soft ones in order (each
    /// applied, as in the soft state), and the rest are deposits. Deposits only credit, so
    /// they commute with every soft transaction (a transfer valid before a credit stays valid;
    /// no balance nears 2^256, all being bounded by the ALT locked on L1): the soft state plus
    /// the deposits is the new base plus the remaining soft list. Those leave the soft list
    /// and the deposits are applied to the soft state; false (nothing changed) otherwise.
    fn soft_follows(&mut self, new: &[crate::derive::Derived]) -> bool {
        let mut signed = 0;
        let mut deposits = Vec::new();
        for b in new {
            for (i, t) in b.txs.iter().enumerate() {
                let changed = b.changed.get(i).copied().unwrap_or(false);
                match t {
                    Tx::Signed { .. } => {
                        let ours = self.soft.get(signed).is_some_and(|(_, h, _)| *h == t.hash());
                        if !ours || !changed {
                            return false;
                        }
                        signed += 1;
                    }
                    Tx::Deposit { .. } => deposits.push((t, changed)),
                    Tx::ForcedWithdrawal { .. } => return false,
                }
            }
        }
        // A deposit that did not apply there (a credit overflowing) would not here either,
        // but then the order could matter: the slow path decides.
        if deposits.iter().any(|(_, changed)| !changed) {
            return false;
        }
        for (t, _) in deposits {
            self.soft_state.apply_recovered(t, None);
        }
        self.soft.drain(..signed);
        // Debug builds (every test) check the shortcut against re-execution on the new base.
        if cfg!(debug_assertions) {
            let (domain, rollup) = (self.pool_domain(), self.pool_rollup());
            let mut state = self.base.clone();
            for (t, h, _) in &self.soft {
                let from = alt_stf::tx::sender(&domain, rollup, t);
                assert!(state.apply_recovered(t, from).changed, "soft {h} still applies");
            }
            assert_eq!(state.root(), self.soft_state.root(), "the rebase shortcut");
        }
        true
    }

    fn pool_domain(&self) -> Eip712Domain {
        self.pool.domain().clone()
    }

    fn pool_rollup(&self) -> U256 {
        self.pool.rollup_id()
    }

    /// Makes an L2 block of up to `max` pool transactions on the soft state (fewer when the
    /// soft list nears [`MAX_SOFT`]: a node that cannot post stops promising); returns how
    /// many transactions it holds (0: no block was made).
    pub fn make_block(&mut self, max: usize) -> usize {
        let max = max.min(MAX_SOFT.saturating_sub(self.soft.len()));
        if max == 0 || self.closed || self.read_only {
            return 0;
        }
        // (Executed on the soft state as they are picked: no copy of the state per block.)
        let txs = self.pool.block(&mut self.soft_state, max);
        if txs.is_empty() {
            return 0;
        }
        self.l2_block += 1;
        let n = txs.len();
        for (t, h) in txs {
            self.soft.push((t, h, self.l2_block));
            self.soft_blocks.insert(h, self.l2_block);
        }
        self.pool.prune(&self.soft_state);
        n
    }
}

/// What posting needs from the chain and the operator.
#[derive(Debug, Clone)]
pub struct Poster {
    /// The operator's signing key (signs the header commitment).
    pub key: PrivateKeySigner,
    /// Its signing record (one header per batch key).
    pub record: SigningRecord,
    /// The RollupManager.
    pub manager: Address,
    /// The Slasher (its EIP-712 domain).
    pub slasher: Address,
    /// The chain.
    pub chain_id: u64,
    /// The rollup.
    pub rollup_id: U256,
    /// The operator the key belongs to.
    pub operator: Address,
    /// Seconds before the end of its SQUAD turn from which the leader no longer posts (a post
    /// mined after the turn ends is refused on chain).
    pub turn_margin: u64,
    /// Misbehave: post every batch with a wrong final root (`--misbehave-wrong-root`, for
    /// drills and tests of the challenge path: the operator is slashed for it).
    pub wrong_root: bool,
    /// The L1 account posts are sent from (its nonce is reused when a post is re-sent).
    pub from: Address,
    /// A post not mined within this long is re-sent with the same nonce and higher fees.
    pub bump_after: std::time::Duration,
    /// The highest `maxFeePerGas` a bump goes to, in wei.
    pub max_fee: u128,
    /// How long a post is waited for before the round gives up on it (it stays in the pool and
    /// the next post replaces it at its nonce): [`crate::RECEIPT_TIMEOUT`].
    pub receipt_timeout: std::time::Duration,
    /// Misbehave: sign a second, conflicting header for the first batch key it signs and show
    /// it to its peers (`--misbehave-equivocate`, for drills and tests of equivocation seen
    /// over the network: the operator is slashed for it, once).
    pub equivocate: bool,
    /// Whether it has (once per process).
    pub equivocated: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// `b` with its last step claiming `root` instead (steps root and header made to match), as a
/// dishonest sequencer would post it.
pub fn corrupt(mut b: alt_stf::state::Batch, root: B256) -> alt_stf::state::Batch {
    let last = b.roots.len() - 1;
    b.roots[last] = root;
    let txs = alt_stf::tx::decode_batch(&b.tx_data).unwrap_or_default();
    b.leaves = crate::derive::step_leaves(&txs, &b.roots, &b.fees);
    b.header.postRoot = root;
    b.header.stepsRoot = alt_stf::header::steps_root(&b.leaves);
    b
}

/// What a posting round did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// Not this operator's turn.
    NotLeader(Address),
    /// Nothing to post.
    Nothing,
    /// A post for this batch is already in flight.
    InFlight(u64),
    /// The rollup expired or was settled: nothing can be posted any more.
    Closed,
    /// This operator's SQUAD turn ends (at the time given) before a post could be mined.
    TurnEnding(u64),
    /// Nobody could lead the SQUAD rollup's turn sequence (or its drawn leaders missed too many
    /// turns): this node restarted it with `reseed`.
    Reseeded {
        /// The transaction.
        tx: B256,
        /// Wei paid for gas.
        gas_wei: u128,
    },
    /// Posted batch `batch` with `txs` transactions.
    Sent {
        /// The batch.
        batch: u64,
        /// Its transactions.
        txs: usize,
        /// The transaction.
        tx: B256,
        /// Wei paid for gas.
        gas_wei: u128,
        /// Times it was re-sent with higher fees before it was mined.
        bumps: u32,
    },
}

impl Poster {
    /// Whether a reseed would be worth its gas: this node has something to post (soft or
    /// pooled transactions, or queue entries), and its operator would be drawn from (opted in
    /// at least `SEED_LAG` ago, with stake): otherwise an idle rollup would be reseeded every
    /// four slots for nothing, and a fresh one every round until its sequencers' stake counts.
    async fn worth_reseeding<P: Provider>(
        &self,
        m: &IRollupManager::IRollupManagerInstance<&P>,
        seq: &tokio::sync::Mutex<Sequencer>,
        deposits_processed: u64,
        now: u64,
    ) -> Result<bool, String> {
        let holds = {
            let s = seq.lock().await;
            !s.soft.is_empty() || !s.pool.is_empty()
        };
        let queued: u64 =
            m.depositCount(self.rollup_id).call().await.map_err(|e| e.to_string())?.to();
        if !holds && queued <= deposits_processed {
            return Ok(false);
        }
        let list = m.sequencers(self.rollup_id).call().await.map_err(|e| e.to_string())?;
        Ok(list.iter().any(|d| {
            d.operator == self.operator && d.since.to::<u64>().saturating_add(SEED_LAG) <= now
        }))
    }

    /// Posts the next batch if this operator leads now and anything is due. A post signed
    /// before for this batch (and generation) is re-sent as it is, re-signed with a fresh time
    /// when its signature nears `MAX_SIGNATURE_DELAY`; only when it can no longer be posted
    /// (simulation refuses it: a deposit became overdue, the base moved) is a new one made, as
    /// the next attempt. A new one carries the soft transactions first, as the node promised
    /// them, then the L1 queue's unprocessed entries in order (room for those reserved first,
    /// at most `maxBatchTxs` in all and [`MAX_POST_BYTES`] of data).
    pub async fn post<P: Provider>(
        &self,
        provider: &P,
        seq: &tokio::sync::Mutex<Sequencer>,
        derivation_head: (u64, u64),
    ) -> Result<Posted, String> {
        let m = IRollupManager::new(self.manager, provider);
        let r = m.rollup(self.rollup_id).call().await.map_err(|e| e.to_string())?;
        let now = provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| e.to_string())?
            .map(|b| b.header.timestamp)
            .unwrap_or_default();
        // No batch is accepted from expiry on (`postBatch` needs a live rollup): from one
        // margin before it nothing new is taken (it could not be posted in time), and at expiry
        // what is still held is dropped (its receipts say so: null), never promised again.
        if r.expiry != 0 && now.saturating_add(self.turn_margin) >= r.expiry {
            seq.lock().await.closing = true;
        }
        if r.settled || (r.expiry != 0 && now >= r.expiry) {
            let mut s = seq.lock().await;
            if !s.closed {
                tracing::warn!(
                    expiry = r.expiry,
                    dropped_soft = s.soft.len(),
                    dropped_pool = s.pool.len(),
                    "the rollup is closed: nothing more is sequenced or posted"
                );
                s.close();
            }
            return Ok(Posted::Closed);
        }
        let leader = m.leader(self.rollup_id).call().await.map_err(|e| e.to_string())?;
        if leader.operator != self.operator {
            // SQUAD: a sequence nobody can lead (no sequencer had stake at its snapshot, as
            // right after creation), or whose drawn leaders missed `RESEED_AFTER_TURNS` turns
            // (offline), is restarted with a new draw; anyone may, and a sequencer has the
            // incentive. Simulated first: only when the contract allows it.
            if r.sequencing == SQUAD
                && (leader.operator == Address::ZERO
                    || leader.turn >= U256::from(RESEED_AFTER_TURNS))
                && self.worth_reseeding(&m, seq, derivation_head.1, now).await?
            {
                let call = IRollupManager::reseedCall { rollupId: self.rollup_id };
                let tx = TransactionRequest::default()
                    .with_to(self.manager)
                    .with_input(call.abi_encode());
                if provider.call(tx.clone()).await.is_ok() {
                    let (tx, gas_wei, _) = crate::l1::send_estimated(provider, tx, &self.fees())
                        .await
                        .map_err(|e| e.to_string())?;
                    return Ok(Posted::Reseeded { tx, gas_wei });
                }
            }
            return Ok(Posted::NotLeader(leader.operator));
        }
        // A post mined after the turn ends is refused on chain (gas for nothing): near its end
        // the turn is left to the next leader.
        if leader.turnEndsAt != U256::MAX
            && leader.turnEndsAt <= U256::from(now.saturating_add(self.turn_margin))
        {
            return Ok(Posted::TurnEnding(leader.turnEndsAt.saturating_to()));
        }
        let (batch_count, deposits_processed) = derivation_head;
        if r.batchCount != batch_count {
            // Derivation has not caught up with the chain (or a post is being mined).
            return Ok(Posted::InFlight(r.batchCount));
        }
        {
            let s = seq.lock().await;
            if let Some((b, since)) = s.in_flight
                && since.elapsed() < std::time::Duration::from_secs(60)
            {
                return Ok(Posted::InFlight(b));
            }
        }
        let generation = r.generation;
        // 1. The frozen post, if it is for this batch and can still be posted.
        let frozen = seq.lock().await.frozen.clone();
        let mut next_attempt = 0;
        if let Some((batch, gen_, attempt, mut post)) = frozen
            && batch == batch_count
            && gen_ == generation
        {
            // Re-signed (same header, same attempt: the record allows it) when 5 minutes old.
            if post.signedAt + 300 < now {
                post.signedAt = now;
                post.signature =
                    self.sign(seq, post.header.clone(), generation, attempt, now).await?;
            }
            match self.send(provider, seq, batch_count, post.clone()).await {
                Ok(sent) => {
                    seq.lock().await.frozen = Some((batch, gen_, attempt, post));
                    return Ok(sent);
                }
                Err(e) if e.starts_with("refused:") => {
                    tracing::warn!(batch, attempt, error = %e, "signed post can no longer be posted; making a new attempt");
                    seq.lock().await.frozen = None;
                    next_attempt = attempt + 1;
                }
                Err(e) => return Err(e),
            }
        }
        // 2. A new post.
        let max = m.parameters().call().await.map_err(|e| e.to_string())?.maxBatchTxs as usize;
        let queued: u64 =
            m.depositCount(self.rollup_id).call().await.map_err(|e| e.to_string())?.to();
        let mut queue = Vec::new();
        let mut bytes = 0;
        for i in deposits_processed..queued.min(deposits_processed + max as u64) {
            let q = m
                .depositAt(self.rollup_id, U256::from(i))
                .call()
                .await
                .map_err(|e| e.to_string())?;
            let t = if q.forcedWithdrawal {
                Tx::ForcedWithdrawal {
                    index: i,
                    from: q.from,
                    to: q.to,
                    amount: U256::from(q.amount),
                }
            } else {
                Tx::Deposit { index: i, to: q.to, amount: U256::from(q.amount) }
            };
            bytes += t.encode().len() + 64;
            queue.push(t);
        }
        let deposits_after = deposits_processed + queue.len() as u64;
        let batch = {
            let s = seq.lock().await;
            let mut txs: Vec<Tx> = Vec::new();
            for (t, _, _) in &s.soft {
                let size = t.encode().len() + 64;
                if txs.len() + queue.len() >= max || bytes + size > MAX_POST_BYTES {
                    break;
                }
                bytes += size;
                txs.push(t.clone());
            }
            txs.extend(queue);
            if txs.is_empty() {
                return Ok(Posted::Nothing);
            }
            let (mut state, domain) = (s.base.clone(), s.pool_domain());
            // Executed without the lock: submissions go on meanwhile.
            drop(s);
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            let mut batch = state
                .execute_batch_fast(
                    &domain,
                    self.rollup_id,
                    batch_count,
                    deposits_after,
                    &txs,
                    threads,
                )
                .map_err(|e| e.to_string())?;
            if self.wrong_root {
                batch = corrupt(batch, alloy::primitives::keccak256(b"a wrong root"));
            }
            batch
        };
        let header = crate::derive::chain_header(&batch.header);
        // The signing record decides the attempt: a header for this batch key signed earlier
        // (by this process or one before a crash) and not posted holds its attempt.
        let mut attempt = next_attempt;
        let signature = loop {
            match self.sign(seq, header.clone(), generation, attempt, now).await {
                Ok(sig) => break sig,
                Err(e) if e.starts_with("conflict:") && attempt < 10_000 => attempt += 1,
                Err(e) => return Err(e),
            }
        };
        let post = BatchPost {
            header,
            txData: Bytes::from(batch.tx_data.clone()),
            roots: batch.roots.clone(),
            fees: batch.fees.clone(),
            signedAt: now,
            signature,
            attempt,
        };
        seq.lock().await.frozen = Some((batch_count, generation, attempt, post.clone()));
        self.send(provider, seq, batch_count, post).await
    }

    /// The leader's signature over `header` for (generation, batch, attempt) at `signed_at`,
    /// after the signing record allowed it ("conflict: …" when another header holds that key).
    async fn sign(
        &self,
        seq: &tokio::sync::Mutex<Sequencer>,
        header: alt_bindings::i_rollup_manager::BatchHeader::Header,
        generation: u32,
        attempt: u32,
        signed_at: u64,
    ) -> Result<Bytes, String> {
        let domain = alt_stf::tx::domain(self.chain_id, self.manager);
        let h = crate::derive::stf_header(&header);
        let header_hash = h.hash(&domain);
        // headerCommitmentIndex(generation, batch, attempt), as the contract computes it.
        let key = (U256::from(generation) << 128) | (U256::from(attempt) << 64) | h.batchIndex;
        let c = Commitment {
            slasher: self.slasher,
            chain_id: self.chain_id,
            rollup_id: self.rollup_id,
            batch_key: key,
            role: Role::Header,
            header_hash,
            signed_at,
        };
        match self.record.authorize(&c).await {
            Ok(()) => {}
            Err(crate::signing::SigningError::Conflict { .. }) => {
                return Err(format!("conflict: attempt {attempt} holds another header"));
            }
            Err(e) => return Err(e.to_string()),
        }
        let signature = self.commit(key, header_hash, signed_at)?;
        let signed = |header_hash, signature| crate::derive::SignedHeader {
            rollup_id: self.rollup_id,
            batch_key: key,
            header_hash,
            signed_at,
            signature,
        };
        let mut s = seq.lock().await;
        s.to_gossip.push(signed(header_hash, signature.clone()));
        if self.equivocate && !self.equivocated.swap(true, std::sync::atomic::Ordering::SeqCst) {
            // The offence, on purpose: another header for the same key, past the record.
            let mut other = h.clone();
            other.postRoot = alloy::primitives::keccak256(b"an equivocating header");
            let other_hash = other.hash(&domain);
            tracing::warn!(batch_key = %key, header = %other_hash, "MISBEHAVING: signed a second header for the batch key");
            s.to_gossip.push(signed(other_hash, self.commit(key, other_hash, signed_at)?));
        }
        Ok(signature)
    }

    /// The signature of the header commitment (role 0) for `key` and `header_hash` at
    /// `signed_at`, with no record consulted: only [`Poster::sign`] calls it honestly.
    fn commit(&self, key: U256, header_hash: B256, signed_at: u64) -> Result<Bytes, String> {
        let slasher_domain = eip712_domain! {
            name: "ALT Slasher",
            version: "1",
            chain_id: self.chain_id,
            verifying_contract: self.slasher,
        };
        let commitment = BatchCommitment {
            rollupId: self.rollup_id,
            batchIndex: key,
            root: header_hash,
            signedAt: signed_at,
            role: 0,
        };
        let sig = self
            .key
            .sign_hash_sync(&commitment.eip712_signing_hash(&slasher_domain))
            .map_err(|e| e.to_string())?;
        Ok(Bytes::from(sig.as_bytes().to_vec()))
    }

    /// Simulates, then sends `post` for batch `batch` and waits for it (bounded); "refused: …"
    /// when the contract would not take it. `in_flight` is set while it is sent and cleared
    /// on any failure.
    ///
    /// A post not mined within `bump_after` (an L1 fee spike) is re-sent with the same nonce,
    /// so it replaces the first, and 25% higher fees, at least twice the latest base fee plus
    /// the tip, up to `max_fee`: every post carries the queue's due deposits, so a spike must
    /// not hold them past their inclusion deadline. Whichever of the sends is mined counts.
    async fn send<P: Provider>(
        &self,
        provider: &P,
        seq: &tokio::sync::Mutex<Sequencer>,
        batch: u64,
        post: BatchPost,
    ) -> Result<Posted, String> {
        let txs = post.roots.len();
        let call = IRollupManager::postBatchCall { post };
        let tx = TransactionRequest::default().with_to(self.manager).with_input(call.abi_encode());
        let refused = |e: alloy::transports::TransportError| {
            format!("refused: {}", crate::challenger::revert_reason(&e))
        };
        provider.call(tx.clone()).await.map_err(refused)?;
        let gas = provider.estimate_gas(tx.clone()).await.map_err(refused)?;
        seq.lock().await.in_flight = Some((batch, std::time::Instant::now()));
        let sent = self
            .send_bumping(provider, seq, tx.with_from(self.from).with_gas_limit(gas + gas / 5))
            .await;
        match sent {
            Ok((tx, gas_wei, bumps)) => Ok(Posted::Sent { batch, txs, tx, gas_wei, bumps }),
            Err(e) => {
                seq.lock().await.in_flight = None;
                Err(e)
            }
        }
    }

    /// Sends `tx` at the account's next nonce and waits for it, re-sending it with higher fees
    /// every `bump_after` (see [`Poster::send`]); (hash mined, wei paid, bumps).
    async fn send_bumping<P: Provider>(
        &self,
        provider: &P,
        seq: &tokio::sync::Mutex<Sequencer>,
        tx: TransactionRequest,
    ) -> Result<(B256, u128, u32), String> {
        let e = |e: alloy::transports::TransportError| e.to_string();
        let prior = seq.lock().await.unmined_post.take();
        let mined_count = provider.get_transaction_count(self.from).latest().await.map_err(e)?;
        let (nonce, mut max_fee, mut tip, mut sent, mut bumps);
        match prior {
            // An earlier post still unmined at its nonce: this one replaces it there (bumped
            // below, before it is sent), instead of waiting behind it.
            Some((n, f, t)) if mined_count <= n => {
                (nonce, max_fee, tip, sent, bumps) = (n, f, t, Vec::new(), 0u32);
            }
            _ => {
                // The first send takes its nonce (and fees) from the provider's fillers, like
                // every other transaction of the account (one nonce authority: a post never
                // takes the nonce of a pending challenge); a re-send reuses that nonce, so it
                // replaces the first.
                let fees = provider.estimate_eip1559_fees().await.map_err(e)?;
                let first = tx
                    .clone()
                    .with_max_fee_per_gas(fees.max_fee_per_gas.min(self.max_fee))
                    .with_max_priority_fee_per_gas(
                        fees.max_priority_fee_per_gas.min(fees.max_fee_per_gas).min(self.max_fee),
                    );
                let hash = *provider.send_transaction(first).await.map_err(e)?.tx_hash();
                let sent_tx = provider
                    .get_transaction_by_hash(hash)
                    .await
                    .map_err(e)?
                    .ok_or_else(|| format!("post {hash} not found right after it was sent"))?;
                use alloy::consensus::Transaction as _;
                nonce = sent_tx.nonce();
                (max_fee, tip) = (
                    sent_tx.max_fee_per_gas(),
                    sent_tx.max_priority_fee_per_gas().unwrap_or_default(),
                );
                (sent, bumps) = (vec![hash], 0);
            }
        }
        let deadline = std::time::Instant::now() + self.receipt_timeout;
        let mut replacing = sent.is_empty();
        // Once the contract would refuse the post it is never sent again: empty transfers to
        // the account itself (bumped like the post) are sent at its nonce instead.
        let mut refused = false;
        let mut cancels: Vec<B256> = Vec::new();
        loop {
            if replacing {
                replacing = false;
                (max_fee, tip) = self.bumped(provider, max_fee, tip).await?;
                bumps += 1;
            }
            if bumps > 0 && !refused {
                let attempt = tx
                    .clone()
                    .with_nonce(nonce)
                    .with_max_fee_per_gas(max_fee)
                    .with_max_priority_fee_per_gas(tip.min(max_fee));
                crate::l1::resend(provider, attempt, &mut sent).await;
            }
            let until = std::time::Instant::now() + self.bump_after;
            while std::time::Instant::now() < until.min(deadline) {
                for h in &sent {
                    if let Some(r) = provider.get_transaction_receipt(*h).await.map_err(e)? {
                        if cancels.contains(h) {
                            return Err(format!(
                                "post cancelled: {h} took its nonce {nonce} ({bumps} bumps)"
                            ));
                        }
                        if !r.status() {
                            return Err(format!("{} reverted", r.transaction_hash));
                        }
                        let wei = r.gas_used as u128 * r.effective_gas_price;
                        return Ok((r.transaction_hash, wei, bumps));
                    }
                }
                // The nonce was used by none of these (an earlier post this one was to replace,
                // or another transaction of the account): the caller finds out which.
                let mined = provider.get_transaction_count(self.from).latest().await.map_err(e)?;
                if mined > nonce {
                    let mut found = false;
                    for h in &sent {
                        found |= provider.get_transaction_receipt(*h).await.map_err(e)?.is_some();
                    }
                    if !found {
                        return Err(format!("nonce {nonce} was used by another transaction"));
                    }
                    continue;
                }
                tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            }
            if std::time::Instant::now() >= deadline {
                // Left in the pool at its nonce: the next post replaces it there (not a cancel:
                // its fee may be above the cap a post can pay, so the post would be refused;
                // the cancel keeps the nonce until it is mined).
                if cancels.is_empty() {
                    seq.lock().await.unmined_post = Some((nonce, max_fee, tip));
                }
                return Err(format!(
                    "post not mined within {:?} ({bumps} bumps)",
                    self.receipt_timeout
                ));
            }
            // A post the contract would now refuse (its SQUAD turn ended, or its operator can no
            // longer lead, or a deposit became overdue) is not bumped: mined, it would revert
            // and pay for its calldata. It is replaced at its nonce by an empty transfer to the
            // account itself (21,000 gas), and the caller makes a new post when it can. Simulated
            // on the latest block (`pending` may hold the post itself), and only a revert
            // counts: an RPC error is no refusal, the post is bumped as before.
            if !refused {
                let at = alloy::eips::BlockId::latest();
                if let Err(err) = provider.call(tx.clone()).block(at).await
                    && err.as_error_resp().and_then(|r| r.as_revert_data()).is_some()
                {
                    let reason = crate::challenger::revert_reason(&err);
                    tracing::warn!(nonce, %reason, "post no longer valid; cancelling it at its nonce");
                    refused = true;
                }
            }
            if refused {
                // (Up to twice the cap: 21,000 gas, against a reverting post's calldata. The
                // cancel is bumped every round until something takes the nonce.)
                let cap = self.max_fee.saturating_mul(2);
                (max_fee, tip) = self.bumped_to(provider, max_fee, tip, cap).await?;
                bumps += 1;
                let before = sent.len();
                let empty = crate::l1::cancel(self.from, nonce, max_fee, tip);
                crate::l1::resend(provider, empty, &mut sent).await;
                cancels.extend_from_slice(&sent[before..]);
                continue;
            }
            if max_fee >= self.max_fee {
                tracing::warn!(max_fee, "post not mined and its fee is at --max-fee-gwei; waiting");
                continue;
            }
            (max_fee, tip) = self.bumped(provider, max_fee, tip).await?;
            bumps += 1;
            tracing::warn!(nonce, max_fee, tip, bumps, "post not mined; re-sent with higher fees");
        }
    }

    /// Fees a quarter higher than `(max_fee, tip)`, and at least twice the latest base fee plus
    /// the tip (a replacement the pool takes, that fits the next block), at most `max_fee`.
    async fn bumped<P: Provider>(
        &self,
        provider: &P,
        max_fee: u128,
        tip: u128,
    ) -> Result<(u128, u128), String> {
        self.bumped_to(provider, max_fee, tip, self.max_fee).await
    }

    /// [`Poster::bumped`] up to `cap`.
    async fn bumped_to<P: Provider>(
        &self,
        provider: &P,
        max_fee: u128,
        tip: u128,
        cap: u128,
    ) -> Result<(u128, u128), String> {
        crate::l1::bumped(provider, max_fee, tip, cap).await
    }

    /// How this poster's other transactions (`reseed`) meet fee spikes.
    fn fees(&self) -> crate::l1::Fees {
        crate::l1::Fees {
            from: self.from,
            bump_after: self.bump_after,
            max_fee: self.max_fee,
            timeout: crate::RECEIPT_TIMEOUT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::signers::SignerSync;

    fn transfer(domain: &Eip712Domain, key: &PrivateKeySigner, nonce: u64) -> Tx {
        let t = Tx::Signed {
            kind: alt_stf::tx::TRANSFER,
            to: Address::repeat_byte(0xbb),
            amount: U256::from(10),
            fee: U256::from(1),
            nonce,
            r: B256::ZERO,
            s: B256::ZERO,
            v: 27,
        };
        let digest = alt_stf::tx::signing_digest(domain, U256::from(1), &t).expect("signed");
        t.with_signature(&key.sign_hash_sync(&digest).expect("sign"))
    }

    /// Posts held in memory for a derivation, keyed by posting transaction.
    #[derive(Default)]
    struct Posts(HashMap<B256, std::sync::Arc<BatchPost>>);

    impl crate::derive::PostSource for Posts {
        async fn post(
            &mut self,
            posted: &crate::derive::Posted,
        ) -> Result<std::sync::Arc<BatchPost>, crate::derive::DeriveError> {
            self.0
                .get(&posted.tx_hash)
                .cloned()
                .ok_or(crate::derive::DeriveError::Rpc("gone".into()))
        }
    }

    /// Appends batch `txs` (executed on `state`) to `chain`, its post in `posts`.
    fn post(
        chain: &mut Vec<crate::derive::Posted>,
        state: &mut State,
        posts: &mut Posts,
        domain: &Eip712Domain,
        deposits: u64,
        txs: &[Tx],
    ) {
        let i = chain.len() as u64;
        let b = state.execute_batch(domain, U256::from(1), i, deposits, txs).expect("batch");
        let tx_hash = alloy::primitives::keccak256(i.to_be_bytes());
        let (posted, post) = crate::derive::unsigned_post(&b, domain, tx_hash, i);
        posts.0.insert(tx_hash, post);
        chain.push(posted);
    }

    /// A rebase over this node's own post (its first soft transactions, then a deposit) takes
    /// the shortcut: the rest of the soft list stays, the deposit is credited to the soft state,
    /// and that state is exactly the new base with the rest executed on it. A post that is not
    /// the soft list's prefix (another sequencer's order) is re-executed.
    #[tokio::test]
    async fn a_rebase_over_its_own_post_keeps_the_rest_and_credits_the_deposits() {
        let domain = alt_stf::tx::domain(31337, Address::repeat_byte(0x11));
        let key = PrivateKeySigner::random();
        let (mut chain, mut l1, mut posts) = (Vec::new(), State::new(), Posts::default());
        let other = PrivateKeySigner::random();
        let fund = Tx::Deposit { index: 0, to: key.address(), amount: U256::from(1_000) };
        let fund2 = Tx::Deposit { index: 1, to: other.address(), amount: U256::from(1_000) };
        post(&mut chain, &mut l1, &mut posts, &domain, 2, &[fund, fund2]);
        let mut d = crate::derive::Derivation::new(domain.clone(), U256::from(1));
        d.update(&chain, &mut posts).await.expect("derives");
        let mut q = Sequencer::new(Limits::default(), domain.clone(), U256::from(1));
        q.rebase(&d).expect("rebases");
        let txs: Vec<Tx> = (0..4).map(|n| transfer(&domain, &key, n)).collect();
        for t in &txs {
            q.submit(&t.encode()).expect("accepted");
        }
        assert_eq!(q.make_block(10), 4);
        // Batch 1: the first two soft transactions, then a deposit to the sender.
        let credit = Tx::Deposit { index: 2, to: key.address(), amount: U256::from(7) };
        post(
            &mut chain,
            &mut l1,
            &mut posts,
            &domain,
            3,
            &[txs[0].clone(), txs[1].clone(), credit],
        );
        d.update(&chain, &mut posts).await.expect("derives");
        q.rebase(&d).expect("rebases");
        let left: Vec<B256> = q.soft.iter().map(|(_, h, _)| *h).collect();
        assert_eq!(left, [txs[2].hash(), txs[3].hash()]);
        let mut want = d.state_after(2).expect("state");
        for t in &txs[2..] {
            assert!(want.apply(&domain, U256::from(1), t).expect("applies").changed);
        }
        assert_eq!(q.soft_state.root(), want.root(), "base + the rest of the soft list");
        assert_eq!(q.soft_state.account(key.address()).0, U256::from(1_000 - 4 * 11 + 7));
        // Batch 2 is another sequencer's, with a transaction this node never saw: re-executed,
        // the soft list stays whole.
        let foreign = transfer(&domain, &other, 0);
        post(&mut chain, &mut l1, &mut posts, &domain, 3, &[foreign]);
        d.update(&chain, &mut posts).await.expect("derives");
        q.rebase(&d).expect("rebases");
        assert_eq!(q.soft_len(), 2);
        // Batch 3 carries the fourth before the third (not the soft list's order): the fourth
        // is a no-op there, and the slow path leaves nothing soft.
        post(&mut chain, &mut l1, &mut posts, &domain, 3, &[txs[3].clone(), txs[2].clone()]);
        d.update(&chain, &mut posts).await.expect("derives");
        q.rebase(&d).expect("rebases");
        assert_eq!(q.soft_len(), 0);
        assert_eq!(q.soft_state.root(), d.state_after(4).expect("state").root());
    }

    #[test]
    fn a_closing_then_closed_sequencer_takes_nothing_new_and_drops_what_it_holds() {
        let domain = alt_stf::tx::domain(31337, Address::repeat_byte(0x11));
        let key = PrivateKeySigner::random();
        let mut q = Sequencer::new(Limits::default(), domain.clone(), U256::from(1));
        q.soft_state = State::genesis([(key.address(), U256::from(1_000), 0)]);
        let txs: Vec<Tx> = (0..3).map(|n| transfer(&domain, &key, n)).collect();
        q.submit(&txs[0].encode()).expect("accepted");
        assert_eq!(q.make_block(10), 1, "a block of one");
        assert_eq!(q.last_block(), (1, vec![txs[0].hash()]));
        assert_eq!(q.status(txs[0].hash()), Some(Status::Soft { block: 1 }));
        q.submit(&txs[1].encode()).expect("accepted");
        // A margin before expiry: nothing new, but what it holds still becomes a block.
        q.closing = true;
        assert_eq!(q.submit(&txs[2].encode()), Err(Rejected::Closed));
        assert_eq!(q.make_block(10), 1);
        assert_eq!(q.status(txs[1].hash()), Some(Status::Soft { block: 2 }));
        assert_eq!(q.make_block(10), 0, "no empty block");
        // Expired: everything held is dropped, and no receipt claims it is soft any more.
        q.close();
        assert_eq!((q.soft_len(), q.pool_len()), (0, 0));
        assert_eq!(q.status(txs[0].hash()), None);
        assert_eq!(q.status(txs[1].hash()), None);
        assert!(q.pending_raw().is_empty(), "nothing left to re-send to peers");
        assert_eq!(q.submit(&txs[2].encode()), Err(Rejected::Closed));
        // A node that does not sequence takes nothing.
        let mut reader = Sequencer::new(Limits::default(), domain.clone(), U256::from(1));
        reader.read_only = true;
        reader.soft_state = State::genesis([(key.address(), U256::from(1_000), 0)]);
        assert_eq!(reader.submit(&txs[0].encode()), Err(Rejected::NotSequencing));
        assert_eq!(reader.make_block(10), 0);
    }
}
