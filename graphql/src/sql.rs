//! SQL for the generated API: `where` filters, orderings, offset and keyset (cursor)
//! pagination, counts, and decoding rows into GraphQL values. Every value a client sends is a
//! bound parameter; identifiers come only from the entity descriptors.

use crate::entities::{Entity, Kind};
use crate::session::Reader;
use alloy::primitives::{U256, hex};
use alt_indexer::db::{self, Row, query};
use async_graphql::{Name, Value};
use std::fmt::Write as _;

/// Longest `_contains` / `_not_contains` needle, in bytes.
pub const MAX_NEEDLE: usize = 256;
/// Largest `first`.
pub const MAX_FIRST: usize = 1000;
/// `first` when not given.
pub const DEFAULT_FIRST: usize = 100;
/// Largest `skip` (deep offsets are slow; use cursors).
pub const MAX_SKIP: usize = 5000;
/// Largest `_in` list.
pub const MAX_IN: usize = 1000;
/// Deepest `and`/`or` nesting.
pub const MAX_NESTING: usize = 8;

/// A bound SQL value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// INTEGER.
    Int(i64),
    /// BLOB.
    Blob(Vec<u8>),
    /// TEXT.
    Text(String),
}

/// A client error in arguments (shown to the client as is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadInput(pub String);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn bad<T>(msg: impl Into<String>) -> Result<T, BadInput> {
    Err(BadInput(msg.into()))
}

/// A SQL condition with `?` placeholders (numbered `$1`, `$2`, … when the statement runs, for
/// both backends) and its arguments, in order.
#[derive(Debug, Clone, Default)]
pub struct Cond {
    /// The condition (`1` when empty).
    pub sql: String,
    /// Its arguments.
    pub args: Vec<Arg>,
}

impl Cond {
    /// Both conditions (either may be empty).
    pub fn and(mut self, other: Cond) -> Cond {
        if self.sql.is_empty() {
            return other;
        }
        if other.sql.is_empty() {
            return self;
        }
        self.sql = format!("({}) AND ({})", self.sql, other.sql);
        self.args.extend(other.args);
        self
    }

    /// `a = ? AND b = ?` over SQL columns of `t`.
    pub fn equal(cols: &[&str], values: Vec<Arg>) -> Cond {
        let sql = cols.iter().map(|c| format!("t.{c} = ?")).collect::<Vec<_>>().join(" AND ");
        Cond { sql, args: values }
    }
}

/// Parses a client value of column kind `kind` into a bound argument.
pub fn to_arg(kind: Kind, v: &Value) -> Result<Arg, BadInput> {
    match (kind, v) {
        (Kind::Int, Value::Number(n)) => match n.as_i64() {
            Some(i) => Ok(Arg::Int(i)),
            None => bad(format!("{n} is not an integer")),
        },
        (Kind::Bool, Value::Boolean(b)) => Ok(Arg::Int(*b as i64)),
        (Kind::BigInt, Value::String(s)) => {
            let parsed = if let Some(h) = s.strip_prefix("0x") {
                U256::from_str_radix(h, 16)
            } else {
                U256::from_str_radix(s, 10)
            };
            match parsed {
                Ok(x) => Ok(Arg::Blob(x.to_be_bytes::<32>().to_vec())),
                Err(_) => bad(format!("\"{s}\" is not a 256-bit unsigned integer")),
            }
        }
        (Kind::Bytes | Kind::Address | Kind::Hash, Value::String(s)) => {
            let Some(b) = s.strip_prefix("0x").and_then(|h| hex::decode(h).ok()) else {
                return bad(format!("\"{s}\" is not 0x-prefixed hex"));
            };
            match (kind, b.len()) {
                (Kind::Address, 20) | (Kind::Hash, 32) | (Kind::Bytes, _) => Ok(Arg::Blob(b)),
                (Kind::Address, n) => bad(format!(
                    "\"{s}\" is not an address (20 bytes, 40 hex digits; got {n} bytes)"
                )),
                (_, n) => {
                    bad(format!("\"{s}\" is not a 32-byte hash (64 hex digits; got {n} bytes)"))
                }
            }
        }
        (Kind::String, Value::String(s)) => Ok(Arg::Text(s.clone())),
        (kind, v) => bad(format!("{v} is not a valid {kind:?}")),
    }
}

/// Filter operators, longest suffix first so `_not_in` wins over `_in`.
const OPS: &[(&str, &str)] = &[
    ("_not_contains", "NOT INSTR"),
    ("_not_in", "NOT IN"),
    ("_contains", "INSTR"),
    ("_not", "<>"),
    ("_gte", ">="),
    ("_lte", "<="),
    ("_gt", ">"),
    ("_lt", "<"),
    ("_in", "IN"),
];

/// The filter operators a column of `kind` supports (besides plain equality).
pub fn ops_for(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Bool => &["_not"],
        Kind::Int | Kind::BigInt => &["_not", "_gt", "_gte", "_lt", "_lte", "_in", "_not_in"],
        Kind::Bytes | Kind::Address | Kind::Hash | Kind::String => {
            &["_not", "_gt", "_gte", "_lt", "_lte", "_in", "_not_in", "_contains", "_not_contains"]
        }
    }
}

/// Builds the condition for a `where` object.
pub fn filter(entity: &Entity, w: &Value) -> Result<Cond, BadInput> {
    filter_at(entity, w, 0)
}

fn filter_at(entity: &Entity, w: &Value, depth: usize) -> Result<Cond, BadInput> {
    if depth > MAX_NESTING {
        return bad(format!("`and`/`or` nested deeper than {MAX_NESTING}"));
    }
    let Value::Object(fields) = w else {
        return if matches!(w, Value::Null) {
            Ok(Cond::default())
        } else {
            bad("`where` must be an object")
        };
    };
    let mut out = Cond::default();
    for (key, v) in fields {
        let key = key.as_str();
        if key == "and" || key == "or" {
            let Value::List(items) = v else {
                if matches!(v, Value::Null) {
                    continue;
                }
                return bad(format!("`{key}` takes a list"));
            };
            if items.len() > MAX_IN {
                return bad(format!("`{key}` takes at most {MAX_IN} items"));
            }
            let mut parts = Vec::with_capacity(items.len());
            let mut args = Vec::new();
            for item in items {
                let c = filter_at(entity, item, depth + 1)?;
                parts.push(if c.sql.is_empty() {
                    "TRUE".to_string()
                } else {
                    format!("({})", c.sql)
                });
                args.extend(c.args);
            }
            if parts.is_empty() {
                continue;
            }
            let joiner = if key == "and" { " AND " } else { " OR " };
            out = out.and(Cond { sql: parts.join(joiner), args });
            continue;
        }
        let (name, op) = OPS
            .iter()
            .find_map(|(suffix, op)| {
                key.strip_suffix(suffix).filter(|n| entity.col(n).is_some()).map(|n| (n, *op))
            })
            .unwrap_or((key, "="));
        let Some(col) = entity.col(name) else {
            return bad(format!("`{key}` is not a filter of {}", entity.name));
        };
        let c = col.sql;
        let named = |e: BadInput| BadInput(format!("`where.{key}`: {}", e.0));
        // A substring of an address or hash is any hex; whole values have the column's length.
        let part =
            if matches!(col.kind, Kind::Address | Kind::Hash) { Kind::Bytes } else { col.kind };
        let cond = match (op, v) {
            ("=", Value::Null) => Cond { sql: format!("t.{c} IS NULL"), args: vec![] },
            ("<>", Value::Null) => Cond { sql: format!("t.{c} IS NOT NULL"), args: vec![] },
            (_, Value::Null) => continue,
            ("IN" | "NOT IN", Value::List(items)) => {
                if items.len() > MAX_IN {
                    return bad(format!("`{key}` takes at most {MAX_IN} values"));
                }
                if items.is_empty() {
                    let sql = if op == "IN" { "FALSE" } else { "TRUE" };
                    Cond { sql: sql.into(), args: vec![] }
                } else {
                    let args = items
                        .iter()
                        .map(|i| to_arg(col.kind, i))
                        .collect::<Result<Vec<_>, _>>()
                        .map_err(named)?;
                    let marks = vec!["?"; args.len()].join(", ");
                    Cond { sql: format!("t.{c} {op} ({marks})"), args }
                }
            }
            ("INSTR" | "NOT INSTR", v) => {
                // INSTR runs inside one SQLite instruction, out of the meter's sight, at a cost
                // of haystack x needle: a short needle keeps it cheap.
                let needle = to_arg(part, v).map_err(named)?;
                let len = match &needle {
                    Arg::Text(t) => t.len(),
                    Arg::Blob(b) => b.len(),
                    Arg::Int(_) => 0,
                };
                if len > MAX_NEEDLE {
                    return bad(format!("`{key}` takes at most {MAX_NEEDLE} bytes"));
                }
                let test = if op == "INSTR" { "> 0" } else { "= 0" };
                Cond { sql: format!("INSTR(t.{c}, ?) {test}"), args: vec![needle] }
            }
            (op, v) => Cond {
                sql: format!("t.{c} {op} ?"),
                args: vec![to_arg(col.kind, v).map_err(named)?],
            },
        };
        out = out.and(cond);
    }
    Ok(out)
}

/// One row, decoded.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its entity.
    pub entity: &'static Entity,
    /// GraphQL values, one per column.
    pub values: Vec<Value>,
    /// The stored values, one per column (`None` for NULL).
    pub raw: Vec<Option<Arg>>,
    /// Sent by a subscription as undone by a reorg.
    pub removed: bool,
}

impl Record {
    /// The stored value of the column whose SQL name is `sql`.
    pub fn raw_sql(&self, sql: &str) -> Option<&Arg> {
        self.entity.col_index_sql(sql).and_then(|i| self.raw[i].as_ref())
    }

    /// The keyset cursor of this row under `order`.
    pub fn cursor(&self, order: &[&'static str]) -> String {
        let vals: Vec<serde_json::Value> = order
            .iter()
            .map(|c| match self.raw_sql(c) {
                Some(Arg::Int(i)) => serde_json::json!(i),
                Some(Arg::Blob(b)) => serde_json::json!(hex::encode_prefixed(b)),
                Some(Arg::Text(s)) => serde_json::json!(s),
                None => serde_json::Value::Null,
            })
            .collect();
        hex::encode(serde_json::to_vec(&vals).unwrap_or_default())
    }
}

fn decode(entity: &'static Entity, row: &Row) -> Result<Record, sqlx::Error> {
    let mut values = Vec::with_capacity(entity.cols.len());
    let mut raw = Vec::with_capacity(entity.cols.len());
    for (i, col) in entity.cols.iter().enumerate() {
        let (v, r) = match col.kind {
            Kind::Int | Kind::Bool => match row.try_get::<Option<i64>>(i)? {
                Some(x) if col.kind == Kind::Bool => (Value::Boolean(x != 0), Some(Arg::Int(x))),
                Some(x) => (Value::from(x), Some(Arg::Int(x))),
                None => (Value::Null, None),
            },
            Kind::BigInt => match row.try_get::<Option<Vec<u8>>>(i)? {
                Some(b) => (Value::String(U256::from_be_slice(&b).to_string()), Some(Arg::Blob(b))),
                None => (Value::Null, None),
            },
            Kind::Bytes | Kind::Address | Kind::Hash => match row.try_get::<Option<Vec<u8>>>(i)? {
                Some(b) => (Value::String(hex::encode_prefixed(&b)), Some(Arg::Blob(b))),
                None => (Value::Null, None),
            },
            Kind::String => match row.try_get::<Option<String>>(i)? {
                Some(s) => (Value::String(s.clone()), Some(Arg::Text(s))),
                None => (Value::Null, None),
            },
        };
        values.push(v);
        raw.push(r);
    }
    Ok(Record { entity, values, raw, removed: false })
}

/// A page request.
#[derive(Debug, Clone)]
pub struct Page {
    /// The entity.
    pub entity: &'static Entity,
    /// Rows must satisfy this.
    pub cond: Cond,
    /// Ordering columns (SQL names): the requested one, then the key.
    pub order: Vec<&'static str>,
    /// Descending.
    pub desc: bool,
    /// Rows wanted.
    pub first: usize,
    /// Rows skipped (offset pagination).
    pub skip: usize,
    /// Rows after this cursor (keyset pagination).
    pub after: Option<String>,
    /// Rows before this cursor (keyset pagination).
    pub before: Option<String>,
    /// The page is the last `first` rows (of those before `before`), not the first: the
    /// connection's `last`.
    pub backward: bool,
}

impl Page {
    /// A page of `entity` ordered by `order_by` (a GraphQL column name; default: the key).
    pub fn new(
        entity: &'static Entity,
        cond: Cond,
        order_by: Option<&str>,
        desc: bool,
        first: Option<i64>,
        skip: Option<i64>,
        after: Option<String>,
    ) -> Result<Self, BadInput> {
        let mut order = Vec::new();
        if let Some(name) = order_by {
            let Some(col) = entity.col(name) else {
                return bad(format!("cannot order {} by `{name}`", entity.plural));
            };
            order.push(col.sql);
        }
        for k in entity.key {
            if !order.contains(k) {
                order.push(k);
            }
        }
        let first = match first {
            None => DEFAULT_FIRST,
            Some(n) if (0..=MAX_FIRST as i64).contains(&n) => n as usize,
            Some(n) => return bad(format!("`first` must be between 0 and {MAX_FIRST}, got {n}")),
        };
        let skip = match skip {
            None => 0,
            Some(n) if (0..=MAX_SKIP as i64).contains(&n) => n as usize,
            Some(n) => {
                return bad(format!(
                    "`skip` must be between 0 and {MAX_SKIP}, got {n} (use cursors)"
                ));
            }
        };
        Ok(Self { entity, cond, order, desc, first, skip, after, before: None, backward: false })
    }

    /// The same page bounded above by `before` and, when `last` is set, taken from the end
    /// (backward pagination: the last `first` rows before the cursor, still in order).
    pub fn before(mut self, before: Option<String>, last: bool) -> Self {
        self.before = before;
        self.backward = last;
        self
    }

    /// Rows strictly after (`after: true`) or before `cursor` in this page's order.
    fn cursor_cond(&self, cursor: Option<&String>, after: bool) -> Result<Cond, BadInput> {
        let Some(cursor) = cursor else { return Ok(Cond::default()) };
        let invalid = || BadInput(format!("invalid cursor \"{cursor}\""));
        let json = hex::decode(cursor).map_err(|_| invalid())?;
        let vals: Vec<serde_json::Value> = serde_json::from_slice(&json).map_err(|_| invalid())?;
        if vals.len() != self.order.len() {
            return Err(invalid());
        }
        let mut args = Vec::new();
        for (c, v) in self.order.iter().zip(vals) {
            let col = &self.entity.cols[self.entity.col_index_sql(c).ok_or_else(invalid)?];
            let v = match v {
                serde_json::Value::Number(n) => {
                    Value::Number(n.as_i64().ok_or_else(invalid)?.into())
                }
                serde_json::Value::String(s) if col.kind == Kind::BigInt => Value::String(
                    U256::try_from_be_slice(&hex::decode(&s).map_err(|_| invalid())?)
                        .ok_or_else(invalid)?
                        .to_string(),
                ),
                serde_json::Value::String(s) => Value::String(s),
                _ => return Err(invalid()),
            };
            let v = if col.kind == Kind::Bool {
                Value::Boolean(matches!(v, Value::Number(ref n) if n.as_i64() != Some(0)))
            } else {
                v
            };
            args.push(to_arg(col.kind, &v).map_err(|_| invalid())?);
        }
        let cols = self.order.iter().map(|c| format!("t.{c}")).collect::<Vec<_>>().join(", ");
        let marks = vec!["?"; args.len()].join(", ");
        let op = if self.desc == after { "<" } else { ">" };
        Ok(Cond { sql: format!("({cols}) {op} ({marks})"), args })
    }

    /// Fetches the page: its rows, and whether more follow (precede, for a backward page).
    pub async fn fetch(&self, conn: &mut Reader<'_>) -> Result<(Vec<Record>, bool), FetchError> {
        let cond = self
            .cond
            .clone()
            .and(self.cursor_cond(self.after.as_ref(), true)?)
            .and(self.cursor_cond(self.before.as_ref(), false)?);
        let mut sql = String::from("SELECT ");
        for (i, c) in self.entity.cols.iter().enumerate() {
            let _ = write!(sql, "{}t.{}", if i > 0 { ", " } else { "" }, c.sql);
        }
        let _ = write!(sql, " FROM {} AS t", self.entity.source);
        if !cond.sql.is_empty() {
            let _ = write!(sql, " WHERE {}", cond.sql);
        }
        // A backward page reads the order reversed from the end, then turns its rows around.
        let desc = self.desc != self.backward;
        // A nullable column's NULLs first ascending and last descending, SQLite's default, on
        // PostgreSQL too. Only there: PostgreSQL uses an index for the order only when the NULLs'
        // place matches the index's, which a NOT NULL column's plain ASC/DESC does (with
        // `NULLS LAST` on every column the page of `make bench-api-pg` sorted 14k rows a
        // request: 7.5 ms instead of 0.8).
        let order = self
            .order
            .iter()
            .map(|c| {
                let nullable =
                    self.entity.col_index_sql(c).is_some_and(|i| self.entity.cols[i].nullable);
                match (desc, nullable) {
                    (true, true) => format!("t.{c} DESC NULLS LAST"),
                    (true, false) => format!("t.{c} DESC"),
                    (false, true) => format!("t.{c} ASC NULLS FIRST"),
                    (false, false) => format!("t.{c} ASC"),
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(sql, " ORDER BY {order} LIMIT {} OFFSET {}", self.first + 1, self.skip);
        let mut rows = run(conn, &sql, &cond.args).await?;
        let more = rows.len() > self.first;
        rows.truncate(self.first);
        if self.backward {
            rows.reverse();
        }
        let records = rows.iter().map(|r| decode(self.entity, r)).collect::<Result<Vec<_>, _>>()?;
        Ok((records, more))
    }

    /// Rows matching the filter (ignoring pagination).
    pub async fn count(&self, conn: &mut Reader<'_>) -> Result<i64, FetchError> {
        let mut sql = format!("SELECT COUNT(*) FROM {} AS t", self.entity.source);
        if !self.cond.sql.is_empty() {
            let _ = write!(sql, " WHERE {}", self.cond.sql);
        }
        let rows = run(conn, &sql, &self.cond.args).await?;
        Ok(rows.first().map(|r| r.try_get::<i64>(0)).transpose()?.unwrap_or(0))
    }
}

/// Why a fetch failed.
#[derive(Debug)]
pub enum FetchError {
    /// The client's arguments.
    Input(BadInput),
    /// The database.
    Db(sqlx::Error),
}

impl From<BadInput> for FetchError {
    fn from(e: BadInput) -> Self {
        Self::Input(e)
    }
}
impl From<sqlx::Error> for FetchError {
    fn from(e: sqlx::Error) -> Self {
        Self::Db(e)
    }
}
impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Input(e) => write!(f, "{e}"),
            Self::Db(e) => write!(f, "database error: {e}"),
        }
    }
}

async fn run(conn: &mut Reader<'_>, sql: &str, args: &[Arg]) -> Result<Vec<Row>, sqlx::Error> {
    // Identifiers come from the entity descriptors; every client value is bound below. SQLite
    // keeps anonymous `?`s (binding numbered ones costs it the square of their count: see
    // `store::bulk`); PostgreSQL knows only `$N`.
    let sql = match db::Conn::from(&mut *conn).backend() {
        db::Backend::Sqlite => sql.to_string(),
        db::Backend::Postgres => db::number_placeholders(sql),
    };
    query(sql)
        .bind_all(args.iter().map(|a| match a {
            Arg::Int(i) => db::Arg::from(*i),
            Arg::Blob(b) => db::Arg::from(b.clone()),
            Arg::Text(s) => db::Arg::from(s.clone()),
        }))
        .fetch_all(conn)
        .await
}

/// A GraphQL object value from name/value pairs.
pub fn object(fields: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (Name::new(k), v)).collect())
}
