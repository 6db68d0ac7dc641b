//! What to index: the contracts (from a deployment file), where from, and how carefully.

use alloy::primitives::{Address, B256, keccak256};
use eyre::{Context, Result};
use serde::Deserialize;
use std::{path::Path, time::Duration};

/// The system's contracts, as `script/Deploy.s.sol` writes them.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Contracts {
    /// Chain id.
    pub chain_id: u64,
    /// A block at or before the deployment.
    pub start_block: u64,
    /// ALT token.
    pub token: Address,
    /// Staking.
    pub staking: Address,
    /// Slasher.
    pub slasher: Address,
    /// Fee distributor.
    pub fee_distributor: Address,
    /// Governance timelock.
    pub timelock: Address,
    /// Governor.
    pub governor: Address,
    /// Rollup manager.
    pub rollup_manager: Address,
}

impl Contracts {
    /// Reads a deployment file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .wrap_err_with(|| format!("reading the deployment file {}", path.display()))?;
        serde_json::from_str(&text).wrap_err("parsing the deployment file")
    }

    /// Every address to fetch logs of.
    pub fn addresses(&self) -> Vec<Address> {
        vec![
            self.token,
            self.staking,
            self.slasher,
            self.fee_distributor,
            self.timelock,
            self.governor,
            self.rollup_manager,
        ]
    }
}

/// How the indexer runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// JSON-RPC endpoints, tried in order (failover on errors).
    pub rpc_urls: Vec<String>,
    /// The contracts.
    pub contracts: Contracts,
    /// Blocks behind the head that can still be reorganised. Rows are applied up to the head
    /// at once; block hashes are kept this deep (and at least [`MIN_REORG_WINDOW`] deep) to
    /// detect and undo reorgs.
    pub finality_depth: u64,
    /// First `eth_getLogs` range in blocks; it then adapts to `target_logs` and halves on
    /// range errors.
    pub initial_range: u64,
    /// Largest `eth_getLogs` range.
    pub max_range: u64,
    /// Logs wanted per range: a range that held more shrinks the next one in proportion, one
    /// that held less than half grows it. Bounds the memory a backfill holds (about two ranges:
    /// one being written, the next being fetched) and the size of each write transaction.
    pub target_logs: usize,
    /// How often to ask for a new head once caught up.
    pub poll_interval: Duration,
    /// Per-request timeout.
    pub request_timeout: Duration,
    /// The chain's genesis hash, when known: part of the fingerprint, so a database built on
    /// one chain (say, an earlier devnet) is never resumed on another with the same chain id.
    pub genesis_hash: Option<B256>,
    /// A WebSocket endpoint to subscribe to new heads on (`eth_subscribe newHeads`): each new
    /// block wakes the follow loop at once instead of at the next poll. Polling goes on beside
    /// it, so a dropped socket only costs latency.
    pub ws_url: Option<String>,
}

impl Config {
    /// Defaults for `contracts` on `rpc_urls`: the finality depth by chain id (0 on anvil and
    /// other local chains; 64 blocks, two Ethereum epochs, elsewhere).
    pub fn new(rpc_urls: Vec<String>, contracts: Contracts) -> Self {
        let finality_depth = default_finality_depth(contracts.chain_id);
        Self {
            rpc_urls,
            contracts,
            finality_depth,
            initial_range: 1,
            max_range: 100_000,
            target_logs: 5_000,
            poll_interval: Duration::from_millis(100),
            request_timeout: Duration::from_secs(10),
            genesis_hash: None,
            ws_url: None,
        }
    }

    /// How deep block hashes are kept: the finality depth, but never less than
    /// [`MIN_REORG_WINDOW`], so a shallow reorg rolls back to its fork point even where the
    /// depth is 0 (anvil reorganises on demand, `evm_revert`, `anvil_reorg`).
    pub fn reorg_window(&self) -> u64 {
        self.finality_depth.max(MIN_REORG_WINDOW)
    }

    /// What the stored rows depend on: a database indexed with a different fingerprint is
    /// cleared and re-indexed rather than mixed.
    pub fn fingerprint(&self) -> String {
        let c = &self.contracts;
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&c.chain_id.to_be_bytes());
        bytes.extend_from_slice(&c.start_block.to_be_bytes());
        for a in c.addresses() {
            bytes.extend_from_slice(a.as_slice());
        }
        if let Some(g) = self.genesis_hash {
            bytes.extend_from_slice(g.as_slice());
        }
        format!("{}", keccak256(bytes))
    }
}

/// Fewest blocks whose hashes are kept below the head (see [`Config::reorg_window`]).
pub const MIN_REORG_WINDOW: u64 = 64;

/// Finality depth by chain id: local dev chains (anvil 31337, hardhat 1337, and the e2e test
/// chains) reorganise only on demand, so 0; everything else 64.
pub fn default_finality_depth(chain_id: u64) -> u64 {
    match chain_id {
        1337 | 31337 | 41000..=41999 => 0,
        _ => 64,
    }
}
