//! The state tree: a keccak sparse Merkle tree of depth 161 with the empty short-cut
//! (`node(0, 0) = 0`), as in sections 1-2 of `docs/rollup-stf.md`. Bit 160 of a key separates
//! the account key space (clear: the address) from the withdrawal key space (set), so no
//! account can sit at a withdrawal's key, and every step has the proofs its replay needs.

use alloy_primitives::{Address, B256, U256, keccak256};
use alloy_sol_types::SolValue;

/// Tree depth: keys are 161 bits.
pub const DEPTH: usize = 161;
/// The key bit that marks the withdrawal key space.
pub const WITHDRAWAL_SPACE_BIT: usize = 160;
/// Kind tag of account leaves.
pub const ACCOUNT_LEAF: u8 = 1;
/// Kind tag of withdrawal leaves.
pub const WITHDRAWAL_LEAF: u8 = 2;

/// A proof that does not follow the canonical encoding.
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

/// Root of the tree in which `key` holds `leaf`, given the compressed siblings of `key` (bit h
/// of `bitmap` set: the sibling at height h is the next of `siblings`). Rejects non-canonical
/// proofs, as the contracts do.
pub fn compute_root(
    key: U256,
    leaf: B256,
    bitmap: U256,
    siblings: &[B256],
) -> Result<B256, ProofError> {
    if bitmap >> DEPTH != U256::ZERO {
        return Err(ProofError::BitmapAboveDepth);
    }
    let mut node = leaf;
    let mut next = siblings.iter();
    for h in 0..DEPTH {
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

/// An in-memory sparse Merkle tree that keeps every non-empty node, so updates cost one path
/// (161 hashes) and proofs are read, not recomputed. What the sequencer and challenger use to
/// produce the proofs the contracts check.
#[derive(Debug, Clone, Default)]
pub struct SparseMerkleTree {
    /// Non-empty nodes by (height, key >> height); height 0 holds the leaves.
    nodes: alloy_primitives::map::HashMap<(u8, U256), B256>,
}

impl SparseMerkleTree {
    /// The empty tree (root zero).
    pub fn new() -> Self {
        Self::default()
    }

    fn node(&self, height: usize, prefix: U256) -> B256 {
        self.nodes.get(&(height as u8, prefix)).copied().unwrap_or(B256::ZERO)
    }

    fn put(&mut self, height: usize, prefix: U256, node: B256) {
        if node.is_zero() {
            self.nodes.remove(&(height as u8, prefix));
        } else {
            self.nodes.insert((height as u8, prefix), node);
        }
    }

    /// The root.
    pub fn root(&self) -> B256 {
        self.node(DEPTH, U256::ZERO)
    }

    /// The leaf at `key` (zero when absent).
    pub fn get(&self, key: U256) -> B256 {
        self.node(0, key)
    }

    /// Sets the leaf at `key` (zero removes it) and updates the path to the root.
    pub fn set(&mut self, key: U256, leaf: B256) {
        let mut node = leaf;
        for h in 0..DEPTH {
            let prefix = key >> h;
            self.put(h, prefix, node);
            let sibling = self.node(h, prefix ^ U256::ONE);
            node = if key.bit(h) { hash_node(sibling, node) } else { hash_node(node, sibling) };
        }
        self.put(DEPTH, U256::ZERO, node);
    }

    /// The canonical compressed proof of `key`: (bitmap, non-zero siblings from the leaf up).
    pub fn proof(&self, key: U256) -> (U256, Vec<B256>) {
        let mut bitmap = U256::ZERO;
        let mut siblings = Vec::new();
        for h in 0..DEPTH {
            let sibling = self.node(h, (key >> h) ^ U256::ONE);
            if !sibling.is_zero() {
                bitmap.set_bit(h, true);
                siblings.push(sibling);
            }
        }
        (bitmap, siblings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_children_make_an_empty_node() {
        assert_eq!(hash_node(B256::ZERO, B256::ZERO), B256::ZERO);
        assert_ne!(hash_node(B256::ZERO, B256::repeat_byte(1)), B256::ZERO);
        assert_eq!(account_leaf(Address::ZERO, U256::ZERO, 0), B256::ZERO);
    }

    #[test]
    fn absence_in_the_empty_tree() {
        assert_eq!(compute_root(U256::from(12_345), B256::ZERO, U256::ZERO, &[]), Ok(B256::ZERO));
    }

    #[test]
    fn non_canonical_proofs_are_rejected() {
        let leaf = B256::repeat_byte(7);
        assert_eq!(
            compute_root(U256::from(1), leaf, U256::ONE << DEPTH, &[]),
            Err(ProofError::BitmapAboveDepth)
        );
        assert_eq!(
            compute_root(U256::from(1), leaf, U256::ONE, &[]),
            Err(ProofError::MissingSibling)
        );
        assert_eq!(
            compute_root(U256::from(1), leaf, U256::ONE, &[B256::ZERO]),
            Err(ProofError::ZeroSibling(0))
        );
        assert_eq!(
            compute_root(U256::from(1), leaf, U256::ZERO, &[leaf]),
            Err(ProofError::ExtraSiblings(1))
        );
    }

    #[test]
    fn stateful_tree_proofs_verify_and_removal_restores_the_root() {
        let mut tree = SparseMerkleTree::new();
        let keys: Vec<U256> =
            (0u64..24).map(|i| U256::from_be_bytes(keccak256(i.to_be_bytes()).0) >> 96).collect();
        let mut roots = vec![tree.root()];
        for (i, k) in keys.iter().enumerate() {
            tree.set(*k, B256::with_last_byte(i as u8 + 1));
            roots.push(tree.root());
        }
        for (i, k) in keys.iter().enumerate() {
            let (bitmap, siblings) = tree.proof(*k);
            assert_eq!(
                compute_root(*k, tree.get(*k), bitmap, &siblings),
                Ok(tree.root()),
                "proof {i}"
            );
            assert_eq!(tree.get(*k), B256::with_last_byte(i as u8 + 1));
        }
        // Absence proof for a key never set.
        let (bitmap, siblings) = tree.proof(U256::from(7));
        assert_eq!(compute_root(U256::from(7), B256::ZERO, bitmap, &siblings), Ok(tree.root()));
        // Removing in reverse order walks back through every earlier root, down to the empty tree.
        for (i, k) in keys.iter().enumerate().rev() {
            tree.set(*k, B256::ZERO);
            assert_eq!(tree.root(), roots[i]);
        }
        assert_eq!(tree.root(), B256::ZERO);
        assert!(tree.nodes.is_empty(), "no empty nodes are kept");
    }
}
