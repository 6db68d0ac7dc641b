//! The doppelganger check: what L1 shows an operator's key signed goes into the node's signing
//! record before it signs anything. A node started with a wiped record (or a second node with
//! the same key) takes the attestations it finds on L1 into its record; one whose record holds
//! another header for a batch key L1 shows this key attested refuses to sign at all.

use alloy::primitives::{B256, U256, utils::parse_ether};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_node::signing::{Commitment, Role, SigningRecord};

mod common;
use common::{metric, rollup, spawn_node, until};

#[tokio::test]
async fn a_node_takes_its_keys_l1_signatures_into_its_record_and_stops_on_a_conflict()
-> eyre::Result<()> {
    let r = rollup(41326).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let user = r.devnet.signer(7);
    let (mut l2, b0) = r.deposit_and_post_first(user.address(), parse_ether("10")?).await?;
    let header0 = b0.header.hash(&r.domain());
    let dir = tempfile::tempdir()?;
    let http = reqwest::Client::new();

    // Operator 1's node attests batch 0 and its attestation lands on L1.
    let first = spawn_node(&r, dir.path(), "first", Some(1), &["--verify"])?;
    until("operator 1's attestation on L1", 60, || {
        let manager = manager.clone();
        let op = r.operators[1].address();
        async move {
            let logs = manager.BatchAttested_filter().from_block(0).query().await?;
            Ok(logs.iter().any(|(e, _)| e.attesters.contains(&op)).then_some(()))
        }
    })
    .await?;
    drop(first);

    // The same key on a fresh data directory: the attestation is taken into its record.
    let again = spawn_node(&r, dir.path(), "again", Some(1), &["--verify"])?;
    until("the attestation taken into the new record", 60, || {
        let log = again.log.clone();
        async move { Ok(std::fs::read_to_string(&log)?.contains("imported=1").then_some(())) }
    })
    .await?;
    let record = SigningRecord::open(&dir.path().join("again/signing.db")).await?;
    let other = Commitment {
        slasher: d.slasher,
        chain_id: d.chain_id,
        rollup_id: r.id,
        batch_key: U256::ZERO,
        role: Role::Attestation,
        header_hash: B256::repeat_byte(0xab),
        signed_at: 0,
    };
    assert!(record.authorize(&other).await.is_err(), "the record holds L1's header for it");
    assert!(record.authorize(&Commitment { header_hash: header0, ..other }).await.is_ok());
    drop(again);

    // A record that holds another header for that batch key (a restored old copy, another
    // machine's): the node finds the conflict on L1 and signs nothing, not even a new batch.
    std::fs::create_dir_all(dir.path().join("stale"))?;
    let stale = SigningRecord::open(&dir.path().join("stale/signing.db")).await?;
    stale.authorize(&other).await?;
    drop(stale);
    let node = spawn_node(&r, dir.path(), "stale", Some(1), &["--verify"])?;
    until("the conflict found", 60, || {
        let log = node.log.clone();
        async move { Ok(std::fs::read_to_string(&log)?.contains("stops signing").then_some(())) }
    })
    .await?;
    let t1 =
        vec![r.transfer(&user, r.devnet.signer(8).address(), parse_ether("1")?, U256::ZERO, 0)?];
    r.post(&l2.execute_batch(&r.domain(), r.id, 1, 1, &t1)?).await?;
    until("batch 1 derived", 60, || {
        let (http, url) = (http.clone(), node.url.clone());
        async move { Ok((metric(&http, &url, "alt_node_batches").await? == 2).then_some(())) }
    })
    .await?;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(metric(&http, &node.url, "alt_node_attestations_signed_total").await?, 0);
    Ok(())
}

/// After its first check of the whole history the node reads only the batches not yet final
/// (the check's cost is bounded by a challenge window's activity, not the rollup's age): a
/// conflict that appears later, on a pending batch, is still found. Here the node's record
/// holds a header for batch 1 that is not the one posted (a restored copy of another
/// machine's), so the node does not attest batch 1 itself; a second node with the same key and a
/// fresh record does, and at its next check the first finds that on L1 and stops signing.
#[tokio::test]
async fn a_conflict_on_a_pending_batch_is_found_by_a_later_check() -> eyre::Result<()> {
    let r = rollup(41329).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let user = r.devnet.signer(7);
    let (mut l2, _) = r.deposit_and_post_first(user.address(), parse_ether("10")?).await?;
    let dir = tempfile::tempdir()?;
    let http = reqwest::Client::new();
    std::fs::create_dir_all(dir.path().join("a"))?;
    let record = SigningRecord::open(&dir.path().join("a/signing.db")).await?;
    record
        .authorize(&Commitment {
            slasher: d.slasher,
            chain_id: d.chain_id,
            rollup_id: r.id,
            batch_key: U256::from(1),
            role: Role::Attestation,
            header_hash: B256::repeat_byte(0xab),
            signed_at: 0,
        })
        .await?;
    drop(record);
    let a = spawn_node(&r, dir.path(), "a", Some(1), &["--verify", "--record-sync-secs", "1"])?;
    // Batch 0 attested: the first check (of everything) found nothing wrong.
    until("batch 0 attested", 60, || {
        let (http, url) = (http.clone(), a.url.clone());
        async move {
            Ok((metric(&http, &url, "alt_node_attestations_signed_total").await? >= 1)
                .then_some(()))
        }
    })
    .await?;
    let t1 =
        vec![r.transfer(&user, r.devnet.signer(8).address(), parse_ether("1")?, U256::ZERO, 0)?];
    r.post(&l2.execute_batch(&r.domain(), r.id, 1, 1, &t1)?).await?;
    let twin = spawn_node(&r, dir.path(), "twin", Some(1), &["--verify"])?;
    until("the twin's attestation of batch 1 on L1", 60, || {
        let manager = manager.clone();
        let op = r.operators[1].address();
        async move {
            let logs = manager.BatchAttested_filter().from_block(0).query().await?;
            Ok(logs
                .iter()
                .any(|(e, _)| e.batchIndex == U256::from(1) && e.attesters.contains(&op))
                .then_some(()))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", std::fs::read_to_string(&twin.log).unwrap_or_default()))?;
    until("the conflict found by a later check", 30, || {
        let log = a.log.clone();
        async move { Ok(std::fs::read_to_string(&log)?.contains("stops signing").then_some(())) }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", std::fs::read_to_string(&a.log).unwrap_or_default()))?;
    Ok(())
}
