//! Shared by the node's end-to-end tests: a rollup on a fresh devnet, and batches posted to it
//! as an honest or a dishonest sequencer would.
#![allow(dead_code, unreachable_pub)] // each test binary uses its own part

use alloy::network::TransactionBuilder;
use alloy::{
    primitives::{Address, B256, Bytes, U256, utils::parse_ether},
    providers::{Provider, ProviderBuilder},
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{SolStruct, eip712_domain},
};
use alt_bindings::{
    alt_token::AltToken,
    i_rollup_manager::{IRollupManager, IRollupManagerTypes::BatchPost},
    slasher::ISlasher::BatchCommitment,
};
use alt_e2e::{Devnet, TX_GAS, advance_time};
use alt_indexer::{
    config::{Config, Contracts},
    store::Store,
    sync::Indexer,
};
use alt_node::follow::Follower;
use alt_stf::{
    header::{step_leaf, steps_root},
    state::{Batch, State},
    tx::{self, TRANSFER, Tx},
};
use std::path::Path;

/// A rollup on a fresh devnet: three operators (signing keys = anvil accounts 4..6), a Single
/// rollup sequenced by the first, everyone opted in.
pub struct Rollup {
    pub devnet: Devnet,
    pub id: U256,
    pub operators: [PrivateKeySigner; 3],
    pub keys: [PrivateKeySigner; 3],
}

pub async fn rollup(chain_id: u64) -> eyre::Result<Rollup> {
    rollup_with(chain_id, 0).await
}

/// The same rollup, ephemeral when `lifetime` is not 0: it expires `lifetime` seconds after
/// its creation.
pub async fn rollup_with(chain_id: u64, lifetime: u64) -> eyre::Result<Rollup> {
    create(chain_id, lifetime, false, U256::ZERO).await
}

/// An ephemeral rollup (expiring `lifetime` seconds after creation) charging
/// `service_fee` ALT per service epoch (a day) from its budget.
pub async fn ephemeral_rollup(
    chain_id: u64,
    lifetime: u64,
    service_fee: U256,
) -> eyre::Result<Rollup> {
    create(chain_id, lifetime, false, service_fee).await
}

/// A SQUAD rollup (leaders drawn by stake per turn) on a fresh devnet: operators 0 and 1 opt in
/// as sequencers and verifiers, operator 2 as a verifier only.
pub async fn squad_rollup(chain_id: u64) -> eyre::Result<Rollup> {
    create(chain_id, 0, true, U256::ZERO).await
}

async fn create(
    chain_id: u64,
    lifetime: u64,
    squad: bool,
    service_fee: U256,
) -> eyre::Result<Rollup> {
    let devnet = Devnet::start(chain_id, &[])?;
    let d = devnet.deployment.clone();
    let admin = devnet.wallet(&devnet.signer(0));
    let operators = [devnet.signer(1), devnet.signer(2), devnet.signer(3)];
    let keys = [devnet.signer(4), devnet.signer(5), devnet.signer(6)];
    for (op, key) in operators.iter().zip(&keys) {
        devnet.register_operator(op, key, 1000, parse_ether("100000")?).await?;
    }
    let token = AltToken::new(d.token, &admin);
    token.approve(d.rollup_manager, U256::MAX).gas(TX_GAS).send().await?.get_receipt().await?;
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let mut params = alt_e2e::rollup_params(true);
    params.serviceFeePerEpoch = service_fee.to();
    let expiry = match lifetime {
        0 => 0,
        n => now(&admin).await? + n,
    };
    manager
        .createRollup(
            "derive".into(),
            if squad { 1 } else { 0 },
            if squad { Address::ZERO } else { operators[0].address() },
            params,
            expiry,
            parse_ether("1000")?,
        )
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    let id = manager.rollupCount().call().await?;
    for (i, op) in operators.iter().enumerate() {
        let m = IRollupManager::new(d.rollup_manager, devnet.wallet(op));
        let sequences = !squad || i < 2;
        m.optIn(id, sequences, true).gas(TX_GAS).send().await?.get_receipt().await?;
    }
    advance_time(&admin, 2).await?;
    Ok(Rollup { devnet, id, operators, keys })
}

impl Rollup {
    pub fn domain(&self) -> alloy::sol_types::Eip712Domain {
        tx::domain(self.devnet.deployment.chain_id, self.devnet.deployment.rollup_manager)
    }

    /// `key` signs a transfer of `amount` (fee `fee`) to `to` at `nonce`.
    pub fn transfer(
        &self,
        key: &PrivateKeySigner,
        to: Address,
        amount: U256,
        fee: U256,
        nonce: u64,
    ) -> eyre::Result<Tx> {
        let unsigned = Tx::Signed {
            kind: TRANSFER,
            to,
            amount,
            fee,
            nonce,
            r: B256::ZERO,
            s: B256::ZERO,
            v: 27,
        };
        let digest = tx::signing_digest(&self.domain(), self.id, &unsigned).expect("signed kind");
        Ok(unsigned.with_signature(&key.sign_hash_sync(&digest)?))
    }

    /// `key` signs a withdrawal of `amount` (fee `fee`) to L1 account `to` at `nonce`.
    pub fn withdrawal(
        &self,
        key: &PrivateKeySigner,
        to: Address,
        amount: U256,
        fee: U256,
        nonce: u64,
    ) -> eyre::Result<Tx> {
        let unsigned = Tx::Signed {
            kind: tx::WITHDRAWAL,
            to,
            amount,
            fee,
            nonce,
            r: B256::ZERO,
            s: B256::ZERO,
            v: 27,
        };
        let digest = tx::signing_digest(&self.domain(), self.id, &unsigned).expect("signed kind");
        Ok(unsigned.with_signature(&key.sign_hash_sync(&digest)?))
    }

    /// An L1 deposit of `amount` to `user`, posted by the first operator as batch 0 alone;
    /// the L2 state after it and the batch.
    pub async fn deposit_and_post_first(
        &self,
        user: Address,
        amount: U256,
    ) -> eyre::Result<(State, Batch)> {
        let admin = self.devnet.wallet(&self.devnet.signer(0));
        let manager = IRollupManager::new(self.devnet.deployment.rollup_manager, &admin);
        manager.deposit(self.id, user, amount).gas(TX_GAS).send().await?.get_receipt().await?;
        let mut l2 = State::new();
        let t0 = [Tx::Deposit { index: 0, to: user, amount }];
        let b0 = l2.execute_batch(&self.domain(), self.id, 0, 1, &t0)?;
        self.post(&b0).await?;
        Ok((l2, b0))
    }

    /// An L1 deposit of 100 ALT to `user`, then batch 0 executed (not posted): that deposit and
    /// `user` paying `amount` to `to` with `fee`; the L2 state after it and the batch.
    pub async fn deposit_and_pay(
        &self,
        user: &PrivateKeySigner,
        to: Address,
        amount: U256,
        fee: U256,
    ) -> eyre::Result<(State, Batch)> {
        let admin = self.devnet.wallet(&self.devnet.signer(0));
        let manager = IRollupManager::new(self.devnet.deployment.rollup_manager, &admin);
        let deposit = alloy::primitives::utils::parse_ether("100")?;
        manager
            .deposit(self.id, user.address(), deposit)
            .gas(TX_GAS)
            .send()
            .await?
            .get_receipt()
            .await?;
        let txs = vec![
            Tx::Deposit { index: 0, to: user.address(), amount: deposit },
            self.transfer(user, to, amount, fee, 0)?,
        ];
        let mut l2 = State::new();
        let b0 = l2.execute_batch(&self.domain(), self.id, 0, 1, &txs)?;
        Ok((l2, b0))
    }

    /// [`Rollup::deposit_and_pay`] from anvil account 7, posted as batch 0 with `wrong` claimed
    /// as the root after its transfer (step 1): a batch any challenger can prove fraudulent.
    pub async fn post_wrong_first_batch(
        &self,
        to: Address,
        amount: U256,
        fee: U256,
        wrong: B256,
    ) -> eyre::Result<()> {
        let (_, b0) = self.deposit_and_pay(&self.devnet.signer(7), to, amount, fee).await?;
        self.post(&with_wrong_root(b0, 1, wrong)).await
    }

    /// Posts `batch` as the first operator (the sequencer), signed now.
    pub async fn post(&self, batch: &Batch) -> eyre::Result<()> {
        self.post_as(0, batch).await
    }

    /// Posts `batch` (attempt 0, the rollup's generation now) as operator `op`, signed now.
    pub async fn post_as(&self, op: usize, batch: &Batch) -> eyre::Result<()> {
        self.post_via(op, batch, None).await
    }

    /// The same, sent to `via` (a contract that forwards its calldata to the manager) instead
    /// of to the manager itself.
    pub async fn post_via(
        &self,
        op: usize,
        batch: &Batch,
        via: Option<Address>,
    ) -> eyre::Result<()> {
        let d = &self.devnet.deployment;
        let admin = self.devnet.wallet(&self.devnet.signer(0));
        let manager = IRollupManager::new(d.rollup_manager, &admin);
        let h = &batch.header;
        let header = alt_node::derive::chain_header(h);
        let generation = manager.rollup(self.id).call().await?.generation;
        let key =
            manager.headerCommitmentIndex(U256::from(generation), h.batchIndex, 0).call().await?;
        let signed_at = admin
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await?
            .map(|b| b.header.timestamp)
            .unwrap_or_default();
        let slasher = eip712_domain! {
            name: "ALT Slasher",
            version: "1",
            chain_id: d.chain_id,
            verifying_contract: d.slasher,
        };
        let commitment = BatchCommitment {
            rollupId: self.id,
            batchIndex: key,
            root: h.hash(&self.domain()),
            signedAt: signed_at,
            role: 0,
        };
        let sig = self.keys[op].sign_hash_sync(&commitment.eip712_signing_hash(&slasher))?;
        let seq = self.devnet.wallet(&self.operators[op]);
        let receipt = IRollupManager::new(via.unwrap_or(d.rollup_manager), &seq)
            .postBatch(BatchPost {
                header,
                txData: Bytes::from(batch.tx_data.clone()),
                roots: batch.roots.clone(),
                fees: batch.fees.clone(),
                signedAt: signed_at,
                signature: Bytes::from(sig.as_bytes().to_vec()),
                attempt: 0,
            })
            .gas(TX_GAS)
            .send()
            .await?
            .get_receipt()
            .await?;
        eyre::ensure!(receipt.status(), "postBatch reverted: {receipt:?}");
        Ok(())
    }

    pub async fn follower(&self, db: &Path) -> eyre::Result<Follower<impl Provider + use<>>> {
        self.follower_reading_posts_from(db, self.devnet.anvil.endpoint_url()).await
    }

    /// A follower whose index comes from the devnet but whose posts (calldata, traces) are read
    /// from `posts_rpc`.
    pub async fn follower_reading_posts_from(
        &self,
        db: &Path,
        posts_rpc: reqwest::Url,
    ) -> eyre::Result<Follower<impl Provider + use<>>> {
        let contracts = Contracts::load(&self.devnet.deployment_file)?;
        let mut cfg = Config::new(vec![self.devnet.anvil.endpoint()], contracts);
        cfg.finality_depth = 0; // as on the devnet: reorgs of any depth in the hashes kept
        let (store, _) = Store::open(db, &cfg.fingerprint()).await?;
        let provider = ProviderBuilder::new().connect_http(posts_rpc);
        let d = &self.devnet.deployment;
        Ok(Follower::new(
            Indexer::new(cfg, store)?,
            provider,
            (d.rollup_manager, d.slasher),
            d.chain_id,
            self.id,
        ))
    }
}

/// The latest block's timestamp.
pub async fn now<P: Provider>(p: &P) -> eyre::Result<u64> {
    Ok(p.get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await?
        .map(|b| b.header.timestamp)
        .unwrap_or_default())
}

/// Mines an empty block (anvil mines on transactions only: nodes see a new time this way).
pub async fn mine<P: Provider>(p: &P) -> eyre::Result<()> {
    let _: String = p.raw_request("evm_mine".into(), ()).await?;
    Ok(())
}

/// A free loopback port (bound, then released for a node to take).
pub fn free_port() -> eyre::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A node process of the real binary, killed when dropped; its base URL and log file.
pub struct NodeProcess {
    pub child: KillOnDrop,
    pub url: String,
    pub log: std::path::PathBuf,
}

/// Starts `alt-node` for the rollup with its data under `dir/name`, polling every 100 ms, with
/// operator `op`'s signing key (which also pays for its L1 transactions) when given, and
/// `flags`.
pub fn spawn_node(
    r: &Rollup,
    dir: &Path,
    name: &str,
    op: Option<usize>,
    flags: &[&str],
) -> eyre::Result<NodeProcess> {
    spawn_node_at(r, dir, name, op, free_port()?, flags)
}

/// [`spawn_node`] listening on `port` (so that peers can be told its URL before it starts).
pub fn spawn_node_at(
    r: &Rollup,
    dir: &Path,
    name: &str,
    op: Option<usize>,
    port: u16,
    flags: &[&str],
) -> eyre::Result<NodeProcess> {
    let log = dir.join(format!("{name}.log"));
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_alt-node"));
    cmd.args(["--rpc-url", &r.devnet.anvil.endpoint(), "--rollup-id", &r.id.to_string()])
        .arg("--deployment")
        .arg(&r.devnet.deployment_file)
        .arg("--data-dir")
        .arg(dir.join(name))
        .args(["--listen", &format!("127.0.0.1:{port}"), "--poll-ms", "100"])
        // (Keepers take turns a second apart here: anvil mines each transaction at once.)
        .env("ALT_NODE_KEEPER_STAGGER_SECS", "1")
        .args(flags)
        .stderr(std::fs::File::create(&log)?);
    if let Some(op) = op {
        let key = dir.join(format!("{name}.key"));
        std::fs::write(&key, alloy::hex::encode(r.keys[op].to_bytes()))?;
        cmd.arg("--signing-key-file").arg(&key).arg("--l1-key-file").arg(&key);
    }
    let child = KillOnDrop(cmd.spawn()?);
    Ok(NodeProcess { child, url: format!("http://127.0.0.1:{port}"), log })
}

/// The three operators' nodes, peered with each other, verifying and finalizing, operator 0's
/// also sequencing (L2 blocks every `block_ms`); their base URLs.
pub fn spawn_fleet(
    r: &Rollup,
    dir: &Path,
    block_ms: u64,
) -> eyre::Result<(Vec<NodeProcess>, Vec<String>)> {
    let ports = [free_port()?, free_port()?, free_port()?];
    let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}")).collect();
    let block_ms = block_ms.to_string();
    let mut nodes = Vec::new();
    for (i, port) in ports.into_iter().enumerate() {
        let peers: Vec<&str> =
            urls.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, u)| u.as_str()).collect();
        let peers = peers.join(",");
        let mut flags = vec!["--verify", "--finalize", "--block-ms", &block_ms, "--peer", &peers];
        if i == 0 {
            flags.push("--sequence");
        }
        nodes.push(spawn_node_at(r, dir, &format!("node-{i}"), Some(i), port, &flags)?);
    }
    Ok((nodes, urls))
}

/// Claims the withdrawal `w` (a node's proof) on L1 from `provider`'s account; fails if the
/// claim reverts.
pub async fn claim_withdrawal<P: Provider>(
    provider: &P,
    manager: Address,
    rollup_id: U256,
    w: &alt_node::service::WithdrawalProof,
) -> eyre::Result<()> {
    let receipt = IRollupManager::new(manager, provider)
        .claimWithdrawal(
            rollup_id,
            U256::from(w.batch_index),
            w.sender,
            w.nonce,
            w.recipient,
            w.amount.parse()?,
            w.bitmap.parse()?,
            w.siblings.clone(),
        )
        .gas(TX_GAS)
        .send()
        .await?
        .get_receipt()
        .await?;
    eyre::ensure!(receipt.status(), "claimWithdrawal reverted: {receipt:?}");
    Ok(())
}

/// A JSON-RPC call to a node; the whole response.
pub async fn call(
    http: &reqwest::Client,
    url: &str,
    method: &str,
    params: serde_json::Value,
) -> eyre::Result<serde_json::Value> {
    let body = serde_json::json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
    Ok(http.post(url).json(&body).send().await?.json().await?)
}

/// Polls `f` every 100 ms until it gives a value (errors count as "not yet": a node may still
/// be starting), for at most `secs` seconds.
pub async fn until<T, F, Fut>(what: &str, secs: u64, mut f: F) -> eyre::Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = eyre::Result<Option<T>>>,
{
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Ok(Some(v)) = f().await {
            return Ok(v);
        }
        eyre::ensure!(std::time::Instant::now() < deadline, "{what}: not within {secs} s");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// A node's Prometheus figure `name`.
pub async fn metric(http: &reqwest::Client, base: &str, name: &str) -> eyre::Result<u64> {
    let text = http.get(format!("{base}/metrics")).send().await?.text().await?;
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| eyre::eyre!("no {name} in {text}"))
}

/// A batch whose step `step` claims `wrong` as its root (and every later step builds on it),
/// with the steps root and header made to match, as a dishonest sequencer would post it.
/// A child process killed when dropped, so a failed assertion leaves no node running.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Deploys a contract that forwards any call, with its calldata, to `target` (reverting when
/// the call does): what a multisig or multicall does to a post, in 41 bytes of EVM code.
pub async fn deploy_forwarder(devnet: &Devnet, target: Address) -> eyre::Result<Address> {
    // CALLDATACOPY(0, 0, CALLDATASIZE); CALL(GAS, target, 0, 0, CALLDATASIZE, 0, 0);
    // if it failed REVERT(0, 0), else STOP.
    let mut runtime = alloy::hex!("365f5f37" "5f5f365f5f73").to_vec();
    runtime.extend_from_slice(target.as_slice());
    runtime.extend_from_slice(&alloy::hex!("5af1" "15602557" "00" "5b5f5ffd"));
    assert_eq!(runtime.len(), 41);
    let mut init = alloy::hex!("6029600a5f3960295ff3").to_vec(); // copy the runtime, return it
    init.extend_from_slice(&runtime);
    let admin = devnet.wallet(&devnet.signer(0));
    let tx =
        alloy::rpc::types::TransactionRequest::default().with_deploy_code(init).gas_limit(TX_GAS);
    let receipt = admin.send_transaction(tx).await?.get_receipt().await?;
    receipt.contract_address.ok_or_else(|| eyre::eyre!("no contract deployed: {receipt:?}"))
}

pub fn with_wrong_root(mut b: Batch, step: usize, wrong: B256) -> Batch {
    for r in &mut b.roots[step..] {
        *r = wrong;
    }
    let txs = tx::decode_batch(&b.tx_data).expect("own data");
    b.leaves = txs
        .iter()
        .zip(&b.roots)
        .zip(&b.fees)
        .map(|((t, r), f)| step_leaf(t.hash(), *r, *f))
        .collect();
    b.header.postRoot = wrong;
    b.header.stepsRoot = steps_root(&b.leaves);
    b
}
