//! Equivocation evidence signed off-chain in Rust (as the node will sign batch commitments)
//! slashes the operator on chain.

use alloy::{
    primitives::{B256, U256, keccak256, utils::parse_ether},
    signers::SignerSync,
    sol_types::{SolStruct, eip712_domain},
};
use alt_bindings::{
    alt_token::AltToken,
    i_rollup_manager::IRollupManager,
    slasher::{ISlasher::BatchCommitment, Slasher},
    staking::Staking,
};
use alt_e2e::{Devnet, TX_GAS};

#[tokio::test]
async fn equivocation_signed_in_rust_slashes_on_chain() -> eyre::Result<()> {
    let devnet = Devnet::start(41003, &[])?;
    let d = devnet.deployment.clone();
    let (operator, signing_key, reporter) = (devnet.signer(1), devnet.signer(3), devnet.signer(6));
    let admin = devnet.wallet(&devnet.signer(0));
    devnet.register_operator(&operator, &signing_key, 500, parse_ether("100000")?).await?;

    // Evidence must name a rollup that exists: create one the operator sequences.
    AltToken::new(d.token, &admin)
        .approve(d.rollup_manager, U256::MAX)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let params = alt_e2e::rollup_params(true);
    let receipt = manager
        .createRollup("e2e".into(), 0, operator.address(), params, 0, parse_ether("10")?)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "createRollup reverted: {receipt:?}");
    let rollup_id = manager.rollupCount().call().await?;

    // Two commitments to different roots for the same (rollup, batch), signed with EIP-712.
    let now =
        U256::from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs());
    let commit_for = |rollup: U256, root: &str| BatchCommitment {
        rollupId: rollup,
        batchIndex: U256::from(42),
        root: keccak256(root.as_bytes()),
        signedAt: now.to::<u64>(),
        role: 0,
    };
    let commit = |root: &str| commit_for(rollup_id, root);
    let (a, b) = (commit("root-a"), commit("root-b"));
    let domain = eip712_domain! {
        name: "ALT Slasher",
        version: "1",
        chain_id: d.chain_id,
        verifying_contract: d.slasher,
    };
    let slasher = Slasher::new(d.slasher, devnet.wallet(&reporter));
    let digest: B256 = a.eip712_signing_hash(&domain);
    assert_eq!(
        slasher.commitmentDigest(a.clone()).call().await?,
        digest,
        "Rust and Solidity agree on the digest"
    );
    let sig_a = signing_key.sign_hash_sync(&digest)?.as_bytes();
    let sig_b = signing_key.sign_hash_sync(&b.eip712_signing_hash(&domain))?.as_bytes();

    // The same pair about a rollup that does not exist is refused: self-made evidence cannot
    // burn a (rollup, batch) key that a real slash will need.
    let (ua, ub) =
        (commit_for(rollup_id + U256::from(1), "root-a"), commit_for(U256::MAX, "root-b"));
    for (x, y) in
        [(ua.clone(), commit_for(ua.rollupId, "root-b")), (commit_for(U256::MAX, "root-a"), ub)]
    {
        let sx = signing_key.sign_hash_sync(&x.eip712_signing_hash(&domain))?.as_bytes();
        let sy = signing_key.sign_hash_sync(&y.eip712_signing_hash(&domain))?.as_bytes();
        let err = slasher
            .slashEquivocation(x, sx.into(), y, sy.into())
            .call()
            .await
            .expect_err("evidence about an unknown rollup");
        let decoded =
            err.as_decoded_interface_error::<Slasher::SlasherErrors>().expect("a Slasher error");
        assert!(matches!(decoded, Slasher::SlasherErrors::SlasherUnknownRollup(_)), "{decoded:?}");
    }

    let receipt = slasher
        .slashEquivocation(a.clone(), sig_a.into(), b.clone(), sig_b.into())
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "the slash reverted: {receipt:?}");
    let ev = receipt
        .decoded_log::<Slasher::OperatorSlashed>()
        .unwrap_or_else(|| panic!("no OperatorSlashed in {receipt:?}"));
    assert_eq!(ev.operator, operator.address());
    assert_eq!(ev.amount, parse_ether("10000")?, "10% of 100k");
    assert_eq!(ev.reporter, reporter.address());
    assert_eq!(ev.reporterReward, parse_ether("1000")?, "10% of the slash");

    let staking = Staking::new(d.staking, &admin);
    assert!(staking.isJailed(operator.address()).call().await?);
    assert_eq!(
        staking.stakeOf(operator.address(), operator.address()).call().await?,
        parse_ether("90000")?
    );

    // The same evidence again is rejected with the contract's custom error.
    let err = slasher
        .slashEquivocation(a, sig_a.into(), b, sig_b.into())
        .call()
        .await
        .expect_err("slashed twice");
    let decoded =
        err.as_decoded_interface_error::<Slasher::SlasherErrors>().expect("a Slasher error");
    assert!(matches!(decoded, Slasher::SlasherErrors::SlasherAlreadySlashed(_)), "{decoded:?}");
    Ok(())
}
