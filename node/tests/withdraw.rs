//! A withdrawal on a real anvil: an L2 withdrawal is posted in a batch, the node (the real
//! binary) serves its proof over HTTP, the verifiers make the batch fast-final, and the proof
//! claims the ALT on L1.

use alloy::primitives::{Address, Bytes, U256, utils::parse_ether};
use alt_bindings::{alt_token::AltToken, i_rollup_manager::IRollupManager};
use alt_e2e::TX_GAS;
use alt_node::{aggregator, service::WithdrawalProof, signing::SigningRecord, verifier::Verifier};
use alt_stf::{state::State, tx::Tx};
use std::time::{Duration, Instant};

mod common;
use common::rollup;

#[tokio::test]
async fn a_withdrawal_is_claimed_on_l1_with_the_nodes_proof() -> eyre::Result<()> {
    let r = rollup(41309).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let user = r.devnet.signer(7);
    let recipient = Address::repeat_byte(0x5e);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let amount = parse_ether("20")?;
    let txs = vec![
        Tx::Deposit { index: 0, to: user.address(), amount: deposit },
        r.withdrawal(&user, recipient, amount, parse_ether("1")?, 0)?,
    ];
    let b0 = State::new().execute_batch(&r.domain(), r.id, 0, 1, &txs)?;
    r.post(&b0).await?;

    // The node, as a user's wallet would ask it.
    let dir = tempfile::tempdir()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let base = format!("http://127.0.0.1:{port}");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_alt-node"))
        .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
        .arg("--deployment")
        .arg(&r.devnet.deployment_file)
        .arg("--data-dir")
        .arg(dir.path().join("node"))
        .args(["--listen", &format!("127.0.0.1:{port}"), "--poll-ms", "100"])
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let node_process = common::KillOnDrop(child);
    let http = reqwest::Client::new();
    let url = format!("{base}/withdrawals/{}/0", user.address());
    let deadline = Instant::now() + Duration::from_secs(60);
    let proof: WithdrawalProof = loop {
        if let Ok(resp) = http.get(&url).send().await
            && resp.status() == 200
        {
            break resp.json().await?;
        }
        eyre::ensure!(Instant::now() < deadline, "no proof served within 60 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!((proof.batch_index, proof.root), (0, b0.header.postRoot));
    assert_eq!((proof.recipient, proof.amount.parse::<U256>()?), (recipient, amount));
    let missing = http.get(format!("{base}/withdrawals/{}/1", user.address())).send().await?;
    assert_eq!(missing.status(), 404);
    let malformed = http.get(format!("{base}/withdrawals/0x1234/0")).send().await?;
    assert_eq!(malformed.status(), 400);
    assert!(malformed.text().await?.contains("sender"));
    drop(node_process);

    // The verifiers make the batch fast-final.
    let mut node = r.follower(&dir.path().join("verifiers.db")).await?;
    node.catch_up().await?;
    let batch = node.derivation().batches()[0].clone();
    let posted_at: u64 = manager.batch(r.id, U256::ZERO).call().await?.postedAt.to();
    let mut sigs = Vec::new();
    for (i, key) in r.keys.iter().enumerate() {
        let record = SigningRecord::open(&dir.path().join(format!("signing-{i}.db"))).await?;
        let v = Verifier::new(key.clone(), record, d.slasher, d.chain_id);
        sigs.push(Bytes::from(v.attest(&batch, posted_at).await?.as_bytes().to_vec()));
    }
    let confirmed =
        aggregator::confirm(&admin, d.rollup_manager, r.id, U256::ZERO, sigs, &Default::default())
            .await?;
    assert!(confirmed.quorum);

    // The claim, with the node's proof.
    let token = AltToken::new(d.token, &admin);
    common::claim_withdrawal(&admin, d.rollup_manager, r.id, &proof).await?;
    assert_eq!(token.balanceOf(recipient).call().await?, amount);
    assert!(manager.isWithdrawalClaimed(r.id, user.address(), 0).call().await?);
    Ok(())
}
