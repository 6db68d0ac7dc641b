//! The reference node of ALT restaked rollups (issue 13 of the tracker; see `node/README.md`).
//!
//! [`derive`] gives the rollup's state from L1 alone, re-executed batch by batch and following
//! reorgs and fraud reverts, on the indexer's L1 following ([`follow::Follower`]); the roles
//! build on it: [`sequencer`] (with [`mempool`], JSON-RPC in [`service`], subscriptions in
//! [`ws`]), [`verifier`] and [`signing`], [`aggregator`], [`challenger`] and [`equivocation`] (with [`gossip`]),
//! [`keeper`]; [`l1`] sends their L1 transactions through fee spikes. [`checkpoint`] persists the derived state so restarts need not execute history.

pub mod aggregator;
pub mod challenger;
pub mod checkpoint;
pub mod derive;
pub mod equivocation;
pub mod follow;
pub mod gossip;
pub mod keeper;
pub mod l1;
pub mod limits;
pub mod mempool;
pub mod sequencer;
pub mod service;
pub mod signing;
pub mod traffic;
pub mod verifier;
pub mod ws;

/// Longest the node waits for one of its transactions to be mined before it gives up on that
/// round (and tries again in a later one): a dropped or underpriced transaction must not stall
/// the loop.
pub const RECEIPT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);
