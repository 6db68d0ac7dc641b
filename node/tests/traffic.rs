//! The traffic generator (`alt-traffic`, the real binary) against a rollup run by three
//! operators' nodes on anvil: it funds its users, deposits for them, sends transfers and
//! withdrawals at its high rate, and claims withdrawals on L1 once their batches are
//! fast-final; what it reports is what the chain and the nodes show.

use alloy::primitives::U256;
use alt_bindings::i_rollup_manager::IRollupManager;
use serde_json::Value;

mod common;
use common::{rollup, spawn_fleet};

#[tokio::test]
async fn generated_traffic_is_sequenced_made_fast_final_and_its_withdrawals_claimed()
-> eyre::Result<()> {
    let r = rollup(41320).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let (nodes, urls) = spawn_fleet(&r, dir.path(), 500)?;
    let funder = dir.path().join("funder.hex");
    std::fs::write(&funder, alloy::hex::encode(r.devnet.signer(0).to_bytes()))?;
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_alt-traffic"))
        .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
        .arg("--deployment")
        .arg(&r.devnet.deployment_file)
        .args(["--node", &urls[0], "--level", "high", "--duration-secs", "30", "--users", "4"])
        .arg("--funder-key-file")
        .arg(&funder)
        .stderr(std::fs::File::create(dir.path().join("traffic.log"))?)
        .output()
        .await?;
    let log = std::fs::read_to_string(dir.path().join("traffic.log"))?;
    assert!(out.status.success(), "alt-traffic failed: {log}");
    let stats: Value = serde_json::from_slice(&out.stdout)?;
    eprintln!("alt-traffic reported: {stats}");
    let n = |k: &str| stats[k].as_u64().unwrap_or_default();
    assert!(n("accepted") >= 100, "{stats}");
    assert!(n("withdrawals") >= 5 && n("claimed") >= 1, "{stats}\n{log}");
    assert!(n("settled") >= 1, "{stats}");
    assert_eq!(n("node_errors"), 0, "{stats}");

    // What it says is what the chain shows: its deposits and its claims.
    let deposits = manager.DepositQueued_filter().from_block(0).query().await?;
    assert_eq!(deposits.len() as u64, n("deposits"), "{stats}");
    let claims = manager.WithdrawalClaimed_filter().from_block(0).query().await?;
    assert_eq!(claims.len() as u64, n("claimed"), "{stats}");
    for (c, _) in &claims {
        assert_eq!(c.recipient, c.sender, "each user withdraws to its own L1 account");
        assert_eq!(c.amount, U256::from(10).pow(U256::from(18)));
    }
    // Every batch the sequencer posted is valid, and fast-final ones exist.
    let mut check = r.follower(&dir.path().join("check.db")).await?;
    check.catch_up().await?;
    let derived = check.derivation();
    assert_eq!(derived.valid_prefix(), derived.batches().len());
    assert!(manager.fastRisk(r.id).call().await?.fastFinalCount.to::<u64>() > 0);
    drop(nodes);
    Ok(())
}

/// A generator stopped half-way through a user's set-up (here: the user has its gas money and
/// ALT but never approved or deposited) and started again finishes it: the user deposits and
/// traffic flows, instead of waiting for a deposit that was never made.
#[tokio::test]
async fn a_generator_restarted_mid_setup_finishes_each_users_setup() -> eyre::Result<()> {
    use alloy::{network::TransactionBuilder, providers::Provider};
    let r = rollup(41333).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let half = alt_node::traffic::user_key(1, 1).address();
    let gas = alloy::rpc::types::TransactionRequest::default()
        .with_to(half)
        .with_value(alloy::primitives::utils::parse_ether("10")?);
    admin.send_transaction(gas).await?.get_receipt().await?;
    let alt = alt_bindings::alt_token::AltToken::new(d.token, &admin);
    let fund = alt.transfer(half, alloy::primitives::utils::parse_ether("100000")?);
    fund.send().await?.get_receipt().await?;
    let dir = tempfile::tempdir()?;
    let (nodes, urls) = spawn_fleet(&r, dir.path(), 500)?;
    let funder = dir.path().join("funder.hex");
    std::fs::write(&funder, alloy::hex::encode(r.devnet.signer(0).to_bytes()))?;
    let run = tokio::process::Command::new(env!("CARGO_BIN_EXE_alt-traffic"))
        .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
        .arg("--deployment")
        .arg(&r.devnet.deployment_file)
        .args(["--node", &urls[0], "--level", "high", "--duration-secs", "10", "--users", "2"])
        .args(["--seed", "1"])
        .arg("--funder-key-file")
        .arg(&funder)
        .stderr(std::fs::File::create(dir.path().join("traffic.log"))?)
        .output();
    let out = tokio::time::timeout(std::time::Duration::from_secs(90), run).await??;
    let log = std::fs::read_to_string(dir.path().join("traffic.log"))?;
    assert!(out.status.success(), "alt-traffic failed: {log}");
    let stats: Value = serde_json::from_slice(&out.stdout)?;
    let n = |k: &str| stats[k].as_u64().unwrap_or_default();
    assert!(n("deposits") >= 2, "both users deposited: {stats}");
    assert!(n("accepted") >= 10, "{stats}");
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let queued = manager.DepositQueued_filter().from_block(0).query().await?;
    assert!(queued.iter().any(|(q, _)| q.to == half), "the half-set-up user deposited");
    drop(nodes);
    Ok(())
}
