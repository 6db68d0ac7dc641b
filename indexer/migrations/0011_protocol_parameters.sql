-- Protocol parameters over time (schema version 9): every `ParameterUpdated(bytes32 name,
-- uint256 oldValue, uint256 newValue)` of Staking, the Slasher, the FeeDistributor and the
-- RollupManager (unbonding period, commission delay, slash fractions, treasury share, inclusion
-- delay, ...), each a governance decision a dApp shows with the proposal that made it. The
-- governor's own parameters stay in governor_parameters (they carry the governor's clock).
CREATE TABLE protocol_parameters (
    contract     TEXT NOT NULL,        -- 'staking' | 'slasher' | 'fee_distributor' | 'rollup_manager'
    parameter    TEXT NOT NULL,        -- the event's name, e.g. 'unbondingPeriod'
    old_value    BLOB NOT NULL,        -- 32 bytes
    new_value    BLOB NOT NULL,        -- 32 bytes
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX protocol_parameters_parameter ON protocol_parameters (contract, parameter, block_number);
