//! WebSocket subscriptions on every node (`GET /ws`), in the `eth_subscribe` style:
//! JSON-RPC over the socket, where `alt_subscribe` starts a stream and `alt_unsubscribe` ends it.
//!
//! - `alt_subscribe ["newHeads"]`: each new L2 block, `{number, transactions: [hash, ..]}`;
//! - `alt_subscribe ["receipts", [hash, ..]]`: each change of those transactions' receipts
//!   (`{transactionHash, status, ..}` as `alt_getTransactionReceipt` returns them: soft,
//!   posted, fastFinal, final, failed, or dropped when a known one is no longer held), the
//!   current one first; a hash stops being watched once final, dropped, or failed in a final
//!   batch;
//! - `alt_unsubscribe [id]` -> whether it existed;
//! - any other method is answered as over HTTP (`alt_sendRawTransaction`, ...).
//!
//! Notifications are `{"jsonrpc": "2.0", "method": "alt_subscription", "params": {"subscription":
//! id, "result": ..}}`.
//!
//! Against hostile or slow clients: at most [`MAX_CONNECTIONS`] sockets (then 503) and
//! `--ws-max-per-ip` ([`MAX_PER_IP`]) from one address (then 429), 64 KiB
//! messages, [`MAX_SUBSCRIPTIONS`] subscriptions and [`MAX_WATCHED`] watched hashes per socket;
//! a socket with no subscription that sends nothing for [`IDLE`] (`--ws-idle-secs`) is closed, as is one that
//! does not take a message within [`SEND_TIMEOUT`] or falls [`BUFFER`] events behind (it can
//! reconnect and read receipts again: nothing is lost by closing it).

use crate::service::{Shared, dispatch, receipt_json, rpc_error};
use alloy::primitives::B256;
use axum::{
    extract::{
        ConnectInfo, State,
        ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade},
    },
    http::StatusCode,
    response::IntoResponse,
};
use serde_json::{Value, json};
use std::{
    collections::{BTreeMap, HashMap},
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, broadcast};

/// Open sockets at most (node-wide).
pub const MAX_CONNECTIONS: usize = 256;
/// Open sockets at most from one IP address (default of `--ws-max-per-ip`).
pub const MAX_PER_IP: usize = 16;
/// Subscriptions per socket at most.
pub const MAX_SUBSCRIPTIONS: usize = 16;
/// Hashes watched per socket at most (over all its receipt subscriptions).
pub const MAX_WATCHED: usize = 256;
/// Largest message a client may send.
const MAX_MESSAGE: usize = 64 * 1024;
/// A socket without subscriptions is closed after this long without a message (default).
pub const IDLE: Duration = Duration::from_secs(60);
/// Longest a client may take to accept one message.
const SEND_TIMEOUT: Duration = Duration::from_secs(5);
/// Events a socket may fall behind before it is closed.
const BUFFER: usize = 1024;

/// What the node tells its subscribers.
#[derive(Debug, Clone)]
pub enum Event {
    /// A new L2 block.
    Head {
        /// Its number.
        number: u64,
        /// Its transactions, in order.
        transactions: Vec<B256>,
    },
    /// Something receipts depend on changed (a block, derived batches, finality counts).
    Changed,
}

/// The node's event stream and its socket count.
#[derive(Debug)]
pub struct Events {
    tx: broadcast::Sender<Event>,
    sockets: Arc<Semaphore>,
    idle: Duration,
    per_ip_max: usize,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl Default for Events {
    fn default() -> Self {
        Self::new(IDLE, MAX_PER_IP)
    }
}

impl Events {
    /// Closing sockets without subscriptions after `idle` without a message, and taking at
    /// most `per_ip_max` sockets from one address.
    pub fn new(idle: Duration, per_ip_max: usize) -> Self {
        let sockets = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let per_ip = Arc::new(Mutex::new(HashMap::new()));
        Self { tx: broadcast::channel(BUFFER).0, sockets, idle, per_ip_max, per_ip }
    }

    /// A socket slot for `ip`, if it has one left.
    fn admit(&self, ip: IpAddr) -> Option<IpSlot> {
        let mut m = self.per_ip.lock().unwrap_or_else(|p| p.into_inner());
        let n = m.entry(ip).or_default();
        if *n >= self.per_ip_max {
            return None;
        }
        *n += 1;
        Some(IpSlot { ip, map: self.per_ip.clone() })
    }

    /// Tells subscribers (if any) of `event`.
    pub fn send(&self, event: Event) {
        let _ = self.tx.send(event);
    }

    /// Sockets open now.
    pub fn sockets(&self) -> usize {
        MAX_CONNECTIONS - self.sockets.available_permits()
    }
}

/// One socket's share of its address's allowance, given back when dropped.
struct IpSlot {
    ip: IpAddr,
    map: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        let mut m = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

/// `GET /ws`: upgrades to a subscription socket while sockets are free (node-wide and for the
/// client's address).
pub async fn upgrade(
    State(s): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ws: WebSocketUpgrade,
) -> axum::response::Response {
    if s.sequencer.get().is_none() {
        let msg = "this node serves no JSON-RPC";
        return (StatusCode::NOT_FOUND, msg).into_response();
    }
    let Some(slot) = s.events.admit(peer.ip()) else {
        let msg = format!(
            "too many WebSocket connections from {} ({}); close one first",
            peer.ip(),
            s.events.per_ip_max
        );
        return (StatusCode::TOO_MANY_REQUESTS, msg).into_response();
    };
    let Ok(permit) = s.events.sockets.clone().try_acquire_owned() else {
        let msg = format!("too many WebSocket connections ({MAX_CONNECTIONS}); try again later");
        return (StatusCode::SERVICE_UNAVAILABLE, msg).into_response();
    };
    ws.max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| serve(socket, s, (permit, slot)))
}

/// One subscription.
enum Sub {
    Heads,
    /// Watched hashes and the receipt last sent for each (null: unknown so far).
    Receipts(HashMap<B256, Value>),
}

struct Conn {
    socket: WebSocket,
    subs: BTreeMap<u64, Sub>,
    next_id: u64,
}

impl Conn {
    /// Sends `v`; false when the client is gone or too slow.
    async fn send(&mut self, v: &Value) -> bool {
        let text = Message::Text(v.to_string().into());
        matches!(tokio::time::timeout(SEND_TIMEOUT, self.socket.send(text)).await, Ok(Ok(())))
    }

    async fn close(&mut self, code: u16, reason: &'static str) {
        let frame = CloseFrame { code, reason: reason.into() };
        let _ =
            tokio::time::timeout(SEND_TIMEOUT, self.socket.send(Message::Close(Some(frame)))).await;
    }

    fn watched(&self) -> usize {
        self.subs.values().map(|s| if let Sub::Receipts(w) = s { w.len() } else { 0 }).sum()
    }

    /// Sends a notification for subscription `id`.
    async fn notify(&mut self, id: u64, result: Value) -> bool {
        let v = json!({
            "jsonrpc": "2.0",
            "method": "alt_subscription",
            "params": { "subscription": sub_id(id), "result": result },
        });
        self.send(&v).await
    }

    /// Sends what changed in the receipts watched (all of them, or subscription `only`).
    async fn receipts(&mut self, s: &Shared, only: Option<u64>) -> bool {
        let Some(seq) = s.sequencer.get() else { return true };
        // (Sockets without receipt subscriptions never take the sequencer's lock.)
        if !self.subs.values().any(|s| matches!(s, Sub::Receipts(_))) {
            return true;
        }
        let mut out = Vec::new();
        {
            let q = seq.lock().await;
            for (id, sub) in &mut self.subs {
                let Sub::Receipts(watched) = sub else { continue };
                if only.is_some_and(|o| o != *id) {
                    continue;
                }
                watched.retain(|hash, last| {
                    let mut now = receipt_json(q.status(*hash));
                    if now.is_null() && !last.is_null() {
                        // Known before, gone now: dropped (it no longer ran on a new base, or
                        // the rollup closed), never to be posted by this node.
                        now = json!({ "status": "dropped" });
                    }
                    if now != *last && !now.is_null() {
                        let mut r = now.clone();
                        r["transactionHash"] = json!(hash);
                        out.push((*id, r));
                        *last = now;
                    }
                    // Final, dropped, and failed in a final batch are the last word.
                    let done = match last["status"].as_str() {
                        Some("final" | "dropped") => true,
                        Some("failed") => {
                            last["batchIndex"].as_u64().is_some_and(|b| b < q.finalized)
                        }
                        _ => false,
                    };
                    !done
                });
            }
        }
        for (id, r) in out {
            if !self.notify(id, r).await {
                return false;
            }
        }
        true
    }

    /// Handles one request; `None` when it was a subscription request answered here.
    async fn handle(&mut self, s: &Arc<Shared>, req: Value) -> (Value, Option<u64>) {
        let id = req.get("id").cloned().unwrap_or(Value::Null);
        let method = req.get("method").and_then(Value::as_str).unwrap_or_default().to_owned();
        let params = req.get("params").cloned().unwrap_or(Value::Null);
        let ok = |result: Value| json!({ "jsonrpc": "2.0", "id": id, "result": result });
        match method.as_str() {
            "alt_subscribe" => {
                if self.subs.len() >= MAX_SUBSCRIPTIONS {
                    let msg = format!("at most {MAX_SUBSCRIPTIONS} subscriptions per connection");
                    return (rpc_error(id, -32005, msg), None);
                }
                let sub = match params.get(0).and_then(Value::as_str) {
                    Some("newHeads") => Sub::Heads,
                    Some("receipts") => {
                        let hashes: Option<Vec<B256>> = params
                            .get(1)
                            .and_then(Value::as_array)
                            .and_then(|a| a.iter().map(|h| h.as_str()?.parse().ok()).collect());
                        let Some(hashes) = hashes.filter(|h| !h.is_empty()) else {
                            let msg = "params[1]: expected a non-empty array of 32-byte 0x hashes";
                            return (rpc_error(id, -32602, msg.into()), None);
                        };
                        if self.watched() + hashes.len() > MAX_WATCHED {
                            let msg = format!(
                                "at most {MAX_WATCHED} watched transactions per connection"
                            );
                            return (rpc_error(id, -32005, msg), None);
                        }
                        Sub::Receipts(hashes.into_iter().map(|h| (h, Value::Null)).collect())
                    }
                    _ => {
                        let msg =
                            r#"params[0]: "newHeads" or "receipts" (with params[1], the hashes)"#;
                        return (rpc_error(id, -32602, msg.into()), None);
                    }
                };
                self.next_id += 1;
                let n = self.next_id;
                let first = matches!(sub, Sub::Receipts(_)).then_some(n);
                self.subs.insert(n, sub);
                (ok(json!(sub_id(n))), first)
            }
            "alt_unsubscribe" => {
                let n = params
                    .get(0)
                    .and_then(Value::as_str)
                    .and_then(|h| u64::from_str_radix(h.trim_start_matches("0x"), 16).ok());
                (ok(json!(n.is_some_and(|n| self.subs.remove(&n).is_some()))), None)
            }
            _ => {
                let Some(seq) = s.sequencer.get() else {
                    return (rpc_error(id, -32601, "not sequencing".into()), None);
                };
                (dispatch(s, seq, req, false).await, None)
            }
        }
    }
}

fn sub_id(n: u64) -> String {
    format!("{n:#x}")
}

async fn serve(socket: WebSocket, s: Arc<Shared>, slots: (OwnedSemaphorePermit, IpSlot)) {
    let ip = slots.1.ip;
    let mut events = s.events.tx.subscribe();
    let mut c = Conn { socket, subs: BTreeMap::new(), next_id: 0 };
    let mut last_heard = tokio::time::Instant::now();
    let idle = s.events.idle;
    let mut tick = tokio::time::interval(
        (idle / 2).clamp(Duration::from_millis(100), Duration::from_secs(15)),
    );
    loop {
        tokio::select! {
            msg = c.socket.recv() => {
                let text = match msg {
                    Some(Ok(Message::Text(t))) => t,
                    Some(Ok(Message::Binary(_))) => {
                        last_heard = tokio::time::Instant::now();
                        let e = rpc_error(Value::Null, -32600, "send JSON-RPC as text messages".into());
                        if !c.send(&e).await { break }
                        continue;
                    }
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                    // Pings and pongs (answers to ours) are no activity.
                    Some(Ok(_)) => continue,
                };
                last_heard = tokio::time::Instant::now();
                // Each message takes a token from its client's bucket, as a request does.
                if !s.rate.allow(ip) {
                    s.metrics.rate_limited.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if !c.send(&s.rate.refusal()).await { break }
                    continue;
                }
                let parsed: Value = match serde_json::from_str(text.as_str()) {
                    Ok(v) => v,
                    Err(e) => {
                        if !c.send(&rpc_error(Value::Null, -32700, format!("parse error: {e}"))).await { break }
                        continue;
                    }
                };
                let (answer, first) = match parsed {
                    Value::Array(reqs) if !reqs.is_empty() && reqs.len() <= 32 => {
                        let (mut out, mut first) = (Vec::new(), Vec::new());
                        for r in reqs {
                            let (a, f) = c.handle(&s, r).await;
                            out.push(a);
                            first.extend(f);
                        }
                        (Value::Array(out), first)
                    }
                    Value::Array(_) => (rpc_error(Value::Null, -32600, "a batch holds 1 to 32 requests".into()), Vec::new()),
                    req => {
                        let (a, f) = c.handle(&s, req).await;
                        (a, f.into_iter().collect())
                    }
                };
                if !c.send(&answer).await { break }
                // New receipts subscriptions get the current receipts at once.
                let mut alive = true;
                for n in first {
                    alive &= c.receipts(&s, Some(n)).await;
                }
                if !alive { break }
            }
            ev = events.recv() => match ev {
                Ok(Event::Head { number, transactions }) => {
                    let heads: Vec<u64> = c.subs.iter().filter(|(_, s)| matches!(s, Sub::Heads)).map(|(n, _)| *n).collect();
                    let head = json!({ "number": number, "transactions": transactions });
                    let mut alive = true;
                    for n in heads {
                        alive &= c.notify(n, head.clone()).await;
                    }
                    if !alive { break }
                }
                Ok(Event::Changed) => if !c.receipts(&s, None).await { break },
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    c.close(1008, "too slow: fell behind the node's events; reconnect").await;
                    break;
                }
                Err(broadcast::error::RecvError::Closed) => break,
            },
            _ = tick.tick() => {
                if c.subs.is_empty() && last_heard.elapsed() >= idle {
                    c.close(1000, "idle: no subscription and no request").await;
                    break;
                }
                let ping = tokio::time::timeout(SEND_TIMEOUT, c.socket.send(Message::Ping(Vec::new().into())));
                if !matches!(ping.await, Ok(Ok(()))) { break }
            }
        }
    }
}
