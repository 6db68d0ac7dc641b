//! The verifier: attests to a posted batch only when the node's own re-execution from L1 data
//! says it is valid, signing the Slasher's `BatchCommitment` with role 1 and
//! `signedAt = postedAt` (docs/rollup-stf.md 7.3), and only after the signing record allowed
//! it ([`crate::signing`]): one header per batch key, across crashes and reorgs.

use crate::{
    derive::{Derived, Verdict},
    signing::{Commitment, Role, SigningError, SigningRecord},
};
use alloy::{
    primitives::{Address, B256, Signature, U256},
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{Eip712Domain, SolStruct, eip712_domain},
};
use alt_bindings::slasher::ISlasher::BatchCommitment;

/// Why no attestation was made.
#[derive(Debug, thiserror::Error)]
pub enum AttestError {
    /// The node's execution does not confirm the batch.
    #[error("batch {index} is not valid by the node's own execution ({verdict:?})")]
    NotValid {
        /// The batch.
        index: u64,
        /// What derivation said.
        verdict: Verdict,
    },
    /// The signing record refused (a conflicting signature exists) or failed.
    #[error(transparent)]
    Signing(#[from] SigningError),
    /// The key failed to sign.
    #[error("signing: {0}")]
    Key(String),
}

/// An operator's verifier: its signing key and record.
#[derive(Debug, Clone)]
pub struct Verifier {
    key: PrivateKeySigner,
    record: SigningRecord,
    slasher: Address,
    chain_id: u64,
    domain: Eip712Domain,
}

impl Verifier {
    /// A verifier signing with `key` under the Slasher at `slasher` on `chain_id`.
    pub fn new(
        key: PrivateKeySigner,
        record: SigningRecord,
        slasher: Address,
        chain_id: u64,
    ) -> Self {
        let domain = eip712_domain! {
            name: "ALT Slasher",
            version: "1",
            chain_id: chain_id,
            verifying_contract: slasher,
        };
        Self { key, record, slasher, chain_id, domain }
    }

    /// The digest a verifier signs to attest `batch` posted at `posted_at`, while the rollup's
    /// generation is `generation` (`confirmBatch` counts attestations under the rollup's
    /// current generation: after a fraud revert, a batch below it that is still pending keeps
    /// its post but is attested under the new generation).
    pub fn digest(&self, batch: &Derived, posted_at: u64, generation: u32) -> B256 {
        let index = batch.posted.index();
        BatchCommitment {
            rollupId: batch.posted.header.rollupId,
            batchIndex: (U256::from(generation) << 128) | U256::from(index),
            root: batch.posted.header_hash,
            signedAt: posted_at,
            role: Role::Attestation as u8,
        }
        .eip712_signing_hash(&self.domain)
    }

    /// Who made `signature` over [`Verifier::digest`] of `batch` (`None`: malformed).
    pub fn signer(
        &self,
        batch: &Derived,
        posted_at: u64,
        generation: u32,
        signature: &[u8],
    ) -> Option<Address> {
        let sig = Signature::try_from(signature).ok()?;
        sig.recover_address_from_prehash(&self.digest(batch, posted_at, generation)).ok()
    }

    /// The signing key's address.
    pub fn address(&self) -> Address {
        self.key.address()
    }

    /// The attestation of `batch`, posted at L1 time `posted_at`, under the generation it was
    /// posted in (see [`Verifier::attest_at`]).
    pub async fn attest(&self, batch: &Derived, posted_at: u64) -> Result<Signature, AttestError> {
        self.attest_at(batch, posted_at, batch.posted.generation).await
    }

    /// The attestation of `batch`, posted at L1 time `posted_at`, while the rollup's generation
    /// is `generation`: refused unless derivation found it valid, and unless the record allows
    /// it (recorded before signing).
    pub async fn attest_at(
        &self,
        batch: &Derived,
        posted_at: u64,
        generation: u32,
    ) -> Result<Signature, AttestError> {
        let index = batch.posted.index();
        if batch.verdict != Verdict::Valid {
            return Err(AttestError::NotValid { index, verdict: batch.verdict.clone() });
        }
        let batch_key = (U256::from(generation) << 128) | U256::from(index);
        let c = Commitment {
            slasher: self.slasher,
            chain_id: self.chain_id,
            rollup_id: batch.posted.header.rollupId,
            batch_key,
            role: Role::Attestation,
            header_hash: batch.posted.header_hash,
            signed_at: posted_at,
        };
        self.record.authorize(&c).await?;
        self.key
            .sign_hash_sync(&self.digest(batch, posted_at, generation))
            .map_err(|e| AttestError::Key(e.to_string()))
    }
}
