//! The node's latency figures (issue 13's benchmarks), on a real anvil with the real binary:
//!
//! - soft confirmation over JSON-RPC: signed transfers sent to the sequencer's node at `RATE`
//!   a second for `SECS` seconds (open loop: each at its scheduled time, whatever the answers
//!   before it), from `USERS` funded accounts; p50, p90, p99 and max of the answer's latency;
//! - L1 blocks from a batch's post to its quorum (fast-final) with three verifiers, the chain
//!   mining a block a second meanwhile: median and max over the batches of the run.
//!
//! `cargo build --release -p alt-node && cargo run --release -p alt-node --example bench_node
//! -- [RATE] [SECS] [USERS]` (`make bench-node`).

use alloy::{
    primitives::{B256, U256, keccak256, utils::parse_ether},
    providers::Provider,
    signers::{SignerSync, local::PrivateKeySigner},
};
use alt_bindings::{alt_token::AltToken, i_rollup_manager::IRollupManager};
use alt_e2e::{Devnet, TX_GAS, advance_time, rollup_params};
use alt_stf::tx::{self, TRANSFER, Tx};
use serde_json::{Value, json};
use std::time::{Duration, Instant};

struct Kill(std::process::Child);
impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let arg = |i: usize, d: u64| std::env::args().nth(i).and_then(|a| a.parse().ok()).unwrap_or(d);
    let (rate, secs, users) = (arg(1, 1_000), arg(2, 10), arg(3, 200) as usize);
    let bin = std::env::current_exe()?
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.join("alt-node"))
        .filter(|p| p.exists())
        .ok_or_else(|| eyre::eyre!("build the node first: cargo build --release -p alt-node"))?;
    eprintln!("deploying on anvil...");
    let devnet = Devnet::start(41340, &[])?;
    let d = devnet.deployment.clone();
    let admin = devnet.wallet(&devnet.signer(0));
    let operators = [devnet.signer(1), devnet.signer(2), devnet.signer(3)];
    let keys = [devnet.signer(4), devnet.signer(5), devnet.signer(6)];
    for (op, key) in operators.iter().zip(&keys) {
        devnet.register_operator(op, key, 1000, parse_ether("100000")?).await?;
    }
    let token = AltToken::new(d.token, &admin);
    token.approve(d.rollup_manager, U256::MAX).gas(TX_GAS).send().await?.get_receipt().await?;
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let params = rollup_params(true);
    let create = manager.createRollup(
        "bench".into(),
        0,
        operators[0].address(),
        params,
        0,
        parse_ether("1000000")?,
    );
    create.gas(TX_GAS).send().await?.get_receipt().await?;
    let id = manager.rollupCount().call().await?;
    for (i, op) in operators.iter().enumerate() {
        let m = IRollupManager::new(d.rollup_manager, devnet.wallet(op));
        m.optIn(id, i == 0, true).gas(TX_GAS).send().await?.get_receipt().await?;
    }
    advance_time(&admin, 2).await?;

    // The users: deterministic throwaway keys, each funded on L2 by an L1 deposit.
    eprintln!("funding {users} users with L1 deposits...");
    let user_keys: Vec<PrivateKeySigner> = (0..users)
        .map(|i| PrivateKeySigner::from_bytes(&keccak256(format!("bench user {i}"))))
        .collect::<Result<_, _>>()?;
    for u in &user_keys {
        let dep = manager.deposit(id, u.address(), parse_ether("1000")?);
        dep.gas(TX_GAS).send().await?.get_receipt().await?;
    }

    // Three nodes peered with each other: operator 0's sequences; all verify and aggregate.
    let dir = tempfile::tempdir()?;
    let ports: Vec<u16> = (0..3)
        .map(|_| Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port()))
        .collect::<std::io::Result<_>>()?;
    let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}")).collect();
    let mut nodes = Vec::new();
    for i in 0..3 {
        let key = dir.path().join(format!("key-{i}.hex"));
        std::fs::write(&key, alloy::hex::encode(keys[i].to_bytes()))?;
        let peers: Vec<&str> =
            urls.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, u)| u.as_str()).collect();
        let mut cmd = std::process::Command::new(&bin);
        cmd.args(["--rpc-url", &devnet.anvil.endpoint(), "--rollup-id", &id.to_string()])
            .arg("--deployment")
            .arg(&devnet.deployment_file)
            .arg("--data-dir")
            .arg(dir.path().join(format!("node-{i}")))
            .args(["--listen", &format!("127.0.0.1:{}", ports[i]), "--poll-ms", "200"])
            .args(["--verify", "--peer", &peers.join(",")])
            // (One load generator's address sends everything: no per-client limit here.)
            .args(["--rpc-rate-limit", "0"])
            .arg("--signing-key-file")
            .arg(&key)
            .arg("--l1-key-file")
            .arg(&key)
            .stderr(std::fs::File::create(dir.path().join(format!("node-{i}.log")))?);
        if i == 0 {
            cmd.arg("--sequence");
        }
        nodes.push(Kill(cmd.spawn()?));
    }
    let http = reqwest::Client::builder().pool_max_idle_per_host(256).build()?;
    let rpc = format!("{}/", urls[0]);
    let call = move |method: &'static str, params: Value| {
        let (http, rpc) = (http.clone(), rpc.clone());
        async move {
            let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
            eyre::Ok(http.post(&rpc).json(&body).send().await?.json::<Value>().await?)
        }
    };
    let deadline = Instant::now() + Duration::from_secs(180);
    let last = user_keys[users - 1].address();
    loop {
        let a = call("alt_getAccount", json!([last])).await;
        if a.as_ref().is_ok_and(|a| a["result"]["balance"] != json!("0")) {
            break;
        }
        eyre::ensure!(Instant::now() < deadline, "deposits not on L2 within 180 s: {a:?}");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    // Pre-signed transfers: user i sends its nonces in turn to user i + 1.
    let domain = tx::domain(d.chain_id, d.rollup_manager);
    let total = (rate * secs) as usize;
    eprintln!("signing {total} transfers...");
    let txs: Vec<String> = (0..total)
        .map(|j| {
            let (u, nonce) = (j % users, (j / users) as u64);
            let t = Tx::Signed {
                kind: TRANSFER,
                to: user_keys[(u + 1) % users].address(),
                amount: U256::from(1_000_000u64),
                fee: U256::from(1_000u64),
                nonce,
                r: B256::ZERO,
                s: B256::ZERO,
                v: 27,
            };
            let digest = tx::signing_digest(&domain, id, &t).expect("a signed kind");
            let sig = user_keys[u].sign_hash_sync(&digest)?;
            eyre::Ok(alloy::hex::encode_prefixed(t.with_signature(&sig).encode()))
        })
        .collect::<Result<_, _>>()?;

    // L1 mines a block a second from here on (batches are posted, attested and confirmed in
    // real blocks).
    let _: () = admin.raw_request("evm_setIntervalMining".into(), (1,)).await?;
    let from_block = admin.get_block_number().await?;
    println!(
        "soft confirmation: {total} transfers at {rate}/s for {secs} s from {users} users, \
         to the sequencer's node (3 verifier nodes, L1 blocks every second)"
    );
    let start = Instant::now();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    for (j, raw) in txs.into_iter().enumerate() {
        let at = start + Duration::from_secs_f64(j as f64 / rate as f64);
        tokio::time::sleep_until(at.into()).await;
        let (tx, call) = (tx.clone(), call.clone());
        tokio::spawn(async move {
            let sent = Instant::now();
            let answer = call("alt_sendRawTransaction", json!([raw])).await;
            let ok = answer.is_ok_and(|a| a.get("result").is_some_and(|r| !r.is_null()));
            let _ = tx.send((sent.elapsed(), ok));
        });
    }
    drop(tx);
    let mut latencies = Vec::with_capacity(total);
    let mut refused = 0;
    while let Some((l, ok)) = rx.recv().await {
        latencies.push(l);
        refused += usize::from(!ok);
    }
    let took = start.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "  sent {total} in {took:.1} s ({:.0}/s), refused {refused}; latency p50 {:.2} ms, \
         p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        total as f64 / took,
        ms(pct(0.50)),
        ms(pct(0.90)),
        ms(pct(0.99)),
        ms(*latencies.last().expect("some")),
    );

    // Post to fast-final: every batch of the run, in L1 blocks.
    tokio::time::sleep(Duration::from_secs(20)).await;
    let posted = manager.BatchPosted_filter().from_block(from_block).query().await?;
    let attested = manager.BatchAttested_filter().from_block(from_block).query().await?;
    let mut blocks = Vec::new();
    for (p, log) in &posted {
        let at = log.block_number.unwrap_or_default();
        let quorum = attested
            .iter()
            .filter(|(a, _)| a.batchIndex == p.batchIndex && a.quorum)
            .filter_map(|(_, l)| l.block_number)
            .min();
        if let Some(q) = quorum {
            blocks.push(q - at);
        }
    }
    blocks.sort();
    eyre::ensure!(!blocks.is_empty(), "no batch reached its quorum");
    println!(
        "post to fast-final: {} of {} batches reached the quorum; L1 blocks from the post: \
         median {}, max {}",
        blocks.len(),
        posted.len(),
        blocks[blocks.len() / 2],
        blocks[blocks.len() - 1]
    );
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    drop(nodes);
    Ok(())
}
