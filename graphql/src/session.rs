//! A request's reads: one connection, one snapshot, metered by the work the database really
//! does.
//!
//! Every query or mutation over HTTP or a WebSocket gets a [`Session`]: its resolvers share one
//! pooled connection inside one read transaction, so the whole answer comes from one snapshot
//! of the index (a reorg's replacement committing midway changes nothing it reads), and one
//! request holds one connection of the pool however many fields it aliases.
//!
//! SQLite's progress handler counts the virtual-machine instructions the session's statements
//! execute: filters that scan, `totalCount`, and the replays behind derived fields
//! (`claimableRewards`, `rewardsClaimable`, `operatorEarnings`, tallies, `value`) are charged
//! what they really cost, whatever the number of rows they return. Past [`HEAVY_OPS`] a session
//! is *heavy*: it stops (`heavy`), gives its connection back, waits for a slot of its client's
//! lane (one heavy request per client address at a time) and of the shared heavy lane (one at a
//! time by default) holding nothing, and runs again holding them *in the background*
//! (`server::run_query`): on the heavy pool's own connections and the background thread, whose
//! threads the kernel runs only when nothing else wants the CPU ([`demote_this_thread`]).
//! Expensive queries together use at most the heavy lanes' connections and whatever CPU cheap
//! queries leave; waiting costs nothing; cheap queries never wait for a lane nor for a core
//! behind a replay. Past [`WORK_BUDGET_OPS`] the statement is interrupted and the field fails
//! with an error that says so. When the request ends (an answer, a timeout, a dropped client),
//! the running statement is interrupted at the next tick.
//!
//! On PostgreSQL the work happens in the server, out of the progress handler's sight: the
//! session is a `REPEATABLE READ READ ONLY` transaction (one snapshot), each read is charged its
//! wall time ([`PG_OPS_PER_US`] per microsecond, on top of [`READ_OPS`]), the same thresholds make
//! it heavy or out of budget, and the server's `statement_timeout` stops a statement that runs
//! too long: a first run's at what makes it heavy, a background run's at what is left of its
//! budget or until its deadline, whichever comes first (set again before each of its reads).

use alt_indexer::db::{Conn, Pool, Pooled, Tx};
use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Instant,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// SQLite instructions between two calls of the progress handler.
pub const TICK_OPS: u64 = 1_000;
/// Instructions after which a request is heavy and needs the lanes (the filtered 50-row page
/// of `make bench-api` takes about 20k; see graphql/README.md).
pub const HEAVY_OPS: u64 = 2_000_000;
/// Instructions one request may execute in all.
pub const WORK_BUDGET_OPS: u64 = 100_000_000;
/// What each read a resolver makes costs on top of the instructions it executes: its round
/// trip to SQLite's thread, preparing and stepping its statements (a derived field's replay is
/// a few reads per row, so 20,000 of them cost what their instructions alone would not show).
pub const READ_OPS: u64 = 20_000;
/// What a microsecond of a PostgreSQL read costs: about the filtered 50-row page's SQLite
/// instructions (20k) for the page's ~1 ms there, so [`HEAVY_OPS`] is 80 ms of the server's
/// time and [`WORK_BUDGET_OPS`] 4 s: the budget binds before the request's 5 s timeout, the
/// time spent before its background run included. (At 20, the budget was the timeout's whole
/// 5 s and the two raced: on a slower server a hostile request timed out instead of being
/// refused for its cost.)
pub const PG_OPS_PER_US: u64 = 25;
/// Past this, a request on PostgreSQL is heavy: 250 ms of the server's time. (Wall time swells
/// while the server's cores are busy, as with a heavy request running: at [`HEAVY_OPS`], 80 ms,
/// cheap pages turned heavy then, and queued for the lanes behind the very requests they were
/// to be isolated from.)
pub const PG_HEAVY_OPS: u64 = 250_000 * PG_OPS_PER_US;
/// The longest a first run's statement runs on PostgreSQL (what [`PG_HEAVY_OPS`] is worth):
/// cancelled then, it has charged its time, is heavy, and runs again in the background.
pub const PG_FIRST_RUN_MS: u64 = PG_HEAVY_OPS / PG_OPS_PER_US / 1_000;
/// The error a read refused for the budget fails with.
const BUDGET: &str = "the work budget ran out";

/// Whether `e` is a read stopped by the meter: refused for the budget, or a statement
/// interrupted by the progress handler (SQLITE_INTERRUPT), for the budget or because the request
/// ended, or cancelled by PostgreSQL's `statement_timeout` (SQLSTATE 57014).
pub fn interrupted(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Protocol(m) => m == BUDGET,
        sqlx::Error::Database(d) => matches!(d.code().as_deref(), Some("9" | "57014")),
        _ => false,
    }
}

/// Lowers the calling thread to the kernel's idle scheduling class (Linux `SCHED_IDLE`: it
/// runs only on a core nothing else wants), once per thread; where the kernel refuses, the
/// lowest niceness (per thread on Linux); on other systems, nothing. For the threads that only ever run heavy requests (the
/// background runtime's, the heavy pool's SQLite workers): a thread cannot be raised again
/// without privileges, so threads that serve cheap queries are never demoted.
pub fn demote_this_thread() {
    thread_local! {
        static DEMOTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DEMOTED.with(|d| d.replace(true)) {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: plain syscalls on the calling thread (pid 0), with a valid parameter.
        unsafe {
            if libc::sched_setscheduler(0, libc::SCHED_IDLE, &param) != 0 {
                libc::setpriority(libc::PRIO_PROCESS, 0, 19);
            }
        }
    }
}

/// Whether the calling thread runs in the idle scheduling class (see [`demote_this_thread`]).
#[cfg(target_os = "linux")]
pub fn demoted() -> bool {
    // SAFETY: a plain syscall on the calling thread.
    unsafe { libc::sched_getscheduler(0) == libc::SCHED_IDLE }
}

/// Client addresses whose lanes are kept before idle ones are forgotten.
const MAX_CLIENTS: usize = 4096;

/// Slots for heavy sessions: a counting semaphore. The progress handler never waits for one (it
/// runs on SQLite's thread, holding the request's pooled connection: waiting there would hold
/// the connection, and eight such waiters would starve every cheap query of one, as the
/// attacker review showed); a request that turned heavy waits for its slots asynchronously,
/// holding nothing, and runs again holding them (`Lanes::wait`).
#[derive(Debug)]
pub struct Lane {
    slots: Arc<Semaphore>,
    cap: usize,
}

impl Lane {
    /// A lane of `cap` slots.
    pub fn new(cap: usize) -> Self {
        let cap = cap.max(1);
        Self { slots: Arc::new(Semaphore::new(cap)), cap }
    }

    /// Slots in use.
    pub fn in_use(&self) -> usize {
        self.cap - self.slots.available_permits()
    }
}

/// The heavy lane and every client's own.
#[derive(Debug)]
pub struct Lanes {
    heavy: Arc<Lane>,
    clients: Mutex<HashMap<IpAddr, Arc<Lane>>>,
}

impl Lanes {
    /// `heavy` heavy sessions at once in all, one per client.
    pub fn new(heavy: usize) -> Self {
        Self { heavy: Arc::new(Lane::new(heavy)), clients: Mutex::default() }
    }

    /// The shared heavy lane.
    pub fn heavy(&self) -> &Lane {
        &self.heavy
    }

    fn client(&self, ip: IpAddr) -> Arc<Lane> {
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        if clients.len() >= MAX_CLIENTS {
            clients.retain(|_, lane| lane.in_use() > 0 || Arc::strong_count(lane) > 1);
        }
        clients.entry(ip).or_insert_with(|| Arc::new(Lane::new(1))).clone()
    }

    /// The lanes a heavy request from `client` needs, in the order they are taken (its own,
    /// then the shared one: one order for everyone, so waiters cannot deadlock).
    fn wanted(&self, client: Option<IpAddr>) -> Vec<Arc<Lane>> {
        let mut wanted: Vec<Arc<Lane>> = client.map(|ip| self.client(ip)).into_iter().collect();
        wanted.push(self.heavy.clone());
        wanted
    }

    /// Waits (first come, first served) until `client` holds a slot of each of its lanes;
    /// costs no connection and no CPU while it waits.
    pub async fn wait(&self, client: Option<IpAddr>) -> Vec<OwnedSemaphorePermit> {
        let mut held = Vec::new();
        for lane in self.wanted(client) {
            if let Ok(p) = lane.slots.clone().acquire_owned().await {
                held.push(p);
            }
        }
        held
    }
}

/// What the progress handler and the session share.
#[derive(Debug, Default)]
struct Meter {
    ops: AtomicU64,
    /// The request ended: interrupt whatever still runs.
    ended: AtomicBool,
    /// It turned heavy without lanes: it must run again in the background, holding them.
    heavy: AtomicBool,
    /// Past this, interrupt whatever runs (a request whose future is no longer polled, e.g.
    /// over a WebSocket whose client stopped reading, is not timed out by its caller).
    deadline: Option<Instant>,
    /// Lane slots held (waited for before it started: a background run), released when the
    /// session ends.
    held: Mutex<Vec<OwnedSemaphorePermit>>,
    /// A background run: its statements run on demoted threads.
    background: bool,
    /// Past this a first run is heavy ([`HEAVY_OPS`]; [`PG_HEAVY_OPS`] on PostgreSQL).
    heavy_ops: u64,
}

impl Meter {
    /// One tick of the progress handler: `false` interrupts the statement.
    fn tick(&self) -> bool {
        if self.ended.load(Ordering::Relaxed) || self.deadline.is_some_and(|d| Instant::now() > d) {
            return false;
        }
        if self.background {
            demote_this_thread();
        }
        self.charge(TICK_OPS)
    }

    /// Adds `ops`; past [`HEAVY_OPS`], refuses (`heavy`) unless it runs in the background
    /// holding its lanes; past [`WORK_BUDGET_OPS`], refuses.
    fn charge(&self, ops: u64) -> bool {
        // Refused once, refused for good: its other fields must not go on heavy without a lane.
        if self.heavy.load(Ordering::Relaxed) {
            return false;
        }
        let after = self.ops.fetch_add(ops, Ordering::Relaxed) + ops;
        if after > WORK_BUDGET_OPS {
            return false;
        }
        if after > self.heavy_ops.max(HEAVY_OPS) && !self.background {
            self.heavy.store(true, Ordering::Relaxed);
            return false;
        }
        true
    }

    fn end(&self) {
        self.ended.store(true, Ordering::Relaxed);
        self.held.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// One request's reads (see the module documentation).
#[derive(Debug)]
pub struct Session {
    pool: Pool,
    tx: tokio::sync::Mutex<Option<Tx>>,
    meter: Arc<Meter>,
}

impl Session {
    /// A first run on `pool`, interrupting whatever still runs at `deadline`; it stops as
    /// [`Session::heavy`] past [`HEAVY_OPS`].
    pub fn new(pool: Pool, deadline: Instant) -> Self {
        let heavy_ops = match pool.backend() {
            alt_indexer::db::Backend::Postgres => PG_HEAVY_OPS,
            _ => HEAVY_OPS,
        };
        let meter = Meter { deadline: Some(deadline), heavy_ops, ..Meter::default() };
        Self { pool, tx: Default::default(), meter: Arc::new(meter) }
    }

    /// A background run on `pool` (the heavy pool) holding `slots` of its lanes, which it may
    /// spend up to [`WORK_BUDGET_OPS`] on; its statements run on demoted threads.
    pub fn background(pool: Pool, deadline: Instant, slots: Vec<OwnedSemaphorePermit>) -> Self {
        let meter = Meter {
            deadline: Some(deadline),
            held: Mutex::new(slots),
            background: true,
            ..Meter::default()
        };
        Self { pool, tx: Default::default(), meter: Arc::new(meter) }
    }

    /// Whether it stopped because it turned heavy (wait for the lanes, then run it again in
    /// the background).
    pub fn heavy(&self) -> bool {
        self.meter.heavy.load(Ordering::Relaxed)
    }

    /// The session's connection, opened (with its snapshot and meter) on first use. Resolvers
    /// of one request take turns on it.
    pub async fn conn(&self) -> Result<Reader<'_>, sqlx::Error> {
        if !self.meter.charge(READ_OPS) {
            return Err(sqlx::Error::Protocol(BUDGET.into()));
        }
        let mut tx = self.tx.lock().await;
        if tx.is_none() {
            *tx = Some(match &self.pool {
                Pool::Sqlite(p) => {
                    let mut t = p.begin().await?;
                    let meter = self.meter.clone();
                    t.lock_handle()
                        .await?
                        .set_progress_handler(TICK_OPS as i32, move || meter.tick());
                    Tx::Sqlite(t)
                }
                Pool::Postgres(p) => {
                    let mut t =
                        p.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?;
                    // A first run's statement may take what makes it heavy, no more (then
                    // it runs again in the background, holding the lanes); a background
                    // run's, the time left until the deadline.
                    let mut left = self.meter.deadline.map_or(5_000, |d| {
                        d.saturating_duration_since(Instant::now()).as_millis().max(1)
                    });
                    if !self.meter.background {
                        left = left.min(u128::from(PG_FIRST_RUN_MS));
                    }
                    // A number we format, never input.
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "SET LOCAL statement_timeout = {left}"
                    )))
                    .execute(&mut *t)
                    .await?;
                    Tx::Postgres(t)
                }
            });
        }
        // A background run's statements stop when its budget would run out (not only at the
        // deadline), so it is refused for its cost before it times out.
        if self.meter.background
            && let Some(Tx::Postgres(t)) = tx.as_mut()
        {
            let budget_ms = WORK_BUDGET_OPS.saturating_sub(self.ops()) / PG_OPS_PER_US / 1_000;
            let deadline_ms = self
                .meter
                .deadline
                .map_or(5_000, |d| d.saturating_duration_since(Instant::now()).as_millis() as u64);
            let left = budget_ms.min(deadline_ms).max(1);
            // A number we format, never input.
            sqlx::query(sqlx::AssertSqlSafe(format!("SET LOCAL statement_timeout = {left}")))
                .execute(&mut **t)
                .await?;
        }
        let timed = (self.pool.backend() == alt_indexer::db::Backend::Postgres)
            .then(|| (self.meter.clone(), Instant::now()));
        Ok(Reader { inner: Inner::Session(tx), timed })
    }

    /// Work done so far (SQLite instructions, or their equivalent on PostgreSQL).
    pub fn ops(&self) -> u64 {
        self.meter.ops.load(Ordering::Relaxed)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.meter.end();
    }
}

/// A connection to read with: the request's session, or (for subscriptions, which have none)
/// one of the pool's. Queries run on it through `Conn::from(&mut reader)`.
pub struct Reader<'a> {
    inner: Inner<'a>,
    /// A PostgreSQL session's meter and when this read began: charged its time when dropped.
    timed: Option<(Arc<Meter>, Instant)>,
}

enum Inner<'a> {
    /// The request's.
    Session(tokio::sync::MutexGuard<'a, Option<Tx>>),
    /// Borrowed from the pool for this read.
    Pool(Pooled),
}

impl Reader<'_> {
    /// A connection of `pool`.
    pub async fn pooled(pool: &Pool) -> Result<Self, sqlx::Error> {
        let mut conn = pool.acquire().await?;
        if let Pooled::Sqlite(c) = &mut conn {
            // Without the meter of the last session that used it (which ended: it would
            // interrupt).
            c.lock_handle().await?.remove_progress_handler();
        }
        Ok(Self { inner: Inner::Pool(conn), timed: None })
    }
}

impl<'a> From<&'a mut Reader<'_>> for Conn<'a> {
    fn from(r: &'a mut Reader<'_>) -> Self {
        match &mut r.inner {
            Inner::Session(tx) => Conn::from(tx.as_mut().expect("opened in Session::conn")),
            Inner::Pool(c) => Conn::from(c),
        }
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Some((meter, began)) = self.timed.take() {
            let us = u64::try_from(began.elapsed().as_micros()).unwrap_or(u64::MAX);
            meter.charge(us.saturating_mul(PG_OPS_PER_US));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{HEAVY_OPS, Meter, WORK_BUDGET_OPS};
    use std::sync::atomic::Ordering;

    #[test]
    fn a_first_run_stops_when_heavy_and_a_background_one_goes_on_to_the_budget() {
        let first = Meter::default();
        first.ops.store(HEAVY_OPS - super::TICK_OPS, Ordering::Relaxed);
        assert!(first.tick(), "up to the threshold it runs");
        assert!(!first.tick(), "past it, it stops");
        assert!(first.heavy.load(Ordering::Relaxed), "to run again in the background");
        first.ops.store(0, Ordering::Relaxed);
        assert!(!first.charge(1), "and stays stopped: its other fields must not go on");
        // In the background it goes on past the threshold, in the idle class, up to the budget.
        std::thread::spawn(|| {
            let bg = Meter { background: true, ..Meter::default() };
            bg.ops.store(HEAVY_OPS, Ordering::Relaxed);
            assert!(bg.tick());
            #[cfg(target_os = "linux")]
            assert!(super::demoted(), "its thread was demoted");
            bg.ops.store(WORK_BUDGET_OPS, Ordering::Relaxed);
            assert!(!bg.tick(), "the budget interrupts");
            assert!(!bg.heavy.load(Ordering::Relaxed));
        })
        .join()
        .expect("background meter");
        #[cfg(target_os = "linux")]
        assert!(!super::demoted(), "only the thread that ran it");
        // Past its deadline, a session is interrupted however little it did.
        let late = Meter {
            deadline: Some(std::time::Instant::now() - std::time::Duration::from_millis(1)),
            ..Meter::default()
        };
        assert!(!late.tick());
        // A session that ended is interrupted.
        let ended = Meter::default();
        ended.end();
        assert!(!ended.tick());
    }
}
