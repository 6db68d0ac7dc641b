//! A staker's claimable fee rewards, rebuilt from the index alone by replaying, in chain order,
//! exactly what the FeeDistributor does: share changes (from the delegation history) settle the
//! position and add pending shares (or remove pending ones first), `OperatorRewarded` moves the
//! pool's per-share accumulator, `EpochClosed` starts the next epoch (promoting pending shares),
//! and `RewardsClaimed` pays out. The result equals `FeeDistributor.claimable(operator, staker)`
//! at the indexed block, to the wei (the tests check it on randomised scenarios).

use crate::db::{Conn, Row, query};
use alloy::primitives::{Address, U256};
use std::collections::BTreeMap;

/// The accumulator's scale (`FeeDistributor.ACC_SCALE`, 1e36).
pub fn acc_scale() -> U256 {
    U256::from(10u8).pow(U256::from(36u8))
}

/// A staker's reward shares in one pool, as the FeeDistributor keeps them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    /// Shares that earn.
    pub eligible: U256,
    /// Shares added in `epoch`, earning from the next one.
    pub pending: U256,
    /// Epoch of the last share change.
    pub epoch: u64,
}

/// What a staker has in one pool's reward accounting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rewards {
    /// The position.
    pub position: Position,
    /// Credited and not yet claimed (whole wei).
    pub credited: U256,
    /// Accumulator value the position was last settled at.
    pub snapshot: U256,
    /// Claimed so far.
    pub claimed: U256,
}

enum Ev {
    Shares { staker: Address, after: U256 },
    Rewarded { epoch: u64, acc: U256 },
    EpochClosed,
    Claimed { staker: Address, amount: U256 },
}

/// The pool-wide part of the replay: the epoch, the accumulator and its value at each epoch's
/// distribution.
#[derive(Default)]
struct Pool {
    epoch: u64,
    acc: U256,
    acc_at: BTreeMap<u64, U256>,
}

/// One staker's part: its rewards state and its current shares.
#[derive(Default)]
struct Staker {
    r: Rewards,
    shares: U256,
}

impl Pool {
    /// Brings a position up to date; returns whole wei owed (the distributor's `_pendingRewards`).
    fn pending(&self, s: &Staker) -> (Position, U256) {
        let mut p = s.r.position;
        let mut owed = p.eligible * (self.acc - s.r.snapshot);
        if !p.pending.is_zero() && p.epoch < self.epoch {
            let base = self.acc_at.get(&p.epoch).copied().unwrap_or_default().max(s.r.snapshot);
            owed += p.pending * (self.acc - base);
            p.eligible += p.pending;
            p.pending = U256::ZERO;
            p.epoch = self.epoch;
        }
        (p, owed)
    }

    fn accrue(&self, s: &mut Staker) {
        let (p, owed) = self.pending(s);
        s.r.position = p;
        s.r.snapshot = self.acc;
        s.r.credited += owed / acc_scale();
    }

    fn settle(&self, s: &mut Staker) {
        if s.r.position.epoch != self.epoch {
            self.accrue(s);
        }
    }

    /// What `s` could claim now: credited plus what its shares earned since it was settled.
    fn claimable(&self, s: &Staker) -> U256 {
        s.r.credited + self.pending(s).1 / acc_scale()
    }
}

/// Every event of one staker's replay in `operator`'s pool, in chain order, as one statement
/// (one round trip; SQLite sorts): kind 0 a share change (who, shares after), 1 a reward
/// (accumulator, epoch), 2 an epoch closed, 3 a claim (who, amount).
const STAKER_EVENTS: &str = "
    SELECT block_number, log_index, 0, staker, shares, NULL FROM delegations
     WHERE staker = $1 AND operator = $2
    UNION ALL SELECT block_number, log_index, 1, NULL, acc_reward_per_share, epoch
     FROM operator_rewards WHERE operator = $2
    UNION ALL SELECT block_number, log_index, 2, NULL, NULL, NULL FROM epochs
    UNION ALL SELECT block_number, log_index, 3, claimant, amount, NULL FROM reward_claims
     WHERE claimant = $1 AND operator = $2 AND kind = 'rewards'
    ORDER BY 1, 2";

/// The same for every staker of the pool.
const POOL_EVENTS: &str = "
    SELECT block_number, log_index, 0, staker, shares, NULL FROM delegations
     WHERE operator = $2 AND $1 IS NULL
    UNION ALL SELECT block_number, log_index, 1, NULL, acc_reward_per_share, epoch
     FROM operator_rewards WHERE operator = $2
    UNION ALL SELECT block_number, log_index, 2, NULL, NULL, NULL FROM epochs
    UNION ALL SELECT block_number, log_index, 3, claimant, amount, NULL FROM reward_claims
     WHERE operator = $2 AND kind = 'rewards'
    ORDER BY 1, 2";

/// Replays `operator`'s pool, for one staker or for all of them, in chain order.
async fn replay<'c>(
    conn: impl Into<Conn<'c>>,
    operator: Address,
    only: Option<Address>,
) -> Result<BTreeMap<Address, (Rewards, U256)>, sqlx::Error> {
    let rows: Vec<Row> = query(if only.is_some() { STAKER_EVENTS } else { POOL_EVENTS })
        .bind(only.as_ref().map(|a| a.as_slice()))
        .bind(operator.as_slice())
        .fetch_all(conn)
        .await?;
    let word = |r: &Row| U256::from_be_slice(&r.get::<Vec<u8>>(4));
    let who = |r: &Row| Address::from_slice(&r.get::<Vec<u8>>(3));
    let evs = rows.iter().map(|r| match r.get::<i64>(2) {
        0 => Ev::Shares { staker: who(r), after: word(r) },
        1 => Ev::Rewarded { epoch: r.get::<i64>(5) as u64, acc: word(r) },
        2 => Ev::EpochClosed,
        _ => Ev::Claimed { staker: who(r), amount: word(r) },
    });

    let mut pool = Pool::default();
    let mut stakers: BTreeMap<Address, Staker> = BTreeMap::new();
    if let Some(a) = only {
        stakers.insert(a, Staker::default());
    }
    for ev in evs {
        match ev {
            Ev::Shares { staker, after } => {
                let s = stakers.entry(staker).or_default();
                pool.settle(s);
                let p = &mut s.r.position;
                p.epoch = pool.epoch;
                if after >= s.shares {
                    p.pending += after - s.shares;
                } else {
                    let removed = s.shares - after;
                    let from_pending = removed.min(p.pending);
                    p.pending -= from_pending;
                    p.eligible -= removed - from_pending;
                }
                s.shares = after;
            }
            Ev::Rewarded { epoch, acc } => {
                pool.acc = acc;
                pool.acc_at.insert(epoch, acc);
            }
            Ev::EpochClosed => pool.epoch += 1,
            Ev::Claimed { staker, amount } => {
                let s = stakers.entry(staker).or_default();
                pool.accrue(s);
                s.r.credited = U256::ZERO;
                s.r.claimed += amount;
            }
        }
    }
    Ok(stakers.into_iter().map(|(a, s)| (a, (s.r, pool.claimable(&s)))).collect())
}

/// Replays the index for `staker` in `operator`'s pool; returns its rewards state and what it
/// could claim now (`credited` plus what its shares earned since the last settlement).
pub async fn claimable<'c>(
    conn: impl Into<Conn<'c>>,
    operator: Address,
    staker: Address,
) -> Result<(Rewards, U256), sqlx::Error> {
    let all = replay(conn, operator, Some(staker)).await?;
    Ok(all.get(&staker).copied().unwrap_or_default())
}

/// Replays `operator`'s whole pool once: every staker that ever held shares in it or claimed
/// from it, with its rewards state and what it could claim now (each equal to
/// `FeeDistributor.claimable(operator, staker)` at the indexed block).
pub async fn pool_claimable<'c>(
    conn: impl Into<Conn<'c>>,
    operator: Address,
) -> Result<BTreeMap<Address, (Rewards, U256)>, sqlx::Error> {
    replay(conn, operator, None).await
}
