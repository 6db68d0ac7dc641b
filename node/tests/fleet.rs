//! Three operators' verifier nodes, the real binary as separate processes on a real anvil,
//! pulling each other's attestations over HTTP: a posted batch becomes fast-final with no one
//! but the nodes acting, and stays so when one node is killed.

use alloy::{
    primitives::{U256, utils::parse_ether},
    providers::Provider,
};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::TX_GAS;
use alt_stf::{state::State, tx::Tx};
use std::{
    process::{Child, Command},
    time::{Duration, Instant},
};

mod common;
use common::{free_port, metric, rollup};

/// A node process, killed when dropped (a failed test leaves no process behind).
struct Node(Option<Child>, String);

impl Drop for Node {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Serves `GET /attestations/{batch}` as a hostile peer would (see the test); returns its URL.
async fn hostile_peer(r: &common::Rollup, honest: String) -> eyre::Result<String> {
    use alloy::{
        primitives::{B256, Bytes},
        signers::{SignerSync, local::PrivateKeySigner},
        sol_types::{SolStruct, eip712_domain},
    };
    use alt_bindings::slasher::ISlasher::BatchCommitment;
    use alt_node::service::Attestation;
    let d = r.devnet.deployment.clone();
    let domain = eip712_domain! {
        name: "ALT Slasher",
        version: "1",
        chain_id: d.chain_id,
        verifying_contract: d.slasher,
    };
    let chain = r.devnet.wallet(&r.devnet.signer(0));
    let (rollup, manager) = (r.id, d.rollup_manager);
    let junk_keys: Vec<PrivateKeySigner> = (0..80).map(|_| PrivateKeySigner::random()).collect();
    let serve = move |axum::extract::Path(batch): axum::extract::Path<u64>| {
        let (honest, chain, junk_keys, domain) =
            (honest.clone(), chain.clone(), junk_keys.clone(), domain.clone());
        async move {
            let got: Vec<Attestation> =
                match reqwest::get(format!("{honest}/attestations/{batch}")).await {
                    Ok(r) => r.json().await.unwrap_or_default(),
                    Err(_) => Vec::new(),
                };
            let mut out = Vec::new();
            let n = U256::from_be_bytes(alloy::hex!(
                "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"
            ));
            for a in &got {
                let mut v01 = a.signature.to_vec();
                v01[64] -= 27;
                let mut high = a.signature.to_vec();
                let s = U256::from_be_slice(&high[32..64]);
                high[32..64].copy_from_slice(&(n - s).to_be_bytes::<32>());
                high[64] = if high[64] == 27 { 28 } else { 27 };
                for sig in [v01, high] {
                    out.push(Attestation { signature: Bytes::from(sig), ..a.clone() });
                }
            }
            let posted_at = IRollupManager::new(manager, &chain)
                .batch(rollup, U256::from(batch))
                .call()
                .await
                .map(|b| b.postedAt.to::<u64>())
                .unwrap_or_default();
            let header_hash = got.first().map_or(B256::ZERO, |a| a.header_hash);
            let digest = BatchCommitment {
                rollupId: rollup,
                batchIndex: U256::from(batch),
                root: header_hash,
                signedAt: posted_at,
                role: 1,
            }
            .eip712_signing_hash(&domain);
            for k in &junk_keys {
                let sig = k.sign_hash_sync(&digest).expect("sign").as_bytes();
                out.insert(
                    0,
                    Attestation {
                        batch,
                        header_hash,
                        signer: k.address(),
                        signature: Bytes::from(sig.to_vec()),
                    },
                );
            }
            axum::Json(out)
        }
    };
    let app = axum::Router::new().route("/attestations/{batch}", axum::routing::get(serve));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(url)
}

#[tokio::test]
async fn verifier_nodes_make_batches_fast_final_and_survive_one_killed() -> eyre::Result<()> {
    let r = rollup(41305).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let ports = [free_port()?, free_port()?, free_port()?];
    let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}")).collect();
    // A hostile peer every node pulls from: it serves the honest attestations re-encoded in
    // forms the contract refuses (v 0/1, high s) and 80 signatures of keys that are no
    // verifier's, each over the right commitment.
    let hostile = hostile_peer(&r, urls[0].clone()).await?;
    let mut nodes = Vec::new();
    for i in 0..3 {
        let key = dir.path().join(format!("key-{i}.hex"));
        // The operator's signing key signs attestations and (here) pays for its transactions.
        std::fs::write(&key, alloy::hex::encode(r.keys[i].to_bytes()))?;
        let mut peers: Vec<&str> = vec![hostile.as_str()];
        peers.extend(urls.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, u)| u.as_str()));
        let child = Command::new(env!("CARGO_BIN_EXE_alt-node"))
            .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
            .arg("--deployment")
            .arg(&r.devnet.deployment_file)
            .arg("--data-dir")
            .arg(dir.path().join(format!("node-{i}")))
            .args(["--listen", &format!("127.0.0.1:{}", ports[i]), "--poll-ms", "100"])
            .env("ALT_NODE_KEEPER_STAGGER_SECS", "1")
            .args(["--verify", "--aggregate-grace-ms", "4000", "--peer", &peers.join(",")])
            .arg("--finalize")
            .arg("--signing-key-file")
            .arg(&key)
            .arg("--l1-key-file")
            .arg(&key)
            .stderr(std::fs::File::create(dir.path().join(format!("node-{i}.log")))?)
            .spawn()?;
        nodes.push(Node(Some(child), urls[i].clone()));
    }
    let http = reqwest::Client::new();
    let wait_fast_final = |n: u64| {
        let manager = manager.clone();
        async move {
            let deadline = Instant::now() + Duration::from_secs(60);
            while manager.fastRisk(r.id).call().await?.fastFinalCount.to::<u64>() < n {
                eyre::ensure!(Instant::now() < deadline, "batch {} not fast-final in 60 s", n - 1);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            eyre::Ok(())
        }
    };

    // Batch 0, posted by the sequencer (the test): the nodes attest, exchange and confirm it.
    let user = r.devnet.signer(7);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let domain = r.domain();
    let t0 = vec![Tx::Deposit { index: 0, to: user.address(), amount: deposit }];
    r.post(&l2.execute_batch(&domain, r.id, 0, 1, &t0)?).await?;
    wait_fast_final(1).await?;
    // A quorum is two of the three equal stakes; once it is reached the batch takes no more.
    let attesters = manager.attesters(r.id, U256::ZERO).call().await?.len();
    assert!((2..=3).contains(&attesters), "{attesters} attesters");
    // (A node counts its confirmBatch once it has the receipt, which may be after the chain
    // shows the quorum: the figures are read until they settle.)
    let deadline = Instant::now() + Duration::from_secs(30);
    let (confirmations, signed) = loop {
        let (mut confirmations, mut signed) = (0, 0);
        for n in &nodes {
            signed += metric(&http, &n.1, "alt_node_attestations_signed_total").await?;
            confirmations += metric(&http, &n.1, "alt_node_confirmations_sent_total").await?;
        }
        if confirmations >= 1 || Instant::now() > deadline {
            break (confirmations, signed);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    for n in &nodes {
        let ready = http.get(format!("{}/ready", n.1)).send().await?;
        assert_eq!(ready.status(), 200, "{}", ready.text().await?);
    }
    assert!(signed >= attesters as u64, "{signed} signed, {attesters} counted");
    assert!((1..=3).contains(&confirmations), "{confirmations} confirmBatch calls");
    // The nodes exchanged attestations over HTTP: a confirmBatch carried more than the sender's.
    let attested = manager.BatchAttested_filter().from_block(0).query().await?;
    assert!(
        attested.iter().any(|(e, _)| e.batchIndex == U256::ZERO && e.attesters.len() >= 2),
        "one call carried several attestations: {attested:?}"
    );
    let held: Vec<serde_json::Value> =
        http.get(format!("{}/attestations/0", nodes[0].1)).send().await?.json().await?;
    assert!(!held.is_empty() && held.len() <= 3, "{held:?}");

    // One node is killed: the other two (2/3 of the stake, the threshold) still confirm.
    drop(nodes.remove(0));
    let t1 = vec![r.transfer(
        &user,
        r.devnet.signer(8).address(),
        parse_ether("1")?,
        parse_ether("1")?,
        0,
    )?];
    r.post(&l2.execute_batch(&domain, r.id, 1, 1, &t1)?).await?;
    wait_fast_final(2).await?;
    assert_eq!(manager.attesters(r.id, U256::from(1)).call().await?.len(), 2);

    // Past the challenge window the nodes finalize both batches and pay their fees out.
    alt_e2e::advance_time(&admin, alt_e2e::rollup_params(true).challengeWindow + 1).await?;
    let deadline = Instant::now() + Duration::from_secs(60);
    while manager.rollup(r.id).call().await?.distributedCount < 2 {
        eyre::ensure!(Instant::now() < deadline, "fees of batches 0 and 1 not distributed in 60 s");
        // (anvil mines on transactions only: a block for the nodes to see the new time)
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert!(manager.isFinal(r.id, U256::from(1)).call().await?);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut finalized = 0;
        for n in &nodes {
            finalized += metric(&http, &n.1, "alt_node_batches_finalized_total").await?;
        }
        if finalized >= 2 {
            break;
        }
        eyre::ensure!(Instant::now() < deadline, "the nodes report {finalized} finalized, not 2");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // SIGTERM: clean exits.
    for mut n in nodes {
        let mut child = n.0.take().expect("running");
        let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
        let status = child.wait()?;
        assert!(killed?.success() && status.success(), "{status:?}");
    }
    Ok(())
}
