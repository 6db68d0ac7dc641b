//! Sending the node's L1 transactions (challenges, `confirmBatch`, equivocation evidence,
//! keeper tasks, `reseed`) so that an L1 fee spike does not hold them up: a transaction not
//! mined within [`Fees::bump_after`] is re-sent at its nonce with fees a quarter higher, and
//! at least twice the latest base fee plus the tip, up to [`Fees::max_fee`], so it replaces
//! the first. A challenge must land before its batch's window closes, a `confirmBatch` while
//! its signatures count: waiting for the spike to decay is not an option. (Batch posts do the
//! same in [`crate::sequencer`], with the extra care a post needs.)

use alloy::{
    consensus::Transaction as _,
    network::TransactionBuilder,
    primitives::B256,
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
};
use std::time::{Duration, Instant};

/// How the node's transactions meet fee spikes (`--bump-after-secs`, `--max-fee-gwei`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fees {
    /// A transaction not mined within this long is re-sent at its nonce with higher fees.
    pub bump_after: Duration,
    /// The highest `maxFeePerGas`, in wei, a transaction is sent or re-sent with.
    pub max_fee: u128,
    /// How long a transaction is waited for before the caller's round gives up on it.
    pub timeout: Duration,
}

impl Default for Fees {
    /// The node's defaults: a bump every 30 s, up to 1,000 gwei, for [`crate::RECEIPT_TIMEOUT`].
    fn default() -> Self {
        Self {
            bump_after: Duration::from_secs(30),
            max_fee: 1_000 * 1_000_000_000,
            timeout: crate::RECEIPT_TIMEOUT,
        }
    }
}

/// What a send came to.
#[derive(Debug, Clone)]
pub struct Sent {
    /// The receipt of whichever of the sends was mined (check its status).
    pub receipt: TransactionReceipt,
    /// How many times the transaction was re-sent with higher fees.
    pub bumps: u32,
}

impl Sent {
    /// Wei paid for the mined transaction's gas.
    pub fn gas_wei(&self) -> u128 {
        self.receipt.gas_used as u128 * self.receipt.effective_gas_price
    }
}

/// Sends `tx` (its gas limit set) and waits for it to be mined, re-sending it at its nonce with
/// higher fees every `fees.bump_after` (see the module's documentation); an error once
/// `fees.timeout` has passed, or when another transaction took the nonce.
pub async fn send<P: Provider>(
    provider: &P,
    tx: TransactionRequest,
    fees: &Fees,
) -> Result<Sent, String> {
    let e = |e: alloy::transports::TransportError| e.to_string();
    let estimate = provider.estimate_eip1559_fees().await.map_err(e)?;
    let mut max_fee = estimate.max_fee_per_gas.min(fees.max_fee);
    let mut tip = estimate.max_priority_fee_per_gas.min(max_fee);
    let first = tx.clone().with_max_fee_per_gas(max_fee).with_max_priority_fee_per_gas(tip);
    let hash = *provider.send_transaction(first).await.map_err(e)?.tx_hash();
    let pooled = provider
        .get_transaction_by_hash(hash)
        .await
        .map_err(e)?
        .ok_or_else(|| format!("{hash} not found right after it was sent"))?;
    let (nonce, from) = (pooled.nonce(), pooled.inner.signer());
    let mut sent = vec![hash];
    let mut bumps = 0u32;
    let deadline = Instant::now() + fees.timeout;
    loop {
        let until = (Instant::now() + fees.bump_after).min(deadline);
        while Instant::now() < until {
            if let Some(receipt) = mined(provider, &sent).await? {
                return Ok(Sent { receipt, bumps });
            }
            if provider.get_transaction_count(from).latest().await.map_err(e)? > nonce {
                // Mined since the look above, or another transaction took the nonce.
                return match mined(provider, &sent).await? {
                    Some(receipt) => Ok(Sent { receipt, bumps }),
                    None => Err(format!("nonce {nonce} was used by another transaction")),
                };
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        if Instant::now() >= deadline {
            return Err(format!("{hash} not mined within {:?} ({bumps} bumps)", fees.timeout));
        }
        if max_fee >= fees.max_fee {
            tracing::warn!(%hash, max_fee, "transaction not mined and its fee is at --max-fee-gwei; waiting");
            continue;
        }
        (max_fee, tip) = bumped(provider, max_fee, tip, fees.max_fee).await?;
        bumps += 1;
        let attempt = tx
            .clone()
            .with_nonce(nonce)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(tip.min(max_fee));
        resend(provider, attempt, &mut sent).await;
        tracing::warn!(%hash, nonce, max_fee, tip, bumps, "transaction not mined; re-sent with higher fees");
    }
}

/// Estimates `tx`'s gas (the limit: 20% over), sends it with [`send`] and requires it to
/// succeed; (hash, wei paid, bumps).
pub async fn send_estimated<P: Provider>(
    provider: &P,
    tx: TransactionRequest,
    fees: &Fees,
) -> Result<(B256, u128, u32), String> {
    let gas = provider
        .estimate_gas(tx.clone())
        .await
        .map_err(|e| crate::challenger::revert_reason(&e))?;
    let sent = send(provider, tx.with_gas_limit(gas + gas / 5), fees).await?;
    if !sent.receipt.status() {
        return Err(format!("{} reverted", sent.receipt.transaction_hash));
    }
    Ok((sent.receipt.transaction_hash, sent.gas_wei(), sent.bumps))
}

/// The receipt of the first of `sent` that is mined.
async fn mined<P: Provider>(
    provider: &P,
    sent: &[B256],
) -> Result<Option<TransactionReceipt>, String> {
    for h in sent {
        if let Some(r) = provider.get_transaction_receipt(*h).await.map_err(|e| e.to_string())? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// Fees a quarter higher than `(max_fee, tip)`, and at least twice the latest base fee plus the
/// tip (a replacement the pool takes, that fits the next block), at most `cap`.
pub(crate) async fn bumped<P: Provider>(
    provider: &P,
    max_fee: u128,
    tip: u128,
    cap: u128,
) -> Result<(u128, u128), String> {
    let base = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|e| e.to_string())?
        .and_then(|b| b.header.base_fee_per_gas)
        .unwrap_or_default() as u128;
    let tip = tip + tip / 4 + 1;
    Ok(((max_fee + max_fee / 4 + 1).max(2 * base + tip).min(cap), tip))
}

/// Sends `attempt` (a re-send at a nonce already used) and notes its hash; a refusal by the
/// pool (a bump too small to replace, or the first already known) is no error: the wait goes
/// on and the next bump is larger.
pub(crate) async fn resend<P: Provider>(
    provider: &P,
    attempt: TransactionRequest,
    sent: &mut Vec<B256>,
) {
    match provider.send_transaction(attempt).await {
        Ok(p) => sent.push(*p.tx_hash()),
        Err(err) => tracing::debug!(error = %err, "re-sent transaction refused by the pool"),
    }
}
