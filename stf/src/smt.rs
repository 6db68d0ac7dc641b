//! The state tree: a keccak sparse Merkle tree over 161-bit keys, with the empty short-cut
//! (`node(0, 0) = 0`) and single-leaf subtrees compressed into leaf nodes, as in sections 1-2
//! of `docs/rollup-stf.md`. Bit 160 of a key separates the account key space (clear: the
//! address) from the withdrawal key space (set), so no account can sit at a withdrawal's key,
//! and every step has the proofs its replay needs. A path is as long as the keys around it
//! need (about log2 of the leaf count), not 161 levels.

use alloy_primitives::{Address, B256, U256, keccak256};
use alloy_sol_types::SolValue;

/// Tree depth: keys are 161 bits, and the root sits at height 161.
pub const DEPTH: usize = 161;
/// The key bit that marks the withdrawal key space.
pub const WITHDRAWAL_SPACE_BIT: usize = 160;
/// Kind tag of account leaves.
pub const ACCOUNT_LEAF: u8 = 1;
/// Kind tag of withdrawal leaves.
pub const WITHDRAWAL_LEAF: u8 = 2;
/// First byte of a leaf node's preimage (inner nodes have 64-byte preimages, leaf nodes 65).
pub const LEAF_NODE_TAG: u8 = 1;

/// A proof that does not follow the canonical encoding, or an update the tree does not make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// The bitmap sets bits at or above the depth.
    #[error("bitmap has bits above height {DEPTH}")]
    BitmapAboveDepth,
    /// The bitmap announces more siblings than the proof lists.
    #[error("bitmap announces more siblings than the proof lists")]
    MissingSibling,
    /// The proof lists more siblings than the bitmap announces.
    #[error("the proof lists {0} unused siblings")]
    ExtraSiblings(usize),
    /// A listed sibling is zero (zero siblings are implied by the bitmap).
    #[error("sibling at height {0} is zero")]
    ZeroSibling(usize),
    /// The other leaf is given where none belongs (the key holds a leaf, or the other leaf is
    /// zero with a non-zero key), or it is not a different key of the proof's bottom subtree.
    #[error("the proof's other leaf is not canonical")]
    BadOther,
    /// Emptying a key that holds a leaf: the state machine never does it (section 1).
    #[error("an update may not empty a key")]
    Deletion,
}

/// A key's compressed proof. The key's path ends at the height of the lowest set bitmap bit
/// (161 for an empty bitmap): there sits the key's own leaf node, an empty subtree, or the leaf
/// node of one other key (`other_key`, `other_leaf`; zero when there is none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proof {
    /// Bit h set: the sibling at height h is non-zero and listed.
    pub bitmap: U256,
    /// The non-zero siblings, from the bottom up.
    pub siblings: Vec<B256>,
    /// For an absent key: the key whose leaf node occupies its place, if any.
    pub other_key: U256,
    /// That key's leaf (zero: no other leaf).
    pub other_leaf: B256,
}

/// Hash of an inner node; two empty children make an empty node.
pub fn hash_node(left: B256, right: B256) -> B256 {
    if left.is_zero() && right.is_zero() {
        return B256::ZERO;
    }
    let mut buf = [0u8; 64];
    buf[..32].copy_from_slice(left.as_slice());
    buf[32..].copy_from_slice(right.as_slice());
    keccak256(buf)
}

/// Hash of the leaf node of a subtree whose only leaf is `leaf` at `key`:
/// `keccak(0x01 ‖ key ‖ leaf)`, 65 bytes, so it can never pass for an inner node.
pub fn leaf_node(key: U256, leaf: B256) -> B256 {
    let mut buf = [0u8; 65];
    buf[0] = LEAF_NODE_TAG;
    buf[1..33].copy_from_slice(&key.to_be_bytes::<32>());
    buf[33..].copy_from_slice(leaf.as_slice());
    keccak256(buf)
}

/// Leaf of an account; an account with no balance and no nonce is the empty leaf.
pub fn account_leaf(account: Address, balance: U256, nonce: u64) -> B256 {
    if balance.is_zero() && nonce == 0 {
        return B256::ZERO;
    }
    keccak256((U256::from(ACCOUNT_LEAF), account, balance, U256::from(nonce)).abi_encode())
}

/// Tree key of an account.
pub fn account_key(account: Address) -> U256 {
    U256::from_be_slice(account.as_slice())
}

/// Tree key of the withdrawal `sender` made with `nonce`: in the withdrawal key space.
pub fn withdrawal_key(sender: Address, nonce: u64) -> U256 {
    let h = keccak256((U256::from(WITHDRAWAL_LEAF), sender, U256::from(nonce)).abi_encode());
    let mut key = U256::from_be_slice(&h[12..]);
    key.set_bit(WITHDRAWAL_SPACE_BIT, true);
    key
}

/// Leaf of a withdrawal of `amount` to `recipient` on L1.
pub fn withdrawal_leaf(recipient: Address, amount: U256) -> B256 {
    keccak256((U256::from(WITHDRAWAL_LEAF), recipient, amount).abi_encode())
}

/// Height at which the path of a proof with `bitmap` ends.
fn bottom(bitmap: U256) -> usize {
    if bitmap.is_zero() { DEPTH } else { bitmap.trailing_zeros() }
}

/// The node at height `from` combined with the proof's siblings up to the root.
fn climb(
    key: U256,
    mut node: B256,
    from: usize,
    bitmap: U256,
    siblings: &[B256],
) -> Result<B256, ProofError> {
    let mut next = siblings.iter();
    for h in from..DEPTH {
        let sibling = if bitmap.bit(h) {
            let s = *next.next().ok_or(ProofError::MissingSibling)?;
            if s.is_zero() {
                return Err(ProofError::ZeroSibling(h));
            }
            s
        } else {
            B256::ZERO
        };
        node = if key.bit(h) { hash_node(sibling, node) } else { hash_node(node, sibling) };
    }
    match next.len() {
        0 => Ok(node),
        extra => Err(ProofError::ExtraSiblings(extra)),
    }
}

/// The subtree at height `top` holding two leaf nodes, at the distinct keys `a` and `b` that
/// agree on every bit from `top` up: their leaf nodes meet below the highest bit they differ
/// in, and single-child inner nodes carry the pair up to `top`.
fn pair(a: U256, a_node: B256, b: U256, b_node: B256, top: usize) -> B256 {
    let split = (a ^ b).bit_len() - 1;
    let mut node = if a.bit(split) { hash_node(b_node, a_node) } else { hash_node(a_node, b_node) };
    for h in split + 1..top {
        node = if a.bit(h) { hash_node(B256::ZERO, node) } else { hash_node(node, B256::ZERO) };
    }
    node
}

/// The roots before and after `key`'s leaf goes from `old` to `new`, given `key`'s proof
/// against the tree before (section 2). Rejects non-canonical proofs, as the contracts do, and
/// updates that would empty a key (`old != 0`, `new == 0`).
pub fn update_root(
    key: U256,
    old: B256,
    new: B256,
    bitmap: U256,
    siblings: &[B256],
    other_key: U256,
    other_leaf: B256,
) -> Result<(B256, B256), ProofError> {
    if bitmap >> DEPTH != U256::ZERO {
        return Err(ProofError::BitmapAboveDepth);
    }
    let from = bottom(bitmap);
    let has_other = !other_leaf.is_zero();
    if (other_leaf.is_zero() && !other_key.is_zero())
        || (has_other
            && (!old.is_zero()
                || other_key == key
                || other_key >> DEPTH != U256::ZERO
                || other_key >> from != key >> from))
    {
        return Err(ProofError::BadOther);
    }
    if !old.is_zero() && new.is_zero() {
        return Err(ProofError::Deletion);
    }
    let (old_bottom, new_bottom) = if !old.is_zero() {
        (leaf_node(key, old), leaf_node(key, new))
    } else if has_other {
        let other = leaf_node(other_key, other_leaf);
        let new_bottom = if new.is_zero() {
            other
        } else {
            pair(key, leaf_node(key, new), other_key, other, from)
        };
        (other, new_bottom)
    } else {
        (B256::ZERO, if new.is_zero() { B256::ZERO } else { leaf_node(key, new) })
    };
    let old_root = climb(key, old_bottom, from, bitmap, siblings)?;
    let new_root =
        if new == old { old_root } else { climb(key, new_bottom, from, bitmap, siblings)? };
    Ok((old_root, new_root))
}

/// Root of the tree in which `key` holds `leaf` (zero: `key` is absent), given `key`'s proof.
pub fn compute_root(key: U256, leaf: B256, proof: &Proof) -> Result<B256, ProofError> {
    let p = proof;
    Ok(update_root(key, leaf, leaf, p.bitmap, &p.siblings, p.other_key, p.other_leaf)?.0)
}

/// A stored node: an inner node's hash, or the leaf node of a subtree with one leaf.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    Inner(B256),
    Leaf { key: U256, leaf: B256, hash: B256 },
}

impl Node {
    fn hash(&self) -> B256 {
        match self {
            Node::Inner(h) | Node::Leaf { hash: h, .. } => *h,
        }
    }
}

/// An in-memory sparse Merkle tree that keeps every node of the compressed tree, so an update
/// costs one path (about log2 of the leaf count in hashes) and proofs are read, not
/// recomputed. What the sequencer and challenger use to produce the proofs the contracts check.
#[derive(Debug, Clone, Default)]
pub struct SparseMerkleTree {
    /// Nodes by (height, key >> height); absent: the empty subtree. (std's SipHash, keyed per
    /// process: the keys are addresses anyone picks, so the hasher must resist aimed
    /// collisions.)
    nodes: std::collections::HashMap<(u8, U256), Node>,
}

impl SparseMerkleTree {
    /// The empty tree (root zero).
    pub fn new() -> Self {
        Self::default()
    }

    fn at(&self, height: usize, prefix: U256) -> Option<&Node> {
        self.nodes.get(&(height as u8, prefix))
    }

    fn hash_at(&self, height: usize, prefix: U256) -> B256 {
        self.at(height, prefix).map(Node::hash).unwrap_or(B256::ZERO)
    }

    /// Where `key`'s path ends: the height, and the leaf node there (none: an empty subtree).
    fn bottom_of(&self, key: U256) -> (usize, Option<Node>) {
        let mut h = DEPTH;
        loop {
            match self.at(h, key >> h) {
                Some(Node::Inner(_)) if h > 0 => h -= 1,
                found => return (h, found.copied()),
            }
        }
    }

    /// Writes `node` at height `from` on `key`'s path and rehashes the path up to the root.
    fn rehash(&mut self, key: U256, from: usize, node: Node) {
        let mut hash = node.hash();
        self.nodes.insert((from as u8, key >> from), node);
        for h in from..DEPTH {
            let sibling = self.hash_at(h, (key >> h) ^ U256::ONE);
            hash = if key.bit(h) { hash_node(sibling, hash) } else { hash_node(hash, sibling) };
            self.nodes.insert((h as u8 + 1, key >> (h + 1)), Node::Inner(hash));
        }
    }

    /// The root.
    pub fn root(&self) -> B256 {
        self.hash_at(DEPTH, U256::ZERO)
    }

    /// How many levels `key`'s path goes down from the root before it ends (section 2): the
    /// hashes an update of `key` costs, less one.
    pub fn depth(&self, key: U256) -> usize {
        DEPTH - self.bottom_of(key).0
    }

    /// The leaf at `key` (zero when absent).
    pub fn get(&self, key: U256) -> B256 {
        match self.bottom_of(key).1 {
            Some(Node::Leaf { key: k, leaf, .. }) if k == key => leaf,
            _ => B256::ZERO,
        }
    }

    /// Sets the leaf at `key` (zero removes it) and updates the path to the root.
    pub fn set(&mut self, key: U256, leaf: B256) {
        assert!(key >> DEPTH == U256::ZERO, "tree keys have {DEPTH} bits");
        let (h, found) = self.bottom_of(key);
        let mine = Node::Leaf { key, leaf, hash: leaf_node(key, leaf) };
        match found {
            Some(Node::Leaf { key: k, .. }) if k == key => {
                if leaf.is_zero() {
                    self.remove(key, h);
                } else {
                    self.rehash(key, h, mine);
                }
            }
            _ if leaf.is_zero() => {}
            None => self.rehash(key, h, mine),
            Some(other) => {
                let Node::Leaf { key: k, .. } = other else {
                    unreachable!("the walk stops at leaves")
                };
                // The two leaves now share the subtree at `h`: each goes down to just below the
                // highest bit in which their keys differ, and the path is rebuilt from there.
                let split = (key ^ k).bit_len() - 1;
                self.nodes.remove(&(h as u8, key >> h));
                self.nodes.insert((split as u8, k >> split), other);
                self.rehash(key, split, mine);
            }
        }
    }

    /// Removes `key`'s leaf node at height `h`; a sibling left alone in its subtree moves up
    /// to the highest height at which it has no company.
    fn remove(&mut self, key: U256, h: usize) {
        self.nodes.remove(&(h as u8, key >> h));
        if h == DEPTH {
            return;
        }
        let sibling = (key >> h) ^ U256::ONE;
        match self.at(h, sibling).copied() {
            Some(lone @ Node::Leaf { key: k, .. }) => {
                self.nodes.remove(&(h as u8, sibling));
                let mut up = h + 1;
                while up < DEPTH && self.at(up, (k >> up) ^ U256::ONE).is_none() {
                    self.nodes.remove(&(up as u8, k >> up));
                    up += 1;
                }
                self.rehash(k, up, lone);
            }
            _ => {
                // The sibling holds two leaves or more: the emptied subtree stays empty.
                let mut hash = B256::ZERO;
                for level in h..DEPTH {
                    let s = self.hash_at(level, (key >> level) ^ U256::ONE);
                    hash = if key.bit(level) { hash_node(s, hash) } else { hash_node(hash, s) };
                    self.nodes.insert((level as u8 + 1, key >> (level + 1)), Node::Inner(hash));
                }
            }
        }
    }

    /// The canonical proof of `key`.
    pub fn proof(&self, key: U256) -> Proof {
        let (from, found) = self.bottom_of(key);
        let mut p = Proof::default();
        if let Some(Node::Leaf { key: k, leaf, .. }) = found
            && k != key
        {
            (p.other_key, p.other_leaf) = (k, leaf);
        }
        for h in from..DEPTH {
            let sibling = self.hash_at(h, (key >> h) ^ U256::ONE);
            if !sibling.is_zero() {
                p.bitmap.set_bit(h, true);
                p.siblings.push(sibling);
            }
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The tree of section 2 computed from its definition: an empty subtree is 0, a subtree
    /// with one leaf its leaf node, any other the hash of its two halves.
    fn reference(leaves: &BTreeMap<U256, B256>, height: usize, prefix: U256) -> B256 {
        let mut inside = leaves.iter().filter(|(k, v)| **k >> height == prefix && !v.is_zero());
        match (inside.next(), inside.next()) {
            (None, _) => B256::ZERO,
            (Some((k, v)), None) => leaf_node(*k, *v),
            _ => {
                let down = prefix << 1;
                hash_node(
                    reference(leaves, height - 1, down),
                    reference(leaves, height - 1, down | U256::ONE),
                )
            }
        }
    }

    fn reference_root(leaves: &BTreeMap<U256, B256>) -> B256 {
        reference(leaves, DEPTH, U256::ZERO)
    }

    /// Keys that stress the compression: random ones in both key spaces, and crafted ones that
    /// share all but their lowest bits, or all bits but the top, with key 0 and the largest key.
    fn keys(seed: u64) -> Vec<U256> {
        let word = |i: u64| U256::from_be_bytes(keccak256((seed, i).abi_encode()).0);
        let mut keys: Vec<U256> = (0..12).map(|i| word(i) >> 95).collect();
        let base = word(100) >> 95;
        keys.extend([base ^ U256::ONE, base ^ U256::from(2), base ^ U256::from(3)]);
        keys.extend([U256::ZERO, U256::ONE, (U256::ONE << DEPTH) - U256::ONE]);
        keys.push(base ^ (U256::ONE << 160));
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn empty_children_make_an_empty_node() {
        assert_eq!(hash_node(B256::ZERO, B256::ZERO), B256::ZERO);
        assert_ne!(hash_node(B256::ZERO, B256::repeat_byte(1)), B256::ZERO);
        assert_eq!(account_leaf(Address::ZERO, U256::ZERO, 0), B256::ZERO);
    }

    #[test]
    fn absence_in_the_empty_tree_and_a_lone_leaf_is_the_root() {
        assert_eq!(compute_root(U256::from(12_345), B256::ZERO, &Proof::default()), Ok(B256::ZERO));
        let mut tree = SparseMerkleTree::new();
        let leaf = B256::repeat_byte(7);
        tree.set(U256::from(5), leaf);
        assert_eq!(tree.root(), leaf_node(U256::from(5), leaf));
        let p = tree.proof(U256::from(9));
        assert_eq!((p.bitmap, p.other_key, p.other_leaf), (U256::ZERO, U256::from(5), leaf));
        assert_eq!(compute_root(U256::from(9), B256::ZERO, &p), Ok(tree.root()));
    }

    #[test]
    fn non_canonical_proofs_are_rejected() {
        let leaf = B256::repeat_byte(7);
        let k = U256::from(1);
        let at = |bitmap: U256, siblings: Vec<B256>| Proof { bitmap, siblings, ..Proof::default() };
        assert_eq!(
            compute_root(k, leaf, &at(U256::ONE << DEPTH, vec![])),
            Err(ProofError::BitmapAboveDepth)
        );
        assert_eq!(compute_root(k, leaf, &at(U256::ONE, vec![])), Err(ProofError::MissingSibling));
        assert_eq!(
            compute_root(k, leaf, &at(U256::ONE, vec![B256::ZERO])),
            Err(ProofError::ZeroSibling(0))
        );
        assert_eq!(
            compute_root(k, leaf, &at(U256::ZERO, vec![leaf])),
            Err(ProofError::ExtraSiblings(1))
        );
        let other =
            |key: U256, leaf: B256| Proof { other_key: key, other_leaf: leaf, ..Proof::default() };
        // An other leaf beside a present key, at the key itself, with a zero leaf, or outside
        // the bottom subtree; and a key beyond 161 bits.
        assert_eq!(compute_root(k, leaf, &other(U256::from(2), leaf)), Err(ProofError::BadOther));
        assert_eq!(compute_root(k, B256::ZERO, &other(k, leaf)), Err(ProofError::BadOther));
        assert_eq!(
            compute_root(k, B256::ZERO, &other(U256::from(2), B256::ZERO)),
            Err(ProofError::BadOther)
        );
        let low = Proof {
            bitmap: U256::from(2),
            siblings: vec![leaf],
            other_key: U256::from(4),
            other_leaf: leaf,
        };
        assert_eq!(compute_root(k, B256::ZERO, &low), Err(ProofError::BadOther));
        assert_eq!(
            compute_root(k, B256::ZERO, &other(U256::ONE << DEPTH, leaf)),
            Err(ProofError::BadOther)
        );
        assert_eq!(
            update_root(k, leaf, B256::ZERO, U256::ZERO, &[], U256::ZERO, B256::ZERO),
            Err(ProofError::Deletion)
        );
    }

    #[test]
    fn the_stored_tree_is_the_definition_and_its_proofs_verify_and_update() {
        for seed in 0..6u64 {
            let keys = keys(seed);
            let mut tree = SparseMerkleTree::new();
            let mut leaves = BTreeMap::new();
            let mut roots = vec![tree.root()];
            for (i, k) in keys.iter().enumerate() {
                let leaf = keccak256((seed, i as u64, "leaf").abi_encode());
                // The absence proof, updated with the new leaf, gives the tree's next root.
                let p = tree.proof(*k);
                let (before, after) = update_root(
                    *k,
                    B256::ZERO,
                    leaf,
                    p.bitmap,
                    &p.siblings,
                    p.other_key,
                    p.other_leaf,
                )
                .unwrap();
                tree.set(*k, leaf);
                leaves.insert(*k, leaf);
                assert_eq!(before, roots[i], "seed {seed} key {i}: absence");
                assert_eq!(tree.root(), reference_root(&leaves), "seed {seed} key {i}");
                assert_eq!(after, tree.root(), "seed {seed} key {i}: insertion");
                roots.push(tree.root());
            }
            for (i, k) in keys.iter().enumerate() {
                let p = tree.proof(*k);
                assert_eq!(p.other_leaf, B256::ZERO);
                assert_eq!(compute_root(*k, tree.get(*k), &p), Ok(tree.root()), "proof {i}");
                // An update in place, checked against the definition.
                let new = B256::repeat_byte(i as u8 + 1);
                let (_, after) = update_root(
                    *k,
                    tree.get(*k),
                    new,
                    p.bitmap,
                    &p.siblings,
                    U256::ZERO,
                    B256::ZERO,
                )
                .unwrap();
                let mut changed = leaves.clone();
                changed.insert(*k, new);
                assert_eq!(after, reference_root(&changed), "seed {seed} update {i}");
            }
            // Absent keys: beside present ones, and random.
            for absent in keys.iter().map(|k| *k ^ U256::from(4)).chain([U256::from(77)]) {
                if leaves.contains_key(&absent) {
                    continue;
                }
                assert_eq!(tree.get(absent), B256::ZERO);
                assert_eq!(compute_root(absent, B256::ZERO, &tree.proof(absent)), Ok(tree.root()));
                // A wrong leaf or a wrong other leaf does not reach the root.
                let mut p = tree.proof(absent);
                if !p.other_leaf.is_zero() {
                    p.other_leaf = B256::repeat_byte(9);
                    assert_ne!(compute_root(absent, B256::ZERO, &p), Ok(tree.root()));
                }
            }
            // Removing in reverse order walks back through every earlier root to the empty tree.
            for (i, k) in keys.iter().enumerate().rev() {
                tree.set(*k, B256::ZERO);
                assert_eq!(tree.root(), roots[i], "seed {seed} removal {i}");
            }
            assert!(tree.nodes.is_empty(), "no empty nodes are kept");
        }
    }

    #[test]
    fn removal_in_any_order_matches_the_definition() {
        let keys = keys(9);
        let mut tree = SparseMerkleTree::new();
        let mut leaves = BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            tree.set(*k, B256::with_last_byte(i as u8 + 1));
            leaves.insert(*k, B256::with_last_byte(i as u8 + 1));
        }
        for k in keys.iter().step_by(2).chain(keys.iter().skip(1).step_by(2)) {
            tree.set(*k, B256::ZERO);
            leaves.remove(k);
            assert_eq!(tree.root(), reference_root(&leaves));
            for rest in leaves.keys() {
                assert_eq!(compute_root(*rest, leaves[rest], &tree.proof(*rest)), Ok(tree.root()));
            }
        }
        assert!(tree.nodes.is_empty());
    }

    #[test]
    fn paths_are_as_long_as_the_keys_need() {
        let mut tree = SparseMerkleTree::new();
        let keys: Vec<U256> =
            (0u64..1024).map(|i| U256::from_be_bytes(keccak256(i.to_be_bytes()).0) >> 95).collect();
        for k in &keys {
            tree.set(*k, B256::repeat_byte(1));
        }
        let deepest = keys.iter().map(|k| tree.depth(*k)).max().unwrap();
        assert!(deepest <= 30, "1,024 random keys: the deepest leaf is {deepest} levels down");
    }
}
