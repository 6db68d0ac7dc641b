//! Header gossip: every node serves the signed headers it knows for a batch
//! (`GET /headers/{batch}`): the one its sequencer signed for its next post (before it lands,
//! and kept after), and those it took from its peers. Each node pulls its `--peer`s' headers
//! for the batches around its head and runs them, with those it derives from L1, through the
//! equivocation watch ([`crate::equivocation::Watch`]): a leader that shows its peers one
//! header and posts another for the same batch key has signed two, which is slashable evidence
//! without any reorg (issue 13: "seen on L1 or over the network").
//!
//! Nothing is pushed to a node and nothing a peer says is trusted. Pulling runs in a task of
//! its own ([`Puller`]), so a slow or hostile peer never delays the node's loop. A pulled
//! header is taken only if it is for the batch asked for, this rollup, the generation of the
//! node's last derived batch (or the next) and an attempt below [`MAX_ATTEMPT`], its
//! signature is in the form the Slasher accepts and recovers to the signing key of a
//! registered operator (read from the Staking contract, cached; at most
//! [`LOOKUPS_PER_ROUND`] unknown keys looked up per round); 2 s and 64 KiB per pull. It
//! goes to the equivocation watch whether or not the store below still has room for it, and
//! the store keeps at most [`PER_SIGNER`] per signer and [`PER_BATCH`] per batch.

use crate::{derive::SignedHeader, equivocation::Watch};
use alloy::{
    primitives::{Address, U256},
    providers::Provider,
};
use std::{
    collections::{BTreeMap, HashMap},
    sync::{Arc, Mutex, atomic::Ordering},
};

/// Headers kept per batch index.
pub const PER_BATCH: usize = 32;
/// Headers kept per signer and batch index.
pub const PER_SIGNER: usize = 4;
/// Highest attempt taken from gossip (an honest leader's attempts grow only when a signed post
/// can no longer be posted).
pub const MAX_ATTEMPT: u64 = 64;
/// Unknown signing keys looked up on chain per round.
pub const LOOKUPS_PER_ROUND: usize = 8;
/// Gossiped headers waiting for the loop's watch.
pub const MAX_WAITING: usize = 4096;
/// How long a key found to be no operator's is taken as such.
pub const FORGET_UNKNOWN: std::time::Duration = std::time::Duration::from_secs(60);
/// Batch indices kept (the newest).
pub const BATCHES: usize = 1024;
/// Largest answer read from a peer.
pub const MAX_PULL_BYTES: usize = 64 * 1024;

/// The signed headers a node knows, by batch index.
#[derive(Debug, Default)]
pub struct Headers {
    by_batch: Mutex<BTreeMap<u64, Vec<(SignedHeader, Address)>>>,
}

/// The batch index of a header's batch key (`headerCommitmentIndex`: its low 64 bits).
pub fn batch_of(h: &SignedHeader) -> u64 {
    h.batch_key.as_limbs()[0]
}

impl Headers {
    /// Keeps `h`, signed by `signer`, unless it is held already (same batch key, header and
    /// signature) or its batch holds [`PER_BATCH`], or [`PER_SIGNER`] of `signer`'s; true if
    /// kept.
    pub fn add(&self, h: SignedHeader, signer: Address) -> bool {
        let mut m = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        let list = m.entry(batch_of(&h)).or_default();
        let theirs = list.iter().filter(|(_, s)| *s == signer).count();
        if list.len() >= PER_BATCH || theirs >= PER_SIGNER || list.iter().any(|(x, _)| *x == h) {
            return false;
        }
        list.push((h, signer));
        while m.len() > BATCHES {
            m.pop_first();
        }
        true
    }

    /// The headers held for batch `batch`.
    pub fn get(&self, batch: u64) -> Vec<SignedHeader> {
        let m = self.by_batch.lock().unwrap_or_else(|p| p.into_inner());
        m.get(&batch).map(|l| l.iter().map(|(h, _)| h.clone()).collect()).unwrap_or_default()
    }
}

/// The generation and attempt in a header's batch key.
pub fn generation_and_attempt(h: &SignedHeader) -> (u64, u64) {
    let limbs = h.batch_key.as_limbs();
    (limbs[2], limbs[1])
}

/// The gossip task: every second, pulls the peers' headers for the node's last derived batch
/// and the next, checks them, stores them for relaying and hands them to the loop's watch.
#[derive(Debug)]
pub struct Puller<P> {
    /// The node's shared state (head, generation, store, hand-over).
    pub shared: Arc<crate::service::Shared>,
    /// HTTP client (no redirects).
    pub http: reqwest::Client,
    /// The peers' base URLs.
    pub peers: Vec<String>,
    /// The Staking contract (who is an operator's signing key).
    pub staking: alt_bindings::staking::Staking::StakingInstance<P>,
    /// For recovering signers.
    pub watch: Watch,
    /// The rollup.
    pub rollup: U256,
}

impl<P: Provider> Puller<P> {
    /// Runs for ever.
    pub async fn run(self) {
        let mut known: HashMap<Address, (bool, std::time::Instant)> = HashMap::new();
        loop {
            let started = std::time::Instant::now();
            self.round(&mut known).await;
            let wait = std::time::Duration::from_secs(1).saturating_sub(started.elapsed());
            tokio::time::sleep(wait).await;
        }
    }

    /// One round; `known` caches whether a key is an operator's (and since when: a key found
    /// to be no operator's is asked again after [`FORGET_UNKNOWN`], since it may become one by a
    /// rotation; an operator's key is kept).
    pub async fn round(&self, known: &mut HashMap<Address, (bool, std::time::Instant)>) {
        let n = self.shared.metrics.batches.load(Ordering::Relaxed);
        let generation = self.shared.gossip_generation.load(Ordering::Relaxed);
        let batches: Vec<u64> = if n == 0 { vec![0] } else { vec![n - 1, n] };
        let pulls = self.peers.iter().flat_map(|p| {
            batches.iter().map(move |b| async move { (*b, pull(&self.http, p, *b).await) })
        });
        let pulled = futures_util::future::join_all(pulls).await;
        let mut lookups = 0;
        for (batch, headers) in pulled {
            for h in headers.into_iter().take(PER_BATCH) {
                let (g, attempt) = generation_and_attempt(&h);
                if batch_of(&h) != batch
                    || h.batch_key.as_limbs()[3] != 0
                    || h.rollup_id != self.rollup
                    || !(g == generation || g == generation + 1)
                    || attempt > MAX_ATTEMPT
                    || !crate::service::canonical_signature(&h.signature)
                {
                    continue;
                }
                let Some(signer) = self.watch.signer(&h) else { continue };
                let cached = known
                    .get(&signer)
                    .filter(|(is, at)| *is || at.elapsed() < FORGET_UNKNOWN)
                    .map(|(is, _)| *is);
                let operator = match cached {
                    Some(k) => k,
                    None if lookups < LOOKUPS_PER_ROUND => {
                        lookups += 1;
                        let Ok(op) = self.staking.operatorOfSigningKey(signer).call().await else {
                            continue;
                        };
                        let is = op != Address::ZERO;
                        // Known operators' keys are kept; unknown ones only while few.
                        if is || known.len() < 4096 {
                            known.insert(signer, (is, std::time::Instant::now()));
                        }
                        is
                    }
                    None => continue,
                };
                if !operator {
                    continue;
                }
                let fresh = !self.shared.headers.get(batch).contains(&h);
                self.shared.headers.add(h.clone(), signer);
                if fresh {
                    let mut w = self.shared.gossiped.lock().unwrap_or_else(|p| p.into_inner());
                    if w.len() < MAX_WAITING {
                        w.push(h);
                    }
                }
            }
        }
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
        let (a, b) = (Address::repeat_byte(1), Address::repeat_byte(2));
        assert!(h.add(header(5, 0, 1), a));
        assert!(!h.add(header(5, 0, 1), a), "the same again");
        assert!(h.add(header(5, 1, 2), a), "another attempt of the batch");
        for i in 0..20 {
            h.add(header(5, 2, 10 + i), a);
        }
        assert_eq!(h.get(5).len(), PER_SIGNER, "one signer fills its share only");
        assert!(h.add(header(5, 3, 40), b), "another signer still has room");
        for i in 0..100u8 {
            h.add(header(5, 4, 50 + i), Address::repeat_byte(100 + i));
        }
        assert_eq!(h.get(5).len(), PER_BATCH);
        assert_eq!(batch_of(&header(7, 3, 1)), 7);
        assert_eq!(generation_and_attempt(&header(7, 3, 1)), (0, 3));
        for b in 0..(BATCHES as u64 + 10) {
            h.add(header(100 + b, 0, 1), a);
        }
        assert!(h.get(5).is_empty(), "the oldest batches are forgotten");
        assert_eq!(h.get(100 + BATCHES as u64 + 9).len(), 1);
        let json = serde_json::to_string(&h.get(110)).expect("json");
        assert!(json.contains("\"batchKey\"") && json.contains("\"headerHash\""), "{json}");
        let back: Vec<SignedHeader> = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, h.get(110));
    }
}
