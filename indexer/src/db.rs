//! The two backends behind one query API: SQLite (the embedded default) and PostgreSQL.
//!
//! Every query of the indexer and the API is written once, as SQL both databases accept
//! (`$1`-numbered parameters, which sqlx's SQLite driver reads as `?1`), with backend-neutral
//! arguments ([`Arg`]) and rows ([`Row`]). Only this module matches on the backend: it binds the
//! arguments and runs the statement on sqlx's native driver of each, so each side keeps what only
//! it has (SQLite's progress handler for the API's meter, PostgreSQL's `LISTEN`/`NOTIFY` and
//! advisory locks), which sqlx's `Any` driver would hide. Where the SQL itself must differ (a
//! `PRAGMA`, the catalogue), the caller asks [`Backend`] and says why.
//!
//! Columns decode leniently where the two disagree on a type that means the same thing: an
//! integer column may be `INT4`, `INT8` or `BOOL` on PostgreSQL and is read as `i64` from any.
//!
//! One exception to `$N` everywhere: a statement with hundreds of parameters (the bulk
//! inserts, an `_in` list) gives SQLite anonymous `?`s, because SQLite looks each numbered
//! parameter's name up in a list as it binds, which costs the square of their count (4,000
//! parameters made the ingest benchmark 12 times slower).

use sqlx::{
    AssertSqlSafe, Column as _, PgConnection, PgPool, Postgres, Row as _, Sqlite, SqliteConnection,
    SqlitePool, Transaction, TypeInfo as _, ValueRef as _,
    pool::PoolConnection,
    postgres::{PgArguments, PgRow},
    sqlite::{SqliteArguments, SqliteRow},
};
use std::borrow::Cow;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A file (`sqlite:PATH`, or a plain path).
    Sqlite,
    /// A server (`postgres://` or `postgresql://`).
    Postgres,
}

impl std::str::FromStr for Backend {
    type Err = String;
    /// `sqlite` or `postgres` (the benchmarks' argument).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "sqlite" => Ok(Self::Sqlite),
            "postgres" => Ok(Self::Postgres),
            other => Err(format!("unknown backend {other} (sqlite or postgres)")),
        }
    }
}

/// Where the index lives, parsed from `--db`. Its `Debug` and `Display` never show a password.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite file.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL URL.
    Postgres(String),
}

impl Location {
    /// `sqlite:PATH`, `sqlite://PATH`, `postgres://…`, `postgresql://…`, or a plain path
    /// (SQLite).
    pub fn parse(s: &str) -> Self {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Self::Postgres(s.to_string());
        }
        let path = s.strip_prefix("sqlite://").or_else(|| s.strip_prefix("sqlite:")).unwrap_or(s);
        Self::Sqlite(path.into())
    }

    /// The backend it names.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Postgres(_) => Backend::Postgres,
        }
    }

    /// As given on a command line (`--db`): the path, or the URL.
    pub fn url(&self) -> String {
        match self {
            Self::Sqlite(p) => format!("sqlite:{}", p.display()),
            Self::Postgres(url) => url.clone(),
        }
    }

    /// For logs: the path, or the URL with any password (in its credentials or a `password`
    /// parameter) masked; an unparseable URL shows only its scheme.
    pub fn display(&self) -> String {
        match self {
            Self::Sqlite(p) => p.display().to_string(),
            Self::Postgres(raw) => {
                let Ok(mut url) = url::Url::parse(raw) else {
                    return format!("{}://(unparseable)", raw.split("://").next().unwrap_or(""));
                };
                if url.password().is_some() {
                    let _ = url.set_password(Some("***"));
                }
                if url.query_pairs().any(|(k, _)| k.eq_ignore_ascii_case("password")) {
                    let pairs: Vec<(String, String)> = url
                        .query_pairs()
                        .map(|(k, v)| {
                            let v = if k.eq_ignore_ascii_case("password") {
                                "***".to_string()
                            } else {
                                v.into_owned()
                            };
                            (k.into_owned(), v)
                        })
                        .collect();
                    url.query_pairs_mut().clear().extend_pairs(pairs);
                }
                url.to_string()
            }
        }
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Location({})", self.display())
    }
}

impl From<&std::path::Path> for Location {
    fn from(p: &std::path::Path) -> Self {
        Location::Sqlite(p.to_path_buf())
    }
}

impl From<&std::path::PathBuf> for Location {
    fn from(p: &std::path::PathBuf) -> Self {
        Location::Sqlite(p.clone())
    }
}

impl From<std::path::PathBuf> for Location {
    fn from(p: std::path::PathBuf) -> Self {
        Location::Sqlite(p)
    }
}

impl From<&Location> for Location {
    fn from(l: &Location) -> Self {
        l.clone()
    }
}

impl std::str::FromStr for Location {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::parse(s))
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

/// A connection pool of either backend.
#[derive(Debug, Clone)]
pub enum Pool {
    /// SQLite.
    Sqlite(SqlitePool),
    /// PostgreSQL.
    Postgres(PgPool),
}

impl Pool {
    /// Its backend.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Postgres(_) => Backend::Postgres,
        }
    }

    /// Begins a transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(p) => Tx::Sqlite(p.begin().await?),
            Self::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// Takes a connection.
    pub async fn acquire(&self) -> Result<Pooled, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(p) => Pooled::Sqlite(p.acquire().await?),
            Self::Postgres(p) => Pooled::Postgres(p.acquire().await?),
        })
    }

    /// Closes every connection.
    pub async fn close(&self) {
        match self {
            Self::Sqlite(p) => p.close().await,
            Self::Postgres(p) => p.close().await,
        }
    }
}

/// A transaction of either backend; rolled back when dropped uncommitted.
#[derive(Debug)]
pub enum Tx {
    /// SQLite.
    Sqlite(Transaction<'static, Sqlite>),
    /// PostgreSQL.
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    /// Commits it.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(t) => t.commit().await,
            Self::Postgres(t) => t.commit().await,
        }
    }

    /// Its backend.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Postgres(_) => Backend::Postgres,
        }
    }
}

/// A connection taken from a [`Pool`].
#[derive(Debug)]
pub enum Pooled {
    /// SQLite.
    Sqlite(PoolConnection<Sqlite>),
    /// PostgreSQL.
    Postgres(PoolConnection<Postgres>),
}

/// Where a statement runs: a connection (of a transaction or a pool) or a pool.
pub enum Conn<'c> {
    /// A SQLite connection.
    Sqlite(&'c mut SqliteConnection),
    /// A PostgreSQL connection.
    Postgres(&'c mut PgConnection),
    /// Any connection of a SQLite pool.
    SqlitePool(&'c SqlitePool),
    /// Any connection of a PostgreSQL pool.
    PgPool(&'c PgPool),
}

impl Conn<'_> {
    /// Its backend.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) | Self::SqlitePool(_) => Backend::Sqlite,
            Self::Postgres(_) | Self::PgPool(_) => Backend::Postgres,
        }
    }

    /// The same connection, borrowed again (to run several statements on one `Conn`).
    pub fn reborrow(&mut self) -> Conn<'_> {
        match self {
            Self::Sqlite(c) => Conn::Sqlite(c),
            Self::Postgres(c) => Conn::Postgres(c),
            Self::SqlitePool(p) => Conn::SqlitePool(p),
            Self::PgPool(p) => Conn::PgPool(p),
        }
    }
}

impl<'c> From<&'c mut Tx> for Conn<'c> {
    fn from(t: &'c mut Tx) -> Self {
        match t {
            Tx::Sqlite(t) => Conn::Sqlite(t),
            Tx::Postgres(t) => Conn::Postgres(t),
        }
    }
}

impl<'c> From<&'c mut Pooled> for Conn<'c> {
    fn from(c: &'c mut Pooled) -> Self {
        match c {
            Pooled::Sqlite(c) => Conn::Sqlite(c),
            Pooled::Postgres(c) => Conn::Postgres(c),
        }
    }
}

impl<'c> From<&'c Pool> for Conn<'c> {
    fn from(p: &'c Pool) -> Self {
        match p {
            Pool::Sqlite(p) => Conn::SqlitePool(p),
            Pool::Postgres(p) => Conn::PgPool(p),
        }
    }
}

impl<'c> From<&'c mut SqliteConnection> for Conn<'c> {
    fn from(c: &'c mut SqliteConnection) -> Self {
        Conn::Sqlite(c)
    }
}

impl<'c> From<&'c mut PgConnection> for Conn<'c> {
    fn from(c: &'c mut PgConnection) -> Self {
        Conn::Postgres(c)
    }
}

impl<'c, 'd> From<&'c mut Conn<'d>> for Conn<'c> {
    fn from(c: &'c mut Conn<'d>) -> Self {
        c.reborrow()
    }
}

/// A bound value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// An integer (`INTEGER` / `BIGINT`), or NULL.
    Int(Option<i64>),
    /// Bytes (`BLOB` / `BYTEA`), or NULL.
    Blob(Option<Vec<u8>>),
    /// Text, or NULL.
    Text(Option<String>),
}

macro_rules! arg_from {
    ($($t:ty => |$v:ident| $e:expr),* $(,)?) => {$(
        impl From<$t> for Arg {
            fn from($v: $t) -> Self {
                $e
            }
        }
    )*};
}

/// Text as both backends store it: NUL, which PostgreSQL's `TEXT` refuses (and an event's string
/// may carry: a vote's reason, a proposal's description, a rollup's name are anyone's bytes),
/// becomes U+FFFD on both, so one hostile string neither stops the PostgreSQL index nor makes
/// the two answer differently.
pub fn text(s: &str) -> String {
    if s.contains('\0') { s.replace('\0', "\u{FFFD}") } else { s.to_string() }
}

arg_from! {
    i64 => |v| Arg::Int(Some(v)),
    Option<i64> => |v| Arg::Int(v),
    i32 => |v| Arg::Int(Some(v.into())),
    bool => |v| Arg::Int(Some(v.into())),
    Vec<u8> => |v| Arg::Blob(Some(v)),
    Option<Vec<u8>> => |v| Arg::Blob(v),
    &[u8] => |v| Arg::Blob(Some(v.to_vec())),
    Option<&[u8]> => |v| Arg::Blob(v.map(<[u8]>::to_vec)),
    String => |v| Arg::Text(Some(if v.contains('\0') { text(&v) } else { v })),
    Option<String> => |v| Arg::Text(v.map(|v| text(&v))),
    &str => |v| Arg::Text(Some(text(v))),
    Option<&str> => |v| Arg::Text(v.map(text)),
    &&str => |v| Arg::Text(Some(text(v))),
    &String => |v| Arg::Text(Some(text(v))),
    &Option<&str> => |v| Arg::Text(v.map(text)),
    &Option<String> => |v| Arg::Text(v.as_deref().map(text)),
    &Vec<u8> => |v| Arg::Blob(Some(v.clone())),
    &Option<Vec<u8>> => |v| Arg::Blob(v.clone()),
}

/// A statement and its arguments, for either backend.
#[derive(Debug, Clone)]
pub struct Query {
    sql: Cow<'static, str>,
    args: Vec<Arg>,
}

/// A statement (`$1`, `$2`, … for its arguments).
pub fn query(sql: impl Into<Cow<'static, str>>) -> Query {
    Query { sql: sql.into(), args: Vec::new() }
}

fn encode<A: sqlx::Arguments>(args: &[Arg]) -> Result<A, sqlx::Error>
where
    for<'t> Option<i64>: sqlx::Encode<'t, A::Database> + sqlx::Type<A::Database>,
    for<'t> Option<Vec<u8>>: sqlx::Encode<'t, A::Database> + sqlx::Type<A::Database>,
    for<'t> Option<String>: sqlx::Encode<'t, A::Database> + sqlx::Type<A::Database>,
{
    let mut out = A::default();
    out.reserve(args.len(), 0);
    for a in args {
        match a {
            Arg::Int(v) => out.add(*v),
            Arg::Blob(v) => out.add(v.clone()),
            Arg::Text(v) => out.add(v.clone()),
        }
        .map_err(sqlx::Error::Encode)?;
    }
    Ok(out)
}

impl Query {
    /// Adds the next argument.
    pub fn bind(mut self, v: impl Into<Arg>) -> Self {
        self.args.push(v.into());
        self
    }

    /// Adds arguments in order.
    pub fn bind_all(mut self, args: impl IntoIterator<Item = Arg>) -> Self {
        self.args.extend(args);
        self
    }

    /// The SQL.
    pub fn sql(&self) -> &str {
        &self.sql
    }

    /// Runs it; the number of rows it changed.
    pub async fn execute<'c>(&self, on: impl Into<Conn<'c>>) -> Result<u64, sqlx::Error> {
        let sql = AssertSqlSafe(self.sql.clone());
        Ok(match on.into() {
            Conn::Sqlite(c) => {
                let a: SqliteArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).execute(c).await?.rows_affected()
            }
            Conn::SqlitePool(p) => {
                let a: SqliteArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).execute(p).await?.rows_affected()
            }
            Conn::Postgres(c) => {
                let a: PgArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).execute(c).await?.rows_affected()
            }
            Conn::PgPool(p) => {
                let a: PgArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).execute(p).await?.rows_affected()
            }
        })
    }

    /// Every row, decoded as `T` (a [`Row`], or a tuple of columns).
    pub async fn fetch_all<'c, T: FromRow>(
        &self,
        on: impl Into<Conn<'c>>,
    ) -> Result<Vec<T>, sqlx::Error> {
        let sql = AssertSqlSafe(self.sql.clone());
        let rows: Vec<Row> = match on.into() {
            Conn::Sqlite(c) => {
                let a: SqliteArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).fetch_all(c).await?.into_iter().map(Row::Sqlite).collect()
            }
            Conn::SqlitePool(p) => {
                let a: SqliteArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).fetch_all(p).await?.into_iter().map(Row::Sqlite).collect()
            }
            Conn::Postgres(c) => {
                let a: PgArguments = encode(&self.args)?;
                sqlx::query_with(sql, a)
                    .fetch_all(c)
                    .await?
                    .into_iter()
                    .map(Row::Postgres)
                    .collect()
            }
            Conn::PgPool(p) => {
                let a: PgArguments = encode(&self.args)?;
                sqlx::query_with(sql, a)
                    .fetch_all(p)
                    .await?
                    .into_iter()
                    .map(Row::Postgres)
                    .collect()
            }
        };
        rows.into_iter().map(T::from_row).collect()
    }

    /// The first row, if any.
    pub async fn fetch_optional<'c, T: FromRow>(
        &self,
        on: impl Into<Conn<'c>>,
    ) -> Result<Option<T>, sqlx::Error> {
        let sql = AssertSqlSafe(self.sql.clone());
        let row: Option<Row> = match on.into() {
            Conn::Sqlite(c) => {
                let a: SqliteArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).fetch_optional(c).await?.map(Row::Sqlite)
            }
            Conn::SqlitePool(p) => {
                let a: SqliteArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).fetch_optional(p).await?.map(Row::Sqlite)
            }
            Conn::Postgres(c) => {
                let a: PgArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).fetch_optional(c).await?.map(Row::Postgres)
            }
            Conn::PgPool(p) => {
                let a: PgArguments = encode(&self.args)?;
                sqlx::query_with(sql, a).fetch_optional(p).await?.map(Row::Postgres)
            }
        };
        row.map(T::from_row).transpose()
    }

    /// The first row; an error if there is none.
    pub async fn fetch_one<'c, T: FromRow>(
        &self,
        on: impl Into<Conn<'c>>,
    ) -> Result<T, sqlx::Error> {
        self.fetch_optional(on).await?.ok_or(sqlx::Error::RowNotFound)
    }

    /// The first column of the first row, if there is a row.
    pub async fn scalar_optional<'c, T: Col>(
        &self,
        on: impl Into<Conn<'c>>,
    ) -> Result<Option<T>, sqlx::Error> {
        Ok(self.fetch_optional::<(T,)>(on).await?.map(|(v,)| v))
    }

    /// The first column of the first row; an error if there is none.
    pub async fn scalar<'c, T: Col>(&self, on: impl Into<Conn<'c>>) -> Result<T, sqlx::Error> {
        Ok(self.fetch_one::<(T,)>(on).await?.0)
    }
}

/// A row of either backend.
#[derive(Debug)]
pub enum Row {
    /// SQLite.
    Sqlite(SqliteRow),
    /// PostgreSQL.
    Postgres(PgRow),
}

impl Row {
    /// Column `i` as `T`.
    pub fn try_get<T: Col>(&self, i: usize) -> Result<T, sqlx::Error> {
        match self {
            Self::Sqlite(r) => T::sqlite(r, i),
            Self::Postgres(r) => T::pg(r, i),
        }
    }

    /// Column `i` as `T`; panics if it is not one (a bug in the query, as sqlx's `get`).
    #[track_caller]
    pub fn get<T: Col>(&self, i: usize) -> T {
        match self.try_get(i) {
            Ok(v) => v,
            Err(e) => panic!("column {i}: {e}"),
        }
    }

    /// Number of columns.
    pub fn len(&self) -> usize {
        match self {
            Self::Sqlite(r) => r.len(),
            Self::Postgres(r) => r.len(),
        }
    }

    /// Whether it has no column.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether column `i` is NULL.
    pub fn is_null(&self, i: usize) -> Result<bool, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(r) => r.try_get_raw(i)?.is_null(),
            Self::Postgres(r) => r.try_get_raw(i)?.is_null(),
        })
    }

    /// The name of column `i`.
    pub fn column_name(&self, i: usize) -> &str {
        match self {
            Self::Sqlite(r) => r.columns()[i].name(),
            Self::Postgres(r) => r.columns()[i].name(),
        }
    }
}

/// A column type both backends read.
pub trait Col: Sized {
    /// Reads column `i` of a SQLite row.
    fn sqlite(r: &SqliteRow, i: usize) -> Result<Self, sqlx::Error>;
    /// Reads column `i` of a PostgreSQL row.
    fn pg(r: &PgRow, i: usize) -> Result<Self, sqlx::Error>;
}

impl Col for i64 {
    fn sqlite(r: &SqliteRow, i: usize) -> Result<Self, sqlx::Error> {
        r.try_get(i)
    }
    fn pg(r: &PgRow, i: usize) -> Result<Self, sqlx::Error> {
        match r.try_get_raw(i)?.type_info().name() {
            "INT2" => r.try_get::<i16, _>(i).map(i64::from),
            "INT4" => r.try_get::<i32, _>(i).map(i64::from),
            "BOOL" => r.try_get::<bool, _>(i).map(i64::from),
            _ => r.try_get(i),
        }
    }
}

impl Col for bool {
    fn sqlite(r: &SqliteRow, i: usize) -> Result<Self, sqlx::Error> {
        r.try_get(i)
    }
    fn pg(r: &PgRow, i: usize) -> Result<Self, sqlx::Error> {
        match r.try_get_raw(i)?.type_info().name() {
            "BOOL" => r.try_get(i),
            _ => i64::pg(r, i).map(|v| v != 0),
        }
    }
}

impl Col for Vec<u8> {
    fn sqlite(r: &SqliteRow, i: usize) -> Result<Self, sqlx::Error> {
        r.try_get(i)
    }
    fn pg(r: &PgRow, i: usize) -> Result<Self, sqlx::Error> {
        r.try_get(i)
    }
}

impl Col for String {
    fn sqlite(r: &SqliteRow, i: usize) -> Result<Self, sqlx::Error> {
        r.try_get(i)
    }
    fn pg(r: &PgRow, i: usize) -> Result<Self, sqlx::Error> {
        r.try_get(i)
    }
}

impl<T: Col> Col for Option<T> {
    fn sqlite(r: &SqliteRow, i: usize) -> Result<Self, sqlx::Error> {
        if r.try_get_raw(i)?.is_null() { Ok(None) } else { T::sqlite(r, i).map(Some) }
    }
    fn pg(r: &PgRow, i: usize) -> Result<Self, sqlx::Error> {
        if r.try_get_raw(i)?.is_null() { Ok(None) } else { T::pg(r, i).map(Some) }
    }
}

/// What a row decodes into: the [`Row`] itself, or a tuple of [`Col`]s.
pub trait FromRow: Sized {
    /// Decodes `row`.
    fn from_row(row: Row) -> Result<Self, sqlx::Error>;
}

impl FromRow for Row {
    fn from_row(row: Row) -> Result<Self, sqlx::Error> {
        Ok(row)
    }
}

macro_rules! tuple_from_row {
    ($($t:ident $i:tt),+) => {
        impl<$($t: Col),+> FromRow for ($($t,)+) {
            fn from_row(row: Row) -> Result<Self, sqlx::Error> {
                Ok(($(row.try_get::<$t>($i)?,)+))
            }
        }
    };
}

tuple_from_row!(A 0);
tuple_from_row!(A 0, B 1);
tuple_from_row!(A 0, B 1, C 2);
tuple_from_row!(A 0, B 1, C 2, D 3);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);

/// Loads rows into PostgreSQL with `COPY {head} FROM STDIN` in the binary format, inside the
/// transaction: `args` are the rows' values, `width` per row. Cheaper than a multi-row `INSERT`
/// (nothing to parse and plan per chunk) and than the text format (no hex for the server to
/// decode: every amount, address and hash is raw bytes here).
pub async fn copy_in(
    conn: &mut PgConnection,
    head: &str,
    width: usize,
    args: &[Arg],
) -> Result<u64, sqlx::Error> {
    let mut data: Vec<u8> = Vec::with_capacity(32 + args.len() * 40);
    // Signature, flags, header extension length.
    data.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    data.extend_from_slice(&0i32.to_be_bytes());
    data.extend_from_slice(&0i32.to_be_bytes());
    let field = |data: &mut Vec<u8>, bytes: &[u8]| {
        data.extend_from_slice(&(bytes.len() as i32).to_be_bytes());
        data.extend_from_slice(bytes);
    };
    for row in args.chunks(width) {
        data.extend_from_slice(&(row.len() as i16).to_be_bytes());
        for a in row {
            match a {
                Arg::Int(Some(v)) => field(&mut data, &v.to_be_bytes()),
                Arg::Blob(Some(b)) => field(&mut data, b),
                Arg::Text(Some(t)) => field(&mut data, t.as_bytes()),
                Arg::Int(None) | Arg::Blob(None) | Arg::Text(None) => {
                    data.extend_from_slice(&(-1i32).to_be_bytes())
                }
            }
        }
    }
    data.extend_from_slice(&(-1i16).to_be_bytes());
    let mut copy = conn.copy_in_raw(&format!("COPY {head} FROM STDIN (FORMAT binary)")).await?;
    if let Err(e) = copy.send(data).await {
        let _ = copy.abort(e.to_string()).await;
        return Err(e);
    }
    copy.finish().await
}

/// Rewrites anonymous `?` placeholders to `$1`, `$2`, … in order (outside quoted strings and
/// identifiers), for SQL assembled from fragments that each bind their own arguments.
pub fn number_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    let mut quote: Option<char> = None;
    for ch in sql.chars() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(ch),
            (None, '?') => {
                n += 1;
                out.push('$');
                out.push_str(&n.to_string());
                continue;
            }
            _ => {}
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            number_placeholders("a = ? AND b IN (?, ?) AND c = '?' AND \"d?\" = ?"),
            "a = $1 AND b IN ($2, $3) AND c = '?' AND \"d?\" = $4"
        );
    }

    #[test]
    fn nul_in_text_is_replaced_on_both_backends() {
        assert_eq!(Arg::from("a\0b"), Arg::Text(Some("a\u{FFFD}b".into())));
        assert_eq!(Arg::from(String::from("\0")), Arg::Text(Some("\u{FFFD}".into())));
        assert_eq!(Arg::from("plain"), Arg::Text(Some("plain".into())));
    }

    #[test]
    fn locations_parse() {
        assert_eq!(Location::parse("x.db"), Location::Sqlite("x.db".into()));
        assert_eq!(Location::parse("sqlite:/a/x.db"), Location::Sqlite("/a/x.db".into()));
        assert_eq!(Location::parse("sqlite:///a/x.db"), Location::Sqlite("/a/x.db".into()));
        let pg = Location::parse("postgres://root:secret@127.0.0.1:5432/alt");
        assert_eq!(pg.backend(), Backend::Postgres);
        assert_eq!(pg.display(), "postgres://root:***@127.0.0.1:5432/alt");
        assert_eq!(format!("{pg:?}"), "Location(postgres://root:***@127.0.0.1:5432/alt)");
        assert_eq!(Location::parse("postgresql://h/db").display(), "postgresql://h/db");
        // The shapes an attacker review found leaking: no user, an '@' in the password, a
        // password parameter, and garbage.
        for (url, shown) in [
            ("postgres://:secret@h/db", "postgres://:***@h/db"),
            ("postgres://u:p%40ss@h/db", "postgres://u:***@h/db"),
            (
                "postgres://u@h/db?password=secret&sslmode=off",
                "postgres://u@h/db?password=***&sslmode=off",
            ),
        ] {
            let l = Location::parse(url);
            assert_eq!(l.display(), shown);
            assert!(!format!("{l:?}").contains("secret") && !format!("{l:?}").contains("ss@"));
        }
        assert!(!Location::parse("postgres://u:se cret@").display().contains("se cret"));
    }
}
