//! Scenario 3 of the node issue with real node processes: a sequencer started with
//! `--misbehave-wrong-root` posts a wrong root; an honest node proves the fraud on its own; the
//! batch is reverted, the sequencer's stake drops by the fraud fraction, the challenger is paid;
//! the owner names the honest operator, whose node re-posts the batch honestly on the last good
//! root (the deposit included again).

use alloy::primitives::{U256, utils::parse_ether};
use alt_bindings::{
    alt_token::AltToken,
    i_rollup_manager::IRollupManager,
    slasher::Slasher::{self, OperatorSlashed},
    staking::Staking,
};
use alt_e2e::TX_GAS;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

mod common;
use common::{KillOnDrop, rollup};

#[tokio::test]
async fn a_misbehaving_sequencer_is_proven_slashed_and_replaced_by_honest_nodes() -> eyre::Result<()>
{
    let r = rollup(41311).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let staking = Staking::new(d.staking, &admin);
    let token = AltToken::new(d.token, &admin);
    let dir = tempfile::tempdir()?;
    let mut ports = Vec::new();
    let mut nodes = Vec::new();
    for (i, extra) in
        [&["--misbehave-wrong-root"][..], &["--challenge", "--verify"][..]].iter().enumerate()
    {
        let key = dir.path().join(format!("key-{i}.hex"));
        std::fs::write(&key, alloy::hex::encode(r.keys[i].to_bytes()))?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        ports.push(port);
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_alt-node"))
            .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
            .arg("--deployment")
            .arg(&r.devnet.deployment_file)
            .arg("--data-dir")
            .arg(dir.path().join(format!("node-{i}")))
            .args([
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--poll-ms",
                "100",
                "--block-ms",
                "200",
            ])
            .arg("--sequence")
            .args(*extra)
            .arg("--signing-key-file")
            .arg(&key)
            .arg("--l1-key-file")
            .arg(&key)
            .stderr(std::fs::File::create(dir.path().join(format!("node-{i}.log")))?)
            .spawn()?;
        nodes.push(KillOnDrop(child));
    }
    let (cheat, honest) = (r.operators[0].address(), r.operators[1].address());
    let stake_before = staking.stakeOf(cheat, cheat).call().await?;
    let reporter = r.keys[1].address();
    let paid_before = token.balanceOf(reporter).call().await?;

    // A deposit: the cheating sequencer posts it with a wrong root; the honest node proves it.
    let user = r.devnet.signer(7);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let deadline = Instant::now() + Duration::from_secs(60);
    while manager.rollup(r.id).call().await?.generation == 0 {
        eyre::ensure!(Instant::now() < deadline, "no fraud proof within 60 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let proven = manager.FraudProven_filter().from_block(0).query().await?;
    assert_eq!(proven.len(), 1);
    let p = &proven[0].0;
    assert_eq!((p.batchIndex, p.sequencer, p.challenger), (U256::ZERO, cheat, reporter));
    let slashes =
        Slasher::new(d.slasher, &admin).OperatorSlashed_filter().from_block(0).query().await?;
    let s: &OperatorSlashed =
        &slashes.iter().find(|(e, _)| e.operator == cheat).expect("slashed").0;
    let bips = U256::from(Slasher::new(d.slasher, &admin).fraudBips().call().await?);
    assert_eq!(s.amount, (stake_before * bips).div_ceil(U256::from(10_000)));
    assert_eq!(staking.stakeOf(cheat, cheat).call().await?, stake_before - s.amount);
    assert_eq!(token.balanceOf(reporter).call().await?, paid_before + s.reporterReward);

    // The owner names the honest operator; its node re-posts batch 0 on the last good root
    // (generation 1), with the deposit, and it is valid.
    manager.setSequencer(r.id, honest).gas(TX_GAS).send().await?.get_receipt().await?;
    let url = format!("http://127.0.0.1:{}/", ports[1]);
    let http = reqwest::Client::new();
    let who = user.address().to_string();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let body =
            json!({ "jsonrpc": "2.0", "id": 1, "method": "alt_getAccount", "params": [who] });
        let a: Value = http.post(&url).json(&body).send().await?.json().await?;
        let r = manager.rollup(r.id).call().await?;
        if a["result"]["balance"] == json!(deposit.to_string())
            && r.batchCount == 1
            && r.generation == 1
        {
            break;
        }
        eyre::ensure!(Instant::now() < deadline, "no honest re-post within 60 s: {a}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let posted = manager.BatchPosted_filter().from_block(0).query().await?;
    let last = &posted.last().expect("re-posted").0;
    assert_eq!((last.sequencer, last.generation, last.batchIndex), (honest, 1, U256::ZERO));
    // The honest node, which derived the bad batch before proving it, reports the rollback
    // (the cheat's node may see the post and the revert in one step, and never hold it).
    for port in &ports[1..] {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let url = format!("http://127.0.0.1:{port}/metrics");
            let metrics = http.get(url).send().await?.text().await?;
            if !metrics.contains("alt_node_rollbacks_total 0") {
                break;
            }
            eyre::ensure!(Instant::now() < deadline, "no rollback reported: {metrics}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    drop(nodes);
    Ok(())
}
