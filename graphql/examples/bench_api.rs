//! API latency benchmark: indexes 100,000 synthetic Staked events (7 operators, 1,000 stakers)
//! into a fresh SQLite file through the indexer's own write path, serves it with the real
//! router over real HTTP, and fires a filtered, ordered 50-row page at a fixed rate (open loop:
//! requests are sent on schedule whether or not earlier ones have returned), then reports the
//! latency percentiles seen by the client.
//!
//!     cargo run --release -p alt-graphql --example bench_api -- [requests-per-second] [seconds]

use alloy::{
    primitives::{Address, B256, Log as PrimLog, U256},
    rpc::types::Log,
    sol_types::SolEvent,
};
use alt_bindings::staking::Staking;
use alt_graphql::{schema::Api, server};
use alt_indexer::{
    config::Contracts,
    model::{BlockRef, rows_for},
    store::{BlockRow, Store},
    sync::SyncStatus,
};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use std::{
    str::FromStr,
    time::{Duration, Instant},
};

const EVENTS: u64 = 100_000;

async fn seed(store: &Store) -> eyre::Result<BlockRef> {
    let staking = Address::repeat_byte(0x11);
    let contracts = Contracts {
        chain_id: 31337,
        start_block: 1,
        token: Address::repeat_byte(0x01),
        staking,
        slasher: Address::repeat_byte(0x02),
        fee_distributor: Address::repeat_byte(0x03),
        timelock: Address::repeat_byte(0x04),
        governor: Address::repeat_byte(0x05),
        rollup_manager: Address::repeat_byte(0x06),
    };
    let mut rows = Vec::new();
    let mut last = BlockRef { number: 0, hash: B256::ZERO };
    for chunk in (0..EVENTS).collect::<Vec<_>>().chunks(5_000) {
        rows.clear();
        for &i in chunk {
            let ev = Staking::Staked {
                staker: Address::from_word(B256::from(U256::from(i % 1000))),
                operator: Address::from_word(B256::from(U256::from(1 + i % 7))),
                amount: U256::from(i) * U256::from(10u64.pow(18)),
                shares: U256::from(i),
                stakerShares: U256::from(i * 2),
                poolTokens: U256::from(i * 3),
                poolShares: U256::from(i * 3),
            };
            let log = Log {
                inner: PrimLog { address: staking, data: ev.encode_log_data() },
                block_number: Some(1 + i / 50),
                log_index: Some(i % 50),
                transaction_hash: Some(B256::from(U256::from(i))),
                ..Default::default()
            };
            rows_for(&log, &contracts, &mut rows)?;
        }
        let n = 1 + chunk[chunk.len() - 1] / 50;
        let hash = B256::from(U256::from(n));
        store
            .apply(
                &[BlockRow { number: n, hash, parent_hash: B256::ZERO, timestamp: n }],
                &rows,
                BlockRef { number: n, hash },
            )
            .await?;
        last = BlockRef { number: n, hash };
    }
    Ok(last)
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let mut args = std::env::args().skip(1);
    let rate: u64 = args.next().map_or(Ok(1000), |a| a.parse())?;
    let seconds: u64 = args.next().map_or(Ok(10), |a| a.parse())?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.db");
    let (store, _) = Store::open(&path, "bench").await?;
    let head = seed(&store).await?;
    let read =
        SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?.read_only(true);
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(read).await?;
    let (_tx, status) = tokio::sync::watch::channel(SyncStatus {
        head: head.number,
        checkpoint: Some(head),
        backfilling: false,
        events: EVENTS,
        ..Default::default()
    });
    let limits = server::Limits::default();
    let app = server::router(Api { pool, status, chain_id: 31337 }, limits)?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/graphql", listener.local_addr()?);
    tokio::spawn(server::serve(listener, app, limits));

    let operator = Address::from_word(B256::from(U256::from(3)));
    let query = serde_json::json!({ "query": format!(
        "{{ delegationChanges(where: {{operator: \"{operator}\", kind: \"stake\", amount_gte: \"1000000000000000000000\"}}, first: 50, orderBy: blockNumber, orderDirection: desc) {{ staker operator kind amount shares blockNumber logIndex }} }}"
    ) });
    let client = reqwest::Client::new();
    // Check the answer once, and warm up.
    let body: serde_json::Value = client.post(&url).json(&query).send().await?.json().await?;
    let rows = body["data"]["delegationChanges"].as_array().map_or(0, Vec::len);
    eyre::ensure!(rows == 50, "expected a 50-row page, got {body}");
    for _ in 0..200 {
        client.post(&url).json(&query).send().await?.bytes().await?;
    }

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / rate));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let started = Instant::now();
    let total = rate * seconds;
    for _ in 0..total {
        tick.tick().await;
        let (client, url, query, tx) = (client.clone(), url.clone(), query.clone(), tx.clone());
        tokio::spawn(async move {
            let t = Instant::now();
            let ok = match client.post(&url).json(&query).send().await {
                Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                Err(_) => false,
            };
            let _ = tx.send((t.elapsed(), ok));
        });
    }
    drop(tx);
    let mut lat = Vec::with_capacity(total as usize);
    let mut failed = 0;
    while let Some((d, ok)) = rx.recv().await {
        lat.push(d);
        failed += usize::from(!ok);
    }
    let wall = started.elapsed().as_secs_f64();
    lat.sort();
    let pct =
        |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)].as_secs_f64() * 1e3;
    println!(
        "filtered 50-row page over {EVENTS} indexed events: {} requests at {rate}/s offered ({:.0}/s achieved), {failed} failed; p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        lat.len(),
        lat.len() as f64 / wall,
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(1.0),
    );
    Ok(())
}
