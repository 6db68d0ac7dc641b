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

/// A task that fails does not hold up the round's others: with a batch due for `finalize` and a
/// fee epoch due for `closeEpoch`, a keeper whose RPC refuses to estimate `finalize` (through a
/// proxy in front of anvil) still closes the epoch, and reports the failed task; the next round,
/// with the RPC answering again, finalizes.
#[tokio::test]
async fn a_failing_task_does_not_hold_up_the_rounds_others() -> eyre::Result<()> {
    use alloy::{network::EthereumWallet, providers::ProviderBuilder, sol_types::SolCall};
    use axum::{Json, Router, extract::State as Shared, routing::post};
    use serde_json::{Value, json};

    let r = rollup(41341).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let user = r.devnet.signer(7);
    let to = r.devnet.signer(8).address();
    let (mut state, b0) =
        r.deposit_and_pay(&user, to, parse_ether("10")?, parse_ether("3")?).await?;
    r.post(&b0).await?;
    let keeper_key = r.devnet.signer(9);
    let direct = r.devnet.wallet(&keeper_key);
    let mut stagger = keeper::Stagger::new(std::time::Duration::ZERO, Some((0, 1)));
    let window = alt_e2e::rollup_params(true).challengeWindow;
    advance_time(&admin, window + 1).await?;
    let kept = keep(&direct, &d, r.id, &mut stagger).await?;
    assert_eq!((kept.finalized, kept.distributed, kept.failed.len()), (1, 1, 0));

    // A second batch past its window, and the fee epoch holding the first one's fees over.
    let more = vec![r.transfer(
        &user,
        r.devnet.signer(8).address(),
        parse_ether("1")?,
        parse_ether("1")?,
        1,
    )?];
    r.post(&state.execute_batch(&r.domain(), r.id, 1, 1, &more)?).await?;
    let fees = FeeDistributor::new(d.fee_distributor, &admin);
    let info = fees.epochInfo().call().await?;
    advance_time(&admin, info.length.max(window + 1)).await?;

    // The proxy: every request goes to anvil, except an estimate of `finalize`.
    let selector = alloy::hex::encode(IRollupManager::finalizeCall::SELECTOR);
    let upstream = r.devnet.anvil.endpoint();
    async fn forward(
        Shared((upstream, selector)): Shared<(String, String)>,
        Json(req): Json<Value>,
    ) -> Json<Value> {
        let tx = &req["params"][0];
        let input = tx["input"].as_str().or(tx["data"].as_str()).unwrap_or("");
        if req["method"] == "eth_estimateGas"
            && input.trim_start_matches("0x").starts_with(&selector)
        {
            return Json(json!({
                "jsonrpc": "2.0", "id": req["id"],
                "error": { "code": -32000, "message": "refused by the test's proxy" }
            }));
        }
        let answer = reqwest::Client::new().post(&upstream).json(&req).send().await;
        Json(answer.expect("anvil answers").json().await.expect("JSON"))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let app = Router::new().route("/", post(forward)).with_state((upstream, selector));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let proxied = ProviderBuilder::new()
        .wallet(EthereumWallet::from(keeper_key.clone()))
        .connect_http(url.parse()?);

    let kept = keep(&proxied, &d, r.id, &mut stagger).await?;
    assert_eq!(kept.finalized, 0, "finalize could not be sent");
    assert_eq!(kept.failed.len(), 1, "only finalize failed: {:?}", kept.failed);
    assert!(kept.failed[0].starts_with("finalize: "), "{:?}", kept.failed);
    assert_eq!(kept.epoch_closed, Some(info.epoch), "the epoch was closed all the same");
    assert!(!manager.isFinal(r.id, U256::from(1)).call().await?);
    server.abort();

    // The next round, with the RPC answering, finalizes (and distributes) the second batch.
    // (A new provider: the first one's cached nonce is behind the proxied round's close.)
    let direct = r.devnet.wallet(&keeper_key);
    let kept = keep(&direct, &d, r.id, &mut stagger).await?;
    assert_eq!((kept.finalized, kept.distributed), (1, 1), "{:?}", kept.failed);
    assert!(kept.failed.is_empty(), "{:?}", kept.failed);
    assert!(manager.isFinal(r.id, U256::from(1)).call().await?);
    Ok(())
}

/// One keeper round of rollup `id` from `wallet` (up to 64 batches per call).
async fn keep<P: Provider>(
    wallet: &P,
    d: &alt_e2e::Deployment,
    id: U256,
    stagger: &mut keeper::Stagger,
) -> eyre::Result<keeper::Kept> {
    let fees = alt_node::l1::Fees::default();
    Ok(keeper::keep(wallet, d.rollup_manager, Some(d.fee_distributor), id, 64, stagger, &fees)
        .await)
}
