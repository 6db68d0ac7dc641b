//! The signing record (slashing protection): every commitment the node's signing key signs is
//! written here, durably, *before* the signature leaves the process, and a commitment that
//! conflicts with one already signed is refused. Two different headers signed for one batch key
//! and role are equivocation (the Slasher takes `equivocationBips`), so a node that crashed
//! after signing, or restarted from an old snapshot, or saw a reorg replace a batch, must never
//! sign again differently: as Ethereum validators' slashing-protection databases do (EIP-3076).
//!
//! One SQLite file per key (`<data-dir>/signing.db`), apart from the L1 index so that
//! re-indexing never loses it; `synchronous = FULL`, so a commit is on disk when it returns.

use alloy::primitives::{Address, B256, U256};
use sqlx::{
    ConnectOptions, SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::path::Path;

/// The role a commitment is signed in (the Slasher's `role`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A sequencer's header (key `headerCommitmentIndex(generation, batch, attempt)`).
    Header = 0,
    /// A verifier's attestation (key `commitmentIndex(generation, batch)`).
    Attestation = 1,
}

/// One commitment: what the Slasher's `BatchCommitment` binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commitment {
    /// The Slasher whose EIP-712 domain it is signed under.
    pub slasher: Address,
    /// Its chain.
    pub chain_id: u64,
    /// The rollup.
    pub rollup_id: U256,
    /// The batch key.
    pub batch_key: U256,
    /// The role.
    pub role: Role,
    /// The header hash signed.
    pub header_hash: B256,
    /// The signing time in the commitment.
    pub signed_at: u64,
}

/// Why a signature was refused.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    /// This key already signed another header for the same batch key and role.
    #[error(
        "refusing to sign {wanted} for batch key {batch_key} (role {role:?}): {signed} was signed for it (equivocation)"
    )]
    Conflict {
        /// The batch key.
        batch_key: U256,
        /// The role.
        role: Role,
        /// What was signed before.
        signed: B256,
        /// What was asked now.
        wanted: B256,
    },
    /// The record could not be read or written: nothing is signed.
    #[error("signing record: {0}")]
    Store(#[from] sqlx::Error),
}

/// The record, on its own SQLite file.
#[derive(Debug, Clone)]
pub struct SigningRecord {
    pool: SqlitePool,
}

impl SigningRecord {
    /// Opens (or creates) the record at `path`.
    pub async fn open(path: &Path) -> Result<Self, SigningError> {
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .disable_statement_logging();
        // One connection: checks and writes are serialised.
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(opts).await?;
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS signed (
                slasher     BLOB NOT NULL,
                chain_id    INTEGER NOT NULL,
                rollup_id   BLOB NOT NULL,
                batch_key   BLOB NOT NULL,
                role        INTEGER NOT NULL,
                header_hash BLOB NOT NULL,
                signed_at   INTEGER NOT NULL,
                PRIMARY KEY (slasher, chain_id, rollup_id, batch_key, role)
            )",
        )
        .execute(&pool)
        .await?;
        Ok(Self { pool })
    }

    /// Adds `c`, a commitment this key is known to have signed elsewhere (found on L1), to the
    /// record: true if it was not there; [`SigningError::Conflict`] if the record holds another
    /// header for its batch key and role (this key signed two: equivocation already happened).
    pub async fn import(&self, c: &Commitment) -> Result<bool, SigningError> {
        let held: Option<Vec<u8>> = sqlx::query_scalar(
            "SELECT header_hash FROM signed
             WHERE slasher = ? AND chain_id = ? AND rollup_id = ? AND batch_key = ? AND role = ?",
        )
        .bind(c.slasher.to_vec())
        .bind(c.chain_id as i64)
        .bind(c.rollup_id.to_be_bytes::<32>().to_vec())
        .bind(c.batch_key.to_be_bytes::<32>().to_vec())
        .bind(c.role as i64)
        .fetch_optional(&self.pool)
        .await?;
        self.authorize(c).await?;
        Ok(held.is_none())
    }

    /// Records `c` if nothing conflicts with it, durably, before the caller signs. Signing
    /// the same header again for the same key is allowed (the signature is the same).
    pub async fn authorize(&self, c: &Commitment) -> Result<(), SigningError> {
        let mut tx = self.pool.begin().await?;
        let key = (
            c.slasher.to_vec(),
            c.chain_id as i64,
            c.rollup_id.to_be_bytes::<32>().to_vec(),
            c.batch_key.to_be_bytes::<32>().to_vec(),
            c.role as i64,
        );
        let signed: Option<Vec<u8>> = sqlx::query_scalar(
            "SELECT header_hash FROM signed
             WHERE slasher = ? AND chain_id = ? AND rollup_id = ? AND batch_key = ? AND role = ?",
        )
        .bind(&key.0)
        .bind(key.1)
        .bind(&key.2)
        .bind(&key.3)
        .bind(key.4)
        .fetch_optional(&mut *tx)
        .await?;
        match signed {
            Some(h) if h.as_slice() == c.header_hash.as_slice() => Ok(()),
            Some(h) => Err(SigningError::Conflict {
                batch_key: c.batch_key,
                role: c.role,
                signed: B256::try_from(h.as_slice()).unwrap_or_default(),
                wanted: c.header_hash,
            }),
            None => {
                sqlx::query(
                    "INSERT INTO signed (slasher, chain_id, rollup_id, batch_key, role, header_hash, signed_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(key.0)
                .bind(key.1)
                .bind(key.2)
                .bind(key.3)
                .bind(key.4)
                .bind(c.header_hash.to_vec())
                .bind(c.signed_at as i64)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }
    }
}
