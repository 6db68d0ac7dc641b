//! Keepers take turns: three nodes of one rollup see the same batch's challenge window end at
//! once, on a chain with one-second blocks; one of them sends `finalize` (and then
//! `distributeFees`), the others find it done, and nobody pays for a second call.

use alloy::{primitives::utils::parse_ether, providers::Provider, sol_types::SolCall};
use alt_bindings::i_rollup_manager::IRollupManager;

mod common;
use common::{free_port, rollup, spawn_node_at, until};

#[tokio::test]
async fn one_keeper_finalizes_a_due_batch_and_the_others_find_it_done() -> eyre::Result<()> {
    let r = rollup(41331).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    r.deposit_and_post_first(r.devnet.signer(7).address(), parse_ether("10")?).await?;

    // The three operators' nodes keep the rollup (each a verifier: ranks 0, 1 and 2 by turns),
    // three seconds apart per rank, with a block every second.
    let dir = tempfile::tempdir()?;
    let mut nodes = Vec::new();
    for i in 0..3 {
        let flags = ["--finalize", "--verify", "--keeper-stagger-secs", "3"];
        nodes.push(spawn_node_at(
            &r,
            dir.path(),
            &format!("k-{i}"),
            Some(i),
            free_port()?,
            &flags,
        )?);
    }
    let logs = || {
        nodes
            .iter()
            .map(|n| std::fs::read_to_string(&n.log).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n----\n")
    };
    // (Nodes ready: the batch attested to fast-final, so all three follow the chain.)
    until("batch 0 fast-final", 60, || {
        let manager = manager.clone();
        async move {
            let logs = manager.BatchAttested_filter().from_block(0).query().await?;
            Ok(logs.iter().any(|(e, _)| e.quorum).then_some(()))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", logs()))?;
    let _: () = admin.raw_request("evm_setIntervalMining".into(), (1,)).await?;
    let from = admin.get_block_number().await?;
    let _: serde_json::Value = admin
        .raw_request("evm_increaseTime".into(), (alt_e2e::rollup_params(true).challengeWindow + 1,))
        .await?;
    until("batch 0 final and its fees distributed", 60, || {
        let manager = manager.clone();
        async move {
            let x = manager.rollup(r.id).call().await?;
            Ok((x.finalizedCount == 1 && x.distributedCount == 1).then_some(()))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", logs()))?;
    // Long enough for every rank's turn to have come (3 ranks, 3 s apart).
    tokio::time::sleep(std::time::Duration::from_secs(10)).await;
    let (mut finalizes, mut distributes) = (Vec::new(), Vec::new());
    for b in from..=admin.get_block_number().await? {
        let block = admin.get_block_by_number(b.into()).full().await?.expect("a block");
        for t in block.transactions.into_transactions() {
            use alloy::consensus::Transaction as _;
            if t.to() != Some(d.rollup_manager) {
                continue;
            }
            let input = t.input();
            if input.starts_with(&IRollupManager::finalizeCall::SELECTOR) {
                finalizes.push(t.inner.signer());
            } else if input.starts_with(&IRollupManager::distributeFeesCall::SELECTOR) {
                distributes.push(t.inner.signer());
            }
        }
    }
    assert_eq!(finalizes.len(), 1, "one finalize, not one per keeper: {finalizes:?}\n{}", logs());
    assert_eq!(distributes, finalizes, "distributed by the node that finalized");
    let _: () = admin.raw_request("evm_setAutomine".into(), (true,)).await?;
    Ok(())
}
