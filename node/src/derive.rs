//! L1 derivation: a rollup's state from L1 alone.
//!
//! The batches a rollup has are the `BatchPosted` events of its RollupManager, less those a
//! `FraudProven` reverted, in L1 order (`docs/rollup-stf.md` 7.1, 7.3). Their transactions are
//! not in the event: they are the `txData` of the `postBatch` call, read from the posting
//! transaction's calldata ([`Posts`]). The node re-executes every batch with `alt-stf` from the
//! genesis state, step by step, and compares each step's root and fee total with those the
//! sequencer posted: the first step that differs is the one a challenger proves (section 6),
//! and it never trusts a posted root.
//!
//! L1 following and reorgs are the indexer's (`alt-indexer`, embedded: one code path for both):
//! the events come from its store, which holds only the canonical chain's rows. After every
//! indexer step [`Derivation::update`] compares the canonical batches with those it derived and
//! keeps the longest common prefix (same event, same posting transaction, same header), rolls
//! back to it from a snapshot, and executes the rest; so a node that followed every reorg and one
//! started from scratch reach the same root at every batch (`node/tests/derive.rs`).

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
    sol_types::{Eip712Domain, SolCall, SolEvent},
};
use alt_bindings::i_rollup_manager::{
    BatchHeader,
    IRollupManager::{self, BatchPosted, FraudProven},
    IRollupManagerTypes::BatchPost,
    OneStepProof, PaymentsStf,
};
use alt_stf::{
    header::{Header, step_leaf, step_proof},
    state::{ExecError, State},
    tx::{self, Tx},
};
use sqlx::SqlitePool;
use std::{collections::HashMap, sync::Arc};

/// Snapshots kept: the state after each of the last `RECENT` batches, and after every
/// `SPARSE`-th batch before them (a rollback replays at most `SPARSE - 1` stored batches).
const RECENT: u64 = 64;
const SPARSE: u64 = 64;

/// What can stop derivation (bad input is an error, never a silently different root).
#[derive(Debug, thiserror::Error)]
pub enum DeriveError {
    /// The L1 RPC failed (retry).
    #[error("L1 RPC: {0}")]
    Rpc(String),
    /// The indexer's store failed.
    #[error("index: {0}")]
    Store(#[from] sqlx::Error),
    /// The posting transaction is not a direct `postBatch` call to the manager, or its data
    /// does not hash to the header's `txDataHash`.
    #[error("batch {index} (tx {tx}): {why}")]
    Calldata {
        /// The batch.
        index: u64,
        /// Its posting transaction.
        tx: B256,
        /// What is wrong.
        why: String,
    },
    /// A stored event does not decode.
    #[error("event at block {block}, log {log}: {why}")]
    Event {
        /// Its block.
        block: u64,
        /// Its log index.
        log: u64,
        /// What is wrong.
        why: String,
    },
    /// Execution failed (a bug in the STF: the one-step rules and the tree disagree).
    #[error(transparent)]
    Exec(#[from] ExecError),
}

/// A batch as L1 recorded it (its `BatchPosted` event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    /// The header.
    pub header: Header,
    /// Its EIP-712 hash.
    pub header_hash: B256,
    /// The fraud reverts of the rollup before it.
    pub generation: u32,
    /// The leader's attempt for this batch.
    pub attempt: u32,
    /// When the leader signed the header.
    pub signed_at: u64,
    /// The operator that posted it.
    pub sequencer: Address,
    /// Where: block, log index, posting transaction.
    pub block_number: u64,
    /// The event's log index.
    pub log_index: u64,
    /// The posting transaction.
    pub tx_hash: B256,
}

impl Posted {
    /// The batch index.
    pub fn index(&self) -> u64 {
        self.header.batchIndex.saturating_to()
    }
}

/// One of the rollup's batch events, in L1 order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum L1Event {
    /// A batch was posted.
    Posted(Box<Posted>),
    /// A fraud proof reverted batches `from..` (every later batch).
    Reverted {
        /// The first reverted batch.
        from: u64,
        /// The generation after the revert.
        generation: u32,
    },
}

/// The rollup's batch events from the indexer's store, in L1 order (canonical chain only).
pub async fn read_events(
    pool: &SqlitePool,
    manager: Address,
    rollup_id: U256,
) -> Result<Vec<L1Event>, DeriveError> {
    type Row = (i64, i64, Vec<u8>, String, Vec<u8>, Vec<u8>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT block_number, log_index, tx_hash, name, topics, data FROM events
         WHERE address = ?1 AND name IN ('BatchPosted', 'FraudProven')
           AND substr(topics, 33, 32) = ?2
         ORDER BY block_number, log_index",
    )
    .bind(manager.to_vec())
    .bind(rollup_id.to_be_bytes::<32>().to_vec())
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (block, log, tx_hash, name, topics, data) in rows {
        let (block, log) = (block as u64, log as u64);
        let bad = |why: String| DeriveError::Event { block, log, why };
        let topics: Vec<B256> = topics.chunks_exact(32).map(B256::from_slice).collect();
        if name == "BatchPosted" {
            let e = BatchPosted::decode_raw_log(topics, &data).map_err(|e| bad(e.to_string()))?;
            let h = e.header;
            out.push(L1Event::Posted(Box::new(Posted {
                header: stf_header(&h),
                header_hash: e.headerHash,
                generation: e.generation,
                attempt: e.attempt,
                signed_at: e.signedAt,
                sequencer: e.sequencer,
                block_number: block,
                log_index: log,
                tx_hash: B256::try_from(tx_hash.as_slice()).map_err(|e| bad(e.to_string()))?,
            })));
        } else {
            let e = FraudProven::decode_raw_log(topics, &data).map_err(|e| bad(e.to_string()))?;
            out.push(L1Event::Reverted {
                from: e.batchIndex.saturating_to(),
                generation: e.generation,
            });
        }
    }
    Ok(out)
}

/// The rollup's batches now: every post, less those a fraud proof reverted.
pub fn canonical(events: &[L1Event]) -> Vec<Posted> {
    let mut batches: Vec<Posted> = Vec::new();
    for e in events {
        match e {
            L1Event::Posted(p) => {
                // The contract accepts batch `batchCount` only; anything else is not ours to
                // reorder (a store that skipped one is caught by the prefix check).
                if p.index() == batches.len() as u64 {
                    batches.push((**p).clone());
                }
            }
            L1Event::Reverted { from, .. } => batches.truncate(*from as usize),
        }
    }
    batches
}

/// Where a batch's `postBatch` arguments come from.
pub trait PostSource {
    /// The `postBatch` argument of the transaction that posted `posted`.
    fn post(
        &mut self,
        posted: &Posted,
    ) -> impl std::future::Future<Output = Result<Arc<BatchPost>, DeriveError>> + Send;
}

/// `postBatch` arguments read from the posting transactions over RPC: from the calldata of a
/// direct call, else from the call trace (`debug_traceTransaction`, callTracer) of a post made
/// through a contract; the post whose header and data are the event's. Cached by transaction
/// and header (a transaction's hash commits to its calldata, and the header's steps root to
/// the roots and fees: a reorg that keeps a transaction keeps its post): in memory, or with
/// [`Posts::persist`] in a SQLite file, so that a restart derives every batch again without
/// asking the RPC for any of them.
#[derive(Debug)]
pub struct Posts<P> {
    provider: P,
    manager: Address,
    cache: HashMap<(B256, B256), Arc<BatchPost>>,
    store: Option<sqlx::SqlitePool>,
}

impl<P: Provider> Posts<P> {
    /// Reads posts to `manager` through `provider`.
    pub fn new(provider: P, manager: Address) -> Self {
        Self { provider, manager, cache: HashMap::new(), store: None }
    }

    /// Keeps the posts read in the SQLite file at `path` (created if missing) instead of in
    /// memory, and reads them from there first.
    pub async fn persist(&mut self, path: &std::path::Path) -> Result<(), DeriveError> {
        use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let store =
            |e: sqlx::Error| DeriveError::Rpc(format!("post cache {}: {e}", path.display()));
        let pool =
            SqlitePoolOptions::new().max_connections(1).connect_with(opts).await.map_err(store)?;
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS posts (tx_hash BLOB NOT NULL, header_hash BLOB NOT NULL, \
             post BLOB NOT NULL, PRIMARY KEY (tx_hash, header_hash)) WITHOUT ROWID",
        )
        .execute(&pool)
        .await
        .map_err(store)?;
        self.store = Some(pool);
        self.cache.clear();
        Ok(())
    }
}

impl<P: Provider + Send + Sync> PostSource for Posts<P> {
    async fn post(&mut self, posted: &Posted) -> Result<Arc<BatchPost>, DeriveError> {
        // Keyed by header too: one transaction may post several batches (a multicall).
        let key = (posted.tx_hash, posted.header_hash);
        if let Some(p) = self.cache.get(&key) {
            return Ok(p.clone());
        }
        let bad =
            |why: String| DeriveError::Calldata { index: posted.index(), tx: posted.tx_hash, why };
        let header = chain_header(&posted.header);
        let matches =
            |p: &BatchPost| p.header == header && keccak256(&p.txData) == posted.header.txDataHash;
        if let Some(pool) = &self.store {
            let row: Option<(Vec<u8>,)> =
                sqlx::query_as("SELECT post FROM posts WHERE tx_hash = ? AND header_hash = ?")
                    .bind(posted.tx_hash.as_slice())
                    .bind(posted.header_hash.as_slice())
                    .fetch_optional(pool)
                    .await
                    .map_err(|e| DeriveError::Rpc(format!("post cache: {e}")))?;
            // (Checked again like a fresh read, and its roots and fees against the header's steps
            // root: a damaged or edited row is read from L1 instead.)
            if let Some(post) = row
                .and_then(|(b,)| <BatchPost as alloy::sol_types::SolValue>::abi_decode(&b).ok())
                .filter(|p| matches(p) && steps_match(p))
            {
                return Ok(Arc::new(post));
            }
        }
        let tx = self
            .provider
            .get_transaction_by_hash(posted.tx_hash)
            .await
            .map_err(|e| DeriveError::Rpc(e.to_string()))?
            .ok_or_else(|| DeriveError::Rpc(format!("transaction {} not found", posted.tx_hash)))?;
        use alloy::consensus::Transaction as _;
        let mut calls = Vec::new();
        if tx.to() == Some(self.manager)
            && let Ok(call) = IRollupManager::postBatchCall::abi_decode(tx.input())
        {
            calls.push(call.post);
        }
        if !calls.iter().any(matches) {
            // Posted through a contract (a multisig, a multicall, a smart account: postBatch
            // is authorised by the leader's signature, not by its sender): the call is in the
            // transaction's trace, not in its calldata.
            let trace: serde_json::Value = self
                .provider
                .raw_request(
                    "debug_traceTransaction".into(),
                    (posted.tx_hash, serde_json::json!({ "tracer": "callTracer" })),
                )
                .await
                .map_err(|e| {
                    bad(format!(
                        "posted through a contract, and tracing the transaction failed \
                         (the RPC needs debug_traceTransaction with callTracer): {e}"
                    ))
                })?;
            inner_posts(&trace, self.manager, &mut calls);
        }
        let post = calls
            .into_iter()
            .find(matches)
            .ok_or_else(|| bad("no postBatch call in the transaction matches the event".into()))?;
        let post = Arc::new(post);
        match &self.store {
            Some(pool) => {
                let bytes = alloy::sol_types::SolValue::abi_encode(post.as_ref());
                let write = sqlx::query(
                    "INSERT OR REPLACE INTO posts (tx_hash, header_hash, post) VALUES (?, ?, ?)",
                )
                .bind(posted.tx_hash.as_slice())
                .bind(posted.header_hash.as_slice())
                .bind(bytes)
                .execute(pool)
                .await;
                // A cache that cannot be written (a full disk) only costs a read on restart.
                if let Err(e) = write {
                    tracing::warn!(error = %e, "post cache not written");
                }
            }
            None => {
                self.cache.insert(key, post.clone());
            }
        }
        Ok(post)
    }
}

/// The steps tree's leaves of `txs` with the roots and fee totals after each.
pub fn step_leaves(txs: &[Tx], roots: &[B256], fees: &[U256]) -> Vec<B256> {
    txs.iter().zip(roots).zip(fees).map(|((t, r), f)| step_leaf(t.hash(), *r, *f)).collect()
}

/// Whether a post's roots and fees are the ones its header's steps root commits to (what the
/// contract checked when it accepted the post).
fn steps_match(p: &BatchPost) -> bool {
    let Ok(txs) = tx::decode_batch(&p.txData) else { return false };
    txs.len() == p.roots.len()
        && txs.len() == p.fees.len()
        && alt_stf::header::steps_root(&step_leaves(&txs, &p.roots, &p.fees)) == p.header.stepsRoot
}

/// The arguments of every successful `postBatch` call to `manager` in a callTracer trace.
fn inner_posts(frame: &serde_json::Value, manager: Address, out: &mut Vec<BatchPost>) {
    let to = frame.get("to").and_then(|t| t.as_str()).and_then(|t| t.parse::<Address>().ok());
    let failed = frame.get("error").is_some();
    if to == Some(manager) && !failed {
        let input =
            frame.get("input").and_then(|i| i.as_str()).and_then(|i| i.parse::<Bytes>().ok());
        if let Some(call) = input.and_then(|i| IRollupManager::postBatchCall::abi_decode(&i).ok()) {
            out.push(call.post);
        }
    }
    for child in frame.get("calls").and_then(|c| c.as_array()).into_iter().flatten() {
        inner_posts(child, manager, out);
    }
}

/// What re-execution says of a posted batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every step's root and fee total is the node's own.
    Valid,
    /// Step `step` is the first whose posted root or fee total differs from the node's (the
    /// one to prove with a one-step fraud proof).
    Fraud {
        /// The step (transaction index in the batch).
        step: usize,
        /// The node's root after it.
        ours: B256,
        /// The posted root after it.
        theirs: B256,
        /// The node's fee total after it.
        ours_fees: U256,
        /// The posted fee total after it.
        theirs_fees: U256,
    },
    /// Built on batch `on`, which is fraudulent (or on a root the node never had): not
    /// executed; a fraud proof against `on` reverts it too.
    Unverifiable {
        /// The first bad batch it builds on.
        on: u64,
    },
}

/// A batch the node derived.
#[derive(Debug, Clone)]
pub struct Derived {
    /// What L1 says.
    pub posted: Posted,
    /// Its transactions.
    pub txs: Vec<Tx>,
    /// What re-execution says.
    pub verdict: Verdict,
    /// The node's root after it (the posted one when valid; for a fraudulent batch, the
    /// honest root; for an unverifiable one, the root before it).
    pub root: B256,
    /// The posted roots and fee totals of its steps (for a challenge).
    pub posted_steps: Vec<(B256, U256)>,
    /// Whether each transaction changed the state (false: a no-op by section 4, which the
    /// batch carries but which did nothing); empty when not executed.
    pub changed: Vec<bool>,
    /// The leader's signature over its header commitment, from the post.
    pub header_signature: Bytes,
    snapshot: Option<State>,
}

impl Derived {
    /// What the leader signed for it (the Slasher's commitment, role 0) and its signature.
    pub fn clone_header(&self) -> SignedHeader {
        let p = &self.posted;
        SignedHeader {
            rollup_id: p.header.rollupId,
            batch_key: (U256::from(p.generation) << 128)
                | (U256::from(p.attempt) << 64)
                | U256::from(p.index()),
            header_hash: p.header_hash,
            signed_at: p.signed_at,
            signature: self.header_signature.clone(),
        }
    }
}

/// A leader's signed header commitment, as posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeader {
    /// The rollup.
    pub rollup_id: U256,
    /// `headerCommitmentIndex(generation, batch, attempt)`.
    pub batch_key: U256,
    /// The header hash.
    pub header_hash: B256,
    /// When it was signed.
    pub signed_at: u64,
    /// The signature.
    pub signature: Bytes,
}

/// What an update changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Update {
    /// Batches rolled back (a reorg, or a fraud revert).
    pub rolled_back: usize,
    /// Batches derived.
    pub derived: usize,
}

/// A rollup's state, derived from L1.
#[derive(Debug, Clone)]
pub struct Derivation {
    domain: Eip712Domain,
    rollup_id: U256,
    genesis: State,
    state: State,
    batches: Vec<Derived>,
    /// Every header derived, including those a reorg or revert later dropped, until taken.
    headers_seen: Vec<SignedHeader>,
}

impl Derivation {
    /// Derivation of rollup `rollup_id` of the manager whose transaction domain is `domain`
    /// ([`tx::domain`]), from the empty state.
    pub fn new(domain: Eip712Domain, rollup_id: U256) -> Self {
        Self {
            domain,
            rollup_id,
            genesis: State::new(),
            state: State::new(),
            batches: Vec::new(),
            headers_seen: Vec::new(),
        }
    }

    /// The batches derived, in order.
    pub fn batches(&self) -> &[Derived] {
        &self.batches
    }

    /// The signed headers derived since the last call, including those since dropped by a reorg
    /// or a revert (the equivocation watch compares them).
    pub fn take_headers_seen(&mut self) -> Vec<SignedHeader> {
        std::mem::take(&mut self.headers_seen)
    }

    /// The state after the last batch (the node's own execution).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The rollup id.
    pub fn rollup_id(&self) -> U256 {
        self.rollup_id
    }

    /// Follows `canonical` (see [`canonical`]): keeps the longest prefix it already derived,
    /// rolls back the rest, and derives the new batches, reading their data from `posts`.
    pub async fn update(
        &mut self,
        canonical: &[Posted],
        posts: &mut impl PostSource,
    ) -> Result<Update, DeriveError> {
        let keep = self.batches.iter().zip(canonical).take_while(|(d, p)| &d.posted == *p).count();
        let mut update = Update::default();
        if keep < self.batches.len() {
            update.rolled_back = self.batches.len() - keep;
            self.rollback(keep)?;
        }
        for p in &canonical[keep..] {
            let post = posts.post(p).await?;
            self.push(p.clone(), &post)?;
            update.derived += 1;
        }
        Ok(update)
    }

    /// Derives `posted`, whose `postBatch` argument is `post`, on top of the last batch.
    pub fn push(&mut self, posted: Posted, post: &BatchPost) -> Result<(), DeriveError> {
        let index = posted.index();
        let bad = |why: String| DeriveError::Calldata { index, tx: posted.tx_hash, why };
        let txs = tx::decode_batch(&post.txData)
            .map_err(|(at, e)| bad(format!("tx data does not decode at byte {at}: {e}")))?;
        let posted_steps: Vec<(B256, U256)> =
            post.roots.iter().copied().zip(post.fees.iter().copied()).collect();
        if posted_steps.len() != txs.len() {
            return Err(bad(format!("{} transactions, {} roots", txs.len(), posted_steps.len())));
        }
        let earlier_bad = self.batches.last().and_then(|d| match d.verdict {
            Verdict::Valid => None,
            Verdict::Fraud { .. } => Some(d.posted.index()),
            Verdict::Unverifiable { on } => Some(on),
        });
        let (verdict, changed) = if let Some(on) = earlier_bad {
            (Verdict::Unverifiable { on }, Vec::new())
        } else if posted.header.prevRoot != self.state.root() {
            (Verdict::Unverifiable { on: index }, Vec::new())
        } else {
            execute(&mut self.state, &self.domain, self.rollup_id, &txs, &posted_steps)?
        };
        // Every new batch is recent: its snapshot is dropped as it ages (below).
        let snapshot = Some(self.state.clone());
        self.batches.push(Derived {
            posted,
            txs,
            verdict,
            root: self.state.root(),
            posted_steps,
            changed,
            header_signature: post.signature.clone(),
            snapshot,
        });
        if let Some(b) = self.batches.last() {
            if self.headers_seen.len() >= 4096 {
                self.headers_seen.drain(..1024); // nobody takes them: keep the newest
            }
            self.headers_seen.push(b.clone_header());
        }
        // Drop the snapshots that fell out of the recent window (sparse ones stay).
        if index >= RECENT {
            let old = (index - RECENT) as usize;
            if !(old as u64).is_multiple_of(SPARSE) {
                self.batches[old].snapshot = None;
            }
        }
        Ok(())
    }

    /// Back to the state after the first `keep` batches.
    fn rollback(&mut self, keep: usize) -> Result<(), DeriveError> {
        self.batches.truncate(keep);
        self.state = self.state_after(keep)?;
        // The last kept batch is the head: keep its snapshot for the next rollback.
        if let Some(last) = self.batches.last_mut()
            && last.snapshot.is_none()
        {
            last.snapshot = Some(self.state.clone());
        }
        Ok(())
    }

    /// The node's state after the first `n` derived batches: from the closest snapshot at or
    /// before them, replaying the stored batches after it.
    pub fn state_after(&self, n: usize) -> Result<State, DeriveError> {
        let n = n.min(self.batches.len());
        let base = self.batches[..n].iter().rposition(|d| d.snapshot.is_some());
        let mut state = match base {
            Some(i) => self.batches[i].snapshot.clone().unwrap_or_default(),
            None => self.genesis.clone(),
        };
        for d in &self.batches[base.map_or(0, |i| i + 1)..n] {
            if !matches!(d.verdict, Verdict::Unverifiable { .. }) {
                execute(&mut state, &self.domain, self.rollup_id, &d.txs, &d.posted_steps)?;
            }
        }
        Ok(state)
    }

    /// How many batches from the first are valid in a row: the chain the node vouches for
    /// (a fraudulent batch and everything after it are not).
    pub fn valid_prefix(&self) -> usize {
        self.batches.iter().take_while(|b| b.verdict == Verdict::Valid).count()
    }

    /// The one-step fraud proof against the `i`-th derived batch, if its verdict is
    /// [`Verdict::Fraud`]: the posted header and `challenge`'s step (section 6): the first
    /// differing step's transaction, its claimed root and fees with their steps-tree proof,
    /// the agreed step before it with its proof, and the state proofs against the agreed
    /// root before it.
    pub fn fraud_proof(
        &self,
        i: usize,
    ) -> Result<Option<(BatchHeader::Header, OneStepProof::Step)>, DeriveError> {
        let Some(d) = self.batches.get(i) else { return Ok(None) };
        let Verdict::Fraud { step, .. } = d.verdict else { return Ok(None) };
        let mut state = self.state_after(i)?;
        for t in &d.txs[..step] {
            state.apply(&self.domain, self.rollup_id, t)?;
        }
        let t = &d.txs[step];
        let from = match t {
            Tx::Signed { .. } => tx::sender(&self.domain, self.rollup_id, t),
            _ => None,
        };
        let (a, b, w) = state.witness(t, from);
        let (roots, fees): (Vec<B256>, Vec<U256>) = d.posted_steps.iter().copied().unzip();
        let leaves = step_leaves(&d.txs, &roots, &fees);
        let (claimed_root, claimed_fees) = d.posted_steps[step];
        let (prev_tx, prev_root, prev_fees, prev_proof) = match step.checked_sub(1) {
            Some(p) => {
                (d.txs[p].hash(), d.posted_steps[p].0, d.posted_steps[p].1, step_proof(&leaves, p))
            }
            None => (B256::ZERO, B256::ZERO, U256::ZERO, Vec::new()),
        };
        let account = |p: alt_stf::step::AccountProof| PaymentsStf::AccountProof {
            balance: p.balance,
            nonce: p.nonce,
            bitmap: p.bitmap,
            siblings: p.siblings,
        };
        let proof = OneStepProof::Step {
            index: U256::from(step),
            txBytes: t.encode().into(),
            claimedRoot: claimed_root,
            claimedFees: claimed_fees,
            stepProof: step_proof(&leaves, step),
            prevTxHash: prev_tx,
            prevRoot: prev_root,
            prevFees: prev_fees,
            prevStepProof: prev_proof,
            sender: account(a),
            recipient: account(b),
            withdrawal: PaymentsStf::LeafProof {
                bitmap: w.bitmap,
                siblings: w.siblings,
                leaf: w.leaf,
            },
        };
        Ok(Some((chain_header(&d.posted.header), proof)))
    }
}

/// The contracts' header `h` as `alt-stf`'s (the inverse of [`chain_header`]).
pub fn stf_header(h: &BatchHeader::Header) -> Header {
    Header {
        rollupId: h.rollupId,
        batchIndex: h.batchIndex,
        prevRoot: h.prevRoot,
        postRoot: h.postRoot,
        txDataHash: h.txDataHash,
        stepsRoot: h.stepsRoot,
        feesCollected: h.feesCollected,
        depositsProcessed: h.depositsProcessed,
        txCount: h.txCount,
    }
}

/// `h` as the contracts' ABI type.
pub fn chain_header(h: &Header) -> BatchHeader::Header {
    BatchHeader::Header {
        rollupId: h.rollupId,
        batchIndex: h.batchIndex,
        prevRoot: h.prevRoot,
        postRoot: h.postRoot,
        txDataHash: h.txDataHash,
        stepsRoot: h.stepsRoot,
        feesCollected: h.feesCollected,
        depositsProcessed: h.depositsProcessed,
        txCount: h.txCount,
    }
}

/// Executes `txs` on `state` and compares each step with `posted` (root, fee total).
fn execute(
    state: &mut State,
    domain: &Eip712Domain,
    rollup_id: U256,
    txs: &[Tx],
    posted: &[(B256, U256)],
) -> Result<(Verdict, Vec<bool>), DeriveError> {
    let mut verdict = Verdict::Valid;
    let mut fees = U256::ZERO;
    let mut changed = Vec::with_capacity(txs.len());
    for (i, (t, (root, fee))) in txs.iter().zip(posted).enumerate() {
        let applied = state.apply(domain, rollup_id, t)?;
        changed.push(applied.changed);
        fees += applied.fee;
        if verdict == Verdict::Valid && (applied.root != *root || fees != *fee) {
            verdict = Verdict::Fraud {
                step: i,
                ours: applied.root,
                theirs: *root,
                ours_fees: fees,
                theirs_fees: *fee,
            };
        }
    }
    Ok((verdict, changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Batches held in memory, keyed by posting transaction.
    #[derive(Default)]
    struct Memory(HashMap<B256, Arc<BatchPost>>);

    impl PostSource for Memory {
        async fn post(&mut self, posted: &Posted) -> Result<Arc<BatchPost>, DeriveError> {
            self.0.get(&posted.tx_hash).cloned().ok_or(DeriveError::Rpc("missing".into()))
        }
    }

    /// `n` one-deposit batches on top of `chain` (branch `branch`: other recipients, other
    /// transactions), executed honestly.
    fn extend(chain: &mut Vec<Posted>, state: &mut State, mem: &mut Memory, n: u64, branch: u8) {
        let domain = tx::domain(1, Address::ZERO);
        for _ in 0..n {
            let i = chain.len() as u64;
            let to = Address::from_word(keccak256([branch, i as u8, (i >> 8) as u8]));
            let t = Tx::Deposit { index: i, to, amount: U256::from(1 + i) };
            let b = state.execute_batch(&domain, U256::from(1), i, i + 1, &[t]).expect("batch");
            let tx_hash = keccak256([branch, i as u8, (i >> 8) as u8, 0xff]);
            let h = &b.header;
            let post = BatchPost {
                header: chain_header(h),
                txData: b.tx_data.clone().into(),
                roots: b.roots.clone(),
                fees: b.fees.clone(),
                signedAt: 0,
                signature: Default::default(),
                attempt: 0,
            };
            mem.0.insert(tx_hash, Arc::new(post));
            chain.push(Posted {
                header_hash: h.hash(&domain),
                header: b.header,
                generation: 0,
                attempt: 0,
                signed_at: 0,
                sequencer: Address::ZERO,
                block_number: i,
                log_index: 0,
                tx_hash,
            });
        }
    }

    #[tokio::test]
    async fn rollbacks_of_any_depth_reach_the_state_a_fresh_derivation_reaches() {
        let domain = tx::domain(1, Address::ZERO);
        let (mut main, mut state, mut mem) = (Vec::new(), State::new(), Memory::default());
        extend(&mut main, &mut state, &mut mem, 200, 0);
        let mut node = Derivation::new(domain.clone(), U256::from(1));
        node.update(&main, &mut mem).await.expect("derive");
        assert_eq!(node.state().root(), state.root());
        let kept = node.batches().iter().filter(|b| b.snapshot.is_some()).count();
        assert!(kept <= (RECENT + 200 / SPARSE + 1) as usize, "{kept} snapshots kept");
        // Reorgs to forks at every depth class: within the recent snapshots, just past them,
        // at a sparse snapshot, between two, down to genesis.
        for fork in [199u64, 150, 136, 135, 128, 127, 100, 64, 63, 1, 0] {
            let mut branch = main[..fork as usize].to_vec();
            let mut s = State::new();
            for p in &branch {
                let post = mem.0[&p.tx_hash].clone();
                let txs = tx::decode_batch(&post.txData).expect("decodes");
                s.execute_batch(&domain, U256::from(1), p.index(), 0, &txs).expect("replay");
            }
            extend(&mut branch, &mut s, &mut mem, 3, 1 + fork as u8);
            let u = node.update(&branch, &mut mem).await.expect("follow the fork");
            assert_eq!(
                (u.rolled_back, u.derived),
                (node_len_before(&main, fork), 3),
                "fork {fork}"
            );
            assert_eq!(node.state().root(), s.root(), "fork at {fork}");
            let mut fresh = Derivation::new(domain.clone(), U256::from(1));
            fresh.update(&branch, &mut mem).await.expect("fresh");
            assert_eq!(fresh.state().root(), node.state().root());
            // And back to the main chain.
            node.update(&main, &mut mem).await.expect("back");
            assert_eq!(node.state().root(), state.root(), "back from fork {fork}");
        }
    }

    /// Batches of `main` above `fork`.
    fn node_len_before(main: &[Posted], fork: u64) -> usize {
        main.len() - fork as usize
    }
}
