//! The HTTP server: GraphQL (POST), GraphiQL (GET), subscriptions (WebSocket, graphql-ws and
//! graphql-transport-ws), `/health`, `/ready` and Prometheus `/metrics`.

use crate::schema::{Api, RowBudget, Tallies};
use async_graphql::{dynamic::Schema, http::GraphiQLSource};
use async_graphql_axum::GraphQLSubscription;
use axum::{
    Router,
    extract::{DefaultBodyLimit, State},
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use std::{
    fmt::Write as _,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

/// Longest a query may run before it is answered with an error.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest request body.
pub const MAX_BODY: usize = 64 * 1024;

/// Upper bounds (seconds) of the request-duration histogram.
const BUCKETS: [f64; 12] =
    [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

/// Request counters and the latency histogram.
#[derive(Debug, Default)]
pub struct Metrics {
    ok: AtomicU64,
    errors: AtomicU64,
    buckets: [AtomicU64; BUCKETS.len()],
    micros_sum: AtomicU64,
}

impl Metrics {
    fn observe(&self, elapsed: Duration, ok: bool) {
        if ok { &self.ok } else { &self.errors }.fetch_add(1, Ordering::Relaxed);
        let s = elapsed.as_secs_f64();
        for (b, le) in self.buckets.iter().zip(BUCKETS) {
            if s <= le {
                b.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.micros_sum.fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    }
}

/// Shared by the handlers.
#[derive(Clone)]
pub struct AppState {
    schema: Schema,
    api: Api,
    metrics: Arc<Metrics>,
}

/// The router for `schema` over `api`.
pub fn router(api: Api) -> eyre::Result<Router> {
    let schema = crate::schema::build(api.clone())?;
    let state = AppState { schema: schema.clone(), api, metrics: Arc::default() };
    Ok(Router::new()
        .route("/graphql", get(graphiql).post(graphql))
        .route_service("/graphql/ws", GraphQLSubscription::new(schema))
        .route("/health", get(|| async { "ok" }))
        .route("/ready", get(ready))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state))
}

async fn graphiql() -> Html<String> {
    Html(GraphiQLSource::build().endpoint("/graphql").subscription_endpoint("/graphql/ws").finish())
}

async fn graphql(State(s): State<AppState>, body: axum::body::Bytes) -> Response {
    let started = Instant::now();
    // `Bytes` honours the body limit (413 beyond it); the request is JSON: query, variables,
    // operationName.
    let req = match serde_json::from_slice::<async_graphql::Request>(&body) {
        Ok(req) => req.data(RowBudget::new()).data(Tallies::default()),
        Err(e) => {
            s.metrics.observe(started.elapsed(), false);
            let msg = format!("the body is not a GraphQL request: {e}");
            return (
                StatusCode::BAD_REQUEST,
                axum::Json(serde_json::json!({ "errors": [{ "message": msg }] })),
            )
                .into_response();
        }
    };
    let resp = match tokio::time::timeout(QUERY_TIMEOUT, s.schema.execute(req)).await {
        Ok(resp) => resp,
        Err(_) => async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(
            format!("query timed out after {} s", QUERY_TIMEOUT.as_secs()),
            None,
        )]),
    };
    s.metrics.observe(started.elapsed(), resp.errors.is_empty());
    axum::Json(resp).into_response()
}

async fn ready(State(s): State<AppState>) -> Response {
    let st = *s.api.status.borrow();
    let body = serde_json::json!({
        "ready": !st.backfilling && st.checkpoint.is_some(),
        "backfilling": st.backfilling,
        "checkpoint": st.checkpoint.map(|c| c.number),
        "head": st.head,
    });
    let code = if st.backfilling || st.checkpoint.is_none() {
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        StatusCode::OK
    };
    (code, axum::Json(body)).into_response()
}

async fn metrics(State(s): State<AppState>) -> Response {
    let st = *s.api.status.borrow();
    let m = &s.metrics;
    let mut out = String::new();
    let cp = st.checkpoint.map_or(0, |c| c.number);
    let _ = writeln!(
        out,
        "# HELP alt_indexer_head_block Chain head last seen.\n# TYPE alt_indexer_head_block gauge\nalt_indexer_head_block {}",
        st.head
    );
    let _ = writeln!(
        out,
        "# HELP alt_indexer_checkpoint_block Last block fully indexed.\n# TYPE alt_indexer_checkpoint_block gauge\nalt_indexer_checkpoint_block {cp}"
    );
    let _ = writeln!(
        out,
        "# HELP alt_indexer_lag_blocks Blocks behind the head.\n# TYPE alt_indexer_lag_blocks gauge\nalt_indexer_lag_blocks {}",
        st.head.saturating_sub(cp)
    );
    let _ = writeln!(
        out,
        "# HELP alt_indexer_backfilling 1 while catching up.\n# TYPE alt_indexer_backfilling gauge\nalt_indexer_backfilling {}",
        st.backfilling as u8
    );
    let _ = writeln!(
        out,
        "# HELP alt_indexer_events_total Events applied by this process.\n# TYPE alt_indexer_events_total counter\nalt_indexer_events_total {}",
        st.events
    );
    let (ok, errors) = (m.ok.load(Ordering::Relaxed), m.errors.load(Ordering::Relaxed));
    let _ = writeln!(
        out,
        "# HELP alt_graphql_requests_total GraphQL requests answered.\n# TYPE alt_graphql_requests_total counter"
    );
    let _ = writeln!(
        out,
        "alt_graphql_requests_total{{result=\"ok\"}} {ok}\nalt_graphql_requests_total{{result=\"error\"}} {errors}"
    );
    let _ = writeln!(
        out,
        "# HELP alt_graphql_request_duration_seconds Time to answer a GraphQL request.\n# TYPE alt_graphql_request_duration_seconds histogram"
    );
    for (b, le) in m.buckets.iter().zip(BUCKETS) {
        let _ = writeln!(
            out,
            "alt_graphql_request_duration_seconds_bucket{{le=\"{le}\"}} {}",
            b.load(Ordering::Relaxed)
        );
    }
    let _ =
        writeln!(out, "alt_graphql_request_duration_seconds_bucket{{le=\"+Inf\"}} {}", ok + errors);
    let _ = writeln!(
        out,
        "alt_graphql_request_duration_seconds_sum {}",
        m.micros_sum.load(Ordering::Relaxed) as f64 / 1e6
    );
    let _ = writeln!(out, "alt_graphql_request_duration_seconds_count {}", ok + errors);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], out).into_response()
}
