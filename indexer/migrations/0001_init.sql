-- The indexer's schema, version 1. Portable by design: every table is plain rows with integer
-- block positions; 256-bit amounts are 32-byte big-endian BLOBs (exact, and byte order is
-- numeric order, as with PostgreSQL's bytea); addresses and hashes are 20/32-byte BLOBs.
-- Every derived table is an append-only history keyed by (block_number, log_index): the
-- current state is the latest row per key, and a reorg deletes rows above the common
-- ancestor, nothing else.

-- Key/value facts about this database: schema version, the config fingerprint, the chain.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- The last block whose events are all applied (one row). Written in the same transaction as
-- the rows it covers.
CREATE TABLE checkpoint (
    id           INTEGER PRIMARY KEY NOT NULL CHECK (id = 0),
    block_number INTEGER NOT NULL,
    block_hash   BLOB NOT NULL
);

-- Recent block hashes, to detect reorgs (pruned below the finality depth).
CREATE TABLE blocks (
    number      INTEGER PRIMARY KEY NOT NULL,
    hash        BLOB NOT NULL,
    parent_hash BLOB NOT NULL,
    timestamp   INTEGER NOT NULL
);

-- Every log of the system contracts, raw, so derived tables can be rebuilt without the chain.
CREATE TABLE events (
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    tx_hash      BLOB NOT NULL,
    contract     TEXT NOT NULL,
    name         TEXT NOT NULL,
    address      BLOB NOT NULL,
    topics       BLOB NOT NULL,
    data         BLOB NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX events_name ON events (name, block_number);

-- Operators as registered.
CREATE TABLE operators (
    operator     BLOB PRIMARY KEY NOT NULL,
    signing_key  BLOB NOT NULL,
    commission_bips INTEGER NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL
);

-- An operator's status changes: commission schedules, jail, unjail.
CREATE TABLE operator_status (
    operator     BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    kind         TEXT NOT NULL,        -- 'commission' | 'jailed' | 'unjailed'
    commission_bips INTEGER,
    effective_at INTEGER,
    jailed_until INTEGER,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX operator_status_operator ON operator_status (operator, block_number DESC, log_index DESC);

-- An operator pool's tokens and shares after every change.
CREATE TABLE pool_states (
    operator     BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    tokens       BLOB NOT NULL,
    shares       BLOB,                 -- NULL: unchanged (a slash changes tokens only)
    cause        TEXT NOT NULL,        -- 'stake' | 'unstake' | 'slash'
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX pool_states_operator ON pool_states (operator, block_number DESC, log_index DESC);

-- A staker's shares in an operator's pool after every change (its delegation over time).
CREATE TABLE delegations (
    staker       BLOB NOT NULL,
    operator     BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    shares       BLOB NOT NULL,
    delta_amount BLOB NOT NULL,        -- tokens staked or queued for unstaking by this change
    kind         TEXT NOT NULL,        -- 'stake' | 'unstake'
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX delegations_staker ON delegations (staker, operator, block_number DESC, log_index DESC);
CREATE INDEX delegations_operator ON delegations (operator, block_number DESC, log_index DESC);

-- Unstake requests, and when they were withdrawn.
CREATE TABLE unbonding_requests (
    staker        BLOB NOT NULL,
    request_id    INTEGER NOT NULL,
    operator      BLOB NOT NULL,
    shares        BLOB NOT NULL,
    amount        BLOB NOT NULL,
    completable_at INTEGER NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    PRIMARY KEY (staker, request_id)
);
CREATE TABLE withdrawals_l1 (
    staker       BLOB NOT NULL,
    request_id   INTEGER NOT NULL,
    operator     BLOB NOT NULL,
    amount       BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

-- Slashes, with the evidence kind from the Slasher when it names one.
CREATE TABLE slashings (
    operator     BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    kind         TEXT,                 -- 'equivocation' | 'fraud_proof' | 'governance' (Slasher)
    rollup_id    BLOB,
    batch_index  BLOB,
    amount       BLOB NOT NULL,
    reporter     BLOB,
    reporter_reward BLOB,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX slashings_operator ON slashings (operator, block_number);

-- Fees paid into the distributor, by source.
CREATE TABLE fee_deposits (
    epoch        INTEGER NOT NULL,
    source       TEXT NOT NULL,        -- 'transaction' | 'storage' | 'service'
    source_id    BLOB NOT NULL,
    payer        BLOB NOT NULL,
    amount       BLOB NOT NULL,
    to_treasury  BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

-- Rollups and their batches.
CREATE TABLE rollups (
    rollup_id    BLOB PRIMARY KEY NOT NULL,
    owner        BLOB NOT NULL,
    name         TEXT NOT NULL,
    sequencing   TEXT NOT NULL,
    expiry       INTEGER NOT NULL,
    budget       BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL
);
CREATE TABLE batches (
    rollup_id    BLOB NOT NULL,
    batch_index  INTEGER NOT NULL,
    generation   INTEGER NOT NULL,
    sequencer    BLOB NOT NULL,
    header_hash  BLOB NOT NULL,
    post_root    BLOB NOT NULL,
    tx_count     INTEGER NOT NULL,
    fees_collected BLOB NOT NULL,
    storage_fee  BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX batches_rollup ON batches (rollup_id, batch_index, generation);
-- Finality and reverts of batches, in order.
CREATE TABLE batch_events (
    rollup_id    BLOB NOT NULL,
    batch_index  INTEGER NOT NULL,
    kind         TEXT NOT NULL,        -- 'attested' | 'fast_final' | 'finalized' | 'reverted'
    detail       BLOB,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX batch_events_rollup ON batch_events (rollup_id, batch_index);
