//! `alt-indexer`: index the ALT system contracts into SQLite or PostgreSQL.

use alt_indexer::{
    config::{Config, Contracts},
    db::Location,
    store::Store,
    sync::Indexer,
};
use clap::Parser;
use std::{io::IsTerminal, path::PathBuf, time::Duration};

/// Streams the ALT system contracts' events into a SQLite file or a PostgreSQL database:
/// backfills from the deployment's start block, then follows the head, undoing reorgs. Several
/// indexers started on one PostgreSQL database elect one writer; the others stand by and take
/// over when it stops.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// JSON-RPC endpoint; repeat for failover.
    #[arg(long = "rpc-url", env = "RPC_URL", default_value = "http://127.0.0.1:8545", num_args = 1.., value_delimiter = ',')]
    rpc_urls: Vec<String>,
    /// WebSocket endpoint for new-head subscriptions (wakes the follow loop on each block;
    /// polling continues beside it).
    #[arg(long, env = "WS_URL")]
    ws_url: Option<String>,
    /// Deployment file written by script/Deploy.s.sol.
    #[arg(long, default_value = "deployments/31337.json")]
    deployment: PathBuf,
    /// The index: `sqlite:PATH` or a plain path (a SQLite file, created if missing), or
    /// `postgres://USER@HOST:PORT/DB` (the database is created if missing).
    #[arg(long, env = "ALT_DB", hide_env_values = true, default_value = "data/indexer.db")]
    db: Location,
    /// Blocks that can still be reorganised (default by chain id: 0 on local chains, else 64).
    #[arg(long)]
    finality_depth: Option<u64>,
    /// First eth_getLogs range in blocks (then sized to --target-logs; halves on range errors).
    #[arg(long, default_value_t = 1)]
    initial_range: u64,
    /// Largest eth_getLogs range in blocks.
    #[arg(long, default_value_t = 100_000)]
    max_range: u64,
    /// Logs wanted per eth_getLogs range (and per write transaction): bounds backfill memory.
    #[arg(long, default_value_t = 5_000)]
    target_logs: usize,
    /// Poll interval once caught up, in milliseconds.
    #[arg(long, default_value_t = 100)]
    poll_ms: u64,
    /// Backfill to the current head, then exit.
    #[arg(long)]
    once: bool,
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let args = Args::parse();
    let contracts = Contracts::load(&args.deployment)?;
    let mut cfg = Config::new(args.rpc_urls, contracts);
    if let Some(depth) = args.finality_depth {
        cfg.finality_depth = depth;
    }
    cfg.initial_range = args.initial_range;
    cfg.max_range = args.max_range;
    cfg.target_logs = args.target_logs;
    cfg.poll_interval = Duration::from_millis(args.poll_ms);
    cfg.ws_url = args.ws_url;
    cfg.genesis_hash =
        Some(alt_indexer::rpc::Rpc::new(&cfg.rpc_urls, cfg.request_timeout)?.block(0).await?.hash);
    let (store, opened) = Store::open(&args.db, &cfg.fingerprint()).await?;
    store.log_opened(&args.db, opened).await;
    let mut indexer = Indexer::new(cfg, store)?;
    indexer.backfill(std::io::stderr().is_terminal()).await?;
    if !args.once {
        indexer.follow().await?;
    }
    Ok(())
}
