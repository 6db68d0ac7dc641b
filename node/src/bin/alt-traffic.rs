//! `alt-traffic`: drives a devnet rollup like its users would (see `alt_node::traffic`).

use alloy::{primitives::U256, signers::local::PrivateKeySigner};
use alt_node::traffic::{Config, run};
use clap::{Parser, ValueEnum};
use std::path::PathBuf;

/// Funds throwaway users on L1, deposits for them into the rollup, then sends L2 transfers
/// paying fees and withdrawals to the sequencer nodes, makes new deposits now and then and
/// claims every withdrawal on L1 once its batch is fast-final or final, until SIGINT/SIGTERM
/// (or `--duration-secs`). Prints what it did as JSON at the end.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// L1 JSON-RPC endpoint.
    #[arg(long, env = "ALT_TRAFFIC_RPC_URL", default_value = "http://127.0.0.1:8545")]
    rpc_url: reqwest::Url,
    /// Deployment file written by script/Deploy.s.sol.
    #[arg(long, env = "ALT_TRAFFIC_DEPLOYMENT", default_value = "deployments/31337.json")]
    deployment: PathBuf,
    /// The rollup.
    #[arg(long, env = "ALT_TRAFFIC_ROLLUP_ID", default_value_t = 1)]
    rollup_id: u64,
    /// Sequencer nodes' JSON-RPC URLs (tried in turn); repeat or separate with commas.
    #[arg(long = "node", env = "ALT_TRAFFIC_NODES", value_delimiter = ',', required = true)]
    nodes: Vec<String>,
    /// How much: off (nothing), low (1 transaction a second), high (20).
    #[arg(long, env = "ALT_TRAFFIC_LEVEL", value_enum, default_value_t = Level::Low)]
    level: Level,
    /// Stop after this many seconds (0: run until stopped).
    #[arg(long, env = "ALT_TRAFFIC_DURATION_SECS", default_value_t = 0)]
    duration_secs: u64,
    /// Users.
    #[arg(long, env = "ALT_TRAFFIC_USERS", default_value_t = 8)]
    users: usize,
    /// Seed of the users' keys (the same seed, the same users).
    #[arg(long, env = "ALT_TRAFFIC_SEED", default_value_t = 1)]
    seed: u64,
    /// File holding the funder's private key (hex; it pays the users' ETH and ALT); or set
    /// `ALT_TRAFFIC_FUNDER_KEY`.
    #[arg(long, env = "ALT_TRAFFIC_FUNDER_KEY_FILE")]
    funder_key_file: Option<PathBuf>,
}

/// Traffic levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Level {
    /// None.
    Off,
    /// About one transaction a second.
    Low,
    /// About twenty a second.
    High,
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    if args.level == Level::Off {
        tracing::info!("traffic off");
        return Ok(());
    }
    let hex = match &args.funder_key_file {
        Some(f) => std::fs::read_to_string(f)?,
        None => std::env::var("ALT_TRAFFIC_FUNDER_KEY").map_err(|_| {
            eyre::eyre!("a funder key: --funder-key-file or ALT_TRAFFIC_FUNDER_KEY")
        })?,
    };
    let funder: PrivateKeySigner =
        hex.trim().parse().map_err(|_| eyre::eyre!("the funder key is not a hex private key"))?;
    let d = alt_indexer::config::Contracts::load(&args.deployment)?;
    let cfg = Config {
        l1_rpc: args.rpc_url,
        manager: d.rollup_manager,
        token: d.token,
        chain_id: d.chain_id,
        rollup_id: U256::from(args.rollup_id),
        nodes: args.nodes.iter().map(|n| format!("{}/", n.trim_end_matches('/'))).collect(),
        funder,
        users: args.users.max(2),
        seed: args.seed,
        rate: if args.level == Level::High { 20.0 } else { 1.0 },
        withdraw_every: 10,
        deposit_every: 25,
    };
    let mut sigterm = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    let duration = args.duration_secs;
    let stop = async move {
        let until = async {
            if duration == 0 {
                std::future::pending::<()>().await
            } else {
                tokio::time::sleep(std::time::Duration::from_secs(duration)).await
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = sigterm.recv() => {}
            _ = until => {}
        }
    };
    let stats = run(cfg, stop).await?;
    println!("{}", serde_json::to_string(&stats)?);
    Ok(())
}
