//! L1 following for the node: the embedded indexer (`alt-indexer`) keeps the canonical chain's
//! events in the node's own SQLite file, undoing reorgs down to their fork point; after each of
//! its steps the derivation catches up with the rollup's canonical batches.

use crate::{
    checkpoint::Checkpoints,
    derive::{self, Derivation, DeriveError, Posts, Update},
    equivocation::{Evidence, Watch},
};
use alloy::{
    primitives::{Address, U256},
    providers::Provider,
};
use alt_indexer::sync::{Indexer, Step};

/// An indexer and the derivation of one rollup on top of it.
#[derive(Debug)]
pub struct Follower<P> {
    indexer: Indexer,
    derivation: Derivation,
    posts: Posts<P>,
    manager: Address,
    watch: Watch,
    evidence: Vec<Evidence>,
    checkpoints: Option<Checkpoints>,
    /// Batches the newest checkpoint written or resumed from covers.
    checkpointed: u64,
}

impl<P: Provider + Send + Sync> Follower<P> {
    /// Follows rollup `rollup_id` of the RollupManager at `manager` on chain `chain_id`:
    /// events through `indexer`, posting transactions' calldata through `provider`; watches
    /// the headers posted for equivocation under the Slasher at `slasher`.
    pub fn new(
        indexer: Indexer,
        provider: P,
        (manager, slasher): (Address, Address),
        chain_id: u64,
        rollup_id: U256,
    ) -> Self {
        let derivation = Derivation::new(alt_stf::tx::domain(chain_id, manager), rollup_id);
        Self {
            indexer,
            derivation,
            posts: Posts::new(provider, manager),
            manager,
            watch: Watch::new(slasher, chain_id),
            evidence: Vec::new(),
            checkpoints: None,
            checkpointed: 0,
        }
    }

    /// Keeps checkpoints of the derived state in the SQLite file at `path` (see
    /// [`crate::checkpoint`]) and resumes from the ones it holds at the next derivation: a
    /// restart then executes only the batches after the newest one that fits the chain.
    /// Returns how many checkpoints the file held.
    pub async fn persist_state(&mut self, path: &std::path::Path) -> Result<usize, sqlx::Error> {
        let store = Checkpoints::open(path).await?;
        let held = store.load().await?;
        let n = held.len();
        self.derivation.resume_from(held);
        self.checkpoints = Some(store);
        Ok(n)
    }

    /// Writes a checkpoint of the first `up_to` batches (the node passes the final ones), or
    /// of the valid prefix if shorter, if that grew since the last one written (or resumed
    /// from); returns the batches it covers, `None` when nothing was written.
    pub async fn save_checkpoint(&mut self, up_to: usize) -> eyre::Result<Option<u64>> {
        let Some(store) = &self.checkpoints else { return Ok(None) };
        if self.derivation.valid_prefix().min(up_to) as u64 <= self.checkpointed {
            return Ok(None);
        }
        let Some(c) = self.derivation.checkpoint(up_to)? else { return Ok(None) };
        store.save(&c).await?;
        self.checkpointed = c.batches;
        Ok(Some(c.batches))
    }

    /// Keeps the posts read from L1 in the SQLite file at `path` (see [`Posts::persist`]): a
    /// restart then derives every batch without reading any post from the RPC again.
    pub async fn persist_posts(&mut self, path: &std::path::Path) -> Result<(), DeriveError> {
        self.posts.persist(path).await
    }

    /// Equivocation evidence found since the last call (a reorg replaced a posted header with
    /// another one its leader signed for the same batch key).
    pub fn take_evidence(&mut self) -> Vec<Evidence> {
        std::mem::take(&mut self.evidence)
    }

    /// Runs a header seen over the network ([`crate::gossip`]) through the equivocation watch,
    /// with those derived from L1: evidence when its signer signed another for its batch key.
    pub fn observe_header(&mut self, h: derive::SignedHeader) {
        self.evidence.extend(self.watch.observe(h));
    }

    /// Who signed `h` (`None`: malformed).
    pub fn header_signer(&self, h: &derive::SignedHeader) -> Option<Address> {
        self.watch.signer(h)
    }

    /// The derivation.
    pub fn derivation(&self) -> &Derivation {
        &self.derivation
    }

    /// The indexer.
    pub fn indexer(&self) -> &Indexer {
        &self.indexer
    }

    /// One indexer step (a range, a reorg undone, or nothing new), then the derivation caught
    /// up with the batches the index now holds.
    pub async fn step(&mut self) -> eyre::Result<(Step, Update)> {
        let step = self.indexer.step().await?;
        let update = self.derive_at(matches!(step, Step::CaughtUp { .. })).await?;
        Ok((step, update))
    }

    /// The derivation caught up with the index as it is.
    pub async fn derive(&mut self) -> Result<Update, DeriveError> {
        self.derive_at(true).await
    }

    /// [`Follower::derive`]; while the index is still backfilling (`caught_up` false) and
    /// holds fewer batches than a checkpoint waiting to be tried covers, nothing is derived
    /// (the checkpoint is tried once they are all there, or once the index caught up).
    async fn derive_at(&mut self, caught_up: bool) -> Result<Update, DeriveError> {
        let pool = self.indexer.store().pool();
        let events = derive::read_events(pool, self.manager, self.derivation.rollup_id()).await?;
        let canonical = derive::canonical(&events);
        if !caught_up
            && self.derivation.resuming()
            && canonical.len() < self.derivation.resume_covers()
        {
            return Ok(Update::default());
        }
        let update = self.derivation.update(&canonical, &mut self.posts).await;
        if let Ok(u) = &update {
            if u.resumed > 0 {
                self.checkpointed = u.resumed as u64;
            }
            // A rollback below the last checkpoint: the next one is of the new branch.
            self.checkpointed = self.checkpointed.min(self.derivation.valid_prefix() as u64);
        }
        for h in self.derivation.take_headers_seen() {
            self.evidence.extend(self.watch.observe(h));
        }
        update
    }

    /// Steps until the index reaches the chain head, then derives.
    pub async fn catch_up(&mut self) -> eyre::Result<Update> {
        let mut total = Update::default();
        loop {
            let (step, u) = self.step().await?;
            total.rolled_back += u.rolled_back;
            total.derived += u.derived;
            total.resumed += u.resumed;
            if matches!(step, Step::CaughtUp { .. }) {
                return Ok(total);
            }
        }
    }
}
