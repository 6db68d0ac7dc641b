//! Scenario 2 of the node issue with SQUAD turns, on a real anvil: two sequencer nodes (the
//! real binary) of a rollup whose leader is drawn by stake each turn. The nodes start the turn
//! sequence themselves (`reseed`: nobody could lead right after creation), the drawn leader
//! posts; the leader's node is SIGKILLed right after accepting a transaction; as turns pass
//! (the dead node's drawn turns missed, then a reseed), the other node posts that transaction
//! and the next one in the following slots: nothing accepted is lost.

use alloy::primitives::{Address, B256, U256, utils::parse_ether};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::{TX_GAS, advance_time};
use serde_json::json;

mod common;
use common::{call, free_port, mine, spawn_node_at, squad_rollup, until};

#[tokio::test]
async fn the_surviving_sequencer_posts_the_following_slots_and_loses_nothing() -> eyre::Result<()> {
    let r = squad_rollup(41317).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let slot = alt_e2e::rollup_params(true).slotLength;
    // Both sequencers' stake counts from a snapshot a minute before a turn sequence starts.
    advance_time(&admin, 61).await?;
    assert_eq!(manager.leader(r.id).call().await?.operator, Address::ZERO, "nobody leads yet");

    let dir = tempfile::tempdir()?;
    let ports = [free_port()?, free_port()?];
    let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}")).collect();
    let mut nodes = Vec::new();
    for (i, port) in ports.into_iter().enumerate() {
        // L2 blocks every 2 s: a transaction the leader accepts is not posted before it dies.
        let flags = ["--sequence", "--block-ms", "2000", "--peer", &urls[1 - i]];
        nodes.push(Some(spawn_node_at(
            &r,
            dir.path(),
            &format!("seq-{i}"),
            Some(i),
            port,
            &flags,
        )?));
    }
    let rpc: Vec<String> = urls.iter().map(|u| format!("{u}/")).collect();
    let http = reqwest::Client::new();

    // The nodes start the turns; the drawn leader posts the deposit; both nodes see it.
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    for url in &rpc {
        until("the deposit in both nodes", 60, || {
            let (http, url, who) = (http.clone(), url.clone(), user.address());
            async move {
                let a = call(&http, &url, "alt_getAccount", json!([who])).await?;
                Ok((a["result"]["balance"] == json!(deposit.to_string())).then_some(()))
            }
        })
        .await?;
    }
    let reseeds = manager.TurnsReseeded_filter().from_block(0).query().await?;
    let nodes_l1: Vec<Address> = r.keys[..2].iter().map(|k| k.address()).collect();
    assert!(
        !reseeds.is_empty() && reseeds.iter().all(|(e, _)| nodes_l1.contains(&e.by)),
        "a node started the turns: {reseeds:?}"
    );
    let sequencer_of = |batch: u64| {
        let manager = manager.clone();
        async move { eyre::Ok(manager.batch(r.id, U256::from(batch)).call().await?.sequencer) }
    };
    let first = sequencer_of(0).await?;
    assert!(first == r.operators[0].address() || first == r.operators[1].address());

    // The leader now accepts a transfer (forwarding it before it answers) and dies at once.
    let lead = manager.leader(r.id).call().await?.operator;
    let dead = r.operators.iter().position(|o| o.address() == lead).expect("a sequencer leads");
    let live = 1 - dead;
    let fee = parse_ether("1")?;
    let hex = |t: &alt_stf::tx::Tx| alloy::hex::encode_prefixed(t.encode());
    let t1 = r.transfer(&user, friend.address(), parse_ether("1")?, fee, 0)?;
    let sent = call(&http, &rpc[dead], "alt_sendRawTransaction", json!([hex(&t1)])).await?;
    assert_eq!(sent["result"], json!(t1.hash()), "{sent}");
    drop(nodes[dead].take()); // SIGKILL

    // Turns pass; the survivor posts t1 when drawn (or after reseeding the missed turns), and
    // then a transaction sent to it, in the slots that follow.
    let posted_by_survivor = |hash: B256| {
        let (http, url, admin) = (http.clone(), rpc[live].clone(), admin.clone());
        async move {
            for _ in 0..40 {
                let found = until("posted", 3, || {
                    let (http, url) = (http.clone(), url.clone());
                    async move {
                        let rc =
                            call(&http, &url, "alt_getTransactionReceipt", json!([hash])).await?;
                        Ok((rc["result"]["status"] == json!("posted")).then_some(rc))
                    }
                })
                .await;
                if let Ok(rc) = found {
                    return eyre::Ok(rc["result"]["batchIndex"].as_u64().expect("a batch"));
                }
                advance_time(&admin, slot).await?; // the next turn
                mine(&admin).await?;
            }
            eyre::bail!("{hash} not posted within 40 turns")
        }
    };
    let b1 = posted_by_survivor(t1.hash()).await?;
    assert_eq!(sequencer_of(b1).await?, r.operators[live].address(), "the survivor posted t1");
    let t2 = r.transfer(&user, friend.address(), parse_ether("2")?, fee, 1)?;
    let sent = call(&http, &rpc[live], "alt_sendRawTransaction", json!([hex(&t2)])).await?;
    assert_eq!(sent["result"], json!(t2.hash()), "{sent}");
    let b2 = posted_by_survivor(t2.hash()).await?;
    assert!(b2 > b1);
    assert_eq!(sequencer_of(b2).await?, r.operators[live].address(), "the survivor posted t2");

    // Five seconds before the survivor's turn ends (under its 12 s margin) it does not post:
    // a post mined after the turn is refused on chain. In a later turn it does.
    let mut turns = 0;
    let ends_at = loop {
        let l = manager.leader(r.id).call().await?;
        if l.operator == r.operators[live].address() {
            break l.turnEndsAt.to::<u64>();
        }
        eyre::ensure!(turns < 40, "the survivor never leads");
        turns += 1;
        advance_time(&admin, slot).await?;
        mine(&admin).await?;
    };
    advance_time(&admin, ends_at - common::now(&admin).await? - 5).await?;
    mine(&admin).await?;
    let count = manager.rollup(r.id).call().await?.batchCount;
    let t3 = r.transfer(&user, friend.address(), parse_ether("4")?, fee, 2)?;
    let sent = call(&http, &rpc[live], "alt_sendRawTransaction", json!([hex(&t3)])).await?;
    assert_eq!(sent["result"], json!(t3.hash()), "{sent}");
    let h3 = t3.hash();
    let soft = until("t3 soft", 10, || {
        let (http, url) = (http.clone(), rpc[live].clone());
        async move {
            let rc = call(&http, &url, "alt_getTransactionReceipt", json!([h3])).await?;
            Ok((rc["result"]["status"] == json!("soft")).then_some(()))
        }
    });
    soft.await?;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(manager.rollup(r.id).call().await?.batchCount, count, "posted at the turn's end");
    let log = std::fs::read_to_string(&nodes[live].as_ref().expect("alive").log)?;
    assert!(!log.contains("RollupNotLeader"), "no post refused for a turn's end: {log}");
    let b3 = posted_by_survivor(h3).await?;
    assert!(b3 > b2);

    // Every batch is valid, and the recipient has every amount.
    let mut check = r.follower(&dir.path().join("check.db")).await?;
    check.catch_up().await?;
    assert_eq!(check.derivation().state().account(friend.address()).0, parse_ether("7")?);
    assert_eq!(check.derivation().valid_prefix(), check.derivation().batches().len());
    Ok(())
}
