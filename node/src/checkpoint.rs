//! Persisted checkpoints of the derived state (`<data-dir>/state.db`), so that a restart does
//! not execute the rollup's whole history again (issue 13: "a local snapshot only makes
//! restarts fast").
//!
//! A checkpoint is the state after the batches that are final on chain and valid (accounts,
//! withdrawals, and which transactions were no-ops), tied to the L1 events of those batches by
//! a hash chain ([`crate::derive::chain_digest`]). What can be checked is: a checkpoint is
//! used only when the canonical batches give the same digest,
//! and its state only when the root recomputed from its accounts and withdrawals is the last
//! batch's posted root (see [`crate::derive::Derivation::resume_from`]). Anything else (a
//! checkpoint from a branch a reorg dropped, one from a fraud-reverted batch, an edited or
//! truncated row, another rollup's) is ignored, and the batches are executed as before.
//!
//! The [`KEEP`] checkpoints written last are kept, so a reorg below the newest still finds an
//! older one. Writing is best effort: a full disk costs the next restart time, nothing else.
//!
//! The file is trusted as the node's keys are: someone who can write the data directory can
//! make a batch valid whose fraudulent root it knows a state for (the sequencer that posted
//! it does). It is created readable by its owner only.

use crate::derive::Checkpoint;
use sqlx::{
    SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions},
};
use std::path::Path;

/// Checkpoints kept.
pub const KEEP: i64 = 2;

/// The checkpoint file.
#[derive(Debug, Clone)]
pub struct Checkpoints {
    pool: SqlitePool,
}

impl Checkpoints {
    /// Opens (or creates) the file at `path`.
    pub async fn open(path: &Path) -> Result<Self, sqlx::Error> {
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(opts).await?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS checkpoints (id INTEGER PRIMARY KEY AUTOINCREMENT, \
             batches INTEGER NOT NULL UNIQUE, state BLOB NOT NULL)",
        )
        .execute(&pool)
        .await?;
        Ok(Self { pool })
    }

    /// The checkpoints stored, the last written first; rows that do not decode are skipped.
    pub async fn load(&self) -> Result<Vec<Checkpoint>, sqlx::Error> {
        let rows: Vec<(i64, Vec<u8>)> =
            sqlx::query_as("SELECT batches, state FROM checkpoints ORDER BY id DESC")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(n, bytes)| Checkpoint::decode(&bytes).filter(|c| c.batches as i64 == n))
            .collect())
    }

    /// Stores `c` (replacing one of the same length) and drops all but the [`KEEP`] written
    /// last (not the longest: after a reorg the new branch's are the ones that fit).
    pub async fn save(&self, c: &Checkpoint) -> Result<(), sqlx::Error> {
        let bytes = c.encode();
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT OR REPLACE INTO checkpoints (batches, state) VALUES (?, ?)")
            .bind(c.batches as i64)
            .bind(bytes)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM checkpoints WHERE batches NOT IN \
             (SELECT batches FROM checkpoints ORDER BY id DESC LIMIT ?)",
        )
        .bind(KEEP)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }
}
