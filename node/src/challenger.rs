//! The challenger: turns a [`crate::derive::Verdict::Fraud`] into a `challenge` on L1 before
//! the batch's window closes (docs/rollup-stf.md, section 6). The proof is simulated first
//! (`eth_call`), so a proof the contract would refuse costs no gas and says why.

use crate::derive::{Derivation, DeriveError};
use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol,
    sol_types::{SolCall, SolInterface},
    transports::TransportError,
};
use alt_bindings::i_rollup_manager::IRollupManager;

sol! {
    /// The one-step verifier's own errors (libraries, not in the RollupManager's ABI).
    #[derive(Debug)]
    interface Verifier {
        error OneStepIndexOutOfRange(uint256 index, uint256 txCount);
        error OneStepBadStepProof(uint256 index);
        error StfProofMismatch(uint256 which);
        error RollupTxMalformed(uint256 length);
        error SmtNonCanonicalProof();
    }
}

/// A refusal with its custom error decoded (`RollupChallengeWindowOver(…)`, `RollupNotFraud`,
/// `StfProofMismatch(1)`, …) when the node knows it.
fn refused(e: TransportError) -> ChallengeError {
    ChallengeError::Refused(revert_reason(&e))
}

/// An RPC error, with the RollupManager's, the verifier's or the Slasher's custom error decoded
/// by name when it is a revert the node knows (the Slasher's prefixed `Slasher: `).
pub fn revert_reason(e: &TransportError) -> String {
    let data = e.as_error_resp().and_then(|r| r.as_revert_data());
    match data.as_deref() {
        Some(d) => match IRollupManager::IRollupManagerErrors::abi_decode(d) {
            Ok(err) => format!("{err:?}"),
            Err(_) => match Verifier::VerifierErrors::abi_decode(d) {
                Ok(err) => format!("{err:?}"),
                Err(_) => match alt_bindings::slasher::Slasher::SlasherErrors::abi_decode(d) {
                    Ok(err) => format!("Slasher: {err:?}"),
                    Err(_) => e.to_string(),
                },
            },
        },
        None => e.to_string(),
    }
}

/// Why a challenge was not made.
#[derive(Debug, thiserror::Error)]
pub enum ChallengeError {
    /// No fraud in that batch.
    #[error("batch {0} has no fraudulent step")]
    NoFraud(u64),
    /// The proof could not be built.
    #[error(transparent)]
    Derive(#[from] DeriveError),
    /// The contract refuses it (already reverted, final, window over, not fraud).
    #[error("the RollupManager refuses the challenge: {0}")]
    Refused(String),
    /// The transaction failed to send or mine.
    #[error("L1: {0}")]
    Rpc(String),
}

/// A fraud proof sent and mined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    /// The transaction.
    pub tx: B256,
    /// Wei paid for its gas.
    pub gas_wei: u128,
    /// How many times it was re-sent with higher fees (an L1 fee spike).
    pub bumps: u32,
}

/// Proves the fraud in the `i`-th batch of `derivation` to the RollupManager at `manager`,
/// sending from `provider`'s wallet (which receives the Slasher's reporter reward; fees bumped
/// by `fees` through a spike, for the window does not wait); returns the transaction and its
/// cost once mined.
pub async fn challenge<P: Provider>(
    provider: &P,
    manager: Address,
    derivation: &Derivation,
    i: usize,
    fees: &crate::l1::Fees,
) -> Result<Sent, ChallengeError> {
    let index = derivation.batches().get(i).map_or(i as u64, |b| b.posted.index());
    let (header, step) = derivation.fraud_proof(i)?.ok_or(ChallengeError::NoFraud(index))?;
    let call = IRollupManager::challengeCall { header, step };
    let tx = TransactionRequest::default().with_to(manager).with_input(call.abi_encode());
    // Simulated first: a refused proof costs nothing and its reason is reported.
    provider.call(tx.clone()).await.map_err(refused)?;
    let gas = provider.estimate_gas(tx.clone()).await.map_err(refused)?;
    let sent = crate::l1::send(provider, tx.with_gas_limit(gas + gas / 5), fees)
        .await
        .map_err(|e| ChallengeError::Rpc(e.to_string()))?;
    let receipt = sent.receipt;
    if !receipt.status() {
        // Someone else's challenge (or a revert) landed first.
        return Err(ChallengeError::Refused(format!(
            "transaction {} reverted",
            receipt.transaction_hash
        )));
    }
    Ok(Sent {
        tx: receipt.transaction_hash,
        gas_wei: receipt.gas_used as u128 * receipt.effective_gas_price,
        bumps: sent.bumps,
    })
}
