//! Throwaway databases for tests and benchmarks: a SQLite file in a temporary directory, or a
//! fresh PostgreSQL database on the server `ALT_TEST_PG` names (default
//! `postgres://root@127.0.0.1:5432`), dropped (with its connections) when the value is dropped.

use crate::db::{Backend, Location};
use eyre::{Result, WrapErr};
use sqlx::Connection as _;
use std::sync::atomic::{AtomicU64, Ordering};

/// The PostgreSQL server tests use, without a database name.
pub fn pg_server() -> String {
    std::env::var("ALT_TEST_PG")
        .unwrap_or_else(|_| "postgres://root@127.0.0.1:5432".into())
        .trim_end_matches('/')
        .to_string()
}

/// A database that exists until this is dropped.
#[derive(Debug)]
pub struct Scratch {
    location: Location,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl Scratch {
    /// A new, empty database of `backend` (PostgreSQL: created now, on [`pg_server`]).
    pub async fn new(backend: Backend) -> Result<Self> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir()?;
                let location = Location::Sqlite(dir.path().join("index.db"));
                Ok(Self { location, pg_name: None, _dir: Some(dir) })
            }
            Backend::Postgres => {
                static N: AtomicU64 = AtomicU64::new(0);
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default()
                    .subsec_nanos();
                let name = format!(
                    "alt_scratch_{}_{}_{nanos}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::Relaxed)
                );
                let server = pg_server();
                let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres"))
                    .await
                    .wrap_err_with(|| {
                        format!(
                            "connecting to PostgreSQL at {}",
                            Location::Postgres(server.clone())
                        )
                    })?;
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut admin)
                    .await?;
                let location = Location::Postgres(format!("{server}/{name}"));
                Ok(Self { location, pg_name: Some(name), _dir: None })
            }
        }
    }

    /// Where it is.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// A second SQLite file beside this one, or a second fresh PostgreSQL database.
    pub async fn sibling(&self) -> Result<Self> {
        Self::new(self.location.backend()).await
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else { return };
        // Async drop does not exist: a thread with its own runtime drops the database (closing
        // whatever connections the test left open) before the test goes on.
        let server = pg_server();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            rt.block_on(async {
                let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres")).await?;
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await?;
                eyre::Ok(())
            })
        })
        .join();
    }
}

/// Tests run once per backend: `on_both_backends! { name: sqlite_chain, pg_chain; … }` makes
/// `sqlite::name` and `postgres::name`, each calling `name(Backend, chain_id)` (an anvil chain id
/// of its own, so both can run at once).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident: $sqlite_chain:literal, $pg_chain:literal;)*) => {
        mod sqlite {$(
            #[tokio::test]
            async fn $name() -> eyre::Result<()> {
                super::$name($crate::db::Backend::Sqlite, $sqlite_chain).await
            }
        )*}
        mod postgres {$(
            #[tokio::test]
            async fn $name() -> eyre::Result<()> {
                super::$name($crate::db::Backend::Postgres, $pg_chain).await
            }
        )*}
    };
}
