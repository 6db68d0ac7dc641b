//! Finality and fees: `finalize` once batches' challenge windows have ended, then
//! `distributeFees`, so the fees of final batches reach the FeeDistributor, credited to the
//! operators that did the work (docs/rollup-stf.md 7.3, 7.4); `settle` an ephemeral rollup
//! once it expired and every batch is final; and `closeEpoch` on the FeeDistributor once an
//! epoch holding fees is over, which credits them to operators and their stakers. Each is
//! simulated first: when there is nothing to do (or another node just did it) nothing is sent.

use crate::challenger::revert_reason;
use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};
use alt_bindings::{fee_distributor::FeeDistributor, i_rollup_manager::IRollupManager};

/// What a round did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    /// Batches made final.
    pub finalized: u64,
    /// Whether fees were distributed, and for how many batches.
    pub distributed: u64,
    /// Whether the (expired) rollup was settled.
    pub settled: bool,
    /// Whether service fees owed by a settled rollup were paid out.
    pub service_paid: bool,
    /// The fee epoch closed, if one was.
    pub epoch_closed: Option<u32>,
    /// The transactions sent.
    pub txs: Vec<B256>,
    /// Wei paid for their gas.
    pub gas_wei: u128,
}

/// Finalizes up to `max` batches of rollup `rollup_id` whose windows ended, then distributes
/// the fees of up to `max` final batches, settles the rollup if it expired and every batch is
/// final, and closes the FeeDistributor's epoch (`fee_distributor`, if given) when it is over
/// and holds fees; sending from `provider`'s wallet.
pub async fn keep<P: Provider>(
    provider: &P,
    manager: Address,
    fee_distributor: Option<Address>,
    rollup_id: U256,
    max: u64,
) -> Result<Kept, String> {
    let m = IRollupManager::new(manager, provider);
    let mut out = Kept::default();
    let r = m.rollup(rollup_id).call().await.map_err(|e| e.to_string())?;
    if r.finalizedCount < r.batchCount {
        let call =
            IRollupManager::finalizeCall { rollupId: rollup_id, maxBatches: U256::from(max) };
        let tx = TransactionRequest::default().with_to(manager).with_input(call.abi_encode());
        let ret = provider.call(tx.clone()).await.map_err(|e| revert_reason(&e))?;
        let n =
            IRollupManager::finalizeCall::abi_decode_returns(&ret).map_err(|e| e.to_string())?;
        if !n.is_zero() {
            let (hash, gas) = send(provider, tx).await?;
            out.finalized = n.saturating_to();
            out.txs.push(hash);
            out.gas_wei += gas;
        }
    }
    let r = m.rollup(rollup_id).call().await.map_err(|e| e.to_string())?;
    // (A settled rollup may still owe service fees charged at settlement: distributing pays
    // them out even with no batch left.)
    if r.distributedCount < r.finalizedCount || (r.settled && r.owedServiceFees > 0) {
        let call =
            IRollupManager::distributeFeesCall { rollupId: rollup_id, maxBatches: U256::from(max) };
        let tx = TransactionRequest::default().with_to(manager).with_input(call.abi_encode());
        provider.call(tx.clone()).await.map_err(|e| revert_reason(&e))?;
        let (hash, gas) = send(provider, tx).await?;
        out.distributed = (r.finalizedCount - r.distributedCount).min(max);
        out.service_paid = r.settled && r.owedServiceFees > 0;
        out.txs.push(hash);
        out.gas_wei += gas;
    }
    let now = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|e| e.to_string())?
        .map_or(0, |b| b.header.timestamp);
    let r = m.rollup(rollup_id).call().await.map_err(|e| e.to_string())?;
    // Settled once it expired and every batch is final (settle finalizes what it can itself;
    // before the last window ends the simulation refuses, and that is no error: just not yet).
    if r.expiry != 0 && !r.settled && now >= r.expiry && r.distributedCount == r.finalizedCount {
        let call = IRollupManager::settleCall { rollupId: rollup_id };
        let tx = TransactionRequest::default().with_to(manager).with_input(call.abi_encode());
        if provider.call(tx.clone()).await.is_ok() {
            let (hash, gas) = send(provider, tx).await?;
            out.settled = true;
            out.txs.push(hash);
            out.gas_wei += gas;
        }
    }
    if let Some(fd) = fee_distributor {
        let f = FeeDistributor::new(fd, provider);
        let info = f.epochInfo().call().await.map_err(|e| e.to_string())?;
        let over = now >= info.startedAt.saturating_add(info.length);
        if over {
            let fees = f.epochFees(info.epoch).call().await.map_err(|e| e.to_string())?;
            let attributed =
                f.epochAttributed(info.epoch).call().await.map_err(|e| e.to_string())?;
            let call = FeeDistributor::closeEpochCall {};
            let tx = TransactionRequest::default().with_to(fd).with_input(call.abi_encode());
            // (Every keeper of every rollup may close it: one that just did makes the
            // simulation fail, which is no error.)
            if !(fees + attributed).is_zero() && provider.call(tx.clone()).await.is_ok() {
                match send(provider, tx).await {
                    Ok((hash, gas)) => {
                        out.epoch_closed = Some(info.epoch);
                        out.txs.push(hash);
                        out.gas_wei += gas;
                    }
                    // What was sent before is still reported; a rival's close is no error.
                    Err(e) => tracing::debug!(error = %e, "closeEpoch not sent"),
                }
            }
        }
    }
    Ok(out)
}

/// Sends `tx` with 20% over its estimate; its hash and cost once mined successfully.
pub(crate) async fn send<P: Provider>(
    provider: &P,
    tx: TransactionRequest,
) -> Result<(B256, u128), String> {
    let gas = provider.estimate_gas(tx.clone()).await.map_err(|e| revert_reason(&e))?;
    let receipt = provider
        .send_transaction(tx.with_gas_limit(gas + gas / 5))
        .await
        .map_err(|e| e.to_string())?
        .with_timeout(Some(crate::RECEIPT_TIMEOUT))
        .get_receipt()
        .await
        .map_err(|e| e.to_string())?;
    if !receipt.status() {
        return Err(format!("{} reverted", receipt.transaction_hash));
    }
    Ok((receipt.transaction_hash, receipt.gas_used as u128 * receipt.effective_gas_price))
}
