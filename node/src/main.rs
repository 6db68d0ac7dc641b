//! `alt-node`: the reference node of ALT restaked rollups. Today it derives a rollup's state
//! from L1 and checks every posted batch step by step (see `node/README.md` for what is built
//! and what comes next).

use alloy::{
    network::EthereumWallet, primitives::U256, providers::ProviderBuilder,
    signers::local::PrivateKeySigner,
};
use alt_indexer::{
    config::{Config, Contracts},
    store::Store,
    sync::Indexer,
};
use alt_node::{derive::Verdict, follow::Follower};
use clap::{Parser, ValueEnum};
use std::{io::IsTerminal, path::PathBuf, time::Duration};
use tracing::{info, warn};

/// Follows an ALT restaked rollup from L1: re-executes every posted batch from its calldata,
/// compares each step's root with the sequencer's, follows reorgs and fraud reverts.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// L1 JSON-RPC endpoint; repeat (or separate with commas) for failover.
    #[arg(long = "rpc-url", env = "ALT_NODE_RPC_URL", default_value = "http://127.0.0.1:8545", num_args = 1.., value_delimiter = ',')]
    rpc_urls: Vec<String>,
    /// Deployment file written by script/Deploy.s.sol.
    #[arg(long, env = "ALT_NODE_DEPLOYMENT", default_value = "deployments/31337.json")]
    deployment: PathBuf,
    /// The rollup to follow.
    #[arg(long, env = "ALT_NODE_ROLLUP_ID")]
    rollup_id: u64,
    /// Directory for the node's data (its L1 index: `l1.db`).
    #[arg(long, env = "ALT_NODE_DATA_DIR", default_value = "data/node")]
    data_dir: PathBuf,
    /// Blocks that can still be reorganised (default by chain id: 0 on local chains, else 64).
    #[arg(long, env = "ALT_NODE_FINALITY_DEPTH")]
    finality_depth: Option<u64>,
    /// Poll interval once caught up, in milliseconds.
    #[arg(long, env = "ALT_NODE_POLL_MS", default_value_t = 200)]
    poll_ms: u64,
    /// Challenge fraudulent batches (sending from the L1 key, which gets the reporter reward).
    #[arg(long, env = "ALT_NODE_CHALLENGE")]
    challenge: bool,
    /// File holding the L1 account's private key (hex), for the transactions the node sends;
    /// or set `ALT_NODE_L1_KEY` (never a flag: flags show in `ps`). Never logged.
    #[arg(long, env = "ALT_NODE_L1_KEY_FILE")]
    l1_key_file: Option<PathBuf>,
    /// Log format.
    #[arg(long, env = "ALT_NODE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Human)]
    log_format: LogFormat,
}

/// How logs are written (to stderr).
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormat {
    /// For people.
    Human,
    /// One JSON object per line, for log collectors.
    Json,
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let args = Args::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match args.log_format {
        LogFormat::Human => logs.with_ansi(std::io::stderr().is_terminal()).init(),
        LogFormat::Json => logs.json().init(),
    }
    let contracts = Contracts::load(&args.deployment)?;
    let (chain_id, manager) = (contracts.chain_id, contracts.rollup_manager);
    let mut cfg = Config::new(args.rpc_urls.clone(), contracts);
    if let Some(depth) = args.finality_depth {
        cfg.finality_depth = depth;
    }
    std::fs::create_dir_all(&args.data_dir)?;
    let (store, _) = Store::open(&args.data_dir.join("l1.db"), &cfg.fingerprint()).await?;
    let provider = ProviderBuilder::new().connect_http(args.rpc_urls[0].parse()?);
    let rollup = U256::from(args.rollup_id);
    let mut node = Follower::new(Indexer::new(cfg, store)?, provider, manager, chain_id, rollup);
    let l1_key = load_key(args.l1_key_file.as_deref())?;
    let sender = match (&l1_key, args.challenge) {
        (Some(key), _) => Some(
            ProviderBuilder::new()
                .wallet(EthereumWallet::from(key.clone()))
                .connect_http(args.rpc_urls[0].parse()?),
        ),
        (None, true) => {
            eyre::bail!("--challenge needs an L1 key (--l1-key-file or ALT_NODE_L1_KEY)")
        }
        (None, false) => None,
    };
    info!(
        rollup = args.rollup_id,
        %manager,
        chain_id,
        challenger = ?args.challenge.then(|| l1_key.as_ref().map(|k| k.address())).flatten(),
        "following the rollup from L1"
    );
    // Fraud already challenged (or refused): (batch index, header hash).
    let mut challenged = std::collections::HashSet::new();

    let mut reported = 0;
    let poll = Duration::from_millis(args.poll_ms);
    let mut sigterm = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    loop {
        let step = tokio::select! {
            r = node.step() => r,
            _ = tokio::signal::ctrl_c() => break,
            _ = sigterm.recv() => break,
        };
        match step {
            Ok((step, update)) => {
                if update.rolled_back > 0 {
                    warn!(batches = update.rolled_back, "rolled back (L1 reorg or fraud revert)");
                    reported = reported.min(node.derivation().batches().len());
                }
                for b in &node.derivation().batches()[reported..] {
                    let (index, root) = (b.posted.index(), b.root);
                    match &b.verdict {
                        Verdict::Valid => info!(index, %root, txs = b.txs.len(), "batch valid"),
                        Verdict::Fraud { step, ours, theirs, .. } => {
                            warn!(index, step, %ours, %theirs, "batch FRAUDULENT: posted root differs")
                        }
                        Verdict::Unverifiable { on } => {
                            warn!(index, on, "batch builds on a fraudulent batch")
                        }
                    }
                }
                reported = node.derivation().batches().len();
                if let (true, Some(sender)) = (args.challenge, &sender) {
                    let batches = node.derivation().batches();
                    for (i, b) in batches.iter().enumerate() {
                        let key = (b.posted.index(), b.posted.header_hash);
                        if !matches!(b.verdict, Verdict::Fraud { .. }) || challenged.contains(&key)
                        {
                            continue;
                        }
                        challenged.insert(key);
                        let d = node.derivation();
                        match alt_node::challenger::challenge(sender, manager, d, i).await {
                            Ok(tx) => info!(index = key.0, %tx, "fraud proven on L1"),
                            Err(e) => warn!(index = key.0, error = %e, "challenge not made"),
                        }
                    }
                }
                if matches!(step, alt_indexer::sync::Step::CaughtUp { .. }) {
                    tokio::select! {
                        _ = tokio::time::sleep(poll) => {}
                        _ = tokio::signal::ctrl_c() => break,
                        _ = sigterm.recv() => break,
                    }
                }
            }
            Err(e) => {
                warn!(error = %e, "step failed; retrying");
                tokio::time::sleep(poll * 10).await;
            }
        }
    }
    info!("stopped");
    Ok(())
}

/// The L1 key from `file`, else from `ALT_NODE_L1_KEY`, if any (errors never echo it).
fn load_key(file: Option<&std::path::Path>) -> eyre::Result<Option<PrivateKeySigner>> {
    let hex = match file {
        Some(f) => Some(
            std::fs::read_to_string(f)
                .map_err(|e| eyre::eyre!("reading the L1 key file {}: {e}", f.display()))?,
        ),
        None => std::env::var("ALT_NODE_L1_KEY").ok(),
    };
    hex.map(|h| {
        h.trim()
            .parse::<PrivateKeySigner>()
            .map_err(|_| eyre::eyre!("the L1 key is not a hex private key"))
    })
    .transpose()
}
