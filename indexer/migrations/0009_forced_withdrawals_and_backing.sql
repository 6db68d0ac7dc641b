-- Schema version 7. Forced withdrawals: an L2 account that asked from L1 to withdraw past the
-- sequencers. Each takes a position in the rollup's L1 queue, shared with deposits, that every
-- batch must include by the inclusion delay.
CREATE TABLE forced_withdrawals (
    rollup_id    BLOB NOT NULL,
    queue_index  INTEGER NOT NULL,     -- position in the rollup's L1 queue (shared with deposits)
    sender       BLOB NOT NULL,        -- the L2 account that withdraws (the L1 caller)
    recipient    BLOB NOT NULL,        -- the L1 account the withdrawal pays
    amount       BLOB NOT NULL,
    enqueued_at  INTEGER NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX forced_withdrawals_rollup ON forced_withdrawals (rollup_id, queue_index);
CREATE INDEX forced_withdrawals_sender ON forced_withdrawals (sender);

-- Fast-withdrawal backing: each change of the share of a verifier's stake pledged to a rollup
-- (the latest row per rollup and operator is in force; `free` is what it had left to pledge).
CREATE TABLE rollup_backing (
    rollup_id    BLOB NOT NULL,
    operator     BLOB NOT NULL,
    bips         INTEGER NOT NULL,
    free         INTEGER NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX rollup_backing_rollup ON rollup_backing (rollup_id, operator);
CREATE INDEX rollup_backing_operator ON rollup_backing (operator);
