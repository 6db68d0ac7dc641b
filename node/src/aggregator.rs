//! The aggregator: gathers attestations (the node's own and its peers') and calls
//! `confirmBatch` with them. Any signature the contract would refuse (malformed, from a key that
//! is not an eligible verifier's, a verifier that already attested) would revert the whole call,
//! so a dishonest or stale peer could block fast finality with one bad signature: the call is
//! simulated first, and if it fails, each signature is simulated alone and only those the
//! contract accepts are sent.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};
use alt_bindings::i_rollup_manager::IRollupManager;

/// What a confirmation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    /// The transaction.
    pub tx: B256,
    /// Signatures sent (those the contract accepts).
    pub sent: usize,
    /// Signatures dropped (refused alone).
    pub dropped: usize,
    /// Whether the batch reached its quorum.
    pub quorum: bool,
    /// Wei paid for its gas.
    pub gas_wei: u128,
}

/// Why nothing was sent.
#[derive(Debug, thiserror::Error)]
pub enum AggregateError {
    /// No signature the contract accepts (none given, all refused, or the batch is no longer
    /// pending: confirmed, final, reverted, or its window is over).
    #[error("no attestation to add to batch {batch}: {why}")]
    Nothing {
        /// The batch.
        batch: U256,
        /// The contract's reason for the first refusal.
        why: String,
    },
    /// Sending failed.
    #[error("L1: {0}")]
    Rpc(String),
}

/// Confirms batch `batch` of rollup `rollup_id` with the accepted ones of `signatures`.
pub async fn confirm<P: Provider>(
    provider: &P,
    manager: Address,
    rollup_id: U256,
    batch: U256,
    mut signatures: Vec<Bytes>,
    fees: &crate::l1::Fees,
) -> Result<Confirmed, AggregateError> {
    signatures.sort();
    signatures.dedup();
    let given = signatures.len();
    let request = |sigs: Vec<Bytes>| {
        let call = IRollupManager::confirmBatchCall {
            rollupId: rollup_id,
            batchIndex: batch,
            signatures: sigs,
        };
        TransactionRequest::default().with_to(manager).with_input(call.abi_encode())
    };
    let mut why = String::from("no signature given");
    // Only a revert is a refusal; a transport error (the RPC is down) is reported as such, so
    // the caller tries again instead of recording the signatures as refused.
    let refused = |e: &alloy::transports::TransportError| {
        e.as_error_resp().and_then(|r| r.as_revert_data()).is_some()
    };
    match provider.call(request(signatures.clone())).await {
        Ok(_) => {}
        Err(e) if !refused(&e) => return Err(AggregateError::Rpc(e.to_string())),
        Err(_) => {
            let mut accepted = Vec::new();
            for s in signatures {
                match provider.call(request(vec![s.clone()])).await {
                    Ok(_) => accepted.push(s),
                    Err(e) if !refused(&e) => return Err(AggregateError::Rpc(e.to_string())),
                    Err(e) if accepted.is_empty() => why = crate::challenger::revert_reason(&e),
                    Err(_) => {}
                }
            }
            signatures = accepted;
        }
    }
    if signatures.is_empty() {
        return Err(AggregateError::Nothing { batch, why });
    }
    let tx = request(signatures.clone());
    let gas = provider
        .estimate_gas(tx.clone())
        .await
        .map_err(|e| AggregateError::Nothing { batch, why: e.to_string() })?;
    let receipt = crate::l1::send(provider, tx.with_gas_limit(gas + gas / 5), fees)
        .await
        .map_err(|e| AggregateError::Rpc(e.to_string()))?
        .receipt;
    if !receipt.status() {
        return Err(AggregateError::Rpc(format!("{} reverted", receipt.transaction_hash)));
    }
    let quorum = receipt.decoded_log::<IRollupManager::BatchAttested>().is_some_and(|e| e.quorum);
    Ok(Confirmed {
        tx: receipt.transaction_hash,
        sent: signatures.len(),
        dropped: given - signatures.len(),
        quorum,
        gas_wei: receipt.gas_used as u128 * receipt.effective_gas_price,
    })
}
