//! API latency benchmark: indexes 100,000 synthetic Staked events (7 operators, 1,000 stakers)
//! and 100 fee epochs (each rewarding every operator) into a fresh SQLite file through the
//! indexer's own write path, serves it with the real router over real HTTP, and fires a
//! filtered, ordered 50-row page at a fixed rate (open loop: requests are sent on schedule
//! whether or not earlier ones have returned), then reports the latency percentiles seen by
//! the client (after 2,000 requests one at a time: the machine's floor). Meanwhile `hostile`
//! clients (default 4), each from its own loopback address, send the most expensive queries the limits allow, back to back: 20 aliases of
//! `delegations(first: 1000) { claimableRewards }` (20,000 reward replays) and 20 aliases of a
//! `totalCount` over a filter that scans every stake.
//!
//! With `postgres` the index is a fresh PostgreSQL database (on the server `ALT_TEST_PG` names,
//! default postgres://root@127.0.0.1:5432, dropped afterwards) and `replicas` API replicas
//! (routers with their own read pools, as `alt-graphql --no-index` runs) share the load, request
//! by request (issue 15: the page at 1,000/s over two replicas).
//!
//!     cargo run --release -p alt-graphql --example bench_api -- [requests-per-second] [seconds] [hostile] [sqlite|postgres] [replicas]

use alloy::{
    primitives::{Address, B256, Log as PrimLog, U256},
    rpc::types::Log,
    sol_types::SolEvent,
};
use alt_bindings::{fee_distributor::FeeDistributor, staking::Staking};
use alt_graphql::{schema::Api, server};
use alt_indexer::{
    config::Contracts,
    db::Backend,
    model::{BlockRef, rows_for},
    scratch::Scratch,
    store::{BlockRow, Store},
    sync::SyncStatus,
};
use std::time::{Duration, Instant};

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
    let fees = contracts.fee_distributor;
    for (epoch, chunk) in (0..EVENTS).collect::<Vec<_>>().chunks(1_000).enumerate() {
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
        // The epoch ends in the chunk's last block: every operator rewarded, then the close.
        let log = |data, index| Log {
            inner: PrimLog { address: fees, data },
            block_number: Some(n),
            log_index: Some(index),
            transaction_hash: Some(B256::from(U256::from(EVENTS + n))),
            ..Default::default()
        };
        let e = epoch as u32;
        for op in 1..=7u64 {
            let ev = FeeDistributor::OperatorRewarded {
                epoch: e,
                operator: Address::from_word(B256::from(U256::from(op))),
                amount: U256::from(10u64.pow(18)),
                commission: U256::from(10u64.pow(17)),
                delegatorRewards: U256::from(9 * 10u64.pow(17)),
                accRewardPerShare: U256::from(epoch as u64 + 1) * U256::from(10u64.pow(30)),
                eligibleShares: U256::from(10u64.pow(24)),
            };
            rows_for(&log(ev.encode_log_data(), 50 + op), &contracts, &mut rows)?;
        }
        let close = FeeDistributor::EpochClosed {
            epoch: e,
            fees: U256::from(7 * 10u64.pow(18)),
            distributed: U256::from(7 * 10u64.pow(18)),
            carried: U256::ZERO,
            nextEpochStart: n + 1,
        };
        rows_for(&log(close.encode_log_data(), 60), &contracts, &mut rows)?;
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
    // As a backfill ends (on PostgreSQL it also gathers the planner's statistics).
    store.build_secondary_indexes().await?;
    Ok(last)
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let mut args = std::env::args().skip(1);
    let rate: u64 = args.next().map_or(Ok(1000), |a| a.parse())?;
    let seconds: u64 = args.next().map_or(Ok(10), |a| a.parse())?;
    let hostile: u8 = args.next().map_or(Ok(4), |a| a.parse())?;
    let backend = args
        .next()
        .map_or(Ok(Backend::Sqlite), |a| a.parse())
        .map_err(|e: String| eyre::eyre!(e))?;
    let replicas: usize = args.next().map_or(Ok(1), |a| a.parse())?;
    let scratch = Scratch::new(backend).await?;
    let (store, _) = Store::open(scratch.location(), "bench").await?;
    let head = seed(&store).await?;
    let (_tx, status) = tokio::sync::watch::channel(SyncStatus {
        head: head.number,
        checkpoint: Some(head),
        backfilling: false,
        events: EVENTS,
        ..Default::default()
    });
    let limits = server::Limits::default();
    let mut urls = Vec::new();
    for _ in 0..replicas.max(1) {
        let pool = alt_graphql::run::read_pool(scratch.location()).await?;
        let app = server::router(Api { pool, status: status.clone(), chain_id: 31337 }, limits)?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        urls.push(format!("http://{}/graphql", listener.local_addr()?));
        tokio::spawn(server::serve(listener, app, limits));
    }
    let url = urls[0].clone();
    println!("{backend:?}, {} API replica(s)", urls.len());

    let operator = Address::from_word(B256::from(U256::from(3)));
    let query = serde_json::json!({ "query": format!(
        "{{ delegationChanges(where: {{operator: \"{operator}\", kind: \"stake\", amount_gte: \"1000000000000000000000\"}}, first: 50, orderBy: blockNumber, orderDirection: desc) {{ staker operator kind amount shares blockNumber logIndex }} }}"
    ) });
    let client = reqwest::Client::new();
    // Check the answer once, and warm up.
    let body: serde_json::Value = client.post(&url).json(&query).send().await?.json().await?;
    let rows = body["data"]["delegationChanges"].as_array().map_or(0, Vec::len);
    eyre::ensure!(rows == 50, "expected a 50-row page, got {body}");
    println!(
        "the page costs {} SQLite instructions (extensions.cost.ops)",
        body["extensions"]["cost"]["ops"]
    );
    for _ in 0..200 {
        client.post(&url).json(&query).send().await?.bytes().await?;
    }
    // One request at a time first (closed loop, nothing else running): the machine's own
    // latency floor and jitter, to read the open-loop figures against.
    let mut seq = Vec::with_capacity(2_000);
    for _ in 0..2_000 {
        let t = Instant::now();
        client.post(&url).json(&query).send().await?.bytes().await?;
        seq.push(t.elapsed());
    }
    seq.sort();
    let ms = |p: f64| seq[((seq.len() as f64 * p) as usize).min(seq.len() - 1)].as_secs_f64() * 1e3;
    println!(
        "one at a time (2000 requests, closed loop): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(0.5),
        ms(0.99),
        ms(1.0)
    );

    // The hostile clients, back to back from their own addresses until the run ends.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut attackers = Vec::new();
    for h in 0..hostile {
        let q = if h % 2 == 0 {
            (0..20)
                .map(|i| format!("a{i}: delegations(first: 1000) {{ claimableRewards }}"))
                .collect::<Vec<_>>()
        } else {
            (0..20)
                .map(|i| format!("a{i}: delegationChangesConnection(first: 1, where: {{shares_gt: \"{i}\"}}) {{ totalCount }}"))
                .collect::<Vec<_>>()
        };
        let q = serde_json::json!({ "query": format!("{{ {} }}", q.join(" ")) });
        let client = reqwest::Client::builder()
            .local_address(std::net::IpAddr::from([127, 0, 0, 2 + h]))
            .build()?;
        let (url, stop) = (urls[usize::from(h) % urls.len()].clone(), stop.clone());
        attackers.push(tokio::spawn(async move {
            // (answers, of which errors, summed seconds, SQLite instructions of the last)
            let (mut n, mut errors, mut secs, mut ops) = (0u64, 0u64, 0f64, 0u64);
            let mut first_error = None;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let t = Instant::now();
                let body: serde_json::Value = match client.post(&url).json(&q).send().await {
                    Ok(r) => r.json().await.unwrap_or_default(),
                    Err(_) => Default::default(),
                };
                secs += t.elapsed().as_secs_f64();
                n += 1;
                if let Some(e) = body["errors"][0]["message"].as_str() {
                    errors += 1;
                    first_error.get_or_insert_with(|| e.to_string());
                }
                ops = body["extensions"]["cost"]["ops"].as_u64().unwrap_or(ops);
            }
            (n, errors, secs, ops, first_error)
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / rate));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let started = Instant::now();
    let total = rate * seconds;
    for i in 0..total {
        tick.tick().await;
        let url = urls[i as usize % urls.len()].clone();
        let (client, query, tx) = (client.clone(), query.clone(), tx.clone());
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
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for (h, a) in attackers.into_iter().enumerate() {
        let (n, errors, secs, ops, first_error) = a.await?;
        println!(
            "hostile client {h} ({}): {n} answers, {errors} errors, {:.0} ms each on average, {ops} SQLite instructions in the last; first error: {}",
            if h % 2 == 0 {
                "20 x delegations(first: 1000) { claimableRewards }"
            } else {
                "20 x totalCount over a scan"
            },
            secs * 1e3 / n.max(1) as f64,
            first_error.as_deref().unwrap_or("none"),
        );
    }
    lat.sort();
    let pct =
        |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)].as_secs_f64() * 1e3;
    println!(
        "filtered 50-row page over {EVENTS} indexed events, {hostile} hostile clients: {} requests at {rate}/s offered ({:.0}/s achieved), {failed} failed; p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        lat.len(),
        lat.len() as f64 / wall,
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(1.0),
    );
    Ok(())
}
