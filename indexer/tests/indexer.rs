//! The indexer against a real anvil and each backend (a real SQLite file, a fresh database on the
//! real PostgreSQL server): a seeded scenario compared with the chain's own views, a reorg
//! followed exactly, and repeated kills of the real binary during a backfill ending in the same
//! database as an uninterrupted run. Every test runs once per backend (`sqlite::`, `postgres::`).

use alloy::{
    primitives::{Address, U256, utils::parse_ether},
    providers::{Provider, ProviderBuilder},
    rpc::types::Filter,
};
use alt_bindings::{alt_token::AltToken, staking::Staking};
use alt_e2e::{Devnet, TX_GAS};
use alt_indexer::{
    config::{Config, Contracts},
    store::{Opened, Store},
    sync::{Indexer, Step},
};
use alt_indexer::{
    db::{Backend, Location, Row, query},
    scratch::Scratch,
};
use std::{process::Command, time::Duration};

alt_indexer::on_both_backends! {
    seeded_devnet_is_indexed_like_the_chain_says: 41101, 41401;
    reorg_is_rolled_back_and_reapplied: 41102, 41402;
    a_rebuild_is_invisible_until_it_commits: 41104, 41404;
    killed_repeatedly_during_backfill_ends_like_an_uninterrupted_run: 41103, 41403;
    proposals_votes_and_operator_earnings_match_the_contracts: 41107, 41405;
}

fn contracts(devnet: &Devnet) -> eyre::Result<Contracts> {
    Contracts::load(&devnet.deployment_file)
}

async fn indexer(devnet: &Devnet, db: &Location, depth: u64) -> eyre::Result<Indexer> {
    let mut cfg = Config::new(vec![devnet.anvil.endpoint()], contracts(devnet)?);
    cfg.finality_depth = depth;
    let (store, _) = Store::open(db, &cfg.fingerprint()).await?;
    Indexer::new(cfg, store)
}

/// Every (staker, operator) pair's latest shares in the index.
async fn indexed_shares(store: &Store) -> eyre::Result<Vec<(Address, Address, U256)>> {
    let rows: Vec<Row> = query(
        "SELECT d.staker, d.operator, d.shares FROM delegations d
         WHERE (d.block_number, d.log_index) = (
           SELECT block_number, log_index FROM delegations x
           WHERE x.staker = d.staker AND x.operator = d.operator
           ORDER BY block_number DESC, log_index DESC LIMIT 1)
         ORDER BY d.staker, d.operator",
    )
    .fetch_all(store.pool())
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                Address::from_slice(&r.get::<Vec<u8>>(0)),
                Address::from_slice(&r.get::<Vec<u8>>(1)),
                U256::from_be_slice(&r.get::<Vec<u8>>(2)),
            )
        })
        .collect())
}

/// The index agrees with the chain: every log is stored once, and every delegation's and
/// pool's latest row equals the contract's view.
async fn assert_matches_chain(devnet: &Devnet, store: &Store) -> eyre::Result<()> {
    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let c = contracts(devnet)?;
    let logs = provider
        .get_logs(
            &Filter::new()
                .from_block(c.start_block)
                .to_block(provider.get_block_number().await?)
                .address(c.addresses()),
        )
        .await?;
    assert_eq!(store.count("events").await? as usize, logs.len(), "every log once");
    let staking = Staking::new(c.staking, &provider);
    let shares = indexed_shares(store).await?;
    assert!(!shares.is_empty());
    for (staker, operator, indexed) in shares {
        assert_eq!(
            staking.sharesOf(staker, operator).call().await?,
            indexed,
            "{staker} -> {operator}"
        );
    }
    let pools: Vec<Row> = query(
        "SELECT p.operator, p.tokens FROM pool_states p
         WHERE (p.block_number, p.log_index) = (
           SELECT block_number, log_index FROM pool_states x WHERE x.operator = p.operator
           ORDER BY block_number DESC, log_index DESC LIMIT 1)",
    )
    .fetch_all(store.pool())
    .await?;
    assert_eq!(pools.len(), store.count("operators").await? as usize);
    for r in pools {
        let op = Address::from_slice(&r.get::<Vec<u8>>(0));
        let tokens = U256::from_be_slice(&r.get::<Vec<u8>>(1));
        assert_eq!(staking.pool(op).call().await?.tokens, tokens, "pool of {op}");
    }
    Ok(())
}

async fn seeded_devnet_is_indexed_like_the_chain_says(
    backend: Backend,
    chain: u64,
) -> eyre::Result<()> {
    let devnet = Devnet::start(chain, &[])?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    let scratch = Scratch::new(backend).await?;
    let db = scratch.location().clone();
    let mut ix = indexer(&devnet, &db, 0).await?;
    ix.backfill(false).await?;
    assert_matches_chain(&devnet, ix.store()).await?;
    assert_eq!(ix.store().count("operators").await?, 3);
    assert_eq!(ix.store().count("rollups").await?, 1);

    // Reopening with the same config resumes; another config re-indexes from scratch.
    drop(ix);
    let mut cfg = Config::new(vec![devnet.anvil.endpoint()], contracts(&devnet)?);
    let (_, opened) = Store::open(&db, &cfg.fingerprint()).await?;
    assert_eq!(opened, Opened::Resumed);
    cfg.contracts.start_block += 1;
    let (store, opened) = Store::open(&db, &cfg.fingerprint()).await?;
    assert_eq!(opened, Opened::Reset);
    assert_eq!(store.count("events").await?, 0, "nothing mixed");
    assert_eq!(store.checkpoint().await?, None);
    Ok(())
}

async fn reorg_is_rolled_back_and_reapplied(backend: Backend, chain: u64) -> eyre::Result<()> {
    let devnet = Devnet::start(chain, &[])?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let scratch = Scratch::new(backend).await?;
    // Depth 0, as on the devnet: the hashes kept for the reorg window still find the fork.
    let mut ix = indexer(&devnet, scratch.location(), 0).await?;
    ix.backfill(false).await?;

    // A stake the index sees, then the chain forgets it and takes another branch.
    let fork = provider.get_block_number().await?;
    let snapshot: U256 = provider.raw_request("evm_snapshot".into(), ()).await?;
    let c = contracts(&devnet)?;
    let delegator = devnet.wallet(&devnet.signer(4));
    let operator = devnet.signer(1).address();
    let staking = Staking::new(c.staking, &delegator);
    staking.stake(operator, parse_ether("111")?).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(matches!(ix.step().await?, Step::Applied { events: 1.., .. }));
    let forked = ix.store().count("delegations").await?;

    let reverted: bool = provider.raw_request("evm_revert".into(), (snapshot,)).await?;
    assert!(reverted);
    // A fresh wallet: the old one caches the nonce of the forgotten transaction.
    let delegator = devnet.wallet(&devnet.signer(4));
    let staking = Staking::new(c.staking, &delegator);
    staking.stake(operator, parse_ether("222")?).gas(TX_GAS).send().await?.get_receipt().await?;
    staking.stake(operator, parse_ether("333")?).gas(TX_GAS).send().await?.get_receipt().await?;

    let mut rolled_back = false;
    for _ in 0..10 {
        match ix.step().await? {
            Step::RolledBack { ancestor, to } => {
                assert_eq!(ancestor, fork, "rolled back to the fork point, not to the start");
                assert_eq!(to, provider.get_block_number().await?, "and forward to the head");
                rolled_back = true;
            }
            Step::CaughtUp { .. } => break,
            Step::Applied { .. } => {}
        }
    }
    assert!(rolled_back, "the reorg was detected");
    assert_eq!(ix.store().count("delegations").await?, forked + 1, "one stake gone, two new");
    assert_matches_chain(&devnet, ix.store()).await?;
    // The token balances each stake moved (kept per block from the one before) are the chain's:
    // the forgotten stake's transfer is gone from them too.
    let token = AltToken::new(c.token, &provider);
    for who in [devnet.signer(4).address(), c.staking] {
        let stored: Vec<u8> = query(
            "SELECT balance FROM token_balances WHERE account = $1 ORDER BY block_number DESC LIMIT 1",
        )
        .bind(who.as_slice())
        .scalar(ix.store().pool())
        .await?;
        assert_eq!(U256::from_be_slice(&stored), token.balanceOf(who).call().await?, "{who}");
    }
    Ok(())
}

/// A reorg's replacement is one transaction: while it is open, another connection reads the
/// state from before the reorg, complete; once committed, the new one; dropped (a crash or an
/// error), nothing changed.
async fn a_rebuild_is_invisible_until_it_commits(backend: Backend, chain: u64) -> eyre::Result<()> {
    let devnet = Devnet::start(chain, &[])?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    let scratch = Scratch::new(backend).await?;
    let db = scratch.location().clone();
    let mut ix = indexer(&devnet, &db, 0).await?;
    ix.backfill(false).await?;
    let reader = Store::open_existing(&db).await?;
    let counts = |store: Store| async move {
        let mut out = Vec::new();
        for t in ["events", "operators", "delegations", "epochs", "token_balances"] {
            out.push(store.count(t).await?);
        }
        eyre::Ok((out, store.checkpoint().await?))
    };
    let before = counts(reader.clone()).await?;
    assert!(before.0.iter().take(3).all(|n| *n > 0), "a seeded index: {before:?}");

    // Everything above genesis (where nothing happened) is deleted inside the transaction...
    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let genesis =
        provider.get_block_by_number(0.into()).await?.ok_or_else(|| eyre::eyre!("no block"))?;
    let ancestor = alt_indexer::model::BlockRef { number: 0, hash: genesis.header.hash };
    let rebuild = ix.store().rebuild(ancestor).await?;
    // ...and another connection still reads the complete old state.
    assert_eq!(counts(reader.clone()).await?, before, "invisible while open");
    drop(rebuild);
    assert_eq!(counts(reader.clone()).await?, before, "dropped: nothing changed");

    let rebuild = ix.store().rebuild(ancestor).await?;
    rebuild.commit().await?;
    let after = counts(reader.clone()).await?;
    assert_eq!(after.0, vec![0; 5], "committed: rolled back");
    assert_eq!(after.1, Some(ancestor));
    Ok(())
}

/// Runs the real binary, killing it (SIGKILL) at random moments, until it completes.
async fn killed_repeatedly_during_backfill_ends_like_an_uninterrupted_run(
    backend: Backend,
    chain: u64,
) -> eyre::Result<()> {
    let devnet = Devnet::start(chain, &[])?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    // Empty blocks after the activity, so a one-or-two-block-range backfill takes a while.
    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let _: serde_json::Value =
        provider.raw_request("anvil_mine".into(), (U256::from(400),)).await?;
    let (killed, clean) = (Scratch::new(backend).await?, Scratch::new(backend).await?);
    let (killed_db, clean_db) = (killed.location().clone(), clean.location().clone());
    let mut kills = 0;
    for i in 0..40u64 {
        let mut child = slow_backfill(&devnet, &killed_db).spawn()?;
        // 40..200 ms: from before the first commit to well into the backfill.
        tokio::time::sleep(Duration::from_millis(40 + (i * 37) % 160)).await;
        if child.try_wait()?.is_some() {
            break;
        }
        child.kill()?;
        child.wait()?;
        kills += 1;
    }
    assert!(slow_backfill(&devnet, &killed_db).status()?.success());
    assert!(slow_backfill(&devnet, &clean_db).status()?.success());
    assert!(kills >= 3, "the backfill was interrupted ({kills} kills)");
    let (killed, killed_cp) = dump(&devnet, &killed_db).await?;
    let (clean, clean_cp) = dump(&devnet, &clean_db).await?;
    assert_eq!(killed_cp, clean_cp);
    assert!(!clean.is_empty());
    assert_eq!(killed, clean, "nothing lost, nothing doubled");
    Ok(())
}

/// The real binary backfilling `db` one or two blocks per range to the head, then exiting.
fn slow_backfill(devnet: &Devnet, db: &Location) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_alt-indexer"));
    cmd.args(["--once", "--initial-range", "1", "--max-range", "2", "--rpc-url"])
        .arg(devnet.anvil.endpoint())
        .arg("--deployment")
        .arg(&devnet.deployment_file)
        .arg("--db")
        .arg(db.url())
        .env("RUST_LOG", "warn");
    cmd
}

/// The data tables of an index the binary wrote (sorted rows, as text), and its checkpoint.
async fn dump(
    devnet: &Devnet,
    db: &Location,
) -> eyre::Result<(Vec<String>, Option<alt_indexer::model::BlockRef>)> {
    // The binary fingerprints the chain by its genesis hash too.
    let mut cfg = Config::new(vec![devnet.anvil.endpoint()], contracts(devnet)?);
    cfg.genesis_hash =
        Some(alt_indexer::rpc::Rpc::new(&cfg.rpc_urls, cfg.request_timeout)?.block(0).await?.hash);
    let (store, opened) = Store::open(db, &cfg.fingerprint()).await?;
    assert_eq!(opened, Opened::Resumed);
    // Dropped for the bulk load, rebuilt when the (last) backfill ended.
    assert!(store.secondary_indexes_built().await?, "indexes rebuilt");
    let mut out = Vec::new();
    for table in [
        "events",
        "delegations",
        "pool_states",
        "operators",
        "rollups",
        "batches",
        "fee_deposits",
        "token_transfers",
        "token_balances",
        "delegate_changes",
        "vote_power_changes",
    ] {
        let rows: Vec<Row> =
            query(format!("SELECT * FROM {table} ORDER BY block_number, log_index"))
                .fetch_all(store.pool())
                .await?;
        for r in rows {
            let cols: Vec<String> = (0..r.len())
                .map(|i| {
                    r.try_get::<Vec<u8>>(i)
                        .map(alloy::primitives::hex::encode)
                        .or_else(|_| r.try_get::<i64>(i).map(|v| v.to_string()))
                        .or_else(|_| r.try_get::<String>(i))
                        .unwrap_or_else(|_| "NULL".into())
                })
                .collect();
            out.push(format!("{table}:{}", cols.join(",")));
        }
    }
    // Rows that tie on (block, log) (two balances one transfer moved) come in the order each
    // database stored them: compare as sorted lists, which still shows every lost or doubled
    // row.
    out.sort_unstable();
    Ok((out, store.checkpoint().await?))
}

/// Two indexers on one PostgreSQL database: one writes, the other stands by; the writer is
/// killed (SIGKILL) mid-backfill, the standby takes over and the tables end equal to a clean
/// run's, row for row.
#[tokio::test]
async fn a_standby_indexer_takes_over_from_a_killed_writer() -> eyre::Result<()> {
    let devnet = Devnet::start(41406, &[])?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let _: serde_json::Value =
        provider.raw_request("anvil_mine".into(), (U256::from(1500),)).await?;
    let (shared, clean) =
        (Scratch::new(Backend::Postgres).await?, Scratch::new(Backend::Postgres).await?);
    let mut writer = slow_backfill(&devnet, shared.location()).spawn()?;
    // The writer has the lock and is writing before the standby starts.
    let started = std::time::Instant::now();
    loop {
        let cp: Option<i64> = query("SELECT block_number FROM checkpoint")
            .scalar_optional(&alt_indexer::db::Pool::Postgres(
                sqlx::PgPool::connect(&shared.location().url()).await?,
            ))
            .await
            .unwrap_or(None);
        if cp.is_some() {
            break;
        }
        eyre::ensure!(started.elapsed() < Duration::from_secs(30), "the writer never wrote");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut standby = slow_backfill(&devnet, shared.location())
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(writer.try_wait()?.is_none(), "the writer was still backfilling when killed");
    assert!(standby.try_wait()?.is_none(), "the standby waits while the writer lives");
    writer.kill()?;
    writer.wait()?;
    let out = tokio::task::spawn_blocking(move || standby.wait_with_output()).await??;
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the standby finished the backfill: {log}");
    assert!(log.contains("standing by"), "it stood by first: {log}");
    assert!(slow_backfill(&devnet, clean.location()).status()?.success());
    let (taken_over, taken_cp) = dump(&devnet, shared.location()).await?;
    let (clean, clean_cp) = dump(&devnet, clean.location()).await?;
    assert_eq!(taken_cp, clean_cp);
    assert!(!clean.is_empty());
    assert_eq!(taken_over, clean, "nothing lost, nothing doubled");
    Ok(())
}

/// A writer whose lock session ends while it still runs (a network partition, an
/// administrator's `pg_terminate_backend`) is replaced by the next indexer, and can no longer
/// commit anything: its next transaction fails as fenced, and the new writer's rows stand.
#[tokio::test]
async fn a_replaced_writer_is_fenced_off() -> eyre::Result<()> {
    let scratch = Scratch::new(Backend::Postgres).await?;
    let (old, _) = Store::open(scratch.location(), "fence").await?;
    let block = |n: u64| alt_indexer::model::BlockRef {
        number: n,
        hash: alloy::primitives::B256::repeat_byte(n as u8),
    };
    old.apply(&[], &[], block(1)).await?;
    // End the old writer's lock session from outside, as a partition would.
    let admin =
        alt_indexer::db::Pool::Postgres(sqlx::PgPool::connect(&scratch.location().url()).await?);
    let ended: i64 = query(
        "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'alt-indexer writer lock' AND datname = current_database()) t",
    )
    .scalar(&admin)
    .await?;
    assert_eq!(ended, 1);
    let (new, opened) =
        tokio::time::timeout(Duration::from_secs(10), Store::open(scratch.location(), "fence"))
            .await??;
    assert_eq!(opened, Opened::Resumed);
    let refused = old.apply(&[], &[], block(2)).await.expect_err("the old writer is fenced");
    assert!(alt_indexer::store::fenced(&refused), "{refused:?}");
    assert!(old.rebuild(block(0)).await.is_err(), "a rollback too");
    assert_eq!(new.checkpoint().await?, Some(block(1)), "nothing of the old writer's");
    new.apply(&[], &[], block(2)).await?;
    assert_eq!(new.checkpoint().await?, Some(block(2)));
    Ok(())
}

/// Governance and fee rewards: a proposal and two votes, one fee epoch with work, and the
/// operator's commission as the index accounts it equals the distributor's own view.
async fn proposals_votes_and_operator_earnings_match_the_contracts(
    backend: Backend,
    chain: u64,
) -> eyre::Result<()> {
    use alt_bindings::{alt_token::AltToken, fee_distributor::FeeDistributor};
    let reporter = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"; // anvil account 9
    let devnet = Devnet::start(
        chain,
        &[
            ("VOTING_DELAY", "1"),
            ("VOTING_PERIOD", "300"),
            ("TIMELOCK_DELAY", "60"),
            ("VOTE_EXTENSION", "60"),
            ("WORK_REPORTER", reporter),
        ],
    )?;
    devnet.script("script/Devnet.s.sol", &[], &[])?;
    let provider = ProviderBuilder::new().connect_http(devnet.anvil.endpoint_url());
    let c = contracts(&devnet)?;
    let proposal = "proposals/example-unbonding-14d.json";
    alt_e2e::advance_time(&provider, 1).await?;
    devnet.script("script/Governance.s.sol", &["propose(string)", proposal], &[])?;
    alt_e2e::advance_time(&provider, 2).await?;
    devnet.script("script/Governance.s.sol", &["vote(string,uint8)", proposal, "1"], &[])?;
    let key4 = alloy::primitives::hex::encode_prefixed(devnet.anvil.keys()[4].to_bytes());
    devnet.script(
        "script/Governance.s.sol",
        &["vote(string,uint8,string)", proposal, "0", "keep 21 days"],
        &[("PRIVATE_KEY", key4.as_str())],
    )?;
    // Anyone may vote with no weight, and a reason is anyone's bytes: a NUL in it (which
    // PostgreSQL's TEXT refuses) is stored as U+FFFD on both backends, never stopping the index.
    let governor =
        alt_bindings::alt_governor::AltGovernor::new(c.governor, devnet.wallet(&devnet.signer(8)));
    let created = governor.ProposalCreated_filter().from_block(0).query().await?;
    let id = created.first().ok_or_else(|| eyre::eyre!("no proposal"))?.0.proposalId;
    governor
        .castVoteWithReason(id, 2, "no\0weight".into())
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;

    // One fee epoch: 1,000 ALT of transaction fees, all work by operator 1.
    let admin = devnet.wallet(&devnet.signer(0));
    let operator = devnet.signer(1).address();
    AltToken::new(c.token, &admin)
        .approve(c.fee_distributor, U256::MAX)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let fees = FeeDistributor::new(c.fee_distributor, &admin);
    // Stake earns from the epoch after it was made: close the seeding epoch first.
    let (_, _, length) = fees.epochInfo().call().await?.into();
    alt_e2e::advance_time(&provider, length).await?;
    fees.closeEpoch().gas(TX_GAS).send().await?.get_receipt().await?;
    fees.depositFees(0, Default::default(), parse_ether("1000")?)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    FeeDistributor::new(c.fee_distributor, devnet.wallet(&devnet.signer(9)))
        .recordWork(vec![operator], vec![U256::from(10)])
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    alt_e2e::advance_time(&provider, length).await?;
    fees.closeEpoch().gas(TX_GAS).send().await?.get_receipt().await?;

    let scratch = Scratch::new(backend).await?;
    let mut ix = indexer(&devnet, scratch.location(), 0).await?;
    ix.backfill(false).await?;
    let store = ix.store();
    assert_eq!(store.count("proposals").await?, 1);
    assert_eq!(store.count("votes").await?, 3);
    let reason: String =
        query("SELECT reason FROM votes WHERE support = 2").scalar(store.pool()).await?;
    assert_eq!(reason, "no\u{FFFD}weight");
    assert_eq!(store.count("epochs").await?, 2);
    let rows: Vec<Row> = query(
        "SELECT commission, delegator_rewards, amount FROM operator_rewards WHERE operator = $1",
    )
    .bind(operator.as_slice())
    .fetch_all(store.pool())
    .await?;
    assert_eq!(rows.len(), 1);
    let commission = U256::from_be_slice(&rows[0].get::<Vec<u8>>(0));
    let delegators = U256::from_be_slice(&rows[0].get::<Vec<u8>>(1));
    let amount = U256::from_be_slice(&rows[0].get::<Vec<u8>>(2));
    assert_eq!(commission + delegators, amount);
    assert_eq!(
        fees.commissionClaimable(operator).call().await?,
        commission,
        "commission: index == contract"
    );
    Ok(())
}

/// The two backends' migrations leave the same tables with the same columns, in corresponding
/// types (INTEGER = bigint, BLOB = bytea, TEXT = text), nullable alike.
#[tokio::test]
async fn both_schemas_have_the_same_columns() -> eyre::Result<()> {
    let (lite, pg) = (Scratch::new(Backend::Sqlite).await?, Scratch::new(Backend::Postgres).await?);
    let (lite, _) = Store::open(lite.location(), "schema").await?;
    let (pg, _) = Store::open(pg.location(), "schema").await?;
    let mut lite: Vec<(String, String, String, i64)> = query(
        "SELECT m.name, p.name, lower(p.type), 1 - p.\"notnull\" - (p.pk > 0 AND p.\"notnull\" = 0)
           FROM sqlite_master m JOIN pragma_table_info(m.name) p
          WHERE m.type = 'table' AND m.name NOT LIKE '\\_%' ESCAPE '\\' AND m.name != 'sqlite_sequence'
          ORDER BY 1, 2",
    )
    .fetch_all(lite.pool())
    .await?;
    let mut pg: Vec<(String, String, String, i64)> = query(
        "SELECT table_name::text, column_name::text,
                CASE data_type WHEN 'bigint' THEN 'integer' WHEN 'bytea' THEN 'blob' ELSE data_type END,
                CASE is_nullable WHEN 'YES' THEN 1 ELSE 0 END
           FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_%'
          ORDER BY 1, 2",
    )
    .fetch_all(pg.pool())
    .await?;
    lite.sort();
    pg.sort();
    assert!(lite.len() > 200, "{} columns", lite.len());
    assert_eq!(lite, pg);
    Ok(())
}
