//! The Rust tree agrees byte for byte with the Solidity one: `test-vectors/smt.json` is written
//! by `contracts/test/rollup/SmtVectors.t.sol` (`make vectors`).

use alloy_primitives::{Address, B256, U256};
use alt_stf::smt::{
    SparseMerkleTree, account_key, account_leaf, update_root, withdrawal_key, withdrawal_leaf,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Vectors {
    depth: usize,
    empty_root: B256,
    leaves: Vec<Leaf>,
    root: B256,
    proofs: Vec<Proof>,
    update: Update,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
enum Leaf {
    Account {
        address: Address,
        balance: U256,
        nonce: u64,
        key: B256,
        leaf: B256,
    },
    Withdrawal {
        sender: Address,
        nonce: u64,
        recipient: Address,
        amount: U256,
        key: B256,
        leaf: B256,
    },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Proof {
    key: B256,
    leaf: B256,
    bitmap: B256,
    siblings: Vec<B256>,
    other_key: B256,
    other_leaf: B256,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Update {
    pre_root: B256,
    steps: Vec<Step>,
    post_root: B256,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Step {
    proof: Proof,
    new_leaf: B256,
    root_after: B256,
}

fn vectors() -> Vectors {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../test-vectors/smt.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("vectors file"))
        .expect("vectors parse")
}

/// The roots before and after `p`'s key goes from the leaf it proves to `new`.
fn roots(p: &Proof, new: B256) -> (B256, B256) {
    let (key, other) = (p.key.into(), p.other_key.into());
    update_root(key, p.leaf, new, p.bitmap.into(), &p.siblings, other, p.other_leaf)
        .expect("canonical proof")
}

#[test]
fn leaves_and_keys_match_solidity() {
    let v = vectors();
    assert_eq!(v.depth, alt_stf::smt::DEPTH);
    assert_eq!(v.empty_root, B256::ZERO);
    for leaf in &v.leaves {
        match leaf {
            Leaf::Account { address, balance, nonce, key, leaf } => {
                assert_eq!(account_key(*address), U256::from_be_bytes(key.0), "key of {address}");
                assert_eq!(account_leaf(*address, *balance, *nonce), *leaf, "leaf of {address}");
            }
            Leaf::Withdrawal { sender, nonce, recipient, amount, key, leaf } => {
                assert_eq!(withdrawal_key(*sender, *nonce), U256::from_be_bytes(key.0));
                assert_eq!(withdrawal_leaf(*recipient, *amount), *leaf);
            }
        }
    }
}

#[test]
fn every_proof_rebuilds_the_root() {
    let v = vectors();
    assert!(v.proofs.iter().any(|p| p.leaf.is_zero()), "the vectors include an absence proof");
    assert!(
        v.proofs.iter().any(|p| !p.other_leaf.is_zero()),
        "and one whose place holds another leaf"
    );
    for p in &v.proofs {
        assert_eq!(roots(p, p.leaf).0, v.root, "proof of {}", p.key);
    }
}

#[test]
fn updates_through_proofs_match_solidity() {
    let v = vectors();
    let mut root = v.update.pre_root;
    assert_eq!(root, v.root);
    for step in &v.update.steps {
        let (before, after) = roots(&step.proof, step.new_leaf);
        assert_eq!(before, root, "the step's proof is against the current root");
        root = after;
        assert_eq!(root, step.root_after);
    }
    assert_eq!(root, v.update.post_root);
}

#[test]
fn the_stateful_tree_builds_the_same_root_and_proofs() {
    let v = vectors();
    let mut tree = SparseMerkleTree::new();
    for leaf in &v.leaves {
        let (key, value) = match leaf {
            Leaf::Account { key, leaf, .. } | Leaf::Withdrawal { key, leaf, .. } => (key, leaf),
        };
        tree.set(U256::from_be_bytes(key.0), *value);
    }
    assert_eq!(tree.root(), v.root);
    for p in &v.proofs {
        let proof = tree.proof(p.key.into());
        assert_eq!(proof.bitmap, U256::from_be_bytes(p.bitmap.0), "bitmap of {}", p.key);
        assert_eq!(proof.siblings, p.siblings, "siblings of {}", p.key);
        assert_eq!(proof.other_key, U256::from_be_bytes(p.other_key.0), "other key of {}", p.key);
        assert_eq!(proof.other_leaf, p.other_leaf, "other leaf of {}", p.key);
    }
    for step in &v.update.steps {
        tree.set(step.proof.key.into(), step.new_leaf);
        assert_eq!(tree.root(), step.root_after);
    }
}
