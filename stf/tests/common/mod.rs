//! The STF test vectors (`test-vectors/stf.json`, written by `StfVectors.t.sol`), shared by the
//! tests that read them.
#![allow(dead_code)] // each test reads the fields it checks

use alloy_primitives::{Address, B256, Bytes, U256};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Vectors {
    pub(crate) domain: Domain,
    pub(crate) rollup_id: u64,
    pub(crate) accounts: Vec<Account>,
    pub(crate) prev_root: B256,
    pub(crate) steps: Vec<Step>,
    pub(crate) header: HeaderVector,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Domain {
    pub(crate) chain_id: u64,
    pub(crate) verifying_contract: Address,
    pub(crate) separator: B256,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Step {
    pub(crate) raw: Bytes,
    pub(crate) hash: B256,
    pub(crate) digest: Option<B256>,
    pub(crate) sender: Option<Address>,
    pub(crate) valid: bool,
    pub(crate) pre_root: B256,
    pub(crate) proofs: Vec<Proof>,
    pub(crate) post_root: B256,
    pub(crate) fee: U256,
    pub(crate) fees_after: U256,
    pub(crate) step_leaf: B256,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Proof {
    pub(crate) role: String,
    pub(crate) balance: Option<U256>,
    pub(crate) nonce: Option<u64>,
    pub(crate) bitmap: B256,
    pub(crate) siblings: Vec<B256>,
    /// The other key whose leaf node holds an absent key's place (zero: none).
    pub(crate) other_key: B256,
    /// That key's leaf (zero: none).
    pub(crate) other_leaf: B256,
    /// Withdrawal proofs: what the key holds (zero when empty).
    pub(crate) leaf: Option<B256>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct HeaderVector {
    pub(crate) rollup_id: u64,
    pub(crate) batch_index: u64,
    pub(crate) prev_root: B256,
    pub(crate) post_root: B256,
    pub(crate) tx_data_hash: B256,
    pub(crate) steps_root: B256,
    pub(crate) fees_collected: U256,
    pub(crate) deposits_processed: u64,
    pub(crate) tx_count: u32,
    pub(crate) tx_data: Bytes,
    pub(crate) hash: B256,
}

/// The genesis account of the vector batch.
#[derive(Deserialize)]
pub(crate) struct Account {
    pub(crate) address: Address,
    pub(crate) balance: U256,
    pub(crate) nonce: u64,
}

/// Reads the vectors.
pub(crate) fn vectors() -> Vectors {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../test-vectors/stf.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("vectors file"))
        .expect("vectors parse")
}
