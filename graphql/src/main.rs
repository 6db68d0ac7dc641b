//! `alt-graphql`: the ALT indexer and its GraphQL API in one process.

use alt_graphql::{
    run::{Options, start},
    server::Limits,
};
use alt_indexer::db::Location;
use clap::Parser;
use std::{io::IsTerminal, net::SocketAddr, path::PathBuf, time::Duration};

/// Indexes the ALT system contracts into a SQLite file or a PostgreSQL database and serves it
/// over GraphQL (or, with --no-index, serves an index another process writes):
/// POST /graphql (queries), GET /graphql (GraphiQL), /graphql/ws (subscriptions),
/// /health, /ready (503 while backfilling), /metrics (Prometheus).
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// JSON-RPC endpoint; repeat for failover.
    #[arg(long = "rpc-url", env = "RPC_URL", default_value = "http://127.0.0.1:8545", num_args = 1.., value_delimiter = ',')]
    rpc_urls: Vec<String>,
    /// WebSocket endpoint for new-head subscriptions (each block is indexed as soon as it is
    /// announced; polling continues beside it).
    #[arg(long, env = "WS_URL")]
    ws_url: Option<String>,
    /// Deployment file written by script/Deploy.s.sol.
    #[arg(long, default_value = "deployments/31337.json")]
    deployment: PathBuf,
    /// The index: `sqlite:PATH` or a plain path (a SQLite file, created if missing), or
    /// `postgres://USER@HOST:PORT/DB` (created if missing; several indexers on one database
    /// elect one writer, the others stand by).
    #[arg(long, env = "ALT_DB", hide_env_values = true, default_value = "data/indexer.db")]
    db: Location,
    /// Address to listen on.
    #[arg(long, env = "LISTEN", default_value = "127.0.0.1:8000")]
    listen: SocketAddr,
    /// Blocks that can still be reorganised (default by chain id: 0 on local chains, else 64).
    #[arg(long)]
    finality_depth: Option<u64>,
    /// Poll interval once caught up, in milliseconds.
    #[arg(long, default_value_t = 50)]
    poll_ms: u64,
    /// Serve an index that another process (`alt-indexer`, or another `alt-graphql`) writes,
    /// without indexing here: an API replica. On PostgreSQL it hears of each commit at once.
    #[arg(long)]
    no_index: bool,
    /// Open HTTP connections at most; more are answered 503 and closed.
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = 2048)]
    max_connections: usize,
    /// Open subscription WebSockets at most.
    #[arg(long, env = "MAX_WEBSOCKETS", default_value_t = 1024)]
    max_websockets: usize,
    /// Seconds a client has to send a request's headers (idle keep-alive connections too).
    #[arg(long, default_value_t = 10)]
    header_timeout_secs: u64,
    /// Seconds a client has to send a request's body.
    #[arg(long, default_value_t = 10)]
    body_timeout_secs: u64,
    /// Seconds a WebSocket may stay open without `connection_init`.
    #[arg(long, default_value_t = 5)]
    ws_init_timeout_secs: u64,
    /// Seconds a write to a client may wait for it to read before the connection is dropped.
    #[arg(long, default_value_t = 30)]
    write_timeout_secs: u64,
    /// Expensive requests (past 2M SQLite instructions) running at once; each client address
    /// also runs one at most. Cheap requests never wait for these.
    #[arg(long, env = "HEAVY_LANES", default_value_t = 1)]
    heavy_lanes: usize,
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
    let a = Args::parse();
    let running = start(Options {
        rpc_urls: a.rpc_urls,
        ws_url: a.ws_url,
        deployment: a.deployment,
        db: a.db,
        listen: a.listen,
        finality_depth: a.finality_depth,
        poll: Duration::from_millis(a.poll_ms),
        index: !a.no_index,
        limits: Limits {
            max_connections: a.max_connections,
            max_websockets: a.max_websockets,
            header_timeout: Duration::from_secs(a.header_timeout_secs),
            body_timeout: Duration::from_secs(a.body_timeout_secs),
            ws_init_timeout: Duration::from_secs(a.ws_init_timeout_secs),
            write_timeout: Duration::from_secs(a.write_timeout_secs),
            heavy_lanes: a.heavy_lanes,
        },
    })
    .await?;
    tokio::select! {
        _ = running.wait() => {
            // Only when the indexer was replaced as the writer (logged above): exit non-zero,
            // so a supervisor restarts this process as a standby.
            eyre::bail!("the indexer stopped; exiting");
        }
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(())
}
