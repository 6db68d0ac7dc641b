//! Issue 11, point 1, on the Rust side: every step of every batch is provable. Seeded random
//! sequences of deposits, transfers, withdrawals and forced withdrawals whose recipients include the addresses equal
//! to withdrawal keys (past and next), the sender itself and zero, with zero amounts and wrong
//! nonces: replaying each step against the proofs an honest challenger reads from the tree
//! always succeeds and lands on the tree's own next root. Before the key spaces were separated,
//! an account at an address equal to a withdrawal key made a step with no possible proof.

use alloy_primitives::{Address, B256, U256, keccak256};
use alt_stf::{
    smt::{SparseMerkleTree, account_key, account_leaf, withdrawal_key, withdrawal_leaf},
    step::{AccountProof, LeafProof, apply_deposit, apply_forced_withdrawal, apply_signed},
    tx::{TRANSFER, Tx, WITHDRAWAL},
};
use std::collections::HashMap;

#[derive(Default)]
struct Model {
    tree: SparseMerkleTree,
    accounts: HashMap<Address, (U256, u64)>,
    withdrawal_addrs: Vec<Address>,
}

impl Model {
    fn account(&self, who: Address) -> (U256, u64) {
        self.accounts.get(&who).copied().unwrap_or_default()
    }

    fn proof(&self, who: Address) -> AccountProof {
        let (balance, nonce) = self.account(who);
        AccountProof::new(balance, nonce, self.tree.proof(account_key(who)))
    }

    fn set(&mut self, who: Address, balance: U256, nonce: u64) {
        self.accounts.insert(who, (balance, nonce));
        self.tree.set(account_key(who), account_leaf(who, balance, nonce));
    }
}

/// A 256-bit pseudo-random word from (`seed`, `i`).
fn word(seed: u64, i: u64) -> U256 {
    U256::from_be_bytes(keccak256([seed.to_be_bytes(), i.to_be_bytes()].concat()).0)
}

fn low(x: U256, shift: usize, modulo: u64) -> u64 {
    ((x >> shift) % U256::from(modulo)).to::<u64>()
}

#[test]
fn every_step_replays_whatever_the_recipient() {
    let (alice, bob) = (Address::repeat_byte(0xa1), Address::repeat_byte(0xb0));
    let mut collisions = 0;
    for seed in 0..100u64 {
        let mut m = Model::default();
        for i in 0..14u64 {
            let r = word(seed, i);
            let from = if low(r, 8, 2) == 0 { alice } else { bob };
            let (bal, nonce_now) = m.account(from);
            let to = match low(r, 16, 6) {
                0 => alice,
                1 => bob,
                2 => from,
                3 => Address::ZERO,
                4 => {
                    Address::from_slice(&withdrawal_key(from, nonce_now).to_be_bytes::<32>()[12..])
                }
                _ if m.withdrawal_addrs.is_empty() => Address::repeat_byte(0x77),
                _ => m.withdrawal_addrs[low(r, 24, m.withdrawal_addrs.len() as u64) as usize],
            };
            if m.withdrawal_addrs.contains(&to) {
                collisions += 1;
            }
            let amount = if low(r, 32, 4) == 0 {
                U256::ZERO
            } else {
                (r >> 40) % (bal + U256::from(1000u64) * U256::from(10u64).pow(U256::from(18)))
            };
            let fee = U256::from(low(r, 96, 3));
            let nonce = if low(r, 128, 5) == 0 { nonce_now + 1 } else { nonce_now };
            let pre = m.tree.root();
            let kind = if i < 2 { 0 } else { 1 + low(r, 0, 3) as u8 }; // deposits first
            if kind == 0 {
                let amount = U256::from(100u64) * U256::from(10u64).pow(U256::from(18));
                let tx = Tx::Deposit { index: i, to, amount };
                let b = m.proof(to);
                let post = apply_deposit(pre, &tx, &b).expect("a deposit always replays");
                let (tb, tn) = m.account(to);
                m.set(to, tb + amount, tn);
                assert_eq!(post, m.tree.root(), "seed {seed} step {i}: deposit");
                continue;
            }
            // A forced withdrawal (from L1): no fee, at whatever nonce the sender has, of at most
            // the balance (an empty one: a no-op).
            let forced = kind == 3;
            let (fee, nonce) = if forced { (U256::ZERO, nonce_now) } else { (fee, nonce) };
            let requested = amount;
            let amount = if forced { amount.min(bal) } else { amount };
            let kind = if kind == 1 { TRANSFER } else { WITHDRAWAL };
            let tx = if forced {
                Tx::ForcedWithdrawal { index: i, from, to, amount: requested }
            } else {
                Tx::Signed { kind, to, amount, fee, nonce, r: B256::ZERO, s: B256::ZERO, v: 27 }
            };
            let a = m.proof(from);
            let valid = nonce == nonce_now
                && amount.checked_add(fee).is_some_and(|t| t <= bal)
                && !(kind == WITHDRAWAL && to.is_zero())
                && !(forced && bal.is_zero());
            let (mut b, mut w) = (AccountProof::default(), LeafProof::default());
            if valid {
                m.set(from, bal - amount - fee, nonce_now + 1);
                if kind == TRANSFER {
                    b = m.proof(to);
                    let (tb, tn) = m.account(to);
                    m.set(to, tb + amount, tn);
                } else {
                    let key = withdrawal_key(from, nonce_now);
                    w = LeafProof::new(B256::ZERO, m.tree.proof(key));
                    m.tree.set(key, withdrawal_leaf(to, amount));
                    m.withdrawal_addrs.push(Address::from_slice(&key.to_be_bytes::<32>()[12..]));
                }
            }
            // The sender recovered from the signature is taken as given: this test is about
            // proofs, not signatures (tx.rs has those).
            let (post, collected) = if forced {
                apply_forced_withdrawal(pre, &tx, &a, &w).map(|p| (p, U256::ZERO))
            } else {
                apply_signed(pre, &tx, Some(from), &a, &b, &w)
            }
            .unwrap_or_else(|e| panic!("seed {seed} step {i}: replay failed: {e}"));
            assert_eq!(post, m.tree.root(), "seed {seed} step {i}: post root");
            assert_eq!(collected, if valid { fee } else { U256::ZERO });
        }
    }
    assert!(collisions > 20, "the sequences must hit the colliding addresses ({collisions})");
}

/// A withdrawal whose key is already taken (two withdrawals whose 160-bit truncated key hashes
/// collide, about 2^80 work for one party controlling both) is a provable no-op: the challenger
/// proves what the key holds, and the step neither debits nor bumps the nonce nor collects a
/// fee. Claiming the key empty does not verify.
#[test]
fn withdrawal_to_a_taken_key_is_a_provable_noop() {
    let alice = Address::repeat_byte(0xa1);
    let mut m = Model::default();
    m.set(alice, U256::from(10u64), 4);
    let key = withdrawal_key(alice, 4);
    let taken = withdrawal_leaf(Address::repeat_byte(0xc0), U256::from(1u64));
    m.tree.set(key, taken); // the colliding withdrawal, as if made by another (sender, nonce)
    let pre = m.tree.root();
    let tx = Tx::Signed {
        kind: WITHDRAWAL,
        to: Address::repeat_byte(0xbe),
        amount: U256::from(3u64),
        fee: U256::from(1u64),
        nonce: 4,
        r: B256::ZERO,
        s: B256::ZERO,
        v: 27,
    };
    let a = m.proof(alice);
    m.set(alice, U256::from(6u64), 5); // the sender's update the key is proven against
    let mut w = LeafProof::new(taken, m.tree.proof(key));
    let (post, fee) = apply_signed(pre, &tx, Some(alice), &a, &AccountProof::default(), &w)
        .expect("a taken key replays");
    assert_eq!((post, fee), (pre, U256::ZERO), "no debit, no nonce bump, no fee, no leaf");
    w.leaf = B256::ZERO;
    assert!(apply_signed(pre, &tx, Some(alice), &a, &AccountProof::default(), &w).is_err());
}
