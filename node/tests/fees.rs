//! Finality and fees on a real anvil: once a batch's challenge window has passed, the keeper
//! finalizes it and distributes its fees to the FeeDistributor, with exactly the transaction
//! fees the batch collected and the storage fee its post paid; with nothing to do it sends
//! nothing.

use alloy::{
    primitives::{U256, utils::parse_ether},
    providers::Provider,
};
use alt_bindings::{
    alt_token::AltToken, fee_distributor::FeeDistributor, i_rollup_manager::IRollupManager,
};
use alt_e2e::{TX_GAS, advance_time};
use alt_node::keeper;
use alt_stf::{state::State, tx::Tx};

mod common;
use common::rollup;

#[tokio::test]
async fn final_batches_fees_reach_the_fee_distributor_exactly_once() -> eyre::Result<()> {
    let r = rollup(41306).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    let fee = parse_ether("3")?;
    let txs = vec![
        Tx::Deposit { index: 0, to: user.address(), amount: deposit },
        r.transfer(&user, friend.address(), parse_ether("10")?, fee, 0)?,
    ];
    let b0 = State::new().execute_batch(&r.domain(), r.id, 0, 1, &txs)?;
    r.post(&b0).await?;
    let posted = manager.BatchPosted_filter().from_block(0).query().await?;
    let storage_fee = posted[0].0.storageFee;
    assert!(storage_fee > U256::ZERO);

    let keeper_wallet = r.devnet.wallet(&r.devnet.signer(9));
    // Within the window: nothing to finalize, nothing sent.
    let before = keeper_wallet.get_transaction_count(r.devnet.signer(9).address()).await?;
    // (A keeper of rank 0 for every task: it sends what is due at once.)
    let mut first = keeper::Stagger::new(std::time::Duration::ZERO, Some((0, 1)));
    let idle = keep(&keeper_wallet, &d, r.id, &mut first).await?;
    assert_eq!(idle, keeper::Kept::default());
    assert_eq!(keeper_wallet.get_transaction_count(r.devnet.signer(9).address()).await?, before);

    // Past the window: final, and its fees paid out.
    let window = alt_e2e::rollup_params(true).challengeWindow;
    advance_time(&admin, window + 1).await?;
    let token = AltToken::new(d.token, &admin);
    let fees = FeeDistributor::new(d.fee_distributor, &admin);
    let treasury = fees.treasuryInfo().call().await?.treasury;
    let held = token.balanceOf(d.fee_distributor).call().await?;
    let treasury_held = token.balanceOf(treasury).call().await?;
    let kept = keep(&keeper_wallet, &d, r.id, &mut first).await?;
    assert_eq!((kept.finalized, kept.distributed, kept.txs.len()), (1, 1, 2));
    assert!(kept.gas_wei > 0);
    assert!(manager.isFinal(r.id, U256::ZERO).call().await?);
    let paid = manager.FeesDistributed_filter().from_block(0).query().await?;
    assert_eq!(paid.len(), 1);
    let e = &paid[0].0;
    assert_eq!(
        (e.txFees, e.storageFees, e.fromBatch, e.toBatch),
        (fee, storage_fee, U256::ZERO, U256::from(1))
    );
    // Every wei distributed is in the FeeDistributor (credited to the operators that did the
    // work) or with the treasury (its share, rounded down per credit): none lost, none made.
    let to_distributor = token.balanceOf(d.fee_distributor).call().await? - held;
    let to_treasury = token.balanceOf(treasury).call().await? - treasury_held;
    assert_eq!(to_distributor + to_treasury, e.txFees + e.storageFees + e.serviceFees);
    assert!(to_treasury <= (e.txFees + e.storageFees + e.serviceFees) / U256::from(10));
    // Again: nothing left, nothing sent (the fee epoch, a day long, is not over).
    let again = keep(&keeper_wallet, &d, r.id, &mut first).await?;
    assert_eq!(again, keeper::Kept::default());

    // Once the epoch holding the fees is over, the keeper closes it (crediting them), once.
    let info = fees.epochInfo().call().await?;
    assert!(fees.epochAttributed(info.epoch).call().await? > U256::ZERO);
    advance_time(&admin, info.length).await?;
    let closed = keep(&keeper_wallet, &d, r.id, &mut first).await?;
    assert_eq!((closed.epoch_closed, closed.txs.len()), (Some(info.epoch), 1));
    let events = fees.EpochClosed_filter().from_block(0).query().await?;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].0.epoch, info.epoch);
    assert_eq!(fees.epochInfo().call().await?.epoch, info.epoch + 1);
    let idle = keep(&keeper_wallet, &d, r.id, &mut first).await?;
    assert_eq!(idle, keeper::Kept::default());
    Ok(())
}

/// One keeper round of rollup `id` from `wallet` (up to 64 batches per call).
async fn keep<P: Provider>(
    wallet: &P,
    d: &alt_e2e::Deployment,
    id: U256,
    stagger: &mut keeper::Stagger,
) -> eyre::Result<keeper::Kept> {
    keeper::keep(wallet, d.rollup_manager, Some(d.fee_distributor), id, 64, stagger)
        .await
        .map_err(eyre::Error::msg)
}
