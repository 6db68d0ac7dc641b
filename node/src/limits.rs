//! Per-client request rates on the node's API (JSON-RPC over HTTP and WebSocket, the peer
//! endpoints): a token bucket per IP address, `--rpc-rate-limit` requests a second with bursts
//! of twice that. A client over its rate gets HTTP 429 with a JSON-RPC error (-32005, "limit
//! exceeded", as EIP-1474 names it) and `retry-after: 1`; over a WebSocket, that error as the
//! answer to each message over the rate (the socket stays open). Clients are forgotten once
//! their bucket is full again, and at most [`MAX_CLIENTS`] are tracked (beyond that, the idle
//! ones are dropped first, then new clients are refused until some are).
//!
//! Rates alone do not bound what the node holds at once: a client that sends its headers and
//! then stalls (or thousands of clients each under its rate) keeps requests open. So requests
//! with a body (the JSON-RPC's `POST`s) in flight are capped too, for the node
//! (`--rpc-max-inflight`) and per client address (`--rpc-max-inflight-per-client`, so that one
//! address cannot take the node's whole allowance; an IPv6 client counts by its /64, which one
//! host commonly holds whole), and each request, its body read included, has
//! [`REQUEST_TIMEOUT`]: a request over a cap gets HTTP 503 with JSON-RPC error -32005 and
//! `retry-after: 1`, one that takes too long HTTP 408. The `GET` routes (`/health`, `/ready`,
//! `/metrics`, the peers' `/attestations` and `/headers`) have no body to stall and answer at
//! once: they stay outside the cap, so load balancers and peers are served while the JSON-RPC
//! is full. (A WebSocket's upgrade request is done in an instant; its messages go through the
//! rate above.)

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, StatusCode, header::RETRY_AFTER},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

/// Default of `--rpc-rate-limit`: requests a second per client address.
pub const DEFAULT_RATE: u32 = 1_000;
/// Client addresses tracked at most.
pub const MAX_CLIENTS: usize = 65_536;
/// Default of `--rpc-max-inflight`: HTTP requests the node serves at once.
pub const DEFAULT_INFLIGHT: usize = 1_024;
/// Default of `--rpc-max-inflight-per-client`: HTTP requests one address may have open.
pub const DEFAULT_INFLIGHT_PER_CLIENT: usize = 64;
/// Longest one HTTP request may take, its body read included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// HTTP requests in flight, for the node and per client address.
#[derive(Debug)]
pub struct InFlight {
    max: usize,
    per_client: usize,
    timeout: Duration,
    /// (requests in flight, by address of those with any).
    open: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

/// A request's place among those in flight, given back when dropped.
#[derive(Debug)]
pub struct Slot<'a> {
    of: &'a InFlight,
    ip: Option<IpAddr>,
}

impl InFlight {
    /// At most `max` requests in flight, and `per_client` from one address, each for at most
    /// `timeout`.
    pub fn new(max: usize, per_client: usize, timeout: Duration) -> Self {
        Self { max, per_client, timeout, open: Mutex::new((0, HashMap::new())) }
    }

    /// Longest one request may take.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// A slot for a request from `ip` (none: unknown), or none while the node or the address
    /// is at its cap.
    pub fn enter(&self, ip: Option<IpAddr>) -> Option<Slot<'_>> {
        let ip = ip.map(client_of);
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let (total, by_ip) = &mut *open;
        let mine = ip.map_or(0, |ip| by_ip.get(&ip).copied().unwrap_or(0));
        if *total >= self.max || mine >= self.per_client {
            return None;
        }
        *total += 1;
        if let Some(ip) = ip {
            *by_ip.entry(ip).or_insert(0) += 1;
        }
        Some(Slot { of: self, ip })
    }

    /// Requests in flight now.
    pub fn open(&self) -> usize {
        self.open.lock().unwrap_or_else(|p| p.into_inner()).0
    }
}

/// The client an address counts as: itself, or for IPv6 its /64.
fn client_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
            IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into())
        }
        IpAddr::V6(v6) => IpAddr::V4(v6.to_ipv4_mapped().expect("mapped")),
        v4 => v4,
    }
}

impl Default for InFlight {
    fn default() -> Self {
        Self::new(DEFAULT_INFLIGHT, DEFAULT_INFLIGHT_PER_CLIENT, REQUEST_TIMEOUT)
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut open = self.of.open.lock().unwrap_or_else(|p| p.into_inner());
        let (total, by_ip) = &mut *open;
        *total -= 1;
        if let Some(ip) = self.ip
            && let Some(n) = by_ip.get_mut(&ip)
        {
            *n -= 1;
            if *n == 0 {
                by_ip.remove(&ip);
            }
        }
    }
}

/// The buckets.
#[derive(Debug)]
pub struct RateLimit {
    /// Tokens a second (0: no limit).
    rate: f64,
    /// Bucket size.
    burst: f64,
    clients: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self::new(DEFAULT_RATE)
    }
}

impl RateLimit {
    /// `per_sec` requests a second per address, bursts of twice that; 0 turns it off.
    pub fn new(per_sec: u32) -> Self {
        let rate = f64::from(per_sec);
        Self { rate, burst: 2.0 * rate, clients: Mutex::new(HashMap::new()) }
    }

    /// The limit, in requests a second (0: none).
    pub fn per_sec(&self) -> u32 {
        self.rate as u32
    }

    /// Takes a token for `ip`: false when it is over its rate.
    pub fn allow(&self, ip: IpAddr) -> bool {
        if self.rate <= 0.0 {
            return true;
        }
        let now = Instant::now();
        let mut m = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        if m.len() >= MAX_CLIENTS && !m.contains_key(&ip) {
            let (rate, burst) = (self.rate, self.burst);
            m.retain(|_, (tokens, at)| *tokens + at.elapsed().as_secs_f64() * rate < burst);
            if m.len() >= MAX_CLIENTS {
                return false;
            }
        }
        let (tokens, at) = m.entry(ip).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.rate).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// The JSON-RPC error a client over its rate gets.
    pub fn refusal(&self) -> serde_json::Value {
        crate::service::rpc_error(
            serde_json::Value::Null,
            -32005,
            format!("limit exceeded: {} requests a second per client; retry later", self.per_sec()),
        )
    }
}

/// The HTTP middleware: each request takes a token from its client's bucket and a slot among
/// those in flight, and is cut off after [`REQUEST_TIMEOUT`].
pub async fn middleware(
    State(s): State<Arc<crate::service::Shared>>,
    req: Request,
    next: Next,
) -> Response {
    let ip = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let retry_later = |status, body| {
        let mut r = (status, axum::Json(body)).into_response();
        r.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("1"));
        r
    };
    if let Some(ip) = ip
        && !s.rate.allow(ip)
    {
        s.metrics.rate_limited.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        return retry_later(StatusCode::TOO_MANY_REQUESTS, s.rate.refusal());
    }
    let has_body = req.method() == axum::http::Method::POST;
    let slot = if has_body { s.inflight.enter(ip).map(Some) } else { Some(None) };
    let Some(_slot) = slot else {
        s.metrics.busy.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let why = "limit exceeded: too many requests in flight (for the node or this address); \
                   retry later";
        let body = crate::service::rpc_error(serde_json::Value::Null, -32005, why.into());
        return retry_later(StatusCode::SERVICE_UNAVAILABLE, body);
    };
    match tokio::time::timeout(s.inflight.timeout(), next.run(req)).await {
        Ok(r) => r,
        Err(_) => {
            let why = format!("request not done within {:?}", s.inflight.timeout());
            let body = crate::service::rpc_error(serde_json::Value::Null, -32000, why);
            (StatusCode::REQUEST_TIMEOUT, axum::Json(body)).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_capped_for_the_node_and_per_address_and_given_back() {
        let f = InFlight::new(3, 2, REQUEST_TIMEOUT);
        let (a, b) = (Some(IpAddr::from([10, 0, 0, 1])), Some(IpAddr::from([10, 0, 0, 2])));
        let (a1, a2) = (f.enter(a).expect("first"), f.enter(a).expect("second"));
        assert!(f.enter(a).is_none(), "an address holds at most 2");
        let b1 = f.enter(b).expect("another address");
        assert!(f.enter(None).is_none() && f.enter(b).is_none(), "the node holds at most 3");
        drop(a1);
        assert!(f.enter(a).is_some(), "given back on drop (and dropped again at once)");
        drop((a2, b1));
        assert_eq!(f.open(), 0);
        assert!(f.open.lock().expect("lock").1.is_empty(), "no address kept with nothing open");
        // An IPv6 host counts by its /64.
        let f = InFlight::new(8, 1, REQUEST_TIMEOUT);
        let one: IpAddr = "2001:db8::1".parse().expect("v6");
        let same: IpAddr = "2001:db8::ffff:2".parse().expect("v6");
        let other: IpAddr = "2001:db8:0:1::1".parse().expect("v6");
        let _held = f.enter(Some(one)).expect("first");
        assert!(f.enter(Some(same)).is_none(), "the same /64");
        assert!(f.enter(Some(other)).is_some(), "another /64");
    }

    #[test]
    fn a_client_gets_its_burst_then_its_rate_and_others_are_not_touched() {
        let limit = RateLimit::new(100);
        let (a, b) = (IpAddr::from([10, 0, 0, 1]), IpAddr::from([10, 0, 0, 2]));
        let taken = (0..1_000).filter(|_| limit.allow(a)).count();
        assert!((200..=202).contains(&taken), "a burst of 200: {taken}");
        assert!(limit.allow(b), "another client has its own bucket");
        std::thread::sleep(std::time::Duration::from_millis(100));
        let refilled = (0..1_000).filter(|_| limit.allow(a)).count();
        assert!((8..=30).contains(&refilled), "about 10 in 100 ms: {refilled}");
        assert!((0..10_000).all(|_| RateLimit::new(0).allow(a)), "0: no limit");
    }
}
