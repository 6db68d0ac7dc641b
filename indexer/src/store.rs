//! The store: migrations, the config fingerprint, the checkpoint and recent block hashes, and
//! the one write path ([`Store::apply`]) that commits a range's rows together with the
//! checkpoint that covers them, on SQLite or PostgreSQL ([`crate::db`]).
//!
//! On PostgreSQL several indexers may share one database: [`Store::open`] elects one writer
//! with a session advisory lock (the others stand by inside `open` until it is theirs), and a
//! fencing token in `meta` that every write transaction checks first: a writer that lost the
//! lock (its session ended, a standby took over) can no longer commit a row.

use crate::{
    db::{Backend, Location, Pool, Tx, query},
    model::{BlockRef, Row},
};
use alloy::primitives::B256;
use eyre::{Context, Result};
use sqlx::{
    Connection as _,
    postgres::{PgConnectOptions, PgConnection, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{path::Path, str::FromStr, sync::Arc, time::Duration};
use tracing::info;

/// Bumped whenever the meaning of stored rows changes (a new migration alone does not).
pub const SCHEMA_VERSION: &str = "9";

/// The advisory lock key of the writer election (any constant other tools do not use):
/// `"alt-idx\0"` as a big-endian integer.
pub const WRITER_LOCK: i64 = 0x616c_742d_6964_7800;

/// Channel the writer notifies after each commit, with the new checkpoint's block number
/// (PostgreSQL delivers it when the transaction commits, never before).
pub const NOTIFY_CHANNEL: &str = "alt_index";
/// Tables that hold chain data; a reorg or a re-index clears them above a block.
const DATA_TABLES: &[&str] = &[
    "events",
    "operators",
    "operator_status",
    "operator_keys",
    "pool_states",
    "delegations",
    "unbonding_requests",
    "withdrawals_l1",
    "slashings",
    "fee_deposits",
    "rollups",
    "batches",
    "batch_events",
    "proposals",
    "proposal_events",
    "votes",
    "epochs",
    "work",
    "operator_rewards",
    "reward_claims",
    "governor_parameters",
    "protocol_parameters",
    "rollup_deposits",
    "rollup_deposit_reclaims",
    "rollup_withdrawals",
    "owed_slashes",
    "owed_slash_executions",
    "fee_attributions",
    "fast_withdrawals",
    "rollup_balance_claims",
    "rollup_events",
    "forced_withdrawals",
    "rollup_backing",
    "token_transfers",
    "token_balances",
    "delegate_changes",
    "vote_power_changes",
    "unbonding_pools",
];

/// Page cache per connection, in KiB: index pages of the big tables stay in memory across a
/// backfill's transactions.
const CACHE_KIB: u32 = 65_536;
/// Cache (and so in-memory sort) size while building indexes, in KiB: the rest of a sort
/// spills to a temporary file. 1M `Staked` events: 16 MiB gives 62k events/s and 106 MB peak
/// RSS; 64 MiB 80k/s and 143 MB (and 296 MB with the temp store in memory).
const SORT_KIB: u32 = 16_384;

/// Secondary indexes of the high-volume tables that take rows all over their key range, as the
/// migrations create them (`events_name` stays: its rows append at the end of one run per
/// event name, cheap to keep up, and rebuilding it means reading every raw event). A backfill into
/// an empty database drops them and builds them once at the end
/// ([`Store::defer_secondary_indexes`], [`Store::build_secondary_indexes`]): kept up row by row,
/// an index keyed by staker receives rows for every staker in every transaction, and each
/// commit rewrites all those pages; built at the end, it is one sort.
const SECONDARY_INDEXES: &[(&str, &str)] = &[
    ("pool_states_operator", "pool_states (operator, block_number DESC, log_index DESC)"),
    ("delegations_staker", "delegations (staker, operator, block_number DESC, log_index DESC)"),
    ("delegations_operator", "delegations (operator, block_number DESC, log_index DESC)"),
    ("token_transfers_sender", "token_transfers (sender, block_number)"),
    ("token_transfers_recipient", "token_transfers (recipient, block_number)"),
    ("vote_power_changes_delegate", "vote_power_changes (delegate, block_number)"),
];

/// The indexer's database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
    /// The writer's fencing token (PostgreSQL), checked by every write transaction.
    token: Option<Arc<str>>,
    /// The session that holds the writer lock (PostgreSQL); dropping it releases the lock.
    _lock: Option<Arc<tokio::sync::Mutex<PgConnection>>>,
}

/// What opening the store found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// A new database.
    Fresh,
    /// A database indexed with the same config: resume from its checkpoint.
    Resumed,
    /// A database indexed with another config or schema: cleared for a clean re-index.
    Reset,
}

/// Opens a SQLite file for the writer.
async fn open_sqlite(path: &Path) -> Result<Pool> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        // 16 KiB pages (set when the file is created): a backfill appends to every B-tree
        // and commits thousands of rows per transaction, so bigger pages mean fewer page
        // splits, WAL frames and syscalls. `make bench`: 41-45k -> 57-62k Staked events/s
        // (4 KiB -> 16 KiB); 8 KiB gave 40-53k, 32 KiB and 64 KiB no more and noisier.
        .page_size(16_384)
        .journal_mode(SqliteJournalMode::Wal)
        // WAL + NORMAL: a commit survives a process crash (only an OS crash can lose the
        // last transactions, and then the checkpoint goes back with them).
        .synchronous(SqliteSynchronous::Normal)
        // Index pages of the big tables stay in memory across a backfill's transactions.
        .pragma("cache_size", format!("-{CACHE_KIB}"))
        .pragma("temp_store", "memory")
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await
        .wrap_err_with(|| format!("opening {}", path.display()))?;
    sqlx::migrate!("./migrations").run(&pool).await.wrap_err("running migrations")?;
    Ok(Pool::Sqlite(pool))
}

/// Creates the PostgreSQL database `url` names if missing and brings its schema up to date,
/// without being its writer (sqlx's migrator takes its own lock), so a standby's API can
/// answer (with an empty index, not ready) before any writer ran.
pub async fn prepare_pg(url: &str) -> Result<()> {
    create_pg_database(url).await?;
    let pool = PgPoolOptions::new().max_connections(1).connect(url).await?;
    sqlx::migrate!("./migrations_pg").run(&pool).await.wrap_err("running migrations")?;
    pool.close().await;
    Ok(())
}

/// Creates the database a PostgreSQL URL names if it does not exist yet.
async fn create_pg_database(url: &str) -> Result<()> {
    use sqlx::migrate::MigrateDatabase as _;
    if !sqlx::Postgres::database_exists(url).await? {
        // Two indexers starting together may both try: the loser's "already exists" is fine.
        if let Err(e) = sqlx::Postgres::create_database(url).await {
            eyre::ensure!(sqlx::Postgres::database_exists(url).await?, e);
        }
    }
    Ok(())
}

/// Waits until this process is the writer of the PostgreSQL database at `url`: returns the
/// session holding the lock.
async fn elect(url: &str, location: &Location) -> Result<PgConnection> {
    // Keepalives on the lock's session: if the writer's host or network goes away (not a
    // crash, which the server sees at once), the server ends the session, and so releases the
    // lock to a standby, within about 25 s instead of the system's default two hours.
    let options =
        PgConnectOptions::from_str(url)?.application_name("alt-indexer writer lock").options([
            ("tcp_keepalives_idle", "10"),
            ("tcp_keepalives_interval", "5"),
            ("tcp_keepalives_count", "3"),
        ]);
    let mut announced = false;
    loop {
        let attempt = async {
            let mut conn = PgConnection::connect_with(&options).await?;
            loop {
                let won: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                    .bind(WRITER_LOCK)
                    .fetch_one(&mut conn)
                    .await?;
                if won {
                    return Ok::<_, sqlx::Error>(conn);
                }
                if !announced {
                    info!(db = %location, "another indexer writes this database: standing by");
                    announced = true;
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        };
        match attempt.await {
            Ok(conn) => return Ok(conn),
            Err(e) => {
                tracing::warn!(error = %e, "writer election: database unreachable; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

impl Store {
    /// Opens (creating) the database, runs the migrations, and checks that it was indexed
    /// with `fingerprint`; if not, clears every data table so nothing is mixed. On PostgreSQL
    /// it first waits until this process is the one writer (see the module documentation).
    pub async fn open(db: impl Into<Location>, fingerprint: &str) -> Result<(Self, Opened)> {
        let location = db.into();
        let (pool, lock, token) = match &location {
            Location::Sqlite(path) => (open_sqlite(path).await?, None, None),
            Location::Postgres(url) => {
                create_pg_database(url).await?;
                let lock = elect(url, &location).await?;
                let pool = PgPoolOptions::new()
                    .max_connections(4)
                    // A transaction left open by a writer cut off mid-way (a partition, not a
                    // crash: the server sees a crash at once) holds the fencing row's lock:
                    // the server ends it after 5 minutes, which no range or rebuild takes.
                    .connect_with(PgConnectOptions::from_str(url)?.options([
                        ("idle_in_transaction_session_timeout", "300000"),
                        // Not the server's notices ("index … already exists,
                        // skipping") in the operator's log.
                        ("client_min_messages", "warning"),
                    ]))
                    .await
                    .wrap_err_with(|| format!("opening {location}"))?;
                sqlx::migrate!("./migrations_pg")
                    .run(&pool)
                    .await
                    .wrap_err("running migrations")?;
                // The new writer's token: the previous writer's next transaction sees it and
                // fails (it waits for the row lock of any transaction still committing).
                let token: Arc<str> = format!(
                    "{}:{}",
                    std::process::id(),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap_or_default()
                        .as_nanos()
                )
                .into();
                query(
                    "INSERT INTO meta (key, value) VALUES ('writer', $1)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )
                .bind(&*token)
                .execute(&Pool::Postgres(pool.clone()))
                .await?;
                (Pool::Postgres(pool), Some(Arc::new(tokio::sync::Mutex::new(lock))), Some(token))
            }
        };
        let store = Self { pool, token, _lock: lock };
        let wanted = format!("{SCHEMA_VERSION}:{fingerprint}");
        let found: Option<String> = query("SELECT value FROM meta WHERE key = 'fingerprint'")
            .scalar_optional(&store.pool)
            .await?;
        let opened = match found {
            None => Opened::Fresh,
            Some(f) if f == wanted => Opened::Resumed,
            Some(_) => Opened::Reset,
        };
        if opened != Opened::Resumed {
            let mut tx = store.begin_write().await?;
            for table in DATA_TABLES.iter().chain(&["blocks", "checkpoint"]) {
                // Table names come from the constant list above, never from input.
                query(format!("DELETE FROM {table}")).execute(&mut tx).await?;
            }
            query(
                "INSERT INTO meta (key, value) VALUES ('fingerprint', $1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .bind(wanted)
            .execute(&mut tx)
            .await?;
            tx.commit().await?;
        }
        Ok((store, opened))
    }

    /// Logs what [`Store::open`] found.
    pub async fn log_opened(&self, db: &Location, opened: Opened) {
        match opened {
            Opened::Fresh => info!(%db, "new database"),
            Opened::Resumed => {
                let checkpoint = self.checkpoint().await.ok().flatten();
                info!(?checkpoint, "resuming")
            }
            Opened::Reset => info!("config or schema changed: re-indexing from the start"),
        }
    }

    /// Opens a database another process indexes (no migrations, no fingerprint check, no
    /// election: it only reads).
    pub async fn open_existing(db: impl Into<Location>) -> Result<Self> {
        let location = db.into();
        let pool = match &location {
            Location::Sqlite(path) => {
                let options =
                    SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
                        .read_only(true);
                Pool::Sqlite(
                    SqlitePoolOptions::new()
                        .max_connections(1)
                        .connect_with(options)
                        .await
                        .wrap_err_with(|| format!("opening {location}"))?,
                )
            }
            Location::Postgres(url) => Pool::Postgres(
                PgPoolOptions::new()
                    .max_connections(2)
                    .connect(url)
                    .await
                    .wrap_err_with(|| format!("opening {location}"))?,
            ),
        };
        Ok(Self { pool, token: None, _lock: None })
    }

    /// The connection pool (for queries from the API and the tests).
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Its backend.
    pub fn backend(&self) -> Backend {
        self.pool.backend()
    }

    /// Begins a write transaction: on PostgreSQL, first checks (and row-locks) this writer's
    /// fencing token, so a writer that was replaced commits nothing.
    async fn begin_write(&self) -> Result<Tx> {
        let mut tx = self.pool.begin().await?;
        if let Some(token) = &self.token {
            let held = query("UPDATE meta SET value = value WHERE key = 'writer' AND value = $1")
                .bind(&**token)
                .execute(&mut tx)
                .await?;
            eyre::ensure!(held == 1, Fenced);
        }
        Ok(tx)
    }

    /// Records the writer's progress for other processes ([`Store::progress`]); on PostgreSQL
    /// API replicas hear of it at once.
    pub async fn record_progress(&self, p: Progress) -> Result<()> {
        let mut tx = self.begin_write().await?;
        query(
            "INSERT INTO meta (key, value) VALUES ('progress', $1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(format!("{},{}", p.head, p.backfilling as u8))
        .execute(&mut tx)
        .await?;
        if tx.backend() == Backend::Postgres {
            query(format!("SELECT pg_notify('{NOTIFY_CHANNEL}', 'progress')"))
                .execute(&mut tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The writer's last recorded progress, if any.
    pub async fn progress(&self) -> Result<Option<Progress>> {
        let v: Option<String> = query("SELECT value FROM meta WHERE key = 'progress'")
            .scalar_optional(&self.pool)
            .await?;
        Ok(v.and_then(|v| {
            let (head, backfilling) = v.split_once(',')?;
            Some(Progress { head: head.parse().ok()?, backfilling: backfilling == "1" })
        }))
    }

    /// The last fully applied block, if any.
    pub async fn checkpoint(&self) -> Result<Option<BlockRef>> {
        let row: Option<(i64, Vec<u8>)> =
            query("SELECT block_number, block_hash FROM checkpoint WHERE id = 0")
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(n, h)| BlockRef { number: n as u64, hash: B256::from_slice(&h) }))
    }

    /// The stored hash of block `number` (kept for recent blocks only).
    pub async fn block_hash(&self, number: u64) -> Result<Option<B256>> {
        let n = number as i64;
        let hash: Option<Vec<u8>> = query("SELECT hash FROM blocks WHERE number = $1")
            .bind(n)
            .scalar_optional(&self.pool)
            .await?;
        Ok(hash.map(|h| B256::from_slice(&h)))
    }

    /// Commits `rows` (all from blocks in `blocks`), the block hashes, and the checkpoint `to`
    /// in one transaction: after a crash either all of it is there or none of it.
    pub async fn apply(&self, blocks: &[BlockRow], rows: &[Row], to: BlockRef) -> Result<()> {
        let mut tx = self.begin_write().await?;
        write(&mut tx, blocks, rows).await?;
        set_checkpoint(&mut tx, to).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts replacing everything above block `ancestor` (a reorg's common ancestor): the rows
    /// above it are deleted and the canonical chain's ranges applied in one transaction, which
    /// [`Rebuild::commit`] ends. Until then readers see the state before the reorg (SQLite's
    /// WAL and PostgreSQL's MVCC give each reader the last committed snapshot), never a partial
    /// one; a crash or an error rolls it all back.
    pub async fn rebuild(&self, ancestor: BlockRef) -> Result<Rebuild> {
        let mut tx = self.begin_write().await?;
        let n = ancestor.number as i64;
        for table in DATA_TABLES {
            // Table names come from the constant list above, never from input.
            query(format!("DELETE FROM {table} WHERE block_number > $1"))
                .bind(n)
                .execute(&mut tx)
                .await?;
        }
        query("DELETE FROM blocks WHERE number > $1").bind(n).execute(&mut tx).await?;
        set_checkpoint(&mut tx, ancestor).await?;
        Ok(Rebuild { tx, to: ancestor })
    }

    /// Undoes everything above block `ancestor` in one transaction (a rebuild with nothing
    /// applied on top).
    pub async fn rollback_to(&self, ancestor: BlockRef) -> Result<()> {
        self.rebuild(ancestor).await?.commit().await
    }

    /// Forgets block hashes below `below` (final blocks cannot be reorganised).
    pub async fn prune_blocks(&self, below: u64) -> Result<()> {
        let n = below as i64;
        let mut tx = self.begin_write().await?;
        query("DELETE FROM blocks WHERE number < $1").bind(n).execute(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether every secondary index of [`SECONDARY_INDEXES`] exists.
    pub async fn secondary_indexes_built(&self) -> Result<bool> {
        let names: Vec<&str> = SECONDARY_INDEXES.iter().map(|(name, _)| *name).collect();
        // One statement on each backend's catalogue; the names come from the constant list.
        let catalogue = match self.backend() {
            Backend::Sqlite => "sqlite_master WHERE type = 'index' AND name",
            Backend::Postgres => "pg_indexes WHERE schemaname = current_schema() AND indexname",
        };
        let built: i64 =
            query(format!("SELECT COUNT(*) FROM {catalogue} IN ('{}')", names.join("', '")))
                .scalar(&self.pool)
                .await?;
        Ok(built == names.len() as i64)
    }

    /// Drops the high-volume tables' secondary indexes for a bulk load; reads that need them
    /// scan meanwhile. [`Store::build_secondary_indexes`] puts them back (a crash in between
    /// leaves them missing, and the next backfill builds them when it ends).
    pub async fn defer_secondary_indexes(&self) -> Result<()> {
        // In a write transaction: a replaced writer cannot drop what the new one relies on.
        let mut tx = self.begin_write().await?;
        for (name, _) in SECONDARY_INDEXES {
            // Names come from the constant list above, never from input.
            query(format!("DROP INDEX IF EXISTS {name}")).execute(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Creates any missing secondary index (a no-op when all exist).
    pub async fn build_secondary_indexes(&self) -> Result<()> {
        if self.backend() == Backend::Postgres {
            // Fenced like any write (PostgreSQL's DDL is transactional). It sorts in the
            // server's `maintenance_work_mem`, 64 MiB by default, which this leaves to its
            // administrator: at 1M `Staked` events the build takes 2.3 s, against 3.1 s with
            // SQLite's 16 MiB.
            let mut tx = self.begin_write().await?;
            for (name, on) in SECONDARY_INDEXES {
                query(format!("CREATE INDEX IF NOT EXISTS {name} ON {on}"))
                    .execute(&mut tx)
                    .await?;
            }
            // Statistics for the bulk-loaded tables, as after a restore: without them the
            // planner guesses, e.g. sorts a whole operator's history for the API's 50-row page
            // instead of walking an index (`make bench-api-pg`: 12.6 ms -> 0.07 ms a page).
            // As the index grows, the server's autovacuum keeps them current.
            query("ANALYZE").execute(&mut tx).await?;
            tx.commit().await?;
            return Ok(());
        }
        let mut conn = self.pool.acquire().await?;
        // The sort keeps up to the cache size in memory and spills the rest to a file (see
        // SORT_KIB); the connection gets the write path's settings back afterwards.
        query("PRAGMA temp_store = FILE").execute(&mut conn).await?;
        query(format!("PRAGMA cache_size = -{SORT_KIB}")).execute(&mut conn).await?;
        for (name, on) in SECONDARY_INDEXES {
            query(format!("CREATE INDEX IF NOT EXISTS {name} ON {on}")).execute(&mut conn).await?;
        }
        query(format!("PRAGMA cache_size = -{CACHE_KIB}")).execute(&mut conn).await?;
        query("PRAGMA temp_store = MEMORY").execute(&mut conn).await?;
        Ok(())
    }

    /// Number of rows in `table`, one of the data tables or `blocks` (for tests and progress).
    pub async fn count(&self, table: &str) -> Result<i64> {
        eyre::ensure!(DATA_TABLES.contains(&table) || table == "blocks", "unknown table {table}");
        Ok(query(format!("SELECT COUNT(*) FROM {table}")).scalar(&self.pool).await?)
    }
}

/// A reorg's replacement in progress (see [`Store::rebuild`]).
#[derive(Debug)]
pub struct Rebuild {
    tx: Tx,
    to: BlockRef,
}

impl Rebuild {
    /// Applies one range (blocks right after the last one applied) inside the transaction.
    pub async fn apply(&mut self, blocks: &[BlockRow], rows: &[Row], to: BlockRef) -> Result<()> {
        write(&mut self.tx, blocks, rows).await?;
        self.to = to;
        Ok(())
    }

    /// The last block applied (the ancestor before any range).
    pub fn to(&self) -> BlockRef {
        self.to
    }

    /// Commits the deletion and every range applied, with the checkpoint at the last one.
    pub async fn commit(mut self) -> Result<()> {
        set_checkpoint(&mut self.tx, self.to).await?;
        self.tx.commit().await?;
        Ok(())
    }
}

/// Writes a range's block hashes and rows.
async fn write(tx: &mut Tx, blocks: &[BlockRow], rows: &[Row]) -> Result<()> {
    for b in blocks {
        query(
            "INSERT INTO blocks (number, hash, parent_hash, timestamp) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (number) DO UPDATE SET hash = excluded.hash,
                   parent_hash = excluded.parent_hash, timestamp = excluded.timestamp",
        )
        .bind(b.number as i64)
        .bind(b.hash.as_slice())
        .bind(b.parent_hash.as_slice())
        .bind(b.timestamp as i64)
        .execute(&mut *tx)
        .await?;
    }
    // The high-volume tables go in multi-row statements (one round trip to the database per
    // chunk instead of per row); the rest row by row.
    bulk::insert(tx, rows).await?;
    for row in rows.iter().filter(|r| !bulk::handles(r)) {
        row.insert(tx).await?;
    }
    Ok(())
}

/// Moves the checkpoint to `to` (on PostgreSQL, API replicas hear of it when it commits).
async fn set_checkpoint(tx: &mut Tx, to: BlockRef) -> Result<()> {
    query(
        "INSERT INTO checkpoint (id, block_number, block_hash) VALUES (0, $1, $2)
             ON CONFLICT (id) DO UPDATE SET block_number = excluded.block_number,
               block_hash = excluded.block_hash",
    )
    .bind(to.number as i64)
    .bind(to.hash.as_slice())
    .execute(&mut *tx)
    .await?;
    if tx.backend() == Backend::Postgres {
        query(format!("SELECT pg_notify('{NOTIFY_CHANNEL}', $1)"))
            .bind(to.number.to_string())
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// A write refused because another indexer became the writer of the database (PostgreSQL):
/// this one must stop writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fenced;

impl std::fmt::Display for Fenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("another indexer took over as the writer of this database")
    }
}

impl std::error::Error for Fenced {}

/// Whether `e` is (or wraps) [`Fenced`].
pub fn fenced(e: &eyre::Report) -> bool {
    e.downcast_ref::<Fenced>().is_some()
}

/// What the writer last said of its progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The chain head it saw.
    pub head: u64,
    /// Still catching up with the head seen at start.
    pub backfilling: bool,
}

/// A block header the store keeps for reorg detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockRow {
    /// Height.
    pub number: u64,
    /// Hash.
    pub hash: B256,
    /// Parent hash.
    pub parent_hash: B256,
    /// Unix seconds.
    pub timestamp: u64,
}

/// Multi-row inserts for raw events, pool states and delegations.
mod bulk {
    use crate::{
        db::{Arg, Backend, Tx, query},
        model::{Row, word},
    };
    use eyre::Result;
    use std::fmt::Write as _;

    /// Rows per statement (SQLite allows 32,766 bound parameters, PostgreSQL 65,535; events
    /// bind 8 each).
    const CHUNK: usize = 500;

    /// `INSERT INTO {head} VALUES ($1, …), (…), …` for `rows` of `width` arguments each.
    async fn insert_values(tx: &mut Tx, head: &str, width: usize, args: Vec<Arg>) -> Result<()> {
        if args.is_empty() {
            return Ok(());
        }
        // SQLite gets anonymous `?`s: its `sqlite3_bind_parameter_name` walks the list of named
        // parameters, so binding 4,000 `$N`s costs 4,000² steps (`make bench`: 12k instead of
        // 140k events/s); PostgreSQL knows only `$N`.
        let sqlite = tx.backend() == Backend::Sqlite;
        let mut sql = format!("INSERT INTO {head} VALUES ");
        for r in 0..args.len() / width {
            sql.push_str(if r == 0 { "(" } else { ", (" });
            for c in 0..width {
                sql.push_str(if c == 0 { "" } else { ", " });
                if sqlite {
                    sql.push('?');
                } else {
                    let _ = write!(sql, "${}", r * width + c + 1);
                }
            }
            sql.push(')');
        }
        query(sql).bind_all(args).execute(tx).await?;
        Ok(())
    }

    /// Whether `row` is inserted by [`insert`].
    pub(super) fn handles(row: &Row) -> bool {
        matches!(
            row,
            Row::Event { .. }
                | Row::Pool { .. }
                | Row::Delegation { .. }
                | Row::TokenTransfer { .. }
                | Row::DelegateChange { .. }
                | Row::VotePower { .. }
        )
    }

    /// The token's rows: transfers, delegate and vote-power changes in multi-row statements, and
    /// each moved account's balance at the end of every block that moved it, computed in memory
    /// from its latest stored balance (one multi-row read per chunk of accounts).
    async fn token(tx: &mut Tx, rows: &[Row]) -> Result<()> {
        use alloy::primitives::{Address, U256};
        use std::collections::{BTreeMap, HashMap};
        let transfers: Vec<&Row> =
            rows.iter().filter(|r| matches!(r, Row::TokenTransfer { .. })).collect();
        for chunk in transfers.chunks(CHUNK) {
            let mut args = Vec::with_capacity(chunk.len() * 5);
            for row in chunk {
                if let Row::TokenTransfer { pos, from, to, amount } = row {
                    args.extend([
                        from.to_vec().into(),
                        to.to_vec().into(),
                        word(*amount).to_vec().into(),
                        pos.block.into(),
                        pos.log.into(),
                    ]);
                }
            }
            let head = "token_transfers (sender, recipient, amount, block_number, log_index)";
            insert_values(tx, head, 5, args).await?;
        }
        for chunk in rows
            .iter()
            .filter(|r| matches!(r, Row::DelegateChange { .. }))
            .collect::<Vec<_>>()
            .chunks(CHUNK)
        {
            let mut args = Vec::with_capacity(chunk.len() * 5);
            for row in chunk {
                if let Row::DelegateChange { pos, delegator, from, to } = row {
                    args.extend([
                        delegator.to_vec().into(),
                        from.to_vec().into(),
                        to.to_vec().into(),
                        pos.block.into(),
                        pos.log.into(),
                    ]);
                }
            }
            let head =
                "delegate_changes (delegator, from_delegate, to_delegate, block_number, log_index)";
            insert_values(tx, head, 5, args).await?;
        }
        for chunk in rows
            .iter()
            .filter(|r| matches!(r, Row::VotePower { .. }))
            .collect::<Vec<_>>()
            .chunks(CHUNK)
        {
            let mut args = Vec::with_capacity(chunk.len() * 5);
            for row in chunk {
                if let Row::VotePower { pos, delegate, previous, new } = row {
                    args.extend([
                        delegate.to_vec().into(),
                        word(*previous).to_vec().into(),
                        word(*new).to_vec().into(),
                        pos.block.into(),
                        pos.log.into(),
                    ]);
                }
            }
            let head =
                "vote_power_changes (delegate, previous_votes, new_votes, block_number, log_index)";
            insert_values(tx, head, 5, args).await?;
        }

        // Balances: the latest stored one of every account moved here, then the transfers in order.
        let mut moved: Vec<Address> = Vec::new();
        for row in &transfers {
            if let Row::TokenTransfer { from, to, .. } = row {
                moved.extend([*from, *to].into_iter().filter(|a| !a.is_zero()));
            }
        }
        moved.sort_unstable();
        moved.dedup();
        let mut balance: HashMap<Address, U256> = HashMap::with_capacity(moved.len());
        for chunk in moved.chunks(CHUNK) {
            let marks: Vec<String> =
                (1..=chunk.len())
                    .map(|i| {
                        if tx.backend() == Backend::Sqlite {
                            "(?)".into()
                        } else {
                            format!("(${i})")
                        }
                    })
                    .collect();
            // One backward probe of the (account, block) key per account. (Reading every
            // stored balance of the accounts and keeping each one's latest, as this did
            // before, read a busy account's whole history in every range: 1M token events
            // from one holder went 99k -> 66k events/s on PostgreSQL.)
            let found: Vec<(Vec<u8>, Option<Vec<u8>>)> = query(format!(
                "SELECT v.column1, (SELECT b.balance FROM token_balances b
                   WHERE b.account = v.column1 ORDER BY b.block_number DESC LIMIT 1)
                 FROM (VALUES {}) AS v",
                marks.join(", ")
            ))
            .bind_all(chunk.iter().map(|a| a.to_vec().into()))
            .fetch_all(&mut *tx)
            .await?;
            for (a, b) in found {
                if let Some(b) = b {
                    balance.insert(Address::from_slice(&a), U256::from_be_slice(&b));
                }
            }
        }
        // (account, block) -> (balance at the block's end, log of its last move)
        let mut at_end: BTreeMap<(Address, i64), (U256, i64)> = BTreeMap::new();
        for row in &transfers {
            if let Row::TokenTransfer { pos, from, to, amount } = row {
                if from == to {
                    continue;
                }
                for (who, credit) in [(*from, false), (*to, true)] {
                    if who.is_zero() {
                        continue;
                    }
                    let b = balance.entry(who).or_default();
                    *b = if credit { b.saturating_add(*amount) } else { b.saturating_sub(*amount) };
                    at_end.insert((who, pos.block), (*b, pos.log));
                }
            }
        }
        let at_end: Vec<_> = at_end.into_iter().collect();
        for chunk in at_end.chunks(CHUNK) {
            let mut args = Vec::with_capacity(chunk.len() * 4);
            for ((account, block), (balance, log)) in chunk {
                args.extend([
                    account.to_vec().into(),
                    (*block).into(),
                    word(*balance).to_vec().into(),
                    (*log).into(),
                ]);
            }
            let head = "token_balances (account, block_number, balance, log_index)";
            insert_values(tx, head, 4, args).await?;
        }
        Ok(())
    }

    pub(super) async fn insert(tx: &mut Tx, rows: &[Row]) -> Result<()> {
        let events: Vec<&Row> = rows.iter().filter(|r| matches!(r, Row::Event { .. })).collect();
        for chunk in events.chunks(CHUNK) {
            let mut args = Vec::with_capacity(chunk.len() * 8);
            for row in chunk {
                if let Row::Event { pos, tx, contract, name, log } = row {
                    let topics: Vec<u8> = log.topics().iter().flat_map(|t| t.0).collect();
                    args.extend([
                        pos.block.into(),
                        pos.log.into(),
                        tx.to_vec().into(),
                        (*contract).into(),
                        (*name).into(),
                        log.address.to_vec().into(),
                        topics.into(),
                        log.data.data.to_vec().into(),
                    ]);
                }
            }
            let head =
                "events (block_number, log_index, tx_hash, contract, name, address, topics, data)";
            insert_values(tx, head, 8, args).await?;
        }
        let pools: Vec<&Row> = rows.iter().filter(|r| matches!(r, Row::Pool { .. })).collect();
        for chunk in pools.chunks(CHUNK) {
            let mut args = Vec::with_capacity(chunk.len() * 6);
            for row in chunk {
                if let Row::Pool { pos, operator, tokens, shares, cause } = row {
                    args.extend([
                        operator.to_vec().into(),
                        pos.block.into(),
                        pos.log.into(),
                        word(*tokens).to_vec().into(),
                        shares.map(|x| word(x).to_vec()).into(),
                        (*cause).into(),
                    ]);
                }
            }
            let head = "pool_states (operator, block_number, log_index, tokens, shares, cause)";
            insert_values(tx, head, 6, args).await?;
        }
        let delegations: Vec<&Row> =
            rows.iter().filter(|r| matches!(r, Row::Delegation { .. })).collect();
        for chunk in delegations.chunks(CHUNK) {
            let mut args = Vec::with_capacity(chunk.len() * 7);
            for row in chunk {
                if let Row::Delegation { pos, staker, operator, shares, amount, kind } = row {
                    args.extend([
                        staker.to_vec().into(),
                        operator.to_vec().into(),
                        pos.block.into(),
                        pos.log.into(),
                        word(*shares).to_vec().into(),
                        word(*amount).to_vec().into(),
                        (*kind).into(),
                    ]);
                }
            }
            let head = "delegations (staker, operator, block_number, log_index, shares, delta_amount, kind)";
            insert_values(tx, head, 7, args).await?;
        }
        token(tx, rows).await
    }
}
