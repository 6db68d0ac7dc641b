//! Finality and fees: `finalize` once batches' challenge windows have ended, then
//! `distributeFees`, so the fees of final batches reach the FeeDistributor, credited to the
//! operators that did the work (docs/rollup-stf.md 7.3, 7.4); `settle` an ephemeral rollup
//! once it expired and every batch is final; and `closeEpoch` on the FeeDistributor once an
//! epoch holding fees is over, which credits them to operators and their stakers. Each is
//! simulated first: when there is nothing to do (or another node just did it) nothing is sent.
//!
//! Every keeper of a rollup sees the same task due at the same moment; sent at once, all but
//! one would pay for a revert or a no-op. A [`Stagger`] gives each task a rank per node (its
//! place among the rollup's verifiers, rotated by the task's number so the gas is shared): a
//! node sends a task only once it has been due for `rank * step`, and by then the first
//! node's transaction has usually landed and the simulation finds nothing to do.

use crate::{
    challenger::revert_reason,
    l1::{Fees, SendError, send_estimated},
};
use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};
use alt_bindings::{
    fee_distributor::FeeDistributor,
    i_rollup_manager::{IRollupManager, IRollupManagerTypes},
};
use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

/// The rank of a keeper that is none of the rollup's verifiers: after them.
pub const OUTSIDER_RANK: u64 = 8;

/// A keeper task, for [`Stagger`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Task {
    /// `finalize` (and then `distributeFees`, by the same node) from this finalized count.
    Finalize,
    /// `distributeFees` left over (finalized by another node or an earlier round).
    Distribute,
    /// `settle`.
    Settle,
    /// `closeEpoch` of this epoch.
    CloseEpoch,
}

/// When this node may send a task that is due: see the module's documentation.
#[derive(Debug, Clone)]
pub struct Stagger {
    /// Time between ranks (about one L1 block: the first sender's transaction lands in it).
    pub step: Duration,
    /// This node's place among the rollup's verifiers and their number (`None`: not one of
    /// them, ranked [`OUTSIDER_RANK`]).
    pub place: Option<(u64, u64)>,
    /// When each (task, number) was first seen due.
    due_since: HashMap<(Task, u64), Instant>,
}

impl Stagger {
    /// A stagger of `step` per rank for a node at `place` (see [`Stagger::place`]).
    pub fn new(step: Duration, place: Option<(u64, u64)>) -> Self {
        Self { step, place, due_since: HashMap::new() }
    }

    /// This node's rank for task number `n` (0 sends at once).
    pub fn rank(&self, n: u64) -> u64 {
        match self.place {
            Some((p, count)) if count > 0 => (p + n) % count,
            _ => OUTSIDER_RANK,
        }
    }

    /// Whether task `task` number `n`, due now, may be sent: it has been due (as seen by this
    /// node) for its rank's delay.
    pub fn ready(&mut self, task: Task, n: u64) -> bool {
        // (Tasks of other numbers are done or moot: forgotten.)
        self.due_since.retain(|(t, m), _| *t != task || *m == n);
        let since = *self.due_since.entry((task, n)).or_insert_with(Instant::now);
        let wait = self.step.saturating_mul(u32::try_from(self.rank(n)).unwrap_or(u32::MAX));
        since.elapsed() >= wait
    }
}

/// What a round did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    /// Batches made final.
    pub finalized: u64,
    /// Whether fees were distributed, and for how many batches.
    pub distributed: u64,
    /// Whether the (expired) rollup was settled.
    pub settled: bool,
    /// Whether service fees owed by a settled rollup were paid out.
    pub service_paid: bool,
    /// The fee epoch closed, if one was.
    pub epoch_closed: Option<u32>,
    /// The transactions sent.
    pub txs: Vec<B256>,
    /// Wei paid for their gas.
    pub gas_wei: u128,
    /// The tasks that failed this round, each as "task: error" (the next round tries again).
    pub failed: Vec<String>,
}

impl Kept {
    fn sent(&mut self, (hash, gas, _): (B256, u128, u32)) {
        self.txs.push(hash);
        self.gas_wei += gas;
    }
}

/// Finalizes up to `max` batches of rollup `rollup_id` whose windows ended, then distributes
/// the fees of up to `max` final batches, settles the rollup if it expired and every batch is
/// final, and closes the FeeDistributor's epoch (`fee_distributor`, if given) when it is over
/// and holds fees; sending from `provider`'s wallet (bumping fees by `fees`), each task only
/// once `stagger` allows it.
/// A task that fails is listed in [`Kept::failed`], and the round goes on with the others (one
/// failed simulation or RPC read never holds up the rest) unless a transaction of ours may
/// still wait in the pool: the next ones would queue behind it.
pub async fn keep<P: Provider>(
    provider: &P,
    manager: Address,
    fee_distributor: Option<Address>,
    rollup_id: U256,
    max: u64,
    stagger: &mut Stagger,
    fees: &Fees,
) -> Kept {
    let m = IRollupManager::new(manager, provider);
    let mut out = Kept::default();
    let k = Keeper { provider, manager, m: &m, rollup_id, max, fees };
    // (A failure after which a transaction of ours may still wait in the pool ends the round:
    // the next ones would queue behind it, on state they were not simulated for.)
    if let Err(e) = k.finalize(stagger, &mut out).await {
        out.failed.push(format!("finalize: {e}"));
        if e.pending {
            return out;
        }
    }
    if let Err(e) = k.distribute(stagger, &mut out).await {
        out.failed.push(format!("distributeFees: {e}"));
        if e.pending {
            return out;
        }
    }
    let now = match provider.get_block_by_number(alloy::eips::BlockNumberOrTag::Latest).await {
        Ok(b) => b.map_or(0, |b| b.header.timestamp),
        Err(e) => {
            out.failed.push(format!("latest block: {e}"));
            return out;
        }
    };
    if let Err(e) = k.settle(now, stagger, &mut out).await {
        out.failed.push(format!("settle: {e}"));
        if e.pending {
            return out;
        }
    }
    if let Some(fd) = fee_distributor
        && let Err(e) = k.close_epoch(fd, now, stagger, &mut out).await
    {
        out.failed.push(format!("closeEpoch: {e}"));
    }
    out
}

/// One round's tasks for one rollup.
struct Keeper<'a, P: Provider> {
    provider: &'a P,
    manager: Address,
    m: &'a IRollupManager::IRollupManagerInstance<&'a P>,
    rollup_id: U256,
    max: u64,
    fees: &'a Fees,
}

impl<P: Provider> Keeper<'_, P> {
    async fn rollup(&self) -> Result<IRollupManagerTypes::Rollup, String> {
        self.m.rollup(self.rollup_id).call().await.map_err(|e| e.to_string())
    }

    fn to_manager(&self, input: Vec<u8>) -> TransactionRequest {
        TransactionRequest::default().with_to(self.manager).with_input(input)
    }

    async fn finalize(&self, stagger: &mut Stagger, out: &mut Kept) -> Result<(), SendError> {
        let r = self.rollup().await?;
        if r.finalizedCount >= r.batchCount {
            return Ok(());
        }
        let call = IRollupManager::finalizeCall {
            rollupId: self.rollup_id,
            maxBatches: U256::from(self.max),
        };
        let tx = self.to_manager(call.abi_encode());
        let ret = self.provider.call(tx.clone()).await.map_err(|e| revert_reason(&e))?;
        let n =
            IRollupManager::finalizeCall::abi_decode_returns(&ret).map_err(|e| e.to_string())?;
        if !n.is_zero() && stagger.ready(Task::Finalize, r.finalizedCount) {
            out.sent(send_estimated(self.provider, tx, self.fees).await?);
            out.finalized = n.saturating_to();
        }
        Ok(())
    }

    async fn distribute(&self, stagger: &mut Stagger, out: &mut Kept) -> Result<(), SendError> {
        let r = self.rollup().await?;
        // (A settled rollup may still owe service fees charged at settlement: distributing pays
        // them out even with no batch left.)
        // (The node that just finalized distributes at once: its round carries the task on.)
        if (r.distributedCount < r.finalizedCount || (r.settled && r.owedServiceFees > 0))
            && (out.finalized > 0 || stagger.ready(Task::Distribute, r.distributedCount))
        {
            let call = IRollupManager::distributeFeesCall {
                rollupId: self.rollup_id,
                maxBatches: U256::from(self.max),
            };
            let tx = self.to_manager(call.abi_encode());
            self.provider.call(tx.clone()).await.map_err(|e| revert_reason(&e))?;
            out.sent(send_estimated(self.provider, tx, self.fees).await?);
            out.distributed = (r.finalizedCount - r.distributedCount).min(self.max);
            out.service_paid = r.settled && r.owedServiceFees > 0;
        }
        Ok(())
    }

    async fn settle(
        &self,
        now: u64,
        stagger: &mut Stagger,
        out: &mut Kept,
    ) -> Result<(), SendError> {
        let r = self.rollup().await?;
        // Settled once it expired and every batch is final (settle finalizes what it can itself;
        // before the last window ends the simulation refuses, and that is no error: just not
        // yet).
        if r.expiry != 0 && !r.settled && now >= r.expiry && r.distributedCount == r.finalizedCount
        {
            let tx = self
                .to_manager(IRollupManager::settleCall { rollupId: self.rollup_id }.abi_encode());
            if self.provider.call(tx.clone()).await.is_ok() && stagger.ready(Task::Settle, 0) {
                out.sent(send_estimated(self.provider, tx, self.fees).await?);
                out.settled = true;
            }
        }
        Ok(())
    }

    async fn close_epoch(
        &self,
        fd: Address,
        now: u64,
        stagger: &mut Stagger,
        out: &mut Kept,
    ) -> Result<(), SendError> {
        let f = FeeDistributor::new(fd, self.provider);
        let info = f.epochInfo().call().await.map_err(|e| e.to_string())?;
        if now < info.startedAt.saturating_add(info.length) {
            return Ok(());
        }
        let fees = f.epochFees(info.epoch).call().await.map_err(|e| e.to_string())?;
        let attributed = f.epochAttributed(info.epoch).call().await.map_err(|e| e.to_string())?;
        let call = FeeDistributor::closeEpochCall {};
        let tx = TransactionRequest::default().with_to(fd).with_input(call.abi_encode());
        // (Every keeper of every rollup may close it: one that just did makes the simulation
        // fail, which is no error.)
        if !(fees + attributed).is_zero()
            && self.provider.call(tx.clone()).await.is_ok()
            && stagger.ready(Task::CloseEpoch, u64::from(info.epoch))
        {
            match send_estimated(self.provider, tx, self.fees).await {
                Ok(sent) => {
                    out.sent(sent);
                    out.epoch_closed = Some(info.epoch);
                }
                // A rival's close landing first is no error.
                Err(e) => tracing::debug!(error = %e, "closeEpoch not sent"),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_rotate_over_the_verifiers_and_outsiders_come_last() {
        let at = |p| Stagger::new(Duration::from_secs(12), Some((p, 3)));
        // For each task number the three verifiers hold ranks 0, 1 and 2, each one in turn.
        for n in 0..6 {
            let mut ranks: Vec<u64> = (0..3).map(|p| at(p).rank(n)).collect();
            ranks.sort();
            assert_eq!(ranks, [0, 1, 2], "task {n}");
        }
        assert_eq!((0..3).map(|n| at(1).rank(n)).collect::<Vec<_>>(), [1, 2, 0]);
        assert_eq!(Stagger::new(Duration::from_secs(1), None).rank(5), OUTSIDER_RANK);
        assert_eq!(Stagger::new(Duration::from_secs(1), Some((0, 0))).rank(5), OUTSIDER_RANK);
    }

    #[test]
    fn a_task_waits_for_its_rank_from_when_it_was_first_seen_due() {
        let mut first = Stagger::new(Duration::from_millis(200), Some((0, 2)));
        assert!(first.ready(Task::Finalize, 0), "rank 0 sends at once");
        let mut second = Stagger::new(Duration::from_millis(200), Some((1, 2)));
        assert!(!second.ready(Task::Finalize, 0), "rank 1 waits a step");
        assert!(second.ready(Task::Finalize, 1), "and leads the next task");
        std::thread::sleep(Duration::from_millis(250));
        // (Task 0 was forgotten when task 1 was seen: seen again, its wait starts over.)
        assert!(!second.ready(Task::Finalize, 0));
        std::thread::sleep(Duration::from_millis(250));
        assert!(second.ready(Task::Finalize, 0));
        // Other kinds of task are timed apart.
        assert!(!second.ready(Task::CloseEpoch, 4));
        assert!(second.ready(Task::Finalize, 0));
    }
}
