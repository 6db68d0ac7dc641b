//! The whole-state executor (`alt_stf::state`) against the Solidity reference: executing the
//! vector batch of `test-vectors/stf.json` (written by `StfVectors.t.sol`) from its accounts
//! gives every step's root, fee and validity, the header, and, as the challenger's witness,
//! exactly the proofs the Solidity side wrote; and on seeded random sequences (including
//! invalid signatures, nonces, amounts and overflowing credits) every step's witness replays
//! through the one-step functions to the executor's own root.

use alloy_primitives::{Address, B256, U256, keccak256};
use alt_stf::{
    state::State,
    step::{apply_deposit, apply_forced_withdrawal, apply_signed},
    tx::{TRANSFER, Tx, WITHDRAWAL, decode_batch, domain, sender, signing_digest},
};

mod common;
use common::vectors;

#[test]
fn the_vector_batch_executes_to_the_solidity_roots_header_and_proofs() {
    let v = vectors();
    let d = domain(v.domain.chain_id, v.domain.verifying_contract);
    let rollup = U256::from(v.rollup_id);
    let mut state = State::genesis(v.accounts.iter().map(|a| (a.address, a.balance, a.nonce)));
    assert_eq!(state.root(), v.prev_root, "the genesis accounts give the vector's pre root");
    let txs: Vec<Tx> = v.steps.iter().map(|s| Tx::decode(&s.raw).expect("decodes")).collect();
    // The posted tx data splits back into exactly these transactions; anything cut short or of
    // an unknown kind is refused with where it starts.
    assert_eq!(decode_batch(&v.header.tx_data).expect("splits"), txs);
    let data = v.header.tx_data.to_vec();
    let last = data.len() - v.steps.last().expect("steps").raw.len();
    assert_eq!(decode_batch(&data[..data.len() - 1]).map_err(|e| e.0), Err(last));
    let mut bad = data.clone();
    bad.push(0x07);
    assert_eq!(decode_batch(&bad), Err((data.len(), alt_stf::tx::DecodeError::UnknownKind(0x07))));
    assert_eq!(decode_batch(&[]), Ok(vec![]));

    // The challenger's witness of each step equals the proofs the Solidity side wrote.
    let mut replay = state.clone();
    for (i, (s, t)) in v.steps.iter().zip(&txs).enumerate() {
        let from = match t {
            Tx::Signed { .. } => sender(&d, rollup, t),
            _ => None,
        };
        let (a, b, w) = replay.witness(t, from);
        for p in &s.proofs {
            let (bitmap, siblings): (U256, &[B256]) = match p.role.as_str() {
                "sender" => (a.bitmap, &a.siblings),
                "recipient" => (b.bitmap, &b.siblings),
                _ => (w.bitmap, &w.siblings),
            };
            assert_eq!(bitmap, U256::from_be_bytes(p.bitmap.0), "step {i} {} bitmap", p.role);
            assert_eq!(siblings, &p.siblings[..], "step {i} {} siblings", p.role);
            match p.role.as_str() {
                "sender" => assert_eq!((Some(a.balance), Some(a.nonce)), (p.balance, p.nonce)),
                "recipient" => assert_eq!((Some(b.balance), Some(b.nonce)), (p.balance, p.nonce)),
                _ => assert_eq!(w.leaf, p.leaf.unwrap_or_default(), "step {i} withdrawal leaf"),
            }
        }
        let applied = replay.apply(&d, rollup, t).expect("executes");
        assert_eq!(applied.root, s.post_root, "step {i} root");
        assert_eq!(applied.fee, s.fee, "step {i} fee");
        assert_eq!(applied.changed, s.valid, "step {i} validity");
    }

    let h = &v.header;
    let batch = state.execute_batch(&d, rollup, 0, h.deposits_processed, &txs).expect("batch");
    assert_eq!(batch.tx_data, h.tx_data.to_vec());
    assert_eq!(batch.header.postRoot, h.post_root);
    assert_eq!(batch.header.txDataHash, h.tx_data_hash);
    assert_eq!(batch.header.stepsRoot, h.steps_root);
    assert_eq!(batch.header.feesCollected, h.fees_collected);
    assert_eq!(batch.header.txCount, h.tx_count);
    assert_eq!(batch.header.hash(&d), h.hash, "the header hash");
    let leaves: Vec<B256> = v.steps.iter().map(|s| s.step_leaf).collect();
    assert_eq!(batch.leaves, leaves);
    assert_eq!(batch.fees, v.steps.iter().map(|s| s.fees_after).collect::<Vec<_>>());
    assert_eq!(state.root(), h.post_root);
}

/// A 256-bit pseudo-random word from (`seed`, `i`).
fn word(seed: u64, i: u64) -> U256 {
    U256::from_be_bytes(keccak256([seed.to_be_bytes(), i.to_be_bytes()].concat()).0)
}

fn low(x: U256, shift: usize, modulo: u64) -> u64 {
    ((x >> shift) % U256::from(modulo)).to::<u64>()
}

#[test]
fn every_executed_step_replays_through_the_one_step_rules() {
    use alloy_primitives::Signature;
    let d = domain(31337, Address::repeat_byte(0x11));
    let rollup = U256::from(3);
    let keys: Vec<k256::ecdsa::SigningKey> =
        (1..=3u8).map(|i| k256::ecdsa::SigningKey::from_slice(&[i; 32]).expect("key")).collect();
    let addrs: Vec<Address> = keys.iter().map(Address::from_private_key).collect();
    let (mut changed, mut noops) = (0, 0);
    let mut every = Vec::new();
    for seed in 0..40u64 {
        let mut state = State::new();
        // The node's path (no proofs built or replayed) beside it, and the whole sequence
        // again as batches of the node's path with recovery on two threads.
        let mut fast = State::new();
        let mut sequence = Vec::new();
        let mut queue = 0u64;
        let (mut deposited, mut fees) = (U256::ZERO, U256::ZERO);
        for i in 0..30u64 {
            let r = word(seed, i);
            let who = low(r, 0, 3) as usize;
            let (bal, nonce_now) = state.account(addrs[who]);
            let t = match low(r, 8, 5) {
                0 => {
                    queue += 1;
                    // Now and then a credit that would overflow the recipient: a no-op.
                    let amount = if low(r, 16, 9) == 0 { U256::MAX } else { r >> 180 };
                    Tx::Deposit { index: queue - 1, to: addrs[who], amount }
                }
                1 => {
                    queue += 1;
                    Tx::ForcedWithdrawal {
                        index: queue - 1,
                        from: addrs[who],
                        to: Address::repeat_byte(0x99),
                        amount: r >> 190,
                    }
                }
                k => {
                    let kind = if k == 4 { WITHDRAWAL } else { TRANSFER };
                    let to = match low(r, 24, 4) {
                        0 => Address::ZERO,
                        1 => addrs[who],
                        _ => addrs[low(r, 32, 3) as usize],
                    };
                    let amount =
                        if low(r, 40, 3) == 0 { bal + U256::ONE } else { bal / U256::from(3) };
                    let nonce = if low(r, 48, 6) == 0 { nonce_now + 1 } else { nonce_now };
                    let unsigned = Tx::Signed {
                        kind,
                        to,
                        amount,
                        fee: U256::from(low(r, 56, 4)),
                        nonce,
                        r: B256::ZERO,
                        s: B256::ZERO,
                        v: 27,
                    };
                    let digest = signing_digest(&d, rollup, &unsigned).expect("signed kind");
                    // Now and then signed by someone else than the account it spends.
                    let signer = if low(r, 64, 8) == 0 { (who + 1) % 3 } else { who };
                    let (sig, recid) =
                        keys[signer].sign_prehash_recoverable(digest.as_slice()).expect("signs");
                    unsigned.with_signature(&Signature::from((sig, recid)))
                }
            };
            let pre = state.root();
            let from = match &t {
                Tx::Signed { .. } => sender(&d, rollup, &t),
                _ => None,
            };
            let (a, b, w) = state.witness(&t, from);
            assert_eq!(state.root(), pre, "a witness leaves the state as it was");
            let (post, fee) = match &t {
                Tx::Signed { .. } => apply_signed(pre, &t, from, &a, &b, &w).expect("replays"),
                Tx::Deposit { .. } => (apply_deposit(pre, &t, &b).expect("replays"), U256::ZERO),
                Tx::ForcedWithdrawal { .. } => {
                    (apply_forced_withdrawal(pre, &t, &a, &w).expect("replays"), U256::ZERO)
                }
            };
            let applied = state.apply(&d, rollup, &t).expect("executes");
            assert_eq!((applied.root, applied.fee), (post, fee), "seed {seed} step {i}");
            assert_eq!(fast.apply_recovered(&t, from), applied, "seed {seed} step {i}: node path");
            sequence.push(t.clone());
            fees += applied.fee;
            if let (Tx::Deposit { amount, .. }, true) = (&t, applied.changed) {
                deposited += *amount;
            }
            if applied.changed { changed += 1 } else { noops += 1 }
        }
        // Conservation: what deposits brought in is in balances, fees or withdrawals, to the
        // wei; and the accounts alone rebuild the account half of the tree.
        let balances: U256 = state.accounts().map(|(_, b, _)| b).sum();
        let withdrawn: U256 = state.withdrawals().map(|(_, (_, amount))| amount).sum();
        assert_eq!(balances + fees + withdrawn, deposited, "seed {seed}: nothing made or lost");
        let mut batched = State::new();
        let mut checked = State::new();
        for (b, chunk) in sequence.chunks(7).enumerate() {
            let want = checked.execute_batch(&d, rollup, b as u64, 0, chunk).expect("executes");
            let got =
                batched.execute_batch_fast(&d, rollup, b as u64, 0, chunk, 2).expect("executes");
            assert_eq!(got, want, "seed {seed} batch {b}: the same batch on the node's path");
        }
        assert_eq!(batched.root(), state.root());
        every.extend(sequence);
        // What a node persists (accounts and withdrawals) rebuilds the whole state.
        let rebuilt = State::from_parts(state.accounts(), state.withdrawals());
        assert_eq!(rebuilt.root(), state.root(), "seed {seed}: the parts rebuild the root");
    }
    // Senders recovered over threads are the same, in order; and all the sequences, run as one
    // batch with recovery overlapping the application, give the checked path's batch.
    let one = alt_stf::state::recover_senders(&d, rollup, &every, 1);
    assert_eq!(alt_stf::state::recover_senders(&d, rollup, &every, 3), one);
    let want = State::new().execute_batch(&d, rollup, 0, 0, &every).expect("executes");
    for threads in [2, 3] {
        let got = State::new().execute_batch_fast(&d, rollup, 0, 0, &every, threads).expect("runs");
        assert_eq!(got, want, "{} transactions as one batch on {threads} threads", every.len());
    }
    assert!(one.iter().filter(|s| s.is_some()).count() > 500);
    assert!(
        changed > 300 && noops > 100,
        "both kinds exercised: {changed} applied, {noops} no-ops"
    );
}
