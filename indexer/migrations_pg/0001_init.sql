-- The PostgreSQL schema: the same tables, columns, keys and indexes as SQLite's migrations
-- 0001-0011 leave them (indexer/migrations/), in PostgreSQL's types: INTEGER is BIGINT (every
-- integer the index keeps is an i64), BLOB is BYTEA, and TEXT compares bytewise (COLLATE "C")
-- as SQLite's does, so orderings and `_gt` filters on strings agree. A later change adds a
-- migration to both directories; the indexer test `both_schemas_have_the_same_columns` checks
-- that the two keep the same tables, columns and types.

-- SQLite functions the API's SQL uses, so that it is the same on both backends. INSTR: the
-- 1-based position of a needle, 0 if absent (the `_contains` filters).
CREATE FUNCTION instr(haystack BYTEA, needle BYTEA) RETURNS BIGINT
    LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE
    RETURN position(needle IN haystack);
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS BIGINT
    LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE
    RETURN strpos(haystack, needle);
-- SQLite's ZEROBLOB (n zero bytes), the API's default for a balance or an address never set.
CREATE FUNCTION zeroblob(n BIGINT) RETURNS BYTEA
    LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE
    RETURN decode(repeat('00', n::INTEGER), 'hex');

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE checkpoint (
    id           BIGINT PRIMARY KEY NOT NULL CHECK (id = 0),
    block_number BIGINT NOT NULL,
    block_hash   BYTEA NOT NULL
);

CREATE TABLE blocks (
    number      BIGINT PRIMARY KEY NOT NULL,
    hash        BYTEA NOT NULL,
    parent_hash BYTEA NOT NULL,
    timestamp   BIGINT NOT NULL
);

CREATE TABLE events (
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    tx_hash      BYTEA NOT NULL,
    contract     TEXT COLLATE "C" NOT NULL,
    name         TEXT COLLATE "C" NOT NULL,
    address      BYTEA NOT NULL,
    topics       BYTEA NOT NULL,
    data         BYTEA NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX events_name ON events (name, block_number);

CREATE TABLE operators (
    operator     BYTEA PRIMARY KEY NOT NULL,
    signing_key  BYTEA NOT NULL,
    commission_bips BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL
);

CREATE TABLE operator_status (
    operator     BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL,        -- 'commission' | 'jailed' | 'unjailed'
    commission_bips BIGINT,
    effective_at BIGINT,
    jailed_until BIGINT,
    in_force_bips BIGINT,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX operator_status_operator ON operator_status (operator, block_number DESC, log_index DESC);

CREATE TABLE unbonding_requests (
    staker        BYTEA NOT NULL,
    request_id    BIGINT NOT NULL,
    operator      BYTEA NOT NULL,
    shares        BYTEA NOT NULL,
    amount        BYTEA NOT NULL,
    completable_at BIGINT NOT NULL,
    block_number  BIGINT NOT NULL,
    log_index     BIGINT NOT NULL,
    unbonding_shares BYTEA,
    era BIGINT,
    PRIMARY KEY (staker, request_id)
);

CREATE TABLE withdrawals_l1 (
    staker       BYTEA NOT NULL,
    request_id   BIGINT NOT NULL,
    operator     BYTEA NOT NULL,
    amount       BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE TABLE slashings (
    operator     BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    kind         TEXT COLLATE "C",                 -- 'equivocation' | 'fraud_proof' | 'governance' (Slasher)
    rollup_id    BYTEA,
    batch_index  BYTEA,
    amount       BYTEA NOT NULL,
    reporter     BYTEA,
    reporter_reward BYTEA,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX slashings_operator ON slashings (operator, block_number);

CREATE TABLE fee_deposits (
    epoch        BIGINT NOT NULL,
    source       TEXT COLLATE "C" NOT NULL,        -- 'transaction' | 'storage' | 'service'
    source_id    BYTEA NOT NULL,
    payer        BYTEA NOT NULL,
    amount       BYTEA NOT NULL,
    to_treasury  BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE TABLE rollups (
    rollup_id    BYTEA PRIMARY KEY NOT NULL,
    owner        BYTEA NOT NULL,
    name         TEXT COLLATE "C" NOT NULL,
    sequencing   TEXT COLLATE "C" NOT NULL,
    expiry       BIGINT NOT NULL,
    budget       BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL
);

CREATE TABLE batches (
    rollup_id    BYTEA NOT NULL,
    batch_index  BIGINT NOT NULL,
    generation   BIGINT NOT NULL,
    sequencer    BYTEA NOT NULL,
    header_hash  BYTEA NOT NULL,
    post_root    BYTEA NOT NULL,
    tx_count     BIGINT NOT NULL,
    fees_collected BYTEA NOT NULL,
    storage_fee  BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX batches_rollup ON batches (rollup_id, batch_index, generation);

CREATE TABLE batch_events (
    rollup_id    BYTEA NOT NULL,
    batch_index  BIGINT NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL,        -- 'attested' | 'fast_final' | 'finalized' | 'reverted'
    detail       BYTEA,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX batch_events_rollup ON batch_events (rollup_id, batch_index);

CREATE TABLE proposals (
    proposal_id  BYTEA PRIMARY KEY NOT NULL,
    proposer     BYTEA NOT NULL,
    targets      BYTEA NOT NULL,        -- 20-byte addresses, concatenated
    vote_start   BIGINT NOT NULL,     -- timepoints (the governor's clock: seconds)
    vote_end     BIGINT NOT NULL,
    description  TEXT COLLATE "C" NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL
);

CREATE TABLE proposal_events (
    proposal_id  BYTEA NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL,        -- 'queued' | 'executed' | 'canceled' | 'extended'
    at           BIGINT,              -- eta (queued) or new deadline (extended)
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, block_number);

CREATE TABLE votes (
    proposal_id  BYTEA NOT NULL,
    voter        BYTEA NOT NULL,
    support      BIGINT NOT NULL,     -- 0 against, 1 for, 2 abstain
    weight       BYTEA NOT NULL,
    reason       TEXT COLLATE "C" NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX votes_proposal ON votes (proposal_id);

CREATE INDEX votes_voter ON votes (voter);

CREATE TABLE epochs (
    epoch        BIGINT NOT NULL,
    fees         BYTEA NOT NULL,
    distributed  BYTEA NOT NULL,
    carried      BYTEA NOT NULL,
    next_start   BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE TABLE work (
    epoch        BIGINT NOT NULL,
    operator     BYTEA NOT NULL,
    work         BYTEA NOT NULL,
    total_work   BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE TABLE operator_rewards (
    epoch        BIGINT NOT NULL,
    operator     BYTEA NOT NULL,
    amount       BYTEA NOT NULL,
    commission   BYTEA NOT NULL,
    delegator_rewards BYTEA NOT NULL,
    acc_reward_per_share BYTEA NOT NULL,
    eligible_shares BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX operator_rewards_operator ON operator_rewards (operator, epoch);

CREATE TABLE reward_claims (
    operator     BYTEA NOT NULL,
    claimant     BYTEA NOT NULL,        -- the staker, or the operator for commission
    recipient    BYTEA NOT NULL,
    amount       BYTEA NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL,        -- 'rewards' | 'commission'
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX reward_claims_claimant ON reward_claims (claimant, operator);

CREATE TABLE pool_states (
    operator     BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    tokens       BYTEA NOT NULL,
    shares       BYTEA,                 -- NULL: unchanged (a slash changes tokens only)
    cause        TEXT COLLATE "C" NOT NULL,        -- 'stake' | 'unstake' | 'slash'
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX pool_states_operator ON pool_states (operator, block_number DESC, log_index DESC);

CREATE TABLE delegations (
    staker       BYTEA NOT NULL,
    operator     BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    shares       BYTEA NOT NULL,
    delta_amount BYTEA NOT NULL,        -- tokens staked or queued for unstaking by this change
    kind         TEXT COLLATE "C" NOT NULL,        -- 'stake' | 'unstake'
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX delegations_staker ON delegations (staker, operator, block_number DESC, log_index DESC);

CREATE INDEX delegations_operator ON delegations (operator, block_number DESC, log_index DESC);

CREATE TABLE governor_parameters (
    parameter    TEXT COLLATE "C" NOT NULL,        -- 'quorum_numerator' | 'voting_delay' | 'voting_period'
                                       -- | 'proposal_threshold' | 'vote_extension'
    value        BYTEA NOT NULL,        -- the new value (32 bytes)
    timestamp    BIGINT NOT NULL,     -- block timestamp of the change (the governor's clock)
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX governor_parameters_parameter ON governor_parameters (parameter, timestamp);

CREATE TABLE rollup_deposits (
    rollup_id     BYTEA NOT NULL,
    deposit_index BIGINT NOT NULL,    -- position in the rollup's deposit queue
    sender        BYTEA NOT NULL,       -- L1 account that paid
    recipient     BYTEA NOT NULL,       -- L2 account credited
    amount        BYTEA NOT NULL,
    enqueued_at   BIGINT NOT NULL,    -- unix seconds
    block_number  BIGINT NOT NULL,
    log_index     BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX rollup_deposits_rollup ON rollup_deposits (rollup_id, deposit_index);

CREATE INDEX rollup_deposits_sender ON rollup_deposits (sender);

CREATE TABLE rollup_deposit_reclaims (
    rollup_id     BYTEA NOT NULL,
    deposit_index BIGINT NOT NULL,
    recipient     BYTEA NOT NULL,       -- L1 account refunded
    amount        BYTEA NOT NULL,
    block_number  BIGINT NOT NULL,
    log_index     BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX rollup_deposit_reclaims_deposit ON rollup_deposit_reclaims (rollup_id, deposit_index);

CREATE TABLE rollup_withdrawals (
    rollup_id     BYTEA NOT NULL,
    batch_index   BIGINT NOT NULL,    -- the final batch whose withdrawal root proved it
    recipient     BYTEA NOT NULL,       -- L1 account paid
    sender        BYTEA NOT NULL,       -- L2 account that withdrew
    nonce         BIGINT NOT NULL,    -- the L2 withdrawal's nonce (each pays once)
    amount        BYTEA NOT NULL,
    block_number  BIGINT NOT NULL,
    log_index     BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX rollup_withdrawals_rollup ON rollup_withdrawals (rollup_id, batch_index);

CREATE INDEX rollup_withdrawals_recipient ON rollup_withdrawals (recipient);

CREATE TABLE operator_keys (
    operator     BYTEA NOT NULL,
    signing_key  BYTEA NOT NULL,
    effective_at BIGINT NOT NULL,     -- unix seconds
    kind         TEXT COLLATE "C" NOT NULL,        -- 'registration' | 'rotation'
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX operator_keys_operator ON operator_keys (operator, effective_at DESC);

CREATE INDEX operator_keys_key ON operator_keys (signing_key);

CREATE TABLE owed_slashes (
    owed_id      BIGINT NOT NULL,
    rollup_id    BYTEA NOT NULL,
    operator     BYTEA NOT NULL,
    batch_key    BYTEA NOT NULL,        -- generation << 128 | batch index
    posted_at    BIGINT NOT NULL,     -- the offence time: when the batch was posted
    challenger   BYTEA NOT NULL,        -- who proved the fraud (earns the reporter's share)
    reason       BYTEA NOT NULL,        -- the revert data of the failed slash
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX owed_slashes_id ON owed_slashes (owed_id);

CREATE INDEX owed_slashes_operator ON owed_slashes (operator);

CREATE TABLE owed_slash_executions (
    owed_id      BIGINT NOT NULL,
    amount       BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX owed_slash_executions_id ON owed_slash_executions (owed_id);

CREATE TABLE fee_attributions (
    epoch        BIGINT NOT NULL,
    source_id    BYTEA NOT NULL,        -- bytes32(rollupId) for rollup fees
    operator     BYTEA NOT NULL,
    amount       BYTEA NOT NULL,        -- attributed, before the treasury share
    net          BYTEA NOT NULL,        -- credited to its pool when the epoch closes
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX fee_attributions_operator ON fee_attributions (operator, epoch);

CREATE TABLE fast_withdrawals (
    rollup_id    BYTEA NOT NULL,
    batch_index  BIGINT NOT NULL,
    amount       BYTEA NOT NULL,
    at_risk      BYTEA NOT NULL,        -- claimed fast in the live risk periods, this included
    risk_limit   BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX fast_withdrawals_rollup ON fast_withdrawals (rollup_id);

CREATE TABLE rollup_balance_claims (
    rollup_id    BYTEA NOT NULL,
    account      BYTEA NOT NULL,
    amount       BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX rollup_balance_claims_rollup ON rollup_balance_claims (rollup_id);

CREATE TABLE rollup_events (
    rollup_id    BYTEA NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL,        -- halted, settled, reseeded
    detail       BYTEA,                 -- halted: who; settled: final root; reseeded: the seed
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX rollup_events_rollup ON rollup_events (rollup_id);

CREATE TABLE forced_withdrawals (
    rollup_id    BYTEA NOT NULL,
    queue_index  BIGINT NOT NULL,     -- position in the rollup's L1 queue (shared with deposits)
    sender       BYTEA NOT NULL,        -- the L2 account that withdraws (the L1 caller)
    recipient    BYTEA NOT NULL,        -- the L1 account the withdrawal pays
    amount       BYTEA NOT NULL,
    enqueued_at  BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX forced_withdrawals_rollup ON forced_withdrawals (rollup_id, queue_index);

CREATE INDEX forced_withdrawals_sender ON forced_withdrawals (sender);

CREATE TABLE rollup_backing (
    rollup_id    BYTEA NOT NULL,
    operator     BYTEA NOT NULL,
    bips         BIGINT NOT NULL,
    free         BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX rollup_backing_rollup ON rollup_backing (rollup_id, operator);

CREATE INDEX rollup_backing_operator ON rollup_backing (operator);

CREATE TABLE token_transfers (
    sender       BYTEA NOT NULL,        -- zero address: minted
    recipient    BYTEA NOT NULL,        -- zero address: burned
    amount       BYTEA NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX token_transfers_sender ON token_transfers (sender, block_number);

CREATE INDEX token_transfers_recipient ON token_transfers (recipient, block_number);

CREATE TABLE token_balances (
    account      BYTEA NOT NULL,
    balance      BYTEA NOT NULL,        -- at the end of the block
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,     -- of the block's last transfer that moved it
    PRIMARY KEY (account, block_number)
);

CREATE INDEX token_balances_block ON token_balances (block_number);

CREATE TABLE delegate_changes (
    delegator     BYTEA NOT NULL,
    from_delegate BYTEA NOT NULL,
    to_delegate   BYTEA NOT NULL,
    block_number  BIGINT NOT NULL,
    log_index     BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX delegate_changes_delegator ON delegate_changes (delegator, block_number);

CREATE INDEX delegate_changes_to ON delegate_changes (to_delegate);

CREATE TABLE vote_power_changes (
    delegate       BYTEA NOT NULL,
    previous_votes BYTEA NOT NULL,
    new_votes      BYTEA NOT NULL,
    block_number   BIGINT NOT NULL,
    log_index      BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX vote_power_changes_delegate ON vote_power_changes (delegate, block_number);

CREATE TABLE unbonding_pools (
    operator     BYTEA NOT NULL,
    tokens       BYTEA NOT NULL,
    shares       BYTEA NOT NULL,
    era          BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (operator, block_number, log_index)
);

CREATE TABLE protocol_parameters (
    contract     TEXT COLLATE "C" NOT NULL,        -- 'staking' | 'slasher' | 'fee_distributor' | 'rollup_manager'
    parameter    TEXT COLLATE "C" NOT NULL,        -- the event's name, e.g. 'unbondingPeriod'
    old_value    BYTEA NOT NULL,        -- 32 bytes
    new_value    BYTEA NOT NULL,        -- 32 bytes
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

CREATE INDEX protocol_parameters_parameter ON protocol_parameters (contract, parameter, block_number);
