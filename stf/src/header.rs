//! Batch headers (section 5 of `docs/rollup-stf.md`): the EIP-712 header hash and the steps
//! root committing to every transaction's post-state root.

use crate::smt::hash_node;
use alloy_primitives::{B256, U256, keccak256};
use alloy_sol_types::{Eip712Domain, SolStruct, SolValue, sol};

sol! {
    /// A batch header, as sequencers sign it and verifiers attest to it.
    #[derive(Debug, PartialEq, Eq)]
    struct Header {
        uint256 rollupId;
        uint256 batchIndex;
        bytes32 prevRoot;
        bytes32 postRoot;
        bytes32 txDataHash;
        bytes32 stepsRoot;
        uint256 feesCollected;
        uint64 depositsProcessed;
        uint32 txCount;
    }
}

impl Header {
    /// The EIP-712 header hash under `domain` ([`crate::tx::domain`]).
    pub fn hash(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }
}

/// Leaf of the steps tree: a transaction's hash, the state root after it and the fees the batch
/// collected up to and including it.
pub fn step_leaf(tx_hash: B256, root_after: B256, fees_after: U256) -> B256 {
    keccak256((tx_hash, root_after, fees_after).abi_encode())
}

/// Root of the positional Merkle tree over `leaves`, padded with zero leaves to a power of two.
pub fn steps_root(leaves: &[B256]) -> B256 {
    let mut level = leaves.to_vec();
    if level.is_empty() {
        return B256::ZERO;
    }
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|p| hash_node(p[0], p.get(1).copied().unwrap_or(B256::ZERO)))
            .collect();
    }
    level[0]
}

/// Siblings of leaf `index` from the leaf up (the proof a fraud proof submits).
pub fn step_proof(leaves: &[B256], index: usize) -> Vec<B256> {
    let mut proof = Vec::new();
    let mut level = leaves.to_vec();
    let mut i = index;
    while level.len() > 1 {
        proof.push(level.get(i ^ 1).copied().unwrap_or(B256::ZERO));
        level = level
            .chunks(2)
            .map(|p| hash_node(p[0], p.get(1).copied().unwrap_or(B256::ZERO)))
            .collect();
        i >>= 1;
    }
    proof
}
