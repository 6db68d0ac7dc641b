//! The sequencer: takes signed transactions into the mempool, puts them in L2 blocks on an
//! interval (a *soft* confirmation: the node's promise, nothing more), and, when the contract's
//! `leader()` names this operator, posts a batch: the L1 queue's due entries (deposits, forced
//! withdrawals) in order, then the soft transactions, executed on the state L1 derivation
//! reached, with the leader's signed header commitment. Posted transactions leave the soft list
//! once derivation sees them in a batch; a reorg or a revert puts them back in line (those that
//! no longer execute are dropped).

use crate::{
    derive::Derivation,
    mempool::{Accepted, Limits, Mempool, Rejected},
    signing::{Commitment, Role, SigningRecord},
};
use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{Eip712Domain, SolCall, SolStruct, eip712_domain},
};
use alt_bindings::{
    i_rollup_manager::{IRollupManager, IRollupManagerTypes::BatchPost},
    slasher::ISlasher::BatchCommitment,
};
use alt_stf::{state::State, tx::Tx};
use std::collections::HashMap;

/// Where a transaction stands (the four levels a client sees).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In an L2 block of this sequencer, not yet in a posted batch.
    Soft {
        /// The L2 block.
        block: u64,
    },
    /// In a posted batch (derived from L1).
    Posted {
        /// The batch.
        batch: u64,
        /// Its position in the batch.
        index: u32,
    },
    /// In a fast-final batch (a verifier quorum signed it).
    FastFinal {
        /// The batch.
        batch: u64,
        /// Its position.
        index: u32,
    },
    /// In a final batch (irreversible).
    Final {
        /// The batch.
        batch: u64,
        /// Its position.
        index: u32,
    },
}

/// The sequencer's state (shared with the RPC behind a lock).
#[derive(Debug)]
pub struct Sequencer {
    pool: Mempool,
    /// The state L1 derivation reached (the valid prefix), and how many batches that is.
    base: State,
    base_batches: usize,
    /// Soft transactions on top of `base`, in order, with their L2 block.
    soft: Vec<(Tx, B256, u64)>,
    soft_state: State,
    l2_block: u64,
    /// Transactions in derived (posted) batches: hash -> (batch, position).
    included: HashMap<B256, (u64, u32)>,
    /// The batch a post is in flight for (not yet derived), so it is not posted twice.
    in_flight: Option<(u64, std::time::Instant)>,
    /// On-chain fast-final and final batch counts, as last read.
    pub fast_final: u64,
    /// See `fast_final`.
    pub finalized: u64,
}

impl Sequencer {
    /// A sequencer for rollup `rollup_id` (transactions signed under `domain`).
    pub fn new(limits: Limits, domain: Eip712Domain, rollup_id: U256) -> Self {
        Self {
            pool: Mempool::new(limits, domain, rollup_id),
            base: State::new(),
            base_batches: 0,
            soft: Vec::new(),
            soft_state: State::new(),
            l2_block: 0,
            included: HashMap::new(),
            in_flight: None,
            fast_final: 0,
            finalized: 0,
        }
    }

    /// Takes a packed signed transaction (checked against the soft state).
    pub fn submit(&mut self, raw: &[u8]) -> Result<Accepted, Rejected> {
        self.pool.submit(raw, &self.soft_state)
    }

    /// `who`'s (balance, nonce) in the soft state, and the next nonce counting the pool.
    pub fn account(&self, who: Address) -> (U256, u64, u64) {
        let (balance, nonce) = self.soft_state.account(who);
        (balance, nonce, self.pool.next_nonce(&self.soft_state, who))
    }

    /// Transactions waiting in the pool.
    pub fn pool_len(&self) -> usize {
        self.pool.len()
    }

    /// Soft transactions not yet in a posted batch.
    pub fn soft_len(&self) -> usize {
        self.soft.len()
    }

    /// Every transaction this node holds that no derived batch includes yet (soft ones, then
    /// the pool's), packed: what it re-sends to its peers until one of them posts it.
    pub fn pending_raw(&self) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = self.soft.iter().map(|(t, _, _)| t.encode()).collect();
        out.extend(self.pool.raw());
        out
    }

    /// Where transaction `hash` stands, if the node knows it.
    pub fn status(&self, hash: B256) -> Option<Status> {
        if let Some(&(batch, index)) = self.included.get(&hash) {
            return Some(if batch < self.finalized {
                Status::Final { batch, index }
            } else if batch < self.fast_final {
                Status::FastFinal { batch, index }
            } else {
                Status::Posted { batch, index }
            });
        }
        self.soft
            .iter()
            .find(|(_, h, _)| *h == hash)
            .map(|(_, _, block)| Status::Soft { block: *block })
    }

    /// Follows derivation: the valid prefix becomes the base; soft transactions it now
    /// includes leave the soft list, the others are re-executed on it (dropped if they no
    /// longer execute), and the pool is pruned.
    pub fn rebase(&mut self, d: &Derivation) -> Result<(), crate::derive::DeriveError> {
        let n = d.valid_prefix();
        let batches = &d.batches()[..n];
        let changed = n != self.base_batches
            || self.included.len() != batches.iter().map(|b| b.txs.len()).sum::<usize>();
        if !changed {
            return Ok(());
        }
        self.base = d.state_after(n)?;
        self.base_batches = n;
        self.included.clear();
        for b in batches {
            for (i, t) in b.txs.iter().enumerate() {
                self.included.insert(t.hash(), (b.posted.index(), i as u32));
            }
        }
        if self.in_flight.is_some_and(|(batch, _)| (batch as usize) < n) {
            self.in_flight = None;
        }
        let mut state = self.base.clone();
        let (domain, rollup) = (self.pool_domain(), self.pool_rollup());
        let soft = std::mem::take(&mut self.soft);
        for (t, h, block) in soft {
            if self.included.contains_key(&h) {
                continue;
            }
            if state.apply(&domain, rollup, &t).is_ok_and(|a| a.changed) {
                self.soft.push((t, h, block));
            }
        }
        self.soft_state = state;
        self.pool.prune(&self.soft_state);
        Ok(())
    }

    fn pool_domain(&self) -> Eip712Domain {
        self.pool.domain().clone()
    }

    fn pool_rollup(&self) -> U256 {
        self.pool.rollup_id()
    }

    /// Makes an L2 block of up to `max` pool transactions on the soft state; returns how many.
    pub fn make_block(&mut self, max: usize) -> usize {
        let txs = self.pool.block(&self.soft_state, max);
        if txs.is_empty() {
            return 0;
        }
        self.l2_block += 1;
        let (domain, rollup) = (self.pool_domain(), self.pool_rollup());
        for (t, h) in txs {
            // `block` executed them on a copy of this very state: they apply the same here.
            let _ = self.soft_state.apply(&domain, rollup, &t);
            self.soft.push((t, h, self.l2_block));
        }
        self.pool.prune(&self.soft_state);
        self.soft.len()
    }
}

/// What posting needs from the chain and the operator.
#[derive(Debug, Clone)]
pub struct Poster {
    /// The operator's signing key (signs the header commitment).
    pub key: PrivateKeySigner,
    /// Its signing record (one header per batch key).
    pub record: SigningRecord,
    /// The RollupManager.
    pub manager: Address,
    /// The Slasher (its EIP-712 domain).
    pub slasher: Address,
    /// The chain.
    pub chain_id: u64,
    /// The rollup.
    pub rollup_id: U256,
    /// The operator the key belongs to.
    pub operator: Address,
    /// Misbehave: post every batch with a wrong final root (`--misbehave-wrong-root`, for
    /// drills and tests of the challenge path: the operator is slashed for it).
    pub wrong_root: bool,
}

/// `b` with its last step claiming `root` instead (steps root and header made to match), as a
/// dishonest sequencer would post it.
pub fn corrupt(mut b: alt_stf::state::Batch, root: B256) -> alt_stf::state::Batch {
    let last = b.roots.len() - 1;
    b.roots[last] = root;
    let txs = alt_stf::tx::decode_batch(&b.tx_data).unwrap_or_default();
    b.leaves = txs
        .iter()
        .zip(&b.roots)
        .zip(&b.fees)
        .map(|((t, r), f)| alt_stf::header::step_leaf(t.hash(), *r, *f))
        .collect();
    b.header.postRoot = root;
    b.header.stepsRoot = alt_stf::header::steps_root(&b.leaves);
    b
}

/// What a posting round did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// Not this operator's turn.
    NotLeader(Address),
    /// Nothing to post.
    Nothing,
    /// A post for this batch is already in flight.
    InFlight(u64),
    /// Posted batch `batch` with `txs` transactions.
    Sent {
        /// The batch.
        batch: u64,
        /// Its transactions.
        txs: usize,
        /// The transaction.
        tx: B256,
        /// Wei paid for gas.
        gas_wei: u128,
    },
}

impl Poster {
    /// Posts the next batch if this operator leads now and anything is due: the queue's
    /// unprocessed entries (in order, at most the batch limit), then the soft transactions.
    pub async fn post<P: Provider>(
        &self,
        provider: &P,
        seq: &tokio::sync::Mutex<Sequencer>,
        derivation_head: (u64, u64),
    ) -> Result<Posted, String> {
        let m = IRollupManager::new(self.manager, provider);
        let leader = m.leader(self.rollup_id).call().await.map_err(|e| e.to_string())?;
        if leader.operator != self.operator {
            return Ok(Posted::NotLeader(leader.operator));
        }
        let r = m.rollup(self.rollup_id).call().await.map_err(|e| e.to_string())?;
        let (batch_count, deposits_processed) = derivation_head;
        if r.batchCount != batch_count {
            // Derivation has not caught up with the chain (or a post is being mined).
            return Ok(Posted::InFlight(r.batchCount));
        }
        let max = m.parameters().call().await.map_err(|e| e.to_string())?.maxBatchTxs as usize;
        let queued: u64 =
            m.depositCount(self.rollup_id).call().await.map_err(|e| e.to_string())?.to();
        let mut txs = Vec::new();
        for i in deposits_processed..queued.min(deposits_processed + max as u64) {
            let q = m
                .depositAt(self.rollup_id, U256::from(i))
                .call()
                .await
                .map_err(|e| e.to_string())?;
            txs.push(if q.forcedWithdrawal {
                Tx::ForcedWithdrawal {
                    index: i,
                    from: q.from,
                    to: q.to,
                    amount: U256::from(q.amount),
                }
            } else {
                Tx::Deposit { index: i, to: q.to, amount: U256::from(q.amount) }
            });
        }
        let deposits_after = deposits_processed + txs.len() as u64;
        let (batch, signed_at) = {
            let mut s = seq.lock().await;
            if let Some((b, since)) = s.in_flight
                && since.elapsed() < std::time::Duration::from_secs(60)
            {
                return Ok(Posted::InFlight(b));
            }
            let room = max - txs.len();
            txs.extend(s.soft.iter().take(room).map(|(t, _, _)| t.clone()));
            if txs.is_empty() {
                return Ok(Posted::Nothing);
            }
            let mut state = s.base.clone();
            let mut batch = state
                .execute_batch(&s.pool_domain(), self.rollup_id, batch_count, deposits_after, &txs)
                .map_err(|e| e.to_string())?;
            if self.wrong_root {
                batch = corrupt(batch, alloy::primitives::keccak256(b"a wrong root"));
            }
            s.in_flight = Some((batch_count, std::time::Instant::now()));
            let now = provider
                .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
                .await
                .map_err(|e| e.to_string())?
                .map(|b| b.header.timestamp)
                .unwrap_or_default();
            (batch, now)
        };
        let domain = alt_stf::tx::domain(self.chain_id, self.manager);
        let header_hash = batch.header.hash(&domain);
        let generation = U256::from(r.generation);
        // The signing record first: one header per (batch key, role) whatever happens next. A
        // header for this batch that was signed before and not posted (the post failed, more
        // transactions came since) holds its attempt: this one signs as the next attempt,
        // which the protocol allows (docs/rollup-stf.md 7.1), never a second header for one.
        let mut attempt = 0u32;
        let key = loop {
            let key = m
                .headerCommitmentIndex(generation, U256::from(batch_count), attempt)
                .call()
                .await
                .map_err(|e| e.to_string())?;
            let c = Commitment {
                slasher: self.slasher,
                chain_id: self.chain_id,
                rollup_id: self.rollup_id,
                batch_key: key,
                role: Role::Header,
                header_hash,
                signed_at,
            };
            match self.record.authorize(&c).await {
                Ok(()) => break key,
                Err(crate::signing::SigningError::Conflict { .. }) if attempt < 1_000 => {
                    attempt += 1
                }
                Err(e) => {
                    seq.lock().await.in_flight = None;
                    return Err(e.to_string());
                }
            }
        };
        let slasher_domain = eip712_domain! {
            name: "ALT Slasher",
            version: "1",
            chain_id: self.chain_id,
            verifying_contract: self.slasher,
        };
        let commitment = BatchCommitment {
            rollupId: self.rollup_id,
            batchIndex: key,
            root: header_hash,
            signedAt: signed_at,
            role: 0,
        };
        let sig = self
            .key
            .sign_hash_sync(&commitment.eip712_signing_hash(&slasher_domain))
            .map_err(|e| e.to_string())?;
        let post = BatchPost {
            header: crate::derive::chain_header(&batch.header),
            txData: Bytes::from(batch.tx_data.clone()),
            roots: batch.roots.clone(),
            fees: batch.fees.clone(),
            signedAt: signed_at,
            signature: Bytes::from(sig.as_bytes().to_vec()),
            attempt,
        };
        let call = IRollupManager::postBatchCall { post };
        let tx = TransactionRequest::default().with_to(self.manager).with_input(call.abi_encode());
        let sent = async {
            provider.call(tx.clone()).await.map_err(|e| crate::challenger::revert_reason(&e))?;
            let gas = provider
                .estimate_gas(tx.clone())
                .await
                .map_err(|e| crate::challenger::revert_reason(&e))?;
            let receipt = provider
                .send_transaction(tx.with_gas_limit(gas + gas / 5))
                .await
                .map_err(|e| e.to_string())?
                .with_timeout(Some(crate::RECEIPT_TIMEOUT))
                .get_receipt()
                .await
                .map_err(|e| e.to_string())?;
            if !receipt.status() {
                return Err(format!("{} reverted", receipt.transaction_hash));
            }
            Ok::<_, String>((
                receipt.transaction_hash,
                receipt.gas_used as u128 * receipt.effective_gas_price,
            ))
        }
        .await;
        match sent {
            Ok((tx, gas_wei)) => {
                Ok(Posted::Sent { batch: batch_count, txs: batch.roots.len(), tx, gas_wei })
            }
            Err(e) => {
                // The signed header is recorded: a retry is the same header at this attempt,
                // or another header at the next one.
                seq.lock().await.in_flight = None;
                Err(e)
            }
        }
    }
}
