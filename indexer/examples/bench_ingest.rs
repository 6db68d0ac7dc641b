//! Ingest benchmark: decode and store N synthetic system-contract events (Staked logs, each
//! giving a raw row, a pool row and a delegation row) in ranges, through the same code path as a
//! backfill (`model::rows_for` + `Store::apply`, one transaction per range, secondary indexes
//! built at the end and timed), into a fresh SQLite file, or with `postgres` a fresh PostgreSQL
//! database (on the server `ALT_TEST_PG` names, default postgres://root@127.0.0.1:5432, dropped
//! afterwards). RPC is left out: this is the indexer's own cost per event.
//!
//!     cargo run --release -p alt-indexer --example bench_ingest -- [events] [events-per-range] [sqlite|postgres] [token]
//!
//! `token` generates the ALT token's events instead, as `make bench-e2e` makes them on anvil:
//! one holder's 1-wei transfers to fresh addresses and its delegate's vote changes.

use alloy::{
    primitives::{Address, B256, Log as PrimLog, U256},
    rpc::types::Log,
    sol_types::SolEvent,
};
use alt_bindings::{alt_token::AltToken, staking::Staking};
use alt_indexer::{
    config::Contracts,
    db::Backend,
    model::{BlockRef, rows_for},
    scratch::Scratch,
    store::{BlockRow, Store},
};
use std::time::Instant;

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let mut args = std::env::args().skip(1);
    let total: u64 = args.next().map_or(Ok(100_000), |a| a.parse())?;
    let per_range: u64 = args.next().map_or(Ok(5_000), |a| a.parse())?;
    let per_block = 50u64;
    let staking = Address::repeat_byte(0x11);
    let contracts = Contracts {
        chain_id: 31337,
        start_block: 1,
        token: Address::repeat_byte(0x01),
        staking,
        slasher: Address::repeat_byte(0x02),
        fee_distributor: Address::repeat_byte(0x03),
        timelock: Address::repeat_byte(0x04),
        governor: Address::repeat_byte(0x05),
        rollup_manager: Address::repeat_byte(0x06),
    };
    let backend = args
        .next()
        .map_or(Ok(Backend::Sqlite), |a| a.parse())
        .map_err(|e: String| eyre::eyre!(e))?;
    // `token`: the ALT token's transfers and vote changes instead of `Staked` events.
    let token = args.next().as_deref() == Some("token");
    let scratch = Scratch::new(backend).await?;
    let (store, _) = Store::open(scratch.location(), "bench").await?;

    let started = Instant::now();
    // As a backfill into an empty database does: secondary indexes built once at the end.
    store.defer_secondary_indexes().await?;
    let mut done = 0u64;
    let mut rows = Vec::new();
    while done < total {
        // Logs are generated per range, as a backfill fetches them: never all in memory.
        let n = per_range.min(total - done);
        rows.clear();
        let mut last_block = 0;
        for i in done..done + n {
            let block = 1 + i / per_block;
            last_block = block;
            let (address, data) = if token {
                // As `make bench-e2e`'s sprayer: one holder pays a fresh address 1 wei, and its
                // delegate's votes change (every other event).
                let holder = Address::repeat_byte(0xaa);
                if i % 2 == 0 {
                    let to = Address::from_word(B256::from(U256::from(i + 1)));
                    let ev = AltToken::Transfer { from: holder, to, value: U256::from(1) };
                    (contracts.token, ev.encode_log_data())
                } else {
                    let ev = AltToken::DelegateVotesChanged {
                        delegate: holder,
                        previousVotes: U256::from(total - i + 1),
                        newVotes: U256::from(total - i),
                    };
                    (contracts.token, ev.encode_log_data())
                }
            } else {
                let ev = Staking::Staked {
                    staker: Address::from_word(B256::from(U256::from(i % 1000))),
                    operator: Address::from_word(B256::from(U256::from(i % 7))),
                    amount: U256::from(i),
                    shares: U256::from(i),
                    stakerShares: U256::from(i * 2),
                    poolTokens: U256::from(i * 3),
                    poolShares: U256::from(i * 3),
                };
                (staking, ev.encode_log_data())
            };
            let log = Log {
                inner: PrimLog { address, data },
                block_number: Some(block),
                log_index: Some(i % per_block),
                transaction_hash: Some(B256::from(U256::from(i))),
                ..Default::default()
            };
            rows_for(&log, &contracts, &mut rows)?;
        }
        let hash = B256::from(U256::from(last_block));
        let block =
            BlockRow { number: last_block, hash, parent_hash: B256::ZERO, timestamp: last_block };
        store.apply(&[block], &rows, BlockRef { number: last_block, hash }).await?;
        done += n;
    }
    let building = Instant::now();
    store.build_secondary_indexes().await?;
    let build = building.elapsed().as_secs_f64();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "ingested {total} events ({} rows) in {secs:.2} s (of which {build:.2} s building the secondary indexes): {:.0} events/s; {per_range} events per transaction; peak RSS {:.0} MB",
        store.count("events").await?
            + store.count("pool_states").await?
            + store.count("delegations").await?
            + store.count("token_transfers").await?
            + store.count("token_balances").await?
            + store.count("vote_power_changes").await?,
        total as f64 / secs,
        alt_e2e::peak_rss_mb(std::process::id())
    );
    Ok(())
}
