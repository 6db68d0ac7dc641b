//! Equivocation seen on L1: a reorg replaces a posted batch with another header its leader
//! signed for the same batch, generation and attempt. The node finds the pair while following
//! the reorg, and the evidence slashes the leader by `equivocationBips` and pays the reporter.
//! And seen over the network: a sequencer node that shows its peers another header than the
//! one it posts is slashed by an honest node on its own, while a hostile peer's headers
//! (signed by no operator) are neither relayed nor reported.

use alloy::{
    primitives::{B256, U256, utils::parse_ether},
    providers::{Provider, ProviderBuilder},
};
use alt_bindings::{
    alt_token::AltToken,
    i_rollup_manager::IRollupManager,
    slasher::Slasher::{self, OperatorSlashed},
    staking::Staking,
};
use alt_e2e::TX_GAS;
use alt_node::equivocation;
use alt_stf::{state::State, tx::Tx};

use serde_json::Value;

mod common;
use common::{rollup, spawn_node, until};

#[tokio::test]
async fn a_reorg_that_shows_two_headers_of_one_leader_becomes_evidence_and_a_slash()
-> eyre::Result<()> {
    let r = rollup(41307).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let domain = r.domain();
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let t0 = vec![Tx::Deposit { index: 0, to: user.address(), amount: deposit }];
    r.post(&l2.execute_batch(&domain, r.id, 0, 1, &t0)?).await?;
    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    node.catch_up().await?;
    assert!(node.take_evidence().is_empty(), "one header per batch: nothing");

    // Batch 1 as header A; then the chain forgets it and the same leader posts header B for
    // the same batch, generation and attempt.
    let provider = ProviderBuilder::new().connect_http(r.devnet.anvil.endpoint_url());
    let snapshot: U256 = provider.raw_request("evm_snapshot".into(), ()).await?;
    let ta = vec![r.transfer(&user, friend.address(), parse_ether("1")?, U256::ZERO, 0)?];
    let a = l2.clone().execute_batch(&domain, r.id, 1, 1, &ta)?;
    r.post(&a).await?;
    node.catch_up().await?;
    assert!(node.take_evidence().is_empty());
    let reverted: bool = provider.raw_request("evm_revert".into(), (snapshot,)).await?;
    assert!(reverted);
    let tb = vec![r.transfer(&user, friend.address(), parse_ether("2")?, U256::ZERO, 0)?];
    let b = l2.clone().execute_batch(&domain, r.id, 1, 1, &tb)?;
    r.post(&b).await?;
    let _: String = provider.raw_request("evm_mine".into(), ()).await?;
    let _: String = provider.raw_request("evm_mine".into(), ()).await?;
    let u = node.catch_up().await?;
    assert_eq!(u.rolled_back, 1);
    let evidence = node.take_evidence();
    assert_eq!(evidence.len(), 1, "{evidence:?}");
    let e = &evidence[0];
    assert_eq!(e.key, r.keys[0].address(), "the leader's signing key signed both");
    assert_eq!(
        (e.a.header_hash, e.b.header_hash),
        (a.header.hash(&domain), b.header.hash(&domain))
    );
    assert_eq!(e.a.batch_key, e.b.batch_key);
    assert_ne!(e.a.header_hash, B256::ZERO);

    // Submitted: the leader loses equivocationBips of its stake (rounded up), the reporter is
    // paid its share.
    let staking = Staking::new(d.staking, &admin);
    let seq = r.operators[0].address();
    let before = staking.stakeOf(seq, seq).call().await?;
    let reporter = r.devnet.signer(9);
    let token = AltToken::new(d.token, &admin);
    let paid_before = token.balanceOf(reporter.address()).call().await?;
    let tx = equivocation::report(&r.devnet.wallet(&reporter), d.slasher, e, &Default::default())
        .await
        .map_err(eyre::Error::msg)?;
    let receipt = provider.get_transaction_receipt(tx).await?.expect("mined");
    let slashed = receipt.decoded_log::<OperatorSlashed>().expect("OperatorSlashed");
    let bips =
        U256::from(Slasher::new(d.slasher, &admin).parameters().call().await?.equivocationBips);
    assert_eq!((slashed.operator, slashed.kind, slashed.reporter), (seq, 0, reporter.address()));
    assert_eq!(slashed.amount, (before * bips).div_ceil(U256::from(10_000)));
    assert_eq!(staking.stakeOf(seq, seq).call().await?, before - slashed.amount);
    assert_eq!(
        token.balanceOf(reporter.address()).call().await?,
        paid_before + slashed.reporterReward
    );
    Ok(())
}

/// Serves `GET /headers/{batch}` as a hostile peer would, whatever the batch: two conflicting
/// headers for batch 0 signed by a key that is no operator's, a conflicting pair signed for
/// another rollup, and an operator's header for batch 999.
async fn hostile_peer(r: &common::Rollup) -> eyre::Result<(String, Vec<B256>)> {
    use alloy::{
        signers::{SignerSync, local::PrivateKeySigner},
        sol_types::{SolStruct, eip712_domain},
    };
    use alt_node::{derive::SignedHeader, equivocation::Watch};
    let domain = eip712_domain! {
        name: "ALT Slasher",
        version: "1",
        chain_id: r.devnet.deployment.chain_id,
        verifying_contract: r.devnet.deployment.slasher,
    };
    let nobody = PrivateKeySigner::random();
    let sign = |key: &PrivateKeySigner, rollup: U256, root: u8| {
        let mut h = SignedHeader {
            rollup_id: rollup,
            batch_key: if root == 0xc1 { U256::from(999) } else { U256::ZERO },
            header_hash: B256::repeat_byte(root),
            signed_at: 1,
            signature: Default::default(),
        };
        let digest = Watch::commitment(&h).eip712_signing_hash(&domain);
        h.signature = key.sign_hash_sync(&digest).expect("sign").as_bytes().to_vec().into();
        h
    };
    let junk = vec![
        sign(&nobody, r.id, 0xa1),
        sign(&nobody, r.id, 0xa2),
        sign(&r.keys[1], r.id + U256::from(7), 0xb1),
        sign(&r.keys[1], r.id + U256::from(7), 0xb2),
        // An operator's header for a batch nobody asked about (it would evict real ones).
        sign(&r.keys[1], r.id, 0xc1),
    ];
    let hashes = junk.iter().map(|h| h.header_hash).collect();
    let app = axum::Router::new().route(
        "/headers/{batch}",
        axum::routing::get(move || {
            let junk = junk.clone();
            async move { axum::Json(junk) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, hashes))
}

#[tokio::test]
async fn a_leader_showing_its_peers_another_header_than_it_posts_is_slashed() -> eyre::Result<()> {
    let r = rollup(41323).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let staking = Staking::new(d.staking, &admin);
    let token = AltToken::new(d.token, &admin);
    let dir = tempfile::tempdir()?;
    let cheat =
        spawn_node(&r, dir.path(), "cheat", Some(0), &["--sequence", "--misbehave-equivocate"])?;
    let (hostile, junk) = hostile_peer(&r).await?;
    let peers = format!("{},{hostile}", cheat.url);
    let honest = spawn_node(&r, dir.path(), "honest", Some(1), &["--challenge", "--peer", &peers])?;
    let seq = r.operators[0].address();
    let before = staking.stakeOf(seq, seq).call().await?;
    let reporter = r.keys[1].address();
    let paid_before = token.balanceOf(reporter).call().await?;

    // A deposit: the cheat posts batch 0 and shows its peers a second header for it.
    let user = r.devnet.signer(7);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let slasher = Slasher::new(d.slasher, &admin);
    let slashed = until("the equivocation slashed", 60, || {
        let slasher = slasher.clone();
        async move {
            let logs = slasher.OperatorSlashed_filter().from_block(0).query().await?;
            Ok(logs.into_iter().map(|(l, _)| l).find(|l| l.kind == 0))
        }
    })
    .await?;
    let posted = manager.BatchPosted_filter().from_block(0).query().await?;
    assert_eq!(posted.len(), 1, "the cheat posted batch 0 once");
    let bips = U256::from(slasher.parameters().call().await?.equivocationBips);
    assert_eq!((slashed.operator, slashed.reporter), (seq, reporter));
    assert_eq!(slashed.amount, (before * bips).div_ceil(U256::from(10_000)));
    assert_eq!(staking.stakeOf(seq, seq).call().await?, before - slashed.amount);
    assert_eq!(token.balanceOf(reporter).call().await?, paid_before + slashed.reporterReward);

    // Both nodes serve both of the cheat's headers for batch 0 (the honest one relays them),
    // the posted one among them; none of the hostile peer's.
    let http = reqwest::Client::new();
    let posted_hash = posted[0].0.headerHash;
    for url in [&cheat.url, &honest.url] {
        let served: Vec<alt_node::derive::SignedHeader> =
            http.get(format!("{url}/headers/0")).send().await?.json().await?;
        let hashes: Vec<B256> = served.iter().map(|h| h.header_hash).collect();
        assert_eq!(hashes.len(), 2, "{url}: {hashes:?}");
        assert!(hashes.contains(&posted_hash), "{url}: {hashes:?}");
        assert!(junk.iter().all(|j| !hashes.contains(j)), "{url} relays junk: {hashes:?}");
    }
    let far: Vec<Value> =
        http.get(format!("{}/headers/999", honest.url)).send().await?.json().await?;
    assert!(far.is_empty(), "a header for a batch not asked about was kept: {far:?}");
    // One slash, and nothing else sent for the junk (no refused evidence in its log).
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let all = slasher.OperatorSlashed_filter().from_block(0).query().await?;
    assert_eq!(all.len(), 1, "{all:?}");
    let logs = std::fs::read_to_string(&honest.log)?;
    assert!(logs.contains("equivocation evidence submitted"), "{logs}");
    assert!(
        !logs.contains("evidence refused") && !logs.contains("evidence not submitted"),
        "{logs}"
    );
    Ok(())
}
