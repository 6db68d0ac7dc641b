//! The sequencer on a real anvil: the real binary takes a user's transaction over JSON-RPC,
//! soft-confirms it, posts it in a batch when it leads (after the L1 deposit that funded it),
//! and the transaction's receipt moves from soft to posted; every refusal has its code.

use alloy::primitives::{B256, utils::parse_ether};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::TX_GAS;
use alt_node::derive::Verdict;
use serde_json::{Value, json};

mod common;
use common::{KillOnDrop, call, metric, rollup, until};

#[tokio::test]
async fn the_sequencer_takes_transactions_over_rpc_and_posts_them_when_it_leads() -> eyre::Result<()>
{
    let r = rollup(41310).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let key = dir.path().join("key.hex");
    std::fs::write(&key, alloy::hex::encode(r.keys[0].to_bytes()))?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let url = format!("http://127.0.0.1:{port}/");
    let start = |log: &str| -> eyre::Result<KillOnDrop> {
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_alt-node"))
            .args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
            .arg("--deployment")
            .arg(&r.devnet.deployment_file)
            .arg("--data-dir")
            .arg(dir.path().join("node"))
            .args(["--listen", &format!("127.0.0.1:{port}"), "--poll-ms", "100"])
            .env("ALT_NODE_KEEPER_STAGGER_SECS", "1")
            .args(["--block-ms", "200", "--sequence", "--finalize"])
            .arg("--signing-key-file")
            .arg(&key)
            .arg("--l1-key-file")
            .arg(&key)
            .stderr(std::fs::File::create(dir.path().join(log))?)
            .spawn()?;
        Ok(KillOnDrop(child))
    };
    let node = start("node.log")?;
    let http = reqwest::Client::new();

    // An L1 deposit: the sequencer posts it (a batch with the deposit alone) and the user's
    // balance shows in the node.
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let who = user.address().to_string();
    let account = until("the deposit in the node", 60, || {
        let (http, url, who) = (http.clone(), url.clone(), who.clone());
        async move {
            let a = call(&http, &url, "alt_getAccount", json!([who])).await?;
            Ok((a["result"]["balance"] == json!(deposit.to_string())).then_some(a))
        }
    })
    .await?;
    assert_eq!(account["result"]["nonce"], json!(0));

    // A transfer over JSON-RPC: accepted, soft, then posted.
    let fee = parse_ether("1")?;
    let t = r.transfer(&user, friend.address(), parse_ether("10")?, fee, 0)?;
    let sent = call(
        &http,
        &url,
        "alt_sendRawTransaction",
        json!([alloy::hex::encode_prefixed(t.encode())]),
    )
    .await?;
    let hash: B256 = serde_json::from_value(sent["result"].clone())?;
    assert_eq!(hash, t.hash());
    let receipt = until("the transfer posted", 60, || {
        let (http, url) = (http.clone(), url.clone());
        async move {
            let r = call(&http, &url, "alt_getTransactionReceipt", json!([hash])).await?;
            Ok((r["result"]["status"] == json!("posted")).then_some(r))
        }
    })
    .await?;
    assert_eq!(receipt["result"]["batchIndex"], json!(1));
    assert_eq!(manager.rollup(r.id).call().await?.batchCount, 2);
    // The batch, and proofs, over the same JSON-RPC.
    let batch = call(&http, &url, "alt_getBatch", json!([1])).await?;
    let b = &batch["result"];
    assert_eq!((b["index"].clone(), b["verdict"].clone()), (json!(1), json!("valid")), "{batch}");
    assert_eq!(b["status"], json!("posted"));
    assert_eq!(b["transactions"], json!([hash]));
    let on_chain = manager.batch(r.id, alloy::primitives::U256::from(1)).call().await?;
    assert_eq!(b["headerHash"], json!(on_chain.headerHash));
    assert_eq!(b["sequencer"], json!(r.operators[0].address()));
    let none = call(&http, &url, "alt_getBatch", json!([7])).await?;
    assert_eq!(none["result"], Value::Null);
    let bad = call(&http, &url, "alt_getBatch", json!(["one"])).await?;
    assert_eq!(bad["error"]["code"], json!(-32602), "{bad}");
    let proof = call(&http, &url, "alt_getBalanceProof", json!([friend.address()])).await?;
    assert_eq!(proof["result"]["balance"], json!(parse_ether("10")?.to_string()), "{proof}");
    assert_eq!(proof["result"]["root"], json!(on_chain.postRoot));
    assert_eq!(proof["result"]["batchIndex"], json!(1));
    let no_withdrawal =
        call(&http, &url, "alt_getWithdrawalProof", json!([user.address(), 0])).await?;
    assert_eq!(no_withdrawal["result"], Value::Null, "{no_withdrawal}");
    let bad = call(&http, &url, "alt_getWithdrawalProof", json!([user.address()])).await?;
    assert_eq!(bad["error"]["code"], json!(-32602), "{bad}");

    // Refusals, each with its code.
    let again = call(
        &http,
        &url,
        "alt_sendRawTransaction",
        json!([alloy::hex::encode_prefixed(t.encode())]),
    )
    .await?;
    assert_eq!(again["error"]["code"], json!(-32002), "nonce too low: {again}");
    let broke = r.transfer(&user, friend.address(), parse_ether("1000")?, fee, 1)?;
    let poor = call(
        &http,
        &url,
        "alt_sendRawTransaction",
        json!([alloy::hex::encode_prefixed(broke.encode())]),
    )
    .await?;
    assert_eq!(poor["error"]["code"], json!(-32004), "{poor}");
    let junk = call(&http, &url, "alt_sendRawTransaction", json!(["0x0102"])).await?;
    assert_eq!(junk["error"]["code"], json!(-32602), "{junk}");
    let nohex = call(&http, &url, "alt_sendRawTransaction", json!(["zz"])).await?;
    assert_eq!(nohex["error"]["code"], json!(-32602), "{nohex}");
    let unknown = call(&http, &url, "eth_mine", json!([])).await?;
    assert_eq!(unknown["error"]["code"], json!(-32601));
    let bad_json = http.post(&url).body("{").send().await?.json::<Value>().await?;
    assert_eq!(bad_json["error"]["code"], json!(-32700));
    let missing =
        call(&http, &url, "alt_getTransactionReceipt", json!([B256::repeat_byte(1)])).await?;
    assert_eq!(missing["result"], Value::Null);

    // Past the challenge window the node finalizes the batch and the receipt says final.
    alt_e2e::advance_time(&admin, alt_e2e::rollup_params(true).challengeWindow + 1).await?;
    let fin = until("the transfer final", 60, || {
        let (http, url, admin) = (http.clone(), url.clone(), admin.clone());
        async move {
            let _: String =
                alloy::providers::Provider::raw_request(&admin, "evm_mine".into(), ()).await?;
            let r = call(&http, &url, "alt_getTransactionReceipt", json!([hash])).await?;
            Ok((r["result"]["status"] == json!("final")).then_some(r))
        }
    })
    .await?;
    assert_eq!(fin["result"]["batchIndex"], json!(1));
    let status = call(&http, &url, "alt_status", json!([])).await?;
    assert_eq!(status["result"]["final"], json!(2), "{status}");
    let batch = call(&http, &url, "alt_getBatch", json!([1])).await?;
    assert_eq!(batch["result"]["status"], json!("final"), "{batch}");

    // What the sequencer posted is what anyone derives from L1: both batches valid.
    let mut follower = r.follower(&dir.path().join("check.db")).await?;
    follower.catch_up().await?;
    let verdicts: Vec<Verdict> =
        follower.derivation().batches().iter().map(|b| b.verdict.clone()).collect();
    assert_eq!(verdicts, [Verdict::Valid, Verdict::Valid]);
    assert_eq!(follower.derivation().state().account(friend.address()).0, parse_ether("10")?);

    // Stopped (SIGTERM: it writes a state checkpoint) and started again on the same data
    // directory: it takes both batches from the checkpoint and executes none, and answers as
    // before.
    let pid = node.0.id().to_string();
    std::process::Command::new("kill").args(["-TERM", &pid]).status()?;
    until("the node stopped", 30, || {
        let pid = pid.clone();
        async move {
            let alive = std::process::Command::new("kill").args(["-0", &pid]).status()?;
            Ok((!alive.success()).then_some(()))
        }
    })
    .await
    .ok();
    drop(node);
    let _again = start("again.log")?;
    let base = url.trim_end_matches('/').to_string();
    let resumed = until("the restarted node resumed", 60, || {
        let (http, base) = (http.clone(), base.clone());
        async move {
            Ok(Some(metric(&http, &base, "alt_node_batches_resumed").await?).filter(|n| *n > 0))
        }
    })
    .await?;
    assert_eq!(resumed, 2);
    assert_eq!(metric(&http, &base, "alt_node_batches_executed_total").await?, 0);
    let r2 = call(&http, &url, "alt_getTransactionReceipt", json!([hash])).await?;
    assert_eq!(r2["result"]["status"], json!("final"), "{r2}");
    let acct = call(&http, &url, "alt_getAccount", json!([friend.address().to_string()])).await?;
    assert_eq!(acct["result"]["balance"], json!(parse_ether("10")?.to_string()), "{acct}");
    let logs = std::fs::read_to_string(dir.path().join("again.log"))?;
    assert!(logs.contains("resumed from a state checkpoint"), "{logs}");
    Ok(())
}
