//! The GraphQL schema, generated from the entity descriptors (The Graph's conventions: `where`,
//! `orderBy`/`orderDirection`, `first`/`skip`, plus Relay-style connections with `totalCount`),
//! with `_meta`, operator earnings, delegator positions, proposal tallies and state, and one
//! subscription per event-like entity.

use crate::{
    entities::{ENTITIES, Entity, Kind, Rel, by_name},
    session::{Reader, Session},
    sql::{Arg, BadInput, Cond, FetchError, MAX_FIRST, Page, Record, filter, object, to_arg},
};
use alloy::primitives::{Address, U256, hex};
use alt_indexer::db::{Pool, Row, query};
use alt_indexer::sync::SyncStatus;
use async_graphql::{
    Error, Value,
    dynamic::{
        Enum, Field, FieldFuture, FieldValue, InputObject, InputValue, Object, ResolverContext,
        Scalar, Schema, SchemaError, Subscription, SubscriptionField, SubscriptionFieldFuture,
        TypeRef,
    },
};
use futures_util::stream;
use std::{
    collections::{BTreeMap, VecDeque},
    sync::atomic::{AtomicI64, Ordering},
};
use tokio::sync::watch;

/// Deepest query accepted.
pub const MAX_DEPTH: usize = 12;
/// Most fields in one query (async-graphql's complexity: one per selected field).
pub const MAX_COMPLEXITY: usize = 1000;
/// Most rows one query may read, across every list in it (nested lists multiply).
pub const ROW_BUDGET: i64 = 20_000;

/// What resolvers share.
#[derive(Debug, Clone)]
pub struct Api {
    /// Read connections to the index.
    pub pool: Pool,
    /// The indexer's progress.
    pub status: watch::Receiver<SyncStatus>,
    /// The chain indexed.
    pub chain_id: u64,
}

/// Rows a request may still read (put in each request's data; subscriptions have none).
#[derive(Debug)]
pub struct RowBudget(pub AtomicI64);

impl RowBudget {
    /// A fresh budget of [`ROW_BUDGET`] rows.
    pub fn new() -> Self {
        Self(AtomicI64::new(ROW_BUDGET))
    }
}

impl Default for RowBudget {
    fn default() -> Self {
        Self::new()
    }
}

/// Per-request memo of proposal tallies: `forVotes`, `againstVotes`, `abstainVotes` and
/// `state` all need them, and read the votes once per proposal instead of once per field.
#[derive(Debug, Default)]
pub struct Tallies(std::sync::Mutex<std::collections::HashMap<Vec<u8>, [U256; 3]>>);

/// Per-request memo of pools' exchange rates: `Delegation.value` and `Account.stakedVotes` of
/// many positions in one pool read its rate once (one snapshot, so it cannot change); the
/// resolvers of a list run concurrently, so the others wait for the first one's read.
#[derive(Debug, Default)]
pub struct Rates(
    std::sync::Mutex<
        std::collections::HashMap<Vec<u8>, std::sync::Arc<tokio::sync::OnceCell<U256>>>,
    >,
);

/// `operator`'s exchange rate, from the request's memo when it has one.
async fn rate_of(ctx: &ResolverContext<'_>, operator: &[u8]) -> Result<U256, Error> {
    let read = async || {
        exchange_rate(&mut db(ctx).await?, operator).await.map_err(|e| err(FetchError::Db(e)))
    };
    let Some(memo) = ctx.data_opt::<Rates>() else { return read().await };
    let cell = memo
        .0
        .lock()
        .map_err(|_| Error::new("rates memo poisoned"))?
        .entry(operator.to_vec())
        .or_default()
        .clone();
    cell.get_or_try_init(read).await.copied()
}

/// The connection a resolver reads with: its request's [`Session`] (one snapshot, metered), or
/// for a subscription's rows, one of the pool's.
async fn db<'a>(ctx: &ResolverContext<'a>) -> Result<Reader<'a>, Error> {
    let conn = match ctx.data_opt::<std::sync::Arc<Session>>() {
        Some(s) => s.conn().await,
        None => Reader::pooled(&ctx.data::<Api>()?.pool).await,
    };
    conn.map_err(|e| err(FetchError::Db(e)))
}

fn charge(ctx: &ResolverContext<'_>, rows: usize) -> Result<(), Error> {
    if let Some(b) = ctx.data_opt::<RowBudget>() {
        let left = b.0.fetch_sub(rows as i64, Ordering::Relaxed) - rows as i64;
        if left < 0 {
            return Err(Error::new(format!(
                "query too expensive: it would read more than {ROW_BUDGET} rows; \
                 ask for fewer rows (first) in nested lists"
            )));
        }
    }
    Ok(())
}

fn err(e: FetchError) -> Error {
    match e {
        FetchError::Input(b) => Error::new(b.0),
        FetchError::Db(e) if crate::session::interrupted(&e) => Error::new(format!(
            "query too expensive: it needed more than {} SQLite instructions (the per-request \
             work budget; each read a field makes counts {} on top of what it executes): ask \
             for fewer rows, aliases or derived fields (claimableRewards, rewardsClaimable, \
             operatorEarnings)",
            crate::session::WORK_BUDGET_OPS,
            crate::session::READ_OPS
        )),
        FetchError::Db(e) => {
            tracing::error!(error = %e, "query failed");
            Error::new("internal database error")
        }
    }
}

fn type_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Int => TypeRef::INT,
        Kind::BigInt => "BigInt",
        Kind::Bytes | Kind::Address | Kind::Hash => "Bytes",
        Kind::String => TypeRef::STRING,
        Kind::Bool => TypeRef::BOOLEAN,
    }
}

fn filter_name(e: &Entity) -> String {
    format!("{}_filter", e.name)
}
fn order_name(e: &Entity) -> String {
    format!("{}_orderBy", e.name)
}

/// Field `name` of a parent that is a plain GraphQL object value (null if absent).
fn parent_field(ctx: &ResolverContext<'_>, name: &str) -> Value {
    match ctx.parent_value.as_value() {
        Some(Value::Object(o)) => o.get(name).cloned().unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// A field that reads `name` from a parent that is a plain GraphQL object value.
fn value_field(name: &'static str, ty: TypeRef, doc: &'static str) -> Field {
    Field::new(name, ty, move |ctx| {
        FieldFuture::new(async move {
            let v = parent_field(&ctx, name);
            Ok(if matches!(v, Value::Null) { None } else { Some(FieldValue::value(v)) })
        })
    })
    .description(doc)
}

fn list_args(field: Field, e: &Entity, cursor: bool) -> Field {
    let f = field
        .argument(InputValue::new("where", TypeRef::named(filter_name(e))).description("Filter."))
        .argument(
            InputValue::new("orderBy", TypeRef::named(order_name(e)))
                .description("Order by this field (ties broken by the entity's key)."),
        )
        .argument(
            InputValue::new("orderDirection", TypeRef::named("OrderDirection"))
                .description("asc (default) or desc."),
        )
        .argument(
            InputValue::new("first", TypeRef::named(TypeRef::INT))
                .description("Rows to return: default 100, at most 1000."),
        );
    if cursor {
        f.argument(
            InputValue::new("after", TypeRef::named(TypeRef::STRING)).description(
                "Rows after this cursor (an edge's `cursor` or `pageInfo.endCursor`).",
            ),
        )
        .argument(InputValue::new("last", TypeRef::named(TypeRef::INT)).description(
            "The last rows instead of the first (at most 1000; not with `first`): \
             with `before`, the page before a cursor.",
        ))
        .argument(
            InputValue::new("before", TypeRef::named(TypeRef::STRING)).description(
                "Rows before this cursor (an edge's `cursor` or `pageInfo.startCursor`).",
            ),
        )
    } else {
        f.argument(InputValue::new("skip", TypeRef::named(TypeRef::INT)).description(
            "Rows to skip: at most 5000 (use the connection's cursors to go further).",
        ))
    }
}

/// Reads the list arguments into a page of `e` restricted to `base`.
/// Argument `name`, treating an explicit null (an unset variable) as absent.
fn arg<'a>(
    ctx: &'a ResolverContext<'_>,
    name: &str,
) -> Option<async_graphql::dynamic::ValueAccessor<'a>> {
    ctx.args.get(name).filter(|v| !v.is_null())
}

fn page(ctx: &ResolverContext<'_>, e: &'static Entity, base: Cond) -> Result<Page, Error> {
    let cond = match arg(ctx, "where") {
        Some(w) => filter(e, w.as_value()).map_err(|b| Error::new(b.0))?,
        None => Cond::default(),
    };
    let cond = base.and(cond);
    let order_by = arg(ctx, "orderBy").map(|v| v.enum_name().map(str::to_string)).transpose()?;
    let desc = match arg(ctx, "orderDirection") {
        Some(v) => v.enum_name()? == "desc",
        None => false,
    };
    let first = arg(ctx, "first").map(|v| v.i64()).transpose()?;
    let last = arg(ctx, "last").map(|v| v.i64()).transpose()?;
    if first.is_some() && last.is_some() {
        return Err(Error::new("give `first` or `last`, not both"));
    }
    let skip = arg(ctx, "skip").map(|v| v.i64()).transpose()?;
    let after = arg(ctx, "after").map(|v| v.string().map(str::to_string)).transpose()?;
    let before = arg(ctx, "before").map(|v| v.string().map(str::to_string)).transpose()?;
    let page = Page::new(e, cond, order_by.as_deref(), desc, first.or(last), skip, after).map_err(
        |b: BadInput| {
            Error::new(b.0.replace("`first`", if last.is_some() { "`last`" } else { "`first`" }))
        },
    )?;
    Ok(page.before(before, last.is_some()))
}

async fn list(
    ctx: &ResolverContext<'_>,
    e: &'static Entity,
    base: Cond,
) -> Result<Option<FieldValue<'static>>, Error> {
    let p = page(ctx, e, base)?;
    charge(ctx, p.first + p.skip)?;
    let (rows, _) = p.fetch(&mut db(ctx).await?).await.map_err(err)?;
    Ok(Some(FieldValue::list(rows.into_iter().map(FieldValue::owned_any))))
}

/// A connection page, as the parent of `edges`, `nodes`, `pageInfo`, `totalCount`.
struct Conn {
    page: Page,
    rows: Vec<Record>,
    more: bool,
}

async fn connection(
    ctx: &ResolverContext<'_>,
    e: &'static Entity,
    base: Cond,
) -> Result<Option<FieldValue<'static>>, Error> {
    let p = page(ctx, e, base)?;
    charge(ctx, p.first)?;
    let (rows, more) = p.fetch(&mut db(ctx).await?).await.map_err(err)?;
    Ok(Some(FieldValue::owned_any(Conn { page: p, rows, more })))
}

fn rel_base(r: &Record, rel: &Rel) -> Option<Cond> {
    let mut values = Vec::new();
    for (local, _) in rel.on {
        values.push(r.raw_sql(local)?.clone());
    }
    let remote: Vec<&str> = rel.on.iter().map(|(_, c)| *c).collect();
    Some(Cond::equal(&remote, values))
}

fn entity_object(e: &'static Entity) -> Object {
    let mut obj = Object::new(e.name).description(e.doc);
    for (i, c) in e.cols.iter().enumerate() {
        let ty = if c.nullable {
            TypeRef::named(type_name(c.kind))
        } else {
            TypeRef::named_nn(type_name(c.kind))
        };
        obj = obj.field(
            Field::new(c.name, ty, move |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    let v = r.values[i].clone();
                    Ok(if matches!(v, Value::Null) { None } else { Some(FieldValue::value(v)) })
                })
            })
            .description(c.doc),
        );
    }
    for rel in e.rels {
        let target = by_name(rel.target).expect("relation to a known entity");
        if rel.many {
            let f = Field::new(rel.name, TypeRef::named_nn_list_nn(target.name), move |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    match rel_base(r, rel) {
                        Some(base) => list(&ctx, target, base).await,
                        None => Ok(Some(FieldValue::list(Vec::<FieldValue<'static>>::new()))),
                    }
                })
            })
            .description(rel.doc);
            obj = obj.field(list_args(f, target, false));
        } else {
            obj = obj.field(
                Field::new(rel.name, TypeRef::named(target.name), move |ctx| {
                    FieldFuture::new(async move {
                        let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                        let Some(base) = rel_base(r, rel) else { return Ok(None) };
                        charge(&ctx, 1)?;
                        let p = Page::new(target, base, None, false, Some(1), None, None)
                            .map_err(|b| Error::new(b.0))?;
                        let (mut rows, _) = p.fetch(&mut db(&ctx).await?).await.map_err(err)?;
                        Ok(rows.pop().map(FieldValue::owned_any))
                    })
                })
                .description(rel.doc),
            );
        }
    }
    if e.stream {
        obj = obj.field(
            Field::new("removed", TypeRef::named_nn(TypeRef::BOOLEAN), |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    Ok(Some(FieldValue::value(r.removed)))
                })
            })
            .description(
                "True only on a subscription's notice that a reorg undid this row (sent \
                 before); always false in queries.",
            ),
        );
    }
    if e.name == "Proposal" {
        obj = proposal_fields(obj);
    }
    if e.name == "UnbondingRequest" {
        obj = obj.field(
            Field::new("value", TypeRef::named_nn("BigInt"), |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    let (Some(Arg::Blob(staker)), Some(Arg::Int(id)), Some(Arg::Blob(operator))) =
                        (r.raw_sql("staker"), r.raw_sql("request_id"), r.raw_sql("operator"))
                    else {
                        return Err(Error::new("bad unbonding request"));
                    };
                    let v = request_value(&mut db(&ctx).await?, staker, *id, operator)
                        .await
                        .map_err(|e| err(FetchError::Db(e)))?;
                    Ok(Some(FieldValue::value(big(v))))
                })
            })
            .description(
                "What the request is worth now, after any slash while it unbonds, as Staking's \
                 `requestValue` (0 once withdrawn, or once a slash emptied the unbonding pool).",
            ),
        );
    }
    if e.name == "Account" {
        obj = account_fields(obj);
    }
    if e.name == "Delegation" {
        obj = obj.field(
            Field::new("value", TypeRef::named_nn("BigInt"), |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    let (Some(Arg::Blob(operator)), Some(Arg::Blob(shares))) =
                        (r.raw_sql("operator"), r.raw_sql("shares"))
                    else {
                        return Err(Error::new("bad delegation"));
                    };
                    let rate = rate_of(&ctx, operator).await?;
                    Ok(Some(FieldValue::value(big(stake_value(u256(shares), rate)))))
                })
            })
            .description(
                "ALT the shares are worth now, at the pool's exchange rate after any slash \
                 (Staking's `stakeOf`, rounded down); also the position's staked votes.",
            ),
        );
        obj = obj.field(
            Field::new("claimableRewards", TypeRef::named_nn("BigInt"), |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    let addr = |c| match r.raw_sql(c) {
                        Some(Arg::Blob(b)) if b.len() == 20 => Ok(Address::from_slice(b)),
                        _ => Err(Error::new("bad address")),
                    };
                    let (_, owed) = alt_indexer::rewards::claimable(
                        &mut db(&ctx).await?,
                        addr("operator")?,
                        addr("staker")?,
                    )
                    .await
                    .map_err(|e| err(FetchError::Db(e)))?;
                    Ok(Some(FieldValue::value(big(owed))))
                })
            })
            .description(
                "Fee rewards the staker can claim from this pool now, rebuilt from events \
                 (equals FeeDistributor.claimable at the indexed block).",
            ),
        );
    }
    obj
}

fn filter_input(e: &'static Entity) -> InputObject {
    let mut input = InputObject::new(filter_name(e))
        .description(format!("Filter for {}: every condition given must hold.", e.plural));
    for c in e.cols {
        let t = type_name(c.kind);
        input = input.field(InputValue::new(c.name, TypeRef::named(t)).description(c.doc));
        for op in crate::sql::ops_for(c.kind) {
            let ty =
                if op.ends_with("_in") { TypeRef::named_nn_list(t) } else { TypeRef::named(t) };
            input = input.field(InputValue::new(format!("{}{op}", c.name), ty));
        }
    }
    input
        .field(
            InputValue::new("and", TypeRef::named_nn_list(filter_name(e)))
                .description("All of these hold."),
        )
        .field(
            InputValue::new("or", TypeRef::named_nn_list(filter_name(e)))
                .description("At least one of these holds."),
        )
}

fn order_enum(e: &'static Entity) -> Enum {
    Enum::new(order_name(e))
        .description(format!("Fields {} can be ordered by.", e.plural))
        .items(e.cols.iter().filter(|c| !c.nullable).map(|c| c.name))
}

fn connection_types(e: &'static Entity) -> (Object, Object) {
    let conn = Object::new(format!("{}Connection", e.name))
        .description(format!("A page of {} with cursors.", e.plural))
        .field(Field::new("edges", TypeRef::named_nn_list_nn(format!("{}Edge", e.name)), |ctx| {
            FieldFuture::new(async move {
                let c = ctx.parent_value.try_downcast_ref::<Conn>()?;
                let order = c.page.order.clone();
                Ok(Some(FieldValue::list(
                    c.rows.iter().map(|r| FieldValue::owned_any((r.cursor(&order), r.clone()))),
                )))
            })
        }))
        .field(Field::new("nodes", TypeRef::named_nn_list_nn(e.name), |ctx| {
            FieldFuture::new(async move {
                let c = ctx.parent_value.try_downcast_ref::<Conn>()?;
                Ok(Some(FieldValue::list(c.rows.iter().cloned().map(FieldValue::owned_any))))
            })
        }))
        .field(Field::new("pageInfo", TypeRef::named_nn("PageInfo"), |ctx| {
            FieldFuture::new(async move {
                let c = ctx.parent_value.try_downcast_ref::<Conn>()?;
                let cursor = |r: Option<&Record>| {
                    r.map_or(Value::Null, |r| Value::String(r.cursor(&c.page.order)))
                };
                // Forward, `more` is what follows; backward (`last`), what precedes. The
                // other side is known to hold rows when the page starts at a cursor.
                let (next, previous) = if c.page.backward {
                    (c.page.before.is_some(), c.more)
                } else {
                    (c.more, c.page.after.is_some())
                };
                Ok(Some(FieldValue::value(object([
                    ("hasNextPage", Value::Boolean(next)),
                    ("hasPreviousPage", Value::Boolean(previous)),
                    ("startCursor", cursor(c.rows.first())),
                    ("endCursor", cursor(c.rows.last())),
                ]))))
            })
        }))
        .field(
            Field::new("totalCount", TypeRef::named_nn(TypeRef::INT), |ctx| {
                FieldFuture::new(async move {
                    let c = ctx.parent_value.try_downcast_ref::<Conn>()?;
                    Ok(Some(FieldValue::value(
                        c.page.count(&mut db(&ctx).await?).await.map_err(err)?,
                    )))
                })
            })
            .description("Rows matching the filter, across all pages."),
        );
    let edge = Object::new(format!("{}Edge", e.name))
        .field(Field::new("cursor", TypeRef::named_nn(TypeRef::STRING), |ctx| {
            FieldFuture::new(async move {
                let (cursor, _) = ctx.parent_value.try_downcast_ref::<(String, Record)>()?;
                Ok(Some(FieldValue::value(cursor.clone())))
            })
        }))
        .field(Field::new("node", TypeRef::named_nn(e.name), |ctx| {
            FieldFuture::new(async move {
                let (_, r) = ctx.parent_value.try_downcast_ref::<(String, Record)>()?;
                Ok(Some(FieldValue::owned_any(r.clone())))
            })
        }));
    (conn, edge)
}

fn query_fields(mut query: Object, e: &'static Entity) -> Object {
    // One row by key.
    let mut single = Field::new(e.single, TypeRef::named(e.name), move |ctx| {
        FieldFuture::new(async move {
            let mut values = Vec::new();
            for k in e.key {
                let col = &e.cols[e.col_index_sql(k).expect("key is a column")];
                let v = ctx.args.try_get(col.name)?;
                values.push(
                    to_arg(col.kind, v.as_value())
                        .map_err(|b| Error::new(format!("`{}`: {}", col.name, b.0)))?,
                );
            }
            let p = Page::new(e, Cond::equal(e.key, values), None, false, Some(1), None, None)
                .map_err(|b| Error::new(b.0))?;
            let (mut rows, _) = p.fetch(&mut db(&ctx).await?).await.map_err(err)?;
            Ok(rows.pop().map(FieldValue::owned_any))
        })
    })
    .description(format!("One {} by its key.", e.name));
    for k in e.key {
        let col = &e.cols[e.col_index_sql(k).expect("key is a column")];
        single = single.argument(InputValue::new(col.name, TypeRef::named_nn(type_name(col.kind))));
    }
    query = query.field(single);
    query = query.field(list_args(
        Field::new(e.plural, TypeRef::named_nn_list_nn(e.name), move |ctx| {
            FieldFuture::new(async move { list(&ctx, e, Cond::default()).await })
        })
        .description(e.doc),
        e,
        false,
    ));
    query.field(list_args(
        Field::new(
            format!("{}Connection", e.plural),
            TypeRef::named_nn(format!("{}Connection", e.name)),
            move |ctx| FieldFuture::new(async move { connection(&ctx, e, Cond::default()).await }),
        )
        .description(format!("{} (cursor pagination with totalCount)", e.doc)),
        e,
        true,
    ))
}

/// A subscription's position: the last row sent, the rows sent that a reorg could still undo,
/// and the reorgs already taken into account.
struct Tail {
    /// (block, log) of the last row sent (or of the block streamed up to).
    last: (i64, i64),
    /// Every row sent from a block above `kept_from`, in chain order.
    sent: VecDeque<Record>,
    /// Rows sent from blocks up to this one are final (or were never sent: it starts at the
    /// block before the first streamed one).
    kept_from: i64,
    /// `kept_from` at the start.
    start: i64,
    /// `SyncStatus::reorgs` as last seen.
    reorgs: u64,
}

/// Pages of `e` matching `cond` between (block, log) positions `after` (exclusive) and `upto`
/// (inclusive), in chain order.
async fn rows_between(
    e: &'static Entity,
    pool: &Pool,
    cond: &Cond,
    after: (i64, i64),
    upto: (i64, i64),
    limit: usize,
) -> Result<(Vec<Record>, bool), FetchError> {
    let between = Cond {
        sql: "(t.block_number, t.log_index) > (?, ?) AND (t.block_number, t.log_index) <= (?, ?)"
            .into(),
        args: vec![Arg::Int(after.0), Arg::Int(after.1), Arg::Int(upto.0), Arg::Int(upto.1)],
    };
    let p = Page::new(
        e,
        between.and(cond.clone()),
        Some("blockNumber"),
        false,
        Some(limit as i64),
        None,
        None,
    )
    .expect("valid page");
    p.fetch(&mut Reader::pooled(pool).await?).await
}

/// (block, log) of a streamed row.
fn position(r: &Record) -> (i64, i64) {
    let pos = |c| match r.raw_sql(c) {
        Some(Arg::Int(i)) => *i,
        _ => 0,
    };
    (pos("block_number"), pos("log_index"))
}

/// After a reorg: the rows sent that are gone (to send again with `removed: true`, latest
/// first, as `eth_subscribe` logs are) and the rows now in their place (in chain order), found
/// by comparing what was sent from reorganisable blocks with what the index holds there now.
async fn reorged(
    e: &'static Entity,
    pool: &Pool,
    cond: &Cond,
    tail: &mut Tail,
) -> Result<Vec<Record>, FetchError> {
    let from = (tail.kept_from, i64::MAX);
    let mut now = Vec::new();
    let mut after = from;
    loop {
        let (rows, more) = rows_between(e, pool, cond, after, tail.last, MAX_FIRST).await?;
        if let Some(r) = rows.last() {
            after = position(r);
        }
        now.extend(rows);
        if !more {
            break;
        }
    }
    let mut out: Vec<Record> = Vec::new();
    for r in tail.sent.iter().rev() {
        if !now.iter().any(|n| n.raw == r.raw) {
            out.push(Record { removed: true, ..r.clone() });
        }
    }
    let added: Vec<Record> =
        now.iter().filter(|n| !tail.sent.iter().any(|r| r.raw == n.raw)).cloned().collect();
    tail.sent = now.into();
    out.extend(added);
    Ok(out)
}

/// Streams rows of `e` (matching `cond`) applied after the subscription started, each once; after
/// a reorg, rows sent that it undid come again with `removed: true`, followed by the rows that
/// replace them.
fn subscription_field(e: &'static Entity) -> SubscriptionField {
    SubscriptionField::new(e.plural, TypeRef::named_nn(e.name), move |ctx| {
        SubscriptionFieldFuture::new(async move {
            let api = ctx.data::<Api>()?.clone();
            let cond = match arg(&ctx, "where") {
                Some(w) => filter(e, w.as_value()).map_err(|b| Error::new(b.0))?,
                None => Cond::default(),
            };
            let mut rx = api.status.clone();
            let status = *rx.borrow_and_update();
            let start = status.checkpoint.map_or(-1, |c| c.number as i64);
            let from = match arg(&ctx, "fromBlock") {
                Some(v) => v.i64()?.max(0) - 1,
                None => start,
            };
            let tail = Tail {
                last: (from, i64::MAX),
                sent: VecDeque::new(),
                kept_from: from,
                start: from,
                reorgs: status.reorgs,
            };
            let state = (api, rx, cond, tail, VecDeque::<Record>::new());
            Ok(stream::unfold(state, move |(api, mut rx, cond, mut tail, mut buf)| async move {
                loop {
                    if let Some(r) = buf.pop_front() {
                        return Some((Ok(FieldValue::owned_any(r)), (api, rx, cond, tail, buf)));
                    }
                    let status = *rx.borrow_and_update();
                    let cp = status.checkpoint.map_or(-1, |c| c.number as i64);
                    if status.reorgs != tail.reorgs {
                        tail.reorgs = status.reorgs;
                        let ancestor = status.reorg_ancestor.map_or(-1, |a| a as i64);
                        if ancestor < tail.kept_from && tail.kept_from > tail.start {
                            let msg = format!(
                                "a reorg deeper than the {}-block window undid rows sent up to \
                                 block {}: subscribe again with fromBlock",
                                status.reorg_window, tail.kept_from
                            );
                            return Some((Err(Error::new(msg)), (api, rx, cond, tail, buf)));
                        }
                        match reorged(e, &api.pool, &cond, &mut tail).await {
                            Ok(rows) => buf.extend(rows),
                            Err(x) => return Some((Err(err(x)), (api, rx, cond, tail, buf))),
                        }
                        if cp < tail.last.0 {
                            tail.last = (cp, i64::MAX);
                        }
                        continue;
                    }
                    if cp < tail.last.0 {
                        // Behind what was sent (a rollback in progress): wait for it.
                        if rx.changed().await.is_err() {
                            return None;
                        }
                        continue;
                    }
                    let upto = (cp, i64::MAX);
                    match rows_between(e, &api.pool, &cond, tail.last, upto, MAX_FIRST).await {
                        Ok((rows, more)) => {
                            tail.last = rows.last().map_or(upto, position);
                            // Rows from final blocks cannot be undone: stop keeping them.
                            let last_final = cp - status.reorg_window as i64;
                            if last_final > tail.kept_from {
                                tail.kept_from = last_final;
                                while tail.sent.front().is_some_and(|r| position(r).0 <= last_final)
                                {
                                    tail.sent.pop_front();
                                }
                            }
                            tail.sent.extend(rows.iter().cloned());
                            buf.extend(rows);
                            if !buf.is_empty() || more {
                                continue;
                            }
                        }
                        Err(x) => {
                            return Some((Err(err(x)), (api, rx, cond, tail, buf)));
                        }
                    }
                    if rx.changed().await.is_err() {
                        return None;
                    }
                }
            }))
        })
    })
    .argument(
        InputValue::new("where", TypeRef::named(filter_name(e)))
            .description("Only rows matching this."),
    )
    .argument(
        InputValue::new("fromBlock", TypeRef::named(TypeRef::INT))
            .description("Replay rows from this block first (default: only new rows)."),
    )
    .description(format!(
        "New {} as blocks are indexed, in chain order, each once. After a reorg, each row sent \
         that it undid comes again with `removed: true` (latest first), then the rows that \
         replace it; a reorg deeper than the indexer's reorg window ends the subscription with \
         an error.",
        e.plural
    ))
}

/// Builds the schema.
pub fn build(api: Api) -> Result<Schema, SchemaError> {
    build_with_depth(api, MAX_DEPTH)
}

/// Deepest introspection-only query accepted: the standard introspection query (graphql-js v16,
/// which GraphiQL, graphql-codegen, Apollo and Postman send) nests `ofType` nine levels under
/// `__schema.types.fields.type`; introspection reads the in-memory schema, never the index,
/// and stays under the field (complexity) limit.
pub const MAX_INTROSPECTION_DEPTH: usize = 24;

/// Whether `query` selects only introspection fields (`__schema`, `__type`, `__typename`) at the
/// top of the operation that runs: such a request is checked against
/// [`MAX_INTROSPECTION_DEPTH`] instead of [`MAX_DEPTH`], as the ecosystem's servers count it.
pub fn is_introspection(query: &str, operation: Option<&str>) -> bool {
    use async_graphql::parser::types::Selection;
    // Every request asks; only one that names `__schema` or `__type` can be, so the others skip
    // a second parse (async-graphql parses each query once more to run it).
    if !query.contains("__schema") && !query.contains("__type") {
        return false;
    }
    let Some(op) = operation_of(query, operation) else { return false };
    let items = &op.selection_set.node.items;
    let fields = || {
        items.iter().filter_map(|s| match &s.node {
            Selection::Field(f) => Some(f.node.name.node.as_str()),
            _ => None,
        })
    };
    // One `__schema` or `__type` (the standard query has one `__schema`): aliasing many of them
    // would multiply the answer under the larger depth.
    fields().count() == items.len()
        && fields().all(|n| n.starts_with("__"))
        && fields().filter(|n| *n != "__typename").count() == 1
}

/// Whether the operation that runs is a subscription.
pub fn is_subscription(query: &str, operation: Option<&str>) -> bool {
    operation_of(query, operation)
        .is_some_and(|op| op.ty == async_graphql::parser::types::OperationType::Subscription)
}

/// Why a subscription may not run, if it may not: each streamed row may select only its
/// entity's own columns (and `removed`, `__typename`), never a relation or a derived field.
/// Those read the index once per row, outside any request's meter and timeout (a subscription
/// has no end), so nested lists under a stream could make each row cost millions of reads
/// (attacker review). A dApp that needs more queries it when a row arrives.
pub fn subscription_shape_error(query: &str, operation: Option<&str>) -> Option<String> {
    use async_graphql::parser::{
        parse_query,
        types::{DocumentOperations, FragmentDefinition, Selection, SelectionSet},
    };
    use std::collections::HashMap;
    fn check(
        set: &SelectionSet,
        allowed: &dyn Fn(&str) -> bool,
        fragments: &HashMap<async_graphql::Name, async_graphql::Positioned<FragmentDefinition>>,
        depth: usize,
    ) -> Result<(), String> {
        if depth > 4 {
            return Err("fragments nested too deep in a subscription".into());
        }
        for item in &set.items {
            match &item.node {
                Selection::Field(f) => {
                    let name = f.node.name.node.as_str();
                    if !f.node.selection_set.node.items.is_empty() || !allowed(name) {
                        return Err(format!(
                            "a subscription selects only the row's own fields (`{name}` is a \
                             relation or a derived field: query it when the row arrives)"
                        ));
                    }
                }
                Selection::FragmentSpread(s) => {
                    let Some(f) = fragments.get(&s.node.fragment_name.node) else {
                        return Err("unknown fragment".into());
                    };
                    check(&f.node.selection_set.node, allowed, fragments, depth + 1)?;
                }
                Selection::InlineFragment(f) => {
                    check(&f.node.selection_set.node, allowed, fragments, depth + 1)?;
                }
            }
        }
        Ok(())
    }
    let doc = parse_query(query).ok()?;
    let op = match &doc.operations {
        DocumentOperations::Single(op) => op,
        DocumentOperations::Multiple(ops) => match operation {
            Some(name) => ops.get(name)?,
            None if ops.len() == 1 => ops.values().next()?,
            None => return None,
        },
    };
    if op.node.ty != async_graphql::parser::types::OperationType::Subscription {
        return None;
    }
    for item in &op.node.selection_set.node.items {
        let Selection::Field(root) = &item.node else {
            return Some(
                "a subscription names its stream directly (no fragment at the top)".into(),
            );
        };
        let name = root.node.name.node.as_str();
        if name == "__typename" {
            continue;
        }
        let Some(e) = ENTITIES.iter().find(|e| e.stream && e.plural == name) else { continue };
        let allowed =
            |f: &str| f == "removed" || f == "__typename" || e.cols.iter().any(|c| c.name == f);
        if let Err(msg) = check(&root.node.selection_set.node, &allowed, &doc.fragments, 0) {
            return Some(msg);
        }
    }
    None
}

/// The operation of `query` that `operation` names (or its only one).
fn operation_of(
    query: &str,
    operation: Option<&str>,
) -> Option<async_graphql::parser::types::OperationDefinition> {
    use async_graphql::parser::{parse_query, types::DocumentOperations};
    let doc = parse_query(query).ok()?;
    match doc.operations {
        DocumentOperations::Single(op) => Some(op.node),
        DocumentOperations::Multiple(mut ops) => match operation {
            Some(name) => ops.remove(name).map(|op| op.node),
            None if ops.len() == 1 => ops.into_values().next().map(|op| op.node),
            None => None,
        },
    }
}

/// The schema, with `depth` as its depth limit.
pub fn build_with_depth(api: Api, depth: usize) -> Result<Schema, SchemaError> {
    let mut query = Object::new("Query").description("The ALT index.");
    let mut subscription =
        Subscription::new("Subscription").description("Live rows over WebSocket (graphql-ws).");
    let mut types: Vec<async_graphql::dynamic::Type> = Vec::new();
    for e in ENTITIES {
        types.push(entity_object(e).into());
        types.push(filter_input(e).into());
        types.push(order_enum(e).into());
        let (conn, edge) = connection_types(e);
        types.push(conn.into());
        types.push(edge.into());
        query = query_fields(query, e);
        if e.stream {
            subscription = subscription.field(subscription_field(e));
        }
    }
    query = extra_queries(query);
    let mut builder = Schema::build("Query", None, Some("Subscription"))
        .register(
            Scalar::new("BigInt")
                .description(
                    "An unsigned 256-bit integer as a decimal string (`0x` hex accepted as input).",
                )
                .validator(|v| matches!(v, Value::String(_))),
        )
        .register(
            Scalar::new("Bytes")
                .description("Bytes as 0x-prefixed lowercase hex (addresses, hashes).")
                .validator(|v| matches!(v, Value::String(s) if s.starts_with("0x"))),
        )
        .register(Enum::new("OrderDirection").item("asc").item("desc"))
        .register(
            Object::new("PageInfo")
                .field(value_field(
                    "hasNextPage",
                    TypeRef::named_nn(TypeRef::BOOLEAN),
                    "More rows follow (paging backward: the page ends before a cursor).",
                ))
                .field(value_field(
                    "hasPreviousPage",
                    TypeRef::named_nn(TypeRef::BOOLEAN),
                    "Rows precede this page (paging forward: it starts after a cursor).",
                ))
                .field(value_field(
                    "startCursor",
                    TypeRef::named(TypeRef::STRING),
                    "Cursor of the first row.",
                ))
                .field(value_field(
                    "endCursor",
                    TypeRef::named(TypeRef::STRING),
                    "Cursor of the last row.",
                )),
        );
    for t in types {
        builder = builder.register(t);
    }
    for t in extra_types() {
        builder = builder.register(t);
    }
    builder
        .register(query)
        .register(subscription)
        .data(api)
        .limit_depth(depth)
        .limit_complexity(MAX_COMPLEXITY)
        .finish()
}

// ---- _meta, earnings, delegators, proposals ----

fn sum(values: impl IntoIterator<Item = U256>) -> U256 {
    values.into_iter().fold(U256::ZERO, |a, b| a.saturating_add(b))
}

fn big(x: U256) -> Value {
    Value::String(x.to_string())
}

fn u256(b: &[u8]) -> U256 {
    U256::from_be_slice(b)
}

/// An address argument: exactly 20 bytes of `0x`-prefixed hex, or an error naming `name`.
fn address_arg(ctx: &ResolverContext<'_>, name: &str) -> Result<Vec<u8>, Error> {
    let v = ctx.args.try_get(name)?;
    match to_arg(Kind::Address, v.as_value()) {
        Ok(Arg::Blob(b)) => Ok(b),
        Ok(_) => Err(Error::new(format!("`{name}`: not an address"))),
        Err(e) => Err(Error::new(format!("`{name}`: {}", e.0))),
    }
}

/// The indexed head block: (number, hash, timestamp).
async fn head(conn: &mut Reader<'_>) -> Result<Option<(i64, Vec<u8>, Option<i64>)>, sqlx::Error> {
    let row: Option<Row> = query(
        "SELECT c.block_number, c.block_hash, b.timestamp FROM checkpoint c
         LEFT JOIN blocks b ON b.number = c.block_number WHERE c.id = 0",
    )
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).transpose()
}

fn extra_types() -> Vec<async_graphql::dynamic::Type> {
    let block = Object::new("_Block_")
        .description("A block.")
        .field(value_field("number", TypeRef::named_nn(TypeRef::INT), "Height."))
        .field(value_field("hash", TypeRef::named("Bytes"), "Hash."))
        .field(value_field("timestamp", TypeRef::named(TypeRef::INT), "Unix seconds."));
    let meta = Object::new("_Meta_")
        .description("Where the index stands.")
        .field(value_field(
            "block",
            TypeRef::named_nn("_Block_"),
            "The last block fully indexed: every row up to it is visible.",
        ))
        .field(value_field("chainId", TypeRef::named_nn(TypeRef::INT), "Chain indexed."))
        .field(value_field(
            "chainHead",
            TypeRef::named_nn(TypeRef::INT),
            "Head of the chain as last seen.",
        ))
        .field(value_field(
            "backfilling",
            TypeRef::named_nn(TypeRef::BOOLEAN),
            "Still catching up with the chain: answers may be stale.",
        ))
        .field(value_field(
            "rebuilding",
            TypeRef::named_nn(TypeRef::BOOLEAN),
            "Replacing the blocks a reorg undid: until that commits, answers are the state \
             from before the reorg (consistent, but on the abandoned branch).",
        ))
        .field(value_field(
            "reorgs",
            TypeRef::named_nn(TypeRef::INT),
            "Reorgs undone since the indexer started.",
        ))
        .field(value_field(
            "hasIndexingErrors",
            TypeRef::named_nn(TypeRef::BOOLEAN),
            "Always false: a failing range is retried, never skipped.",
        ));
    let split = Object::new("FeeSourceSplit")
        .description(
            "Earnings split by where the fees came from, pro rata to the fees deposited for each \
             epoch (rounded down; the rounding dust, and epochs funded only by carried-over fees, \
             are in `unattributed`).",
        )
        .field(value_field(
            "transaction",
            TypeRef::named_nn("BigInt"),
            "From rollup transaction fees.",
        ))
        .field(value_field(
            "storage",
            TypeRef::named_nn("BigInt"),
            "From storage (data posting) fees.",
        ))
        .field(value_field("service", TypeRef::named_nn("BigInt"), "From service fees."))
        .field(value_field(
            "unattributed",
            TypeRef::named_nn("BigInt"),
            "Rounding dust and carried fees.",
        ));
    let reward_entity = by_name("OperatorReward").expect("entity");
    let earnings = Object::new("OperatorEarnings")
        .description("What an operator's pool earned, in wei of ALT.")
        .field(value_field("operator", TypeRef::named_nn("Bytes"), "Operator."))
        .field(value_field(
            "total",
            TypeRef::named_nn("BigInt"),
            "Everything earned (commission + delegator rewards).",
        ))
        .field(value_field("commission", TypeRef::named_nn("BigInt"), "The operator's commission."))
        .field(value_field("delegatorRewards", TypeRef::named_nn("BigInt"), "Its stakers' share."))
        .field(value_field("commissionClaimed", TypeRef::named_nn("BigInt"), "Commission claimed."))
        .field(value_field(
            "commissionUnclaimed",
            TypeRef::named_nn("BigInt"),
            "Commission not yet claimed (equals the distributor's commissionClaimable).",
        ))
        .field(value_field(
            "delegatorRewardsClaimed",
            TypeRef::named_nn("BigInt"),
            "Rewards its stakers claimed.",
        ))
        .field(value_field(
            "delegatorRewardsUnclaimed",
            TypeRef::named_nn("BigInt"),
            "What its stakers can claim now, summed over them (each equals the distributor's \
             `claimable`; rebuilt by replaying the pool's history once).",
        ))
        .field(value_field(
            "delegatorRewardsDust",
            TypeRef::named_nn("BigInt"),
            "Stakers' rewards nobody can claim: the per-share rounding the distributor keeps \
             (`delegatorRewards - delegatorRewardsClaimed - delegatorRewardsUnclaimed`; a few wei \
             per reward and per settlement).",
        ))
        .field(value_field(
            "bySource",
            TypeRef::named_nn("FeeSourceSplit"),
            "Total earnings by fee source.",
        ))
        .field(value_field("epochCount", TypeRef::named_nn(TypeRef::INT), "Epochs it earned in."))
        .field(list_args(
            Field::new("epochs", TypeRef::named_nn_list_nn("OperatorReward"), move |ctx| {
                FieldFuture::new(async move {
                    let op = parent_field(&ctx, "operator");
                    let op = to_arg(Kind::Address, &op).map_err(|b| Error::new(b.0))?;
                    list(&ctx, reward_entity, Cond::equal(&["operator"], vec![op])).await
                })
            })
            .description("Per-epoch earnings."),
            reward_entity,
            false,
        ));
    let delegation = by_name("Delegation").expect("entity");
    let claim = by_name("RewardClaim").expect("entity");
    let unbonding = by_name("UnbondingRequest").expect("entity");
    let by_address =
        |name: &'static str, target: &'static Entity, col: &'static str, doc: &'static str| {
            list_args(
                Field::new(name, TypeRef::named_nn_list_nn(target.name), move |ctx| {
                    FieldFuture::new(async move {
                        let who = parent_field(&ctx, "address");
                        let who = to_arg(Kind::Address, &who).map_err(|b| Error::new(b.0))?;
                        list(&ctx, target, Cond::equal(&[col], vec![who])).await
                    })
                })
                .description(doc),
                target,
                false,
            )
        };
    let delegator = Object::new("Delegator")
        .description("A staker's positions, unbonding requests and claims.")
        .field(value_field("address", TypeRef::named_nn("Bytes"), "The staker."))
        .field(value_field(
            "rewardsClaimed",
            TypeRef::named_nn("BigInt"),
            "Rewards claimed, over all operators.",
        ))
        .field(
            Field::new("rewardsClaimable", TypeRef::named_nn("BigInt"), |ctx| {
                FieldFuture::new(async move {
                    let who = parent_field(&ctx, "address");
                    let Ok(Arg::Blob(who)) = to_arg(Kind::Address, &who) else { return Ok(None) };
                    let staker = Address::try_from(who.as_slice())
                        .map_err(|_| Error::new("not an address"))?;
                    let mut db = db(&ctx).await?;
                    let ops: Vec<Row> =
                        query("SELECT DISTINCT operator FROM delegations WHERE staker = $1")
                            .bind(staker.as_slice())
                            .fetch_all(&mut db)
                            .await
                            .map_err(|e| err(FetchError::Db(e)))?;
                    let mut total = U256::ZERO;
                    for r in ops {
                        let op = Address::from_slice(&r.get::<Vec<u8>>(0));
                        let (_, owed) = alt_indexer::rewards::claimable(&mut db, op, staker)
                            .await
                            .map_err(|e| err(FetchError::Db(e)))?;
                        total += owed;
                    }
                    Ok(Some(FieldValue::value(big(total))))
                })
            })
            .description("Fee rewards claimable now, over all operators (rebuilt from events)."),
        )
        .field(by_address("positions", delegation, "staker", "Current positions."))
        .field(by_address("unbondingRequests", unbonding, "staker", "Unstake requests."))
        .field(by_address("claims", claim, "claimant", "Reward claims."));
    vec![block.into(), meta.into(), split.into(), earnings.into(), delegator.into()]
}

fn extra_queries(query: Object) -> Object {
    query
        .field(
            Field::new("_meta", TypeRef::named_nn("_Meta_"), |ctx| {
                FieldFuture::new(async move {
                    let api = ctx.data::<Api>()?;
                    let h = head(&mut db(&ctx).await?).await.map_err(|e| err(FetchError::Db(e)))?;
                    let status = *api.status.borrow();
                    let block = match h {
                        Some((n, hash, ts)) => object([
                            ("number", Value::from(n)),
                            ("hash", Value::String(hex::encode_prefixed(hash))),
                            ("timestamp", ts.map_or(Value::Null, Value::from)),
                        ]),
                        None => object([("number", Value::from(-1))]),
                    };
                    Ok(Some(FieldValue::value(object([
                        ("block", block),
                        ("chainId", Value::from(api.chain_id)),
                        ("chainHead", Value::from(status.head)),
                        ("backfilling", Value::Boolean(status.backfilling)),
                        ("rebuilding", Value::Boolean(status.rebuilding)),
                        ("reorgs", Value::from(status.reorgs)),
                        ("hasIndexingErrors", Value::Boolean(false)),
                    ]))))
                })
            })
            .description("Where the index stands (The Graph's `_meta`)."),
        )
        .field(
            Field::new("operatorEarnings", TypeRef::named_nn("OperatorEarnings"), |ctx| {
                FieldFuture::new(async move {
                    let op = address_arg(&ctx, "operator")?;
                    let v = earnings(&mut db(&ctx).await?, &op).await.map_err(|e| err(FetchError::Db(e)))?;
                    Ok(Some(FieldValue::value(v)))
                })
            })
            .argument(InputValue::new("operator", TypeRef::named_nn("Bytes")))
            .description("An operator's earnings: in total, per epoch, by fee source, claimed and unclaimed."),
        )
        .field(
            Field::new("delegator", TypeRef::named_nn("Delegator"), |ctx| {
                FieldFuture::new(async move {
                    let who = address_arg(&ctx, "address")?;
                    let rows: Vec<Row> = alt_indexer::db::query(
                        "SELECT amount FROM reward_claims WHERE claimant = $1 AND kind = 'rewards'",
                    )
                    .bind(&who)
                    .fetch_all(&mut db(&ctx).await?)
                    .await
                    .map_err(|e| err(FetchError::Db(e)))?;
                    let claimed = sum(rows.iter().map(|r| u256(&r.get::<Vec<u8>>(0))));
                    Ok(Some(FieldValue::value(object([
                        ("address", Value::String(hex::encode_prefixed(&who))),
                        ("rewardsClaimed", big(claimed)),
                    ]))))
                })
            })
            .argument(InputValue::new("address", TypeRef::named_nn("Bytes")))
            .description("A staker's positions, unbonding requests and reward claims."),
        )
}

/// Computes an operator's earnings from the reward, claim and fee-deposit histories.
async fn earnings(conn: &mut Reader<'_>, op: &[u8]) -> Result<Value, sqlx::Error> {
    let rewards: Vec<Row> = query(
        "SELECT epoch, amount, commission, delegator_rewards FROM operator_rewards WHERE operator = $1",
    )
    .bind(op)
    .fetch_all(&mut *conn)
    .await?;
    let claims: Vec<Row> = query("SELECT kind, amount FROM reward_claims WHERE operator = $1")
        .bind(op)
        .fetch_all(&mut *conn)
        .await?;
    let deposits: Vec<Row> = query(
        "SELECT epoch, source, amount, to_treasury FROM fee_deposits
         WHERE epoch IN (SELECT epoch FROM operator_rewards WHERE operator = $1)",
    )
    .bind(op)
    .fetch_all(&mut *conn)
    .await?;
    let mut per_epoch: BTreeMap<i64, BTreeMap<String, U256>> = BTreeMap::new();
    for d in &deposits {
        let net = u256(&d.get::<Vec<u8>>(2)).saturating_sub(u256(&d.get::<Vec<u8>>(3)));
        let e = per_epoch.entry(d.get(0)).or_default().entry(d.get(1)).or_default();
        *e = e.saturating_add(net);
    }
    let (mut total, mut commission, mut delegators) = (U256::ZERO, U256::ZERO, U256::ZERO);
    let mut by_source: BTreeMap<&str, U256> = BTreeMap::new();
    let mut unattributed = U256::ZERO;
    for r in &rewards {
        let amount = u256(&r.get::<Vec<u8>>(1));
        total += amount;
        commission += u256(&r.get::<Vec<u8>>(2));
        delegators += u256(&r.get::<Vec<u8>>(3));
        let fees = per_epoch.get(&r.get::<i64>(0));
        let all = fees.map_or(U256::ZERO, |f| sum(f.values().copied()));
        let mut attributed = U256::ZERO;
        if !all.is_zero() {
            for (source, part) in fees.into_iter().flatten() {
                let share = amount.saturating_mul(*part) / all;
                let key = match source.as_str() {
                    "transaction" => "transaction",
                    "storage" => "storage",
                    _ => "service",
                };
                *by_source.entry(key).or_default() += share;
                attributed += share;
            }
        }
        unattributed += amount - attributed.min(amount);
    }
    let claimed = |kind: &str| {
        sum(claims
            .iter()
            .filter(|c| c.get::<String>(0) == kind)
            .map(|c| u256(&c.get::<Vec<u8>>(1))))
    };
    let (commission_claimed, rewards_claimed) = (claimed("commission"), claimed("rewards"));
    let operator =
        Address::try_from(op).map_err(|_| sqlx::Error::Protocol("bad operator".into()))?;
    let claimable = sum(alt_indexer::rewards::pool_claimable(&mut *conn, operator)
        .await?
        .into_values()
        .map(|(_, owed)| owed));
    let unclaimed = delegators.saturating_sub(rewards_claimed);
    let source = |s| big(by_source.get(s).copied().unwrap_or_default());
    Ok(object([
        ("operator", Value::String(hex::encode_prefixed(op))),
        ("total", big(total)),
        ("commission", big(commission)),
        ("delegatorRewards", big(delegators)),
        ("commissionClaimed", big(commission_claimed)),
        ("commissionUnclaimed", big(commission.saturating_sub(commission_claimed))),
        ("delegatorRewardsClaimed", big(rewards_claimed)),
        ("delegatorRewardsUnclaimed", big(claimable)),
        ("delegatorRewardsDust", big(unclaimed.saturating_sub(claimable))),
        (
            "bySource",
            object([
                ("transaction", source("transaction")),
                ("storage", source("storage")),
                ("service", source("service")),
                ("unattributed", big(unattributed)),
            ]),
        ),
        ("epochCount", Value::from(rewards.len())),
    ]))
}

/// Vote tallies of a proposal: (against, for, abstain).
async fn tallies(conn: &mut Reader<'_>, id: &[u8]) -> Result<[U256; 3], sqlx::Error> {
    let rows: Vec<Row> = query("SELECT support, weight FROM votes WHERE proposal_id = $1")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    let mut t = [U256::ZERO; 3];
    for r in rows {
        let s = r.get::<i64>(0).clamp(0, 2) as usize;
        t[s] = t[s].saturating_add(u256(&r.get::<Vec<u8>>(1)));
    }
    Ok(t)
}

/// The governor's quorum for a proposal created at `block` whose snapshot (vote start) is the
/// timepoint `snapshot`: the quorum numerator in force at the snapshot (the last change at or
/// before it, as the governor's checkpoints resolve it, so a change during the voting delay
/// counts) times the token's supply (mints minus burns; ALT mints once at deployment), over 100.
async fn quorum(conn: &mut Reader<'_>, snapshot: i64, block: i64) -> Result<U256, sqlx::Error> {
    let numerator = query(
        "SELECT value FROM governor_parameters WHERE parameter = 'quorum_numerator'
         AND timestamp <= $1 ORDER BY timestamp DESC, block_number DESC, log_index DESC LIMIT 1",
    )
    .bind(snapshot)
    .fetch_optional(&mut *conn)
    .await?
    .map_or(U256::ZERO, |r: Row| u256(&r.get::<Vec<u8>>(0)));
    let zero = [0u8; 32];
    let transfers: Vec<Row> = query(
        "SELECT substr(topics, 33, 32), substr(topics, 65, 32), data FROM events
         WHERE contract = 'token' AND name = 'Transfer' AND block_number <= $1
         AND (substr(topics, 33, 32) = $2 OR substr(topics, 65, 32) = $2)",
    )
    .bind(block)
    .bind(&zero[..])
    .fetch_all(&mut *conn)
    .await?;
    let mut supply = U256::ZERO;
    for t in transfers {
        let (from, to, v): (Vec<u8>, Vec<u8>, Vec<u8>) = (t.get(0), t.get(1), t.get(2));
        let v = u256(&v);
        if from == zero {
            supply = supply.saturating_add(v);
        }
        if to == zero {
            supply = supply.saturating_sub(v);
        }
    }
    Ok(supply.saturating_mul(numerator) / U256::from(100))
}

/// An account's staked and total voting power, beside its liquid `votes`.
fn account_fields(obj: Object) -> Object {
    async fn liquid_and_staked(ctx: &ResolverContext<'_>) -> Result<(U256, U256), Error> {
        let r = ctx.parent_value.try_downcast_ref::<Record>()?;
        let (Some(Arg::Blob(account)), Some(Arg::Blob(votes))) =
            (r.raw_sql("account"), r.raw_sql("votes"))
        else {
            return Err(Error::new("bad account"));
        };
        // Its positions now: the first row per operator in the staker's index (operator, newest
        // first); then each pool's rate, one read each (at most 16 pools per staker).
        let rows: Vec<(Vec<u8>, Vec<u8>)> = query(
            "SELECT operator, shares FROM delegations WHERE staker = $1
             ORDER BY operator, block_number DESC, log_index DESC",
        )
        .bind(account)
        .fetch_all(&mut db(ctx).await?)
        .await
        .map_err(|e| err(FetchError::Db(e)))?;
        let mut staked = U256::ZERO;
        let mut last: Option<&[u8]> = None;
        for (operator, shares) in &rows {
            if last == Some(operator.as_slice()) {
                continue;
            }
            last = Some(operator);
            let shares = u256(shares);
            if shares.is_zero() {
                continue;
            }
            let rate = rate_of(ctx, operator).await?;
            staked += stake_value(shares, rate);
        }
        Ok((u256(votes), staked))
    }
    obj.field(
        Field::new("stakedVotes", TypeRef::named_nn("BigInt"), |ctx| {
            FieldFuture::new(async move {
                let (_, staked) = liquid_and_staked(&ctx).await?;
                Ok(Some(FieldValue::value(big(staked))))
            })
        })
        .description(
            "Votes from its own staked ALT (Staking's `getStakedVotes`): every position at its \
             pool's exchange rate, so a slash lowers them. Staked votes are not delegated; they \
             count for the staker.",
        ),
    )
    .field(
        Field::new("votingPower", TypeRef::named_nn("BigInt"), |ctx| {
            FieldFuture::new(async move {
                let (liquid, staked) = liquid_and_staked(&ctx).await?;
                Ok(Some(FieldValue::value(big(liquid + staked))))
            })
        })
        .description(
            "What it votes with in governance: `votes` (liquid, delegated to it) plus \
             `stakedVotes` (the governor's `getVotes` for a timepoint at the indexed head).",
        ),
    )
}

fn proposal_fields(obj: Object) -> Object {
    async fn facts(ctx: &ResolverContext<'_>) -> Result<(Record, [U256; 3]), Error> {
        let r = ctx.parent_value.try_downcast_ref::<Record>()?.clone();
        let Some(Arg::Blob(id)) = r.raw_sql("proposal_id") else { return Err(Error::new("no id")) };
        let memo = ctx.data_opt::<Tallies>();
        let known = memo.and_then(|m| m.0.lock().ok().and_then(|g| g.get(id).copied()));
        let t = match known {
            Some(t) => t,
            None => {
                let t =
                    tallies(&mut db(ctx).await?, id).await.map_err(|e| err(FetchError::Db(e)))?;
                if let Some(mut g) = memo.and_then(|m| m.0.lock().ok()) {
                    g.insert(id.clone(), t);
                }
                t
            }
        };
        Ok((r, t))
    }
    let tally = |name: &'static str, i: usize, doc: &'static str| {
        Field::new(name, TypeRef::named_nn("BigInt"), move |ctx| {
            FieldFuture::new(async move {
                let (_, t) = facts(&ctx).await?;
                Ok(Some(FieldValue::value(big(t[i]))))
            })
        })
        .description(doc)
    };
    obj.field(tally("againstVotes", 0, "Weight voted against."))
        .field(tally("forVotes", 1, "Weight voted for."))
        .field(tally("abstainVotes", 2, "Weight that abstained."))
        .field(
            Field::new("quorum", TypeRef::named_nn("BigInt"), |ctx| {
                FieldFuture::new(async move {
                    let r = ctx.parent_value.try_downcast_ref::<Record>()?;
                    let (Some(Arg::Int(snapshot)), Some(Arg::Int(block))) =
                        (r.raw_sql("vote_start"), r.raw_sql("block_number"))
                    else {
                        return Ok(None);
                    };
                    let q = quorum(&mut db(&ctx).await?, *snapshot, *block).await.map_err(|e| err(FetchError::Db(e)))?;
                    Ok(Some(FieldValue::value(big(q))))
                })
            })
            .description("For + abstain weight needed: the quorum numerator in force at the snapshot (`voteStart`) × supply / 100."),
        )
        .field(
            Field::new("state", TypeRef::named_nn(TypeRef::STRING), |ctx| {
                FieldFuture::new(async move {
                    let (r, [against, for_, abstain]) = facts(&ctx).await?;
                    let int = |c| match r.raw_sql(c) {
                        Some(Arg::Int(i)) => *i,
                        _ => 0,
                    };
                    let outcome = match r.raw_sql("outcome") {
                        Some(Arg::Text(s)) => Some(s.clone()),
                        _ => None,
                    };
                    let now = head(&mut db(&ctx).await?).await.map_err(|e| err(FetchError::Db(e)))?.and_then(|h| h.2).unwrap_or(0);
                    let state = match outcome.as_deref() {
                        Some("executed") => "Executed",
                        Some("canceled") => "Canceled",
                        _ if int("vote_start") >= now => "Pending",
                        _ if int("deadline") >= now => "Active",
                        Some("queued") => "Queued",
                        _ => {
                            let q = quorum(&mut db(&ctx).await?, int("vote_start"), int("block_number")).await.map_err(|e| err(FetchError::Db(e)))?;
                            if for_.saturating_add(abstain) >= q && for_ > against { "Succeeded" } else { "Defeated" }
                        }
                    };
                    Ok(Some(FieldValue::value(state)))
                })
            })
            .description(
                "The governor's state at the indexed head: Pending, Active, Canceled, Defeated, \
                 Succeeded, Queued or Executed.",
            ),
        )
}

/// Staking's `requestValue`: the request's unbonding shares times the operator's unbonding pool
/// (tokens / shares, rounded down) if the request belongs to the pool's era and is not withdrawn.
async fn request_value(
    conn: &mut Reader<'_>,
    staker: &[u8],
    request_id: i64,
    operator: &[u8],
) -> Result<U256, sqlx::Error> {
    let req: Option<(Option<Vec<u8>>, Option<i64>, bool)> = query(
        "SELECT u.unbonding_shares, u.era, EXISTS (SELECT 1 FROM withdrawals_l1 w
           WHERE w.staker = u.staker AND w.request_id = u.request_id)
         FROM unbonding_requests u WHERE u.staker = $1 AND u.request_id = $2",
    )
    .bind(staker)
    .bind(request_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((Some(ub), Some(era), false)) = req else { return Ok(U256::ZERO) };
    let p: Option<(Vec<u8>, Vec<u8>, i64)> = query(
        "SELECT tokens, shares, era FROM unbonding_pools WHERE operator = $1
         ORDER BY block_number DESC, log_index DESC LIMIT 1",
    )
    .bind(operator)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((tokens, shares, pool_era)) = p else { return Ok(U256::ZERO) };
    let (tokens, shares) = (u256(&tokens), u256(&shares));
    if pool_era != era || shares.is_zero() {
        return Ok(U256::ZERO);
    }
    Ok(u256(&ub).saturating_mul(tokens) / shares)
}

/// Staking's `RATE_SCALE`: an exchange rate of 1e27 is one token per share.
fn rate_scale() -> U256 {
    U256::from(10u8).pow(U256::from(27u8))
}

/// `operator`'s exchange rate at the indexed head, as Staking's `exchangeRate`: one token per
/// share, lowered by each slash (the `Slashed` event carries the new rate: its sixth data word),
/// and back to one when someone stakes into a pool that had no shares left. One statement.
async fn exchange_rate(conn: &mut Reader<'_>, operator: &[u8]) -> Result<U256, sqlx::Error> {
    let row: Option<(Vec<u8>, bool)> = query(
        "WITH s AS (SELECT block_number AS b, log_index AS l, substr(data, 161, 32) AS rate
              FROM events WHERE name = 'Slashed' AND contract = 'staking'
              AND substr(topics, 45, 20) = $1 ORDER BY block_number DESC, log_index DESC LIMIT 1)
         SELECT s.rate, EXISTS (SELECT 1 FROM pool_states z
              WHERE z.operator = $1 AND z.cause = 'stake' AND (z.block_number, z.log_index) > (s.b, s.l)
              AND COALESCE((SELECT p.shares FROM pool_states p WHERE p.operator = $1
                  AND p.shares IS NOT NULL AND (p.block_number, p.log_index) < (z.block_number, z.log_index)
                  ORDER BY p.block_number DESC, p.log_index DESC LIMIT 1), zeroblob(32)) = zeroblob(32))
         FROM s",
    )
    .bind(operator)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some((rate, false)) if rate.len() == 32 => u256(&rate),
        _ => rate_scale(),
    })
}

/// What `shares` are worth at exchange rate `rate` (Staking's `stakeOf`, rounded down).
fn stake_value(shares: U256, rate: U256) -> U256 {
    shares.saturating_mul(rate) / rate_scale()
}

#[cfg(test)]
mod tests {
    use super::{is_introspection, is_subscription};

    #[test]
    fn introspection_is_one_root_introspection_field_and_nothing_else() {
        let standard = "query IntrospectionQuery { __schema { queryType { name } } }";
        assert!(is_introspection(standard, Some("IntrospectionQuery")));
        assert!(is_introspection(standard, None));
        assert!(is_introspection("{ __typename __type(name: \"Query\") { name } }", None));
        // Aliased copies would multiply the answer under the larger depth.
        assert!(!is_introspection(
            "{ a: __schema { types { name } } b: __schema { types { name } } }",
            None
        ));
        // Data beside it, a fragment at the root, a document that does not parse.
        assert!(!is_introspection("{ __schema { types { name } } operators { id } }", None));
        assert!(!is_introspection(
            "{ ...F } fragment F on Query { __schema { types { name } } }",
            None
        ));
        assert!(!is_introspection("{ __schema { ", None));
        // With several operations, the one that runs decides.
        let two = "query A { __schema { types { name } } } query B { operators { id } }";
        assert!(is_introspection(two, Some("A")));
        assert!(!is_introspection(two, Some("B")));
        assert!(!is_introspection(two, None));
        assert!(!is_introspection(two, Some("C")));
    }

    #[test]
    fn subscriptions_are_told_from_queries() {
        assert!(is_subscription("subscription { votes { voter } }", None));
        assert!(!is_subscription("{ votes { voter } }", None));
        assert!(!is_subscription("query Q { votes { voter } }", Some("Q")));
        let two = "subscription S { votes { voter } } query Q { votes { voter } }";
        assert!(is_subscription(two, Some("S")));
        assert!(!is_subscription(two, Some("Q")));
    }
}
