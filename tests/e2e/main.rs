//! End-to-end tests: real anvil, real deploy and governance scripts, generated bindings.

mod bindings_drift;
mod governance;
mod governance_encoding;
mod rollup;
mod slashing;
mod staking;
