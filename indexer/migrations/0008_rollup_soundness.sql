-- Rollup soundness (schema version 6): fees attributed to the operators that did a rollup's
-- work, fast withdrawals against roots still open to fraud proofs (with the value at risk),
-- L2 balances paid out after settlement, and rollup lifecycle events.
CREATE TABLE fee_attributions (
    epoch        INTEGER NOT NULL,
    source_id    BLOB NOT NULL,        -- bytes32(rollupId) for rollup fees
    operator     BLOB NOT NULL,
    amount       BLOB NOT NULL,        -- attributed, before the treasury share
    net          BLOB NOT NULL,        -- credited to its pool when the epoch closes
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX fee_attributions_operator ON fee_attributions (operator, epoch);

CREATE TABLE fast_withdrawals (
    rollup_id    BLOB NOT NULL,
    batch_index  INTEGER NOT NULL,
    amount       BLOB NOT NULL,
    at_risk      BLOB NOT NULL,        -- claimed fast in the live risk periods, this included
    risk_limit   BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX fast_withdrawals_rollup ON fast_withdrawals (rollup_id);

CREATE TABLE rollup_balance_claims (
    rollup_id    BLOB NOT NULL,
    account      BLOB NOT NULL,
    amount       BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX rollup_balance_claims_rollup ON rollup_balance_claims (rollup_id);

CREATE TABLE rollup_events (
    rollup_id    BLOB NOT NULL,
    kind         TEXT NOT NULL,        -- halted, settled, reseeded
    detail       BLOB,                 -- halted: who; settled: final root; reseeded: the seed
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX rollup_events_rollup ON rollup_events (rollup_id);
