//! L1 derivation on a real anvil chain: batches posted with `postBatch` (one honest, one with a
//! wrong root) are re-executed from their calldata; a reorg that replaces the wrong batch with
//! an honest one is followed; and a node started from scratch reaches the same root at every
//! batch as the one that followed everything.

use alloy::{
    primitives::{Address, B256, U256, utils::parse_ether},
    providers::{Provider, ProviderBuilder},
};
use alt_bindings::{alt_token::AltToken, i_rollup_manager::IRollupManager};
use alt_e2e::{TX_GAS, advance_time};
use alt_node::derive::{Derivation, Verdict};
use alt_stf::{state::State, tx::Tx};
mod common;
use common::{rollup, with_wrong_root};

/// (header hash, verdict, root) of every batch derived.
fn summary(d: &Derivation) -> Vec<(B256, Verdict, B256)> {
    d.batches().iter().map(|b| (b.posted.header_hash, b.verdict.clone(), b.root)).collect()
}

#[tokio::test]
async fn batches_are_derived_from_l1_checked_step_by_step_and_follow_a_reorg() -> eyre::Result<()> {
    let r = rollup(41301).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let domain = r.domain();

    // Batch 0, honest: the user's deposit and a transfer paying a fee.
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let txs0 = vec![
        Tx::Deposit { index: 0, to: user.address(), amount: deposit },
        r.transfer(&user, friend.address(), parse_ether("10")?, parse_ether("1")?, 0)?,
    ];
    let b0 = l2.execute_batch(&domain, r.id, 0, 1, &txs0)?;
    r.post(&b0).await?;

    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    let u = node.catch_up().await?;
    assert_eq!((u.derived, u.rolled_back), (1, 0));
    let got = &node.derivation().batches()[0];
    assert_eq!(got.verdict, Verdict::Valid);
    assert_eq!(got.root, b0.header.postRoot, "re-executed from calldata to the posted root");
    assert_eq!(got.txs, txs0);
    assert_eq!(node.derivation().state().account(friend.address()).0, parse_ether("10")?);

    // Batch 1 claims a wrong root from its second step on: the node finds that step, and keeps
    // its own (honest) state.
    let provider = ProviderBuilder::new().connect_http(r.devnet.anvil.endpoint_url());
    let snapshot: U256 = provider.raw_request("evm_snapshot".into(), ()).await?;
    let txs1 = vec![
        r.transfer(&friend, user.address(), parse_ether("2")?, parse_ether("1")?, 0)?,
        r.transfer(&user, friend.address(), parse_ether("3")?, parse_ether("1")?, 1)?,
    ];
    let mut honest = l2.clone();
    let b1 = honest.execute_batch(&domain, r.id, 1, 1, &txs1)?;
    let wrong = B256::repeat_byte(0xbd);
    r.post(&with_wrong_root(b1.clone(), 1, wrong)).await?;
    let u = node.catch_up().await?;
    assert_eq!((u.derived, u.rolled_back), (1, 0));
    let got = &node.derivation().batches()[1];
    assert_eq!(
        got.verdict,
        Verdict::Fraud {
            step: 1,
            ours: b1.roots[1],
            theirs: wrong,
            ours_fees: b1.fees[1],
            theirs_fees: b1.fees[1],
        }
    );
    assert_eq!(node.derivation().state().root(), b1.header.postRoot, "the node's own execution");

    // A later batch builds on the wrong root: the node does not execute it.
    let mut on_wrong = honest.clone();
    let txs2 = vec![r.transfer(&friend, user.address(), parse_ether("1")?, U256::ZERO, 1)?];
    let mut b2 = on_wrong.execute_batch(&domain, r.id, 2, 1, &txs2)?;
    b2.header.prevRoot = wrong;
    r.post(&b2).await?;
    node.catch_up().await?;
    assert_eq!(node.derivation().batches()[2].verdict, Verdict::Unverifiable { on: 1 });
    assert_eq!(node.derivation().state().root(), b1.header.postRoot);

    // The chain reorganises: batches 1 and 2 are forgotten and an honest batch 1 with other
    // transactions takes their place (and a block more, so the new branch is the longer).
    let reverted: bool = provider.raw_request("evm_revert".into(), (snapshot,)).await?;
    assert!(reverted);
    let txs1b =
        vec![r.transfer(&friend, user.address(), parse_ether("4")?, parse_ether("2")?, 0)?];
    let mut l2b = l2.clone();
    let b1b = l2b.execute_batch(&domain, r.id, 1, 1, &txs1b)?;
    r.post(&b1b).await?;
    let _: String = provider.raw_request("evm_mine".into(), ()).await?;
    let _: String = provider.raw_request("evm_mine".into(), ()).await?;
    let u = node.catch_up().await?;
    assert_eq!((u.rolled_back, u.derived), (2, 1), "back to the fork, then the new batch");
    assert_eq!(node.derivation().batches().len(), 2);
    assert_eq!(node.derivation().batches()[1].verdict, Verdict::Valid);
    assert_eq!(node.derivation().state().root(), b1b.header.postRoot);
    assert_eq!(node.derivation().state().account(friend.address()).0, parse_ether("4")?);

    // A node started from scratch now agrees with the one that followed everything.
    let mut fresh = r.follower(&dir.path().join("fresh.db")).await?;
    fresh.catch_up().await?;
    assert_eq!(summary(fresh.derivation()), summary(node.derivation()));
    assert_eq!(fresh.derivation().state().root(), node.derivation().state().root());
    Ok(())
}

#[tokio::test]
async fn a_wrong_root_is_challenged_reverted_and_slashed_and_the_rollup_rebuilds_on_the_last_good_root()
-> eyre::Result<()> {
    use alt_bindings::{slasher::Slasher, staking::Staking};
    let r = rollup(41302).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let domain = r.domain();
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let txs0 = vec![
        Tx::Deposit { index: 0, to: user.address(), amount: deposit },
        r.transfer(&user, friend.address(), parse_ether("10")?, parse_ether("1")?, 0)?,
    ];
    let b0 = l2.execute_batch(&domain, r.id, 0, 1, &txs0)?;
    r.post(&b0).await?;
    // Batch 1: three transfers; the sequencer claims a wrong root from the third on (step 2).
    let txs1 = vec![
        r.transfer(&friend, user.address(), parse_ether("2")?, parse_ether("1")?, 0)?,
        r.transfer(&user, friend.address(), parse_ether("3")?, parse_ether("1")?, 1)?,
        r.transfer(&user, friend.address(), parse_ether("5")?, parse_ether("1")?, 2)?,
    ];
    let b1 = l2.clone().execute_batch(&domain, r.id, 1, 1, &txs1)?;
    r.post(&with_wrong_root(b1, 2, B256::repeat_byte(0x66))).await?;

    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    node.catch_up().await?;
    assert!(matches!(node.derivation().batches()[1].verdict, Verdict::Fraud { step: 2, .. }));
    // No proof for an honest batch.
    let challenger = r.devnet.signer(9);
    let wallet = r.devnet.wallet(&challenger);
    let fees = alt_node::l1::Fees::default();
    let refused =
        alt_node::challenger::challenge(&wallet, d.rollup_manager, node.derivation(), 0, &fees)
            .await;
    assert!(
        matches!(refused, Err(alt_node::challenger::ChallengeError::NoFraud(0))),
        "{refused:?}"
    );

    let staking = Staking::new(d.staking, &admin);
    let seq = r.operators[0].address();
    let stake_before = staking.stakeOf(seq, seq).call().await?;
    let token = AltToken::new(d.token, &admin);
    let paid_before = token.balanceOf(challenger.address()).call().await?;
    let tx =
        alt_node::challenger::challenge(&wallet, d.rollup_manager, node.derivation(), 1, &fees)
            .await?;
    let receipt = admin.get_transaction_receipt(tx.tx).await?.expect("mined");
    let proven = receipt.decoded_log::<IRollupManager::FraudProven>().expect("FraudProven");
    assert_eq!(
        (proven.batchIndex, proven.challenger, proven.stepIndex, proven.toIndex, proven.sequencer),
        (U256::from(1), challenger.address(), U256::from(2), U256::from(2), seq)
    );
    // The sequencer loses the fraud fraction of its stake (rounded up); the challenger is paid
    // the reporter's share of it.
    let slashed = receipt.decoded_log::<Slasher::OperatorSlashed>().expect("OperatorSlashed");
    let bips = U256::from(Slasher::new(d.slasher, &admin).fraudBips().call().await?);
    let ten_k = U256::from(10_000);
    assert_eq!(slashed.operator, seq);
    assert_eq!(slashed.amount, (stake_before * bips).div_ceil(ten_k));
    assert_eq!(staking.stakeOf(seq, seq).call().await?, stake_before - slashed.amount);
    assert_eq!(
        (slashed.reporter, slashed.reporterReward > U256::ZERO),
        (challenger.address(), true)
    );
    assert_eq!(
        token.balanceOf(challenger.address()).call().await?,
        paid_before + slashed.reporterReward
    );
    // The same proof again is refused before it costs gas.
    let again =
        alt_node::challenger::challenge(&wallet, d.rollup_manager, node.derivation(), 1, &fees)
            .await;
    assert!(matches!(again, Err(alt_node::challenger::ChallengeError::Refused(_))), "{again:?}");

    // The node drops the reverted batch and stands on the last good root; the owner names
    // another sequencer (the first is jailed) and the rollup goes on from there.
    let u = node.catch_up().await?;
    assert_eq!(u.rolled_back, 1);
    assert_eq!(node.derivation().state().root(), b0.header.postRoot);

    // Batch 0, still pending, is attested under the rollup's generation now (1), which is what
    // `confirmBatch` counts: signatures under its posted generation (0) are all refused, those
    // under the current one make it fast-final.
    use alloy::primitives::Bytes;
    use alt_node::{aggregator, signing::SigningRecord, verifier::Verifier};
    let batch0 = node.derivation().batches()[0].clone();
    let posted_at: u64 = manager.batch(r.id, U256::ZERO).call().await?.postedAt.to();
    let generation = manager.rollup(r.id).call().await?.generation;
    assert_eq!((batch0.posted.generation, generation), (0, 1));
    let (mut posted_gen, mut current_gen) = (Vec::new(), Vec::new());
    for (i, key) in r.keys.iter().enumerate() {
        let record = SigningRecord::open(&dir.path().join(format!("signing-{i}.db"))).await?;
        let v = Verifier::new(key.clone(), record, d.slasher, d.chain_id);
        let sig = |s: alloy::primitives::Signature| Bytes::from(s.as_bytes().to_vec());
        posted_gen.push(sig(v.attest_at(&batch0, posted_at, 0).await?));
        current_gen.push(sig(v.attest_at(&batch0, posted_at, generation).await?));
    }
    let aggregator_wallet = r.devnet.wallet(&r.devnet.signer(6));
    let stale = aggregator::confirm(
        &aggregator_wallet,
        d.rollup_manager,
        r.id,
        U256::ZERO,
        posted_gen,
        &Default::default(),
    )
    .await;
    assert!(stale.is_err(), "signatures under the posted generation are refused: {stale:?}");
    let fresh = aggregator::confirm(
        &aggregator_wallet,
        d.rollup_manager,
        r.id,
        U256::ZERO,
        current_gen,
        &Default::default(),
    )
    .await?;
    assert!(fresh.quorum, "{fresh:?}");
    assert_eq!(manager.fastRisk(r.id).call().await?.fastFinalCount, 1);

    manager
        .setSequencer(r.id, r.operators[1].address())
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let txs1b =
        vec![r.transfer(&friend, user.address(), parse_ether("1")?, parse_ether("1")?, 0)?];
    let b1b = l2.clone().execute_batch(&domain, r.id, 1, 1, &txs1b)?;
    r.post_as(1, &b1b).await?;
    node.catch_up().await?;
    let last = node.derivation().batches().last().expect("batch 1");
    assert_eq!(
        (last.posted.index(), last.posted.generation, &last.verdict),
        (1, 1, &Verdict::Valid)
    );
    assert_eq!(node.derivation().state().root(), b1b.header.postRoot);
    Ok(())
}

/// The real binary, as an operator runs it: it finds the fraud on its own, proves it from its
/// L1 key, logs it, and stops cleanly on SIGTERM.
#[tokio::test]
async fn the_binary_challenges_a_wrong_root_and_stops_cleanly() -> eyre::Result<()> {
    let r = rollup(41303).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let one = parse_ether("1")?;
    r.post_wrong_first_batch(Address::repeat_byte(7), one, one, B256::repeat_byte(0x99)).await?;

    let dir = tempfile::tempdir()?;
    let challenger = r.devnet.signer(9);
    let key_file = dir.path().join("l1.key");
    std::fs::write(&key_file, alloy::hex::encode(challenger.to_bytes()))?;
    let mut node = std::process::Command::new(env!("CARGO_BIN_EXE_alt-node"))
        .args(["--rpc-url", &r.devnet.anvil.endpoint()])
        .arg("--deployment")
        .arg(&r.devnet.deployment_file)
        .args(["--rollup-id", &r.id.to_string(), "--challenge", "--poll-ms", "50"])
        .args(["--listen", "127.0.0.1:0"])
        .arg("--data-dir")
        .arg(dir.path().join("node"))
        .arg("--l1-key-file")
        .arg(&key_file)
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while manager.rollup(r.id).call().await?.generation == 0 {
        if std::time::Instant::now() > deadline {
            node.kill()?;
            let out = node.wait_with_output()?;
            eyre::bail!("no challenge within 60 s: {}", String::from_utf8_lossy(&out.stderr));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let proven = manager.FraudProven_filter().from_block(0).query().await?;
    assert_eq!(proven.len(), 1);
    assert_eq!(
        (proven[0].0.challenger, proven[0].0.stepIndex),
        (challenger.address(), U256::from(1))
    );
    // SIGTERM: a clean stop.
    let pid = node.id().to_string();
    std::process::Command::new("kill").args(["-TERM", &pid]).status()?;
    let out = node.wait_with_output()?;
    let logs = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}\n{logs}", out.status);
    assert!(logs.contains("batch FRAUDULENT") && logs.contains("fraud proven on L1"), "{logs}");
    assert!(logs.contains("stopped"), "{logs}");
    assert!(!logs.contains(&alloy::hex::encode(challenger.to_bytes())), "the key is never logged");
    Ok(())
}

/// A wrong root nobody proves within its window becomes final on L1. The node cannot make it
/// right (the state behind the wrong root exists nowhere), but it must not carry on as if all
/// were well: it reports the batch (`alt_node_fraud_final_batch`), logs it as an error, and
/// stops being ready, while L1's finality and the node's execution part ways.
#[tokio::test]
async fn a_wrong_root_that_becomes_final_is_reported_and_the_node_is_not_ready() -> eyre::Result<()>
{
    let r = rollup(41343).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let one = parse_ether("1")?;
    r.post_wrong_first_batch(Address::repeat_byte(7), one, one, B256::repeat_byte(0x99)).await?;

    // A node that does not challenge: it finds the fraud, and is ready.
    let dir = tempfile::tempdir()?;
    let node = common::spawn_node(&r, dir.path(), "watcher", None, &[])?;
    let http = reqwest::Client::new();
    let read = |name: &'static str| {
        let (http, url) = (http.clone(), node.url.clone());
        async move { common::metric(&http, &url, name).await }
    };
    common::until("the fraud found, ready", 60, || async {
        let found = read("alt_node_batches_fraudulent").await? == 1;
        Ok((found && read("alt_node_ready").await? == 1).then_some(()))
    })
    .await?;
    assert_eq!(read("alt_node_fraud_final_batch").await?, 0);

    // Nobody proves it: past the window it is finalized like any batch.
    advance_time(&admin, alt_e2e::rollup_params(true).challengeWindow + 1).await?;
    manager.finalize(r.id, U256::from(8)).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(manager.isFinal(r.id, U256::ZERO).call().await?);
    common::until("the final fraud reported", 60, || async {
        Ok((read("alt_node_fraud_final_batch").await? == 1).then_some(()))
    })
    .await?;
    assert_eq!(read("alt_node_ready").await?, 0, "not ready");
    let logs = std::fs::read_to_string(&node.log)?;
    assert_eq!(logs.matches("found fraudulent is final on L1").count(), 1, "logged once: {logs}");
    Ok(())
}

/// A post made through a contract (a multisig, a multicall): the batch's data is not in the
/// transaction's calldata but in its trace, and the node reads it from there.
#[tokio::test]
async fn a_batch_posted_through_a_contract_is_derived_from_the_trace() -> eyre::Result<()> {
    let r = rollup(41308).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let user = r.devnet.signer(7);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let txs = vec![
        Tx::Deposit { index: 0, to: user.address(), amount: deposit },
        r.transfer(&user, Address::repeat_byte(7), parse_ether("1")?, parse_ether("1")?, 0)?,
    ];
    let b0 = State::new().execute_batch(&r.domain(), r.id, 0, 1, &txs)?;
    let forwarder = common::deploy_forwarder(&r.devnet, d.rollup_manager).await?;
    r.post_via(0, &b0, Some(forwarder)).await?;
    assert_eq!(manager.rollup(r.id).call().await?.batchCount, 1, "posted through the forwarder");
    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    node.catch_up().await?;
    let got = &node.derivation().batches()[0];
    assert_eq!(
        (got.verdict.clone(), got.root, &got.txs),
        (Verdict::Valid, b0.header.postRoot, &txs)
    );
    Ok(())
}

/// The sequencer puts its soft transactions before the L1 queue's entries: the contract takes a
/// deposit after a transfer in the same batch (queue order is what it checks, not position).
#[tokio::test]
async fn a_deposit_after_signed_transactions_in_a_batch_is_accepted() -> eyre::Result<()> {
    let r = rollup(41313).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let user = r.devnet.signer(7);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let t0 = vec![Tx::Deposit { index: 0, to: user.address(), amount: deposit }];
    r.post(&l2.execute_batch(&r.domain(), r.id, 0, 1, &t0)?).await?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let t1 = vec![
        r.transfer(&user, Address::repeat_byte(9), parse_ether("1")?, parse_ether("1")?, 0)?,
        Tx::Deposit { index: 1, to: user.address(), amount: deposit },
    ];
    r.post(&l2.execute_batch(&r.domain(), r.id, 1, 2, &t1)?).await?;
    assert_eq!(manager.rollup(r.id).call().await?.batchCount, 2);
    Ok(())
}

#[tokio::test]
async fn a_restart_derives_every_batch_from_the_post_cache_without_the_rpc() -> eyre::Result<()> {
    let r = rollup(41319).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let domain = r.domain();
    let t0 = vec![Tx::Deposit { index: 0, to: user.address(), amount: deposit }];
    r.post(&l2.execute_batch(&domain, r.id, 0, 1, &t0)?).await?;
    for i in 0..3u64 {
        let t = r.transfer(&user, friend.address(), parse_ether("1")?, parse_ether("1")?, i)?;
        r.post(&l2.execute_batch(&domain, r.id, 1 + i, 1, &[t])?).await?;
    }
    let dir = tempfile::tempdir()?;
    let posts = dir.path().join("posts.db");
    let mut first = r.follower(&dir.path().join("first.db")).await?;
    first.persist_posts(&posts).await?;
    first.catch_up().await?;
    assert_eq!(first.derivation().batches().len(), 4);
    drop(first);

    // Restarted with an RPC that answers nothing for posts: every batch comes from the cache.
    let dead = format!("http://127.0.0.1:{}", common::free_port()?).parse()?;
    let mut again = r.follower_reading_posts_from(&dir.path().join("again.db"), dead).await?;
    again.persist_posts(&posts).await?;
    let u = again.catch_up().await?;
    assert_eq!(u.derived, 4);
    let s = summary(again.derivation());
    assert!(s.iter().all(|(_, v, _)| *v == Verdict::Valid), "{s:?}");
    assert_eq!(again.derivation().state().root(), l2.root());
    drop(again);

    // A row edited on disk (other roots for batch 1) is not trusted: with the RPC dead the
    // restart fails rather than call an honest batch fraudulent; with it, all is valid again.
    use alloy::sol_types::SolValue;
    use alt_bindings::i_rollup_manager::IRollupManagerTypes::BatchPost;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", posts.display())).await?;
    let rows: Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> =
        sqlx::query_as("SELECT tx_hash, header_hash, post FROM posts").fetch_all(&pool).await?;
    let (tx_hash, header_hash, post) = rows
        .into_iter()
        .find(|(_, _, p)| {
            BatchPost::abi_decode(p).is_ok_and(|p| p.header.batchIndex == U256::from(1))
        })
        .expect("batch 1 cached");
    let mut edited = BatchPost::abi_decode(&post)?;
    edited.roots[0] = B256::repeat_byte(0xee);
    sqlx::query("UPDATE posts SET post = ? WHERE tx_hash = ? AND header_hash = ?")
        .bind(edited.abi_encode())
        .bind(tx_hash)
        .bind(header_hash)
        .execute(&pool)
        .await?;
    pool.close().await;
    let dead = format!("http://127.0.0.1:{}", common::free_port()?).parse()?;
    let mut blind = r.follower_reading_posts_from(&dir.path().join("blind.db"), dead).await?;
    blind.persist_posts(&posts).await?;
    let refused = blind.catch_up().await;
    assert!(refused.is_err(), "the edited row was used");
    assert!(blind.derivation().batches().iter().all(|b| b.verdict == Verdict::Valid));
    drop(blind);
    let mut healed = r.follower(&dir.path().join("healed.db")).await?;
    healed.persist_posts(&posts).await?;
    healed.catch_up().await?;
    let s = summary(healed.derivation());
    assert_eq!(s.len(), 4);
    assert!(s.iter().all(|(_, v, _)| *v == Verdict::Valid), "{s:?}");
    Ok(())
}

#[tokio::test]
async fn a_restart_resumes_from_a_state_checkpoint_without_executing_history() -> eyre::Result<()> {
    let r = rollup(41322).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let mut l2 = State::new();
    let domain = r.domain();
    let t0 = vec![Tx::Deposit { index: 0, to: user.address(), amount: deposit }];
    r.post(&l2.execute_batch(&domain, r.id, 0, 1, &t0)?).await?;
    // Batch 1 carries a no-op (more than the user has) between two transfers: its receipt
    // must still say so after a restart from the checkpoint.
    let t1 = vec![
        r.transfer(&user, friend.address(), parse_ether("1")?, parse_ether("1")?, 0)?,
        r.transfer(&user, friend.address(), parse_ether("1000")?, parse_ether("1")?, 1)?,
        r.transfer(&user, friend.address(), parse_ether("2")?, parse_ether("1")?, 1)?,
    ];
    r.post(&l2.execute_batch(&domain, r.id, 1, 1, &t1)?).await?;
    let t2 = vec![r.transfer(&user, friend.address(), parse_ether("3")?, U256::ZERO, 2)?];
    r.post(&l2.execute_batch(&domain, r.id, 2, 1, &t2)?).await?;

    let dir = tempfile::tempdir()?;
    let (posts, states) = (dir.path().join("posts.db"), dir.path().join("state.db"));
    let mut first = r.follower(&dir.path().join("first.db")).await?;
    first.persist_posts(&posts).await?;
    assert_eq!(first.persist_state(&states).await?, 0, "a new file holds no checkpoint");
    assert_eq!(first.catch_up().await?.derived, 3);
    assert_eq!(first.save_checkpoint(usize::MAX).await?, Some(3));
    assert_eq!(first.save_checkpoint(usize::MAX).await?, None, "nothing new: nothing written");
    let changed: Vec<Vec<bool>> =
        first.derivation().batches().iter().map(|b| b.changed.clone()).collect();
    assert_eq!(changed[1], [true, false, true]);
    drop(first);

    // One more batch while it was down.
    let t3 = vec![r.transfer(&friend, user.address(), parse_ether("1")?, U256::ZERO, 0)?];
    r.post(&l2.execute_batch(&domain, r.id, 3, 1, &t3)?).await?;

    // Restarted: the three checkpointed batches are taken as they were, only the new one is
    // executed, and everything (root, verdicts, no-op flags, proofs) is as a full derivation's.
    let mut again = r.follower(&dir.path().join("again.db")).await?;
    again.persist_posts(&posts).await?;
    assert_eq!(again.persist_state(&states).await?, 1);
    let u = again.catch_up().await?;
    assert_eq!((u.resumed, u.derived), (3, 1));
    let mut full = r.follower(&dir.path().join("full.db")).await?;
    full.persist_posts(&posts).await?;
    assert_eq!(full.catch_up().await?.derived, 4);
    assert_eq!(summary(again.derivation()), summary(full.derivation()));
    assert_eq!(again.derivation().state().root(), l2.root());
    for (a, b) in again.derivation().batches().iter().zip(full.derivation().batches()) {
        assert_eq!(a.changed, b.changed);
    }
    assert_eq!(
        again.derivation().state().account_proof(friend.address()),
        l2.account_proof(friend.address())
    );
    assert_eq!(again.save_checkpoint(usize::MAX).await?, Some(4));
    drop((again, full));

    // An edited checkpoint (the friend given one more wei) is not used: its root is not the
    // posted one, so every batch is executed, to the right root.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", states.display())).await?;
    let (bytes,): (Vec<u8>,) =
        sqlx::query_as("SELECT state FROM checkpoints WHERE batches = 4").fetch_one(&pool).await?;
    let mut c = alt_node::derive::Checkpoint::decode(&bytes).expect("decodes");
    let who = c.state.iter_mut().find(|(a, ..)| *a == friend.address()).expect("friend");
    who.1 += U256::ONE;
    sqlx::query("DELETE FROM checkpoints WHERE batches <> 4").execute(&pool).await?;
    sqlx::query("UPDATE checkpoints SET state = ? WHERE batches = 4")
        .bind(c.encode())
        .execute(&pool)
        .await?;
    pool.close().await;
    let mut wary = r.follower(&dir.path().join("wary.db")).await?;
    wary.persist_posts(&posts).await?;
    assert_eq!(wary.persist_state(&states).await?, 1);
    let u = wary.catch_up().await?;
    assert_eq!((u.resumed, u.derived), (0, 4));
    assert_eq!(wary.derivation().state().root(), l2.root());
    assert_eq!(wary.derivation().state().account(friend.address()), l2.account(friend.address()));
    Ok(())
}
