//! The sync loop: adaptive ranges from the checkpoint to the head, reorg detection against
//! stored block hashes, and one store transaction per range.

use crate::{
    config::Config,
    model::{BlockRef, Row, rows_for},
    rpc::{LogsError, Rpc},
    store::{BlockRow, Progress, Store},
};
use alloy::primitives::B256;
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
    /// Replaced everything above a reorg's common ancestor with the canonical chain's rows up
    /// to the head, in one transaction.
    RolledBack {
        /// The common ancestor.
        ancestor: u64,
        /// The new checkpoint.
        to: u64,
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
    /// Replacing the rows above a reorg's common ancestor (the API answers 503 on `/ready`;
    /// readers still see the state from before the reorg until the replacement commits).
    pub rebuilding: bool,
    /// Reorgs undone by this process.
    pub reorgs: u64,
    /// The common ancestor of the last reorg undone.
    pub reorg_ancestor: Option<u64>,
    /// Blocks below the checkpoint whose hashes are kept: a reorg at most this deep is undone
    /// down to its fork point; a deeper one re-indexes from the start block.
    pub reorg_window: u64,
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
        let status = tokio::sync::watch::Sender::new(SyncStatus {
            backfilling: true,
            reorg_window: cfg.reorg_window(),
            ..Default::default()
        });
        // The progress other processes read (API replicas' `/ready` and `_meta`): recorded in
        // the database whenever the head or the backfill flag changes.
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            let (mut rx, store) = (status.subscribe(), store.clone());
            rt.spawn(async move {
                // The first record at once: after a reset or a takeover, replicas learn
                // that this writer is backfilling before it commits anything.
                let mut recorded = None;
                let mut first = true;
                while std::mem::take(&mut first) || rx.changed().await.is_ok() {
                    let now = {
                        let s = rx.borrow_and_update();
                        Progress { head: s.head, backfilling: s.backfilling }
                    };
                    if recorded != Some(now) {
                        match store.record_progress(now).await {
                            Ok(()) => recorded = Some(now),
                            Err(e) => debug!(error = %e, "recording progress"),
                        }
                    }
                }
            });
        }
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

    /// One step: apply the next range (split while the provider refuses it), or undo a reorg
    /// if the checkpoint left the canonical chain.
    pub async fn step(&mut self) -> Result<Step> {
        let head = self.rpc.head().await?;
        let checkpoint = self.store.checkpoint().await?;
        if let Some(step) = self.check_reorg(head, checkpoint).await? {
            return Ok(step);
        }
        let from = checkpoint.map_or(self.cfg.contracts.start_block, |c| c.number + 1);
        if from > head {
            // (A lagging node's head may be below the checkpoint: the chain's head is not.)
            let head = head.max(checkpoint.map_or(0, |c| c.number));
            self.publish(head, checkpoint);
            return Ok(Step::CaughtUp { head });
        }
        let range = fetch(&self.rpc, &self.cfg, &mut self.range, from, head).await?;
        self.apply(head, checkpoint, range).await
    }

    /// Applies a fetched range on top of `checkpoint`, unless the checkpoint stopped being
    /// canonical while the range was fetched (then it undoes the reorg instead).
    ///
    /// The check comes after the fetch: if the checkpoint's block is canonical once the range's
    /// logs are in, either the range's last block (whose hash did not change during the fetch)
    /// descends from it, or that block is no longer canonical and the next step rolls it back.
    async fn apply(
        &mut self,
        head: u64,
        checkpoint: Option<BlockRef>,
        range: Fetched,
    ) -> Result<Step> {
        if let Some(step) = self.check_reorg(head, checkpoint).await? {
            return Ok(step);
        }
        let to = BlockRef { number: range.to, hash: range.to_hash };
        self.store.apply(&range.blocks, &range.rows, to).await?;
        self.applied(head, &range).await
    }

    /// Bookkeeping after a range is committed: prune old block hashes, count, publish.
    async fn applied(&mut self, head: u64, range: &Fetched) -> Result<Step> {
        let reorgable_from = head.saturating_sub(self.cfg.reorg_window());
        self.store.prune_blocks(reorgable_from.min(range.to)).await?;
        self.events += range.events as u64;
        self.publish(head, Some(BlockRef { number: range.to, hash: range.to_hash }));
        Ok(Step::Applied { from: range.from, to: range.to, events: range.events })
    }

    /// Replaces everything above the common ancestor with the canonical chain up to `head` if
    /// `checkpoint` is no longer on the canonical chain (or above the head of a shorter chain
    /// that proves different, not of a node that merely lags).
    async fn check_reorg(
        &mut self,
        head: u64,
        checkpoint: Option<BlockRef>,
    ) -> Result<Option<Step>> {
        let Some(cp) = checkpoint else { return Ok(None) };
        let ancestor = if cp.number <= head {
            if self.rpc.block(cp.number).await?.hash == cp.hash {
                return Ok(None);
            }
            let ancestor = self.common_ancestor(cp.number).await?;
            warn!(
                from = cp.number,
                ancestor = ancestor.number,
                "reorg: replacing the blocks above the fork"
            );
            ancestor
        } else {
            // The node's head is below what we applied: a reorg to a shorter chain, or only a
            // node that lags (a load balancer's or a failover's). Roll back only on proof, a
            // block at its head that differs from ours; otherwise wait for the head to pass
            // ours again (a lagging node must not undo rows nor send subscribers `removed`).
            let differs = match self.store.block_hash(head).await? {
                Some(ours) => self.rpc.block(head).await?.hash != ours,
                None => false, // below the reorg window: nothing to compare, so no proof
            };
            if !differs {
                debug!(
                    checkpoint = cp.number,
                    head, "the node's head is behind the index: waiting"
                );
                return Ok(None);
            }
            let ancestor = self.common_ancestor(head).await?;
            warn!(from = cp.number, ancestor = ancestor.number, head, "reorg to a shorter chain");
            ancestor
        };
        self.status.send_modify(|s| s.rebuilding = true);
        let rebuilt = self.rebuild(head, ancestor).await;
        // One update: readers never see the new reorg count without the new checkpoint.
        self.status.send_modify(|s| {
            s.rebuilding = false;
            if let Ok(to) = &rebuilt {
                s.reorgs += 1;
                s.reorg_ancestor = Some(ancestor.number);
                s.head = head;
                s.checkpoint = Some(*to);
                s.events = self.events;
            }
        });
        let to = rebuilt?;
        Ok(Some(Step::RolledBack { ancestor: ancestor.number, to: to.number }))
    }

    /// Deletes the rows above `ancestor` and applies the canonical chain's ranges up to `head`,
    /// all in one transaction (readers see the old state until it commits, then the new one).
    /// Each range is applied only while the one before it is still canonical, as in `backfill`;
    /// if the chain moves again meanwhile, nothing is committed and the next step starts over.
    async fn rebuild(&mut self, head: u64, ancestor: BlockRef) -> Result<BlockRef> {
        let mut rebuild = self.store.rebuild(ancestor).await?;
        let mut events = 0;
        while rebuild.to().number < head {
            let range =
                fetch(&self.rpc, &self.cfg, &mut self.range, rebuild.to().number + 1, head).await?;
            let last = rebuild.to();
            if self.rpc.block(last.number).await?.hash != last.hash {
                eyre::bail!("the chain reorganised again during a reorg's rebuild; starting over");
            }
            let to = BlockRef { number: range.to, hash: range.to_hash };
            rebuild.apply(&range.blocks, &range.rows, to).await?;
            events += range.events;
        }
        let to = rebuild.to();
        rebuild.commit().await?;
        self.events += events as u64;
        self.store
            .prune_blocks(head.saturating_sub(self.cfg.reorg_window()).min(to.number))
            .await?;
        info!(ancestor = ancestor.number, to = to.number, events, "reorg replaced");
        Ok(to)
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
        // Into an empty database (or after a crash during such a backfill), the high-volume
        // tables' secondary indexes are built once at the end instead of row by row.
        let mut checkpoint = self.store.checkpoint().await?;
        if checkpoint.is_none() || !self.store.secondary_indexes_built().await? {
            self.store.defer_secondary_indexes().await?;
        }
        // Pipelined: while one range is written to SQLite (on its own thread), the next is
        // fetched and decoded. Each range is still checked against the chain before it is
        // applied (see `apply`), so a reorg during the backfill is handled as in `step`.
        let mut next = None;
        loop {
            let from = checkpoint.map_or(self.cfg.contracts.start_block, |c| c.number + 1);
            let range = match next.take() {
                Some(range) => range,
                None if from > head => break,
                None => fetch(&self.rpc, &self.cfg, &mut self.range, from, head).await?,
            };
            if let Some(step) = self.check_reorg(head, checkpoint).await? {
                debug!(?step, "reorg during backfill");
                checkpoint = self.store.checkpoint().await?;
                continue;
            }
            let to = BlockRef { number: range.to, hash: range.to_hash };
            let (written, fetched) = if range.to < head {
                let write = self.store.apply(&range.blocks, &range.rows, to);
                let read = fetch(&self.rpc, &self.cfg, &mut self.range, range.to + 1, head);
                let (written, fetched) = tokio::join!(write, read);
                (written, Some(fetched))
            } else {
                (self.store.apply(&range.blocks, &range.rows, to).await, None)
            };
            written?;
            self.applied(head, &range).await?;
            checkpoint = Some(to);
            bar.set_position(range.to.saturating_sub(start) + 1);
            bar.set_message(format!("{} events", self.events));
            match fetched {
                Some(fetched) => next = Some(fetched?),
                None => break,
            }
        }
        bar.set_message("building indexes");
        self.store.build_secondary_indexes().await?;
        bar.finish_and_clear();
        self.status.send_modify(|s| s.backfilling = false);
        info!(head, events = self.events, "backfill done");
        Ok(head)
    }

    /// Follows the chain until another indexer takes over as the writer (PostgreSQL; the
    /// error is [`crate::store::Fenced`]): a step whenever a new head is announced over WebSocket (if
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
                // Another indexer writes now: stop, so a supervisor restarts this one as a
                // standby (retrying would only be refused again).
                Err(e) if crate::store::fenced(&e) => return Err(e),
                Err(e) => {
                    warn!(error = %e, "sync step failed; retrying");
                    tokio::time::sleep(self.cfg.poll_interval * 10).await;
                }
            }
        }
    }
}

/// A range fetched and decoded, ready to apply.
#[derive(Debug)]
struct Fetched {
    from: u64,
    to: u64,
    to_hash: B256,
    rows: Vec<Row>,
    blocks: Vec<BlockRow>,
    events: usize,
}

/// Fetches and decodes the logs of `from..=min(from + range - 1, head)`, halving `range` while
/// the provider refuses it, then sizes the next range by how many logs this one held: it grows
/// (doubling, up to `max_range` blocks) while a range holds under half of `target_logs`, and
/// shrinks in proportion when it holds more, so memory per range stays bounded on dense chains.
async fn fetch(rpc: &Rpc, cfg: &Config, range: &mut u64, from: u64, head: u64) -> Result<Fetched> {
    loop {
        let to = head.min(from + *range - 1);
        let before = rpc.block(to).await?;
        let logs = match rpc.logs(from, to, &cfg.contracts.addresses()).await {
            Ok(logs) => logs,
            Err(LogsError::RangeTooLarge(msg)) if *range > 1 => {
                *range = (*range / 2).max(1);
                debug!(range = *range, %msg, "range refused; halving");
                continue;
            }
            Err(e) => return Err(eyre!(e)),
        };
        let after = rpc.block(to).await?;
        if after.hash != before.hash {
            // The chain moved under us; fetch again.
            continue;
        }
        let mut rows = Vec::with_capacity(logs.len() * 2);
        for log in &logs {
            if log.removed {
                continue;
            }
            rows_for(log, &cfg.contracts, &mut rows)?;
        }
        // Rows that need their block's time (governor parameters) when the provider's logs do
        // not carry `blockTimestamp`: one header per such block (these events are rare).
        let mut times = std::collections::BTreeMap::new();
        for row in &mut rows {
            if let Some(n) = row.missing_timestamp() {
                let at = match times.get(&n) {
                    Some(at) => *at,
                    None => *times.entry(n).or_insert(rpc.block(n).await?.timestamp),
                };
                row.set_timestamp(at);
            }
        }
        // Keep hashes of blocks that can still be reorganised (and always the range end).
        let mut blocks = vec![after];
        let reorgable_from = head.saturating_sub(cfg.reorg_window());
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
        let (span, target) = (to - from + 1, cfg.target_logs.max(1));
        *range = if logs.len() > target {
            (span.saturating_mul(target as u64) / logs.len() as u64).max(1)
        } else if logs.len() < target / 2 {
            range.saturating_mul(2).min(cfg.max_range.max(1))
        } else {
            *range
        };
        return Ok(Fetched { from, to, to_hash: after.hash, rows, blocks, events: logs.len() });
    }
}
