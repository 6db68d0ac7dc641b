//! A proposer changes a parameter with the JSON-driven governance scripts only.

use alloy::{
    primitives::U256,
    providers::{Provider, ProviderBuilder},
    rpc::types::Filter,
    sol_types::{SolEvent, SolEventInterface},
};
use alt_bindings::{
    alt_governor::AltGovernor,
    staking::Staking::{self, StakingEvents},
};
use alt_e2e::{Devnet, advance_time};

const PROPOSAL: &str = "proposals/example-unbonding-14d.json";

#[tokio::test]
async fn governance_scripts_change_a_parameter() -> eyre::Result<()> {
    let devnet = Devnet::start(
        41002,
        &[
            ("VOTING_DELAY", "1"),
            ("VOTING_PERIOD", "300"),
            ("TIMELOCK_DELAY", "60"),
            ("VOTE_EXTENSION", "60"),
        ],
    )?;
    // Operators, delegators and delegated votes, as on the local devnet.
    let seeded = devnet.script("script/Devnet.s.sol", &[], &[])?;
    assert!(seeded.contains("total staked"), "{seeded}");

    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let d = &devnet.deployment;
    let governor = AltGovernor::new(d.governor, &provider);
    let staking = Staking::new(d.staking, &provider);
    assert_eq!(staking.unbondingPeriod().call().await?, 21 * 24 * 3600);
    let state = || async { governor.state(proposal_id(&devnet)).call().await };

    // Votes count from the block after delegation (the proposal threshold reads clock - 1).
    advance_time(&provider, 1).await?;
    let out = devnet.script("script/Governance.s.sol", &["propose(string)", PROPOSAL], &[])?;
    assert!(out.contains("proposed"), "{out}");
    assert_eq!(state().await?, 0, "Pending");

    advance_time(&provider, 2).await?;
    assert_eq!(state().await?, 1, "Active");
    // The deployer (liquid votes) and a delegator (staked votes) vote for it.
    devnet.script("script/Governance.s.sol", &["vote(string,uint8)", PROPOSAL, "1"], &[])?;
    let delegator_key = alloy::primitives::hex::encode_prefixed(devnet.anvil.keys()[4].to_bytes());
    let out = devnet.script(
        "script/Governance.s.sol",
        &["vote(string,uint8,string)", PROPOSAL, "1", "shorter unbonding, same security"],
        &[("PRIVATE_KEY", delegator_key.as_str())],
    )?;
    // 78M liquid + 22M staked: without staked votes it would be 78M.
    assert!(
        out.contains("voted with weight 100000000000000000000000000\n"),
        "staked + liquid votes count: {out}"
    );

    advance_time(&provider, 400).await?;
    assert_eq!(state().await?, 4, "Succeeded");
    devnet.script("script/Governance.s.sol", &["queue(string)", PROPOSAL], &[])?;
    assert_eq!(state().await?, 5, "Queued");

    advance_time(&provider, 61).await?;
    devnet.script("script/Governance.s.sol", &["execute(string)", PROPOSAL], &[])?;
    assert_eq!(state().await?, 7, "Executed");
    assert_eq!(staking.unbondingPeriod().call().await?, 14 * 24 * 3600);

    let status = devnet.script("script/Governance.s.sol", &["status(string)", PROPOSAL], &[])?;
    assert!(status.contains("state    Executed"), "{status}");

    // The change is visible to indexers as an event.
    let logs = provider
        .get_logs(
            &Filter::new()
                .address(d.staking)
                .event_signature(Staking::ParameterUpdated::SIGNATURE_HASH),
        )
        .await?;
    let last = logs.last().expect("ParameterUpdated");
    let StakingEvents::ParameterUpdated(ev) =
        StakingEvents::decode_raw_log(last.topics(), &last.data().data)?
    else {
        panic!("not ParameterUpdated");
    };
    assert_eq!(ev.oldValue, U256::from(21 * 24 * 3600));
    assert_eq!(ev.newValue, U256::from(14 * 24 * 3600));
    Ok(())
}

/// The proposal id the scripts compute for the example file, read through `encode(string)`.
fn proposal_id(devnet: &Devnet) -> U256 {
    let out = alt_e2e::forge_script(
        &devnet.anvil.endpoint(),
        "script/Governance.s.sol",
        &["encode(string)", PROPOSAL],
        &[("DEPLOYMENT_FILE", devnet.deployment_file.to_str().expect("utf-8"))],
    )
    .expect("encode runs");
    let line =
        out.lines().find(|l| l.trim_start().starts_with("id: uint256")).expect("id in output");
    line.split_whitespace().nth(2).expect("id value").parse().expect("decimal id")
}
