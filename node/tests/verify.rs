//! Verifiers and the aggregator on a real anvil chain: attestations only for batches the node
//! re-executed as valid, the signing record refusing a second header for one batch key (across
//! a restart too), and `confirmBatch` made fast-final by any node, with signatures the
//! contract would refuse dropped instead of blocking it.

use alloy::{
    primitives::{B256, Bytes, U256, utils::parse_ether},
    signers::local::PrivateKeySigner,
};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::TX_GAS;
use alt_node::{
    aggregator::{self, AggregateError},
    derive::Verdict,
    signing::{SigningError, SigningRecord},
    verifier::{AttestError, Verifier},
};
use alt_stf::{state::State, tx::Tx};

mod common;
use common::{rollup, with_wrong_root};

#[tokio::test]
async fn verifiers_attest_what_they_executed_never_two_headers_and_any_node_confirms()
-> eyre::Result<()> {
    let r = rollup(41304).await?;
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
    let dir = tempfile::tempdir()?;
    let mut node = r.follower(&dir.path().join("node.db")).await?;
    node.catch_up().await?;
    let batch0 = node.derivation().batches()[0].clone();
    let posted_at: u64 = manager.batch(r.id, U256::ZERO).call().await?.postedAt.to();

    // Three verifiers, each with its own record.
    let mut verifiers = Vec::new();
    for (i, key) in r.keys.iter().enumerate() {
        let record = SigningRecord::open(&dir.path().join(format!("signing-{i}.db"))).await?;
        verifiers.push(Verifier::new(key.clone(), record, d.slasher, d.chain_id));
    }
    let mut sigs = Vec::new();
    for v in &verifiers {
        sigs.push(Bytes::from(v.attest(&batch0, posted_at).await?.as_bytes().to_vec()));
    }

    // Any node aggregates; a signature the contract would refuse (a key that is no verifier's)
    // is dropped, not allowed to revert the call.
    let aggregator_wallet = r.devnet.wallet(&r.devnet.signer(9));
    let outsider = PrivateKeySigner::random();
    let outsider_sig = {
        let v = Verifier::new(
            outsider,
            SigningRecord::open(&dir.path().join("outsider.db")).await?,
            d.slasher,
            d.chain_id,
        );
        Bytes::from(v.attest(&batch0, posted_at).await?.as_bytes().to_vec())
    };
    let fees = alt_node::l1::Fees::default();
    let first = aggregator::confirm(
        &aggregator_wallet,
        d.rollup_manager,
        r.id,
        U256::ZERO,
        vec![sigs[0].clone(), outsider_sig.clone()],
        &fees,
    )
    .await?;
    assert_eq!((first.sent, first.dropped, first.quorum), (1, 1, false));
    // Later, with the first again (already counted: dropped) and the other two: a quorum.
    let second = aggregator::confirm(
        &aggregator_wallet,
        d.rollup_manager,
        r.id,
        U256::ZERO,
        sigs.clone(),
        &fees,
    )
    .await?;
    assert_eq!((second.sent, second.dropped, second.quorum), (2, 1, true));
    assert_eq!(manager.fastRisk(r.id).call().await?.fastFinalCount, 1);
    let attesters = manager.attesters(r.id, U256::ZERO).call().await?;
    assert_eq!(attesters.len(), 3);
    // Nothing left to add.
    let done = aggregator::confirm(
        &aggregator_wallet,
        d.rollup_manager,
        r.id,
        U256::ZERO,
        sigs.clone(),
        &fees,
    )
    .await;
    let Err(AggregateError::Nothing { why, .. }) = done else { panic!("{done:?}") };
    assert!(why.contains("RollupBatchFinal"), "no longer pending, said by name: {why}");

    // Slashing protection: another header for batch 0 is refused, before and after a restart;
    // the same header again is signed (the same signature).
    let mut conflicting = batch0.clone();
    conflicting.posted.header_hash = B256::repeat_byte(0x42);
    let refused = verifiers[0].attest(&conflicting, posted_at).await;
    assert!(
        matches!(refused, Err(AttestError::Signing(SigningError::Conflict { .. }))),
        "{refused:?}"
    );
    drop(verifiers);
    let record = SigningRecord::open(&dir.path().join("signing-0.db")).await?;
    let restarted = Verifier::new(r.keys[0].clone(), record, d.slasher, d.chain_id);
    let refused = restarted.attest(&conflicting, posted_at).await;
    assert!(
        matches!(refused, Err(AttestError::Signing(SigningError::Conflict { .. }))),
        "after a restart: {refused:?}"
    );
    let again = restarted.attest(&batch0, posted_at).await?;
    assert_eq!(Bytes::from(again.as_bytes().to_vec()), sigs[0]);

    // A batch the node found fraudulent is never attested, and refusing it records nothing
    // (a valid header replacing it after a reorg can still be attested).
    let txs1 =
        vec![r.transfer(&friend, user.address(), parse_ether("1")?, parse_ether("1")?, 0)?];
    let b1 = l2.clone().execute_batch(&domain, r.id, 1, 1, &txs1)?;
    r.post(&with_wrong_root(b1, 0, B256::repeat_byte(0x13))).await?;
    node.catch_up().await?;
    let batch1 = node.derivation().batches()[1].clone();
    assert!(matches!(batch1.verdict, Verdict::Fraud { .. }));
    let refused = restarted.attest(&batch1, posted_at).await;
    assert!(matches!(refused, Err(AttestError::NotValid { index: 1, .. })), "{refused:?}");
    let mut replacement = batch1.clone();
    replacement.verdict = Verdict::Valid;
    replacement.posted.header_hash = B256::repeat_byte(0x77);
    restarted.attest(&replacement, posted_at).await?;
    Ok(())
}
