-- The rollups' bridge (schema version 4): L1 deposits into a rollup's queue, deposits reclaimed
-- after the rollup failed to include them, and withdrawals claimed on L1 against a final batch.
CREATE TABLE rollup_deposits (
    rollup_id     BLOB NOT NULL,
    deposit_index INTEGER NOT NULL,    -- position in the rollup's deposit queue
    sender        BLOB NOT NULL,       -- L1 account that paid
    recipient     BLOB NOT NULL,       -- L2 account credited
    amount        BLOB NOT NULL,
    enqueued_at   INTEGER NOT NULL,    -- unix seconds
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX rollup_deposits_rollup ON rollup_deposits (rollup_id, deposit_index);
CREATE INDEX rollup_deposits_sender ON rollup_deposits (sender);

CREATE TABLE rollup_deposit_reclaims (
    rollup_id     BLOB NOT NULL,
    deposit_index INTEGER NOT NULL,
    recipient     BLOB NOT NULL,       -- L1 account refunded
    amount        BLOB NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX rollup_deposit_reclaims_deposit ON rollup_deposit_reclaims (rollup_id, deposit_index);

CREATE TABLE rollup_withdrawals (
    rollup_id     BLOB NOT NULL,
    batch_index   INTEGER NOT NULL,    -- the final batch whose withdrawal root proved it
    recipient     BLOB NOT NULL,       -- L1 account paid
    sender        BLOB NOT NULL,       -- L2 account that withdrew
    nonce         INTEGER NOT NULL,    -- the L2 withdrawal's nonce (each pays once)
    amount        BLOB NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX rollup_withdrawals_rollup ON rollup_withdrawals (rollup_id, batch_index);
CREATE INDEX rollup_withdrawals_recipient ON rollup_withdrawals (recipient);
