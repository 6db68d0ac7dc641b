//! JSON-RPC with failover and retries: several endpoints tried in turn, exponential backoff on
//! errors and timeouts, and `eth_getLogs` range errors reported apart so the caller can split.

use crate::store::BlockRow;
use alloy::{
    eips::BlockNumberOrTag,
    primitives::Address,
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::{Filter, Log},
};
use eyre::{Result, eyre};
use std::{
    future::Future,
    sync::atomic::{AtomicUsize, Ordering},
    time::Duration,
};
use tracing::warn;

/// Why a `getLogs` call failed.
#[derive(Debug, thiserror::Error)]
pub enum LogsError {
    /// The provider refused the range (too many results, range limit): split it.
    #[error("range too large: {0}")]
    RangeTooLarge(String),
    /// Every endpoint kept failing.
    #[error(transparent)]
    Other(#[from] eyre::Report),
}

/// Endpoints with failover.
#[derive(Debug)]
pub struct Rpc {
    providers: Vec<(String, DynProvider)>,
    current: AtomicUsize,
    timeout: Duration,
    attempts: u32,
}

impl Rpc {
    /// Connects (lazily) to `urls` over HTTP.
    pub fn new(urls: &[String], timeout: Duration) -> Result<Self> {
        if urls.is_empty() {
            return Err(eyre!("no RPC URL given"));
        }
        let providers = urls
            .iter()
            .map(|u| {
                let url = u.parse().map_err(|e| eyre!("bad RPC URL {u}: {e}"))?;
                Ok((u.clone(), ProviderBuilder::new().connect_http(url).erased()))
            })
            .collect::<Result<_>>()?;
        Ok(Self { providers, current: AtomicUsize::new(0), timeout, attempts: 8 })
    }

    /// Runs `f` against the current endpoint, moving to the next one and backing off (50 ms
    /// doubling to 2 s) on errors and timeouts; `is_final` errors are returned at once.
    async fn call<T, F, Fut>(
        &self,
        what: &str,
        is_final: impl Fn(&str) -> bool,
        f: F,
    ) -> Result<T, LogsError>
    where
        F: Fn(DynProvider) -> Fut,
        Fut: Future<Output = Result<T, alloy::transports::TransportError>>,
    {
        let mut delay = Duration::from_millis(50);
        let mut last = String::new();
        for attempt in 0..self.attempts {
            let i = self.current.load(Ordering::Relaxed) % self.providers.len();
            let (url, provider) = &self.providers[i];
            match tokio::time::timeout(self.timeout, f(provider.clone())).await {
                Ok(Ok(v)) => return Ok(v),
                Ok(Err(e)) => {
                    let msg = e.to_string();
                    if is_final(&msg) {
                        return Err(LogsError::RangeTooLarge(msg));
                    }
                    last = msg;
                }
                Err(_) => last = format!("timed out after {:?}", self.timeout),
            }
            warn!(%url, attempt, error = %last, "{what} failed; retrying");
            self.current.store(i + 1, Ordering::Relaxed);
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(2));
        }
        Err(LogsError::Other(eyre!(
            "{what}: every endpoint failed {} times; last error: {last}",
            self.attempts
        )))
    }

    /// The latest block number.
    pub async fn head(&self) -> Result<u64> {
        Ok(self
            .call("eth_blockNumber", |_| false, |p| async move { p.get_block_number().await })
            .await?)
    }

    /// Block `number`'s header.
    pub async fn block(&self, number: u64) -> Result<BlockRow> {
        let block = self
            .call(
                "eth_getBlockByNumber",
                |_| false,
                |p| async move { p.get_block_by_number(BlockNumberOrTag::Number(number)).await },
            )
            .await?
            .ok_or_else(|| eyre!("block {number} not found"))?;
        Ok(BlockRow {
            number,
            hash: block.header.hash,
            parent_hash: block.header.parent_hash,
            timestamp: block.header.timestamp,
        })
    }

    /// Logs of `addresses` in blocks `from..=to`.
    pub async fn logs(
        &self,
        from: u64,
        to: u64,
        addresses: &[Address],
    ) -> Result<Vec<Log>, LogsError> {
        let filter = Filter::new().from_block(from).to_block(to).address(addresses.to_vec());
        self.call("eth_getLogs", is_range_error, |p| {
            let filter = filter.clone();
            async move { p.get_logs(&filter).await }
        })
        .await
    }
}

/// Whether a provider's error message means "ask for a smaller range" (geth, erigon, alchemy,
/// infura, quicknode and anvil word it differently).
pub fn is_range_error(msg: &str) -> bool {
    let m = msg.to_ascii_lowercase();
    [
        "query returned more than",
        "too many",
        "range",
        "limit exceeded",
        "response size",
        "block range",
        "exceed",
    ]
    .iter()
    .any(|p| m.contains(p))
}

#[cfg(test)]
mod tests {
    use super::is_range_error;

    #[test]
    fn range_errors_of_common_providers_are_recognised() {
        for msg in [
            "query returned more than 10000 results",
            "eth_getLogs block range is too large, max is 2000",
            "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
            "limit exceeded",
        ] {
            assert!(is_range_error(msg), "{msg}");
        }
        for msg in ["connection refused", "execution reverted", "internal error"] {
            assert!(!is_range_error(msg), "{msg}");
        }
    }
}
