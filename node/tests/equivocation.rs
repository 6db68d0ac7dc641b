//! Equivocation seen on L1: a reorg replaces a posted batch with another header its leader
//! signed for the same batch, generation and attempt. The node finds the pair while following
//! the reorg, and the evidence slashes the leader by `equivocationBips` and pays the reporter.

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

mod common;
use common::rollup;

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
    let tx = equivocation::report(&r.devnet.wallet(&reporter), d.slasher, e)
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
