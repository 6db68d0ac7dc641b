//! How long a node's restart takes with and without a state checkpoint (issue 13: "a local
//! snapshot only makes restarts fast"): `cargo run --release -p alt-node --example
//! bench_restart [batches] [deposits per batch] [accounts]`.
//!
//! Builds a chain of batches of L1 deposits to a pool of accounts (every deposit one tree
//! update, as a transfer's two are), then times, on the same posts held in memory (what the
//! post cache gives a restarted node, without the SQLite reads): a derivation from genesis
//! (a restart without a checkpoint), taking the checkpoint, encoding and decoding it, and a
//! derivation resumed from it. Both must end at the same root.

use alloy::primitives::{Address, B256, U256, keccak256};
use alt_bindings::i_rollup_manager::IRollupManagerTypes::BatchPost;
use alt_node::derive::{Checkpoint, Derivation, DeriveError, PostSource, Posted, unsigned_post};
use alt_stf::{
    state::State,
    tx::{self, Tx},
};
use std::{collections::HashMap, sync::Arc, time::Instant};

struct Memory(HashMap<B256, Arc<BatchPost>>);

impl PostSource for Memory {
    async fn post(&mut self, posted: &Posted) -> Result<Arc<BatchPost>, DeriveError> {
        self.0.get(&posted.tx_hash).cloned().ok_or(DeriveError::Rpc("missing".into()))
    }
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let arg = |i: usize, d: u64| std::env::args().nth(i).and_then(|a| a.parse().ok()).unwrap_or(d);
    let (batches, per_batch, accounts) = (arg(1, 2_000), arg(2, 50), arg(3, 10_000));
    let domain = tx::domain(1, Address::ZERO);
    let rollup = U256::from(1);
    let (mut chain, mut state, mut posts) = (Vec::new(), State::new(), Memory(HashMap::new()));
    let mut deposit = 0u64;
    let built = Instant::now();
    for i in 0..batches {
        let txs: Vec<Tx> = (0..per_batch)
            .map(|_| {
                let to = Address::from_word(keccak256((deposit % accounts).to_be_bytes()));
                deposit += 1;
                Tx::Deposit { index: deposit - 1, to, amount: U256::from(1_000 + deposit) }
            })
            .collect();
        let b = state.execute_batch(&domain, rollup, i, deposit, &txs)?;
        let tx_hash = keccak256(i.to_be_bytes());
        let (posted, post) = unsigned_post(&b, &domain, tx_hash, i);
        posts.0.insert(tx_hash, post);
        chain.push(posted);
    }
    println!(
        "{batches} batches of {per_batch} deposits to {accounts} accounts built in {:.2?}",
        built.elapsed()
    );

    let t = Instant::now();
    let mut full = Derivation::new(domain.clone(), rollup);
    let u = full.update(&chain, &mut posts).await?;
    let full_time = t.elapsed();
    assert_eq!((u.derived, full.state().root()), (batches as usize, state.root()));

    let t = Instant::now();
    let c = full.checkpoint(usize::MAX)?.expect("a valid prefix");
    let bytes = c.encode();
    let take = t.elapsed();
    let t = Instant::now();
    let back = Checkpoint::decode(&bytes).expect("decodes");
    let decode = t.elapsed();

    let t = Instant::now();
    let mut resumed = Derivation::new(domain, rollup);
    resumed.resume_from(vec![back]);
    let u = resumed.update(&chain, &mut posts).await?;
    let resume_time = t.elapsed();
    assert_eq!((u.resumed, u.derived, resumed.state().root()), (batches as usize, 0, state.root()));

    println!("restart without a checkpoint (execute every batch): {full_time:.2?}");
    println!(
        "checkpoint: taken and encoded in {take:.2?} ({} KiB), decoded in {decode:.2?}",
        bytes.len() / 1024
    );
    println!("restart from the checkpoint (no execution):         {resume_time:.2?}");
    println!("speed-up: {:.1}x", full_time.as_secs_f64() / (decode + resume_time).as_secs_f64());
    Ok(())
}
