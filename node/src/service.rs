//! The node's HTTP side: `/health`, `/ready`, Prometheus `/metrics`, and the attestations it
//! holds (`GET /attestations/{batch}`), which peers pull to aggregate. Nothing is pushed to a
//! node: a peer can only be read from, so a hostile one cannot fill another's memory, and what
//! is pulled is kept only for headers the puller itself derived as valid, one signature per
//! signer ([`Attestations::add`]).

use alloy::primitives::{Address, B256, Bytes};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
    routing::get,
};
use serde::{Deserialize, Serialize};
use std::{
    collections::{BTreeMap, HashMap},
    fmt::Write as _,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

/// Signers kept per (batch, header): more than the 32 verifiers a rollup can have.
const MAX_SIGNERS: usize = 64;
/// Batches whose attestations are kept (the oldest are forgotten first).
const MAX_BATCHES: usize = 1024;

/// One attestation as served and pulled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attestation {
    /// The batch index.
    pub batch: u64,
    /// The header hash attested.
    pub header_hash: B256,
    /// The signing key that made it (recovered by the receiver, never trusted).
    pub signer: Address,
    /// The signature.
    pub signature: Bytes,
}

/// A batch's signatures: by header hash, then signer.
type BySigner = HashMap<B256, BTreeMap<Address, Bytes>>;

/// Attestations held, by batch index, then header hash, then signer.
#[derive(Debug, Default)]
pub struct Attestations {
    by_batch: Mutex<BTreeMap<u64, BySigner>>,
}

impl Attestations {
    /// Keeps `signature` by `signer` for `(batch, header_hash)` if it is the first from that
    /// signer and the batch has fewer than [`MAX_SIGNERS`]: an entry is never replaced (a peer
    /// re-encoding someone's signature in a form the contract refuses must not displace the
    /// good one, least of all the node's own). The caller checked the signature
    /// ([`canonical_signature`]) and recovered `signer` over the header's own commitment.
    pub fn add(&self, batch: u64, header_hash: B256, signer: Address, signature: Bytes) {
        let mut all = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        let sigs = all.entry(batch).or_default().entry(header_hash).or_default();
        if sigs.len() < MAX_SIGNERS && !sigs.contains_key(&signer) {
            sigs.insert(signer, signature);
        }
        while all.len() > MAX_BATCHES {
            all.pop_first();
        }
    }

    /// The signatures held for `(batch, header_hash)`.
    pub fn get(&self, batch: u64, header_hash: B256) -> Vec<(Address, Bytes)> {
        let all = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        all.get(&batch)
            .and_then(|h| h.get(&header_hash))
            .map(|s| s.iter().map(|(a, b)| (*a, b.clone())).collect())
            .unwrap_or_default()
    }

    /// Everything held for `batch`.
    pub fn for_batch(&self, batch: u64) -> Vec<Attestation> {
        let all = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = Vec::new();
        for (header_hash, sigs) in all.get(&batch).into_iter().flatten() {
            for (signer, signature) in sigs {
                out.push(Attestation {
                    batch,
                    header_hash: *header_hash,
                    signer: *signer,
                    signature: signature.clone(),
                });
            }
        }
        out
    }

    /// Forgets batches from `from` on (a reorg or a fraud revert replaced them).
    pub fn forget_from(&self, from: u64) {
        let mut all = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        all.split_off(&from);
    }
}

/// Whether `sig` is a signature the contracts accept (OpenZeppelin's `ECDSA.tryRecover`):
/// 65 bytes `r ‖ s ‖ v` with `v` 27 or 28 and `s` in the lower half of the curve order.
/// alloy's decoding also takes `v` 0/1 and high `s`, which the contract refuses: a peer could
/// serve an honest signature re-encoded so, and an aggregator that sent it would fail.
pub fn canonical_signature(sig: &[u8]) -> bool {
    /// Half the secp256k1 order, the largest `s` the contracts accept.
    const HALF_N: [u8; 32] =
        alloy::hex!("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
    sig.len() == 65 && matches!(sig[64], 27 | 28) && sig[32..64] <= HALF_N[..]
}

/// What an operator watches (Prometheus gauges and counters).
#[derive(Debug, Default)]
pub struct Metrics {
    /// L1 head seen.
    pub l1_head: AtomicU64,
    /// L1 block indexed.
    pub l1_checkpoint: AtomicU64,
    /// Batches derived (canonical now).
    pub batches: AtomicU64,
    /// Of which fraudulent.
    pub fraudulent: AtomicU64,
    /// The first fraudulent batch that became final on L1 (nobody proved it within its
    /// window), plus one; 0 while there is none.
    pub fraud_final: AtomicU64,
    /// Attestations signed.
    pub attested: AtomicU64,
    /// `confirmBatch` calls sent.
    pub confirmations: AtomicU64,
    /// Fraud proofs sent.
    pub challenges: AtomicU64,
    /// Batches this node finalized.
    pub finalized: AtomicU64,
    /// Batches whose fees this node distributed.
    pub distributed: AtomicU64,
    /// Batches this node posted as sequencer.
    pub posted: AtomicU64,
    /// Transactions in the mempool.
    pub mempool: AtomicU64,
    /// Soft-confirmed transactions not yet in a posted batch.
    pub soft: AtomicU64,
    /// L1 reorgs or reverts that rolled batches back.
    pub rollbacks: AtomicU64,
    /// Times a batch post was re-sent with higher fees.
    pub fee_bumps: AtomicU64,
    /// Batches executed by this process (re-execution after a restart included).
    pub executed: AtomicU64,
    /// Batches taken from a checkpoint at start, without execution.
    pub resumed: AtomicU64,
    /// Batches the newest checkpoint written covers.
    pub checkpointed: AtomicU64,
    /// Wei spent on L1 gas by this node's transactions.
    pub l1_gas_wei: AtomicU64,
    /// 1 while the index is within two blocks of the L1 head and derivation caught up with it.
    pub ready: AtomicU64,
    /// Requests refused for their client's rate.
    pub rate_limited: AtomicU64,
    /// Requests refused while too many were in flight.
    pub busy: AtomicU64,
}

/// The state after the last batch of the valid prefix, for proofs (published by the loop
/// when batches change).
#[derive(Debug, Clone)]
pub struct Head {
    /// The batch it is the state after.
    pub batch: u64,
    /// Its root.
    pub root: B256,
    /// The state.
    pub state: Arc<alt_stf::state::State>,
}

/// State shared by the node's loop and its HTTP handlers.
#[derive(Debug, Default)]
pub struct Shared {
    /// Attestations held.
    pub attestations: Attestations,
    /// Figures.
    pub metrics: Metrics,
    /// The valid head, if any batch is valid.
    pub head: std::sync::RwLock<Option<Head>>,
    /// The last valid batch that is final on chain, and the last that is fast-final (or final),
    /// if any: withdrawal proofs are given against the first of them that holds the withdrawal
    /// (a claim against a final batch needs no fast-withdrawal capacity; one against a batch
    /// that is only posted is refused).
    pub final_head: std::sync::RwLock<Option<Head>>,
    /// See `final_head`.
    pub fast_head: std::sync::RwLock<Option<Head>>,
    /// The sequencer, when the node sequences (its JSON-RPC is served then).
    pub sequencer: std::sync::OnceLock<Arc<tokio::sync::Mutex<crate::sequencer::Sequencer>>>,
    /// Peers accepted transactions are forwarded to (the other sequencers' nodes).
    pub forward_to: std::sync::OnceLock<Vec<String>>,
    /// What WebSocket subscribers are told (new L2 blocks, receipt changes).
    pub events: crate::ws::Events,
    /// The settled rollup's final root (`headRoot`), once it is settled.
    pub settled_root: std::sync::RwLock<Option<B256>>,
    /// The batches derived (canonical now), as the RPC shows them.
    pub batches: std::sync::RwLock<Vec<BatchView>>,
    /// Signed headers served to peers (`/headers/{batch}`): this node's own and those it
    /// pulled and checked.
    pub headers: crate::gossip::Headers,
    /// Headers the gossip task pulled and checked, for the loop's equivocation watch.
    pub gossiped: Mutex<Vec<crate::derive::SignedHeader>>,
    /// The generation of the last derived batch (which gossiped headers are taken).
    pub gossip_generation: AtomicU64,
    /// Per-client request rates (HTTP and WebSocket).
    pub rate: crate::limits::RateLimit,
    /// HTTP requests in flight, capped for the node and per client address, and how long one
    /// may take.
    pub inflight: crate::limits::InFlight,
}

impl Shared {
    /// The headers the gossip task checked since the last call.
    pub fn take_gossiped(&self) -> Vec<crate::derive::SignedHeader> {
        std::mem::take(&mut *self.gossiped.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// The proof of withdrawal `(sender, nonce)` against the last final batch when that holds
    /// it, else the last fast-final one (both claimable now), else the valid head.
    pub fn withdrawal_proof(&self, sender: Address, nonce: u64) -> Option<WithdrawalProof> {
        let read = |l: &std::sync::RwLock<Option<Head>>| {
            l.read().unwrap_or_else(|p| p.into_inner()).clone()
        };
        let h = [read(&self.final_head), read(&self.fast_head), read(&self.head)]
            .into_iter()
            .flatten()
            .find(|h| h.state.withdrawal(sender, nonce).is_some())?;
        let (recipient, amount) = h.state.withdrawal(sender, nonce)?;
        let p = h.state.withdrawal_proof(sender, nonce);
        Some(WithdrawalProof {
            batch_index: h.batch,
            root: h.root,
            sender,
            nonce,
            recipient,
            amount: amount.to_string(),
            bitmap: p.bitmap.to_string(),
            siblings: p.siblings,
        })
    }

    /// `account`'s balance proof against the valid head, if it holds a balance.
    pub fn balance_proof(&self, account: Address) -> Option<BalanceProof> {
        let h = self.head.read().unwrap_or_else(|p| p.into_inner()).clone()?;
        let p = h.state.account_proof(account);
        let settled = *self.settled_root.read().unwrap_or_else(|p| p.into_inner());
        (!p.balance.is_zero()).then(|| BalanceProof {
            batch_index: h.batch,
            root: h.root,
            account,
            balance: p.balance.to_string(),
            nonce: p.nonce,
            bitmap: p.bitmap.to_string(),
            siblings: p.siblings,
            claimable: settled == Some(h.root),
        })
    }

    /// Batch `index` as the node derived it, if it did.
    pub fn batch(&self, index: u64) -> Option<BatchView> {
        self.batches.read().unwrap_or_else(|p| p.into_inner()).get(index as usize).cloned()
    }
}

/// A derived batch as the RPC shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchView {
    /// Its index.
    pub index: u64,
    /// Its header's EIP-712 hash.
    pub header_hash: B256,
    /// The root the sequencer posted.
    pub post_root: B256,
    /// `valid`, `fraud` or `unverifiable` (built on a fraudulent batch).
    pub verdict: String,
    /// For `fraud`: the first step whose posted root differs from the node's execution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fraud_step: Option<usize>,
    /// The operator that posted it.
    pub sequencer: Address,
    /// The fraud reverts before it, and the leader's attempt.
    pub generation: u32,
    /// See `generation`.
    pub attempt: u32,
    /// The L1 block and transaction of the post.
    pub l1_block: u64,
    /// See `l1_block`.
    pub l1_transaction: B256,
    /// Its transactions' hashes, in order.
    pub transactions: Vec<B256>,
}

impl BatchView {
    /// The view of `b`.
    pub fn of(b: &crate::derive::Derived) -> Self {
        use crate::derive::Verdict;
        let p = &b.posted;
        let (verdict, fraud_step) = match &b.verdict {
            Verdict::Valid => ("valid", None),
            Verdict::Fraud { step, .. } => ("fraud", Some(*step)),
            Verdict::Unverifiable { .. } => ("unverifiable", None),
        };
        Self {
            index: p.index(),
            header_hash: p.header_hash,
            post_root: p.header.postRoot,
            verdict: verdict.into(),
            fraud_step,
            sequencer: p.sequencer,
            generation: p.generation,
            attempt: p.attempt,
            l1_block: p.block_number,
            l1_transaction: p.tx_hash,
            transactions: b.txs.iter().map(|t| t.hash()).collect(),
        }
    }
}

/// A withdrawal's proof, for `claimWithdrawal(rollupId, batchIndex, sender, nonce, recipient,
/// amount, bitmap, siblings)` against batch `batchIndex` once it is final or fast-final.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WithdrawalProof {
    /// The batch whose root it proves against.
    pub batch_index: u64,
    /// That root.
    pub root: B256,
    /// The L2 sender.
    pub sender: Address,
    /// Its nonce when it withdrew.
    pub nonce: u64,
    /// The L1 recipient.
    pub recipient: Address,
    /// The amount, in wei (decimal string).
    pub amount: String,
    /// The proof's bitmap (decimal string).
    pub bitmap: String,
    /// The proof's non-empty siblings, from the leaf up.
    pub siblings: Vec<B256>,
}

/// An account's proof, for `claimBalance(rollupId, account, balance, nonce, bitmap, siblings)`
/// once the rollup is settled (its `headRoot` is then `root`, the last batch's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BalanceProof {
    /// The batch whose root it proves against.
    pub batch_index: u64,
    /// That root.
    pub root: B256,
    /// The L2 account.
    pub account: Address,
    /// Its balance, in wei (decimal string).
    pub balance: String,
    /// Its nonce.
    pub nonce: u64,
    /// The proof's bitmap (decimal string).
    pub bitmap: String,
    /// The proof's non-empty siblings, from the leaf up.
    pub siblings: Vec<B256>,
    /// Whether `claimBalance` takes it now: the rollup is settled and its final root is
    /// `root` (as last read from L1).
    pub claimable: bool,
}

/// The node's HTTP router.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/ready", get(ready))
        .route("/metrics", get(metrics))
        .route("/attestations/{batch}", get(attestations))
        .route("/headers/{batch}", get(headers))
        .route("/withdrawals/{sender}/{nonce}", get(withdrawal))
        .route("/balances/{account}", get(balance))
        .route("/ws", get(crate::ws::upgrade))
        .route(
            "/",
            axum::routing::post(rpc).layer(axum::extract::DefaultBodyLimit::max(MAX_RPC_BODY)),
        )
        .layer(axum::middleware::from_fn_with_state(shared.clone(), crate::limits::middleware))
        .with_state(shared)
}

async fn ready(State(s): State<Arc<Shared>>) -> impl IntoResponse {
    let m = &s.metrics;
    let ready = m.ready.load(Ordering::Relaxed) == 1;
    let body = serde_json::json!({
        "ready": ready,
        "l1Head": m.l1_head.load(Ordering::Relaxed),
        "l1Checkpoint": m.l1_checkpoint.load(Ordering::Relaxed),
        "batches": m.batches.load(Ordering::Relaxed),
    });
    let code = if ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (code, Json(body))
}

/// Largest JSON-RPC request body.
const MAX_RPC_BODY: usize = 64 * 1024;
/// Requests in one JSON-RPC batch at most.
const MAX_RPC_BATCH: usize = 32;

/// JSON-RPC 2.0 over HTTP (`POST /`), served when the node sequences:
/// - `alt_sendRawTransaction [hex]` -> the transaction hash (soft-confirmed at the next L2
///   block), or an error whose code says why (see [`rejection_code`]);
/// - `alt_getAccount [address]` -> `{balance, nonce, pendingNonce}` in the soft state;
/// - `alt_getTransactionReceipt [hash]` -> `{status: soft|posted|fastFinal|final|failed,
///   l2Block | batchIndex, index}` or null;
/// - `alt_status []` -> `{mempool, soft, fastFinal, final}`.
async fn rpc(
    State(s): State<Arc<Shared>>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> axum::response::Response {
    // A transaction a peer forwarded is not forwarded again (no loops between sequencers).
    let forwarded = headers.contains_key(FORWARDED);
    let err = rpc_error;
    let Some(seq) = s.sequencer.get().cloned() else {
        let e = err(
            serde_json::Value::Null,
            -32601,
            "this node does not sequence (start it with --sequence)".into(),
        );
        return Json(e).into_response();
    };
    let parsed: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return Json(err(serde_json::Value::Null, -32700, format!("parse error: {e}")))
                .into_response();
        }
    };
    let one = |req: serde_json::Value| dispatch(&s, &seq, req, forwarded);
    match parsed {
        serde_json::Value::Array(reqs) if reqs.len() <= MAX_RPC_BATCH && !reqs.is_empty() => {
            let mut out = Vec::with_capacity(reqs.len());
            for r in reqs {
                out.push(one(r).await);
            }
            Json(serde_json::Value::Array(out)).into_response()
        }
        serde_json::Value::Array(_) => {
            let e = err(
                serde_json::Value::Null,
                -32600,
                format!("a batch holds 1 to {MAX_RPC_BATCH} requests"),
            );
            Json(e).into_response()
        }
        req => Json(one(req).await).into_response(),
    }
}

/// A JSON-RPC error object.
pub(crate) fn rpc_error(id: serde_json::Value, code: i64, message: String) -> serde_json::Value {
    serde_json::json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

/// Answers one JSON-RPC request (over HTTP or a WebSocket); `forwarded`: a transaction a peer
/// forwarded, which is not forwarded again.
pub(crate) async fn dispatch(
    s: &Arc<Shared>,
    seq: &Arc<tokio::sync::Mutex<crate::sequencer::Sequencer>>,
    req: serde_json::Value,
    forwarded: bool,
) -> serde_json::Value {
    let err = rpc_error;
    let id = req.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let (Some(method), params) = (req.get("method").and_then(|m| m.as_str()), req.get("params"))
    else {
        return err(id, -32600, "invalid request: no method".into());
    };
    let arg = |i: usize| params.and_then(|p| p.get(i)).and_then(|v| v.as_str()).map(str::to_owned);
    let result = match method {
        "alt_sendRawTransaction" => {
            let Some(raw) = arg(0).and_then(|h| alloy::hex::decode(h).ok()) else {
                return err(
                    id,
                    -32602,
                    "params[0]: expected the packed transaction as 0x hex".into(),
                );
            };
            let accepted = seq.lock().await.submit(&raw);
            match accepted {
                Ok(a) => {
                    if !forwarded {
                        forward(s, &raw).await;
                    }
                    serde_json::json!(a.hash)
                }
                Err(r) => {
                    if forwarded {
                        tracing::debug!(error = %r, "forwarded transaction refused");
                    }
                    return err(id, rejection_code(&r), r.to_string());
                }
            }
        }
        "alt_getAccount" => {
            let Some(who) = arg(0).and_then(|a| a.parse::<Address>().ok()) else {
                return err(id, -32602, "params[0]: expected a 20-byte 0x address".into());
            };
            let (balance, nonce, pending) = seq.lock().await.account(who);
            serde_json::json!({ "balance": balance.to_string(), "nonce": nonce, "pendingNonce": pending })
        }
        "alt_getTransactionReceipt" => {
            let Some(hash) = arg(0).and_then(|h| h.parse::<B256>().ok()) else {
                return err(id, -32602, "params[0]: expected a 32-byte 0x hash".into());
            };
            receipt_json(seq.lock().await.status(hash))
        }
        "alt_getBatch" => {
            let Some(index) = params.and_then(|p| p.get(0)).and_then(serde_json::Value::as_u64)
            else {
                return err(id, -32602, "params[0]: expected a batch index (a number)".into());
            };
            match s.batch(index) {
                None => serde_json::Value::Null,
                Some(b) => {
                    let q = seq.lock().await;
                    let status = if b.verdict != "valid" {
                        "invalid"
                    } else if index < q.finalized {
                        "final"
                    } else if index < q.fast_final {
                        "fastFinal"
                    } else {
                        "posted"
                    };
                    let mut v = serde_json::json!(b);
                    v["status"] = serde_json::json!(status);
                    v
                }
            }
        }
        "alt_getWithdrawalProof" => {
            let sender = arg(0).and_then(|a| a.parse::<Address>().ok());
            let nonce = params.and_then(|p| p.get(1)).and_then(serde_json::Value::as_u64);
            let (Some(sender), Some(nonce)) = (sender, nonce) else {
                return err(
                    id,
                    -32602,
                    "params: expected [sender (20-byte 0x address), nonce (number)]".into(),
                );
            };
            serde_json::json!(s.withdrawal_proof(sender, nonce))
        }
        "alt_getBalanceProof" => {
            let Some(who) = arg(0).and_then(|a| a.parse::<Address>().ok()) else {
                return err(id, -32602, "params[0]: expected a 20-byte 0x address".into());
            };
            serde_json::json!(s.balance_proof(who))
        }
        "alt_status" => {
            let q = seq.lock().await;
            serde_json::json!({ "mempool": q.pool_len(), "soft": q.soft_len(), "fastFinal": q.fast_final, "final": q.finalized })
        }
        other => return err(id, -32601, format!("method not found: {other}")),
    };
    serde_json::json!({ "jsonrpc": "2.0", "id": id, "result": result })
}

/// A receipt as JSON-RPC returns it (null when the node does not know the transaction).
pub(crate) fn receipt_json(status: Option<crate::sequencer::Status>) -> serde_json::Value {
    use crate::sequencer::Status;
    match status {
        None => serde_json::Value::Null,
        Some(Status::Soft { block }) => serde_json::json!({ "status": "soft", "l2Block": block }),
        Some(Status::Posted { batch, index }) => {
            serde_json::json!({ "status": "posted", "batchIndex": batch, "index": index })
        }
        Some(Status::FastFinal { batch, index }) => {
            serde_json::json!({ "status": "fastFinal", "batchIndex": batch, "index": index })
        }
        Some(Status::Final { batch, index }) => {
            serde_json::json!({ "status": "final", "batchIndex": batch, "index": index })
        }
        Some(Status::Failed { batch, index }) => serde_json::json!({
            "status": "failed",
            "batchIndex": batch,
            "index": index,
            "reason": "a no-op when it ran (nonce used or balance gone): it did nothing"
        }),
    }
}

/// The header a forwarded transaction carries.
const FORWARDED: &str = "x-alt-forwarded";

/// Sends an accepted transaction on to the sequencing peers (`--peer`) before the sender is
/// answered, concurrently, at most a second each: whoever leads when the batch is made includes
/// it, so a user never needs to know who leads, and a sequencer that dies right after accepting
/// it loses nothing its peers hold (an answer sent before the forward would be a promise a
/// crash breaks). A peer that has it already refuses it (nonce too low, underpriced): ignored.
async fn forward(s: &Shared, raw: &[u8]) {
    let Some(peers) = s.forward_to.get() else { return };
    let body = serde_json::json!({
        "jsonrpc": "2.0",
        "id": 1,
        "method": "alt_sendRawTransaction",
        "params": [alloy::hex::encode_prefixed(raw)],
    });
    let Ok(http) = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(1))
        .build()
    else {
        return;
    };
    let sends = peers.iter().map(|peer| {
        let url = format!("{}/", peer.trim_end_matches('/'));
        http.post(url).header(FORWARDED, "1").json(&body).send()
    });
    let _ = futures_util::future::join_all(sends).await;
}

/// Re-sends `txs` (packed) to the sequencing peers as JSON-RPC batches, marked forwarded: a
/// peer that refused one earlier (it was behind: the funding deposit not yet derived) or that
/// restarted gets it again, until a batch includes it and this node prunes it.
pub async fn regossip(s: &Shared, txs: Vec<Vec<u8>>) {
    let Some(peers) = s.forward_to.get() else { return };
    if txs.is_empty() || peers.is_empty() {
        return;
    }
    let Ok(http) = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(2))
        .build()
    else {
        return;
    };
    for chunk in txs.chunks(MAX_RPC_BATCH) {
        let batch: Vec<serde_json::Value> = chunk
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                serde_json::json!({
                    "jsonrpc": "2.0",
                    "id": i,
                    "method": "alt_sendRawTransaction",
                    "params": [alloy::hex::encode_prefixed(raw)],
                })
            })
            .collect();
        let sends = peers.iter().map(|peer| {
            let url = format!("{}/", peer.trim_end_matches('/'));
            http.post(url).header(FORWARDED, "1").json(&batch).send()
        });
        let _ = futures_util::future::join_all(sends).await;
    }
}

/// The JSON-RPC error code of a refusal: -32602 for bytes that are not a submittable
/// transaction, -32001.. for the others (stable: wallets may branch on them).
pub fn rejection_code(r: &crate::mempool::Rejected) -> i64 {
    use crate::mempool::Rejected::*;
    match r {
        Malformed(_) | NotSubmittable => -32602,
        BadSignature => -32001,
        NonceTooLow { .. } => -32002,
        NonceGap { .. } => -32003,
        InsufficientBalance { .. } => -32004,
        ReplacementUnderpriced { .. } => -32005,
        SenderFull(_) => -32006,
        PoolFull(_) => -32007,
        ZeroRecipient => -32008,
        Closed => -32009,
        NotSequencing => -32601,
    }
}

/// The proof of withdrawal `(sender, nonce)` against the latest batch the node found valid
/// (with every batch before it), or 404 if no such batch holds it; 400 for a malformed address.
async fn withdrawal(
    State(s): State<Arc<Shared>>,
    Path((sender, nonce)): Path<(String, u64)>,
) -> axum::response::Response {
    let Ok(sender) = sender.parse::<Address>() else {
        let msg = serde_json::json!({ "error": "sender: expected a 20-byte 0x address" });
        return (StatusCode::BAD_REQUEST, Json(msg)).into_response();
    };
    match s.withdrawal_proof(sender, nonce) {
        Some(p) => Json(p).into_response(),
        None => {
            let msg = serde_json::json!({ "error": "no such withdrawal in the valid batches" });
            (StatusCode::NOT_FOUND, Json(msg)).into_response()
        }
    }
}

/// `account`'s balance and nonce with their proof against the latest batch the node found valid
/// (with every batch before it): what `claimBalance` takes once the rollup is settled. 404 when
/// no batch is valid yet or the account holds nothing; 400 for a malformed address.
async fn balance(
    State(s): State<Arc<Shared>>,
    Path(account): Path<String>,
) -> axum::response::Response {
    let Ok(account) = account.parse::<Address>() else {
        let msg = serde_json::json!({ "error": "account: expected a 20-byte 0x address" });
        return (StatusCode::BAD_REQUEST, Json(msg)).into_response();
    };
    match s.balance_proof(account) {
        Some(p) => Json(p).into_response(),
        None => {
            let msg =
                serde_json::json!({ "error": "no balance for this account in the valid batches" });
            (StatusCode::NOT_FOUND, Json(msg)).into_response()
        }
    }
}

async fn headers(
    State(s): State<Arc<Shared>>,
    Path(batch): Path<u64>,
) -> Json<Vec<crate::derive::SignedHeader>> {
    Json(s.headers.get(batch))
}

async fn attestations(
    State(s): State<Arc<Shared>>,
    Path(batch): Path<u64>,
) -> Json<Vec<Attestation>> {
    Json(s.attestations.for_batch(batch))
}

async fn metrics(State(s): State<Arc<Shared>>) -> String {
    let m = &s.metrics;
    let head = m.l1_head.load(Ordering::Relaxed);
    let checkpoint = m.l1_checkpoint.load(Ordering::Relaxed);
    let rows: [(&str, &str, &str, u64); 24] = [
        ("alt_node_l1_head_block", "gauge", "L1 head seen.", head),
        ("alt_node_l1_checkpoint_block", "gauge", "Last L1 block indexed.", checkpoint),
        (
            "alt_node_l1_lag_blocks",
            "gauge",
            "Blocks behind the L1 head.",
            head.saturating_sub(checkpoint),
        ),
        (
            "alt_node_batches",
            "gauge",
            "Batches derived from L1 (canonical now).",
            m.batches.load(Ordering::Relaxed),
        ),
        (
            "alt_node_batches_fraudulent",
            "gauge",
            "Of which the node found fraudulent.",
            m.fraudulent.load(Ordering::Relaxed),
        ),
        (
            "alt_node_fraud_final_batch",
            "gauge",
            "1 + the first batch the node found fraudulent that is final on L1 anyway (no proof in its window: the rollup's final state is not the execution of its transactions); 0: none.",
            m.fraud_final.load(Ordering::Relaxed),
        ),
        (
            "alt_node_attestations_signed_total",
            "counter",
            "Attestations this node signed.",
            m.attested.load(Ordering::Relaxed),
        ),
        (
            "alt_node_confirmations_sent_total",
            "counter",
            "confirmBatch transactions sent.",
            m.confirmations.load(Ordering::Relaxed),
        ),
        (
            "alt_node_challenges_sent_total",
            "counter",
            "Fraud proofs sent.",
            m.challenges.load(Ordering::Relaxed),
        ),
        (
            "alt_node_batches_finalized_total",
            "counter",
            "Batches this node finalized.",
            m.finalized.load(Ordering::Relaxed),
        ),
        (
            "alt_node_fees_distributed_batches_total",
            "counter",
            "Batches whose fees this node distributed.",
            m.distributed.load(Ordering::Relaxed),
        ),
        (
            "alt_node_batches_posted_total",
            "counter",
            "Batches this node posted as sequencer.",
            m.posted.load(Ordering::Relaxed),
        ),
        (
            "alt_node_mempool_transactions",
            "gauge",
            "Transactions in the mempool.",
            m.mempool.load(Ordering::Relaxed),
        ),
        (
            "alt_node_rate_limited_total",
            "counter",
            "Requests refused for their client's rate (--rpc-rate-limit).",
            m.rate_limited.load(Ordering::Relaxed),
        ),
        (
            "alt_node_busy_total",
            "counter",
            "Requests refused while too many were in flight (--rpc-max-inflight, --rpc-max-inflight-per-client).",
            m.busy.load(Ordering::Relaxed),
        ),
        (
            "alt_node_soft_transactions",
            "gauge",
            "Soft-confirmed transactions not yet in a posted batch.",
            m.soft.load(Ordering::Relaxed),
        ),
        (
            "alt_node_rollbacks_total",
            "counter",
            "Times batches were rolled back (L1 reorg or fraud revert).",
            m.rollbacks.load(Ordering::Relaxed),
        ),
        (
            "alt_node_post_fee_bumps_total",
            "counter",
            "Times a batch post was re-sent with higher fees (not mined in --bump-after-secs).",
            m.fee_bumps.load(Ordering::Relaxed),
        ),
        (
            "alt_node_batches_executed_total",
            "counter",
            "Batches executed by this process (after a restart, those after the checkpoint).",
            m.executed.load(Ordering::Relaxed),
        ),
        (
            "alt_node_batches_resumed",
            "gauge",
            "Batches taken from a state checkpoint at start, without execution.",
            m.resumed.load(Ordering::Relaxed),
        ),
        (
            "alt_node_checkpoint_batches",
            "gauge",
            "Batches the newest state checkpoint written covers.",
            m.checkpointed.load(Ordering::Relaxed),
        ),
        (
            "alt_node_l1_gas_wei_total",
            "counter",
            "Wei this node spent on L1 gas.",
            m.l1_gas_wei.load(Ordering::Relaxed),
        ),
        (
            "alt_node_ws_connections",
            "gauge",
            "WebSocket subscription sockets open.",
            s.events.sockets() as u64,
        ),
        ("alt_node_ready", "gauge", "1 while caught up with L1.", m.ready.load(Ordering::Relaxed)),
    ];
    let mut out = String::new();
    for (name, kind, help, value) in rows {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
    }
    out
}

/// Largest answer read from a peer (64 signers of a few headers fit many times over).
const MAX_PULL_BYTES: usize = 256 * 1024;

/// Pulls `peer`'s attestations of `batch` (a base URL such as `http://10.0.0.2:9100`), within
/// 2 s and [`MAX_PULL_BYTES`]; a slow, dead or flooding peer yields nothing.
pub async fn pull(http: &reqwest::Client, peer: &str, batch: u64) -> Vec<Attestation> {
    let url = format!("{}/attestations/{batch}", peer.trim_end_matches('/'));
    get_json(http, &url, MAX_PULL_BYTES).await.unwrap_or_default()
}

/// GETs `url` as JSON within 2 s and `max` bytes; `None` for anything else.
pub async fn get_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
    max: usize,
) -> Option<T> {
    let read = async {
        let mut r = http.get(url).send().await.ok()?;
        if !r.status().is_success() {
            return None;
        }
        let mut body = Vec::new();
        while let Some(chunk) = r.chunk().await.ok()? {
            body.extend_from_slice(&chunk);
            if body.len() > max {
                return None;
            }
        }
        serde_json::from_slice(&body).ok()
    };
    tokio::time::timeout(std::time::Duration::from_secs(2), read).await.ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::signers::{SignerSync, local::PrivateKeySigner};

    #[test]
    fn only_canonical_signatures_pass_and_an_entry_is_never_replaced() {
        let key = PrivateKeySigner::random();
        let sig = key.sign_hash_sync(&B256::repeat_byte(3)).expect("sign").as_bytes();
        assert!(canonical_signature(&sig));
        // The same signature re-encoded: v as 0/1, high s (n - s, v flipped), short, long.
        let mut v01 = sig;
        v01[64] -= 27;
        assert!(!canonical_signature(&v01));
        let n = alloy::primitives::U256::from_be_bytes(alloy::hex!(
            "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"
        ));
        let s = alloy::primitives::U256::from_be_slice(&sig[32..64]);
        let mut high = sig;
        high[32..64].copy_from_slice(&(n - s).to_be_bytes::<32>());
        high[64] = if sig[64] == 27 { 28 } else { 27 };
        assert!(!canonical_signature(&high));
        assert!(!canonical_signature(&sig[..64]));
        assert!(!canonical_signature(&[sig.as_slice(), &[0]].concat()));

        let held = Attestations::default();
        let good = Bytes::from(sig.to_vec());
        held.add(1, B256::ZERO, key.address(), good.clone());
        held.add(1, B256::ZERO, key.address(), Bytes::from(high.to_vec()));
        assert_eq!(held.get(1, B256::ZERO), vec![(key.address(), good)], "never replaced");
        for i in 0..100u8 {
            held.add(1, B256::ZERO, Address::repeat_byte(i + 1), Bytes::from(vec![i]));
        }
        assert_eq!(held.get(1, B256::ZERO).len(), MAX_SIGNERS);
    }
}
