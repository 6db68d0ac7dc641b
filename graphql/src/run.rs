//! One process: the indexer writing the SQLite file and the API reading it, sharing the
//! indexer's status (readiness, `_meta`, metrics, and the wake-up for subscriptions).

use crate::{schema::Api, server};
use alt_indexer::{
    config::{Config, Contracts},
    store::{Opened, Store},
    sync::{Indexer, SyncStatus},
};
use eyre::{Result, WrapErr};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use std::{net::SocketAddr, path::PathBuf, str::FromStr, time::Duration};
use tokio::{sync::watch, task::JoinHandle};
use tracing::{info, warn};

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// JSON-RPC endpoints (failover order).
    pub rpc_urls: Vec<String>,
    /// WebSocket endpoint for new-head subscriptions, if any.
    pub ws_url: Option<String>,
    /// Deployment file.
    pub deployment: PathBuf,
    /// SQLite file.
    pub db: PathBuf,
    /// Address to serve on (port 0 picks one).
    pub listen: SocketAddr,
    /// Reorg depth override.
    pub finality_depth: Option<u64>,
    /// Poll interval once caught up.
    pub poll: Duration,
    /// Run the indexer in this process; if false, serve a file another process indexes.
    pub index: bool,
    /// Connection caps and timeouts.
    pub limits: server::Limits,
}

/// A running API (and indexer); stops when dropped.
#[derive(Debug)]
pub struct Running {
    /// Where the API listens.
    pub addr: SocketAddr,
    /// The indexer's status.
    pub status: watch::Receiver<SyncStatus>,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// Waits until the server or the indexer stops (they run until the process ends).
    pub async fn wait(mut self) {
        if let Some(t) = self.tasks.pop() {
            let _ = t.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

/// Opens the database, starts the indexer (backfill, then follow) and the server; returns
/// once the server is listening, which is before the backfill ends (`/ready` says when).
pub async fn start(opts: Options) -> Result<Running> {
    let contracts = Contracts::load(&opts.deployment)?;
    let chain_id = contracts.chain_id;
    let mut cfg = Config::new(opts.rpc_urls.clone(), contracts);
    if let Some(d) = opts.finality_depth {
        cfg.finality_depth = d;
    }
    cfg.poll_interval = opts.poll;
    cfg.ws_url = opts.ws_url.clone();
    if let Some(dir) = opts.db.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut tasks = Vec::new();
    let status = if opts.index {
        cfg.genesis_hash = Some(
            alt_indexer::rpc::Rpc::new(&cfg.rpc_urls, cfg.request_timeout)?
                .block(0)
                .await
                .wrap_err("reading the genesis block")?
                .hash,
        );
        let (store, opened) = Store::open(&opts.db, &cfg.fingerprint()).await?;
        match opened {
            Opened::Fresh => info!(db = %opts.db.display(), "new database"),
            Opened::Resumed => info!(checkpoint = ?store.checkpoint().await?, "resuming"),
            Opened::Reset => info!("config or schema changed: re-indexing from the start"),
        }
        let mut indexer = Indexer::new(cfg, store)?;
        let status = indexer.status();
        tasks.push(tokio::spawn(async move {
            loop {
                match indexer.backfill(false).await {
                    Ok(_) => break,
                    Err(e) => {
                        warn!(error = %e, "backfill step failed; retrying");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                }
            }
            let _ = indexer.follow().await;
        }));
        status
    } else {
        // Another process indexes: follow its checkpoint in the file.
        let store = Store::open_existing(&opts.db).await?;
        let (tx, rx) = watch::channel(SyncStatus::default());
        let poll = opts.poll;
        tasks.push(tokio::spawn(async move {
            loop {
                if let Ok(cp) = store.checkpoint().await {
                    tx.send_if_modified(|s| {
                        let changed = s.checkpoint != cp;
                        s.checkpoint = cp;
                        s.head = s.head.max(cp.map_or(0, |c| c.number));
                        changed
                    });
                }
                tokio::time::sleep(poll).await;
            }
        }));
        rx
    };
    // Readers get their own connections: queries never wait behind the indexer's writes (WAL).
    let read = SqliteConnectOptions::from_str(&format!("sqlite://{}", opts.db.display()))?
        .read_only(true)
        .pragma("query_only", "1");
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(read)
        .await
        .wrap_err_with(|| format!("opening {} for reading", opts.db.display()))?;
    let app = server::router(Api { pool, status: status.clone(), chain_id }, opts.limits)?;
    let listener = tokio::net::TcpListener::bind(opts.listen).await?;
    let addr = listener.local_addr()?;
    info!(%addr, "GraphQL API at http://{addr}/graphql");
    tasks.push(tokio::spawn(server::serve(listener, app, opts.limits)));
    Ok(Running { addr, status, tasks })
}
