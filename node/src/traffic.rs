//! A traffic generator for a devnet rollup (`alt-traffic`): users funded on L1 deposit ALT into
//! the rollup, then send L2 transfers paying fees and withdrawals to the rollup's sequencer
//! nodes over JSON-RPC, make new deposits now and then, and claim each withdrawal on L1 with the
//! node's proof once its batch is fast-final or final: the flows a wallet drives, at a steady
//! rate. Users' keys are derived from a seed (throwaway devnet accounts); a funder (the devnet's
//! deployer) gives them ETH for gas and ALT.

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    primitives::{Address, B256, U256, keccak256, utils::parse_ether},
    providers::{Provider, ProviderBuilder},
    rpc::types::TransactionRequest,
    signers::{SignerSync, local::PrivateKeySigner},
};
use alt_bindings::{alt_token::AltToken, i_rollup_manager::IRollupManager};
use alt_stf::tx::{self, Tx};
use serde_json::{Value, json};
use std::{
    collections::BTreeMap,
    time::{Duration, Instant},
};

/// What to generate and where.
#[derive(Debug, Clone)]
pub struct Config {
    /// L1 JSON-RPC.
    pub l1_rpc: reqwest::Url,
    /// The RollupManager.
    pub manager: Address,
    /// ALT.
    pub token: Address,
    /// L1 chain id.
    pub chain_id: u64,
    /// The rollup.
    pub rollup_id: U256,
    /// Sequencer nodes' JSON-RPC URLs (tried in turn).
    pub nodes: Vec<String>,
    /// Pays the users' gas and ALT.
    pub funder: PrivateKeySigner,
    /// How many users.
    pub users: usize,
    /// Seed of the users' keys.
    pub seed: u64,
    /// L2 transactions per second.
    pub rate: f64,
    /// One operation in this many is a withdrawal.
    pub withdraw_every: u64,
    /// One operation in this many is a new L1 deposit.
    pub deposit_every: u64,
}

/// What it did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// L1 deposits made (the initial ones included).
    pub deposits: u64,
    /// L2 transactions sent.
    pub sent: u64,
    /// Of which the node accepted.
    pub accepted: u64,
    /// Refused, by JSON-RPC error code.
    pub refused: BTreeMap<i64, u64>,
    /// Withdrawals accepted.
    pub withdrawals: u64,
    /// Withdrawals claimed on L1.
    pub claimed: u64,
    /// Nodes that did not answer.
    pub node_errors: u64,
    /// Accepted transactions seen final or fast-final.
    pub settled: u64,
}

/// A user's deterministic throwaway key.
pub fn user_key(seed: u64, i: usize) -> PrivateKeySigner {
    let secret = keccak256(format!("alt-traffic {seed} {i}"));
    PrivateKeySigner::from_bytes(&secret).expect("a keccak output is a valid key")
}

/// A small deterministic generator (xorshift64*), so that runs repeat.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A withdrawal waiting to be claimed.
#[derive(Debug, Clone)]
struct Pending {
    user: usize,
    nonce: u64,
    hash: B256,
    tried: Option<Instant>,
}

/// Funds the users (ETH for gas, ALT), deposits for each into the rollup and waits until the
/// nodes show the deposits; then generates traffic until `stop` resolves. Progress is logged
/// every 10 s.
pub async fn run(cfg: Config, stop: impl std::future::Future<Output = ()>) -> eyre::Result<Stats> {
    let users: Vec<PrivateKeySigner> = (0..cfg.users).map(|i| user_key(cfg.seed, i)).collect();
    let funder = wallet(&cfg, &cfg.funder);
    let mut stats = Stats::default();
    let domain = tx::domain(cfg.chain_id, cfg.manager);
    let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build()?;
    let start_deposit = parse_ether("1000")?;

    // (Stopping works during the set-up too.)
    tokio::pin!(stop);
    tracing::info!(
        users = users.len(),
        "funding the users: gas money, ALT, an approval and a deposit each (a transaction a block)"
    );
    let setup = async {
        let mut deposits = 0;
        // Set-up: gas money, ALT, an approval and a deposit each. Each step is checked on its
        // own (not as one), so a generator stopped half-way through a user's set-up and
        // started again finishes it: a user with nothing on L2 deposits. (One whose deposit
        // was still queued on L1 at the restart deposits twice: harmless.)
        let deadline = Instant::now() + Duration::from_secs(180);
        for u in &users {
            let w = wallet(&cfg, u);
            let token = AltToken::new(cfg.token, &w);
            if w.get_balance(u.address()).await? < parse_ether("1")? {
                let gas = TransactionRequest::default()
                    .with_to(u.address())
                    .with_value(parse_ether("10")?);
                funder.send_transaction(gas).await?.get_receipt().await?;
            }
            if token.balanceOf(u.address()).call().await? < start_deposit {
                let alt = AltToken::new(cfg.token, &funder);
                let fund = alt.transfer(u.address(), parse_ether("100000")?);
                ensure_ok(fund.send().await?.get_receipt().await?.status(), "ALT transfer")?;
            }
            if token.allowance(u.address(), cfg.manager).call().await? < start_deposit {
                let approve = token.approve(cfg.manager, U256::MAX);
                ensure_ok(approve.send().await?.get_receipt().await?.status(), "approve")?;
            }
            let on_l2 = loop {
                match rpc(&http, &cfg.nodes, "alt_getAccount", json!([u.address()])).await {
                    Ok(a) => break a,
                    Err(e) => {
                        eyre::ensure!(Instant::now() < deadline, "no node answered: {e:?}");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                }
            };
            if balance(&on_l2) == U256::ZERO && on_l2["nonce"].as_u64().unwrap_or_default() == 0 {
                let m = IRollupManager::new(cfg.manager, &w);
                let dep = m.deposit(cfg.rollup_id, u.address(), start_deposit);
                ensure_ok(dep.send().await?.get_receipt().await?.status(), "deposit")?;
                deposits += 1;
            }
        }
        tracing::info!(users = users.len(), "users funded; waiting for the deposits on L2");
        let deadline = Instant::now() + Duration::from_secs(180);
        for u in &users {
            loop {
                let a = rpc(&http, &cfg.nodes, "alt_getAccount", json!([u.address()])).await;
                if a.as_ref().is_ok_and(|a| balance(a) > U256::ZERO) {
                    break;
                }
                eyre::ensure!(Instant::now() < deadline, "deposits not on L2 within 180 s: {a:?}");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
        eyre::Ok(deposits)
    };
    stats.deposits = tokio::select! {
        r = setup => r?,
        _ = &mut stop => return Ok(stats),
    };
    tracing::info!(rate = cfg.rate, "generating traffic");

    let mut rng = Rng(cfg.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut pending: Vec<Pending> = Vec::new();
    let mut watched: Vec<B256> = Vec::new();
    let period = Duration::from_secs_f64(1.0 / cfg.rate.max(0.01));
    let mut tick = tokio::time::interval(period);
    let mut report = Instant::now();
    let mut op: u64 = 0;
    loop {
        tokio::select! {
            _ = &mut stop => break,
            _ = tick.tick() => {}
        }
        op += 1;
        let i = rng.below(users.len() as u64) as usize;
        let u = &users[i];
        if op.is_multiple_of(cfg.deposit_every.max(1)) {
            let m = IRollupManager::new(cfg.manager, wallet(&cfg, u));
            let amount = parse_ether("100")?;
            let done = async {
                let r = m.deposit(cfg.rollup_id, u.address(), amount).send().await?;
                eyre::Ok(r.get_receipt().await?.status())
            };
            match done.await {
                Ok(true) => stats.deposits += 1,
                other => tracing::warn!(result = ?other, "deposit failed"),
            }
        } else {
            let account = match rpc(&http, &cfg.nodes, "alt_getAccount", json!([u.address()])).await
            {
                Ok(a) => a,
                Err(_) => {
                    stats.node_errors += 1;
                    continue;
                }
            };
            let nonce = account["pendingNonce"].as_u64().unwrap_or_default();
            let withdraw = op.is_multiple_of(cfg.withdraw_every.max(1));
            let fee = parse_ether("0.001")? * U256::from(1 + rng.below(100));
            let (kind, to, amount) = if withdraw {
                (tx::WITHDRAWAL, u.address(), parse_ether("1")?)
            } else {
                let j = (i + 1 + rng.below(users.len() as u64 - 1) as usize) % users.len();
                let amount = parse_ether("0.1")? * U256::from(1 + rng.below(50));
                (tx::TRANSFER, users[j].address(), amount)
            };
            if balance(&account) < amount + fee {
                continue;
            }
            let t = sign(&domain, cfg.rollup_id, u, kind, to, amount, fee, nonce)?;
            stats.sent += 1;
            let sent = rpc(
                &http,
                &cfg.nodes,
                "alt_sendRawTransaction",
                json!([alloy::hex::encode_prefixed(t.encode())]),
            )
            .await;
            match sent {
                Ok(_) => {
                    stats.accepted += 1;
                    if withdraw {
                        stats.withdrawals += 1;
                        pending.push(Pending { user: i, nonce, hash: t.hash(), tried: None });
                    } else if watched.len() < 1024 {
                        watched.push(t.hash());
                    }
                }
                Err(RpcError::Refused(code, why)) => {
                    tracing::debug!(code, %why, "transaction refused");
                    *stats.refused.entry(code).or_default() += 1;
                }
                Err(RpcError::Unreachable(why)) => {
                    tracing::warn!(%why, "no node answered");
                    stats.node_errors += 1;
                }
            }
        }
        // Withdrawals whose batch is fast-final or final are claimed on L1 (retried every
        // 10 s: a fast claim may wait for the rollup's fast-withdrawal capacity).
        let mut left = Vec::new();
        for mut p in std::mem::take(&mut pending) {
            if p.tried.is_some_and(|t| t.elapsed() < Duration::from_secs(10)) {
                left.push(p);
                continue;
            }
            p.tried = Some(Instant::now());
            if !settled(&http, &cfg.nodes, p.hash).await {
                left.push(p);
                continue;
            }
            match claim(&cfg, &http, &users[p.user], p.nonce).await {
                Ok(()) => stats.claimed += 1,
                Err(e) => {
                    tracing::debug!(error = %e, "claim not made yet");
                    left.push(p);
                }
            }
        }
        pending = left;
        if report.elapsed() >= Duration::from_secs(10) {
            report = Instant::now();
            let mut still = Vec::new();
            for h in std::mem::take(&mut watched) {
                if settled(&http, &cfg.nodes, h).await {
                    stats.settled += 1;
                } else {
                    still.push(h);
                }
            }
            watched = still;
            tracing::info!(stats = %serde_json::to_string(&stats)?, pending_claims = pending.len(), "traffic");
        }
    }
    Ok(stats)
}

fn ensure_ok(ok: bool, what: &str) -> eyre::Result<()> {
    eyre::ensure!(ok, "{what} reverted");
    Ok(())
}

fn wallet(cfg: &Config, key: &PrivateKeySigner) -> impl Provider + Clone + use<> {
    ProviderBuilder::new()
        .wallet(EthereumWallet::from(key.clone()))
        .connect_http(cfg.l1_rpc.clone())
}

fn balance(account: &Value) -> U256 {
    account["balance"].as_str().and_then(|b| b.parse().ok()).unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn sign(
    domain: &alloy::sol_types::Eip712Domain,
    rollup_id: U256,
    key: &PrivateKeySigner,
    kind: u8,
    to: Address,
    amount: U256,
    fee: U256,
    nonce: u64,
) -> eyre::Result<Tx> {
    let t = Tx::Signed { kind, to, amount, fee, nonce, r: B256::ZERO, s: B256::ZERO, v: 27 };
    let digest =
        tx::signing_digest(domain, rollup_id, &t).ok_or_else(|| eyre::eyre!("unsigned kind"))?;
    Ok(t.with_signature(&key.sign_hash_sync(&digest)?))
}

/// Why a JSON-RPC call failed.
#[derive(Debug)]
enum RpcError {
    /// A node answered with this error.
    Refused(i64, String),
    /// No node answered.
    Unreachable(String),
}

/// Calls `method` on the first node that answers; its `result`.
async fn rpc(
    http: &reqwest::Client,
    nodes: &[String],
    method: &str,
    params: Value,
) -> Result<Value, RpcError> {
    let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
    let mut last = String::from("no node configured");
    for n in nodes {
        let answer = async { http.post(n).json(&body).send().await?.json::<Value>().await };
        match answer.await {
            Ok(v) if v.get("error").is_some() => {
                let code = v["error"]["code"].as_i64().unwrap_or_default();
                return Err(RpcError::Refused(code, v["error"]["message"].to_string()));
            }
            Ok(v) => return Ok(v["result"].clone()),
            Err(e) => last = e.to_string(),
        }
    }
    Err(RpcError::Unreachable(last))
}

/// Whether transaction `hash` is in a fast-final or final batch.
async fn settled(http: &reqwest::Client, nodes: &[String], hash: B256) -> bool {
    let r = rpc(http, nodes, "alt_getTransactionReceipt", json!([hash])).await;
    r.is_ok_and(|r| matches!(r["status"].as_str(), Some("fastFinal" | "final")))
}

/// Claims `user`'s withdrawal `nonce` on L1 with a node's proof (simulated first).
async fn claim(
    cfg: &Config,
    http: &reqwest::Client,
    user: &PrivateKeySigner,
    nonce: u64,
) -> eyre::Result<()> {
    let p = rpc(http, &cfg.nodes, "alt_getWithdrawalProof", json!([user.address(), nonce]))
        .await
        .map_err(|e| eyre::eyre!("{e:?}"))?;
    let p: crate::service::WithdrawalProof = serde_json::from_value(p)?;
    let w = wallet(cfg, user);
    let m = IRollupManager::new(cfg.manager, &w);
    let call = m.claimWithdrawal(
        cfg.rollup_id,
        U256::from(p.batch_index),
        p.sender,
        p.nonce,
        p.recipient,
        p.amount.parse()?,
        p.bitmap.parse()?,
        p.siblings.clone(),
    );
    call.call().await.map_err(|e| eyre::eyre!("claim refused: {e}"))?;
    let receipt = call.send().await?.get_receipt().await?;
    ensure_ok(receipt.status(), "claimWithdrawal")
}
