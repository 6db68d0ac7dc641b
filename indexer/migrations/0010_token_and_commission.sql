-- The ALT token (schema version 8): transfers, each account's balance at the end of every block
-- whose transfers moved it (so its latest row is its balance, and a reorg rollback leaves the
-- balance at the fork), delegation changes and vote-power changes (liquid votes: the token's
-- checkpoints).
CREATE TABLE token_transfers (
    sender       BLOB NOT NULL,        -- zero address: minted
    recipient    BLOB NOT NULL,        -- zero address: burned
    amount       BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX token_transfers_sender ON token_transfers (sender, block_number);
CREATE INDEX token_transfers_recipient ON token_transfers (recipient, block_number);

CREATE TABLE token_balances (
    account      BLOB NOT NULL,
    balance      BLOB NOT NULL,        -- at the end of the block
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,     -- of the block's last transfer that moved it
    PRIMARY KEY (account, block_number)
) WITHOUT ROWID;
CREATE INDEX token_balances_block ON token_balances (block_number);

CREATE TABLE delegate_changes (
    delegator     BLOB NOT NULL,
    from_delegate BLOB NOT NULL,
    to_delegate   BLOB NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX delegate_changes_delegator ON delegate_changes (delegator, block_number);
CREATE INDEX delegate_changes_to ON delegate_changes (to_delegate);

CREATE TABLE vote_power_changes (
    delegate       BLOB NOT NULL,
    previous_votes BLOB NOT NULL,
    new_votes      BLOB NOT NULL,
    block_number   INTEGER NOT NULL,
    log_index      INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX vote_power_changes_delegate ON vote_power_changes (delegate, block_number);

-- A commission change keeps the rate in force when it was scheduled (Staking's `_commissionNow`
-- then), so the API can tell the rate in force at the head from a pending one.
ALTER TABLE operator_status ADD COLUMN in_force_bips INTEGER;

-- Each operator's unbonding pool (tokens, shares, era) after every change, as Staking keeps it,
-- and each request's unbonding shares and era: what a request is worth now (`requestValue`).
CREATE TABLE unbonding_pools (
    operator     BLOB NOT NULL,
    tokens       BLOB NOT NULL,
    shares       BLOB NOT NULL,
    era          INTEGER NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (operator, block_number, log_index)
) WITHOUT ROWID;
ALTER TABLE unbonding_requests ADD COLUMN unbonding_shares BLOB;
ALTER TABLE unbonding_requests ADD COLUMN era INTEGER;
