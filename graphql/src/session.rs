//! A request's reads: one connection, one snapshot, metered by the work SQLite really does.
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
//! is *heavy* and goes on only while it holds a slot of its client's lane (one heavy request
//! per client address at a time) and of the shared heavy lane (one at a time by default). If
//! they are taken, it stops (`busy`), gives its connection back, waits for them holding
//! nothing, and runs again holding them (`server::run_query`): all expensive queries together
//! use at most one core and one connection, waiting costs nothing, and cheap queries never wait
//! for a lane. Past [`WORK_BUDGET_OPS`] the statement
//! is interrupted and the field fails with an error that says so. When the request ends (an
//! answer, a timeout, a dropped client), the running statement is interrupted at the next tick.

use sqlx::{Sqlite, SqliteConnection, SqlitePool, Transaction, pool::PoolConnection};
use std::{
    collections::HashMap,
    net::IpAddr,
    ops::{Deref, DerefMut},
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
/// The error a read refused for the budget fails with.
const BUDGET: &str = "the work budget ran out";

/// Whether `e` is a read stopped by the meter: refused for the budget, or a statement
/// interrupted by the progress handler (SQLITE_INTERRUPT), for the budget or because the request
/// ended.
pub fn interrupted(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Protocol(m) => m == BUDGET,
        sqlx::Error::Database(d) => d.code().as_deref() == Some("9"),
        _ => false,
    }
}

/// Client addresses whose lanes are kept before idle ones are forgotten.
const MAX_CLIENTS: usize = 4096;

/// Slots for heavy sessions: a counting semaphore. The progress handler only ever *tries* a
/// slot (it runs on SQLite's thread, holding the request's pooled connection: waiting there
/// would hold the connection, and eight such waiters would starve every cheap query of one,
/// as the attacker review showed); a request that found its lanes full waits for them
/// asynchronously, holding nothing, and runs again (`Lanes::wait`).
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

    /// A slot if one is free now.
    fn try_acquire(&self) -> Option<OwnedSemaphorePermit> {
        self.slots.clone().try_acquire_owned().ok()
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
    /// It turned heavy while every slot of its lanes was taken.
    busy: AtomicBool,
    /// Past this, interrupt whatever runs (a request whose future is no longer polled, e.g.
    /// over a WebSocket whose client stopped reading, is not timed out by its caller).
    deadline: Option<Instant>,
    /// Lane slots held (taken when it turned heavy, or before it started), released when the
    /// session ends (under this lock, so a slot taken by the handler after the end is released
    /// at once instead of leaking).
    held: Mutex<Vec<OwnedSemaphorePermit>>,
}

impl Meter {
    /// One tick of the progress handler: `false` interrupts the statement.
    fn tick(&self, lanes: &Lanes, client: Option<IpAddr>) -> bool {
        if self.ended.load(Ordering::Relaxed) || self.deadline.is_some_and(|d| Instant::now() > d) {
            return false;
        }
        self.charge(TICK_OPS, lanes, client)
    }

    /// Adds `ops`; past [`HEAVY_OPS`] the first time, takes a slot of the client's lane and of
    /// the heavy lane, or refuses at once (`busy`) when either is full; past
    /// [`WORK_BUDGET_OPS`], refuses.
    fn charge(&self, ops: u64, lanes: &Lanes, client: Option<IpAddr>) -> bool {
        // Refused once, refused for good: its other fields must not go on heavy without a lane.
        if self.busy.load(Ordering::Relaxed) {
            return false;
        }
        let before = self.ops.fetch_add(ops, Ordering::Relaxed);
        let after = before + ops;
        if after > WORK_BUDGET_OPS {
            return false;
        }
        if before <= HEAVY_OPS && after > HEAVY_OPS {
            let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
            if self.ended.load(Ordering::Relaxed) {
                return false;
            }
            if held.is_empty() {
                let mut got = Vec::new();
                for lane in lanes.wanted(client) {
                    match lane.try_acquire() {
                        Some(slot) => got.push(slot),
                        None => {
                            self.busy.store(true, Ordering::Relaxed);
                            return false; // `got` is dropped: its slots are free again
                        }
                    }
                }
                *held = got;
            }
        }
        true
    }

    fn end(&self) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        self.ended.store(true, Ordering::Relaxed);
        held.clear();
    }
}

/// One request's reads (see the module documentation).
#[derive(Debug)]
pub struct Session {
    pool: SqlitePool,
    lanes: Arc<Lanes>,
    client: Option<IpAddr>,
    tx: tokio::sync::Mutex<Option<Transaction<'static, Sqlite>>>,
    meter: Arc<Meter>,
}

impl Session {
    /// A session on `pool` for a request from `client`.
    pub fn new(pool: SqlitePool, lanes: Arc<Lanes>, client: Option<IpAddr>) -> Self {
        Self { pool, lanes, client, tx: Default::default(), meter: Arc::default() }
    }

    /// The same, interrupting whatever still runs at `deadline`, and holding `slots` (lanes
    /// it waited for) from the start.
    pub fn until(
        pool: SqlitePool,
        lanes: Arc<Lanes>,
        client: Option<IpAddr>,
        deadline: Instant,
        slots: Vec<OwnedSemaphorePermit>,
    ) -> Self {
        let meter = Meter { deadline: Some(deadline), held: Mutex::new(slots), ..Meter::default() };
        Self { pool, lanes, client, tx: Default::default(), meter: Arc::new(meter) }
    }

    /// Whether it was refused because its lanes were full (wait for them, then run it again).
    pub fn busy(&self) -> bool {
        self.meter.busy.load(Ordering::Relaxed)
    }

    /// The session's connection, opened (with its snapshot and meter) on first use. Resolvers
    /// of one request take turns on it.
    pub async fn conn(&self) -> Result<Reader<'_>, sqlx::Error> {
        if !self.meter.charge(READ_OPS, &self.lanes, self.client) {
            return Err(sqlx::Error::Protocol(BUDGET.into()));
        }
        let mut tx = self.tx.lock().await;
        if tx.is_none() {
            let mut t = self.pool.begin().await?;
            let (meter, lanes, client) = (self.meter.clone(), self.lanes.clone(), self.client);
            t.lock_handle()
                .await?
                .set_progress_handler(TICK_OPS as i32, move || meter.tick(&lanes, client));
            *tx = Some(t);
        }
        Ok(Reader::Session(tx))
    }

    /// SQLite instructions executed so far.
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
/// one of the pool's.
pub enum Reader<'a> {
    /// The request's.
    Session(tokio::sync::MutexGuard<'a, Option<Transaction<'static, Sqlite>>>),
    /// Borrowed from the pool for this read.
    Pool(PoolConnection<Sqlite>),
}

impl Reader<'_> {
    /// A connection of `pool`.
    pub async fn pooled(pool: &SqlitePool) -> Result<Self, sqlx::Error> {
        let mut conn = pool.acquire().await?;
        // Without the meter of the last session that used it (which ended: it would interrupt).
        conn.lock_handle().await?.remove_progress_handler();
        Ok(Self::Pool(conn))
    }
}

impl Deref for Reader<'_> {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        match self {
            Self::Session(tx) => tx.as_ref().expect("opened in Session::conn"),
            Self::Pool(c) => c,
        }
    }
}

impl DerefMut for Reader<'_> {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        match self {
            Self::Session(tx) => tx.as_mut().expect("opened in Session::conn"),
            Self::Pool(c) => c,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{HEAVY_OPS, Lanes, Meter, WORK_BUDGET_OPS};
    use std::sync::{Arc, atomic::Ordering};

    #[test]
    fn heavy_sessions_take_turns_and_release_their_slots() {
        let lanes = Arc::new(Lanes::new(1));
        let ip = Some("10.0.0.1".parse().expect("ip"));
        let a = Meter::default();
        a.ops.store(HEAVY_OPS, Ordering::Relaxed);
        assert!(a.tick(&lanes, ip), "the first heavy session gets the lane");
        assert_eq!(lanes.heavy().in_use(), 1);
        // A second one, from another client, is refused at once (busy), holding nothing.
        let b = Meter::default();
        b.ops.store(HEAVY_OPS, Ordering::Relaxed);
        assert!(!b.tick(&lanes, Some("10.0.0.2".parse().expect("ip"))), "busy");
        assert!(b.busy.load(Ordering::Relaxed));
        assert!(!b.tick(&lanes, None), "and stays refused: no more heavy work without a lane");
        b.end();
        assert_eq!(lanes.heavy().in_use(), 1, "the refused one took no slot");
        a.end();
        assert_eq!(lanes.heavy().in_use(), 0, "every slot released");
        let e = Meter::default();
        e.ops.store(HEAVY_OPS, Ordering::Relaxed);
        assert!(e.tick(&lanes, ip), "the lane is free again");
        e.end();
        // Past its deadline, a session is interrupted however little it did.
        let late = Meter {
            deadline: Some(std::time::Instant::now() - std::time::Duration::from_millis(1)),
            ..Meter::default()
        };
        assert!(!late.tick(&lanes, None));
        // A session that ends while it waits gives up (and holds nothing).
        let c = Meter::default();
        c.end();
        assert!(!c.tick(&lanes, ip));
        // The budget interrupts.
        let d = Meter::default();
        d.ops.store(WORK_BUDGET_OPS, Ordering::Relaxed);
        assert!(!d.tick(&lanes, None));
    }
}
