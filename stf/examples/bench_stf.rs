//! STF throughput with signature recovery (issue 13's benchmark): `TRANSFERS` signed transfers
//! between `ACCOUNTS` funded accounts, executed in batches of 1,000 with a state root after
//! every transaction, as a node derives them. Prints transfers/s for: the checked path
//! (`State::execute_batch`, every step replayed on its own proofs), and the node's path
//! (`State::execute_batch_fast`): each transfer applied to the balances and the tree in order,
//! on one core, or with the senders of the next ones recovered on the machine's other cores.
//!
//! `cargo run --release -p alt-stf --example bench_stf -- [TRANSFERS] [ACCOUNTS]`

use alloy_primitives::{Address, B256, Signature, U256, keccak256};
use alt_stf::{
    smt::{SparseMerkleTree, account_key, account_leaf},
    state::State,
    tx::{self, TRANSFER, Tx},
};
use k256::ecdsa::SigningKey;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let accounts: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let domain = tx::domain(31337, Address::repeat_byte(0x11));
    let rollup = U256::from(1);
    let keys: Vec<SigningKey> = (0..accounts)
        .map(|i| SigningKey::from_slice(keccak256(i.to_be_bytes()).as_slice()).expect("a key"))
        .collect();
    let addrs: Vec<Address> =
        keys.iter().map(|k| Address::from_public_key(k.verifying_key())).collect();
    let genesis = addrs.iter().map(|a| (*a, U256::from(10u64.pow(24)), 0u64));
    let base = State::genesis(genesis);
    eprintln!("signing {n} transfers between {accounts} accounts...");
    let mut nonces = vec![0u64; accounts];
    let txs: Vec<Tx> = (0..n)
        .map(|i| {
            let from = (i * 7919) % accounts;
            let to = (i * 104_729 + 1) % accounts;
            let unsigned = Tx::Signed {
                kind: TRANSFER,
                to: addrs[to],
                amount: U256::from(1_000 + i),
                fee: U256::from(10),
                nonce: nonces[from],
                r: B256::ZERO,
                s: B256::ZERO,
                v: 27,
            };
            nonces[from] += 1;
            let digest = tx::signing_digest(&domain, rollup, &unsigned).expect("signed");
            let (sig, recid) = keys[from].sign_prehash_recoverable(digest.as_slice()).expect("sig");
            unsigned.with_signature(&Signature::from((sig, recid)))
        })
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    println!("{n} transfers, {accounts} accounts, batches of 1,000, a root after every transfer");

    let t = Instant::now();
    for t in &txs {
        std::hint::black_box(tx::sender(&domain, rollup, t));
    }
    let recovery = t.elapsed().as_secs_f64() / n as f64;
    println!("  signature recovery alone: {:.1} us/tx", recovery * 1e6);

    let t = Instant::now();
    let mut h = B256::ZERO;
    for _ in 0..1_000_000 {
        h = alt_stf::smt::hash_node(h, B256::repeat_byte(1));
    }
    std::hint::black_box(h);
    let hash = t.elapsed().as_secs_f64() / 1e6;
    println!("  one tree node hash (keccak of 64 bytes): {:.0} ns", hash * 1e9);
    let mut tree = SparseMerkleTree::new();
    for a in &addrs {
        tree.set(account_key(*a), account_leaf(*a, U256::from(10u64.pow(24)), 0));
    }
    let t = Instant::now();
    for (i, a) in addrs.iter().enumerate() {
        tree.set(account_key(*a), account_leaf(*a, U256::from(i), 1));
    }
    let set = t.elapsed().as_secs_f64() / addrs.len() as f64;
    let depth = addrs.iter().map(|a| tree.depth(account_key(*a))).sum::<usize>() as f64
        / addrs.len() as f64;
    println!(
        "  one tree update: {:.1} us: a path of {depth:.1} levels on average, {:.1} us of hashing",
        set * 1e6,
        hash * (depth + 1.0) * 1e6
    );

    let run = |name: &str, f: &dyn Fn(&mut State, u64, &[Tx]) -> B256| {
        let mut s = base.clone();
        let t = Instant::now();
        let mut root = B256::ZERO;
        for (b, chunk) in txs.chunks(1_000).enumerate() {
            root = f(&mut s, b as u64, chunk);
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "  {name}: {:.0} transfers/s ({:.1} us/tx)",
            n as f64 / secs,
            secs / n as f64 * 1e6
        );
        root
    };
    let checked = run("checked (execute_batch, steps replayed), 1 core", &|s, b, c| {
        s.execute_batch(&domain, rollup, b, 0, c).expect("executes").header.postRoot
    });
    let one = run("node path (execute_batch_fast), 1 core", &|s, b, c| {
        s.execute_batch_fast(&domain, rollup, b, 0, c, 1).expect("executes").header.postRoot
    });
    let many = run(&format!("node path (execute_batch_fast), {cores} cores"), &|s, b, c| {
        s.execute_batch_fast(&domain, rollup, b, 0, c, cores).expect("executes").header.postRoot
    });
    assert!(checked == one && one == many, "the paths reach the same root");
    println!("  same final root on every path: {one}");

    // What one of a derivation's state snapshots costs: a whole copy.
    let rss = || {
        let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
        let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
        pages * 4096
    };
    let before = rss();
    let t = Instant::now();
    let copies: Vec<State> = (0..8).map(|_| base.clone()).collect();
    let per_copy = t.elapsed().as_secs_f64() / 8.0;
    let bytes = rss().saturating_sub(before) / 8;
    std::hint::black_box(&copies);
    println!(
        "  one state snapshot ({accounts} accounts): {:.1} ms, about {:.1} MB",
        per_copy * 1e3,
        bytes as f64 / 1e6
    );
}
