//! A rollup's life on a real chain, with every off-chain artefact made in Rust by `alt-stf`
//! (as the node will make them): transactions, state roots, the steps root, the header hash,
//! the sequencer's and verifiers' commitment signatures, withdrawal proofs. The contracts
//! accepting them is the check that the two implementations of docs/rollup-stf.md agree.

use alloy::{
    primitives::{Address, B256, Bytes, U256, utils::parse_ether},
    providers::Provider,
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{SolStruct, eip712_domain},
};
use alt_bindings::{
    alt_token::AltToken,
    fee_distributor::FeeDistributor,
    i_rollup_manager::{
        BatchHeader,
        IRollupManager::{self, BatchPosted},
        IRollupManagerTypes::BatchPost,
    },
    slasher::ISlasher::BatchCommitment,
};
use alt_e2e::{Devnet, TX_GAS, advance_time};
use alt_stf::{
    header::{Header, step_leaf, steps_root},
    smt::{self, SparseMerkleTree, account_key, account_leaf, withdrawal_key, withdrawal_leaf},
    tx::{self, TRANSFER, Tx, WITHDRAWAL},
};
use std::collections::HashMap;

/// The payments state in Rust: balances and nonces over the sparse Merkle tree.
#[derive(Default)]
struct L2 {
    tree: SparseMerkleTree,
    accounts: HashMap<Address, (U256, u64)>,
}

impl L2 {
    fn credit(&mut self, who: Address, amount: U256) {
        let (bal, nonce) = self.accounts.entry(who).or_default();
        *bal += amount;
        let leaf = account_leaf(who, *bal, *nonce);
        self.tree.set(account_key(who), leaf);
    }

    /// Debits `amount + fee` and bumps the nonce (the caller checked validity).
    fn debit(&mut self, who: Address, total: U256) -> u64 {
        let (bal, nonce) = self.accounts.entry(who).or_default();
        *bal -= total;
        let used = *nonce;
        *nonce += 1;
        let leaf = account_leaf(who, *bal, *nonce);
        self.tree.set(account_key(who), leaf);
        used
    }
}

/// Signs `unsigned` (a transfer or withdrawal with zero r, s) as `key`.
fn sign_tx(
    domain: &alloy::sol_types::Eip712Domain,
    rollup: U256,
    key: &PrivateKeySigner,
    unsigned: Tx,
) -> eyre::Result<Tx> {
    let digest = tx::signing_digest(domain, rollup, &unsigned).expect("signed kind");
    Ok(unsigned.with_signature(&key.sign_hash_sync(&digest)?))
}

/// Applies `txs` to `l2` by docs/rollup-stf.md section 4 (every transaction here is valid) and
/// returns the batch's tx data, intermediate roots, running fee totals and steps-tree leaves.
fn execute(
    l2: &mut L2,
    domain: &alloy::sol_types::Eip712Domain,
    rollup: U256,
    txs: &[Tx],
) -> (Vec<u8>, Vec<B256>, Vec<U256>, Vec<B256>) {
    let (mut data, mut roots, mut fees, mut leaves) = (vec![], vec![], vec![], vec![]);
    let mut collected = U256::ZERO;
    for t in txs {
        match t {
            Tx::Deposit { to, amount, .. } => l2.credit(*to, *amount),
            Tx::Signed { kind, to, amount, fee, .. } => {
                let from = tx::sender(domain, rollup, t).expect("valid signature");
                let nonce = l2.debit(from, *amount + *fee);
                if *kind == TRANSFER {
                    l2.credit(*to, *amount);
                } else {
                    l2.tree.set(withdrawal_key(from, nonce), withdrawal_leaf(*to, *amount));
                }
                collected += *fee;
            }
            // Authorised by its L1 queue entry: a withdrawal without fee at the sender's nonce,
            // of at most its balance.
            Tx::ForcedWithdrawal { from, to, amount, .. } => {
                let balance = l2.accounts.get(from).map_or(U256::ZERO, |a| a.0);
                let taken = (*amount).min(balance);
                if !taken.is_zero() {
                    let nonce = l2.debit(*from, taken);
                    l2.tree.set(withdrawal_key(*from, nonce), withdrawal_leaf(*to, taken));
                }
            }
        }
        data.extend_from_slice(&t.encode());
        roots.push(l2.tree.root());
        fees.push(collected);
        leaves.push(step_leaf(t.hash(), l2.tree.root(), collected));
    }
    (data, roots, fees, leaves)
}

/// A transfer or withdrawal before signing.
fn unsigned(kind: u8, to: Address, amount: U256, fee: U256, nonce: u64) -> Tx {
    Tx::Signed { kind, to, amount, fee, nonce, r: B256::ZERO, s: B256::ZERO, v: 27 }
}

#[tokio::test]
async fn batch_built_in_rust_is_posted_confirmed_and_withdrawn_on_chain() -> eyre::Result<()> {
    let devnet = Devnet::start(41010, &[])?;
    let d = devnet.deployment.clone();
    let admin = devnet.wallet(&devnet.signer(0));
    let operators = [devnet.signer(1), devnet.signer(2), devnet.signer(3)];
    let keys = [devnet.signer(4), devnet.signer(5), devnet.signer(6)];
    let (user, friend, l1_recipient) = (devnet.signer(7), devnet.signer(8), devnet.signer(9));
    for (op, key) in operators.iter().zip(&keys) {
        devnet.register_operator(op, key, 1000, parse_ether("100000")?).await?;
    }

    // The owner creates a single-sequencer rollup with fast finality; operators opt in.
    let token = AltToken::new(d.token, &admin);
    token.approve(d.rollup_manager, U256::MAX).gas(TX_GAS).send().await?.get_receipt().await?;
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let params = alt_e2e::rollup_params(true);
    let receipt = manager
        .createRollup(
            "e2e".into(),
            0, // Sequencing.Single
            operators[0].address(),
            params,
            0,
            parse_ether("1000")?,
        )
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status());
    let rollup_id = manager.rollupCount().call().await?;
    for op in &operators {
        let m = IRollupManager::new(d.rollup_manager, devnet.wallet(op));
        let r = m.optIn(rollup_id, true, true).gas(TX_GAS).send().await?.get_receipt().await?;
        assert!(r.status());
    }
    advance_time(&admin, 2).await?;

    // An L1 deposit for the user.
    let deposit = parse_ether("100")?;
    manager
        .deposit(rollup_id, user.address(), deposit)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;

    // The batch, built entirely in Rust: deposit, transfer (fee 1), withdrawal (fee 0).
    let domain = tx::domain(d.chain_id, d.rollup_manager);
    let mut l2 = L2::default();
    let (transfer_amount, fee, withdrawn) =
        (parse_ether("10")?, parse_ether("1")?, parse_ether("20")?);
    let txs = vec![
        Tx::Deposit { index: 0, to: user.address(), amount: deposit },
        sign_tx(
            &domain,
            rollup_id,
            &user,
            unsigned(TRANSFER, friend.address(), transfer_amount, fee, 0),
        )?,
        sign_tx(
            &domain,
            rollup_id,
            &user,
            unsigned(WITHDRAWAL, l1_recipient.address(), withdrawn, U256::ZERO, 1),
        )?,
    ];
    for t in &txs[1..] {
        assert_eq!(tx::sender(&domain, rollup_id, t), Some(user.address()));
    }
    let (data, roots, fees, leaves) = execute(&mut l2, &domain, rollup_id, &txs);
    let collected = *fees.last().unwrap();
    let header = Header {
        rollupId: rollup_id,
        batchIndex: U256::ZERO,
        prevRoot: B256::ZERO,
        postRoot: l2.tree.root(),
        txDataHash: alloy::primitives::keccak256(&data),
        stepsRoot: steps_root(&leaves),
        feesCollected: collected,
        depositsProcessed: 1,
        txCount: txs.len() as u32,
    };
    let header_hash = header.hash(&domain);
    let chain_header = BatchHeader::Header {
        rollupId: header.rollupId,
        batchIndex: header.batchIndex,
        prevRoot: header.prevRoot,
        postRoot: header.postRoot,
        txDataHash: header.txDataHash,
        stepsRoot: header.stepsRoot,
        feesCollected: header.feesCollected,
        depositsProcessed: header.depositsProcessed,
        txCount: header.txCount,
    };
    assert_eq!(
        manager.headerHash(chain_header.clone()).call().await?,
        header_hash,
        "Rust and Solidity agree on the header hash"
    );

    // The sequencer's commitment, under the Slasher's EIP-712 domain (equivocation evidence).
    let slasher_domain = eip712_domain! {
        name: "ALT Slasher",
        version: "1",
        chain_id: d.chain_id,
        verifying_contract: d.slasher,
    };
    let signed_at = manager.rollup(rollup_id).call().await?.createdAt;
    // Role 0: the sequencer's header; role 1: a verifier's attestation (never interchangeable).
    let commitment = |signed_at: u64, role: u8| BatchCommitment {
        rollupId: rollup_id,
        batchIndex: U256::ZERO, // commitmentIndex(generation 0, batch 0)
        root: header_hash,
        signedAt: signed_at,
        role,
    };
    let seq_sig =
        keys[0].sign_hash_sync(&commitment(signed_at, 0).eip712_signing_hash(&slasher_domain))?;
    let post = BatchPost {
        header: chain_header,
        txData: Bytes::from(data.clone()),
        roots,
        fees,
        signedAt: signed_at,
        signature: Bytes::from(seq_sig.as_bytes().to_vec()),
        attempt: 0,
    };
    let receipt = manager.postBatch(post).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(receipt.status(), "postBatch reverted: {receipt:?}");
    let posted = receipt.decoded_log::<BatchPosted>().expect("BatchPosted");
    assert_eq!(posted.headerHash, header_hash);
    assert_eq!(posted.sequencer, operators[0].address());

    // Verifiers attest to the header (signedAt = postedAt); all three are a quorum.
    let posted_at = manager.batch(rollup_id, U256::ZERO).call().await?.postedAt;
    let digest = commitment(posted_at.to::<u64>(), 1).eip712_signing_hash(&slasher_domain);
    let sigs: Vec<Bytes> = keys
        .iter()
        .map(|k| Ok(Bytes::from(k.sign_hash_sync(&digest)?.as_bytes().to_vec())))
        .collect::<eyre::Result<_>>()?;
    let receipt = manager
        .confirmBatch(rollup_id, U256::ZERO, sigs)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "confirmBatch reverted: {receipt:?}");
    // A quorum makes the batch fast-final, not final: it stays open to fraud proofs for its
    // window, and withdrawals against it are bounded by the stake that signed it.
    assert_eq!(manager.fastRisk(rollup_id).call().await?.fastFinalCount, 1);
    assert!(!manager.isFinal(rollup_id, U256::ZERO).call().await?);
    let capacity = manager.fastWithdrawalCapacity(rollup_id).call().await?;
    assert_eq!(capacity, parse_ether("30000")?, "10% of the 300,000 ALT that signed");

    // The withdrawal, proven with the Rust tree against the fast-final root.
    let smt::Proof { bitmap, siblings, .. } = l2.tree.proof(withdrawal_key(user.address(), 1));
    let before = token.balanceOf(l1_recipient.address()).call().await?;
    let receipt = manager
        .claimWithdrawal(
            rollup_id,
            U256::ZERO,
            user.address(),
            1,
            l1_recipient.address(),
            withdrawn,
            bitmap,
            siblings,
        )
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "claimWithdrawal reverted: {receipt:?}");
    assert_eq!(token.balanceOf(l1_recipient.address()).call().await?, before + withdrawn);
    let fast = receipt.decoded_log::<IRollupManager::FastWithdrawal>().expect("FastWithdrawal");
    assert_eq!((fast.amount, fast.atRisk, fast.limit), (withdrawn, withdrawn, capacity));

    // The indexer's bridge rows agree with the chain: the deposit as queued (not reclaimed)
    // and the withdrawal as claimed.
    let dir = tempfile::tempdir()?;
    let contracts = alt_indexer::config::Contracts::load(&devnet.deployment_file)?;
    let cfg = alt_indexer::config::Config::new(vec![devnet.anvil.endpoint()], contracts);
    let (store, _) =
        alt_indexer::store::Store::open(&dir.path().join("index.db"), &cfg.fingerprint()).await?;
    alt_indexer::sync::Indexer::new(cfg, store.clone())?.backfill(false).await?;
    let id = rollup_id.to_be_bytes::<32>().to_vec();
    let queued = manager.depositAt(rollup_id, U256::ZERO).call().await?;
    type Deposit = (Vec<u8>, i64, Vec<u8>, Vec<u8>, Vec<u8>, i64);
    let deposits: Vec<Deposit> = alt_indexer::db::query(
        "SELECT rollup_id, deposit_index, sender, recipient, amount, enqueued_at FROM rollup_deposits",
    )
    .fetch_all(store.pool())
    .await?;
    assert_eq!(
        deposits,
        [(
            id.clone(),
            0,
            queued.from.to_vec(),
            queued.to.to_vec(),
            U256::from(queued.amount).to_be_bytes::<32>().to_vec(),
            queued.enqueuedAt as i64
        )]
    );
    assert_eq!(store.count("rollup_deposit_reclaims").await?, 0);
    type Claim = (Vec<u8>, i64, Vec<u8>, Vec<u8>, i64, Vec<u8>);
    let claimed: Vec<Claim> = alt_indexer::db::query(
        "SELECT rollup_id, batch_index, recipient, sender, nonce, amount FROM rollup_withdrawals",
    )
    .fetch_all(store.pool())
    .await?;
    assert_eq!(
        claimed,
        [(
            id,
            0,
            l1_recipient.address().to_vec(),
            user.address().to_vec(),
            1,
            withdrawn.to_be_bytes::<32>().to_vec()
        )]
    );

    // Fees are final, and reach the distributor tagged by source, once the window has ended.
    advance_time(&admin, 3600).await?;
    let receipt =
        manager.finalize(rollup_id, U256::from(10)).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(receipt.status() && manager.isFinal(rollup_id, U256::ZERO).call().await?);
    let receipt = manager
        .distributeFees(rollup_id, U256::from(10))
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let deposited: Vec<_> = receipt
        .inner
        .logs()
        .iter()
        .filter_map(|l| l.log_decode::<FeeDistributor::FeesDeposited>().ok())
        .map(|l| (l.inner.data.source, l.inner.data.amount))
        .collect();
    assert_eq!(deposited.len(), 2, "transaction and storage fees: {deposited:?}");
    assert_eq!(deposited[0].1, fee, "the transfer's fee");
    assert_eq!(deposited[1].1, U256::from(data.len()) * U256::from(1_000_000_000u64));
    let r = manager.rollup(rollup_id).call().await?;
    assert_eq!(r.l2Escrow, (deposit - fee - withdrawn).to::<u128>(), "escrow backs the L2 supply");
    // Attributed to the operators that did the work: the sequencer and the three attesters.
    let attributed: Vec<_> = receipt
        .inner
        .logs()
        .iter()
        .filter_map(|l| l.log_decode::<FeeDistributor::FeesAttributed>().ok())
        .map(|l| (l.inner.data.operator, l.inner.data.amount, l.inner.data.net))
        .collect();
    let total: U256 = attributed.iter().map(|a| a.1).sum();
    assert_eq!(total, deposited[0].1 + deposited[1].1, "every wei attributed");
    assert!(attributed.iter().all(|a| operators.iter().any(|o| o.address() == a.0)));

    // A withdrawal forced from L1 (issue 11, point 4): the user calls the manager itself, so a
    // sequencer that ignored its signed withdrawals cannot keep it in: the entry joins the
    // deposit queue, and the next batch (built in Rust) withdraws it at the user's nonce, without
    // fee; once final, the recipient claims it with a proof from the Rust tree.
    let forced = parse_ether("5")?;
    let receipt = IRollupManager::new(d.rollup_manager, devnet.wallet(&user))
        .forceWithdrawal(rollup_id, l1_recipient.address(), forced)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "forceWithdrawal reverted: {receipt:?}");
    let queued = receipt.decoded_log::<IRollupManager::WithdrawalForced>().expect("event");
    assert_eq!((queued.index, queued.from, queued.amount), (U256::from(1), user.address(), forced));
    assert!(manager.depositAt(rollup_id, U256::from(1)).call().await?.forcedWithdrawal);
    let txs = [Tx::ForcedWithdrawal {
        index: 1,
        from: user.address(),
        to: l1_recipient.address(),
        amount: forced,
    }];
    let (data1, roots, fees, leaves) = execute(&mut l2, &domain, rollup_id, &txs);
    let header1 = BatchHeader::Header {
        rollupId: rollup_id,
        batchIndex: U256::from(1),
        prevRoot: header.postRoot,
        postRoot: l2.tree.root(),
        txDataHash: alloy::primitives::keccak256(&data1),
        stepsRoot: steps_root(&leaves),
        feesCollected: U256::ZERO,
        depositsProcessed: 2,
        txCount: 1,
    };
    let hash1 = manager.headerHash(header1.clone()).call().await?;
    let now = admin
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await?
        .expect("latest block")
        .header
        .timestamp;
    let c1 = BatchCommitment {
        rollupId: rollup_id,
        batchIndex: U256::from(1), // commitmentIndex(generation 0, batch 1)
        root: hash1,
        signedAt: now,
        role: 0,
    };
    let sig1 = keys[0].sign_hash_sync(&c1.eip712_signing_hash(&slasher_domain))?;
    let post1 = BatchPost {
        header: header1,
        txData: Bytes::from(data1),
        roots,
        fees,
        signedAt: now,
        signature: Bytes::from(sig1.as_bytes().to_vec()),
        attempt: 0,
    };
    let receipt = manager.postBatch(post1).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(receipt.status(), "postBatch with the forced withdrawal reverted: {receipt:?}");
    advance_time(&admin, 3600).await?;
    manager.finalize(rollup_id, U256::from(10)).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(manager.isFinal(rollup_id, U256::from(1)).call().await?);
    let smt::Proof { bitmap, siblings, .. } = l2.tree.proof(withdrawal_key(user.address(), 2));
    let before = token.balanceOf(l1_recipient.address()).call().await?;
    let receipt = manager
        .claimWithdrawal(
            rollup_id,
            U256::from(1),
            user.address(),
            2,
            l1_recipient.address(),
            forced,
            bitmap,
            siblings,
        )
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "claiming the forced withdrawal reverted: {receipt:?}");
    assert_eq!(token.balanceOf(l1_recipient.address()).call().await?, before + forced);

    // The sequencer goes silent with a deposit waiting: after the inclusion delay and the halt
    // delay anyone halts the rollup, it settles, and every L2 balance in its final root (proven
    // with the Rust tree) is paid out on L1; with the waiting deposit reclaimed, the escrow is
    // empty.
    let receipt = manager
        .deposit(rollup_id, friend.address(), parse_ether("1")?)
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status());
    let inclusion = manager.parameters().call().await?.inclusionDelay;
    let halt_delay = manager.haltDelay().call().await?;
    advance_time(&admin, inclusion + halt_delay).await?;
    let receipt = manager.halt(rollup_id).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(receipt.status(), "halt reverted: {receipt:?}");
    let receipt = manager.settle(rollup_id).gas(TX_GAS).send().await?.get_receipt().await?;
    assert!(receipt.status(), "settle reverted: {receipt:?}");
    let mut paid_out = U256::ZERO;
    for (who, (balance, nonce)) in &l2.accounts {
        if balance.is_zero() {
            continue;
        }
        let smt::Proof { bitmap, siblings, .. } = l2.tree.proof(account_key(*who));
        let before = token.balanceOf(*who).call().await?;
        let receipt = manager
            .claimBalance(rollup_id, *who, *balance, *nonce, bitmap, siblings)
            .gas(TX_GAS)
            .send()
            .await?
            .get_receipt()
            .await?;
        assert!(receipt.status(), "claimBalance reverted: {receipt:?}");
        assert_eq!(token.balanceOf(*who).call().await?, before + *balance);
        paid_out += *balance;
    }
    let receipt = manager
        .reclaimDeposit(rollup_id, U256::from(2))
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status());
    assert_eq!(manager.rollup(rollup_id).call().await?.l2Escrow, 0, "every L2 wei went home");
    assert_eq!(paid_out, deposit - fee - withdrawn - forced);

    // The indexer follows: fee attributions, the fast withdrawal, the halt and settlement, and
    // the balance claims.
    let dir = tempfile::tempdir()?;
    let contracts = alt_indexer::config::Contracts::load(&devnet.deployment_file)?;
    let cfg = alt_indexer::config::Config::new(vec![devnet.anvil.endpoint()], contracts);
    let (store, _) =
        alt_indexer::store::Store::open(&dir.path().join("index.db"), &cfg.fingerprint()).await?;
    alt_indexer::sync::Indexer::new(cfg, store.clone())?.backfill(false).await?;
    let rows: Vec<(Vec<u8>, Vec<u8>)> =
        alt_indexer::db::query("SELECT operator, amount FROM fee_attributions")
            .fetch_all(store.pool())
            .await?;
    assert_eq!(rows.len(), attributed.len());
    let indexed: U256 = rows.iter().map(|r| U256::from_be_slice(&r.1)).sum();
    assert_eq!(indexed, total);
    let fast: Vec<(i64, Vec<u8>)> =
        alt_indexer::db::query("SELECT batch_index, amount FROM fast_withdrawals")
            .fetch_all(store.pool())
            .await?;
    assert_eq!(fast, [(0, withdrawn.to_be_bytes::<32>().to_vec())]);
    let kinds: Vec<(String,)> =
        alt_indexer::db::query("SELECT kind FROM rollup_events ORDER BY block_number, log_index")
            .fetch_all(store.pool())
            .await?;
    assert_eq!(kinds, [("halted".to_string(),), ("settled".to_string(),)]);
    let backing: Vec<(Vec<u8>, i64)> =
        alt_indexer::db::query("SELECT operator, bips FROM rollup_backing ORDER BY block_number")
            .fetch_all(store.pool())
            .await?;
    let opted: Vec<(Vec<u8>, i64)> =
        operators.iter().map(|o| (o.address().to_vec(), 10_000)).collect();
    assert_eq!(backing, opted, "each verifier backs its only rollup in full");
    type Forced = (i64, Vec<u8>, Vec<u8>, Vec<u8>);
    let rows: Vec<Forced> = alt_indexer::db::query(
        "SELECT queue_index, sender, recipient, amount FROM forced_withdrawals",
    )
    .fetch_all(store.pool())
    .await?;
    assert_eq!(
        rows,
        [(
            1,
            user.address().to_vec(),
            l1_recipient.address().to_vec(),
            forced.to_be_bytes::<32>().to_vec()
        )]
    );
    let claims: Vec<(Vec<u8>,)> =
        alt_indexer::db::query("SELECT amount FROM rollup_balance_claims")
            .fetch_all(store.pool())
            .await?;
    let claimed: U256 = claims.iter().map(|c| U256::from_be_slice(&c.0)).sum();
    assert_eq!(claimed, paid_out);
    Ok(())
}
