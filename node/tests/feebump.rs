//! A batch post caught by an L1 fee spike: the sequencer node re-sends it with the same nonce
//! and higher fees, so the deposit it carries is posted while the spike lasts, not when the
//! base fee has decayed (which could be past the deposit's inclusion deadline).

use alloy::{
    consensus::Transaction as _,
    primitives::{U256, utils::parse_ether},
    providers::Provider,
};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::TX_GAS;
use serde_json::Value;

mod common;
use common::{free_port, metric, rollup, spawn_node, spawn_node_at, squad_rollup, until};

#[tokio::test]
async fn a_post_stuck_below_a_fee_spike_is_re_sent_with_higher_fees() -> eyre::Result<()> {
    let r = rollup(41324).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let flags = ["--sequence", "--bump-after-secs", "2", "--max-fee-gwei", "100000"];
    let node = spawn_node(&r, dir.path(), "seq", Some(0), &flags)?;
    let http = reqwest::Client::new();
    until("the node ready", 60, || {
        let (http, url) = (http.clone(), node.url.clone());
        async move { Ok((metric(&http, &url, "alt_node_ready").await? == 1).then_some(())) }
    })
    .await?;

    // Blocks only when the test mines them; a deposit mined at the normal base fee.
    let _: () = admin.raw_request("evm_setAutomine".into(), (false,)).await?;
    let user = r.devnet.signer(7);
    let pending =
        manager.deposit(r.id, user.address(), parse_ether("5")?).gas(TX_GAS).send().await?;
    let _: String = admin.raw_request("evm_mine".into(), ()).await?;
    pending.get_receipt().await?;

    // The node's post waits in the pool; then the base fee jumps to 10,000 gwei.
    let sequencer = r.keys[0].address();
    let first = until("the post in the pool", 60, || {
        let admin = admin.clone();
        async move {
            let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
            let by_sender = pool["pending"].as_object().cloned().unwrap_or_default();
            Ok(by_sender
                .into_iter()
                .filter(|(from, _)| from.eq_ignore_ascii_case(&sequencer.to_string()))
                .find_map(|(_, txs)| txs.as_object().and_then(|m| m.values().next().cloned())))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", std::fs::read_to_string(&node.log).unwrap_or_default()))?;
    let first_fee = u128::from_str_radix(
        first["maxFeePerGas"].as_str().unwrap_or("0x0").trim_start_matches("0x"),
        16,
    )?;
    let first_nonce = first["nonce"].as_str().unwrap_or_default().to_string();
    let spike: u128 = 10_000 * 1_000_000_000;
    assert!(first_fee < spike, "{first}");
    let _: () =
        admin.raw_request("anvil_setNextBlockBaseFeePerGas".into(), (U256::from(spike),)).await?;

    // A block every 300 ms: the base fee decays by an eighth per block, so the first post
    // alone would wait some 60 blocks; re-sent above the base fee, it is in within seconds.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    let posted = loop {
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        let logs = manager.BatchPosted_filter().from_block(0).query().await?;
        if let Some((_, log)) = logs.into_iter().next() {
            break log;
        }
        eyre::ensure!(
            std::time::Instant::now() < deadline,
            "the post was not mined within 15 s of the spike: {}",
            std::fs::read_to_string(&node.log)?
        );
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    };
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    let block = admin
        .get_block_by_number(posted.block_number.expect("mined").into())
        .await?
        .expect("block");
    let base = u128::from(block.header.base_fee_per_gas.expect("1559"));
    assert!(base > first_fee, "mined during the spike: base {base}, first fee {first_fee}");
    let tx =
        admin.get_transaction_by_hash(posted.transaction_hash.expect("tx")).await?.expect("tx");
    assert!(tx.max_fee_per_gas() >= base && tx.max_fee_per_gas() > first_fee);
    assert_eq!(format!("{:#x}", tx.nonce()), first_nonce, "the same nonce: the first replaced");
    until("the bump counted", 30, || {
        let (http, url) = (http.clone(), node.url.clone());
        async move {
            Ok((metric(&http, &url, "alt_node_post_fee_bumps_total").await? >= 1).then_some(()))
        }
    })
    .await?;
    let logs = std::fs::read_to_string(&node.log)?;
    assert!(logs.contains("re-sent with higher fees"), "{logs}");
    Ok(())
}

/// A challenge caught by an L1 fee spike is re-sent at its nonce with higher fees and lands
/// while the spike lasts (a fraud proof must not wait for the base fee to decay past the
/// batch's window). The same path carries `confirmBatch`, equivocation evidence and the keeper's
/// transactions (`alt_node::l1`).
#[tokio::test]
async fn a_challenge_stuck_below_a_fee_spike_is_re_sent_with_higher_fees() -> eyre::Result<()> {
    use alloy::primitives::B256;
    use alt_node::derive::Verdict;
    let r = rollup(41342).await?;
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let (friend, wrong) = (r.devnet.signer(8).address(), B256::repeat_byte(0x66));
    r.post_wrong_first_batch(friend, parse_ether("10")?, parse_ether("1")?, wrong).await?;
    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    node.catch_up().await?;
    assert!(matches!(node.derivation().batches()[0].verdict, Verdict::Fraud { step: 1, .. }));

    // Blocks only when the test mines them; the challenge is sent at the normal base fee...
    let challenger = r.devnet.signer(9);
    let sending = challenge_unmined(&r, node, &challenger).await?;
    let first = until("the challenge in the pool", 30, || {
        let admin = admin.clone();
        let from = challenger.address();
        async move {
            let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
            let by_sender = pool["pending"].as_object().cloned().unwrap_or_default();
            Ok(by_sender
                .into_iter()
                .filter(|(sender, _)| sender.eq_ignore_ascii_case(&from.to_string()))
                .find_map(|(_, txs)| txs.as_object().and_then(|m| m.values().next().cloned())))
        }
    })
    .await?;
    let first_fee = u128::from_str_radix(
        first["maxFeePerGas"].as_str().unwrap_or("0x0").trim_start_matches("0x"),
        16,
    )?;
    // ...then the base fee jumps to 10,000 gwei, and a block comes every 300 ms.
    let spike: u128 = 10_000 * 1_000_000_000;
    assert!(first_fee < spike, "{first}");
    let _: () =
        admin.raw_request("anvil_setNextBlockBaseFeePerGas".into(), (U256::from(spike),)).await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !sending.is_finished() {
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        eyre::ensure!(
            std::time::Instant::now() < deadline,
            "the challenge was not mined within 15 s of the spike"
        );
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    let sent = sending.await??;
    assert!(sent.bumps >= 1, "re-sent: {sent:?}");
    let receipt = admin.get_transaction_receipt(sent.tx).await?.expect("mined");
    assert!(receipt.decoded_log::<IRollupManager::FraudProven>().is_some(), "fraud proven");
    let block = admin
        .get_block_by_number(receipt.block_number.expect("mined").into())
        .await?
        .expect("block");
    let base = u128::from(block.header.base_fee_per_gas.expect("1559"));
    assert!(base > first_fee, "mined during the spike: base {base}, first fee {first_fee}");
    let tx = admin.get_transaction_by_hash(sent.tx).await?.expect("tx");
    assert!(tx.max_fee_per_gas() >= base && tx.max_fee_per_gas() > first_fee);
    assert_eq!(format!("{:#x}", tx.nonce()), first["nonce"].as_str().unwrap_or_default());
    Ok(())
}

/// With anvil mining only when the test says, `challenger` proves the fraud in `node`'s batch 0
/// in a task of its own (a bump a second, up to 100,000 gwei).
async fn challenge_unmined<P: Provider + Send + Sync + 'static>(
    r: &common::Rollup,
    node: alt_node::follow::Follower<P>,
    challenger: &alloy::signers::local::PrivateKeySigner,
) -> eyre::Result<
    tokio::task::JoinHandle<
        Result<alt_node::challenger::Sent, alt_node::challenger::ChallengeError>,
    >,
> {
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let _: () = admin.raw_request("evm_setAutomine".into(), (false,)).await?;
    let wallet = r.devnet.wallet(challenger);
    let fees = alt_node::l1::Fees {
        from: challenger.address(),
        bump_after: std::time::Duration::from_secs(1),
        max_fee: 100_000 * 1_000_000_000,
        timeout: std::time::Duration::from_secs(60),
    };
    let manager = r.devnet.deployment.rollup_manager;
    Ok(tokio::spawn(async move {
        alt_node::challenger::challenge(&wallet, manager, node.derivation(), 0, &fees).await
    }))
}

/// A challenge that another challenger wins while it waits below a fee spike is not bumped into
/// a revert: before each bump it is simulated, and once the contract would refuse it, it is
/// replaced at its nonce by an empty transfer to the account itself (21,000 gas).
#[tokio::test]
async fn a_challenge_another_wins_meanwhile_is_cancelled_at_its_nonce_not_bumped()
-> eyre::Result<()> {
    use alloy::{network::TransactionBuilder, primitives::B256, rpc::types::TransactionRequest};
    let r = rollup(41345).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let (friend, wrong) = (r.devnet.signer(8).address(), B256::repeat_byte(0x66));
    r.post_wrong_first_batch(friend, parse_ether("10")?, parse_ether("1")?, wrong).await?;
    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    node.catch_up().await?;
    let (header, step) = node.derivation().fraud_proof(0)?.expect("a fraud to prove");

    let challenger = r.devnet.signer(9);
    let ours = challenge_unmined(&r, node, &challenger).await?;
    let from = challenger.address();
    until("our challenge in the pool", 30, || {
        let admin = admin.clone();
        async move {
            let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
            let by_sender = pool["pending"].as_object().cloned().unwrap_or_default();
            Ok(by_sender.keys().any(|s| s.eq_ignore_ascii_case(&from.to_string())).then_some(()))
        }
    })
    .await?;
    let nonce = admin.get_transaction_count(from).await?;
    // The spike; a rival challenger pays through it and wins in the next block.
    let spike: u128 = 10_000 * 1_000_000_000;
    let _: () =
        admin.raw_request("anvil_setNextBlockBaseFeePerGas".into(), (U256::from(spike),)).await?;
    let call = IRollupManager::challengeCall { header, step };
    let rival = TransactionRequest::default()
        .with_to(d.rollup_manager)
        .with_input(alloy::sol_types::SolCall::abi_encode(&call))
        .with_gas_limit(3_000_000)
        .with_max_fee_per_gas(3 * spike)
        .with_max_priority_fee_per_gas(spike);
    let rival = admin.send_transaction(rival).await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !ours.is_finished() {
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        eyre::ensure!(std::time::Instant::now() < deadline, "our challenge not settled in 20 s");
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    assert!(rival.get_receipt().await?.status(), "the rival proved the fraud");
    let err = ours.await?.expect_err("ours cannot land any more");
    assert!(err.to_string().contains("cancelled at nonce"), "{err}");
    // What took our nonce is the empty transfer, and it succeeded.
    assert_eq!(admin.get_transaction_count(from).await?, nonce + 1);
    let head = admin.get_block_number().await?;
    let mut taken = None;
    for n in (0..=head).rev().take(80) {
        let block = admin.get_block_by_number(n.into()).full().await?.expect("block");
        for tx in block.transactions.txns() {
            if tx.inner.signer() == from && tx.nonce() == nonce {
                taken = Some(tx.clone());
            }
        }
    }
    let taken = taken.expect("the transaction at our nonce");
    assert_eq!((taken.to(), taken.gas_limit()), (Some(from), 21_000), "{taken:?}");
    let receipt = admin.get_transaction_receipt(*taken.inner.tx_hash()).await?.expect("mined");
    assert!(receipt.status());
    Ok(())
}

/// A post that cannot be mined in time (the fee spike above `--max-fee-gwei`) is given up on
/// by its round; later rounds try again (at its nonce while it is unmined) and when fees fall
/// exactly one post is mined, at the next nonce, with nothing left queued behind it. (anvil
/// drops a transaction whose fee cap falls below the base fee, where geth keeps it pending, so
/// the pool never holds the old post here: what this checks is that giving up and trying
/// again loses nothing and doubles nothing.)
#[tokio::test]
async fn a_post_left_unmined_is_replaced_at_its_nonce_not_queued_behind() -> eyre::Result<()> {
    let r = rollup(41327).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let flags = [
        "--sequence",
        "--bump-after-secs",
        "1",
        "--max-fee-gwei",
        "50",
        "--post-timeout-secs",
        "3",
    ];
    let node = spawn_node(&r, dir.path(), "seq", Some(0), &flags)?;
    let http = reqwest::Client::new();
    until("the node ready", 60, || {
        let (http, url) = (http.clone(), node.url.clone());
        async move { Ok((metric(&http, &url, "alt_node_ready").await? == 1).then_some(())) }
    })
    .await?;
    let _: () = admin.raw_request("evm_setAutomine".into(), (false,)).await?;
    let user = r.devnet.signer(7);
    let pending =
        manager.deposit(r.id, user.address(), parse_ether("5")?).gas(TX_GAS).send().await?;
    let _: String = admin.raw_request("evm_mine".into(), ()).await?;
    pending.get_receipt().await?;
    let sequencer = r.keys[0].address();
    let ours = |pool: &Value| -> Vec<Value> {
        pool["pending"]
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(from, _)| from.eq_ignore_ascii_case(&sequencer.to_string()))
            .flat_map(|(_, txs)| txs.as_object().cloned().unwrap_or_default().into_values())
            .collect()
    };
    until("the post in the pool", 60, || {
        let admin = admin.clone();
        async move {
            let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
            Ok((!ours(&pool).is_empty()).then_some(()))
        }
    })
    .await?;
    let nonce_before = admin.get_transaction_count(sequencer).latest().await?;

    // 10,000 gwei, 200 times the node's cap: no bump can get the post in. Rounds give up on it
    // (3 s each) and try again; the pool never holds more than one post of the node.
    let spike: u128 = 10_000 * 1_000_000_000;
    let _: () =
        admin.raw_request("anvil_setNextBlockBaseFeePerGas".into(), (U256::from(spike),)).await?;
    let _: String = admin.raw_request("evm_mine".into(), ()).await?;
    let until_t = std::time::Instant::now() + std::time::Duration::from_secs(12);
    while std::time::Instant::now() < until_t {
        let _: () = admin
            .raw_request("anvil_setNextBlockBaseFeePerGas".into(), (U256::from(spike),))
            .await?;
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
        let held = ours(&pool);
        assert!(held.len() <= 1, "one post in the pool at most, not a queue: {held:?}");
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let logs = std::fs::read_to_string(&node.log)?;
    assert!(logs.contains("post not mined within"), "a round gave up on it: {logs}");

    // The spike over (the base fee decays an eighth a block): one post mined, at that nonce.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        if !manager.BatchPosted_filter().from_block(0).query().await?.is_empty() {
            break;
        }
        eyre::ensure!(std::time::Instant::now() < deadline, "never posted");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let _: String = admin.raw_request("evm_mine".into(), ()).await?;
    assert_eq!(manager.BatchPosted_filter().from_block(0).query().await?.len(), 1);
    assert_eq!(
        admin.get_transaction_count(sequencer).latest().await?,
        nonce_before + 1,
        "one post mined"
    );
    let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
    assert!(ours(&pool).is_empty(), "nothing left queued: {pool}");
    Ok(())
}

/// A post waiting in the pool when its operator can no longer lead (here it leaves the SQUAD
/// sequencers while a fee spike holds the post out) is not bumped into a revert: its node
/// replaces it at its nonce with an empty transfer to itself (21,000 gas instead of a reverting
/// post's calldata), and the other sequencer, leading now, posts the deposit.
#[tokio::test]
async fn a_post_that_can_no_longer_land_is_cancelled_at_its_nonce_not_bumped() -> eyre::Result<()> {
    let r = squad_rollup(41328).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    // Both sequencers' stake counts from a snapshot a minute before a turn sequence starts.
    alt_e2e::advance_time(&admin, 61).await?;
    let dir = tempfile::tempdir()?;
    let ports = [free_port()?, free_port()?];
    let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}")).collect();
    let mut nodes = Vec::new();
    for (i, port) in ports.into_iter().enumerate() {
        let flags = [
            "--sequence",
            "--bump-after-secs",
            "1",
            "--max-fee-gwei",
            "100000",
            "--peer",
            &urls[1 - i],
        ];
        nodes.push(spawn_node_at(&r, dir.path(), &format!("seq-{i}"), Some(i), port, &flags)?);
    }
    let logs = || {
        nodes
            .iter()
            .map(|n| std::fs::read_to_string(&n.log).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n----\n")
    };
    // A first deposit starts the turns and is posted.
    let user = r.devnet.signer(7);
    manager
        .deposit(r.id, user.address(), parse_ether("5")?)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    until("the first batch", 60, || {
        let manager = manager.clone();
        async move { Ok((manager.rollup(r.id).call().await?.batchCount == 1).then_some(())) }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", logs()))?;

    // Blocks only when the test mines them; the second deposit's post waits in the pool.
    let _: () = admin.raw_request("evm_setAutomine".into(), (false,)).await?;
    let pending =
        manager.deposit(r.id, user.address(), parse_ether("5")?).gas(TX_GAS).send().await?;
    let _: String = admin.raw_request("evm_mine".into(), ()).await?;
    pending.get_receipt().await?;
    let from_block = admin.get_block_number().await?;
    let keys: Vec<String> = r.keys[..2].iter().map(|k| k.address().to_string()).collect();
    let (lead, post) = until("the post in the pool", 60, || {
        let (admin, keys) = (admin.clone(), keys.clone());
        async move {
            let pool: Value = admin.raw_request("txpool_content".into(), ()).await?;
            let by_sender = pool["pending"].as_object().cloned().unwrap_or_default();
            Ok(by_sender.into_iter().find_map(|(from, txs)| {
                let i = keys.iter().position(|k| k.eq_ignore_ascii_case(&from))?;
                Some((i, txs.as_object()?.values().next()?.clone()))
            }))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", logs()))?;
    let nonce = u64::from_str_radix(
        post["nonce"].as_str().unwrap_or_default().trim_start_matches("0x"),
        16,
    )?;

    // A fee spike keeps the post out (anvil drops it; a geth pool would hold it), and in that
    // block its operator leaves the sequencers: from then on the other one leads.
    let spike: u128 = 10_000 * 1_000_000_000;
    let _: () =
        admin.raw_request("anvil_setNextBlockBaseFeePerGas".into(), (U256::from(spike),)).await?;
    let leaving = IRollupManager::new(d.rollup_manager, r.devnet.wallet(&r.operators[lead]));
    let out = leaving
        .optOut(r.id, true, false)
        .gas(TX_GAS)
        .max_fee_per_gas(2 * spike)
        .max_priority_fee_per_gas(1_000_000_000)
        .send()
        .await?;
    let _: String = admin.raw_request("evm_mine".into(), ()).await?;
    assert!(out.get_receipt().await?.status());
    assert_ne!(manager.leader(r.id).call().await?.operator, r.operators[lead].address());

    // Blocks every 300 ms until the leaving node's nonce is taken: by its cancel.
    let key = r.keys[lead].address();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while admin.get_transaction_count(key).latest().await? <= nonce {
        eyre::ensure!(
            std::time::Instant::now() < deadline,
            "nonce {nonce} not taken within 30 s: {}",
            logs()
        );
        let _: String = admin.raw_request("evm_mine".into(), ()).await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    let mut taken = None;
    for b in from_block..=admin.get_block_number().await? {
        let block = admin.get_block_by_number(b.into()).full().await?.expect("a block");
        for t in block.transactions.into_transactions() {
            if t.inner.signer() == key && t.nonce() == nonce {
                taken = Some(t);
            }
        }
    }
    let taken = taken.ok_or_else(|| eyre::eyre!("no transaction at nonce {nonce}"))?;
    let receipt = admin.get_transaction_receipt(*taken.inner.tx_hash()).await?.expect("mined");
    assert!(receipt.status(), "the transaction at the post's nonce did not revert");
    assert_eq!(taken.to(), Some(key), "an empty transfer to itself, not the post: {taken:?}");
    assert!(taken.input().is_empty() && taken.value().is_zero(), "{taken:?}");
    assert!(logs().contains("cancelling it at its nonce"), "{}", logs());

    // The other sequencer leads and posts the deposit.
    until("the deposit posted by the other sequencer", 60, || {
        let manager = manager.clone();
        async move {
            let c = manager.rollup(r.id).call().await?.batchCount;
            if c < 2 {
                return Ok(None);
            }
            Ok(Some(manager.batch(r.id, U256::from(1)).call().await?.sequencer))
        }
    })
    .await
    .map(|s| assert_eq!(s, r.operators[1 - lead].address()))
    .map_err(|e| eyre::eyre!("{e}: {}", logs()))?;
    Ok(())
}
