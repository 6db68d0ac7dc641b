//! New-head subscription over WebSocket (`eth_subscribe` `newHeads`): every announced block
//! wakes the follow loop, so a block is indexed as soon as it exists rather than at the next
//! poll. Only the wake-up travels this way; logs and blocks are still fetched over the HTTP
//! endpoints with their retries and failover. The socket reconnects with backoff.

use futures_util::{SinkExt, StreamExt};
use std::{sync::Arc, time::Duration};
use tokio::sync::Notify;
use tokio_tungstenite::tungstenite::Message;
use tracing::{debug, warn};

/// Stops the subscription task when dropped.
#[derive(Debug)]
pub struct Subscription(tokio::task::JoinHandle<()>);

impl Drop for Subscription {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Subscribes to `url`'s new heads, calling `wake.notify_one()` on each, until dropped.
pub fn spawn(url: String, wake: Arc<Notify>) -> Subscription {
    Subscription(tokio::spawn(async move {
        let mut backoff = Duration::from_millis(100);
        loop {
            match run(&url, &wake, &mut backoff).await {
                Ok(()) => warn!(%url, "new-heads socket closed; reconnecting"),
                Err(e) => warn!(%url, error = %e, "new-heads subscription failed; reconnecting"),
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(5));
        }
    }))
}

async fn run(url: &str, wake: &Notify, backoff: &mut Duration) -> eyre::Result<()> {
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await?;
    let subscribe = serde_json::json!({ "jsonrpc": "2.0", "id": 1, "method": "eth_subscribe", "params": ["newHeads"] });
    ws.send(Message::text(subscribe.to_string())).await?;
    while let Some(msg) = ws.next().await {
        let text = match msg? {
            Message::Text(t) => t,
            Message::Close(_) => return Ok(()),
            _ => continue, // pings are answered by the library
        };
        let v: serde_json::Value = serde_json::from_str(&text)?;
        if v["method"] == "eth_subscription" {
            wake.notify_one();
        } else if let Some(err) = v.get("error") {
            eyre::bail!("eth_subscribe refused: {err}");
        } else if v["id"] == 1 {
            debug!(%url, "subscribed to new heads");
            *backoff = Duration::from_millis(100);
        }
    }
    Ok(())
}
