//! Two sequencer nodes (real processes) that forward what they accept to each other: a user
//! sends to whichever it knows, the leader posts it; the leader's node is killed right after
//! accepting a transaction, the owner names the other operator, and its node posts that
//! transaction: nothing accepted is lost.

use alloy::primitives::{B256, utils::parse_ether};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::TX_GAS;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

mod common;
use common::{KillOnDrop, call, rollup};

async fn posted(http: &reqwest::Client, url: &str, hash: B256) -> eyre::Result<Value> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = call(http, url, "alt_getTransactionReceipt", json!([hash])).await
            && r["result"]["status"] == json!("posted")
        {
            return Ok(r);
        }
        eyre::ensure!(Instant::now() < deadline, "{hash} not posted within 60 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn transactions_reach_whoever_leads_and_survive_the_leaders_death() -> eyre::Result<()> {
    let r = rollup(41312).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let ports: Vec<u16> = (0..2)
        .map(|_| Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port()))
        .collect::<std::io::Result<_>>()?;
    let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}/")).collect();
    let mut nodes = Vec::new();
    for i in 0..2 {
        let key = dir.path().join(format!("key-{i}.hex"));
        std::fs::write(&key, alloy::hex::encode(r.keys[i].to_bytes()))?;
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_alt-node"))
            .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
            .arg("--deployment")
            .arg(&r.devnet.deployment_file)
            .arg("--data-dir")
            .arg(dir.path().join(format!("node-{i}")))
            .args(["--listen", &format!("127.0.0.1:{}", ports[i]), "--poll-ms", "100"])
            .args(["--block-ms", "200", "--sequence", "--peer", urls[1 - i].trim_end_matches('/')])
            .arg("--signing-key-file")
            .arg(&key)
            .arg("--l1-key-file")
            .arg(&key)
            .stderr(std::fs::File::create(dir.path().join(format!("node-{i}.log")))?)
            .spawn()?;
        nodes.push(Some(KillOnDrop(child)));
    }
    let http = reqwest::Client::new();
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    // Wait until the follower node knows the deposit (so it accepts the user's transfer).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let a = call(&http, &urls[1], "alt_getAccount", json!([user.address()])).await;
        if a.is_ok_and(|a| a["result"]["balance"] == json!(deposit.to_string())) {
            break;
        }
        eyre::ensure!(Instant::now() < deadline, "deposit not seen by the second node");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Sent to the node that does not lead: forwarded, posted by the leader.
    let fee = parse_ether("1")?;
    let t1 = r.transfer(&user, friend.address(), parse_ether("1")?, fee, 0)?;
    let hex = |t: &alt_stf::tx::Tx| alloy::hex::encode_prefixed(t.encode());
    let sent = call(&http, &urls[1], "alt_sendRawTransaction", json!([hex(&t1)])).await?;
    assert_eq!(sent["result"], json!(t1.hash()), "{sent}");
    let receipt = posted(&http, &urls[1], t1.hash()).await?;
    let batch = receipt["result"]["batchIndex"].as_u64().expect("batch");
    let posts = manager.BatchPosted_filter().from_block(0).query().await?;
    let by = posts
        .iter()
        .find(|(e, _)| e.batchIndex == alloy::primitives::U256::from(batch))
        .expect("post");
    assert_eq!(by.0.sequencer, r.operators[0].address(), "the leader posted it");

    // Accepted by the leader, which dies at once; the owner names the other operator, whose
    // node got it forwarded and posts it.
    let t2 = r.transfer(&user, friend.address(), parse_ether("2")?, fee, 1)?;
    let sent = call(&http, &urls[0], "alt_sendRawTransaction", json!([hex(&t2)])).await?;
    assert_eq!(sent["result"], json!(t2.hash()), "{sent}");
    drop(nodes[0].take()); // SIGKILL
    manager
        .setSequencer(r.id, r.operators[1].address())
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    posted(&http, &urls[1], t2.hash()).await?;
    let mut check = r.follower(&dir.path().join("check.db")).await?;
    check.catch_up().await?;
    assert_eq!(check.derivation().state().account(friend.address()).0, parse_ether("3")?);
    assert_eq!(check.derivation().valid_prefix(), check.derivation().batches().len());
    Ok(())
}
