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
use alt_indexer::db::{Pool, query};
use alt_stf::{
    header::{Header, step_leaf, step_proof},
    state::{ExecError, State},
    tx::{self, Tx},
};
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

/// A raw event row of the indexer's store: block, log index, transaction, name, topics, data.
type RawEvent = (i64, i64, Vec<u8>, String, Vec<u8>, Vec<u8>);

/// The rollup's `BatchPosted` and `FraudProven` rows (and `BatchAttested` ones if
/// `attestations`) from the indexer's store, in L1 order (canonical chain only).
async fn raw_events(
    pool: &Pool,
    manager: Address,
    rollup_id: U256,
    attestations: bool,
    from_block: u64,
) -> Result<Vec<RawEvent>, DeriveError> {
    Ok(query(
        "SELECT block_number, log_index, tx_hash, name, topics, data FROM events
         WHERE address = $1 AND substr(topics, 33, 32) = $2
           AND (name IN ('BatchPosted', 'FraudProven') OR ($3 = 1 AND name = 'BatchAttested'))
           AND block_number >= $4
         ORDER BY block_number, log_index",
    )
    .bind(manager.to_vec())
    .bind(rollup_id.to_be_bytes::<32>().to_vec())
    .bind(attestations)
    .bind(i64::try_from(from_block).unwrap_or(i64::MAX))
    .fetch_all(pool)
    .await?)
}

/// The rollup's batch events from the indexer's store, in L1 order (canonical chain only).
pub async fn read_events(
    pool: &Pool,
    manager: Address,
    rollup_id: U256,
) -> Result<Vec<L1Event>, DeriveError> {
    let rows = raw_events(pool, manager, rollup_id, false, 0).await?;
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

/// An attestation L1 recorded (`BatchAttested`): batch `index`, whose header was `header_hash`
/// when it was attested under the rollup's `generation` then (what `confirmBatch` keys it by),
/// signed by `attesters` (operators).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attested {
    /// The batch.
    pub index: u64,
    /// The rollup's generation when it was attested.
    pub generation: u32,
    /// The header attested (the batch's post then).
    pub header_hash: B256,
    /// The operators whose attestations counted.
    pub attesters: Vec<Address>,
}

/// A header a sequencer signed, as its post shows on L1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostedHeader {
    /// Its commitment key (generation, attempt, batch index).
    pub batch_key: U256,
    /// The header.
    pub header_hash: B256,
    /// The sequencer (operator).
    pub sequencer: Address,
    /// When it was signed.
    pub signed_at: u64,
}

/// Every attestation of the rollup L1 recorded from block `from_block` on, with the header each
/// was of, and every header posted (reverted posts included), from the indexer's store
/// (canonical chain only): the posts, reverts and attestations replayed in L1 order, each
/// attestation taken to be of the batch's post at that point (one whose post is before
/// `from_block` is left out).
pub async fn read_attestations(
    pool: &Pool,
    manager: Address,
    rollup_id: U256,
    from_block: u64,
) -> Result<(Vec<Attested>, Vec<PostedHeader>), DeriveError> {
    let rows = raw_events(pool, manager, rollup_id, true, from_block).await?;
    let mut current: std::collections::BTreeMap<u64, B256> = Default::default();
    let mut generation = 0u32;
    let mut out = Vec::new();
    let mut posts = Vec::new();
    for (block, log, _, name, topics, data) in rows {
        let (block, log) = (block as u64, log as u64);
        let bad = |why: String| DeriveError::Event { block, log, why };
        let topics: Vec<B256> = topics.chunks_exact(32).map(B256::from_slice).collect();
        match name.as_str() {
            "BatchPosted" => {
                let e =
                    BatchPosted::decode_raw_log(topics, &data).map_err(|e| bad(e.to_string()))?;
                current.insert(e.batchIndex.saturating_to(), e.headerHash);
                generation = e.generation;
                posts.push(PostedHeader {
                    batch_key: (U256::from(e.generation) << 128)
                        | (U256::from(e.attempt) << 64)
                        | e.batchIndex,
                    header_hash: e.headerHash,
                    sequencer: e.sequencer,
                    signed_at: e.signedAt,
                });
            }
            "FraudProven" => {
                let e =
                    FraudProven::decode_raw_log(topics, &data).map_err(|e| bad(e.to_string()))?;
                current.split_off(&e.batchIndex.saturating_to());
                generation = e.generation;
            }
            _ => {
                let e = IRollupManager::BatchAttested::decode_raw_log(topics, &data)
                    .map_err(|e| bad(e.to_string()))?;
                let index = e.batchIndex.saturating_to();
                if let Some(header_hash) = current.get(&index) {
                    out.push(Attested {
                        index,
                        generation,
                        header_hash: *header_hash,
                        attesters: e.attesters,
                    });
                }
            }
        }
    }
    Ok((out, posts))
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

/// A leader's signed header commitment, as posted (or gossiped: [`crate::gossip`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
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
    /// Batches derived (executed).
    pub derived: usize,
    /// Batches taken from a checkpoint without executing them (a restart).
    pub resumed: usize,
}

/// The node's state after the first `batches` batches, all valid, persisted so that a restart
/// need not execute them again ([`Derivation::checkpoint`], [`Derivation::resume_from`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// How many batches (from the first) it covers.
    pub batches: u64,
    /// [`chain_digest`] of those batches: which L1 events they were.
    pub chain: B256,
    /// The state after them.
    pub state: Vec<(Address, U256, u64)>,
    /// The withdrawals in it.
    pub withdrawals: Vec<((Address, u64), (Address, U256))>,
    /// Whether each of their transactions changed the state, in order (receipts say `failed`
    /// for a no-op).
    pub changed: Vec<bool>,
}

impl Checkpoint {
    /// The bytes stored: a version, then the accounts, withdrawals and changed flags.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = vec![1u8];
        out.extend_from_slice(&self.batches.to_be_bytes());
        out.extend_from_slice(self.chain.as_slice());
        out.extend_from_slice(&(self.state.len() as u64).to_be_bytes());
        for (who, balance, nonce) in &self.state {
            out.extend_from_slice(who.as_slice());
            out.extend_from_slice(&balance.to_be_bytes::<32>());
            out.extend_from_slice(&nonce.to_be_bytes());
        }
        out.extend_from_slice(&(self.withdrawals.len() as u64).to_be_bytes());
        for ((sender, nonce), (to, amount)) in &self.withdrawals {
            out.extend_from_slice(sender.as_slice());
            out.extend_from_slice(&nonce.to_be_bytes());
            out.extend_from_slice(to.as_slice());
            out.extend_from_slice(&amount.to_be_bytes::<32>());
        }
        out.extend_from_slice(&(self.changed.len() as u64).to_be_bytes());
        let mut bits = vec![0u8; self.changed.len().div_ceil(8)];
        for (i, _) in self.changed.iter().enumerate().filter(|(_, c)| **c) {
            bits[i / 8] |= 1 << (i % 8);
        }
        out.extend_from_slice(&bits);
        out
    }

    /// [`Checkpoint::encode`]'s bytes back; `None` for anything else (a truncated, padded or
    /// foreign file is not a checkpoint).
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        struct R<'a>(&'a [u8]);
        impl R<'_> {
            fn take(&mut self, n: usize) -> Option<&[u8]> {
                let (a, b) = (self.0.get(..n)?, self.0.get(n..)?);
                self.0 = b;
                Some(a)
            }
            fn u64(&mut self) -> Option<u64> {
                Some(u64::from_be_bytes(self.take(8)?.try_into().ok()?))
            }
            fn address(&mut self) -> Option<Address> {
                Some(Address::from_slice(self.take(20)?))
            }
            fn u256(&mut self) -> Option<U256> {
                Some(U256::from_be_slice(self.take(32)?))
            }
            fn count(&mut self, each: usize) -> Option<usize> {
                let n = usize::try_from(self.u64()?).ok()?;
                (n.checked_mul(each)? <= self.0.len()).then_some(n)
            }
        }
        let mut r = R(bytes);
        if r.take(1)? != [1] {
            return None;
        }
        let batches = r.u64()?;
        let chain = B256::from_slice(r.take(32)?);
        let n = r.count(60)?;
        let mut state = Vec::with_capacity(n);
        for _ in 0..n {
            state.push((r.address()?, r.u256()?, r.u64()?));
        }
        let n = r.count(80)?;
        let mut withdrawals = Vec::with_capacity(n);
        for _ in 0..n {
            let (sender, nonce, to, amount) = (r.address()?, r.u64()?, r.address()?, r.u256()?);
            withdrawals.push(((sender, nonce), (to, amount)));
        }
        let n = usize::try_from(r.u64()?).ok()?;
        let bits = r.take(n.div_ceil(8))?;
        let changed = (0..n).map(|i| bits[i / 8] & (1 << (i % 8)) != 0).collect();
        r.0.is_empty().then_some(Self { batches, chain, state, withdrawals, changed })
    }
}

/// Which L1 events `batches` were, in order: a hash chain over each one's block, log index,
/// posting transaction and header hash. A checkpoint is used only where the canonical batches
/// give the same digest, so one taken on a branch a reorg dropped (at any depth) is never used.
pub fn chain_digest(batches: &[Posted]) -> B256 {
    batches.iter().fold(B256::ZERO, |acc, p| {
        let mut b = [0u8; 32 + 8 + 8 + 32 + 32];
        b[..32].copy_from_slice(acc.as_slice());
        b[32..40].copy_from_slice(&p.block_number.to_be_bytes());
        b[40..48].copy_from_slice(&p.log_index.to_be_bytes());
        b[48..80].copy_from_slice(p.tx_hash.as_slice());
        b[80..].copy_from_slice(p.header_hash.as_slice());
        keccak256(b)
    })
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
    /// Checkpoints to resume from, newest first (tried once, on the first update).
    resume: Vec<Checkpoint>,
    /// The batch count resumed from: its snapshot is kept for good (nothing below it has one).
    pinned: Option<usize>,
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
            resume: Vec::new(),
            pinned: None,
        }
    }

    /// Resume from one of `checkpoints` (newest first) at the next update, if one of them is of
    /// the canonical batches: those batches are then taken as valid without being executed, and
    /// the state after them is the checkpoint's, once its root is the last one's posted root
    /// (recomputed from the accounts and withdrawals, never read from the file). A checkpoint
    /// that does not fit is ignored: the batches are executed as usual.
    pub fn resume_from(&mut self, checkpoints: Vec<Checkpoint>) {
        self.resume = checkpoints;
    }

    /// Whether checkpoints wait to be tried (at the next update).
    pub fn resuming(&self) -> bool {
        !self.resume.is_empty()
    }

    /// The most batches a waiting checkpoint covers (0 when none waits).
    pub fn resume_covers(&self) -> usize {
        self.resume.iter().map(|c| c.batches as usize).max().unwrap_or(0)
    }

    /// A checkpoint of the first `up_to` batches, or of the valid prefix (the batches from the
    /// first valid in a row) if shorter; `None` when that is empty. For
    /// [`Derivation::resume_from`] after a restart. The node checkpoints its final batches:
    /// what proofs and rollbacks need after a restart is at or above them.
    pub fn checkpoint(&self, up_to: usize) -> Result<Option<Checkpoint>, DeriveError> {
        let n = self.valid_prefix().min(up_to);
        if n == 0 {
            return Ok(None);
        }
        let state = self.state_after(n)?;
        Ok(Some(Checkpoint {
            batches: n as u64,
            chain: chain_digest(
                &self.batches[..n].iter().map(|d| d.posted.clone()).collect::<Vec<_>>(),
            ),
            state: state.accounts().collect(),
            withdrawals: state.withdrawals().collect(),
            changed: self.batches[..n].iter().flat_map(|d| d.changed.iter().copied()).collect(),
        }))
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
        let mut update = Update::default();
        let resume = std::mem::take(&mut self.resume);
        if self.batches.is_empty() {
            for (i, c) in resume.iter().enumerate() {
                match self.resume_one(c, canonical, posts).await {
                    Ok(true) => {
                        update.resumed = self.batches.len();
                        self.pinned = Some(self.batches.len());
                        break;
                    }
                    Ok(false) => {}
                    // (An RPC blip reading a post: the checkpoints are tried again next time.)
                    Err(e) => {
                        self.resume = resume[i..].to_vec();
                        return Err(e);
                    }
                }
            }
        }
        let keep = self.batches.iter().zip(canonical).take_while(|(d, p)| &d.posted == *p).count();
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

    /// Takes the first `c.batches` of `canonical` from checkpoint `c` if it fits them (see
    /// [`Derivation::resume_from`]); false, with nothing changed, if not.
    async fn resume_one(
        &mut self,
        c: &Checkpoint,
        canonical: &[Posted],
        posts: &mut impl PostSource,
    ) -> Result<bool, DeriveError> {
        let Some(covered) = usize::try_from(c.batches).ok().and_then(|n| canonical.get(..n)) else {
            return Ok(false);
        };
        let Some(last) = covered.last() else { return Ok(false) };
        if chain_digest(covered) != c.chain {
            return Ok(false);
        }
        let state = State::from_parts(c.state.iter().copied(), c.withdrawals.iter().copied());
        if state.root() != last.header.postRoot {
            return Ok(false);
        }
        let mut batches = Vec::with_capacity(covered.len());
        let mut flags = c.changed.as_slice();
        for p in covered {
            let post = posts.post(p).await?;
            let (txs, posted_steps) = decode_post(p, &post)?;
            let Some((changed, rest)) = flags.split_at_checked(txs.len()) else {
                return Ok(false);
            };
            flags = rest;
            batches.push(Derived {
                posted: p.clone(),
                txs,
                verdict: Verdict::Valid,
                root: p.header.postRoot,
                posted_steps,
                changed: changed.to_vec(),
                header_signature: post.signature.clone(),
                snapshot: None,
            });
        }
        if !flags.is_empty() {
            return Ok(false);
        }
        for b in &batches {
            self.note_header(b.clone_header());
        }
        self.batches = batches;
        self.state = state;
        if let Some(head) = self.batches.last_mut() {
            head.snapshot = Some(self.state.clone());
        }
        Ok(true)
    }

    fn note_header(&mut self, h: SignedHeader) {
        if self.headers_seen.len() >= 4096 {
            self.headers_seen.drain(..1024); // nobody takes them: keep the newest
        }
        self.headers_seen.push(h);
    }

    /// Derives `posted`, whose `postBatch` argument is `post`, on top of the last batch.
    pub fn push(&mut self, posted: Posted, post: &BatchPost) -> Result<(), DeriveError> {
        let index = posted.index();
        let (txs, posted_steps) = decode_post(&posted, post)?;
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
        if let Some(h) = self.batches.last().map(Derived::clone_header) {
            self.note_header(h);
        }
        // Drop the snapshots that fell out of the recent window (sparse ones stay).
        if index >= RECENT {
            let old = (index - RECENT) as usize;
            if !(old as u64).is_multiple_of(SPARSE) && self.pinned != Some(old + 1) {
                self.batches[old].snapshot = None;
            }
        }
        Ok(())
    }

    /// Back to the state after the first `keep` batches.
    fn rollback(&mut self, keep: usize) -> Result<(), DeriveError> {
        self.batches.truncate(keep);
        if self.pinned.is_some_and(|p| p > keep) {
            self.pinned = None;
        }
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
            otherKey: p.other_key,
            otherLeaf: p.other_leaf,
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
                otherKey: w.other_key,
                otherLeaf: w.other_leaf,
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

/// Batch `b` as a sequencer at the zero address would post it, unsigned, in transaction
/// `tx_hash` of L1 block `block_number`: the `postBatch` argument and the event derivation
/// reads. For tests and benchmarks that hold posts in memory.
#[doc(hidden)]
pub fn unsigned_post(
    b: &alt_stf::state::Batch,
    domain: &Eip712Domain,
    tx_hash: B256,
    block_number: u64,
) -> (Posted, Arc<BatchPost>) {
    let post = BatchPost {
        header: chain_header(&b.header),
        txData: b.tx_data.clone().into(),
        roots: b.roots.clone(),
        fees: b.fees.clone(),
        signedAt: 0,
        signature: Default::default(),
        attempt: 0,
    };
    let posted = Posted {
        header_hash: b.header.hash(domain),
        header: b.header.clone(),
        generation: 0,
        attempt: 0,
        signed_at: 0,
        sequencer: Address::ZERO,
        block_number,
        log_index: 0,
        tx_hash,
    };
    (posted, Arc::new(post))
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

/// A posted step: the root and the fee total after it.
type Step = (B256, U256);

/// The transactions of `posted`'s `post` and its posted steps (root, fee total), one each.
fn decode_post(posted: &Posted, post: &BatchPost) -> Result<(Vec<Tx>, Vec<Step>), DeriveError> {
    let bad =
        |why: String| DeriveError::Calldata { index: posted.index(), tx: posted.tx_hash, why };
    let txs = tx::decode_batch(&post.txData)
        .map_err(|(at, e)| bad(format!("tx data does not decode at byte {at}: {e}")))?;
    let posted_steps: Vec<(B256, U256)> =
        post.roots.iter().copied().zip(post.fees.iter().copied()).collect();
    if posted_steps.len() != txs.len() {
        return Err(bad(format!("{} transactions, {} roots", txs.len(), posted_steps.len())));
    }
    Ok((txs, posted_steps))
}

/// Executes `txs` on `state` and compares each step with `posted` (root, fee total; one per
/// transaction, as [`decode_post`] checks).
fn execute(
    state: &mut State,
    domain: &Eip712Domain,
    rollup_id: U256,
    txs: &[Tx],
    posted: &[(B256, U256)],
) -> Result<(Verdict, Vec<bool>), DeriveError> {
    assert_eq!(txs.len(), posted.len(), "one posted step per transaction");
    let mut verdict = Verdict::Valid;
    let mut fees = U256::ZERO;
    let mut changed = Vec::with_capacity(txs.len());
    // Each step applied in order while the signers of the next ones are recovered on the
    // machine's other cores (alt-stf's node path: the same outcome as the proof-replaying one,
    // which the fraud proof below still builds).
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    alt_stf::state::with_senders(domain, rollup_id, txs, threads, |i, from| {
        let applied = state.apply_recovered(&txs[i], from);
        changed.push(applied.changed);
        fees += applied.fee;
        let (root, fee) = posted[i];
        if verdict == Verdict::Valid && (applied.root != root || fees != fee) {
            verdict = Verdict::Fraud {
                step: i,
                ours: applied.root,
                theirs: root,
                ours_fees: fees,
                theirs_fees: fee,
            };
        }
    });
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
            let (posted, post) = unsigned_post(&b, &domain, tx_hash, i);
            mem.0.insert(tx_hash, post);
            chain.push(posted);
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

    #[tokio::test]
    async fn a_checkpoint_resumes_only_the_chain_it_was_taken_on() {
        let domain = tx::domain(1, Address::ZERO);
        let (mut main, mut state, mut mem) = (Vec::new(), State::new(), Memory::default());
        extend(&mut main, &mut state, &mut mem, 200, 0);
        let mut node = Derivation::new(domain.clone(), U256::from(1));
        node.update(&main[..150], &mut mem).await.expect("derive");
        let at150 = node.checkpoint(usize::MAX).expect("state").expect("valid prefix");
        node.update(&main, &mut mem).await.expect("derive");
        let at200 = node.checkpoint(usize::MAX).expect("state").expect("valid prefix");
        assert_eq!((at150.batches, at200.batches), (150, 200));
        assert_eq!(Checkpoint::decode(&at200.encode()).as_ref(), Some(&at200), "round trip");
        let bytes = at200.encode();
        assert_eq!(Checkpoint::decode(&bytes[..bytes.len() - 1]), None, "truncated");
        assert_eq!(Checkpoint::decode(&[bytes.clone(), vec![0]].concat()), None, "padded");

        let resume = |cps: Vec<Checkpoint>| {
            let mut d = Derivation::new(domain.clone(), U256::from(1));
            d.resume_from(cps);
            d
        };
        // The same chain, one batch longer: 200 resumed, 1 executed, the same state.
        let mut longer = main.clone();
        let mut s = state.clone();
        extend(&mut longer, &mut s, &mut mem, 1, 0);
        let mut d = resume(vec![at200.clone(), at150.clone()]);
        let u = d.update(&longer, &mut mem).await.expect("resume");
        assert_eq!((u.resumed, u.derived), (200, 1));
        assert_eq!(d.state().root(), s.root());
        assert!(d.batches().iter().all(|b| b.verdict == Verdict::Valid && b.changed == [true]));
        // A rollback below the checkpoint replays from genesis, to the same state.
        let u = d.update(&main[..10], &mut mem).await.expect("back");
        assert_eq!(u.rolled_back, 191);
        assert_eq!(d.state().root(), main[9].header.postRoot);

        // A fork at 180: the newest checkpoint is of a dropped branch, the older one fits.
        let mut fork = main[..180].to_vec();
        let mut s = State::new();
        for p in &fork {
            let txs = tx::decode_batch(&mem.0[&p.tx_hash].txData).expect("decodes");
            s.execute_batch(&domain, U256::from(1), p.index(), 0, &txs).expect("replay");
        }
        extend(&mut fork, &mut s, &mut mem, 2, 9);
        let mut d = resume(vec![at200.clone(), at150.clone()]);
        let u = d.update(&fork, &mut mem).await.expect("resume");
        assert_eq!((u.resumed, u.derived), (150, 32));
        assert_eq!(d.state().root(), s.root());
        // Only the dropped branch's: everything executed.
        let mut d = resume(vec![at200.clone()]);
        assert_eq!(d.update(&fork, &mut mem).await.expect("derive").derived, 182);
        assert_eq!(d.state().root(), s.root());

        // A branch that reaches the same root at 200 through a fraudulent batch 180 (its fee
        // total is wrong, its roots right): the checkpoint is not of it, so batch 180 is found
        // fraudulent and those after it unverifiable, never taken as valid.
        let mut cheat = main.clone();
        let mut post = (*mem.0[&main[180].tx_hash]).clone();
        post.fees[0] = U256::ONE;
        cheat[180].tx_hash = B256::repeat_byte(0xc7);
        mem.0.insert(cheat[180].tx_hash, Arc::new(post));
        let mut d = resume(vec![at200.clone()]);
        let u = d.update(&cheat, &mut mem).await.expect("derive");
        assert_eq!((u.resumed, u.derived), (0, 200));
        assert_eq!(d.valid_prefix(), 180);
        assert!(matches!(d.batches()[199].verdict, Verdict::Unverifiable { on: 180 }));

        // An edited checkpoint is not used: another balance (its root is not the posted one),
        // flags for more or fewer transactions than the batches hold.
        let mut forged = at200.clone();
        forged.state[0].1 += U256::ONE;
        let mut short = at200.clone();
        short.changed.pop();
        let mut long = at200.clone();
        long.changed.push(true);
        for bad in [forged, short, long] {
            let mut d = resume(vec![bad]);
            let u = d.update(&main, &mut mem).await.expect("derive");
            assert_eq!((u.resumed, u.derived), (0, 200));
            assert_eq!(d.state().root(), state.root());
        }
    }

    /// Batches of `main` above `fork`.
    fn node_len_before(main: &[Posted], fork: u64) -> usize {
        main.len() - fork as usize
    }
}
