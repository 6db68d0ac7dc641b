//! The sync loop: adaptive ranges from the checkpoint to the head, reorg detection against
//! stored block hashes, and one store transaction per range.

use crate::{
    config::Config,
    model::{BlockRef, rows_for},
    rpc::{LogsError, Rpc},
    store::{BlockRow, Store},
};
use eyre::{Result, eyre};
use indicatif::{ProgressBar, ProgressStyle};
use tracing::{debug, info, warn};

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Applied a range.
    Applied {
        /// First block.
        from: u64,
        /// Last block (the new checkpoint).
        to: u64,
        /// Logs in it.
        events: usize,
    },
    /// Undid everything above a reorg's common ancestor.
    RolledBack {
        /// The common ancestor (the new checkpoint).
        ancestor: u64,
    },
    /// Nothing new.
    CaughtUp {
        /// The head, which the checkpoint has reached.
        head: u64,
    },
}

/// Where the indexer stands, published after every step (see [`Indexer::status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SyncStatus {
    /// The chain head seen by the last step.
    pub head: u64,
    /// The last fully applied block.
    pub checkpoint: Option<BlockRef>,
    /// Still catching up with the head seen at start (the API answers 503 on `/ready`).
    pub backfilling: bool,
    /// Events applied by this process.
    pub events: u64,
}

/// An indexer over one store.
#[derive(Debug)]
pub struct Indexer {
    cfg: Config,
    rpc: Rpc,
    store: Store,
    range: u64,
    events: u64,
    status: tokio::sync::watch::Sender<SyncStatus>,
}

impl Indexer {
    /// An indexer writing into `store`.
    pub fn new(cfg: Config, store: Store) -> Result<Self> {
        let rpc = Rpc::new(&cfg.rpc_urls, cfg.request_timeout)?;
        let range = cfg.initial_range.max(1);
        let status =
            tokio::sync::watch::Sender::new(SyncStatus { backfilling: true, ..Default::default() });
        Ok(Self { cfg, rpc, store, range, events: 0, status })
    }

    /// A receiver of the indexer's status, updated after every step (the API's readiness,
    /// `_meta`, metrics and subscriptions follow it).
    pub fn status(&self) -> tokio::sync::watch::Receiver<SyncStatus> {
        self.status.subscribe()
    }

    fn publish(&self, head: u64, checkpoint: Option<BlockRef>) {
        self.status.send_modify(|s| {
            s.head = head;
            s.checkpoint = checkpoint;
            s.events = self.events;
        });
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Events applied by this process so far.
    pub fn events_applied(&self) -> u64 {
        self.events
    }

    /// One step: undo a reorg if the checkpoint left the canonical chain, else apply the next
    /// range (split while the provider refuses it).
    pub async fn step(&mut self) -> Result<Step> {
        let head = self.rpc.head().await?;
        let checkpoint = self.store.checkpoint().await?;
        if let Some(cp) = checkpoint {
            if cp.number <= head {
                let canonical = self.rpc.block(cp.number).await?;
                if canonical.hash != cp.hash {
                    let ancestor = self.common_ancestor(cp.number).await?;
                    warn!(from = cp.number, ancestor = ancestor.number, "reorg: rolling back");
                    self.store.rollback_to(ancestor).await?;
                    self.publish(head, Some(ancestor));
                    return Ok(Step::RolledBack { ancestor: ancestor.number });
                }
            } else {
                // The chain is shorter than what we applied: a reorg to a shorter chain.
                let ancestor = self.common_ancestor(head).await?;
                self.store.rollback_to(ancestor).await?;
                self.publish(head, Some(ancestor));
                return Ok(Step::RolledBack { ancestor: ancestor.number });
            }
        }
        let from = checkpoint.map_or(self.cfg.contracts.start_block, |c| c.number + 1);
        if from > head {
            self.publish(head, checkpoint);
            return Ok(Step::CaughtUp { head });
        }
        loop {
            let to = head.min(from + self.range - 1);
            let before = self.rpc.block(to).await?;
            let logs = match self.rpc.logs(from, to, &self.cfg.contracts.addresses()).await {
                Ok(logs) => logs,
                Err(LogsError::RangeTooLarge(msg)) if self.range > 1 => {
                    self.range = (self.range / 2).max(1);
                    debug!(range = self.range, %msg, "range refused; halving");
                    continue;
                }
                Err(e) => return Err(eyre!(e)),
            };
            let after = self.rpc.block(to).await?;
            if after.hash != before.hash {
                // The chain moved under us; fetch again.
                continue;
            }
            let mut rows = Vec::with_capacity(logs.len() * 2);
            for log in &logs {
                if log.removed {
                    continue;
                }
                rows_for(log, &self.cfg.contracts, &mut rows)?;
            }
            // Keep hashes of blocks that can still be reorganised (and always the range end).
            let mut blocks = vec![after];
            let reorgable_from = head.saturating_sub(self.cfg.finality_depth);
            let mut seen = std::collections::BTreeSet::new();
            for log in &logs {
                if let (Some(n), Some(h)) = (log.block_number, log.block_hash)
                    && n >= reorgable_from
                    && n != to
                    && seen.insert(n)
                {
                    blocks.push(BlockRow {
                        number: n,
                        hash: h,
                        parent_hash: Default::default(),
                        timestamp: log.block_timestamp.unwrap_or_default(),
                    });
                }
            }
            self.store.apply(&blocks, &rows, BlockRef { number: to, hash: after.hash }).await?;
            self.store.prune_blocks(reorgable_from.min(to)).await?;
            self.events += logs.len() as u64;
            self.publish(head, Some(BlockRef { number: to, hash: after.hash }));
            self.range = (self.range * 2).min(self.cfg.max_range);
            return Ok(Step::Applied { from, to, events: logs.len() });
        }
    }

    /// The highest stored block at or below `from` that is still canonical (or the block
    /// before the start when none is).
    async fn common_ancestor(&self, from: u64) -> Result<BlockRef> {
        let mut n = from;
        loop {
            if n < self.cfg.contracts.start_block {
                break;
            }
            if let Some(stored) = self.store.block_hash(n).await? {
                let canonical = self.rpc.block(n).await?;
                if canonical.hash == stored {
                    return Ok(BlockRef { number: n, hash: stored });
                }
            }
            if n == 0 {
                break;
            }
            n -= 1;
        }
        // Nothing stored matches: start over from the beginning.
        let start = self.cfg.contracts.start_block.saturating_sub(1);
        Ok(BlockRef { number: start, hash: self.rpc.block(start).await?.hash })
    }

    /// Backfills to the current head, with a progress bar (rate and ETA) on a terminal.
    pub async fn backfill(&mut self, show_progress: bool) -> Result<u64> {
        let head = self.rpc.head().await?;
        let start =
            self.store.checkpoint().await?.map_or(self.cfg.contracts.start_block, |c| c.number + 1);
        let bar = if show_progress && head >= start {
            let bar = ProgressBar::new(head - start + 1);
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} blocks {pos}/{len} [{bar:30}] {per_sec} ETA {eta} {msg}",
                )
                .map_err(|e| eyre!("{e}"))?,
            );
            bar
        } else {
            ProgressBar::hidden()
        };
        loop {
            match self.step().await? {
                Step::Applied { to, .. } => {
                    bar.set_position(to.saturating_sub(start) + 1);
                    bar.set_message(format!("{} events", self.events));
                    if to >= head {
                        break;
                    }
                }
                Step::RolledBack { .. } => {}
                Step::CaughtUp { .. } => break,
            }
        }
        bar.finish_and_clear();
        self.status.send_modify(|s| s.backfilling = false);
        info!(head, events = self.events, "backfill done");
        Ok(head)
    }

    /// Follows the chain forever: a step whenever a new head is announced over WebSocket (if
    /// `ws_url` is set), and every `poll_interval` in any case.
    pub async fn follow(&mut self) -> Result<()> {
        let wake = std::sync::Arc::new(tokio::sync::Notify::new());
        let _heads = self.cfg.ws_url.clone().map(|url| crate::heads::spawn(url, wake.clone()));
        loop {
            match self.step().await {
                Ok(Step::CaughtUp { .. }) => {
                    tokio::select! {
                        _ = tokio::time::sleep(self.cfg.poll_interval) => {}
                        _ = wake.notified() => {}
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    warn!(error = %e, "sync step failed; retrying");
                    tokio::time::sleep(self.cfg.poll_interval * 10).await;
                }
            }
        }
    }
}
