//! A staker's claimable fee rewards, rebuilt from the index alone by replaying, in chain order,
//! exactly what the FeeDistributor does: share changes (from the delegation history) settle the
//! position and add pending shares (or remove pending ones first), `OperatorRewarded` moves the
//! pool's per-share accumulator, `EpochClosed` starts the next epoch (promoting pending shares),
//! and `RewardsClaimed` pays out. The result equals `FeeDistributor.claimable(operator, staker)`
//! at the indexed block, to the wei (the tests check it on randomised scenarios).

use alloy::primitives::{Address, U256};
use sqlx::{Row as _, SqliteConnection};
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
    Shares(U256),
    Rewarded { epoch: u64, acc: U256 },
    EpochClosed,
    Claimed,
}

struct Replay {
    epoch: u64,
    acc: U256,
    acc_at: BTreeMap<u64, U256>,
    r: Rewards,
}

impl Replay {
    /// Brings the position up to date; returns whole wei owed (the distributor's `_pendingRewards`).
    fn pending(&self) -> (Position, U256) {
        let mut p = self.r.position;
        let mut owed = p.eligible * (self.acc - self.r.snapshot);
        if !p.pending.is_zero() && p.epoch < self.epoch {
            let base = self.acc_at.get(&p.epoch).copied().unwrap_or_default().max(self.r.snapshot);
            owed += p.pending * (self.acc - base);
            p.eligible += p.pending;
            p.pending = U256::ZERO;
            p.epoch = self.epoch;
        }
        (p, owed)
    }

    fn accrue(&mut self) {
        let (p, owed) = self.pending();
        self.r.position = p;
        self.r.snapshot = self.acc;
        self.r.credited += owed / acc_scale();
    }

    fn settle(&mut self) {
        if self.r.position.epoch != self.epoch {
            self.accrue();
        }
    }
}

/// Replays the index for `staker` in `operator`'s pool; returns its rewards state and what it
/// could claim now (`credited` plus what its shares earned since the last settlement).
pub async fn claimable(
    conn: &mut SqliteConnection,
    operator: Address,
    staker: Address,
) -> Result<(Rewards, U256), sqlx::Error> {
    let (op, st) = (operator.as_slice(), staker.as_slice());
    let mut evs: Vec<((i64, i64), Ev)> = Vec::new();
    let rows = sqlx::query(
        "SELECT block_number, log_index, shares FROM delegations
         WHERE staker = ?1 AND operator = ?2 ORDER BY block_number, log_index",
    )
    .bind(st)
    .bind(op)
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        let shares = U256::from_be_slice(&r.get::<Vec<u8>, _>(2));
        evs.push(((r.get(0), r.get(1)), Ev::Shares(shares)));
    }
    for r in sqlx::query(
        "SELECT block_number, log_index, epoch, acc_reward_per_share FROM operator_rewards
         WHERE operator = ?1",
    )
    .bind(op)
    .fetch_all(&mut *conn)
    .await?
    {
        let acc = U256::from_be_slice(&r.get::<Vec<u8>, _>(3));
        evs.push(((r.get(0), r.get(1)), Ev::Rewarded { epoch: r.get::<i64, _>(2) as u64, acc }));
    }
    for r in sqlx::query("SELECT block_number, log_index FROM epochs").fetch_all(&mut *conn).await?
    {
        evs.push(((r.get(0), r.get(1)), Ev::EpochClosed));
    }
    let mut claimed = U256::ZERO;
    for r in sqlx::query(
        "SELECT block_number, log_index, amount FROM reward_claims
         WHERE operator = ?1 AND claimant = ?2 AND kind = 'rewards'",
    )
    .bind(op)
    .bind(st)
    .fetch_all(&mut *conn)
    .await?
    {
        claimed += U256::from_be_slice(&r.get::<Vec<u8>, _>(2));
        evs.push(((r.get(0), r.get(1)), Ev::Claimed));
    }
    evs.sort_by_key(|(pos, _)| *pos);

    let mut s =
        Replay { epoch: 0, acc: U256::ZERO, acc_at: BTreeMap::new(), r: Rewards::default() };
    let mut shares = U256::ZERO;
    for (_, ev) in evs {
        match ev {
            Ev::Shares(after) => {
                s.settle();
                let p = &mut s.r.position;
                p.epoch = s.epoch;
                if after >= shares {
                    p.pending += after - shares;
                } else {
                    let removed = shares - after;
                    let from_pending = removed.min(p.pending);
                    p.pending -= from_pending;
                    p.eligible -= removed - from_pending;
                }
                shares = after;
            }
            Ev::Rewarded { epoch, acc } => {
                s.acc = acc;
                s.acc_at.insert(epoch, acc);
            }
            Ev::EpochClosed => s.epoch += 1,
            Ev::Claimed => {
                s.accrue();
                s.r.credited = U256::ZERO;
            }
        }
    }
    s.r.claimed = claimed;
    let (_, owed) = s.pending();
    Ok((s.r, s.r.credited + owed / acc_scale()))
}
