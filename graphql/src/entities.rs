//! What the API serves: one descriptor per entity (its SQL source, columns, key and relations).
//! The schema, the filters, the orderings and the pagination are all generated from these, so
//! adding an entity is adding a descriptor.

/// How a column is stored and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// INTEGER, shown as `Int` (block numbers, timestamps, indexes).
    Int,
    /// 32-byte big-endian BLOB, shown as `BigInt` (a decimal string).
    BigInt,
    /// BLOB of any length, shown as `Bytes` (`0x`-prefixed lowercase hex: calldata, revert data).
    Bytes,
    /// 20-byte BLOB, shown as `Bytes`: an account address (arguments must be exactly 20 bytes).
    Address,
    /// 32-byte BLOB, shown as `Bytes`: a hash, root or bytes32 id (arguments must be 32 bytes).
    Hash,
    /// TEXT.
    String,
    /// INTEGER 0/1, shown as `Boolean`.
    Bool,
}

/// A column of an entity.
#[derive(Debug)]
pub struct Col {
    /// GraphQL field name.
    pub name: &'static str,
    /// Column name in the entity's source.
    pub sql: &'static str,
    /// Type.
    pub kind: Kind,
    /// May be null.
    pub nullable: bool,
    /// Field documentation.
    pub doc: &'static str,
}

/// A nested field that lists (or points to) rows of another entity.
#[derive(Debug)]
pub struct Rel {
    /// GraphQL field name.
    pub name: &'static str,
    /// The other entity's type name.
    pub target: &'static str,
    /// Pairs (this entity's column, the target's column) that must be equal.
    pub on: &'static [(&'static str, &'static str)],
    /// A list (with filters and pagination) rather than a single object.
    pub many: bool,
    /// Field documentation.
    pub doc: &'static str,
}

/// An entity: a GraphQL object type backed by a table or a derived query.
#[derive(Debug)]
pub struct Entity {
    /// Type name (`Operator`).
    pub name: &'static str,
    /// Singular query field (`operator`).
    pub single: &'static str,
    /// List query field (`operators`); the connection is `<plural>Connection`.
    pub plural: &'static str,
    /// Type documentation.
    pub doc: &'static str,
    /// SQL producing the columns: a table name or a parenthesised SELECT.
    pub source: &'static str,
    /// Columns that identify a row (the tie-breaker of every ordering and the cursor).
    pub key: &'static [&'static str],
    /// Columns.
    pub cols: &'static [Col],
    /// Nested fields.
    pub rels: &'static [Rel],
    /// Whether rows are events in chain order (`blockNumber`, `logIndex` columns): these get a
    /// subscription that streams new rows as blocks are indexed.
    pub stream: bool,
}

impl Entity {
    /// The column called `name` (GraphQL name).
    pub fn col(&self, name: &str) -> Option<&'static Col> {
        self.cols.iter().find(|c| c.name == name)
    }

    /// The index of the column whose SQL name is `sql`.
    pub fn col_index_sql(&self, sql: &str) -> Option<usize> {
        self.cols.iter().position(|c| c.sql == sql)
    }
}

/// The entity called `name` (type name).
pub fn by_name(name: &str) -> Option<&'static Entity> {
    ENTITIES.iter().find(|e| e.name == name)
}

macro_rules! col {
    ($name:literal, $sql:literal, $kind:ident, $doc:literal) => {
        Col { name: $name, sql: $sql, kind: Kind::$kind, nullable: false, doc: $doc }
    };
    ($name:literal, $sql:literal, $kind:ident?, $doc:literal) => {
        Col { name: $name, sql: $sql, kind: Kind::$kind, nullable: true, doc: $doc }
    };
}

/// Position columns shared by every event-like entity.
const POS_BLOCK: Col = col!("blockNumber", "block_number", Int, "Block the event is in.");
const POS_LOG: Col = col!("logIndex", "log_index", Int, "Index of the log in its block.");

/// Every entity the API serves.
pub static ENTITIES: &[Entity] = &[
    Entity {
        name: "Event",
        single: "event",
        plural: "events",
        doc: "Every log of the system contracts, raw, in chain order.",
        source: "(SELECT block_number, log_index, tx_hash, contract, name, address, data FROM events)",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("txHash", "tx_hash", Hash, "Transaction that emitted it."),
            col!("contract", "contract", String, "System contract: token, staking, slasher, fee_distributor, governor, timelock, rollup_manager."),
            col!("name", "name", String, "Event name, as in the contract's ABI."),
            col!("address", "address", Address, "Emitting contract address."),
            col!("data", "data", Bytes, "ABI-encoded non-indexed arguments."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Operator",
        single: "operator",
        plural: "operators",
        doc: "An operator as it stands at the indexed head: commission, jail status and its pool.",
        source: "(SELECT o.operator, o.block_number AS registered_block,
            COALESCE((SELECT k.signing_key FROM operator_keys k WHERE k.operator = o.operator
                AND k.effective_at <= (SELECT b.timestamp FROM checkpoint c JOIN blocks b
                    ON b.number = c.block_number WHERE c.id = 0)
                ORDER BY k.effective_at DESC, k.block_number DESC, k.log_index DESC LIMIT 1),
                o.signing_key) AS signing_key,
            (SELECT k.signing_key FROM operator_keys k WHERE k.operator = o.operator
                AND k.effective_at > COALESCE((SELECT b.timestamp FROM checkpoint c JOIN blocks b
                    ON b.number = c.block_number WHERE c.id = 0), 0)
                ORDER BY k.block_number DESC, k.log_index DESC LIMIT 1) AS pending_signing_key,
            (SELECT k.effective_at FROM operator_keys k WHERE k.operator = o.operator
                AND k.effective_at > COALESCE((SELECT b.timestamp FROM checkpoint c JOIN blocks b
                    ON b.number = c.block_number WHERE c.id = 0), 0)
                ORDER BY k.block_number DESC, k.log_index DESC LIMIT 1) AS pending_key_effective_at,
            CASE WHEN EXISTS (SELECT 1 FROM operator_status s WHERE s.operator = o.operator
                AND s.kind = 'deregistered') THEN 1 ELSE 0 END AS deregistered,
            COALESCE((SELECT CASE WHEN s.effective_at <= COALESCE((SELECT b.timestamp FROM checkpoint c
                    JOIN blocks b ON b.number = c.block_number WHERE c.id = 0), 0)
                  THEN s.commission_bips ELSE s.in_force_bips END
                FROM operator_status s WHERE s.operator = o.operator
                AND s.kind = 'commission' ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1),
                o.commission_bips) AS commission_bips,
            (SELECT CASE WHEN s.effective_at > COALESCE((SELECT b.timestamp FROM checkpoint c
                    JOIN blocks b ON b.number = c.block_number WHERE c.id = 0), 0)
                  THEN s.commission_bips END
                FROM operator_status s WHERE s.operator = o.operator
                AND s.kind = 'commission' ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1)
                AS pending_commission_bips,
            (SELECT CASE WHEN s.effective_at > COALESCE((SELECT b.timestamp FROM checkpoint c
                    JOIN blocks b ON b.number = c.block_number WHERE c.id = 0), 0)
                  THEN s.effective_at END
                FROM operator_status s WHERE s.operator = o.operator
                AND s.kind = 'commission' ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1)
                AS commission_effective_at,
            COALESCE((SELECT CASE WHEN s.kind != 'unjailed' THEN 1 ELSE 0 END
                FROM operator_status s WHERE s.operator = o.operator
                AND s.kind IN ('jailed', 'unjailed', 'deregistered')
                ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1), 0) AS jailed,
            (SELECT s.jailed_until FROM operator_status s WHERE s.operator = o.operator
                AND s.kind = 'jailed' ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1)
                AS jailed_until,
            COALESCE((SELECT p.tokens FROM pool_states p WHERE p.operator = o.operator
                ORDER BY p.block_number DESC, p.log_index DESC LIMIT 1), zeroblob(32)) AS total_stake,
            COALESCE((SELECT p.shares FROM pool_states p WHERE p.operator = o.operator
                AND p.shares IS NOT NULL ORDER BY p.block_number DESC, p.log_index DESC LIMIT 1),
                zeroblob(32)) AS total_shares
            FROM operators o)",
        key: &["operator"],
        cols: &[
            col!("id", "operator", Address, "Operator address."),
            col!("signingKey", "signing_key", Address, "Key that signs its commitments and attestations at the indexed head's time."),
            col!("pendingSigningKey", "pending_signing_key", Address?, "Key a scheduled rotation switches to (null if none waits)."),
            col!("pendingKeyEffectiveAt", "pending_key_effective_at", Int?, "When the waiting rotation applies (unix seconds)."),
            col!("deregistered", "deregistered", Bool, "Left for good: jailed forever, still slashable for what it signed."),
            col!("registeredBlock", "registered_block", Int, "Block it registered in."),
            col!("commissionBips", "commission_bips", Int, "Commission in force at the indexed head's time, in basis points (Staking's `commissionOf`, save for a `maxCommission` cap governance lowered below it)."),
            col!("pendingCommissionBips", "pending_commission_bips", Int?, "A scheduled commission not yet in force (null if none waits)."),
            col!("commissionEffectiveAt", "commission_effective_at", Int?, "When the pending commission applies (unix seconds); null if none waits."),
            col!("jailed", "jailed", Bool, "Jailed by its latest jail/unjail event (or deregistered)."),
            col!("jailedUntil", "jailed_until", Int?, "End of its latest jail (unix seconds)."),
            col!("totalStake", "total_stake", BigInt, "Tokens in its pool (wei)."),
            col!("totalShares", "total_shares", BigInt, "Shares of its pool."),
        ],
        rels: &[
            Rel { name: "delegations", target: "Delegation", on: &[("operator", "operator")], many: true, doc: "Current positions in its pool." },
            Rel { name: "rewards", target: "OperatorReward", on: &[("operator", "operator")], many: true, doc: "What it earned, per epoch." },
            Rel { name: "slashings", target: "Slashing", on: &[("operator", "operator")], many: true, doc: "Slashes it suffered." },
            Rel { name: "claims", target: "RewardClaim", on: &[("operator", "operator")], many: true, doc: "Claims of its commission and its stakers' rewards." },
            Rel { name: "signingKeys", target: "OperatorKey", on: &[("operator", "operator")], many: true, doc: "Every signing key it bound, with when each applied and retired." },
            Rel { name: "owedSlashes", target: "OwedSlash", on: &[("operator", "operator")], many: true, doc: "Fraud slashes it owes or owed (see `executed`)." },
            Rel { name: "feeAttributions", target: "FeeAttribution", on: &[("operator", "operator")], many: true, doc: "Fees rollups paid for the work it did, per epoch (credited to its pool when the epoch closes)." },
        ],
        stream: false,
    },
    Entity {
        name: "OperatorKey",
        single: "operatorKey",
        plural: "operatorKeys",
        doc: "A signing key an operator bound (at registration or by a rotation), with when it applied and when the next one took over. A retired key's signatures stay slashable for one unbonding period after `retiredAt`.",
        source: "(SELECT k.operator, k.signing_key, k.kind, k.effective_at, k.block_number, k.log_index,
            (SELECT n.effective_at FROM operator_keys n WHERE n.operator = k.operator
                AND (n.block_number > k.block_number OR (n.block_number = k.block_number
                AND n.log_index > k.log_index))
                ORDER BY n.block_number, n.log_index LIMIT 1) AS retired_at
            FROM operator_keys k)",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("operator", "operator", Address, "Operator address."),
            col!("signingKey", "signing_key", Address, "The key."),
            col!("kind", "kind", String, "`registration` or `rotation`."),
            col!("effectiveAt", "effective_at", Int, "When it became (or becomes) the operator's key (unix seconds)."),
            col!("retiredAt", "retired_at", Int?, "When the next key takes over (unix seconds; may lie ahead while that rotation waits); null while no rotation follows."),
        ],
        rels: &[
            Rel { name: "pool", target: "Operator", on: &[("operator", "operator")], many: false, doc: "The operator (as `Delegation.pool`)." },
        ],
        stream: true,
    },
    Entity {
        name: "Delegation",
        single: "delegation",
        plural: "delegations",
        doc: "A staker's current position in an operator's pool (its latest share balance).",
        source: "(SELECT d.staker, d.operator, d.shares, d.block_number, d.log_index FROM delegations d
            WHERE NOT EXISTS (SELECT 1 FROM delegations e WHERE e.staker = d.staker
              AND e.operator = d.operator AND (e.block_number > d.block_number
              OR (e.block_number = d.block_number AND e.log_index > d.log_index))))",
        key: &["staker", "operator"],
        cols: &[
            col!("staker", "staker", Address, "Staker address."),
            col!("operator", "operator", Address, "Operator address."),
            col!("shares", "shares", BigInt, "Shares held (0 once fully unstaked)."),
            col!("updatedBlock", "block_number", Int, "Block of the latest change."),
            col!("updatedLogIndex", "log_index", Int, "Log index of the latest change."),
        ],
        rels: &[
            Rel { name: "pool", target: "Operator", on: &[("operator", "operator")], many: false, doc: "The operator." },
            Rel { name: "history", target: "DelegationChange", on: &[("staker", "staker"), ("operator", "operator")], many: true, doc: "Every stake and unstake of this position." },
        ],
        stream: false,
    },
    Entity {
        name: "DelegationChange",
        single: "delegationChange",
        plural: "delegationChanges",
        doc: "A stake, unstake or release, with the staker's shares after it (stake over time).",
        source: "delegations",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("staker", "staker", Address, "Staker address."),
            col!("operator", "operator", Address, "Operator address."),
            col!("kind", "kind", String, "`stake`, `unstake`, or `release` (worthless shares burned: shares go to 0)."),
            col!("amount", "delta_amount", BigInt, "Tokens staked, or queued for unstaking."),
            col!("shares", "shares", BigInt, "The staker's shares after the change."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "UnbondingRequest",
        single: "unbondingRequest",
        plural: "unbondingRequests",
        doc: "An unstake request, and whether it was withdrawn.",
        source: "(SELECT u.staker, u.request_id, u.operator, u.shares, u.amount, u.completable_at,
            u.unbonding_shares, u.block_number, u.log_index,
            CASE WHEN EXISTS (SELECT 1 FROM withdrawals_l1 w WHERE w.staker = u.staker
              AND w.request_id = u.request_id) THEN 1 ELSE 0 END AS withdrawn
            FROM unbonding_requests u)",
        key: &["staker", "request_id"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("staker", "staker", Address, "Staker address."),
            col!("requestId", "request_id", Int, "The staker's request number."),
            col!("operator", "operator", Address, "Operator address."),
            col!("shares", "shares", BigInt, "Shares of the operator's active pool the unstake burned."),
            col!("unbondingShares", "unbonding_shares", BigInt?, "Shares of the operator's unbonding pool it holds (see `value`)."),
            col!("amount", "amount", BigInt, "Tokens at request time (a slash while unbonding lowers what is paid: see `value`)."),
            col!("completableAt", "completable_at", Int, "When it can be withdrawn (unix seconds)."),
            col!("withdrawn", "withdrawn", Bool, "Withdrawn already."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Withdrawal",
        single: "withdrawal",
        plural: "withdrawals",
        doc: "Unbonded stake paid out to a staker.",
        source: "withdrawals_l1",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("staker", "staker", Address, "Staker address."),
            col!("requestId", "request_id", Int, "The request withdrawn."),
            col!("operator", "operator", Address, "Operator address."),
            col!("amount", "amount", BigInt, "Tokens paid."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Slashing",
        single: "slashing",
        plural: "slashings",
        doc: "A slash, with the Slasher's evidence kind when it names one.",
        source: "slashings",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("operator", "operator", Address, "Slashed operator."),
            col!("kind", "kind", String?, "`equivocation`, `fraud_proof` or `governance`; null for Staking's own record of the slash."),
            col!("rollupId", "rollup_id", BigInt?, "Rollup of the evidence."),
            col!("batchIndex", "batch_index", BigInt?, "Batch of the evidence."),
            col!("amount", "amount", BigInt, "Tokens slashed."),
            col!("reporter", "reporter", Address?, "Who proved it."),
            col!("reporterReward", "reporter_reward", BigInt?, "The reporter's share."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "FeeDeposit",
        single: "feeDeposit",
        plural: "feeDeposits",
        doc: "Fees paid into the distributor, by source.",
        source: "fee_deposits",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("epoch", "epoch", Int, "Epoch they count in."),
            col!("source", "source", String, "`transaction`, `storage` or `service`."),
            col!("sourceId", "source_id", Hash, "Rollup or service the fees came from."),
            col!("payer", "payer", Address, "Who paid."),
            col!("amount", "amount", BigInt, "Tokens paid."),
            col!("toTreasury", "to_treasury", BigInt, "The treasury's cut."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Epoch",
        single: "epoch",
        plural: "epochs",
        doc: "A fee epoch as it closed.",
        source: "epochs",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("epoch", "epoch", Int, "Epoch number."),
            col!("fees", "fees", BigInt, "Operators' part of the epoch's fees."),
            col!("distributed", "distributed", BigInt, "Paid out to operators and stakers."),
            col!("carried", "carried", BigInt, "Carried to the next epoch (no work done)."),
            col!("nextStart", "next_start", Int, "When the next epoch started (unix seconds)."),
        ],
        rels: &[Rel { name: "rewards", target: "OperatorReward", on: &[("epoch", "epoch")], many: true, doc: "Each operator's share." }],
        stream: true,
    },
    Entity {
        name: "Work",
        single: "work",
        plural: "works",
        doc: "Work credited to an operator in an epoch (it weights the fee split).",
        source: "work",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("epoch", "epoch", Int, "Epoch."),
            col!("operator", "operator", Address, "Operator."),
            col!("work", "work", BigInt, "Units credited by this report."),
            col!("totalWork", "total_work", BigInt, "The epoch's total after it."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "OperatorReward",
        single: "operatorReward",
        plural: "operatorRewards",
        doc: "What an operator earned in an epoch: its commission and its stakers' share.",
        source: "operator_rewards",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("epoch", "epoch", Int, "Epoch."),
            col!("operator", "operator", Address, "Operator."),
            col!("amount", "amount", BigInt, "Total earned in the epoch."),
            col!("commission", "commission", BigInt, "The operator's commission."),
            col!("delegatorRewards", "delegator_rewards", BigInt, "Its stakers' share."),
            col!("accRewardPerShare", "acc_reward_per_share", BigInt, "The pool's accumulated reward per share after it (scaled by 1e36)."),
            col!("eligibleShares", "eligible_shares", BigInt, "Shares that earned it."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "RewardClaim",
        single: "rewardClaim",
        plural: "rewardClaims",
        doc: "A claim of a staker's rewards or an operator's commission.",
        source: "reward_claims",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("operator", "operator", Address, "Operator whose pool paid."),
            col!("claimant", "claimant", Address, "The staker (or the operator, for commission)."),
            col!("recipient", "recipient", Address, "Where the tokens went."),
            col!("amount", "amount", BigInt, "Tokens claimed."),
            col!("kind", "kind", String, "`rewards` or `commission`."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Proposal",
        single: "proposal",
        plural: "proposals",
        doc: "A governance proposal.",
        source: "(SELECT p.proposal_id, p.proposer, p.vote_start, p.vote_end, p.description,
            p.block_number, p.log_index,
            (SELECT e.kind FROM proposal_events e WHERE e.proposal_id = p.proposal_id
              AND e.kind IN ('queued', 'executed', 'canceled')
              ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) AS outcome,
            (SELECT e.at FROM proposal_events e WHERE e.proposal_id = p.proposal_id
              AND e.kind = 'queued' ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) AS eta,
            COALESCE((SELECT e.at FROM proposal_events e WHERE e.proposal_id = p.proposal_id
              AND e.kind = 'extended' ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1),
              p.vote_end) AS deadline,
            (SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.proposal_id) AS vote_count
            FROM proposals p)",
        key: &["proposal_id"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("id", "proposal_id", BigInt, "Proposal id (the governor's hash)."),
            col!("proposer", "proposer", Address, "Who proposed it."),
            col!("voteStart", "vote_start", Int, "Voting opens (unix seconds; the governor's clock)."),
            col!("voteEnd", "vote_end", Int, "Voting closed as proposed (unix seconds)."),
            col!("deadline", "deadline", Int, "Voting closes, after any extension (unix seconds)."),
            col!("description", "description", String, "Description text."),
            col!("outcome", "outcome", String?, "Latest of `queued`, `executed`, `canceled`; null before any."),
            col!("eta", "eta", Int?, "When a queued proposal can execute (unix seconds)."),
            col!("voteCount", "vote_count", Int, "Votes cast."),
        ],
        rels: &[Rel { name: "votes", target: "Vote", on: &[("proposal_id", "proposal_id")], many: true, doc: "Votes cast." }],
        stream: true,
    },
    Entity {
        name: "Vote",
        single: "vote",
        plural: "votes",
        doc: "A vote on a proposal.",
        source: "votes",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("proposalId", "proposal_id", BigInt, "Proposal."),
            col!("voter", "voter", Address, "Voter."),
            col!("support", "support", Int, "0 against, 1 for, 2 abstain."),
            col!("weight", "weight", BigInt, "Voting weight."),
            col!("reason", "reason", String, "Reason given."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "GovernorParameter",
        single: "governorParameter",
        plural: "governorParameters",
        doc: "A change of a governor parameter (by governance, or at deployment).",
        source: "governor_parameters",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("parameter", "parameter", String, "`quorum_numerator` (percent of supply), `voting_delay`, `voting_period` (seconds), `proposal_threshold` (votes) or `vote_extension` (seconds)."),
            col!("value", "value", BigInt, "The new value."),
            col!("timestamp", "timestamp", Int, "When it took effect (unix seconds; the governor's clock)."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "ProtocolParameter",
        single: "protocolParameter",
        plural: "protocolParameters",
        doc: "A change of a parameter of Staking, the Slasher, the FeeDistributor or the RollupManager (their `ParameterUpdated`): by governance, or by the deployer before it handed over.",
        source: "protocol_parameters",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("contract", "contract", String, "`staking`, `slasher`, `fee_distributor` or `rollup_manager`."),
            col!("parameter", "parameter", String, "The parameter as the contract names it, e.g. `unbondingPeriod`, `treasuryBips`, `equivocationBips`, `inclusionDelay`."),
            col!("oldValue", "old_value", BigInt, "The value before."),
            col!("newValue", "new_value", BigInt, "The value after."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Rollup",
        single: "rollup",
        plural: "rollups",
        doc: "A rollup registered with the rollup manager.",
        source: "(SELECT r.*, (SELECT COUNT(*) FROM batches b WHERE b.rollup_id = r.rollup_id) AS batch_count,
            CASE WHEN EXISTS (SELECT 1 FROM rollup_events e WHERE e.rollup_id = r.rollup_id
              AND e.kind = 'halted') THEN 1 ELSE 0 END AS halted,
            CASE WHEN EXISTS (SELECT 1 FROM rollup_events e WHERE e.rollup_id = r.rollup_id
              AND e.kind = 'settled') THEN 1 ELSE 0 END AS settled
            FROM rollups r)",
        key: &["rollup_id"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("id", "rollup_id", BigInt, "Rollup id."),
            col!("owner", "owner", Address, "Owner at creation."),
            col!("name", "name", String, "Name."),
            col!("sequencing", "sequencing", String, "`single` or `squad`."),
            col!("expiry", "expiry", Int, "Expiry (unix seconds; 0 for a permanent rollup)."),
            col!("budget", "budget", BigInt, "ALT budget at creation."),
            col!("batchCount", "batch_count", Int, "Batches posted (including reverted ones)."),
            col!("halted", "halted", Bool, "Halted through the escape hatch (a deposit went unserved too long): it settles like an expired rollup."),
            col!("settled", "settled", Bool, "Settled: every batch final, L2 balances claimable on L1."),
        ],
        rels: &[
            Rel { name: "batches", target: "Batch", on: &[("rollup_id", "rollup_id")], many: true, doc: "Its batches." },
            Rel { name: "deposits", target: "RollupDeposit", on: &[("rollup_id", "rollup_id")], many: true, doc: "L1 deposits into it." },
            Rel { name: "withdrawals", target: "RollupWithdrawal", on: &[("rollup_id", "rollup_id")], many: true, doc: "Withdrawals from it claimed on L1." },
            Rel { name: "forcedWithdrawals", target: "ForcedWithdrawal", on: &[("rollup_id", "rollup_id")], many: true, doc: "Withdrawals forced from L1 past its sequencers (queued beside the deposits)." },
            Rel { name: "backing", target: "RollupBacking", on: &[("rollup_id", "rollup_id")], many: true, doc: "Its verifiers' pledges of stake to its fast withdrawals, every change." },
            Rel { name: "fastWithdrawals", target: "FastWithdrawal", on: &[("rollup_id", "rollup_id")], many: true, doc: "Withdrawals claimed against fast-final roots still open to fraud proofs, with the value at risk." },
            Rel { name: "balanceClaims", target: "BalanceClaim", on: &[("rollup_id", "rollup_id")], many: true, doc: "L2 balances paid out on L1 after settlement." },
            Rel { name: "events", target: "RollupEvent", on: &[("rollup_id", "rollup_id")], many: true, doc: "Halts, settlement and leader reseeds." },
        ],
        stream: true,
    },
    Entity {
        name: "RollupDeposit",
        single: "rollupDeposit",
        plural: "rollupDeposits",
        doc: "An L1 deposit into a rollup's queue, and whether it was reclaimed (refunded on L1 because the rollup did not include it in time).",
        source: "(SELECT d.rollup_id, d.deposit_index, d.sender, d.recipient, d.amount, d.enqueued_at,
            d.block_number, d.log_index,
            CASE WHEN EXISTS (SELECT 1 FROM rollup_deposit_reclaims r WHERE r.rollup_id = d.rollup_id
              AND r.deposit_index = d.deposit_index) THEN 1 ELSE 0 END AS reclaimed
            FROM rollup_deposits d)",
        key: &["rollup_id", "deposit_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("index", "deposit_index", Int, "Position in the rollup's deposit queue."),
            col!("sender", "sender", Address, "L1 account that paid."),
            col!("recipient", "recipient", Address, "L2 account credited."),
            col!("amount", "amount", BigInt, "ALT deposited."),
            col!("enqueuedAt", "enqueued_at", Int, "When it was queued (unix seconds)."),
            col!("reclaimed", "reclaimed", Bool, "Refunded on L1 instead of included."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "ForcedWithdrawal",
        single: "forcedWithdrawal",
        plural: "forcedWithdrawals",
        doc: "A withdrawal an L2 account forced from L1, past the sequencers: it takes a place in the rollup's L1 queue (shared with deposits) that every batch must include by the inclusion delay; it withdraws at most the account's balance then, without fee, at its nonce (a no-op for an empty account), and is claimed like any withdrawal once final.",
        source: "forced_withdrawals",
        key: &["rollup_id", "queue_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("index", "queue_index", Int, "Position in the rollup's L1 queue (shared with deposits)."),
            col!("sender", "sender", Address, "L2 account that withdraws (the L1 caller)."),
            col!("recipient", "recipient", Address, "L1 account the withdrawal pays."),
            col!("amount", "amount", BigInt, "ALT asked for (the batch takes at most the balance)."),
            col!("enqueuedAt", "enqueued_at", Int, "When it was queued (unix seconds)."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "TokenTransfer",
        single: "tokenTransfer",
        plural: "tokenTransfers",
        doc: "An ALT transfer (a mint has the zero address as `from`).",
        source: "token_transfers",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("from", "sender", Address, "Sender (zero: minted)."),
            col!("to", "recipient", Address, "Recipient."),
            col!("amount", "amount", BigInt, "ALT moved."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "DelegateChange",
        single: "delegateChange",
        plural: "delegateChanges",
        doc: "An ALT holder moved its liquid votes to another delegate (itself included).",
        source: "delegate_changes",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("delegator", "delegator", Address, "The holder."),
            col!("fromDelegate", "from_delegate", Address, "Previous delegate (zero: none)."),
            col!("toDelegate", "to_delegate", Address, "New delegate (zero: none)."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "VotePowerChange",
        single: "votePowerChange",
        plural: "votePowerChanges",
        doc: "A delegate's liquid voting power (the token's `getVotes`) changed: its history, for charts and audits.",
        source: "vote_power_changes",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("delegate", "delegate", Address, "The delegate."),
            col!("previousVotes", "previous_votes", BigInt, "Votes before."),
            col!("newVotes", "new_votes", BigInt, "Votes after."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "Account",
        single: "account",
        plural: "accounts",
        doc: "An ALT account at the indexed head: its balance (`balanceOf`), the delegate of its liquid votes (`delegates`) and the liquid votes delegated to it (`getVotes`). Every address that ever held ALT, delegated or was delegated to.",
        source: "(SELECT a.account,
            COALESCE((SELECT b.balance FROM token_balances b WHERE b.account = a.account
                ORDER BY b.block_number DESC, b.log_index DESC LIMIT 1), zeroblob(32)) AS balance,
            COALESCE((SELECT d.to_delegate FROM delegate_changes d WHERE d.delegator = a.account
                ORDER BY d.block_number DESC, d.log_index DESC LIMIT 1), zeroblob(20)) AS delegate,
            COALESCE((SELECT v.new_votes FROM vote_power_changes v WHERE v.delegate = a.account
                ORDER BY v.block_number DESC, v.log_index DESC LIMIT 1), zeroblob(32)) AS votes
            FROM (SELECT account FROM token_balances UNION SELECT delegate FROM vote_power_changes
                UNION SELECT delegator FROM delegate_changes) a)",
        key: &["account"],
        cols: &[
            col!("address", "account", Address, "The account."),
            col!("balance", "balance", BigInt, "ALT it holds (`balanceOf`)."),
            col!("delegate", "delegate", Address, "Who its liquid votes go to (`delegates`; zero: nobody, so they count for no one)."),
            col!("votes", "votes", BigInt, "Liquid votes delegated to it (the token's `getVotes`); its staked votes are in `stakedVotes`, the sum in `votingPower`."),
        ],
        rels: &[
            Rel { name: "transfersOut", target: "TokenTransfer", on: &[("account", "sender")], many: true, doc: "Transfers it sent." },
            Rel { name: "transfersIn", target: "TokenTransfer", on: &[("account", "recipient")], many: true, doc: "Transfers it received." },
            Rel { name: "delegateChanges", target: "DelegateChange", on: &[("account", "delegator")], many: true, doc: "Every time it moved its votes." },
            Rel { name: "votePowerHistory", target: "VotePowerChange", on: &[("account", "delegate")], many: true, doc: "Its liquid voting power over time." },
        ],
        stream: false,
    },
    Entity {
        name: "RollupBacking",
        single: "rollupBacking",
        plural: "rollupBackings",
        doc: "A verifier set the share of its stake that backs a rollup's fast withdrawals (the value at risk a quorum may let out before its window ends). An operator's shares over all rollups never exceed 100%; a share it lowers cools for 90 days (longer than any challenge window) before it can back another rollup. The latest row per rollup and operator is in force.",
        source: "rollup_backing",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("operator", "operator", Address, "The verifier."),
            col!("bips", "bips", Int, "Share of its stake pledged to this rollup, in basis points."),
            col!("free", "free", Int, "Share it had left to pledge elsewhere after the change (cooling shares excluded)."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "RollupWithdrawal",
        single: "rollupWithdrawal",
        plural: "rollupWithdrawals",
        doc: "A withdrawal from a rollup, claimed on L1 with a proof against a final batch.",
        source: "rollup_withdrawals",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("batchIndex", "batch_index", Int, "The final batch whose withdrawal root proved it."),
            col!("recipient", "recipient", Address, "L1 account paid."),
            col!("sender", "sender", Address, "L2 account that withdrew."),
            col!("nonce", "nonce", Int, "The L2 withdrawal's nonce (each pays once)."),
            col!("amount", "amount", BigInt, "ALT paid."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "FeeAttribution",
        single: "feeAttribution",
        plural: "feeAttributions",
        doc: "Fees a rollup paid that belong to the operator that did its work: a batch's fees split among its sequencer and attesters, service fees by duty. Credited to the operator's pool when the epoch closes (unless it is jailed then).",
        source: "fee_attributions",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("epoch", "epoch", Int, "Fee epoch it was paid in."),
            col!("sourceId", "source_id", Hash, "Who paid: bytes32(rollupId) for a rollup."),
            col!("operator", "operator", Address, "Operator it is attributed to."),
            col!("amount", "amount", BigInt, "ALT attributed, before the treasury share."),
            col!("net", "net", BigInt, "ALT credited to the operator's pool (commission and stakers)."),
        ],
        rels: &[
            Rel { name: "pool", target: "Operator", on: &[("operator", "operator")], many: false, doc: "The operator." },
        ],
        stream: true,
    },
    Entity {
        name: "FastWithdrawal",
        single: "fastWithdrawal",
        plural: "fastWithdrawals",
        doc: "A withdrawal claimed against a fast-final root (verifier quorum) before its challenge window ended, bounded by the value at risk.",
        source: "fast_withdrawals",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("batchIndex", "batch_index", Int, "The fast-final batch it was proven against."),
            col!("amount", "amount", BigInt, "ALT paid."),
            col!("atRisk", "at_risk", BigInt, "Everything claimed fast in the live risk periods, this included."),
            col!("limit", "risk_limit", BigInt, "The bound: the smallest slashable stake behind a quorum in those periods."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "BalanceClaim",
        single: "balanceClaim",
        plural: "balanceClaims",
        doc: "An L2 balance of a settled rollup's final root, paid out on L1.",
        source: "rollup_balance_claims",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("account", "account", Address, "L2 account, paid on L1 at the same address."),
            col!("amount", "amount", BigInt, "ALT paid."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "RollupEvent",
        single: "rollupEvent",
        plural: "rollupEvents",
        doc: "A rollup's lifecycle event.",
        source: "rollup_events",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("kind", "kind", String, "`halted` (escape hatch), `settled` or `reseeded` (a new SQUAD leader seed)."),
            col!("detail", "detail", Bytes, "halted: who halted it; settled: the final root; reseeded: the seed."),
        ],
        rels: &[],
        stream: true,
    },
    Entity {
        name: "OwedSlash",
        single: "owedSlash",
        plural: "owedSlashes",
        doc: "A fraud slash that failed inside a challenge (the revert stood): owed, and executable by anyone with `executeOwedSlash(owedId)` until it is executed.",
        source: "(SELECT o.owed_id, o.rollup_id, o.operator, o.batch_key, o.posted_at, o.challenger,
            o.reason, o.block_number, o.log_index,
            CASE WHEN EXISTS (SELECT 1 FROM owed_slash_executions x WHERE x.owed_id = o.owed_id)
              THEN 1 ELSE 0 END AS executed,
            (SELECT x.amount FROM owed_slash_executions x WHERE x.owed_id = o.owed_id LIMIT 1)
                AS executed_amount,
            (SELECT x.block_number FROM owed_slash_executions x WHERE x.owed_id = o.owed_id LIMIT 1)
                AS executed_block
            FROM owed_slashes o)",
        key: &["owed_id"],
        cols: &[
            col!("id", "owed_id", Int, "The owed slash's id (`owedSlash(id)` on the RollupManager)."),
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup of the fraud."),
            col!("operator", "operator", Address, "Operator that owes the slash."),
            col!("batchKey", "batch_key", BigInt, "generation << 128 | batch index of the fraudulent batch."),
            col!("postedAt", "posted_at", Int, "When the batch was posted: the offence time (unix seconds)."),
            col!("challenger", "challenger", Address, "Who proved the fraud."),
            col!("reason", "reason", Bytes, "Revert data of the failed slash."),
            col!("executed", "executed", Bool, "Carried out since."),
            col!("executedAmount", "executed_amount", BigInt?, "Tokens it took when carried out."),
            col!("executedBlock", "executed_block", Int?, "Block it was carried out in."),
        ],
        rels: &[
            Rel { name: "pool", target: "Operator", on: &[("operator", "operator")], many: false, doc: "The operator." },
        ],
        stream: true,
    },
    Entity {
        name: "Batch",
        single: "batch",
        plural: "batches",
        doc: "A posted batch with its finality level.",
        source: "(SELECT b.*, CASE
              WHEN EXISTS (SELECT 1 FROM batch_events e WHERE e.rollup_id = b.rollup_id
                AND e.kind = 'reverted' AND e.batch_index <= b.batch_index
                AND (e.block_number > b.block_number
                  OR (e.block_number = b.block_number AND e.log_index > b.log_index))) THEN 'reverted'
              WHEN EXISTS (SELECT 1 FROM batch_events e WHERE e.rollup_id = b.rollup_id
                AND e.batch_index = b.batch_index AND e.kind = 'finalized'
                AND e.block_number >= b.block_number) THEN 'finalized'
              WHEN EXISTS (SELECT 1 FROM batch_events e WHERE e.rollup_id = b.rollup_id
                AND e.batch_index = b.batch_index AND e.kind = 'fast_final'
                AND e.block_number >= b.block_number) THEN 'fast_final'
              WHEN EXISTS (SELECT 1 FROM batch_events e WHERE e.rollup_id = b.rollup_id
                AND e.batch_index = b.batch_index AND e.kind = 'attested'
                AND e.block_number >= b.block_number) THEN 'attested'
              ELSE 'posted' END AS finality
            FROM batches b)",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("index", "batch_index", Int, "Batch index in the rollup."),
            col!("generation", "generation", Int, "Rollup generation (bumped by each fraud proof)."),
            col!("sequencer", "sequencer", Address, "Who posted it."),
            col!("headerHash", "header_hash", Hash, "Hash of its header."),
            col!("postRoot", "post_root", Hash, "State root after it."),
            col!("txCount", "tx_count", Int, "Transactions in it."),
            col!("feesCollected", "fees_collected", BigInt, "Transaction fees it collected."),
            col!("storageFee", "storage_fee", BigInt, "Storage fee paid to post it."),
            col!("finality", "finality", String, "`posted`, `attested`, `fast_final` (a staked quorum: still open to fraud proofs until `finalized`; withdrawals against it are paid within the value at risk once every earlier batch is final or fast-final), `finalized` (its challenge window ended) or `reverted`."),
        ],
        rels: &[Rel { name: "events", target: "BatchEvent", on: &[("rollup_id", "rollup_id"), ("batch_index", "batch_index")], many: true, doc: "Attestations, finality and reverts of this index." }],
        stream: true,
    },
    Entity {
        name: "BatchEvent",
        single: "batchEvent",
        plural: "batchEvents",
        doc: "An attestation, finalization or revert of a batch.",
        source: "batch_events",
        key: &["block_number", "log_index"],
        cols: &[
            POS_BLOCK,
            POS_LOG,
            col!("rollupId", "rollup_id", BigInt, "Rollup."),
            col!("index", "batch_index", Int, "Batch index."),
            col!("kind", "kind", String, "`attested`, `fast_final`, `finalized` or `reverted`."),
            col!("detail", "detail", Bytes?, "Attesters (20-byte addresses, concatenated) or, for a revert, the first index kept."),
        ],
        rels: &[],
        stream: true,
    },
];
