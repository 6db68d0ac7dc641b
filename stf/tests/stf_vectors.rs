//! Transactions, steps and headers agree byte for byte with the Solidity libraries:
//! `test-vectors/stf.json` is written by `contracts/test/rollup/StfVectors.t.sol`.

use alloy_primitives::{B256, Bytes, U256, keccak256};
use alt_stf::{
    header::{Header, step_leaf, step_proof, steps_root},
    step::{AccountProof, LeafProof, apply_deposit, apply_forced_withdrawal, apply_signed},
    tx::{Tx, domain, sender, signing_digest},
};

mod common;
use common::{Proof, Step, vectors};

fn account(p: &Proof) -> AccountProof {
    AccountProof {
        balance: p.balance.expect("balance"),
        nonce: p.nonce.expect("nonce"),
        bitmap: p.bitmap.into(),
        siblings: p.siblings.clone(),
        other_key: p.other_key.into(),
        other_leaf: p.other_leaf,
    }
}

fn proof<'a>(s: &'a Step, role: &str) -> Option<&'a Proof> {
    s.proofs.iter().find(|p| p.role == role)
}

fn leaf_proof(s: &Step) -> LeafProof {
    proof(s, "withdrawal")
        .map(|p| LeafProof {
            bitmap: p.bitmap.into(),
            siblings: p.siblings.clone(),
            other_key: p.other_key.into(),
            other_leaf: p.other_leaf,
            leaf: p.leaf.unwrap_or_default(),
        })
        .unwrap_or_default()
}

#[test]
fn domain_separator_matches() {
    let v = vectors();
    assert_eq!(
        domain(v.domain.chain_id, v.domain.verifying_contract).separator(),
        v.domain.separator
    );
}

#[test]
fn encodings_hashes_digests_and_senders_match() {
    let v = vectors();
    let d = domain(v.domain.chain_id, v.domain.verifying_contract);
    for s in &v.steps {
        let tx = Tx::decode(&s.raw).expect("decodes");
        assert_eq!(Bytes::from(tx.encode()), s.raw, "re-encoding is the identity");
        assert_eq!(tx.hash(), s.hash);
        assert_eq!(signing_digest(&d, U256::from(v.rollup_id), &tx), s.digest);
        assert_eq!(sender(&d, U256::from(v.rollup_id), &tx), s.sender);
        if let Some(from) = s.sender {
            // The same signature for another rollup recovers someone else.
            assert_ne!(sender(&d, U256::from(v.rollup_id + 1), &tx), Some(from));
        }
    }
}

#[test]
fn every_step_replays_to_its_post_root() {
    let v = vectors();
    let d = domain(v.domain.chain_id, v.domain.verifying_contract);
    let mut root = v.prev_root;
    let mut fees = U256::ZERO;
    for (i, s) in v.steps.iter().enumerate() {
        assert_eq!(s.pre_root, root, "step {i} starts where the last ended");
        let tx = Tx::decode(&s.raw).unwrap();
        let (post, fee) = match tx {
            Tx::Deposit { .. } => (
                apply_deposit(root, &tx, &account(proof(s, "recipient").unwrap())).unwrap(),
                U256::ZERO,
            ),
            Tx::Signed { .. } => {
                let from = sender(&d, U256::from(v.rollup_id), &tx);
                let a = account(proof(s, "sender").unwrap());
                let b = proof(s, "recipient").map(account).unwrap_or_default();
                apply_signed(root, &tx, from, &a, &b, &leaf_proof(s)).unwrap()
            }
            Tx::ForcedWithdrawal { .. } => {
                let a = account(proof(s, "sender").unwrap());
                (apply_forced_withdrawal(root, &tx, &a, &leaf_proof(s)).unwrap(), U256::ZERO)
            }
        };
        assert_eq!(post, s.post_root, "step {i}");
        assert_eq!(fee, s.fee, "fee of step {i}");
        assert_eq!(post != root, s.valid, "only valid steps move the root");
        fees += fee;
        assert_eq!(s.fees_after, fees);
        assert_eq!(step_leaf(s.hash, post, fees), s.step_leaf);
        root = post;
    }
}

#[test]
fn header_and_steps_root_match() {
    let v = vectors();
    let h = &v.header;
    assert_eq!(keccak256(&h.tx_data), h.tx_data_hash);
    // The tx data is exactly the steps' transactions, back to back.
    let mut rest: &[u8] = &h.tx_data;
    for s in &v.steps {
        let len = alt_stf::tx::length_of(rest[0]).expect("a transaction kind");
        assert_eq!(&rest[..len], &s.raw[..]);
        rest = &rest[len..];
    }
    assert!(rest.is_empty());

    let leaves: Vec<B256> = v.steps.iter().map(|s| s.step_leaf).collect();
    assert_eq!(steps_root(&leaves), h.steps_root);
    for i in 0..leaves.len() {
        let mut node = leaves[i];
        for (level, sibling) in step_proof(&leaves, i).iter().enumerate() {
            node = if (i >> level) & 1 == 1 {
                alt_stf::smt::hash_node(*sibling, node)
            } else {
                alt_stf::smt::hash_node(node, *sibling)
            };
        }
        assert_eq!(node, h.steps_root, "step proof {i}");
    }

    let header = Header {
        rollupId: U256::from(h.rollup_id),
        batchIndex: U256::from(h.batch_index),
        prevRoot: h.prev_root,
        postRoot: h.post_root,
        txDataHash: h.tx_data_hash,
        stepsRoot: h.steps_root,
        feesCollected: h.fees_collected,
        depositsProcessed: h.deposits_processed,
        txCount: h.tx_count,
    };
    assert_eq!(header.hash(&domain(v.domain.chain_id, v.domain.verifying_contract)), h.hash);
    assert_eq!(h.post_root, v.steps.last().unwrap().post_root);
    assert_eq!(h.fees_collected, v.steps.iter().map(|s| s.fee).sum::<U256>());
}
