//! Per-client request rates on the node's API (JSON-RPC over HTTP and WebSocket, the peer
//! endpoints): a token bucket per IP address, `--rpc-rate-limit` requests a second with bursts
//! of twice that. A client over its rate gets HTTP 429 with a JSON-RPC error (-32005, "limit
//! exceeded", as EIP-1474 names it) and `retry-after: 1`; over a WebSocket, that error as the
//! answer to each message over the rate (the socket stays open). Clients are forgotten once
//! their bucket is full again, and at most [`MAX_CLIENTS`] are tracked (beyond that, the idle
//! ones are dropped first, then new clients are refused until some are).

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
    time::Instant,
};

/// Default of `--rpc-rate-limit`: requests a second per client address.
pub const DEFAULT_RATE: u32 = 1_000;
/// Client addresses tracked at most.
pub const MAX_CLIENTS: usize = 65_536;

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

/// The HTTP middleware: each request takes a token from its client's bucket.
pub async fn middleware(
    State(s): State<Arc<crate::service::Shared>>,
    req: Request,
    next: Next,
) -> Response {
    let ip = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(ip) = ip
        && !s.rate.allow(ip)
    {
        s.metrics.rate_limited.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut r = (StatusCode::TOO_MANY_REQUESTS, axum::Json(s.rate.refusal())).into_response();
        r.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("1"));
        return r;
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

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
