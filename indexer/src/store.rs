//! The SQLite store: migrations, the config fingerprint, the checkpoint and recent block hashes,
//! and the one write path ([`Store::apply`]) that commits a range's rows together with the
//! checkpoint that covers them.

use crate::model::{BlockRef, Row};
use alloy::primitives::B256;
use eyre::{Context, Result};
use sqlx::{
    AssertSqlSafe, Sqlite, SqlitePool, Transaction,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{path::Path, str::FromStr};

/// Bumped whenever the meaning of stored rows changes (a new migration alone does not).
pub const SCHEMA_VERSION: &str = "9";

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
    pool: SqlitePool,
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

impl Store {
    /// Opens (creating) the database at `path`, runs the migrations, and checks that it was
    /// indexed with `fingerprint`; if not, clears every data table so nothing is mixed.
    pub async fn open(path: &Path, fingerprint: &str) -> Result<(Self, Opened)> {
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
        let store = Self { pool };
        let wanted = format!("{SCHEMA_VERSION}:{fingerprint}");
        let found = sqlx::query_scalar!("SELECT value FROM meta WHERE key = 'fingerprint'")
            .fetch_optional(&store.pool)
            .await?;
        let opened = match found {
            None => Opened::Fresh,
            Some(f) if f == wanted => Opened::Resumed,
            Some(_) => Opened::Reset,
        };
        if opened != Opened::Resumed {
            let mut tx = store.pool.begin().await?;
            for table in DATA_TABLES.iter().chain(&["blocks", "checkpoint"]) {
                // Table names come from the constant list above, never from input.
                sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}")))
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query!(
                "INSERT INTO meta (key, value) VALUES ('fingerprint', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                wanted
            )
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        Ok((store, opened))
    }

    /// Opens a database another process indexes (no migrations, no fingerprint check).
    pub async fn open_existing(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
            .read_only(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .wrap_err_with(|| format!("opening {}", path.display()))?;
        Ok(Self { pool })
    }

    /// The connection pool (for queries from the API and the tests).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The last fully applied block, if any.
    pub async fn checkpoint(&self) -> Result<Option<BlockRef>> {
        let row = sqlx::query!("SELECT block_number, block_hash FROM checkpoint WHERE id = 0")
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| BlockRef {
            number: r.block_number as u64,
            hash: B256::from_slice(&r.block_hash),
        }))
    }

    /// The stored hash of block `number` (kept for recent blocks only).
    pub async fn block_hash(&self, number: u64) -> Result<Option<B256>> {
        let n = number as i64;
        let hash = sqlx::query_scalar!("SELECT hash FROM blocks WHERE number = ?1", n)
            .fetch_optional(&self.pool)
            .await?;
        Ok(hash.map(|h| B256::from_slice(&h)))
    }

    /// Commits `rows` (all from blocks in `blocks`), the block hashes, and the checkpoint `to`
    /// in one transaction: after a crash either all of it is there or none of it.
    pub async fn apply(&self, blocks: &[BlockRow], rows: &[Row], to: BlockRef) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        write(&mut tx, blocks, rows).await?;
        set_checkpoint(&mut tx, to).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts replacing everything above block `ancestor` (a reorg's common ancestor): the rows
    /// above it are deleted and the canonical chain's ranges applied in one transaction, which
    /// [`Rebuild::commit`] ends. Until then readers see the state before the reorg (SQLite's
    /// WAL gives each reader the last committed snapshot), never a partial one; a crash or an
    /// error rolls it all back.
    pub async fn rebuild(&self, ancestor: BlockRef) -> Result<Rebuild> {
        let mut tx: Transaction<'static, Sqlite> = self.pool.begin().await?;
        let n = ancestor.number as i64;
        for table in DATA_TABLES {
            // Table names come from the constant list above, never from input.
            sqlx::query(AssertSqlSafe(format!("DELETE FROM {table} WHERE block_number > ?1")))
                .bind(n)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query!("DELETE FROM blocks WHERE number > ?1", n).execute(&mut *tx).await?;
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
        sqlx::query!("DELETE FROM blocks WHERE number < ?1", n).execute(&self.pool).await?;
        Ok(())
    }

    /// Whether every secondary index of [`SECONDARY_INDEXES`] exists.
    pub async fn secondary_indexes_built(&self) -> Result<bool> {
        let names: Vec<&str> = SECONDARY_INDEXES.iter().map(|(name, _)| *name).collect();
        // One statement; the names come from the constant list above.
        let built: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('{}')",
            names.join("', '")
        )))
        .fetch_one(&self.pool)
        .await?;
        Ok(built == names.len() as i64)
    }

    /// Drops the high-volume tables' secondary indexes for a bulk load; reads that need them
    /// scan meanwhile. [`Store::build_secondary_indexes`] puts them back (a crash in between
    /// leaves them missing, and the next backfill builds them when it ends).
    pub async fn defer_secondary_indexes(&self) -> Result<()> {
        for (name, _) in SECONDARY_INDEXES {
            // Names come from the constant list above, never from input.
            sqlx::query(AssertSqlSafe(format!("DROP INDEX IF EXISTS {name}")))
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Creates any missing secondary index (a no-op when all exist).
    pub async fn build_secondary_indexes(&self) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        // The sort keeps up to the cache size in memory and spills the rest to a file (see
        // SORT_KIB); the connection gets the write path's settings back afterwards.
        sqlx::query("PRAGMA temp_store = FILE").execute(&mut *conn).await?;
        sqlx::query(AssertSqlSafe(format!("PRAGMA cache_size = -{SORT_KIB}")))
            .execute(&mut *conn)
            .await?;
        for (name, on) in SECONDARY_INDEXES {
            sqlx::query(AssertSqlSafe(format!("CREATE INDEX IF NOT EXISTS {name} ON {on}")))
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query(AssertSqlSafe(format!("PRAGMA cache_size = -{CACHE_KIB}")))
            .execute(&mut *conn)
            .await?;
        sqlx::query("PRAGMA temp_store = MEMORY").execute(&mut *conn).await?;
        Ok(())
    }

    /// Number of rows in `table`, one of the data tables or `blocks` (for tests and progress).
    pub async fn count(&self, table: &str) -> Result<i64> {
        eyre::ensure!(DATA_TABLES.contains(&table) || table == "blocks", "unknown table {table}");
        Ok(sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&self.pool)
            .await?)
    }
}

/// A reorg's replacement in progress (see [`Store::rebuild`]).
#[derive(Debug)]
pub struct Rebuild {
    tx: Transaction<'static, Sqlite>,
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
async fn write(tx: &mut Transaction<'_, Sqlite>, blocks: &[BlockRow], rows: &[Row]) -> Result<()> {
    for b in blocks {
        let (n, h, p, t) =
            (b.number as i64, b.hash.as_slice(), b.parent_hash.as_slice(), b.timestamp as i64);
        sqlx::query!(
            "INSERT INTO blocks (number, hash, parent_hash, timestamp) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (number) DO UPDATE SET hash = excluded.hash,
                   parent_hash = excluded.parent_hash, timestamp = excluded.timestamp",
            n,
            h,
            p,
            t
        )
        .execute(&mut **tx)
        .await?;
    }
    // The high-volume tables go in multi-row statements (one round trip to SQLite's worker per
    // chunk instead of per row); the rest row by row.
    bulk::insert(tx, rows).await?;
    for row in rows.iter().filter(|r| !bulk::handles(r)) {
        row.insert(tx).await?;
    }
    Ok(())
}

/// Moves the checkpoint to `to`.
async fn set_checkpoint(tx: &mut Transaction<'_, Sqlite>, to: BlockRef) -> Result<()> {
    let (n, h) = (to.number as i64, to.hash.as_slice());
    sqlx::query!(
        "INSERT INTO checkpoint (id, block_number, block_hash) VALUES (0, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET block_number = excluded.block_number,
               block_hash = excluded.block_hash",
        n,
        h
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
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
    use crate::model::{Row, word};
    use eyre::Result;
    use sqlx::{QueryBuilder, Sqlite, Transaction};

    /// Rows per statement (SQLite allows 32,766 bound parameters; events bind 8 each).
    const CHUNK: usize = 500;

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
    async fn token(tx: &mut Transaction<'_, Sqlite>, rows: &[Row]) -> Result<()> {
        use alloy::primitives::{Address, U256};
        use std::collections::{BTreeMap, HashMap};
        let transfers: Vec<&Row> =
            rows.iter().filter(|r| matches!(r, Row::TokenTransfer { .. })).collect();
        for chunk in transfers.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO token_transfers (sender, recipient, amount, block_number, log_index) ",
            );
            q.push_values(chunk, |mut b, row| {
                if let Row::TokenTransfer { pos, from, to, amount } = row {
                    b.push_bind(from.to_vec())
                        .push_bind(to.to_vec())
                        .push_bind(word(*amount).to_vec())
                        .push_bind(pos.block)
                        .push_bind(pos.log);
                }
            });
            q.build().execute(&mut **tx).await?;
        }
        let changes: Vec<&Row> =
            rows.iter().filter(|r| matches!(r, Row::DelegateChange { .. })).collect();
        for chunk in changes.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO delegate_changes (delegator, from_delegate, to_delegate, block_number, log_index) ",
            );
            q.push_values(chunk, |mut b, row| {
                if let Row::DelegateChange { pos, delegator, from, to } = row {
                    b.push_bind(delegator.to_vec())
                        .push_bind(from.to_vec())
                        .push_bind(to.to_vec())
                        .push_bind(pos.block)
                        .push_bind(pos.log);
                }
            });
            q.build().execute(&mut **tx).await?;
        }
        let votes: Vec<&Row> = rows.iter().filter(|r| matches!(r, Row::VotePower { .. })).collect();
        for chunk in votes.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO vote_power_changes (delegate, previous_votes, new_votes, block_number, log_index) ",
            );
            q.push_values(chunk, |mut b, row| {
                if let Row::VotePower { pos, delegate, previous, new } = row {
                    b.push_bind(delegate.to_vec())
                        .push_bind(word(*previous).to_vec())
                        .push_bind(word(*new).to_vec())
                        .push_bind(pos.block)
                        .push_bind(pos.log);
                }
            });
            q.build().execute(&mut **tx).await?;
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
            let mut q = QueryBuilder::<Sqlite>::new(
                "SELECT b.account, b.balance FROM token_balances b WHERE b.block_number =
                   (SELECT MAX(l.block_number) FROM token_balances l WHERE l.account = b.account)
                 AND b.account IN ",
            );
            q.push_tuples(chunk, |mut b, a| {
                b.push_bind(a.to_vec());
            });
            let found: Vec<(Vec<u8>, Vec<u8>)> = q.build_query_as().fetch_all(&mut **tx).await?;
            for (a, b) in found {
                balance.insert(Address::from_slice(&a), U256::from_be_slice(&b));
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
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO token_balances (account, block_number, balance, log_index) ",
            );
            q.push_values(chunk, |mut b, ((account, block), (balance, log))| {
                b.push_bind(account.to_vec())
                    .push_bind(*block)
                    .push_bind(word(*balance).to_vec())
                    .push_bind(*log);
            });
            q.build().execute(&mut **tx).await?;
        }
        Ok(())
    }

    pub(super) async fn insert(tx: &mut Transaction<'_, Sqlite>, rows: &[Row]) -> Result<()> {
        let events: Vec<&Row> = rows.iter().filter(|r| matches!(r, Row::Event { .. })).collect();
        for chunk in events.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO events (block_number, log_index, tx_hash, contract, name, address, topics, data) ",
            );
            q.push_values(chunk, |mut b, row| {
                if let Row::Event { pos, tx, contract, name, log } = row {
                    let topics: Vec<u8> = log.topics().iter().flat_map(|t| t.0).collect();
                    b.push_bind(pos.block)
                        .push_bind(pos.log)
                        .push_bind(tx.to_vec())
                        .push_bind(*contract)
                        .push_bind(*name)
                        .push_bind(log.address.to_vec())
                        .push_bind(topics)
                        .push_bind(log.data.data.to_vec());
                }
            });
            q.build().execute(&mut **tx).await?;
        }
        let pools: Vec<&Row> = rows.iter().filter(|r| matches!(r, Row::Pool { .. })).collect();
        for chunk in pools.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO pool_states (operator, block_number, log_index, tokens, shares, cause) ",
            );
            q.push_values(chunk, |mut b, row| {
                if let Row::Pool { pos, operator, tokens, shares, cause } = row {
                    b.push_bind(operator.to_vec())
                        .push_bind(pos.block)
                        .push_bind(pos.log)
                        .push_bind(word(*tokens).to_vec())
                        .push_bind(shares.map(|x| word(x).to_vec()))
                        .push_bind(*cause);
                }
            });
            q.build().execute(&mut **tx).await?;
        }
        let delegations: Vec<&Row> =
            rows.iter().filter(|r| matches!(r, Row::Delegation { .. })).collect();
        for chunk in delegations.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO delegations (staker, operator, block_number, log_index, shares, delta_amount, kind) ",
            );
            q.push_values(chunk, |mut b, row| {
                if let Row::Delegation { pos, staker, operator, shares, amount, kind } = row {
                    b.push_bind(staker.to_vec())
                        .push_bind(operator.to_vec())
                        .push_bind(pos.block)
                        .push_bind(pos.log)
                        .push_bind(word(*shares).to_vec())
                        .push_bind(word(*amount).to_vec())
                        .push_bind(*kind);
                }
            });
            q.build().execute(&mut **tx).await?;
        }
        token(tx, rows).await
    }
}
