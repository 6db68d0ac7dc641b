//! From logs to rows: each system contract's events are decoded with the generated bindings
//! and turned into the raw `events` row plus the derived rows they imply.

use crate::config::Contracts;
use crate::db::{Tx, query};
use alloy::{
    primitives::{Address, B256, Log as PrimLog, U256},
    rpc::types::Log,
    sol_types::SolEventInterface,
};
use alt_bindings::{
    alt_governor::AltGovernor::AltGovernorEvents, alt_token::AltToken::AltTokenEvents,
    fee_distributor::FeeDistributor::FeeDistributorEvents,
    i_rollup_manager::IRollupManager::IRollupManagerEvents, slasher::Slasher::SlasherEvents,
    staking::Staking::StakingEvents,
    timelock_controller::TimelockController::TimelockControllerEvents,
};
use eyre::{Result, eyre};

alloy::sol! {
    /// Events every system contract may emit from its OpenZeppelin bases.
    #[derive(Debug)]
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
}

/// A block by number and hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockRef {
    /// Height.
    pub number: u64,
    /// Hash.
    pub hash: B256,
}

/// Where a row comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// Block height.
    pub block: i64,
    /// Log index in the block.
    pub log: i64,
}

/// A row to insert. Each variant's fields are the columns of its table (see
/// `migrations/0001_init.sql`, where they are documented), plus `pos`.
#[derive(Debug, Clone)]
#[allow(missing_docs)]
pub enum Row {
    /// A governor parameter changed; `timestamp` is the block's, filled in from the block
    /// header when the provider's logs do not carry it (see [`Row::missing_timestamp`]).
    GovernorParameter { pos: Pos, parameter: &'static str, value: U256, timestamp: Option<u64> },
    /// A parameter of Staking, the Slasher, the FeeDistributor or the RollupManager changed
    /// (`ParameterUpdated`; its name is a bytes32 string).
    ProtocolParameter { pos: Pos, contract: &'static str, parameter: String, old: U256, new: U256 },
    /// An L1 deposit queued for a rollup.
    RollupDeposit {
        pos: Pos,
        rollup_id: U256,
        index: u64,
        sender: Address,
        recipient: Address,
        amount: U256,
        enqueued_at: u64,
    },
    /// A withdrawal forced from L1, queued beside the deposits.
    ForcedWithdrawal {
        pos: Pos,
        rollup_id: U256,
        index: u64,
        sender: Address,
        recipient: Address,
        amount: U256,
        enqueued_at: u64,
    },
    /// A verifier's share of stake pledged to a rollup's fast withdrawals.
    Backing { pos: Pos, rollup_id: U256, operator: Address, bips: u16, free: u16 },
    /// An ALT transfer (mint: from zero); the store also keeps both sides' balances after it.
    TokenTransfer { pos: Pos, from: Address, to: Address, amount: U256 },
    /// An ALT holder moved its liquid votes.
    DelegateChange { pos: Pos, delegator: Address, from: Address, to: Address },
    /// A delegate's liquid votes changed.
    VotePower { pos: Pos, delegate: Address, previous: U256, new: U256 },
    /// A queued deposit refunded on L1.
    DepositReclaim { pos: Pos, rollup_id: U256, index: u64, recipient: Address, amount: U256 },
    /// A rollup withdrawal claimed on L1.
    RollupWithdrawal {
        pos: Pos,
        rollup_id: U256,
        batch_index: u64,
        recipient: Address,
        sender: Address,
        nonce: u64,
        amount: U256,
    },
    /// A fraud slash that failed inside a challenge, owed and executable by anyone.
    OwedSlash {
        pos: Pos,
        owed_id: u64,
        rollup_id: U256,
        operator: Address,
        batch_key: U256,
        posted_at: u64,
        challenger: Address,
        reason: Vec<u8>,
    },
    /// An owed fraud slash was carried out.
    OwedSlashExecuted { pos: Pos, owed_id: u64, amount: U256 },
    /// Fees a work reporter attributed to the operator that did the work.
    FeeAttribution {
        pos: Pos,
        epoch: u32,
        source_id: B256,
        operator: Address,
        amount: U256,
        net: U256,
    },
    /// A withdrawal claimed against a fast-final root still open to fraud proofs.
    FastWithdrawal {
        pos: Pos,
        rollup_id: U256,
        batch_index: u64,
        amount: U256,
        at_risk: U256,
        limit: U256,
    },
    /// An L2 balance paid out on L1 after settlement.
    BalanceClaim { pos: Pos, rollup_id: U256, account: Address, amount: U256 },
    /// A rollup halted, settled or drew a new leader seed.
    RollupEvent { pos: Pos, rollup_id: U256, kind: &'static str, detail: Vec<u8> },
    /// The raw log.
    Event { pos: Pos, tx: B256, contract: &'static str, name: &'static str, log: PrimLog },
    /// An operator registered.
    Operator { pos: Pos, operator: Address, signing_key: Address, commission_bips: u16 },
    /// A signing key an operator bound: at registration (`effective_at` is then the block's
    /// time, filled in like [`Row::GovernorParameter`]'s) or by a rotation.
    OperatorKey {
        pos: Pos,
        operator: Address,
        signing_key: Address,
        kind: &'static str,
        effective_at: Option<u64>,
    },
    /// An operator's status changed.
    OperatorStatus {
        pos: Pos,
        operator: Address,
        kind: &'static str,
        commission_bips: Option<u16>,
        effective_at: Option<u64>,
        jailed_until: Option<u64>,
        /// A commission change: its block's timestamp (the rate in force then is kept with it).
        scheduled_at: Option<u64>,
    },
    /// A pool's tokens and shares after a change.
    Pool { pos: Pos, operator: Address, tokens: U256, shares: Option<U256>, cause: &'static str },
    /// A staker's shares after a change.
    Delegation {
        pos: Pos,
        staker: Address,
        operator: Address,
        shares: U256,
        amount: U256,
        kind: &'static str,
    },
    /// An unstake request.
    Unbonding {
        pos: Pos,
        staker: Address,
        request_id: u64,
        operator: Address,
        shares: U256,
        amount: U256,
        completable_at: u64,
        /// Shares of the operator's unbonding pool the request holds.
        unbonding_shares: U256,
    },
    /// A slash left `operator`'s unbonding pool with `tokens`.
    UnbondingSlash { pos: Pos, operator: Address, tokens: U256 },
    /// A withdrawal of unbonded stake.
    Withdrawal { pos: Pos, staker: Address, request_id: u64, operator: Address, amount: U256 },
    /// A slash (from Staking, or the Slasher's account of it with the evidence kind).
    Slashing {
        pos: Pos,
        operator: Address,
        kind: Option<&'static str>,
        rollup_id: Option<U256>,
        batch_index: Option<U256>,
        amount: U256,
        reporter: Option<Address>,
        reporter_reward: Option<U256>,
    },
    /// Fees paid in.
    FeeDeposit {
        pos: Pos,
        epoch: u32,
        source: &'static str,
        source_id: B256,
        payer: Address,
        amount: U256,
        to_treasury: U256,
    },
    /// A rollup created.
    Rollup {
        pos: Pos,
        rollup_id: U256,
        owner: Address,
        name: String,
        sequencing: &'static str,
        expiry: u64,
        budget: U256,
    },
    /// A batch posted.
    Batch {
        pos: Pos,
        rollup_id: U256,
        batch_index: u64,
        generation: u32,
        sequencer: Address,
        header_hash: B256,
        post_root: B256,
        tx_count: u32,
        fees_collected: U256,
        storage_fee: U256,
    },
    /// A proposal created.
    Proposal {
        pos: Pos,
        proposal_id: U256,
        proposer: Address,
        targets: Vec<Address>,
        vote_start: U256,
        vote_end: U256,
        description: String,
    },
    /// A proposal queued, executed, canceled or extended.
    ProposalEvent { pos: Pos, proposal_id: U256, kind: &'static str, at: Option<u64> },
    /// A vote.
    Vote { pos: Pos, proposal_id: U256, voter: Address, support: u8, weight: U256, reason: String },
    /// A fee epoch closed.
    Epoch { pos: Pos, epoch: u32, fees: U256, distributed: U256, carried: U256, next_start: u64 },
    /// Work credited.
    Work { pos: Pos, epoch: u32, operator: Address, work: U256, total_work: U256 },
    /// An operator's earnings in an epoch.
    OperatorReward {
        pos: Pos,
        epoch: u32,
        operator: Address,
        amount: U256,
        commission: U256,
        delegator_rewards: U256,
        acc: U256,
        eligible: U256,
    },
    /// A claim of rewards or commission.
    RewardClaim {
        pos: Pos,
        operator: Address,
        claimant: Address,
        recipient: Address,
        amount: U256,
        kind: &'static str,
    },
    /// A batch attested, finalized or reverted.
    BatchEvent {
        pos: Pos,
        rollup_id: U256,
        batch_index: u64,
        kind: &'static str,
        detail: Option<Vec<u8>>,
    },
}

/// A 256-bit value as stored: 32 bytes, big-endian.
pub(crate) fn word(x: U256) -> [u8; 32] {
    x.to_be_bytes::<32>()
}

impl Row {
    /// The block whose timestamp this row still needs (the provider's logs did not carry it).
    pub fn missing_timestamp(&self) -> Option<u64> {
        match self {
            Self::GovernorParameter { pos, timestamp: None, .. }
            | Self::OperatorKey { pos, effective_at: None, .. }
            | Self::OperatorStatus { pos, kind: "commission", scheduled_at: None, .. } => {
                Some(pos.block as u64)
            }
            _ => None,
        }
    }

    /// Fills in a timestamp [`Row::missing_timestamp`] asked for.
    pub fn set_timestamp(&mut self, at: u64) {
        match self {
            Self::GovernorParameter { timestamp, .. } => *timestamp = Some(at),
            Self::OperatorKey { effective_at, .. } => *effective_at = Some(at),
            Self::OperatorStatus { kind: "commission", scheduled_at, .. } => {
                *scheduled_at = Some(at)
            }
            _ => {}
        }
    }

    /// Inserts the row in `tx` (raw events, pool states, delegations and the token's rows are
    /// inserted in bulk by the store instead).
    pub async fn insert(&self, tx: &mut Tx) -> Result<()> {
        match self {
            Self::Event { .. }
            | Self::Pool { .. }
            | Self::Delegation { .. }
            | Self::TokenTransfer { .. }
            | Self::DelegateChange { .. }
            | Self::VotePower { .. } => {}
            Self::RollupDeposit {
                pos,
                rollup_id,
                index,
                sender,
                recipient,
                amount,
                enqueued_at,
            } => {
                let (r, a) = (word(*rollup_id), word(*amount));
                let (r, a, i, at) =
                    (r.as_slice(), a.as_slice(), *index as i64, *enqueued_at as i64);
                let (f, t) = (sender.as_slice(), recipient.as_slice());
                query("INSERT INTO rollup_deposits (rollup_id, deposit_index, sender, recipient, amount, enqueued_at, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").bind(r).bind(i).bind(f).bind(t).bind(a).bind(at).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::DepositReclaim { pos, rollup_id, index, recipient, amount } => {
                let (r, a) = (word(*rollup_id), word(*amount));
                let (r, a, i, t) =
                    (r.as_slice(), a.as_slice(), *index as i64, recipient.as_slice());
                query("INSERT INTO rollup_deposit_reclaims (rollup_id, deposit_index, recipient, amount, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)").bind(r).bind(i).bind(t).bind(a).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::RollupWithdrawal {
                pos,
                rollup_id,
                batch_index,
                recipient,
                sender,
                nonce,
                amount,
            } => {
                let (r, a) = (word(*rollup_id), word(*amount));
                let (r, a, b, n) = (r.as_slice(), a.as_slice(), *batch_index as i64, *nonce as i64);
                let (t, f) = (recipient.as_slice(), sender.as_slice());
                query("INSERT INTO rollup_withdrawals (rollup_id, batch_index, recipient, sender, nonce, amount, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").bind(r).bind(b).bind(t).bind(f).bind(n).bind(a).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::OwedSlash {
                pos,
                owed_id,
                rollup_id,
                operator,
                batch_key,
                posted_at,
                challenger,
                reason,
            } => {
                query(
                    "INSERT INTO owed_slashes (owed_id, rollup_id, operator, batch_key, posted_at, challenger, reason, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(*owed_id as i64)
                .bind(word(*rollup_id).to_vec())
                .bind(operator.as_slice())
                .bind(word(*batch_key).to_vec())
                .bind(*posted_at as i64)
                .bind(challenger.as_slice())
                .bind(reason.as_slice())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::FeeAttribution { pos, epoch, source_id, operator, amount, net } => {
                query(
                    "INSERT INTO fee_attributions (epoch, source_id, operator, amount, net, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(*epoch as i64)
                .bind(source_id.as_slice())
                .bind(operator.as_slice())
                .bind(word(*amount).to_vec())
                .bind(word(*net).to_vec())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::FastWithdrawal { pos, rollup_id, batch_index, amount, at_risk, limit } => {
                query(
                    "INSERT INTO fast_withdrawals (rollup_id, batch_index, amount, at_risk, risk_limit, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(word(*rollup_id).to_vec())
                .bind(*batch_index as i64)
                .bind(word(*amount).to_vec())
                .bind(word(*at_risk).to_vec())
                .bind(word(*limit).to_vec())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::ForcedWithdrawal {
                pos,
                rollup_id,
                index,
                sender,
                recipient,
                amount,
                enqueued_at,
            } => {
                query(
                    "INSERT INTO forced_withdrawals (rollup_id, queue_index, sender, recipient, amount, enqueued_at, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(word(*rollup_id).to_vec())
                .bind(*index as i64)
                .bind(sender.as_slice())
                .bind(recipient.as_slice())
                .bind(word(*amount).to_vec())
                .bind(*enqueued_at as i64)
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Backing { pos, rollup_id, operator, bips, free } => {
                query(
                    "INSERT INTO rollup_backing (rollup_id, operator, bips, free, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(word(*rollup_id).to_vec())
                .bind(operator.as_slice())
                .bind(i64::from(*bips))
                .bind(i64::from(*free))
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::BalanceClaim { pos, rollup_id, account, amount } => {
                query(
                    "INSERT INTO rollup_balance_claims (rollup_id, account, amount, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(word(*rollup_id).to_vec())
                .bind(account.as_slice())
                .bind(word(*amount).to_vec())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::RollupEvent { pos, rollup_id, kind, detail } => {
                query(
                    "INSERT INTO rollup_events (rollup_id, kind, detail, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(word(*rollup_id).to_vec())
                .bind(*kind)
                .bind(detail.as_slice())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::OwedSlashExecuted { pos, owed_id, amount } => {
                query(
                    "INSERT INTO owed_slash_executions (owed_id, amount, block_number, log_index)
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(*owed_id as i64)
                .bind(word(*amount).to_vec())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::GovernorParameter { pos, parameter, value, timestamp } => {
                let at = timestamp.ok_or_else(|| {
                    eyre!("{parameter} change at block {} without a timestamp", pos.block)
                })? as i64;
                let v = word(*value);
                let v = v.as_slice();
                query("INSERT INTO governor_parameters (parameter, value, timestamp, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5)").bind(parameter).bind(v).bind(at).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::ProtocolParameter { pos, contract, parameter, old, new } => {
                query(
                    "INSERT INTO protocol_parameters (contract, parameter, old_value, new_value, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(*contract)
                .bind(parameter)
                .bind(word(*old).to_vec())
                .bind(word(*new).to_vec())
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Operator { pos, operator, signing_key, commission_bips } => {
                let (o, k, c) =
                    (operator.as_slice(), signing_key.as_slice(), i64::from(*commission_bips));
                query("INSERT INTO operators (operator, signing_key, commission_bips, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5)").bind(o).bind(k).bind(c).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::OperatorKey { pos, operator, signing_key, kind, effective_at } => {
                let (o, k) = (operator.as_slice(), signing_key.as_slice());
                let at = effective_at.ok_or_else(|| eyre!("key row without its time"))? as i64;
                query(
                    "INSERT INTO operator_keys (operator, signing_key, effective_at, kind, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(o)
                .bind(k)
                .bind(at)
                .bind(*kind)
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::OperatorStatus {
                pos,
                operator,
                kind,
                commission_bips,
                effective_at,
                jailed_until,
                scheduled_at,
            } => {
                let o = operator.as_slice();
                let c = commission_bips.map(i64::from);
                let e = effective_at.map(|x| x as i64);
                let j = jailed_until.map(|x| x as i64);
                query("INSERT INTO operator_status (operator, block_number, log_index, kind, commission_bips, effective_at, jailed_until)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)").bind(o).bind(pos.block).bind(pos.log).bind(kind).bind(c).bind(e).bind(j)
                .execute(&mut *tx)
                .await?;
                if *kind == "commission" {
                    // The rate in force when this change was scheduled, as Staking keeps it
                    // (`_commissionNow` at that moment): the previous change's rate once its
                    // time had come, else the rate that was in force before it.
                    let prev: Option<(i64, i64, Option<i64>)> = query(
                        "SELECT commission_bips, effective_at, in_force_bips FROM operator_status
                         WHERE operator = $1 AND kind = 'commission'
                           AND (block_number < $2 OR (block_number = $2 AND log_index < $3))
                         ORDER BY block_number DESC, log_index DESC LIMIT 1",
                    )
                    .bind(o)
                    .bind(pos.block)
                    .bind(pos.log)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let now = scheduled_at.unwrap_or(0) as i64;
                    let in_force: Option<i64> = match prev {
                        Some((bips, at, _)) if now >= at => Some(bips),
                        Some((_, _, before)) => before,
                        None => {
                            query("SELECT commission_bips FROM operators WHERE operator = $1")
                                .bind(o)
                                .scalar_optional(&mut *tx)
                                .await?
                        }
                    };
                    query(
                        "UPDATE operator_status SET in_force_bips = $1 WHERE block_number = $2 AND log_index = $3",
                    )
                    .bind(in_force)
                    .bind(pos.block)
                    .bind(pos.log)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            Self::Unbonding {
                pos,
                staker,
                request_id,
                operator,
                shares,
                amount,
                completable_at,
                unbonding_shares,
            } => {
                // The operator's unbonding pool as Staking's `_enqueue` leaves it; the request
                // keeps the pool's era (a slash that empties the pool starts a new one).
                let (tokens, pool_shares, era) = unbonding_pool(tx, operator).await?;
                put_unbonding_pool(
                    tx,
                    pos,
                    operator,
                    tokens.saturating_add(*amount),
                    pool_shares.saturating_add(*unbonding_shares),
                    era,
                )
                .await?;
                let (st, o, r, c) = (
                    staker.as_slice(),
                    operator.as_slice(),
                    *request_id as i64,
                    *completable_at as i64,
                );
                let (s, a) = (word(*shares), word(*amount));
                let (s, a) = (s.as_slice(), a.as_slice());
                query("INSERT INTO unbonding_requests (staker, request_id, operator, shares, amount, completable_at, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").bind(st).bind(r).bind(o).bind(s).bind(a).bind(c).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
                query(
                    "UPDATE unbonding_requests SET unbonding_shares = $1, era = $2
                     WHERE staker = $3 AND request_id = $4",
                )
                .bind(word(*unbonding_shares).to_vec())
                .bind(era)
                .bind(st)
                .bind(r)
                .execute(&mut *tx)
                .await?;
            }
            Self::UnbondingSlash { pos, operator, tokens } => {
                // Staking's `_slashUnbonding`: an emptied pool drops its shares and starts an era.
                let (_, shares, era) = unbonding_pool(tx, operator).await?;
                let (shares, era) = if tokens.is_zero() && !shares.is_zero() {
                    (U256::ZERO, era + 1)
                } else {
                    (shares, era)
                };
                put_unbonding_pool(tx, pos, operator, *tokens, shares, era).await?;
            }
            Self::Withdrawal { pos, staker, request_id, operator, amount } => {
                let (st, o, r) = (staker.as_slice(), operator.as_slice(), *request_id as i64);
                let a = word(*amount);
                let a = a.as_slice();
                query("INSERT INTO withdrawals_l1 (staker, request_id, operator, amount, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)").bind(st).bind(r).bind(o).bind(a).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
                // Staking's `withdraw`: a request of the pool's era takes its value and shares.
                let req: Option<(Option<Vec<u8>>, Option<i64>)> = query(
                    "SELECT unbonding_shares, era FROM unbonding_requests WHERE staker = $1 AND request_id = $2",
                )
                .bind(st)
                .bind(r)
                .fetch_optional(&mut *tx)
                .await?;
                let (tokens, shares, era) = unbonding_pool(tx, operator).await?;
                if let Some((Some(ub), Some(req_era))) = req
                    && req_era == era
                    && !shares.is_zero()
                {
                    let ub = U256::from_be_slice(&ub);
                    put_unbonding_pool(
                        tx,
                        pos,
                        operator,
                        tokens.saturating_sub(*amount),
                        shares.saturating_sub(ub),
                        era,
                    )
                    .await?;
                }
            }
            Self::Slashing {
                pos,
                operator,
                kind,
                rollup_id,
                batch_index,
                amount,
                reporter,
                reporter_reward,
            } => {
                let o = operator.as_slice();
                let r = rollup_id.map(word).map(|w| w.to_vec());
                let b = batch_index.map(word).map(|w| w.to_vec());
                let a = word(*amount);
                let a = a.as_slice();
                let rep = reporter.map(|x| x.to_vec());
                let rr = reporter_reward.map(word).map(|w| w.to_vec());
                query("INSERT INTO slashings (operator, block_number, log_index, kind, rollup_id, batch_index, amount, reporter, reporter_reward)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)").bind(o).bind(pos.block).bind(pos.log).bind(kind).bind(r).bind(b).bind(a).bind(rep).bind(rr)
                .execute(&mut *tx)
                .await?;
            }
            Self::FeeDeposit { pos, epoch, source, source_id, payer, amount, to_treasury } => {
                let (e, sid, p) = (i64::from(*epoch), source_id.as_slice(), payer.as_slice());
                let (a, t) = (word(*amount), word(*to_treasury));
                let (a, t) = (a.as_slice(), t.as_slice());
                query("INSERT INTO fee_deposits (epoch, source, source_id, payer, amount, to_treasury, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").bind(e).bind(source).bind(sid).bind(p).bind(a).bind(t).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Rollup { pos, rollup_id, owner, name, sequencing, expiry, budget } => {
                let (id, b) = (word(*rollup_id), word(*budget));
                let (id, b, o, e) = (id.as_slice(), b.as_slice(), owner.as_slice(), *expiry as i64);
                query("INSERT INTO rollups (rollup_id, owner, name, sequencing, expiry, budget, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").bind(id).bind(o).bind(name).bind(sequencing).bind(e).bind(b).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Batch {
                pos,
                rollup_id,
                batch_index,
                generation,
                sequencer,
                header_hash,
                post_root,
                tx_count,
                fees_collected,
                storage_fee,
            } => {
                let (id, f, s) = (word(*rollup_id), word(*fees_collected), word(*storage_fee));
                let (id, f, s) = (id.as_slice(), f.as_slice(), s.as_slice());
                let (bi, g, seq) =
                    (*batch_index as i64, i64::from(*generation), sequencer.as_slice());
                let (hh, pr, tc) =
                    (header_hash.as_slice(), post_root.as_slice(), i64::from(*tx_count));
                query("INSERT INTO batches (rollup_id, batch_index, generation, sequencer, header_hash, post_root, tx_count, fees_collected, storage_fee, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)").bind(id).bind(bi).bind(g).bind(seq).bind(hh).bind(pr).bind(tc).bind(f).bind(s).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Proposal {
                pos,
                proposal_id,
                proposer,
                targets,
                vote_start,
                vote_end,
                description,
            } => {
                let id = word(*proposal_id);
                let id = id.as_slice();
                let p = proposer.as_slice();
                let t: Vec<u8> = targets.iter().flat_map(|a| a.0.0).collect();
                let (vs, ve) = (vote_start.saturating_to::<i64>(), vote_end.saturating_to::<i64>());
                query("INSERT INTO proposals (proposal_id, proposer, targets, vote_start, vote_end, description, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").bind(id).bind(p).bind(t).bind(vs).bind(ve).bind(description).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::ProposalEvent { pos, proposal_id, kind, at } => {
                let id = word(*proposal_id);
                let id = id.as_slice();
                let at = at.map(|x| x as i64);
                query(
                    "INSERT INTO proposal_events (proposal_id, kind, at, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(kind)
                .bind(at)
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Vote { pos, proposal_id, voter, support, weight, reason } => {
                let (id, w) = (word(*proposal_id), word(*weight));
                let (id, w, v, s) =
                    (id.as_slice(), w.as_slice(), voter.as_slice(), i64::from(*support));
                query("INSERT INTO votes (proposal_id, voter, support, weight, reason, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)").bind(id).bind(v).bind(s).bind(w).bind(reason).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Epoch { pos, epoch, fees, distributed, carried, next_start } => {
                let (f, d, c) = (word(*fees), word(*distributed), word(*carried));
                let (f, d, c) = (f.as_slice(), d.as_slice(), c.as_slice());
                let (e, n) = (i64::from(*epoch), *next_start as i64);
                query("INSERT INTO epochs (epoch, fees, distributed, carried, next_start, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)").bind(e).bind(f).bind(d).bind(c).bind(n).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::Work { pos, epoch, operator, work, total_work } => {
                let (w, t) = (word(*work), word(*total_work));
                let (w, t, o, e) =
                    (w.as_slice(), t.as_slice(), operator.as_slice(), i64::from(*epoch));
                query(
                    "INSERT INTO work (epoch, operator, work, total_work, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(e)
                .bind(o)
                .bind(w)
                .bind(t)
                .bind(pos.block)
                .bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::OperatorReward {
                pos,
                epoch,
                operator,
                amount,
                commission,
                delegator_rewards,
                acc,
                eligible,
            } => {
                let (a, c, d) = (word(*amount), word(*commission), word(*delegator_rewards));
                let (ac, el) = (word(*acc), word(*eligible));
                let (a, c, d, ac, el) =
                    (a.as_slice(), c.as_slice(), d.as_slice(), ac.as_slice(), el.as_slice());
                let (e, o) = (i64::from(*epoch), operator.as_slice());
                query("INSERT INTO operator_rewards (epoch, operator, amount, commission, delegator_rewards, acc_reward_per_share, eligible_shares, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)").bind(e).bind(o).bind(a).bind(c).bind(d).bind(ac).bind(el).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::RewardClaim { pos, operator, claimant, recipient, amount, kind } => {
                let a = word(*amount);
                let (a, o, c, r) =
                    (a.as_slice(), operator.as_slice(), claimant.as_slice(), recipient.as_slice());
                query("INSERT INTO reward_claims (operator, claimant, recipient, amount, kind, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)").bind(o).bind(c).bind(r).bind(a).bind(kind).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
            Self::BatchEvent { pos, rollup_id, batch_index, kind, detail } => {
                let id = word(*rollup_id);
                let (id, bi) = (id.as_slice(), *batch_index as i64);
                query("INSERT INTO batch_events (rollup_id, batch_index, kind, detail, block_number, log_index)
                     VALUES ($1, $2, $3, $4, $5, $6)").bind(id).bind(bi).bind(kind).bind(detail).bind(pos.block).bind(pos.log)
                .execute(&mut *tx)
                .await?;
            }
        }
        Ok(())
    }
}

/// Decodes `log` (from one of `contracts`) into its raw row and derived rows. Logs of other
/// addresses are ignored; a log a contract's ABI does not know is an error (the deployment and
/// the bindings disagree).
pub fn rows_for(log: &Log, contracts: &Contracts, out: &mut Vec<Row>) -> Result<()> {
    let pos = Pos {
        block: log.block_number.ok_or_else(|| eyre!("log without block number"))? as i64,
        log: log.log_index.ok_or_else(|| eyre!("log without index"))? as i64,
    };
    let tx = log.transaction_hash.unwrap_or_default();
    let inner = &log.inner;
    let addr = inner.address;
    let common = || -> Option<&'static str> {
        use alloy::sol_types::SolEvent;
        OwnershipTransferred::decode_log(inner).ok().map(|_| "OwnershipTransferred")
    };
    let selector = inner.topics().first().map(|t| t.0).unwrap_or_default();
    let parameter = |contract, name: B256, old, new| Row::ProtocolParameter {
        pos,
        contract,
        parameter: bytes32_name(name),
        old,
        new,
    };
    let (contract, name) = if addr == contracts.staking {
        match StakingEvents::decode_log(inner) {
            Ok(ev) => {
                if let StakingEvents::ParameterUpdated(e) = &ev.data {
                    out.push(parameter("staking", e.name, e.oldValue, e.newValue));
                }
                staking_rows(pos, log.block_timestamp, &ev.data, out);
                ("staking", StakingEvents::name_by_selector(selector).unwrap_or("?"))
            }
            Err(e) => ("staking", common().ok_or(e)?),
        }
    } else if addr == contracts.slasher {
        let ev = match SlasherEvents::decode_log(inner) {
            Ok(ev) => ev.data,
            Err(e) => return push_raw(pos, tx, "slasher", common().ok_or(e)?, inner, out),
        };
        if let SlasherEvents::ParameterUpdated(e) = &ev {
            out.push(parameter("slasher", e.name, e.oldValue, e.newValue));
        }
        if let SlasherEvents::OperatorSlashed(e) = &ev {
            out.push(Row::Slashing {
                pos,
                operator: e.operator,
                kind: Some(match e.kind {
                    0 => "equivocation",
                    1 => "fraud_proof",
                    _ => "governance",
                }),
                rollup_id: Some(e.rollupId),
                batch_index: Some(e.batchIndex),
                amount: e.amount,
                reporter: Some(e.reporter),
                reporter_reward: Some(e.reporterReward),
            });
        }
        ("slasher", SlasherEvents::name_by_selector(selector).unwrap_or("?"))
    } else if addr == contracts.fee_distributor {
        let ev = match FeeDistributorEvents::decode_log(inner) {
            Ok(ev) => ev.data,
            Err(e) => return push_raw(pos, tx, "fee_distributor", common().ok_or(e)?, inner, out),
        };
        if let FeeDistributorEvents::ParameterUpdated(e) = &ev {
            out.push(parameter("fee_distributor", e.name, e.oldValue, e.newValue));
        }
        fee_rows(pos, &ev, out);
        if let FeeDistributorEvents::FeesDeposited(e) = &ev {
            out.push(Row::FeeDeposit {
                pos,
                epoch: e.epoch,
                source: match e.source {
                    0 => "transaction",
                    1 => "storage",
                    _ => "service",
                },
                source_id: e.sourceId,
                payer: e.payer,
                amount: e.amount,
                to_treasury: e.toTreasury,
            });
        }
        ("fee_distributor", FeeDistributorEvents::name_by_selector(selector).unwrap_or("?"))
    } else if addr == contracts.rollup_manager {
        let ev = match IRollupManagerEvents::decode_log(inner) {
            Ok(ev) => ev.data,
            Err(e) => return push_raw(pos, tx, "rollup_manager", common().ok_or(e)?, inner, out),
        };
        if let IRollupManagerEvents::ParameterUpdated(e) = &ev {
            out.push(parameter("rollup_manager", e.name, e.oldValue, e.newValue));
        }
        rollup_rows(pos, &ev, out);
        ("rollup_manager", IRollupManagerEvents::name_by_selector(selector).unwrap_or("?"))
    } else if addr == contracts.token {
        match AltTokenEvents::decode_log(inner)?.data {
            AltTokenEvents::Transfer(e) => {
                out.push(Row::TokenTransfer { pos, from: e.from, to: e.to, amount: e.value })
            }
            AltTokenEvents::DelegateChanged(e) => out.push(Row::DelegateChange {
                pos,
                delegator: e.delegator,
                from: e.fromDelegate,
                to: e.toDelegate,
            }),
            AltTokenEvents::DelegateVotesChanged(e) => out.push(Row::VotePower {
                pos,
                delegate: e.delegate,
                previous: e.previousVotes,
                new: e.newVotes,
            }),
            _ => {}
        }
        ("token", AltTokenEvents::name_by_selector(selector).unwrap_or("?"))
    } else if addr == contracts.governor {
        let ev = AltGovernorEvents::decode_log(inner)?.data;
        governor_rows(pos, log.block_timestamp, &ev, out);
        ("governor", AltGovernorEvents::name_by_selector(selector).unwrap_or("?"))
    } else if addr == contracts.timelock {
        TimelockControllerEvents::decode_log(inner)?;
        ("timelock", TimelockControllerEvents::name_by_selector(selector).unwrap_or("?"))
    } else {
        return Ok(());
    };
    push_raw(pos, tx, contract, name, inner, out)
}

/// A bytes32 string (`"unbondingPeriod"` padded with zeros) as text.
fn bytes32_name(name: B256) -> String {
    let end = name.iter().position(|b| *b == 0).unwrap_or(32);
    String::from_utf8_lossy(&name[..end]).into_owned()
}

fn push_raw(
    pos: Pos,
    tx: B256,
    contract: &'static str,
    name: &'static str,
    log: &PrimLog,
    out: &mut Vec<Row>,
) -> Result<()> {
    out.push(Row::Event { pos, tx, contract, name, log: log.clone() });
    Ok(())
}

fn governor_rows(pos: Pos, timestamp: Option<u64>, ev: &AltGovernorEvents, out: &mut Vec<Row>) {
    let parameter = |parameter, value| Row::GovernorParameter { pos, parameter, value, timestamp };
    match ev {
        AltGovernorEvents::QuorumNumeratorUpdated(e) => {
            out.push(parameter("quorum_numerator", e.newQuorumNumerator));
        }
        AltGovernorEvents::VotingDelaySet(e) => {
            out.push(parameter("voting_delay", e.newVotingDelay))
        }
        AltGovernorEvents::VotingPeriodSet(e) => {
            out.push(parameter("voting_period", e.newVotingPeriod));
        }
        AltGovernorEvents::ProposalThresholdSet(e) => {
            out.push(parameter("proposal_threshold", e.newProposalThreshold));
        }
        AltGovernorEvents::LateQuorumVoteExtensionSet(e) => {
            out.push(parameter("vote_extension", U256::from(e.newVoteExtension)));
        }
        AltGovernorEvents::ProposalCreated(e) => out.push(Row::Proposal {
            pos,
            proposal_id: e.proposalId,
            proposer: e.proposer,
            targets: e.targets.clone(),
            vote_start: e.voteStart,
            vote_end: e.voteEnd,
            description: e.description.clone(),
        }),
        AltGovernorEvents::ProposalQueued(e) => out.push(Row::ProposalEvent {
            pos,
            proposal_id: e.proposalId,
            kind: "queued",
            at: Some(e.etaSeconds.saturating_to()),
        }),
        AltGovernorEvents::ProposalExecuted(e) => out.push(Row::ProposalEvent {
            pos,
            proposal_id: e.proposalId,
            kind: "executed",
            at: None,
        }),
        AltGovernorEvents::ProposalCanceled(e) => out.push(Row::ProposalEvent {
            pos,
            proposal_id: e.proposalId,
            kind: "canceled",
            at: None,
        }),
        AltGovernorEvents::ProposalExtended(e) => out.push(Row::ProposalEvent {
            pos,
            proposal_id: e.proposalId,
            kind: "extended",
            at: Some(e.extendedDeadline),
        }),
        AltGovernorEvents::VoteCast(e) => out.push(Row::Vote {
            pos,
            proposal_id: e.proposalId,
            voter: e.voter,
            support: e.support,
            weight: e.weight,
            reason: e.reason.clone(),
        }),
        AltGovernorEvents::VoteCastWithParams(e) => out.push(Row::Vote {
            pos,
            proposal_id: e.proposalId,
            voter: e.voter,
            support: e.support,
            weight: e.weight,
            reason: e.reason.clone(),
        }),
        _ => {}
    }
}

fn fee_rows(pos: Pos, ev: &FeeDistributorEvents, out: &mut Vec<Row>) {
    match ev {
        FeeDistributorEvents::FeesAttributed(e) => out.push(Row::FeeAttribution {
            pos,
            epoch: e.epoch,
            source_id: e.sourceId,
            operator: e.operator,
            amount: e.amount,
            net: e.net,
        }),
        FeeDistributorEvents::EpochClosed(e) => out.push(Row::Epoch {
            pos,
            epoch: e.epoch,
            fees: e.fees,
            distributed: e.distributed,
            carried: e.carried,
            next_start: e.nextEpochStart,
        }),
        FeeDistributorEvents::WorkRecorded(e) => out.push(Row::Work {
            pos,
            epoch: e.epoch,
            operator: e.operator,
            work: e.work,
            total_work: e.totalWork,
        }),
        FeeDistributorEvents::OperatorRewarded(e) => out.push(Row::OperatorReward {
            pos,
            epoch: e.epoch,
            operator: e.operator,
            amount: e.amount,
            commission: e.commission,
            delegator_rewards: e.delegatorRewards,
            acc: e.accRewardPerShare,
            eligible: e.eligibleShares,
        }),
        FeeDistributorEvents::RewardsClaimed(e) => out.push(Row::RewardClaim {
            pos,
            operator: e.operator,
            claimant: e.staker,
            recipient: e.to,
            amount: e.amount,
            kind: "rewards",
        }),
        FeeDistributorEvents::CommissionClaimed(e) => out.push(Row::RewardClaim {
            pos,
            operator: e.operator,
            claimant: e.operator,
            recipient: e.to,
            amount: e.amount,
            kind: "commission",
        }),
        _ => {}
    }
}

fn staking_rows(pos: Pos, timestamp: Option<u64>, ev: &StakingEvents, out: &mut Vec<Row>) {
    match ev {
        StakingEvents::OperatorRegistered(e) => {
            out.push(Row::Operator {
                pos,
                operator: e.operator,
                signing_key: e.signingKey,
                commission_bips: e.commissionBips,
            });
            out.push(Row::OperatorKey {
                pos,
                operator: e.operator,
                signing_key: e.signingKey,
                kind: "registration",
                effective_at: timestamp,
            });
        }
        StakingEvents::SigningKeyRotationScheduled(e) => out.push(Row::OperatorKey {
            pos,
            operator: e.operator,
            signing_key: e.newKey,
            kind: "rotation",
            effective_at: Some(e.effectiveAt),
        }),
        StakingEvents::OperatorDeregistered(e) => out.push(Row::OperatorStatus {
            pos,
            operator: e.operator,
            kind: "deregistered",
            commission_bips: None,
            effective_at: None,
            jailed_until: None,
            scheduled_at: None,
        }),
        StakingEvents::PositionReleased(e) => {
            out.push(Row::Pool {
                pos,
                operator: e.operator,
                tokens: e.poolTokens,
                shares: Some(e.poolShares),
                cause: "release",
            });
            out.push(Row::Delegation {
                pos,
                staker: e.staker,
                operator: e.operator,
                shares: U256::ZERO,
                amount: U256::ZERO,
                kind: "release",
            });
        }
        StakingEvents::CommissionChangeScheduled(e) => out.push(Row::OperatorStatus {
            pos,
            operator: e.operator,
            kind: "commission",
            commission_bips: Some(e.commissionBips),
            effective_at: Some(e.effectiveAt),
            jailed_until: None,
            scheduled_at: timestamp,
        }),
        StakingEvents::Jailed(e) => out.push(Row::OperatorStatus {
            pos,
            operator: e.operator,
            kind: "jailed",
            commission_bips: None,
            effective_at: None,
            jailed_until: Some(e.until),
            scheduled_at: None,
        }),
        StakingEvents::Unjailed(e) => out.push(Row::OperatorStatus {
            pos,
            operator: e.operator,
            kind: "unjailed",
            commission_bips: None,
            effective_at: None,
            jailed_until: None,
            scheduled_at: None,
        }),
        StakingEvents::Staked(e) => {
            out.push(Row::Pool {
                pos,
                operator: e.operator,
                tokens: e.poolTokens,
                shares: Some(e.poolShares),
                cause: "stake",
            });
            out.push(Row::Delegation {
                pos,
                staker: e.staker,
                operator: e.operator,
                shares: e.stakerShares,
                amount: e.amount,
                kind: "stake",
            });
        }
        StakingEvents::UnstakeRequested(e) => {
            out.push(Row::Pool {
                pos,
                operator: e.operator,
                tokens: e.poolTokens,
                shares: Some(e.poolShares),
                cause: "unstake",
            });
            out.push(Row::Delegation {
                pos,
                staker: e.staker,
                operator: e.operator,
                shares: e.stakerShares,
                amount: e.amount,
                kind: "unstake",
            });
            out.push(Row::Unbonding {
                pos,
                staker: e.staker,
                request_id: e.requestId.saturating_to(),
                operator: e.operator,
                shares: e.shares,
                amount: e.amount,
                completable_at: e.completableAt,
                unbonding_shares: e.unbondingShares,
            });
        }
        StakingEvents::Withdrawn(e) => out.push(Row::Withdrawal {
            pos,
            staker: e.staker,
            request_id: e.requestId.saturating_to(),
            operator: e.operator,
            amount: e.amount,
        }),
        StakingEvents::Slashed(e) => {
            // A slash leaves the shares as they were and lowers the tokens.
            out.push(Row::Pool {
                pos,
                operator: e.operator,
                tokens: e.poolTokens,
                shares: None,
                cause: "slash",
            });
            out.push(Row::UnbondingSlash { pos, operator: e.operator, tokens: e.unbondingTokens });
        }
        _ => {}
    }
}

fn rollup_rows(pos: Pos, ev: &IRollupManagerEvents, out: &mut Vec<Row>) {
    match ev {
        IRollupManagerEvents::RollupCreated(e) => out.push(Row::Rollup {
            pos,
            rollup_id: e.rollupId,
            owner: e.owner,
            name: e.name.clone(),
            sequencing: if e.sequencing == 0 { "single" } else { "squad" },
            expiry: e.expiry,
            budget: e.budget,
        }),
        IRollupManagerEvents::BatchPosted(e) => out.push(Row::Batch {
            pos,
            rollup_id: e.rollupId,
            batch_index: e.batchIndex.saturating_to(),
            generation: e.generation,
            sequencer: e.sequencer,
            header_hash: e.headerHash,
            post_root: e.header.postRoot,
            tx_count: e.header.txCount,
            fees_collected: e.header.feesCollected,
            storage_fee: e.storageFee,
        }),
        IRollupManagerEvents::BatchAttested(e) => out.push(Row::BatchEvent {
            pos,
            rollup_id: e.rollupId,
            batch_index: e.batchIndex.saturating_to(),
            kind: if e.quorum { "fast_final" } else { "attested" },
            detail: Some(e.attesters.iter().flat_map(|a| a.0.0).collect()),
        }),
        IRollupManagerEvents::BatchFinalized(e) => out.push(Row::BatchEvent {
            pos,
            rollup_id: e.rollupId,
            batch_index: e.batchIndex.saturating_to(),
            kind: "finalized",
            detail: None,
        }),
        IRollupManagerEvents::DepositQueued(e) => out.push(Row::RollupDeposit {
            pos,
            rollup_id: e.rollupId,
            index: e.index.saturating_to(),
            sender: e.from,
            recipient: e.to,
            amount: e.amount,
            enqueued_at: e.enqueuedAt,
        }),
        IRollupManagerEvents::WithdrawalForced(e) => out.push(Row::ForcedWithdrawal {
            pos,
            rollup_id: e.rollupId,
            index: e.index.saturating_to(),
            sender: e.from,
            recipient: e.recipient,
            amount: e.amount,
            enqueued_at: e.enqueuedAt,
        }),
        IRollupManagerEvents::BackingSet(e) => out.push(Row::Backing {
            pos,
            rollup_id: e.rollupId,
            operator: e.operator,
            bips: e.bips.saturating_to(),
            free: e.free.saturating_to(),
        }),
        IRollupManagerEvents::DepositReclaimed(e) => out.push(Row::DepositReclaim {
            pos,
            rollup_id: e.rollupId,
            index: e.index.saturating_to(),
            recipient: e.to,
            amount: e.amount,
        }),
        IRollupManagerEvents::WithdrawalClaimed(e) => out.push(Row::RollupWithdrawal {
            pos,
            rollup_id: e.rollupId,
            batch_index: e.batchIndex.saturating_to(),
            recipient: e.recipient,
            sender: e.sender,
            nonce: e.nonce,
            amount: e.amount,
        }),
        IRollupManagerEvents::FraudSlashOwed(e) => out.push(Row::OwedSlash {
            pos,
            owed_id: e.owedId.saturating_to(),
            rollup_id: e.rollupId,
            operator: e.operator,
            batch_key: e.batchKey,
            posted_at: e.postedAt,
            challenger: e.challenger,
            reason: e.reason.to_vec(),
        }),
        IRollupManagerEvents::FastWithdrawal(e) => out.push(Row::FastWithdrawal {
            pos,
            rollup_id: e.rollupId,
            batch_index: e.batchIndex.saturating_to(),
            amount: e.amount,
            at_risk: e.atRisk,
            limit: e.limit,
        }),
        IRollupManagerEvents::BalanceClaimed(e) => out.push(Row::BalanceClaim {
            pos,
            rollup_id: e.rollupId,
            account: e.account,
            amount: e.amount,
        }),
        IRollupManagerEvents::RollupHalted(e) => out.push(Row::RollupEvent {
            pos,
            rollup_id: e.rollupId,
            kind: "halted",
            detail: e.by.to_vec(),
        }),
        IRollupManagerEvents::RollupSettled(e) => out.push(Row::RollupEvent {
            pos,
            rollup_id: e.rollupId,
            kind: "settled",
            detail: e.finalRoot.to_vec(),
        }),
        IRollupManagerEvents::TurnsReseeded(e) => out.push(Row::RollupEvent {
            pos,
            rollup_id: e.rollupId,
            kind: "reseeded",
            detail: e.seed.to_vec(),
        }),
        IRollupManagerEvents::OwedSlashExecuted(e) => out.push(Row::OwedSlashExecuted {
            pos,
            owed_id: e.owedId.saturating_to(),
            amount: e.amount,
        }),
        IRollupManagerEvents::FraudProven(e) => out.push(Row::BatchEvent {
            pos,
            rollup_id: e.rollupId,
            batch_index: e.batchIndex.saturating_to(),
            kind: "reverted",
            detail: Some(word(e.toIndex).to_vec()),
        }),
        _ => {}
    }
}

/// `operator`'s unbonding pool (tokens, shares, era) after the latest change stored.
async fn unbonding_pool(tx: &mut Tx, operator: &Address) -> Result<(U256, U256, i64)> {
    let row: Option<(Vec<u8>, Vec<u8>, i64)> = query(
        "SELECT tokens, shares, era FROM unbonding_pools WHERE operator = $1
         ORDER BY block_number DESC, log_index DESC LIMIT 1",
    )
    .bind(operator.as_slice())
    .fetch_optional(&mut *tx)
    .await?;
    Ok(row.map_or((U256::ZERO, U256::ZERO, 0), |(t, s, e)| {
        (U256::from_be_slice(&t), U256::from_be_slice(&s), e)
    }))
}

async fn put_unbonding_pool(
    tx: &mut Tx,
    pos: &Pos,
    operator: &Address,
    tokens: U256,
    shares: U256,
    era: i64,
) -> Result<()> {
    query(
        "INSERT INTO unbonding_pools (operator, tokens, shares, era, block_number, log_index)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(operator.as_slice())
    .bind(word(tokens).to_vec())
    .bind(word(shares).to_vec())
    .bind(era)
    .bind(pos.block)
    .bind(pos.log)
    .execute(&mut *tx)
    .await?;
    Ok(())
}
