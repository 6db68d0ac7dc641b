-- Governance and fee-reward histories (schema version 2).

CREATE TABLE proposals (
    proposal_id  BLOB PRIMARY KEY NOT NULL,
    proposer     BLOB NOT NULL,
    targets      BLOB NOT NULL,        -- 20-byte addresses, concatenated
    vote_start   INTEGER NOT NULL,     -- timepoints (the governor's clock: seconds)
    vote_end     INTEGER NOT NULL,
    description  TEXT NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL
);

-- Queued / executed / canceled / extended, in order (the state follows from these and time).
CREATE TABLE proposal_events (
    proposal_id  BLOB NOT NULL,
    kind         TEXT NOT NULL,        -- 'queued' | 'executed' | 'canceled' | 'extended'
    at           INTEGER,              -- eta (queued) or new deadline (extended)
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, block_number);

CREATE TABLE votes (
    proposal_id  BLOB NOT NULL,
    voter        BLOB NOT NULL,
    support      INTEGER NOT NULL,     -- 0 against, 1 for, 2 abstain
    weight       BLOB NOT NULL,
    reason       TEXT NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX votes_proposal ON votes (proposal_id);
CREATE INDEX votes_voter ON votes (voter);

-- Fee epochs as they closed.
CREATE TABLE epochs (
    epoch        INTEGER NOT NULL,
    fees         BLOB NOT NULL,
    distributed  BLOB NOT NULL,
    carried      BLOB NOT NULL,
    next_start   INTEGER NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

-- Work credited to operators per epoch.
CREATE TABLE work (
    epoch        INTEGER NOT NULL,
    operator     BLOB NOT NULL,
    work         BLOB NOT NULL,
    total_work   BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

-- What each operator earned per epoch: its commission and its stakers' share.
CREATE TABLE operator_rewards (
    epoch        INTEGER NOT NULL,
    operator     BLOB NOT NULL,
    amount       BLOB NOT NULL,
    commission   BLOB NOT NULL,
    delegator_rewards BLOB NOT NULL,
    acc_reward_per_share BLOB NOT NULL,
    eligible_shares BLOB NOT NULL,
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX operator_rewards_operator ON operator_rewards (operator, epoch);

-- Claims of staker rewards and operator commission.
CREATE TABLE reward_claims (
    operator     BLOB NOT NULL,
    claimant     BLOB NOT NULL,        -- the staker, or the operator for commission
    recipient    BLOB NOT NULL,
    amount       BLOB NOT NULL,
    kind         TEXT NOT NULL,        -- 'rewards' | 'commission'
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX reward_claims_claimant ON reward_claims (claimant, operator);
