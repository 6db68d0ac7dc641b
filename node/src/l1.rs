//! Sending the node's L1 transactions (challenges, `confirmBatch`, equivocation evidence,
//! keeper tasks, `reseed`) so that an L1 fee spike does not hold them up: a transaction not
//! mined within [`Fees::bump_after`] is re-sent at its nonce with fees a quarter higher, and
//! at least twice the latest base fee plus the tip, up to [`Fees::max_fee`], so it replaces
//! the first; one the contract would no longer take is cancelled at its nonce instead of
//! bumped into a revert. A challenge must land before its batch's window closes, a `confirmBatch` while
//! its signatures count: waiting for the spike to decay is not an option. (Batch posts do the
//! same in [`crate::sequencer`], with the extra care a post needs.)

use alloy::{
    consensus::Transaction as _,
    network::TransactionBuilder,
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
};
use std::time::{Duration, Instant};

/// How the node's transactions meet fee spikes (`--bump-after-secs`, `--max-fee-gwei`), and
/// from which account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fees {
    /// The sending account (the provider's wallet), so each transaction's nonce is fixed before
    /// it is sent and never lost with an unanswered send; zero: learnt from the first send.
    pub from: Address,
    /// A transaction not mined within this long is re-sent at its nonce with higher fees.
    pub bump_after: Duration,
    /// The highest `maxFeePerGas`, in wei, a transaction is sent or re-sent with.
    pub max_fee: u128,
    /// How long a transaction is waited for before the caller's round gives up on it.
    pub timeout: Duration,
}

impl Default for Fees {
    /// The node's defaults: a bump every 30 s, up to 1,000 gwei, for [`crate::RECEIPT_TIMEOUT`];
    /// the account learnt from the first send.
    fn default() -> Self {
        Self {
            from: Address::ZERO,
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

/// A send that did not end in a mined transaction.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{why}")]
pub struct SendError {
    /// Whether a transaction of this account may still wait in the pool at its nonce (sent, or
    /// perhaps sent, and neither mined nor replaced): later transactions of the account would
    /// queue behind it, so a caller with more to send stops for the round.
    pub pending: bool,
    /// What happened.
    pub why: String,
}

impl SendError {
    fn before(why: impl std::fmt::Display) -> Self {
        Self { pending: false, why: why.to_string() }
    }

    fn pending(why: impl std::fmt::Display) -> Self {
        Self { pending: true, why: why.to_string() }
    }
}

impl From<String> for SendError {
    /// An error before anything was sent.
    fn from(why: String) -> Self {
        Self::before(why)
    }
}

/// Sends `tx` (its gas limit set) and waits for it to be mined, re-sending it at its nonce with
/// higher fees every `fees.bump_after` (see the module's documentation).
///
/// Before each bump the transaction is simulated on the latest block: one the contract would
/// now refuse (another challenger, aggregator or keeper got in first) is not bumped into a
/// revert but replaced at its nonce by an empty transfer to the account itself (21,000 gas),
/// and the send ends in an error. With [`Fees::from`] known, the nonce is fixed before the
/// first send, so a send whose answer is lost (an RPC error after the pool took it) is re-sent
/// at that nonce, never followed by a second transaction queued behind it. Bounded by
/// `fees.timeout` (and 30 s more for a hung RPC).
pub async fn send<P: Provider>(
    provider: &P,
    tx: TransactionRequest,
    fees: &Fees,
) -> Result<Sent, SendError> {
    let bound = fees.timeout + Duration::from_secs(30);
    match tokio::time::timeout(bound, send_inner(provider, tx, fees)).await {
        Ok(r) => r,
        Err(_) => Err(SendError::pending(format!("the RPC did not answer within {bound:?}"))),
    }
}

async fn send_inner<P: Provider>(
    provider: &P,
    tx: TransactionRequest,
    fees: &Fees,
) -> Result<Sent, SendError> {
    let e = |e: alloy::transports::TransportError| e.to_string();
    let estimate = provider.estimate_eip1559_fees().await.map_err(e)?;
    let mut max_fee = estimate.max_fee_per_gas.min(fees.max_fee);
    let mut tip = estimate.max_priority_fee_per_gas.min(max_fee);
    let deadline = Instant::now() + fees.timeout;
    let mut sent = Vec::new();
    let (nonce, from) = if fees.from.is_zero() {
        // The account unknown: the first send's nonce is read back from the pool.
        let first = tx.clone().with_max_fee_per_gas(max_fee).with_max_priority_fee_per_gas(tip);
        let hash = *provider.send_transaction(first).await.map_err(e)?.tx_hash();
        sent.push(hash);
        let pooled = provider
            .get_transaction_by_hash(hash)
            .await
            .map_err(|err| SendError::pending(e(err)))?
            .ok_or_else(|| {
                SendError::pending(format!("{hash} not found right after it was sent"))
            })?;
        (pooled.nonce(), pooled.inner.signer())
    } else {
        let nonce = provider.get_transaction_count(fees.from).pending().await.map_err(e)?;
        let first = tx
            .clone()
            .with_from(fees.from)
            .with_nonce(nonce)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(tip);
        // (An error may come after the pool took it: the nonce is ours either way, and the
        // loop below re-sends at it.)
        resend(provider, first, &mut sent).await;
        (nonce, fees.from)
    };
    let tx = tx.with_from(from);
    let mut bumps = 0u32;
    let mut cancels: Vec<B256> = Vec::new();
    let mut refused: Option<String> = None;
    loop {
        let until = (Instant::now() + fees.bump_after).min(deadline);
        while Instant::now() < until {
            let mined_count = provider
                .get_transaction_count(from)
                .latest()
                .await
                .map_err(|err| SendError::pending(e(err)))?;
            // (The receipts after the count: a count past the nonce with none of them mined
            // means another transaction took it.)
            if let Some(receipt) = mined(provider, &sent).await.map_err(SendError::pending)? {
                if cancels.contains(&receipt.transaction_hash) {
                    let why = refused.clone().unwrap_or_default();
                    return Err(SendError::before(format!("cancelled at nonce {nonce}: {why}")));
                }
                return Ok(Sent { receipt, bumps });
            }
            if mined_count > nonce {
                return Err(SendError::before(format!(
                    "nonce {nonce} was used by another transaction (or by this one, sent without an answer)"
                )));
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        if Instant::now() >= deadline {
            return Err(SendError::pending(format!(
                "not mined within {:?} ({bumps} bumps) at nonce {nonce}",
                fees.timeout
            )));
        }
        // Not bumped into a revert: simulated on the latest block first (`pending` may hold the
        // transaction itself); only a revert counts, not an RPC error.
        if refused.is_none()
            && let Err(err) = provider.call(tx.clone()).block(alloy::eips::BlockId::latest()).await
            && err.as_error_resp().and_then(|r| r.as_revert_data()).is_some()
        {
            let reason = crate::challenger::revert_reason(&err);
            tracing::warn!(nonce, %reason, "transaction no longer valid; cancelling it at its nonce");
            refused = Some(reason);
        }
        let cap = if refused.is_some() { fees.max_fee.saturating_mul(2) } else { fees.max_fee };
        if max_fee >= cap {
            tracing::warn!(
                nonce,
                max_fee,
                "transaction not mined and its fee is at the cap; waiting"
            );
            continue;
        }
        (max_fee, tip) = bumped(provider, max_fee, tip, cap).await.map_err(SendError::pending)?;
        bumps += 1;
        if refused.is_some() {
            let before = sent.len();
            resend(provider, cancel(from, nonce, max_fee, tip), &mut sent).await;
            cancels.extend_from_slice(&sent[before..]);
            continue;
        }
        let attempt = tx
            .clone()
            .with_nonce(nonce)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(tip.min(max_fee));
        resend(provider, attempt, &mut sent).await;
        tracing::warn!(
            nonce,
            max_fee,
            tip,
            bumps,
            "transaction not mined; re-sent with higher fees"
        );
    }
}

/// Estimates `tx`'s gas (the limit: 20% over), sends it with [`send`] and requires it to
/// succeed; (hash, wei paid, bumps).
pub async fn send_estimated<P: Provider>(
    provider: &P,
    tx: TransactionRequest,
    fees: &Fees,
) -> Result<(B256, u128, u32), SendError> {
    let gas = provider
        .estimate_gas(tx.clone())
        .await
        .map_err(|e| SendError::before(crate::challenger::revert_reason(&e)))?;
    let sent = send(provider, tx.with_gas_limit(gas + gas / 5), fees).await?;
    if !sent.receipt.status() {
        return Err(SendError::before(format!("{} reverted", sent.receipt.transaction_hash)));
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

/// An empty transfer from `from` to itself at `nonce` (21,000 gas): what takes the nonce of a
/// transaction that must not be mined any more.
pub(crate) fn cancel(from: Address, nonce: u64, max_fee: u128, tip: u128) -> TransactionRequest {
    TransactionRequest::default()
        .with_from(from)
        .with_to(from)
        .with_value(U256::ZERO)
        .with_nonce(nonce)
        .with_gas_limit(21_000)
        .with_max_fee_per_gas(max_fee)
        .with_max_priority_fee_per_gas(tip.min(max_fee))
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
