//! End-to-end tests: real anvil, real deploy and governance scripts, generated bindings.

mod bindings_drift;
mod governance;
mod slashing;
mod staking;
