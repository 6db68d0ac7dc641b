//! The HTTP server: GraphQL (POST), GraphiQL (GET), subscriptions (WebSocket, graphql-ws and
//! graphql-transport-ws), `/health`, `/ready` and Prometheus `/metrics`.

use crate::{
    schema::{Api, RowBudget, Tallies},
    session::{Lanes, Session},
};
use alt_indexer::db::Pool;
use async_graphql::dynamic::Schema;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::{
    Router,
    body::Bytes,
    extract::{
        DefaultBodyLimit, FromRequest, Request, State, WebSocketUpgrade,
        ws::{CloseFrame, Message},
    },
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use futures_util::{SinkExt, StreamExt, stream};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::{
    fmt::Write as _,
    sync::{
        Arc,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::Semaphore,
};
use tracing::{debug, warn};

/// Longest a query may run before it is answered with an error.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest request body.
pub const MAX_BODY: usize = 64 * 1024;

/// How the server defends itself against slow, idle and too many clients.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Open HTTP connections at most; one more is answered `503` and closed.
    pub max_connections: usize,
    /// Open WebSockets at most (they do not count as connections once upgraded).
    pub max_websockets: usize,
    /// Longest wait for a request's headers, from the connection's start or the end of its
    /// previous request (slowloris, idle keep-alive connections): then the connection closes.
    pub header_timeout: Duration,
    /// Longest wait for a request's body once its headers are in: then `408`.
    pub body_timeout: Duration,
    /// Longest a WebSocket may stay open without `connection_init`: then it is closed with
    /// `4408` (graphql-ws's `connectionInitWaitTimeout`, 3 s there).
    pub ws_init_timeout: Duration,
    /// Longest a write to a client may wait (the client stopped reading, its window full):
    /// then the connection, or WebSocket, is dropped with what it held.
    pub write_timeout: Duration,
    /// Heavy requests (past [`crate::session::HEAVY_OPS`] SQLite instructions) running at once,
    /// in all; each client address has one more lane of its own.
    pub heavy_lanes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_connections: 2048,
            max_websockets: 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            ws_init_timeout: Duration::from_secs(5),
            write_timeout: Duration::from_secs(30),
            heavy_lanes: 1,
        }
    }
}

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
    /// The same schema with the introspection depth limit, for introspection-only requests.
    introspection: Schema,
    api: Api,
    metrics: Arc<Metrics>,
    limits: Limits,
    websockets: Arc<Semaphore>,
    lanes: Arc<Lanes>,
    /// Connections for background runs only (one per heavy lane): their SQLite threads are
    /// demoted, so they are never lent to a cheap query.
    heavy_pool: Pool,
}

/// The client's address, put into each request by [`serve`].
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub std::net::IpAddr);

/// The runtime background runs execute on: one thread of its own, in the kernel's idle class
/// (`session::demote_this_thread`), started on first use and shared by every router of the
/// process. A heavy request's resolvers (reward replays decode and fold thousands of rows) run
/// there, so they only take CPU that cheap queries leave.
fn background() -> &'static tokio::runtime::Handle {
    static BACKGROUND: std::sync::OnceLock<tokio::runtime::Handle> = std::sync::OnceLock::new();
    BACKGROUND.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("alt-graphql-background".into())
            .spawn(move || {
                crate::session::demote_this_thread();
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .on_thread_start(crate::session::demote_this_thread)
                    .build()
                    .expect("the background runtime starts");
                let _ = tx.send(rt.handle().clone());
                rt.block_on(std::future::pending::<()>());
            })
            .expect("the background thread starts");
        rx.recv().expect("the background runtime's handle")
    })
}

/// The router for `schema` over `api`.
pub fn router(api: Api, limits: Limits) -> eyre::Result<Router> {
    let schema = crate::schema::build(api.clone())?;
    let introspection =
        crate::schema::build_with_depth(api.clone(), crate::schema::MAX_INTROSPECTION_DEPTH)?;
    let websockets = Arc::new(Semaphore::new(limits.max_websockets));
    let lanes = Arc::new(Lanes::new(limits.heavy_lanes));
    let lanes_n = limits.heavy_lanes.max(1) as u32;
    let heavy_pool = match &api.pool {
        Pool::Sqlite(p) => Pool::Sqlite(
            sqlx::sqlite::SqlitePoolOptions::new()
                .max_connections(lanes_n)
                .connect_lazy_with((*p.connect_options()).clone()),
        ),
        Pool::Postgres(p) => Pool::Postgres(
            sqlx::postgres::PgPoolOptions::new()
                .max_connections(lanes_n)
                .connect_lazy_with((*p.connect_options()).clone()),
        ),
    };
    let state = AppState {
        schema,
        introspection,
        api,
        metrics: Arc::default(),
        limits,
        websockets,
        lanes,
        heavy_pool,
    };
    Ok(Router::new()
        .route("/graphql", get(graphiql).post(graphql))
        .route("/graphql/assets/{name}", get(asset))
        .route("/graphql/ws", get(websocket))
        .route("/health", get(|| async { "ok" }))
        .route("/ready", get(ready))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state))
}

/// The explorer's page: GraphiQL from this binary's own assets (see build.rs), or, in a build
/// made without `npm ci`, a page that says so.
async fn graphiql() -> Html<&'static str> {
    if cfg!(graphiql_assets) {
        Html(include_str!("assets/graphiql.html"))
    } else {
        Html(
            "<!doctype html><title>GraphiQL missing</title><p>This build of alt-graphql has no GraphiQL \
             assets: run <code>npm ci</code> in the repository and rebuild. POST queries to \
             <code>/graphql</code> meanwhile.</p>",
        )
    }
}

/// One of the explorer's embedded assets (immutable per build, so cached for a day).
async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    const REACT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/react.js"));
    const REACT_DOM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/react-dom.js"));
    const GRAPHIQL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/graphiql.js"));
    const GRAPHIQL_CSS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/graphiql.css"));
    let (bytes, kind) = match name.as_str() {
        "react.js" => (REACT, "text/javascript; charset=utf-8"),
        "react-dom.js" => (REACT_DOM, "text/javascript; charset=utf-8"),
        "graphiql.js" => (GRAPHIQL, "text/javascript; charset=utf-8"),
        "graphiql.css" => (GRAPHIQL_CSS, "text/css; charset=utf-8"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    if bytes.is_empty() {
        return StatusCode::NOT_FOUND.into_response();
    }
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "public, max-age=86400")], bytes)
        .into_response()
}

/// Serves `app` on `listener` until the listener fails: each connection is HTTP/1.1 with a
/// header read timeout, and connections beyond the cap are refused with a clear `503` at once
/// (rather than piling up until file descriptors run out).
pub async fn serve(listener: TcpListener, app: Router, limits: Limits) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    // Refusals in flight (each keeps its socket up to a second to be read): beyond these a
    // connection over the cap is dropped at once, so a flood cannot hold descriptors either.
    let refusals = Arc::new(Semaphore::new(256));
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(c) => c,
            Err(e) => {
                // Out of file descriptors or similar: back off instead of spinning.
                warn!(error = %e, "accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            if let Ok(refusing) = refusals.clone().try_acquire_owned() {
                tokio::spawn(async move {
                    refuse(stream).await;
                    drop(refusing);
                });
            }
            continue;
        };
        let app = app.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let inner = hyper_util::service::TowerToHyperService::new(app);
            let client = ClientAddr(peer.ip());
            let service = hyper::service::service_fn(
                move |mut req: hyper::Request<hyper::body::Incoming>| {
                    req.extensions_mut().insert(client);
                    hyper::service::Service::call(&inner, req)
                },
            );
            let stream = WriteTimeout { inner: stream, limit: limits.write_timeout, timer: None };
            let conn = http.serve_connection(TokioIo::new(stream), service).with_upgrades();
            if let Err(e) = conn.await {
                debug!(error = %e, "connection ended");
            }
        });
    }
}

/// A client's socket whose writes must make progress within `limit`: a client that stops
/// reading cannot keep its connection slot, and the response it holds, forever.
struct WriteTimeout {
    inner: TcpStream,
    limit: Duration,
    timer: Option<std::pin::Pin<Box<tokio::time::Sleep>>>,
}

impl WriteTimeout {
    /// Polls `op`; while it is pending, the write deadline runs (and ends it with `TimedOut`).
    fn deadline<T>(
        &mut self,
        cx: &mut std::task::Context<'_>,
        op: impl FnOnce(
            std::pin::Pin<&mut TcpStream>,
            &mut std::task::Context<'_>,
        ) -> std::task::Poll<std::io::Result<T>>,
    ) -> std::task::Poll<std::io::Result<T>> {
        use std::{future::Future, task::Poll};
        match op(std::pin::Pin::new(&mut self.inner), cx) {
            Poll::Ready(r) => {
                self.timer = None;
                Poll::Ready(r)
            }
            Poll::Pending => {
                let limit = self.limit;
                let timer = self.timer.get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
                match timer.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        self.timer = None;
                        Poll::Ready(Err(std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            "the client stopped reading",
                        )))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl tokio::io::AsyncRead for WriteTimeout {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for WriteTimeout {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        self.deadline(cx, |s, cx| s.poll_write(cx, buf))
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        self.deadline(cx, |s, cx| s.poll_flush(cx))
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The answer to a connection over the cap.
async fn refuse(mut stream: TcpStream) {
    let body = "too many connections: retry later\n";
    let response = format!(
        "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    // Answer, then read what the client sent until it closes (briefly), so that closing with
    // its request unread does not reset the connection before it reads the answer.
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(response.as_bytes()).await?;
        stream.shutdown().await?;
        let mut sink = [0u8; 1024];
        while stream.read(&mut sink).await? > 0 {}
        Ok::<_, std::io::Error>(())
    })
    .await;
}

/// Subscriptions (graphql-transport-ws and the legacy graphql-ws), at most `max_websockets`
/// at once; a socket that sends no `connection_init` within `ws_init_timeout` is closed with
/// `4408`, as graphql-ws servers do.
async fn websocket(
    State(s): State<AppState>,
    client: Option<axum::Extension<ClientAddr>>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> Response {
    let Ok(slot) = s.websockets.clone().try_acquire_owned() else {
        return (StatusCode::SERVICE_UNAVAILABLE, "too many WebSockets: retry later")
            .into_response();
    };
    // Frames as large as an HTTP body at most (tungstenite would take 64 MiB).
    let upgrade = upgrade.max_message_size(MAX_BODY).max_frame_size(MAX_BODY);
    upgrade.protocols(async_graphql::http::ALL_WEBSOCKET_PROTOCOLS).on_upgrade(
        move |socket| async move {
            let _slot = slot;
            let (mut sink, mut source) = socket.split();
            // The first data frame (pings and pongs do not count) must come within the wait.
            let deadline = tokio::time::Instant::now() + s.limits.ws_init_timeout;
            let first = loop {
                match tokio::time::timeout_at(deadline, source.next()).await {
                    Ok(Some(Ok(m @ (Message::Text(_) | Message::Binary(_))))) => break m,
                    Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => continue,
                    Ok(_) => return,
                    Err(_) => {
                        let close = CloseFrame {
                            code: 4408,
                            reason: "Connection initialisation timeout".into(),
                        };
                        let _ = sink.send(Message::Close(Some(close))).await;
                        return;
                    }
                }
            };
            let source = stream::once(async move { Ok(first) }).chain(source);
            let client = client.map(|c| c.0);
            let executor = SocketExecutor(s.schema.clone(), s.clone(), client, Arc::default());
            GraphQLWebSocket::new_with_pair(sink, source, executor, protocol).serve().await;
        },
    )
}

/// What runs the operations sent over a WebSocket: subscriptions as the schema streams them, and
/// queries (graphql-ws allows them there too) with the same row budget and timeout as over HTTP.
/// The last field counts the socket's live subscriptions.
#[derive(Clone)]
struct SocketExecutor(Schema, AppState, Option<ClientAddr>, Arc<AtomicUsize>);

/// Subscriptions one WebSocket may run at once (graphql-ws multiplexes them on one socket).
pub const MAX_SUBSCRIPTIONS_PER_SOCKET: usize = 32;

/// One live subscription of a socket, counted until its stream is dropped.
struct Live(Arc<AtomicUsize>);

impl Drop for Live {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn refused(msg: String) -> futures_util::stream::BoxStream<'static, async_graphql::Response> {
    let e = async_graphql::ServerError::new(msg, None);
    stream::once(async move { async_graphql::Response::from_errors(vec![e]) }).boxed()
}

impl async_graphql::Executor for SocketExecutor {
    async fn execute(&self, request: async_graphql::Request) -> async_graphql::Response {
        self.0.execute(request).await
    }

    fn execute_stream(
        &self,
        request: async_graphql::Request,
        session_data: Option<Arc<async_graphql::Data>>,
    ) -> futures_util::stream::BoxStream<'static, async_graphql::Response> {
        let op = request.operation_name.as_deref();
        if let Some(msg) = crate::schema::subscription_shape_error(&request.query, op) {
            return refused(msg);
        }
        if crate::schema::is_subscription(&request.query, op) {
            let live = self.3.fetch_add(1, Ordering::SeqCst);
            let guard = Live(self.3.clone());
            if live >= MAX_SUBSCRIPTIONS_PER_SOCKET {
                return refused(format!(
                    "at most {MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection: \
                     complete one first, or open another connection"
                ));
            }
            let rows = async_graphql::Executor::execute_stream(&self.0, request, session_data);
            return rows
                .map(move |r| {
                    let _live = &guard;
                    r
                })
                .boxed();
        }
        let (schema, state, client) = (self.0.clone(), self.1.clone(), self.2);
        stream::once(async move { run_query(&schema, request, &state, client).await }).boxed()
    }
}

async fn graphql(State(s): State<AppState>, req: Request) -> Response {
    let started = Instant::now();
    let client = req.extensions().get::<ClientAddr>().copied();
    // The body (at most MAX_BODY: 413 beyond it) must arrive within the body timeout.
    let body =
        match tokio::time::timeout(s.limits.body_timeout, Bytes::from_request(req, &())).await {
            Ok(Ok(body)) => body,
            Ok(Err(rejection)) => {
                s.metrics.observe(started.elapsed(), false);
                return rejection.into_response();
            }
            Err(_) => {
                s.metrics.observe(started.elapsed(), false);
                let msg = format!(
                    "the request body did not arrive within {} s",
                    s.limits.body_timeout.as_secs()
                );
                return (
                    StatusCode::REQUEST_TIMEOUT,
                    [(header::CONNECTION, "close")],
                    axum::Json(serde_json::json!({ "errors": [{ "message": msg }] })),
                )
                    .into_response();
            }
        };
    // The request is JSON: query, variables, operationName.
    let req = match serde_json::from_slice::<async_graphql::Request>(&body) {
        Ok(req) => req,
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
    let schema = if crate::schema::is_introspection(&req.query, req.operation_name.as_deref()) {
        &s.introspection
    } else {
        &s.schema
    };
    let resp = run_query(schema, req, &s, client).await;
    s.metrics.observe(started.elapsed(), resp.errors.is_empty());
    axum::Json(resp).into_response()
}

/// Runs a query or mutation with a fresh row budget, tallies and read session, answering an
/// error if it takes longer than [`QUERY_TIMEOUT`] (over HTTP and over a WebSocket alike). A
/// request that turns heavy stops, gives its connection back, waits for its lanes holding
/// nothing, and runs once more holding them in the background (the heavy pool, the background
/// runtime: threads that get only the CPU cheap queries leave), within the same deadline. The
/// answer's `extensions.cost` says what it cost: SQLite instructions (`ops`, both runs) against
/// the budget (`budget`).
async fn run_query(
    schema: &Schema,
    req: async_graphql::Request,
    state: &AppState,
    client: Option<ClientAddr>,
) -> async_graphql::Response {
    let deadline = Instant::now() + QUERY_TIMEOUT;
    let again = (req.query.clone(), req.operation_name.clone(), req.variables.clone());
    let session = Arc::new(Session::new(state.api.pool.clone(), deadline));
    let mut resp = execute(schema, req, &session, deadline).await;
    let mut ops = session.ops();
    let heavy = session.heavy();
    drop(session); // ends the meter: anything still running is interrupted
    if heavy {
        let waited =
            tokio::time::timeout_at(deadline.into(), state.lanes.wait(client.map(|c| c.0))).await;
        resp = match waited {
            Ok(slots) => {
                let (query, operation, variables) = again;
                let mut req = async_graphql::Request::new(query).variables(variables);
                if let Some(op) = operation {
                    req = req.operation_name(op);
                }
                let session =
                    Arc::new(Session::background(state.heavy_pool.clone(), deadline, slots));
                let (schema, s) = (schema.clone(), session.clone());
                let run =
                    background().spawn(async move { execute(&schema, req, &s, deadline).await });
                // If this request is dropped (its client left, its WebSocket closed), the
                // background run stops too, releasing its lanes and connection; and whatever
                // the background thread's share of the CPU, the answer comes by the deadline.
                let _abort = AbortOnDrop(run.abort_handle());
                let resp =
                    match tokio::time::timeout_at(deadline.into(), run).await {
                        Ok(Ok(resp)) => resp,
                        Ok(Err(e)) => async_graphql::Response::from_errors(vec![
                            async_graphql::ServerError::new(format!("query failed: {e}"), None),
                        ]),
                        Err(_) => async_graphql::Response::from_errors(vec![
                            async_graphql::ServerError::new(
                                format!("query timed out after {} s", QUERY_TIMEOUT.as_secs()),
                                None,
                            ),
                        ]),
                    };
                ops += session.ops();
                resp
            }
            Err(_) => {
                let mut e = async_graphql::ServerError::new(
                    format!(
                        "server busy: other expensive queries held the lanes (one per client, \
                         --heavy-lanes in all) for the whole {} s; retry later",
                        QUERY_TIMEOUT.as_secs()
                    ),
                    None,
                );
                e.extensions = Some({
                    let mut x = async_graphql::ErrorExtensionValues::default();
                    x.set("code", "BUSY");
                    x
                });
                async_graphql::Response::from_errors(vec![e])
            }
        };
    }
    let cost = async_graphql::Value::from_json(serde_json::json!({
        "ops": ops,
        "budget": crate::session::WORK_BUDGET_OPS,
    }))
    .unwrap_or_default();
    resp.extensions.insert("cost".into(), cost);
    resp
}

/// Aborts a background run when the request that waits for it is dropped.
struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// One run of a request in `session`, answered with an error at `deadline`.
async fn execute(
    schema: &Schema,
    req: async_graphql::Request,
    session: &Arc<Session>,
    deadline: Instant,
) -> async_graphql::Response {
    let req = req
        .data(RowBudget::new())
        .data(Tallies::default())
        .data(crate::schema::Rates::default())
        .data(session.clone());
    match tokio::time::timeout_at(deadline.into(), schema.execute(req)).await {
        Ok(resp) => resp,
        Err(_) => async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(
            format!("query timed out after {} s", QUERY_TIMEOUT.as_secs()),
            None,
        )]),
    }
}

async fn ready(State(s): State<AppState>) -> Response {
    let st = *s.api.status.borrow();
    let ready = !st.backfilling && !st.rebuilding && st.checkpoint.is_some();
    let body = serde_json::json!({
        "ready": ready,
        "backfilling": st.backfilling,
        "rebuilding": st.rebuilding,
        "checkpoint": st.checkpoint.map(|c| c.number),
        "head": st.head,
        "reorgs": st.reorgs,
    });
    let code = if !ready { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK };
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
        "# HELP alt_graphql_heavy_requests Requests past the heavy threshold running now (at most the heavy lanes).\n# TYPE alt_graphql_heavy_requests gauge\nalt_graphql_heavy_requests {}",
        s.lanes.heavy().in_use()
    );
    let _ = writeln!(
        out,
        "# HELP alt_indexer_rebuilding 1 while a reorg's blocks are replaced.\n# TYPE alt_indexer_rebuilding gauge\nalt_indexer_rebuilding {}",
        st.rebuilding as u8
    );
    let _ = writeln!(
        out,
        "# HELP alt_indexer_reorgs_total Reorgs undone by this process.\n# TYPE alt_indexer_reorgs_total counter\nalt_indexer_reorgs_total {}",
        st.reorgs
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
