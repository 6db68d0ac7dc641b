//! Sender recovery by libsecp256k1 (the node's path) against k256 (the reference the STF used
//! before): the same address for valid signatures and the same refusals for every malformed
//! one (r or s zero or not below the group order, high s, bad v, a point not on the curve), as
//! `ecrecover` behind OpenZeppelin's `tryRecover` decides on chain.

use alloy_primitives::{Address, B256, Signature, U256, keccak256};
use alt_stf::tx::{TRANSFER, Tx, domain, sender, signing_digest};

const N: &str = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

fn reference(d: &alloy_sol_types::Eip712Domain, rollup: U256, t: &Tx) -> Option<Address> {
    let Tx::Signed { r, s, v, .. } = t else { return None };
    let s = U256::from_be_bytes(s.0);
    let half = U256::from_str_radix(N, 16).expect("n") >> 1;
    if s > half || !matches!(v, 27 | 28) {
        return None;
    }
    let digest = signing_digest(d, rollup, t)?;
    Signature::new(U256::from_be_bytes(r.0), s, *v == 28).recover_address_from_prehash(&digest).ok()
}

#[test]
fn libsecp256k1_recovers_what_k256_recovers_and_refuses_what_it_refuses() {
    let d = domain(31337, Address::repeat_byte(0x11));
    let rollup = U256::from(9);
    let n = U256::from_str_radix(N, 16).expect("n");
    let half = n >> 1;
    let (mut valid, mut refused) = (0, 0);
    for i in 0..300u64 {
        let key = k256::ecdsa::SigningKey::from_slice(keccak256(i.to_be_bytes()).as_slice())
            .expect("a key");
        let unsigned = Tx::Signed {
            kind: TRANSFER,
            to: Address::repeat_byte(i as u8),
            amount: U256::from(i),
            fee: U256::from(1u64),
            nonce: i,
            r: B256::ZERO,
            s: B256::ZERO,
            v: 27,
        };
        let digest = signing_digest(&d, rollup, &unsigned).expect("signed kind");
        let (sig, recid) = key.sign_prehash_recoverable(digest.as_slice()).expect("signs");
        let signed = unsigned.clone().with_signature(&Signature::from((sig, recid)));
        let Tx::Signed { r, s, v, .. } = signed.clone() else { unreachable!() };
        let who = Address::from_private_key(&key);
        assert_eq!(sender(&d, rollup, &signed), Some(who), "key {i}");
        assert_eq!(reference(&d, rollup, &signed), Some(who));
        valid += 1;
        // Malformed variants of it: both implementations decide alike.
        let word = |x: U256| B256::from(x.to_be_bytes::<32>());
        let r_int = U256::from_be_bytes(r.0);
        let s_int = U256::from_be_bytes(s.0);
        let variants = [
            (B256::ZERO, s, v),
            (r, B256::ZERO, v),
            (word(n), s, v),
            (word(n + r_int.min(U256::from(1000u64))), s, v),
            (word(U256::MAX), s, v),
            (r, word(n - s_int), v),        // the high-s twin: refused
            (r, word(half), v),             // the highest s allowed
            (r, word(half + U256::ONE), v), // one above: refused
            (r, s, 26),
            (r, s, 29),
            (r, s, 55 - v),                  // the other parity: another key or none
            (word(U256::from(i + 1)), s, v), // r = a small x (often no point)
            (keccak256(r), s, v),            // a random x
        ];
        for (j, (r2, s2, v2)) in variants.into_iter().enumerate() {
            let t = match &unsigned {
                Tx::Signed { kind, to, amount, fee, nonce, .. } => Tx::Signed {
                    kind: *kind,
                    to: *to,
                    amount: *amount,
                    fee: *fee,
                    nonce: *nonce,
                    r: r2,
                    s: s2,
                    v: v2,
                },
                _ => unreachable!(),
            };
            let ours = sender(&d, rollup, &t);
            assert_eq!(ours, reference(&d, rollup, &t), "key {i} variant {j}");
            assert_ne!(ours, Some(who), "key {i} variant {j}: a malformed twin never passes");
            refused += usize::from(ours.is_none());
        }
    }
    assert!(valid == 300 && refused > 300 * 8, "{valid} valid, {refused} refused");
}
