//! End-to-end benchmark on a real anvil chain with the system deployed and seeded:
//!
//! 1. backfill: about 100,000 ALT token events (transfers and vote checkpoints, made 200 at a
//!    time by `contracts/test/utils/EventSpammer.sol`) indexed from the chain into a fresh
//!    SQLite file by the real `alt-graphql` binary, RPC included, with its peak memory (pass
//!    `1000000` for the million-event run);
//! 2. crash -> serving: the real `alt-graphql` binary killed with SIGKILL and restarted on that
//!    file, timed until it answers a GraphQL query and until `/ready`;
//! 3. mined -> visible: a stake sent to the chain, timed until `_meta` shows its block.
//!
//! ```text
//! make bench-e2e                  (builds target/release/alt-graphql first)
//! make bench-e2e EVENTS=1000000   (about 15 minutes, most of it anvil mining)
//! make bench-e2e DB=postgres      (into a fresh PostgreSQL database instead)
//! ```

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256, utils::parse_ether},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol,
    sol_types::SolCall,
};
use alt_bindings::{alt_token::AltToken, staking::Staking};
use alt_e2e::{Devnet, TX_GAS, peak_rss_mb, project_root};
use alt_indexer::{
    config::Contracts,
    db::{Backend, Location},
    scratch::Scratch,
};
use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

sol! {
    function spray(address token, uint256 count, uint256 salt) external;
}

const PER_TX: u64 = 200;
/// Spray transactions mined per block.
const TXS_PER_BLOCK: u64 = 10;

fn spawn_api(devnet: &Devnet, db: &Location, port: u16) -> eyre::Result<Child> {
    let bin = project_root().join("target/release/alt-graphql");
    eyre::ensure!(bin.exists(), "build it first: cargo build --release -p alt-graphql");
    Ok(Command::new(bin)
        .args(["--rpc-url", &devnet.anvil.endpoint()])
        .args(["--ws-url", &devnet.anvil.ws_endpoint()])
        .arg("--deployment")
        .arg(&devnet.deployment_file)
        .arg("--db")
        .arg(db.url())
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?)
}

async fn meta_block(http: &reqwest::Client, url: &str) -> Option<u64> {
    let body: serde_json::Value = http
        .post(url)
        .json(&serde_json::json!({ "query": "{ _meta { block { number } } }" }))
        .send()
        .await
        .ok()?
        .json()
        .await
        .ok()?;
    body["data"]["_meta"]["block"]["number"].as_u64()
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    v.sort();
    v[((v.len() as f64 * p) as usize).min(v.len() - 1)].as_secs_f64() * 1e3
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let target: u64 = std::env::args().nth(1).map_or(Ok(100_000), |a| a.parse())?;
    // `postgres` as the second argument: a fresh database on the server `ALT_TEST_PG` names
    // (default postgres://root@127.0.0.1:5432), dropped afterwards.
    let backend = std::env::args()
        .nth(2)
        .map_or(Ok(Backend::Sqlite), |a| a.parse())
        .map_err(|e: String| eyre::eyre!(e))?;
    let devnet = Devnet::start(41299, &[])?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    let d = &devnet.deployment;
    let admin = devnet.wallet(&devnet.signer(0));

    // Events: deploy the sprayer, approve it, and send 200 transfers per transaction.
    let artifact: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        project_root().join("out/EventSpammer.sol/EventSpammer.json"),
    )?)?;
    let code: Bytes = artifact["bytecode"]["object"].as_str().unwrap_or_default().parse()?;
    let deploy = TransactionRequest::default().with_deploy_code(code).with_gas_limit(TX_GAS);
    let sprayer = admin
        .send_transaction(deploy)
        .await?
        .get_receipt()
        .await?
        .contract_address
        .ok_or_else(|| eyre::eyre!("no contract address"))?;
    AltToken::new(d.token, &admin)
        .approve(sprayer, U256::MAX)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    // Many transactions per block (automine off, a 1e9 block gas limit, mined by `evm_mine`):
    // anvil keeps per-block state in memory, and a million transfers in one transaction per
    // block ran it out of 24 GB.
    let _: bool =
        admin.raw_request("evm_setBlockGasLimit".into(), (U256::from(1_000_000_000u64),)).await?;
    let _: () = admin.raw_request("evm_setAutomine".into(), (false,)).await?;
    let started = Instant::now();
    let txs = target.div_ceil(2 * PER_TX);
    let mut sent = 0;
    while sent < txs {
        let batch = (txs - sent).min(TXS_PER_BLOCK);
        let mut pending = Vec::new();
        for salt in sent..sent + batch {
            let data =
                sprayCall { token: d.token, count: U256::from(PER_TX), salt: U256::from(salt) }
                    .abi_encode();
            let tx = TransactionRequest::default()
                .with_to(sprayer)
                .with_input(data)
                .with_gas_limit(25_000_000);
            pending.push(admin.send_transaction(tx).await?);
        }
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        for p in pending {
            eyre::ensure!(p.get_receipt().await?.status(), "spray reverted");
        }
        sent += batch;
    }
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    eprintln!("generated {txs} transactions in {:.1} s", started.elapsed().as_secs_f64());

    // 1. Backfill into a fresh file by the real binary (indexer and API in one process), timed
    //    from spawn to `/ready` (which turns 200 when the backfill reaches the head it saw at
    //    start); its peak memory read from /proc.
    let scratch = Scratch::new(backend).await?;
    let db = scratch.location().clone();
    let http = reqwest::Client::new();
    let port = 18_600;
    let url = format!("http://127.0.0.1:{port}/graphql");
    let head = admin.get_block_number().await?;
    let t = Instant::now();
    let mut child = spawn_api(&devnet, &db, port)?;
    while !http
        .get(format!("http://127.0.0.1:{port}/ready"))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
    {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let secs = t.elapsed().as_secs_f64();
    let rss = peak_rss_mb(child.id());
    let metrics = http.get(format!("http://127.0.0.1:{port}/metrics")).send().await?.text().await?;
    let events: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("alt_indexer_events_total "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| eyre::eyre!("no event count in /metrics"))?;
    println!(
        "backfill from anvil by alt-graphql: {events} events ({head} blocks) in {secs:.2} s = {:.0} events/s (spawn to /ready); peak RSS {rss:.0} MB",
        events as f64 / secs,
    );

    // 2. Crash -> serving, five times.
    let (mut serving, mut ready) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        while meta_block(&http, &url).await.is_none() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        child.kill()?; // SIGKILL
        child.wait()?;
        let t = Instant::now();
        child = spawn_api(&devnet, &db, port)?;
        while meta_block(&http, &url).await.is_none() {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        serving.push(t.elapsed());
        while !http
            .get(format!("http://127.0.0.1:{port}/ready"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        ready.push(t.elapsed());
    }
    println!(
        "crash -> serving (SIGKILL, restart, first GraphQL answer): max {:.0} ms; -> /ready 200: max {:.0} ms",
        pct(&mut serving, 1.0),
        pct(&mut ready, 1.0)
    );

    // 3. Mined -> visible, twenty stakes.
    let delegator = devnet.wallet(&devnet.signer(4));
    let staking = Staking::new(d.staking, &delegator);
    let operator: Address = devnet.signer(1).address();
    let mut visible = Vec::new();
    let chain = devnet.wallet(&devnet.signer(0));
    for _ in 0..20 {
        // Timed from the block's appearance (alloy's receipt polling would add its own 250 ms).
        let block = chain.get_block_number().await? + 1;
        let pending = staking.stake(operator, parse_ether("1")?).gas(TX_GAS).send().await?;
        // anvil mines after accepting the transaction (slower as its state grows): the clock
        // starts when the block is there.
        while chain.get_block_number().await? < block {
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        let t = Instant::now();
        while meta_block(&http, &url).await.is_none_or(|b| b < block) {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        let elapsed = t.elapsed();
        let receipt = chain.get_transaction_receipt(*pending.tx_hash()).await?;
        eyre::ensure!(
            receipt.and_then(|r| r.block_number) == Some(block),
            "mined in block {block}"
        );
        visible.push(elapsed);
        tokio::time::sleep(Duration::from_millis(37)).await; // do not line up with the poll
    }
    println!(
        "mined -> visible in GraphQL (_meta at the block): p50 {:.0} ms, max {:.0} ms",
        pct(&mut visible, 0.5),
        pct(&mut visible, 1.0)
    );
    // Where the time goes: the RPC calls of one follow step, against this chain.
    let addresses = Contracts::load(&devnet.deployment_file)?.addresses();
    let (mut logs, mut blocks) = (Vec::new(), Vec::new());
    for _ in 0..20 {
        let head = chain.get_block_number().await?;
        let t = Instant::now();
        chain
            .get_logs(
                &alloy::rpc::types::Filter::new()
                    .from_block(head)
                    .to_block(head)
                    .address(addresses.clone()),
            )
            .await?;
        logs.push(t.elapsed());
        let t = Instant::now();
        chain.get_block_by_number(head.into()).await?;
        blocks.push(t.elapsed());
    }
    println!(
        "anvil, one-block eth_getLogs: p50 {:.1} ms; eth_getBlockByNumber: p50 {:.1} ms",
        pct(&mut logs, 0.5),
        pct(&mut blocks, 0.5)
    );
    child.kill()?;
    child.wait()?;
    Ok(())
}
