//! Scenario 6 of the node issue: an ephemeral rollup on a real anvil. The sequencer node (the
//! real binary) posts a deposit, a transfer and a withdrawal; the rollup expires; the node
//! stops sequencing, finalizes, distributes the fees and settles the rollup on its own; then
//! the withdrawal and every L2 balance are claimed on L1 with the node's proofs, and the
//! rollup's escrow ends at exactly zero.

use alloy::primitives::{Address, U256, utils::parse_ether};
use alt_bindings::{alt_token::AltToken, i_rollup_manager::IRollupManager};
use alt_e2e::TX_GAS;
use alt_node::service::{BalanceProof, WithdrawalProof};
use serde_json::json;

mod common;
use common::{call, ephemeral_rollup, mine, spawn_node, until};

#[tokio::test]
async fn an_expired_rollup_is_settled_by_the_node_and_everything_in_it_is_claimed_on_l1()
-> eyre::Result<()> {
    // Past the one-hour challenge window and one day-long service epoch, charged at settlement.
    let lifetime = 26 * 3600;
    let service_fee = parse_ether("1")?;
    let r = ephemeral_rollup(41315, lifetime, service_fee).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let token = AltToken::new(d.token, &admin);
    let dir = tempfile::tempdir()?;
    let node = spawn_node(
        &r,
        dir.path(),
        "seq",
        Some(0),
        &["--sequence", "--finalize", "--block-ms", "200"],
    )?;
    let rpc = format!("{}/", node.url);
    let http = reqwest::Client::new();

    // A deposit, then a transfer and a withdrawal over the node's JSON-RPC, all posted.
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let recipient = Address::repeat_byte(0x5e);
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let who = user.address().to_string();
    until("the deposit in the node", 60, || {
        let (http, rpc, who) = (http.clone(), rpc.clone(), who.clone());
        async move {
            let a = call(&http, &rpc, "alt_getAccount", json!([who])).await?;
            Ok((a["result"]["balance"] == json!(deposit.to_string())).then_some(()))
        }
    })
    .await?;
    let fee = parse_ether("1")?;
    let (paid, withdrawn) = (parse_ether("30")?, parse_ether("20")?);
    let txs = [
        r.transfer(&user, friend.address(), paid, fee, 0)?,
        r.withdrawal(&user, recipient, withdrawn, fee, 1)?,
    ];
    for t in &txs {
        let raw = alloy::hex::encode_prefixed(t.encode());
        let sent = call(&http, &rpc, "alt_sendRawTransaction", json!([raw])).await?;
        assert_eq!(sent["result"], json!(t.hash()), "{sent}");
    }
    for t in &txs {
        until("the transaction posted", 60, || {
            let (http, rpc, hash) = (http.clone(), rpc.clone(), t.hash());
            async move {
                let r = call(&http, &rpc, "alt_getTransactionReceipt", json!([hash])).await?;
                Ok((r["result"]["status"] == json!("posted")).then_some(()))
            }
        })
        .await?;
    }
    let before = manager.rollup(r.id).call().await?;
    assert!(before.expiry > 0 && !before.settled);
    // A balance proof before settlement says it cannot be claimed yet.
    let early: BalanceProof = http
        .get(format!("{}/balances/{}", node.url, friend.address()))
        .send()
        .await?
        .json()
        .await?;
    assert!(!early.claimable, "{early:?}");
    assert_eq!(before.l2Escrow, deposit.to::<u128>());

    // Past the challenge window (still live): the node finalizes and pays the fees out.
    let window = alt_e2e::rollup_params(true).challengeWindow;
    alt_e2e::advance_time(&admin, window + 1).await?;
    until("the batches final and their fees paid out", 60, || {
        let (admin, manager) = (admin.clone(), manager.clone());
        async move {
            mine(&admin).await?;
            let s = manager.rollup(r.id).call().await?;
            Ok((s.distributedCount == s.batchCount).then_some(()))
        }
    })
    .await?;
    // Expiry: the node stops sequencing and settles (which charges the day's service fee).
    alt_e2e::advance_time(&admin, lifetime - window).await?;
    let settled = until("the rollup settled by the node", 60, || {
        let (admin, manager) = (admin.clone(), manager.clone());
        async move {
            mine(&admin).await?;
            let s = manager.rollup(r.id).call().await?;
            Ok(s.settled.then_some(s))
        }
    })
    .await?;
    assert_eq!(settled.finalizedCount, settled.batchCount);
    assert_eq!(settled.distributedCount, settled.batchCount, "fees paid out before settling");
    assert_eq!(settled.budget, 0, "the rest of the budget went back to the owner");
    // The service fee charged at settlement is paid out too (no batch left to carry it).
    until("the settlement's service fee paid out", 60, || {
        let (admin, manager) = (admin.clone(), manager.clone());
        async move {
            mine(&admin).await?;
            let s = manager.rollup(r.id).call().await?;
            Ok((s.owedServiceFees == 0).then_some(()))
        }
    })
    .await?;
    let distributions = manager.FeesDistributed_filter().from_block(0).query().await?;
    let service: U256 = distributions.iter().map(|(e, _)| e.serviceFees).sum();
    assert_eq!(service, service_fee, "one service epoch, paid once");
    let events = manager.RollupSettled_filter().from_block(0).query().await?;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].0.finalRoot, settled.headRoot);
    // Two fees of 1 ALT left the escrow for the FeeDistributor; the rest is the users'.
    assert_eq!(settled.l2Escrow, (deposit - fee - fee).to::<u128>());
    // Nothing new is sequenced on a closed rollup.
    let late = r.transfer(&friend, user.address(), parse_ether("1")?, fee, 0)?;
    let raw = alloy::hex::encode_prefixed(late.encode());
    let refused = call(&http, &rpc, "alt_sendRawTransaction", json!([raw])).await?;
    assert_eq!(refused["error"]["code"], json!(-32009), "{refused}");

    // The withdrawal, claimed after settlement with the node's proof.
    let w: WithdrawalProof = http
        .get(format!("{}/withdrawals/{}/1", node.url, user.address()))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(w.root, settled.headRoot);
    common::claim_withdrawal(&admin, d.rollup_manager, r.id, &w).await?;
    assert_eq!(token.balanceOf(recipient).call().await?, withdrawn);

    // Every L2 balance, claimed on L1 with the node's proof against the final root.
    let expected =
        [(user.address(), deposit - paid - withdrawn - fee - fee), (friend.address(), paid)];
    for (account, balance) in expected {
        let p: BalanceProof =
            http.get(format!("{}/balances/{account}", node.url)).send().await?.json().await?;
        assert_eq!((p.root, p.balance.parse::<U256>()?), (settled.headRoot, balance));
        assert!(p.claimable, "settled, against the final root: {p:?}");
        let held = token.balanceOf(account).call().await?;
        let claim = manager.claimBalance(
            r.id,
            account,
            p.balance.parse()?,
            p.nonce,
            p.bitmap.parse()?,
            p.siblings.clone(),
        );
        let receipt = claim.clone().gas(TX_GAS).send().await?.get_receipt().await?;
        assert!(receipt.status(), "claimBalance reverted: {receipt:?}");
        assert_eq!(token.balanceOf(account).call().await?, held + balance);
        // Once only.
        let Err(again) = claim.call().await else { eyre::bail!("a second claim is accepted") };
        use IRollupManager::IRollupManagerErrors as E;
        let why = again.as_decoded_interface_error::<E>();
        assert!(matches!(why, Some(E::RollupBalanceClaimed(_))), "{again}");
    }
    // Conservation: everything deposited went to the recipient, the users or the fees.
    assert_eq!(manager.rollup(r.id).call().await?.l2Escrow, 0);
    let unknown =
        http.get(format!("{}/balances/{}", node.url, Address::repeat_byte(7))).send().await?;
    assert_eq!(unknown.status(), 404);
    let malformed = http.get(format!("{}/balances/0x1234", node.url)).send().await?;
    assert_eq!(malformed.status(), 400);
    let log = std::fs::read_to_string(&node.log)?;
    assert!(log.contains("the rollup is closed"), "{log}");
    Ok(())
}
