//! Scenario 1 of the node issue, the happy path, on a real anvil with the real binary: one
//! sequencer and three verifiers (three operators' nodes; the first also sequences) and a
//! delegator behind each of two of them. A deposit and L2 transfers paying fees are posted and
//! made fast-final by the nodes alone; past the challenge window the nodes finalize and
//! distribute the fees, and once the fee epoch is over they close it. Every operator's
//! commission and every staker's claimable reward is then checked to the wei against a model
//! of the contracts' rules written here (the split per batch, the treasury share, commission,
//! reward per share), and claimed.

use alloy::primitives::{Address, U256, utils::parse_ether};
use alt_bindings::{
    alt_token::AltToken, fee_distributor::FeeDistributor, i_rollup_manager::IRollupManager,
    staking::Staking,
};
use alt_e2e::{TX_GAS, advance_time};
use alt_stf::tx::Tx;
use serde_json::json;
use std::collections::BTreeMap;

mod common;
use common::{call, mine, rollup, spawn_fleet, until};

const BIPS: u64 = 10_000;

#[tokio::test]
async fn fees_paid_on_l2_become_exact_claimable_rewards_for_operators_and_delegators()
-> eyre::Result<()> {
    let r = rollup(41316).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let token = AltToken::new(d.token, &admin);
    let fees = FeeDistributor::new(d.fee_distributor, &admin);
    let staking = Staking::new(d.staking, &admin);
    let ops: Vec<Address> = r.operators.iter().map(|o| o.address()).collect();

    // Delegators behind operators 0 and 1; each operator stakes for itself.
    let delegators = [(r.devnet.signer(8), 0), (r.devnet.signer(9), 1)];
    for ((who, op), amount) in delegators.iter().zip([parse_ether("20000")?, parse_ether("30000")?])
    {
        token.transfer(who.address(), amount).gas(TX_GAS).send().await?.get_receipt().await?;
        let w = r.devnet.wallet(who);
        let (t, s) = (AltToken::new(d.token, &w), Staking::new(d.staking, &w));
        t.approve(d.staking, amount).gas(TX_GAS).send().await?.get_receipt().await?;
        let stake = s.stake(ops[*op], amount).gas(TX_GAS).send().await?.get_receipt().await?;
        assert!(stake.status());
    }
    let mut stakers: BTreeMap<Address, Vec<Address>> =
        ops.iter().map(|op| (*op, vec![*op])).collect();
    for (who, op) in &delegators {
        stakers.get_mut(&ops[*op]).expect("an operator").push(who.address());
    }
    // The epoch everyone staked in closes (empty): their shares earn from the next one.
    let first = fees.epochInfo().call().await?;
    advance_time(&admin, first.length).await?;
    fees.closeEpoch().gas(TX_GAS).send().await?.get_receipt().await?;
    let epoch = fees.epochInfo().call().await?;
    assert_eq!(epoch.epoch, first.epoch + 1);

    // The fleet: operator 0 sequences and verifies, 1 and 2 verify; each peers with the others
    // and finalizes.
    let dir = tempfile::tempdir()?;
    let (nodes, urls) = spawn_fleet(&r, dir.path(), 200)?;
    let http = reqwest::Client::new();

    // A deposit on L1, then transfers paying fees, sent to the sequencer's node.
    let (user, friend) = (r.devnet.signer(7), Address::repeat_byte(0xf1));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let seq_rpc = format!("{}/", urls[0]);
    let who = user.address().to_string();
    until("the deposit in the sequencer", 60, || {
        let (http, rpc, who) = (http.clone(), seq_rpc.clone(), who.clone());
        async move {
            let a = call(&http, &rpc, "alt_getAccount", json!([who])).await?;
            Ok((a["result"]["balance"] == json!(deposit.to_string())).then_some(()))
        }
    })
    .await?;
    let paid_fees = [parse_ether("1")?, parse_ether("2")?, parse_ether("0.5")?];
    let mut txs: Vec<Tx> = Vec::new();
    for (nonce, fee) in paid_fees.iter().enumerate() {
        txs.push(r.transfer(&user, friend, parse_ether("3")?, *fee, nonce as u64)?);
    }
    for t in &txs {
        let raw = alloy::hex::encode_prefixed(t.encode());
        let sent = call(&http, &seq_rpc, "alt_sendRawTransaction", json!([raw])).await?;
        assert_eq!(sent["result"], json!(t.hash()), "{sent}");
    }
    // Every batch posted and fast-final, with nobody but the nodes acting.
    let batches = until("every transfer in a fast-final batch", 90, || {
        let (http, rpc, manager, txs) = (http.clone(), seq_rpc.clone(), manager.clone(), &txs);
        async move {
            for t in txs {
                let rc = call(&http, &rpc, "alt_getTransactionReceipt", json!([t.hash()])).await?;
                if rc["result"]["status"] != json!("fastFinal") {
                    return Ok(None);
                }
            }
            let count = manager.rollup(r.id).call().await?.batchCount;
            Ok((manager.fastRisk(r.id).call().await?.fastFinalCount.to::<u64>() == count)
                .then_some(count))
        }
    })
    .await?;
    assert!(batches >= 2, "the deposit's batch and at least one of transfers: {batches}");
    // A verifier's node serves the same reads from its own derivation, and refuses to take a
    // transaction (it does not sequence).
    let ver_rpc = format!("{}/", urls[1]);
    // (Each node reads the chain's finality in its own rounds: read until they agree.)
    for t in &txs {
        until("the same receipt from both nodes", 30, || {
            let (http, ver, seq, hash) = (http.clone(), ver_rpc.clone(), seq_rpc.clone(), t.hash());
            async move {
                let a = call(&http, &ver, "alt_getTransactionReceipt", json!([hash])).await?;
                let b = call(&http, &seq, "alt_getTransactionReceipt", json!([hash])).await?;
                let same =
                    a["result"] == b["result"] && a["result"]["status"] == json!("fastFinal");
                Ok(same.then_some(()))
            }
        })
        .await?;
    }
    let account = call(&http, &ver_rpc, "alt_getAccount", json!([friend])).await?;
    assert_eq!(account["result"]["balance"], json!(parse_ether("9")?.to_string()), "{account}");
    let more = r.transfer(&user, friend, parse_ether("1")?, parse_ether("1")?, 3)?;
    let raw = alloy::hex::encode_prefixed(more.encode());
    let refused = call(&http, &ver_rpc, "alt_sendRawTransaction", json!([raw])).await?;
    assert_eq!(refused["error"]["code"], json!(-32601), "{refused}");

    // Past the window: the nodes finalize and distribute; past the epoch: they close it.
    advance_time(&admin, alt_e2e::rollup_params(true).challengeWindow + 1).await?;
    until("the fees distributed by the nodes", 60, || {
        let (admin, manager) = (admin.clone(), manager.clone());
        async move {
            mine(&admin).await?;
            let s = manager.rollup(r.id).call().await?;
            Ok((s.distributedCount == batches).then_some(()))
        }
    })
    .await?;
    let now = common::now(&admin).await?;
    advance_time(&admin, (epoch.startedAt + epoch.length).saturating_sub(now) + 1).await?;
    until("the fee epoch closed by the nodes", 60, || {
        let (admin, fees) = (admin.clone(), fees.clone());
        async move {
            mine(&admin).await?;
            Ok((fees.epochInfo().call().await?.epoch > epoch.epoch).then_some(()))
        }
    })
    .await?;

    // The model. Per batch: the transaction and storage fees split equally among its duties
    // (the sequencer and each attester), the sequencer also taking the rounding remainder.
    let params = alt_e2e::rollup_params(true);
    let mut follower = r.follower(&dir.path().join("check.db")).await?;
    follower.catch_up().await?;
    let derived = follower.derivation().batches().to_vec();
    assert_eq!(derived.len() as u64, batches);
    let mut attributed: BTreeMap<Address, [U256; 2]> = BTreeMap::new(); // [tx, storage]
    let mut collected = U256::ZERO;
    for (i, b) in derived.iter().enumerate() {
        let on_chain = manager.batch(r.id, U256::from(i)).call().await?;
        let data: usize = b.txs.iter().map(|t| t.encode().len()).sum();
        let tx_fee = U256::from(on_chain.feesCollected);
        let storage = U256::from(data) * U256::from(params.feePerByte);
        assert_eq!(U256::from(on_chain.storageFee), storage, "batch {i}: storage fee per byte");
        collected += tx_fee;
        let attesters = manager.attesters(r.id, U256::from(i)).call().await?;
        assert!(attesters.len() >= 2, "batch {i} fast-final with {attesters:?}");
        let duties = U256::from(1 + attesters.len());
        let seq = attributed.entry(on_chain.sequencer).or_default();
        seq[0] += tx_fee - tx_fee / duties * (duties - U256::from(1));
        seq[1] += storage - storage / duties * (duties - U256::from(1));
        for a in attesters {
            let e = attributed.entry(a).or_default();
            e[0] += tx_fee / duties;
            e[1] += storage / duties;
        }
    }
    let paid: U256 = paid_fees.iter().sum();
    assert_eq!(collected, paid, "every fee the user paid, and nothing else");
    // Each payment (per source, per operator) loses the treasury's share, rounded down; at the
    // epoch's close each operator takes its commission (rounded down) and the rest raises its
    // pool's reward per share (scale 1e36, rounded down); a staker's reward is its shares
    // times that, rounded down.
    let (treasury_bips, _) = {
        let t = fees.treasuryInfo().call().await?;
        (U256::from(t.bips), t.treasury)
    };
    let scale = U256::from(10).pow(U256::from(36));
    let mut checked = 0;
    for op in &ops {
        let [tx, storage] = attributed.get(op).copied().unwrap_or_default();
        let net = |a: U256| a - a * treasury_bips / U256::from(BIPS);
        let amount = net(tx) + net(storage);
        assert_eq!(fees.attributedOf(epoch.epoch, *op).call().await?, amount, "{op}");
        let commission_bips = U256::from(staking.commissionOf(*op).call().await?);
        let commission = amount * commission_bips / U256::from(BIPS);
        assert_eq!(fees.commissionClaimable(*op).call().await?, commission, "{op}'s commission");
        let mut shares = Vec::new();
        for s in &stakers[op] {
            shares.push((*s, staking.sharesOf(*s, *op).call().await?));
        }
        let total: U256 = shares.iter().map(|(_, n)| *n).sum();
        assert_eq!(U256::from(fees.rewardPool(*op).call().await?.eligible), total);
        let acc = (amount - commission) * scale / total;
        for (s, n) in shares {
            let expected = n * acc / scale;
            assert_eq!(fees.claimable(*op, s).call().await?, expected, "{s} behind {op}");
            assert!(expected > U256::ZERO, "{s} behind {op} earned nothing");
            checked += 1;
        }
    }
    assert_eq!(checked, 5, "three operators' self-stake and two delegators");

    // Claims pay exactly that: a delegator's reward and an operator's commission.
    let (delegator, op) = (&delegators[1].0, ops[delegators[1].1]);
    let owed = fees.claimable(op, delegator.address()).call().await?;
    let before = token.balanceOf(delegator.address()).call().await?;
    let w = r.devnet.wallet(delegator);
    let mine_fd = FeeDistributor::new(d.fee_distributor, &w);
    let claim = mine_fd.claim(op, delegator.address()).gas(TX_GAS).send().await?;
    assert!(claim.get_receipt().await?.status());
    assert_eq!(token.balanceOf(delegator.address()).call().await?, before + owed);
    assert_eq!(fees.claimable(op, delegator.address()).call().await?, U256::ZERO);
    let commission = fees.commissionClaimable(ops[0]).call().await?;
    let before = token.balanceOf(ops[0]).call().await?;
    let w = r.devnet.wallet(&r.operators[0]);
    let op_fd = FeeDistributor::new(d.fee_distributor, &w);
    let claim = op_fd.claimCommission(ops[0]).gas(TX_GAS).send().await?;
    assert!(claim.get_receipt().await?.status());
    assert_eq!(token.balanceOf(ops[0]).call().await?, before + commission);
    drop(nodes);
    Ok(())
}
