//! Deploy the system, stake through the bindings, read the events back from the chain.

use alloy::{
    primitives::{Address, U256, utils::parse_ether},
    providers::Provider,
    rpc::types::Filter,
    sol_types::SolEventInterface,
};
use alt_bindings::{
    alt_token::AltToken,
    staking::Staking::{self, StakingEvents},
    timelock_controller::TimelockController,
};
use alt_e2e::Devnet;

#[tokio::test]
async fn deploy_stake_and_read_events() -> eyre::Result<()> {
    let devnet = Devnet::start(41001, &[])?;
    let d = devnet.deployment.clone();
    let (deployer, operator, delegator) = (devnet.signer(0), devnet.signer(1), devnet.signer(2));
    let signing_key = devnet.signer(3);

    // The deployer holds the whole supply and no power.
    let admin = devnet.wallet(&deployer);
    let token = AltToken::new(d.token, &admin);
    assert_eq!(token.totalSupply().call().await?, parse_ether("10000000000")?);
    let staking = Staking::new(d.staking, &admin);
    assert_eq!(staking.owner().call().await?, d.timelock);
    let timelock = TimelockController::new(d.timelock, &admin);
    for role in [
        timelock.DEFAULT_ADMIN_ROLE().call().await?,
        timelock.PROPOSER_ROLE().call().await?,
        timelock.EXECUTOR_ROLE().call().await?,
    ] {
        assert!(
            !timelock.hasRole(role, deployer.address()).call().await?,
            "the deployer keeps no role"
        );
    }
    assert!(timelock.hasRole(timelock.PROPOSER_ROLE().call().await?, d.governor).call().await?);
    token
        .transfer(delegator.address(), parse_ether("1000000")?)
        .gas(alt_e2e::TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;

    // The operator registers with 10k ALT of its own.
    let self_stake = parse_ether("10000")?;
    let receipt = devnet.register_operator(&operator, &signing_key, 1000, self_stake).await?;
    assert!(receipt.status());

    // The delegator stakes 5k, then queues 2k for withdrawal.
    let del = devnet.wallet(&delegator);
    AltToken::new(d.token, &del)
        .approve(d.staking, U256::MAX)
        .gas(alt_e2e::TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let staking_del = Staking::new(d.staking, &del);
    let amount = parse_ether("5000")?;
    let receipt = staking_del
        .stake(operator.address(), amount)
        .gas(alt_e2e::TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let staked = receipt.decoded_log::<Staking::Staked>().expect("Staked event in the receipt");
    assert_eq!(staked.staker, delegator.address());
    assert_eq!(staked.operator, operator.address());
    assert_eq!(staked.amount, amount);
    assert_eq!(staked.shares, amount, "a fresh pool mints one share per token");
    assert_eq!(staked.poolTokens, amount + self_stake);

    let receipt = staking_del
        .requestUnstake(operator.address(), parse_ether("2000")?)
        .gas(alt_e2e::TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let queued =
        receipt.decoded_log::<Staking::UnstakeRequested>().expect("UnstakeRequested event");
    let block =
        del.get_block_by_number(receipt.block_number.expect("mined").into()).await?.expect("block");
    assert_eq!(queued.completableAt, block.header.timestamp + 21 * 24 * 3600);
    assert_eq!(queued.amount, parse_ether("2000")?);

    // Every event, read back from the chain, rebuilds the state the views report.
    let logs = admin.get_logs(&Filter::new().address(d.staking).from_block(d.start_block)).await?;
    let events: Vec<StakingEvents> = logs
        .iter()
        .map(|l| StakingEvents::decode_raw_log(l.topics(), &l.data().data))
        .collect::<Result<_, _>>()?;
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| match e {
            StakingEvents::AddressUpdated(_) => "AddressUpdated",
            StakingEvents::OwnershipTransferred(_) => "OwnershipTransferred",
            StakingEvents::OperatorRegistered(_) => "OperatorRegistered",
            StakingEvents::Staked(_) => "Staked",
            StakingEvents::UnstakeRequested(_) => "UnstakeRequested",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "OwnershipTransferred",
            "AddressUpdated", // slasher
            "AddressUpdated", // stake hook
            "AddressUpdated", // vote recorder (the governor)
            "OwnershipTransferred",
            "OperatorRegistered",
            "Staked",
            "Staked",
            "UnstakeRequested"
        ]
    );
    let mut active: std::collections::HashMap<Address, U256> = Default::default();
    for e in &events {
        match e {
            StakingEvents::Staked(s) => *active.entry(s.staker).or_default() += s.amount,
            StakingEvents::UnstakeRequested(u) => *active.entry(u.staker).or_default() -= u.amount,
            _ => {}
        }
    }
    for (who, value) in active {
        assert_eq!(staking.stakeOf(who, operator.address()).call().await?, value, "stake of {who}");
    }
    assert_eq!(staking.totalStaked().call().await?, self_stake + amount);
    Ok(())
}
