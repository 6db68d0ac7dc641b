-- Governor parameters over time (schema version 3): every change of the quorum numerator,
-- voting delay, voting period, proposal threshold and late-quorum vote extension, with the
-- governor's clock (the block timestamp) at the change. The governor reads the quorum numerator
-- at a proposal's snapshot (its vote start), a timepoint, so the API needs the time of each
-- change, not only its block.
CREATE TABLE governor_parameters (
    parameter    TEXT NOT NULL,        -- 'quorum_numerator' | 'voting_delay' | 'voting_period'
                                       -- | 'proposal_threshold' | 'vote_extension'
    value        BLOB NOT NULL,        -- the new value (32 bytes)
    timestamp    INTEGER NOT NULL,     -- block timestamp of the change (the governor's clock)
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX governor_parameters_parameter ON governor_parameters (parameter, timestamp);
