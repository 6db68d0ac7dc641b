-- Operator signing keys (schema version 5): every key an operator bound, at registration
-- (effective from that block's time) or by a rotation (effective from `effective_at`). A key
-- is current from its `effective_at` until the next key's; a retired key stays slashable for
-- one unbonding period after that.
CREATE TABLE operator_keys (
    operator     BLOB NOT NULL,
    signing_key  BLOB NOT NULL,
    effective_at INTEGER NOT NULL,     -- unix seconds
    kind         TEXT NOT NULL,        -- 'registration' | 'rotation'
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX operator_keys_operator ON operator_keys (operator, effective_at DESC);
CREATE INDEX operator_keys_key ON operator_keys (signing_key);
