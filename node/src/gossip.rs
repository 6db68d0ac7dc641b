//! Header gossip: every node serves the signed headers it knows for a batch
//! (`GET /headers/{batch}`): the one its sequencer signed for its next post (before it lands,
//! and kept after), and those it took from its peers. Each node pulls its `--peer`s' headers
//! for the batches around its head and runs them, with those it derives from L1, through the
//! equivocation watch ([`crate::equivocation::Watch`]): a leader that shows its peers one
//! header and posts another for the same batch key has signed two, which is slashable evidence
//! without any reorg (issue 13: "seen on L1 or over the network").
//!
//! Nothing is pushed to a node and nothing a peer says is trusted: a pulled header is kept
//! only if it is for this rollup, its signature is in the form the Slasher accepts and
//! recovers to the signing key of a registered operator (read from the Staking contract,
//! cached), at most [`PER_BATCH`] per batch and [`BATCHES`] batches, 2 s and 64 KiB per pull.

use crate::derive::SignedHeader;
use std::{collections::BTreeMap, sync::Mutex};

/// Headers kept per batch index.
pub const PER_BATCH: usize = 8;
/// Batch indices kept (the newest).
pub const BATCHES: usize = 1024;
/// Largest answer read from a peer.
pub const MAX_PULL_BYTES: usize = 64 * 1024;

/// The signed headers a node knows, by batch index.
#[derive(Debug, Default)]
pub struct Headers {
    by_batch: Mutex<BTreeMap<u64, Vec<SignedHeader>>>,
}

/// The batch index of a header's batch key (`headerCommitmentIndex`: its low 64 bits).
pub fn batch_of(h: &SignedHeader) -> u64 {
    h.batch_key.as_limbs()[0]
}

impl Headers {
    /// Keeps `h` unless it is held already (same batch key, header and signature) or its
    /// batch holds [`PER_BATCH`]; true if kept.
    pub fn add(&self, h: SignedHeader) -> bool {
        let mut m = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        let list = m.entry(batch_of(&h)).or_default();
        if list.len() >= PER_BATCH || list.contains(&h) {
            return false;
        }
        list.push(h);
        while m.len() > BATCHES {
            m.pop_first();
        }
        true
    }

    /// The headers held for batch `batch`.
    pub fn get(&self, batch: u64) -> Vec<SignedHeader> {
        let m = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        m.get(&batch).cloned().unwrap_or_default()
    }
}

/// Pulls `peer`'s headers for batch `batch` (a base URL), within 2 s and
/// [`MAX_PULL_BYTES`]; a slow, dead or flooding peer yields nothing.
pub async fn pull(http: &reqwest::Client, peer: &str, batch: u64) -> Vec<SignedHeader> {
    let url = format!("{}/headers/{batch}", peer.trim_end_matches('/'));
    crate::service::get_json(http, &url, MAX_PULL_BYTES).await.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{B256, U256};

    fn header(batch: u64, attempt: u64, root: u8) -> SignedHeader {
        SignedHeader {
            rollup_id: U256::from(1),
            batch_key: (U256::from(attempt) << 64) | U256::from(batch),
            header_hash: B256::repeat_byte(root),
            signed_at: 1,
            signature: vec![root; 65].into(),
        }
    }

    #[test]
    fn headers_are_kept_once_bounded_per_batch_and_in_number() {
        let h = Headers::default();
        assert!(h.add(header(5, 0, 1)));
        assert!(!h.add(header(5, 0, 1)), "the same again");
        assert!(h.add(header(5, 1, 2)), "another attempt of the batch");
        for i in 0..20 {
            h.add(header(5, 2, 10 + i));
        }
        assert_eq!(h.get(5).len(), PER_BATCH);
        assert_eq!(batch_of(&header(7, 3, 1)), 7);
        for b in 0..(BATCHES as u64 + 10) {
            h.add(header(100 + b, 0, 1));
        }
        assert!(h.get(5).is_empty(), "the oldest batches are forgotten");
        assert_eq!(h.get(100 + BATCHES as u64 + 9).len(), 1);
        let json = serde_json::to_string(&h.get(110)).expect("json");
        assert!(json.contains("\"batchKey\"") && json.contains("\"headerHash\""), "{json}");
        let back: Vec<SignedHeader> = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, h.get(110));
    }
}
