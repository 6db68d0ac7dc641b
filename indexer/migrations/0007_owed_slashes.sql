-- Owed fraud slashes (schema version 5): a fraud slash that failed inside a challenge is owed
-- (the revert stands) and anyone can carry it out later; `owed_slash_executions` records that.
CREATE TABLE owed_slashes (
    owed_id      INTEGER NOT NULL,
    rollup_id    BLOB NOT NULL,
    operator     BLOB NOT NULL,
    batch_key    BLOB NOT NULL,        -- generation << 128 | batch index
    posted_at    INTEGER NOT NULL,     -- the offence time: when the batch was posted
    challenger   BLOB NOT NULL,        -- who proved the fraud (earns the reporter's share)
    reason       BLOB NOT NULL,        -- the revert data of the failed slash
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX owed_slashes_id ON owed_slashes (owed_id);
CREATE INDEX owed_slashes_operator ON owed_slashes (operator);

CREATE TABLE owed_slash_executions (
    owed_id      INTEGER NOT NULL,
    amount       BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX owed_slash_executions_id ON owed_slash_executions (owed_id);
