//! Equivocation evidence: two different headers signed by one key for the same batch key and
//! role are slashable (`Slasher.slashEquivocation`, `equivocationBips`). On L1 a node sees them
//! when a reorg replaces a posted batch with another post of the same batch, generation and
//! attempt: the leader signed both. The watch keeps the first signed header per batch key and
//! turns a conflicting one into evidence, after checking locally that the same key signed both
//! (a reorg may also change who leads: two leaders' headers are no offence). Headers gossiped
//! between the nodes ([`crate::gossip`]) go through the same watch: a leader that posts one
//! header on L1 and shows another to its peers is caught without any reorg.

use crate::{challenger::revert_reason, derive::SignedHeader};
use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Signature, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol_types::{Eip712Domain, SolCall, SolStruct, eip712_domain},
};
use alt_bindings::slasher::{ISlasher::BatchCommitment, Slasher};
use std::collections::HashMap;

/// Batch keys remembered before the oldest are forgotten.
const MAX_KEYS: usize = 100_000;

/// Two conflicting commitments signed by one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The first seen.
    pub a: SignedHeader,
    /// The conflicting one.
    pub b: SignedHeader,
    /// The signing key that made both.
    pub key: Address,
}

/// Remembers signed headers and finds conflicts.
#[derive(Debug, Clone)]
pub struct Watch {
    domain: Eip712Domain,
    /// The first header per (rollup, batch key, signer): keyed by signer too, so a header
    /// another key signed for the slot first cannot hide the leader's two.
    seen: HashMap<(U256, U256, Address), SignedHeader>,
    /// The slots in the order first seen, to forget the oldest first.
    order: std::collections::VecDeque<(U256, U256, Address)>,
}

impl Watch {
    /// A watch for commitments under the Slasher at `slasher` on `chain_id`.
    pub fn new(slasher: Address, chain_id: u64) -> Self {
        let domain = eip712_domain! {
            name: "ALT Slasher",
            version: "1",
            chain_id: chain_id,
            verifying_contract: slasher,
        };
        Self { domain, seen: HashMap::new(), order: Default::default() }
    }

    /// The leader's commitment for `h` (role 0).
    pub fn commitment(h: &SignedHeader) -> BatchCommitment {
        BatchCommitment {
            rollupId: h.rollup_id,
            batchIndex: h.batch_key,
            root: h.header_hash,
            signedAt: h.signed_at,
            role: 0,
        }
    }

    /// Who signed `h` (`None`: malformed).
    pub fn signer(&self, h: &SignedHeader) -> Option<Address> {
        let sig = Signature::try_from(h.signature.as_ref()).ok()?;
        let digest: B256 = Self::commitment(h).eip712_signing_hash(&self.domain);
        sig.recover_address_from_prehash(&digest).ok()
    }

    /// Takes `h` in; evidence if the same key signed another header for its batch key.
    pub fn observe(&mut self, h: SignedHeader) -> Option<Evidence> {
        let key = self.signer(&h)?;
        let slot = (h.rollup_id, h.batch_key, key);
        match self.seen.get(&slot) {
            Some(first) if first.header_hash != h.header_hash => {
                Some(Evidence { a: first.clone(), b: h, key })
            }
            Some(_) => None,
            None => {
                // The oldest are forgotten first (conflicts are recent), never all at once: a
                // flood of fresh keys cannot wipe the header a later conflict is found with.
                while self.seen.len() >= MAX_KEYS {
                    let Some(old) = self.order.pop_front() else { break };
                    self.seen.remove(&old);
                }
                self.order.push_back(slot);
                self.seen.insert(slot, h);
                None
            }
        }
    }
}

/// Submits `e` to the Slasher at `slasher` from `provider`'s wallet (simulated first; the
/// reporter gets the Slasher's reward; fees bumped by `fees` through a spike); the transaction
/// once mined.
pub async fn report<P: Provider>(
    provider: &P,
    slasher: Address,
    e: &Evidence,
    fees: &crate::l1::Fees,
) -> Result<B256, String> {
    let call = Slasher::slashEquivocationCall {
        a: Watch::commitment(&e.a),
        sigA: e.a.signature.clone(),
        b: Watch::commitment(&e.b),
        sigB: e.b.signature.clone(),
    };
    let tx = TransactionRequest::default().with_to(slasher).with_input(call.abi_encode());
    provider.call(tx.clone()).await.map_err(|err| revert_reason(&err))?;
    let gas = provider.estimate_gas(tx.clone()).await.map_err(|err| revert_reason(&err))?;
    let receipt = crate::l1::send(provider, tx.with_gas_limit(gas + gas / 5), fees)
        .await
        .map_err(|e| e.to_string())?
        .receipt;
    if !receipt.status() {
        return Err(format!("{} reverted", receipt.transaction_hash));
    }
    Ok(receipt.transaction_hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::signers::{SignerSync, local::PrivateKeySigner};

    fn signed(w: &Watch, key: &PrivateKeySigner, batch_key: u64, root: u8) -> SignedHeader {
        let mut h = SignedHeader {
            rollup_id: U256::from(1),
            batch_key: U256::from(batch_key),
            header_hash: B256::repeat_byte(root),
            signed_at: 7,
            signature: Default::default(),
        };
        let digest = Watch::commitment(&h).eip712_signing_hash(&w.domain);
        h.signature = key.sign_hash_sync(&digest).expect("sign").as_bytes().to_vec().into();
        h
    }

    #[test]
    fn only_one_key_signing_two_headers_for_one_batch_key_is_evidence() {
        let mut w = Watch::new(Address::repeat_byte(5), 1);
        let (leader, other) = (PrivateKeySigner::random(), PrivateKeySigner::random());
        assert_eq!(w.observe(signed(&w, &leader, 1, 0xa)), None);
        assert_eq!(w.observe(signed(&w, &leader, 1, 0xa)), None, "the same header again");
        assert_eq!(w.observe(signed(&w, &other, 1, 0xb)), None, "another leader's header");
        assert_eq!(w.observe(signed(&w, &other, 1, 0xb)), None, "theirs again");
        assert_eq!(w.observe(signed(&w, &leader, 2, 0xb)), None, "another batch key");
        let mut junk = signed(&w, &leader, 1, 0xc);
        junk.signature = vec![1u8; 10].into();
        assert_eq!(w.observe(junk), None, "a malformed signature");
        // Another key's header for a slot first does not hide the leader's two after it.
        assert_eq!(w.observe(signed(&w, &other, 3, 0x1)), None);
        assert_eq!(w.observe(signed(&w, &leader, 3, 0x2)), None);
        assert!(w.observe(signed(&w, &leader, 3, 0x3)).is_some(), "squatted slot");
        let e = w.observe(signed(&w, &leader, 1, 0xc)).expect("evidence");
        assert_eq!(
            (e.key, e.a.header_hash, e.b.header_hash),
            (leader.address(), B256::repeat_byte(0xa), B256::repeat_byte(0xc))
        );
    }
}
