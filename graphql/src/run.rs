//! One process: the indexer writing the index (a SQLite file or a PostgreSQL database) and the
//! API reading it, sharing the indexer's status (readiness, `_meta`, metrics, and the wake-up for
//! subscriptions); or, with `index: false`, an API replica serving an index another process
//! writes, following the writer's checkpoint and progress (woken by its `NOTIFY` on
//! PostgreSQL, polling a SQLite file).

use crate::{schema::Api, server};
use alt_indexer::{
    config::{Config, Contracts},
    db::{Location, Pool},
    store::{NOTIFY_CHANNEL, Store},
    sync::{Indexer, SyncStatus},
};
use eyre::{Result, WrapErr};
use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqlitePoolOptions},
};
use std::{net::SocketAddr, path::PathBuf, str::FromStr, sync::Arc, time::Duration};
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
    /// The index.
    pub db: Location,
    /// Address to serve on (port 0 picks one).
    pub listen: SocketAddr,
    /// Reorg depth override.
    pub finality_depth: Option<u64>,
    /// Poll interval once caught up.
    pub poll: Duration,
    /// Run the indexer in this process; if false, serve an index another process writes.
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
    /// Waits until the server or the indexer stops: both run until the process ends, unless
    /// the indexer is replaced as the writer of a PostgreSQL index (then the process should
    /// exit, to be restarted as a standby, rather than serve an index it no longer follows).
    pub async fn wait(mut self) {
        if !self.tasks.is_empty() {
            let tasks = std::mem::take(&mut self.tasks);
            let (_, _, rest) = futures_util::future::select_all(tasks).await;
            self.tasks = rest;
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

/// Backfills (retrying), then follows, until the indexer is replaced as the writer.
async fn index(indexer: &mut Indexer) {
    loop {
        match indexer.backfill(false).await {
            Ok(_) => break,
            Err(e) if alt_indexer::store::fenced(&e) => {
                return warn!(error = %e, "no longer the writer: indexing stops");
            }
            Err(e) => {
                warn!(error = %e, "backfill step failed; retrying");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
    }
    if let Err(e) = indexer.follow().await {
        warn!(error = %e, "indexing stopped");
    }
}

/// Read-only connections for the API: queries never wait behind the indexer's writes (SQLite's
/// WAL, PostgreSQL's MVCC), and cannot write.
pub async fn read_pool(db: &Location) -> Result<Pool> {
    Ok(match db {
        Location::Sqlite(path) => {
            let read = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
                .read_only(true)
                .pragma("query_only", "1");
            Pool::Sqlite(
                SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(read)
                    .await
                    .wrap_err_with(|| format!("opening {db} for reading"))?,
            )
        }
        Location::Postgres(url) => Pool::Postgres(
            PgPoolOptions::new()
                .max_connections(8)
                // As startup parameters (the heavy pool, opened with the same options, has
                // them too): every session read-only; no statement past 5 s, the longest a
                // request may run (a request's session sets less); one core per statement, as
                // on SQLite (parallel workers would multiply what one request takes); no
                // transaction left open by a vanished client.
                .connect_with(PgConnectOptions::from_str(url)?.options([
                    ("default_transaction_read_only", "on"),
                    ("statement_timeout", "5000"),
                    ("max_parallel_workers_per_gather", "0"),
                    ("idle_in_transaction_session_timeout", "10000"),
                ]))
                .await
                .wrap_err_with(|| format!("opening {db} for reading"))?,
        ),
    })
}

/// Follows the index another process writes: its checkpoint and recorded progress, read again
/// on each of its notifications (PostgreSQL) and every `poll` in any case.
async fn follow_writer(store: Store, db: Location, tx: watch::Sender<SyncStatus>, poll: Duration) {
    let wake = Arc::new(tokio::sync::Notify::new());
    let mut _listener = None;
    let mut every = poll;
    if let Location::Postgres(url) = &db {
        let (url, wake) = (url.clone(), wake.clone());
        // Its own task, so a notification is never lost to a cancelled receive; the poll
        // stays as the fallback while the listener reconnects.
        _listener = Some(AbortOnDrop(tokio::spawn(async move {
            loop {
                let listened = async {
                    let mut l = sqlx::postgres::PgListener::connect(&url).await?;
                    l.listen(NOTIFY_CHANNEL).await?;
                    wake.notify_one();
                    loop {
                        l.recv().await?;
                        wake.notify_one();
                    }
                    #[allow(unreachable_code)]
                    Ok::<(), sqlx::Error>(())
                };
                if let Err(e) = listened.await {
                    warn!(error = %e, "listening for the writer's notifications; retrying");
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        })));
        every = poll.max(Duration::from_secs(1));
    }
    loop {
        if let (Ok(cp), Ok(progress)) = (store.checkpoint().await, store.progress().await) {
            tx.send_if_modified(|s| {
                let head = progress.map_or(0, |p| p.head).max(cp.map_or(0, |c| c.number));
                // No progress recorded: an index nobody wrote yet is not ready; a SQLite file
                // written before progress was recorded is, once it has a checkpoint.
                let backfilling = progress.map_or(cp.is_none(), |p| p.backfilling);
                let changed = s.checkpoint != cp || s.head != head || s.backfilling != backfilling;
                s.checkpoint = cp;
                s.head = head;
                s.backfilling = backfilling;
                changed
            });
        }
        let _ = tokio::time::timeout(every, wake.notified()).await;
    }
}

/// Aborts tasks when dropped.
struct AbortAll(Vec<JoinHandle<()>>);

impl Drop for AbortAll {
    fn drop(&mut self) {
        for t in &self.0 {
            t.abort();
        }
    }
}

/// Aborts a task when dropped.
struct AbortOnDrop(JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
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
    // Aborted if this returns early (an error below), not left running unowned.
    let mut guard = AbortAll(Vec::new());
    let tasks = &mut guard.0;
    let status = if opts.index {
        cfg.genesis_hash = Some(
            alt_indexer::rpc::Rpc::new(&cfg.rpc_urls, cfg.request_timeout)?
                .block(0)
                .await
                .wrap_err("reading the genesis block")?
                .hash,
        );
        let fingerprint = cfg.fingerprint();
        match &opts.db {
            Location::Sqlite(_) => {
                let (store, opened) = Store::open(&opts.db, &fingerprint).await?;
                store.log_opened(&opts.db, opened).await;
                let mut indexer = Indexer::new(cfg, store)?;
                let status = indexer.status();
                tasks.push(tokio::spawn(async move { index(&mut indexer).await }));
                status
            }
            Location::Postgres(_) => {
                // Elected in the background: until this process is the writer it serves as a
                // replica of whichever process writes (a standby's API answers too), then
                // its own indexer's status takes over.
                let (tx, rx) =
                    watch::channel(SyncStatus { backfilling: true, ..SyncStatus::default() });
                let (db, poll) = (opts.db.clone(), opts.poll);
                if let Location::Postgres(url) = &db {
                    alt_indexer::store::prepare_pg(url).await?;
                }
                let mut follower = AbortOnDrop(tokio::spawn(follow_writer(
                    Store::open_existing(&db).await?,
                    db.clone(),
                    tx.clone(),
                    poll,
                )));
                tasks.push(tokio::spawn(async move {
                    // (The election itself waits out an unreachable server; what fails here
                    // fails for good, e.g. a migration: the process exits.)
                    let (store, opened) = match Store::open(&db, &fingerprint).await {
                        Ok(s) => s,
                        Err(e) => return warn!(error = %e, "opening the index"),
                    };
                    // Stopped for good before this process's own status takes its place.
                    follower.0.abort();
                    let _ = (&mut follower.0).await;
                    info!("this process is the writer now");
                    store.log_opened(&db, opened).await;
                    let mut indexer = match Indexer::new(cfg, store) {
                        Ok(i) => i,
                        Err(e) => return warn!(error = %e, "starting the indexer"),
                    };
                    let mut own = indexer.status();
                    let _forward = AbortOnDrop(tokio::spawn(async move {
                        loop {
                            let now = *own.borrow_and_update();
                            tx.send_replace(now);
                            if own.changed().await.is_err() {
                                break;
                            }
                        }
                    }));
                    index(&mut indexer).await;
                }));
                rx
            }
        }
    } else {
        // Another process indexes: follow its checkpoint and progress.
        let store = Store::open_existing(&opts.db).await?;
        let (tx, rx) = watch::channel(SyncStatus { backfilling: true, ..SyncStatus::default() });
        tasks.push(tokio::spawn(follow_writer(store, opts.db.clone(), tx, opts.poll)));
        rx
    };
    let pool = read_pool(&opts.db).await?;
    let app = server::router(Api { pool, status: status.clone(), chain_id }, opts.limits)?;
    let listener = tokio::net::TcpListener::bind(opts.listen).await?;
    let addr = listener.local_addr()?;
    info!(%addr, "GraphQL API at http://{addr}/graphql");
    tasks.push(tokio::spawn(server::serve(listener, app, opts.limits)));
    let tasks = std::mem::take(&mut guard.0);
    Ok(Running { addr, status, tasks })
}
