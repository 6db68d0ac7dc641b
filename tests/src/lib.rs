#![doc = include_str!("../README.md")]

use alloy::{
    network::EthereumWallet,
    node_bindings::{Anvil, AnvilInstance},
    primitives::{Address, Bytes, U256},
    providers::{Provider, ProviderBuilder},
    rpc::types::TransactionReceipt,
    signers::{SignerSync, local::PrivateKeySigner},
};
use alt_bindings::{alt_token::AltToken, staking::Staking};
use eyre::{Context, Result, bail};
use serde::Deserialize;
use std::{
    path::{Path, PathBuf},
    process::Command,
};

/// Gas limit for every transaction the tests send. Estimates are not enough: staking writes
/// history checkpoints keyed by block timestamp, so a call estimated in one second and mined in
/// the next can need a fresh storage slot (about 20k more gas) and run out. Wallets and the node
/// must add headroom to estimates for the same reason.
pub const TX_GAS: u64 = 3_000_000;

/// The repository root (where `foundry.toml` and `node_modules/` live).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// Path of a Foundry tool installed by `npm ci` (`forge`, `anvil`, `cast`).
pub fn tool(name: &str) -> PathBuf {
    project_root().join(format!("node_modules/@foundry-rs/{name}-linux-amd64/bin/{name}"))
}

/// Addresses written by `script/Deploy.s.sol`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    /// Chain the system was deployed on.
    pub chain_id: u64,
    /// A block at or before the first deployment transaction (where indexers start).
    pub start_block: u64,
    /// ALT token.
    pub token: Address,
    /// Staking pools.
    pub staking: Address,
    /// Slasher.
    pub slasher: Address,
    /// Fee distributor.
    pub fee_distributor: Address,
    /// Governance timelock.
    pub timelock: Address,
    /// Governor.
    pub governor: Address,
    /// Rollup manager (bind `IRollupManager` at this address).
    pub rollup_manager: Address,
}

/// A running anvil with the system deployed on it; removes its deployment file when dropped.
pub struct Devnet {
    /// The chain (killed on drop).
    pub anvil: AnvilInstance,
    /// Where the contracts are.
    pub deployment: Deployment,
    /// The deployment file the scripts read (`DEPLOYMENT_FILE`).
    pub deployment_file: PathBuf,
}

impl Devnet {
    /// Starts anvil with `chain_id` (unique per test, so forge's broadcast logs never collide)
    /// and runs the deploy script with `env` on top of the defaults.
    pub fn start(chain_id: u64, env: &[(&str, &str)]) -> Result<Self> {
        let anvil =
            Anvil::at(tool("anvil")).chain_id(chain_id).try_spawn().wrap_err("starting anvil")?;
        let deployment_file = project_root().join(format!("deployments/e2e-{chain_id}.json"));
        let file = deployment_file.to_str().expect("utf-8 path").to_owned();
        let mut vars = vec![("DEPLOYMENT_FILE", file.as_str())];
        vars.extend_from_slice(env);
        forge_script(&anvil.endpoint(), "script/Deploy.s.sol", &[], &vars)?;
        let deployment: Deployment = serde_json::from_str(
            &std::fs::read_to_string(&deployment_file).wrap_err("reading the deployment file")?,
        )?;
        Ok(Self { anvil, deployment, deployment_file })
    }

    /// Runs another forge script against this chain and deployment.
    pub fn script(&self, script: &str, sig_args: &[&str], env: &[(&str, &str)]) -> Result<String> {
        let file = self.deployment_file.to_str().expect("utf-8 path").to_owned();
        let mut vars = vec![("DEPLOYMENT_FILE", file.as_str())];
        vars.extend_from_slice(env);
        forge_script(&self.anvil.endpoint(), script, sig_args, &vars)
    }
}

impl Devnet {
    /// anvil's account `i` as a signer.
    pub fn signer(&self, i: usize) -> PrivateKeySigner {
        PrivateKeySigner::from(self.anvil.keys()[i].clone())
    }

    /// A provider that signs with `signer`.
    pub fn wallet(&self, signer: &PrivateKeySigner) -> impl Provider + Clone + use<> {
        ProviderBuilder::new()
            .wallet(EthereumWallet::from(signer.clone()))
            .connect_http(self.anvil.endpoint_url())
    }

    /// Sends `self_stake` ALT from the deployer (account 0) to `operator`, approves staking and
    /// registers it with `signing_key` (which signs its proof of ownership) and
    /// `commission_bips`; returns the registration receipt.
    pub async fn register_operator(
        &self,
        operator: &PrivateKeySigner,
        signing_key: &PrivateKeySigner,
        commission_bips: u16,
        self_stake: U256,
    ) -> Result<TransactionReceipt> {
        let d = &self.deployment;
        let admin = self.wallet(&self.signer(0));
        let op = self.wallet(operator);
        AltToken::new(d.token, &admin)
            .transfer(operator.address(), self_stake)
            .gas(TX_GAS)
            .send()
            .await?
            .get_receipt()
            .await?;
        AltToken::new(d.token, &op)
            .approve(d.staking, U256::MAX)
            .gas(TX_GAS)
            .send()
            .await?
            .get_receipt()
            .await?;
        let proof = self.key_proof(signing_key, operator.address()).await?;
        Ok(Staking::new(d.staking, &op)
            .registerOperator(signing_key.address(), commission_bips, self_stake, proof)
            .gas(TX_GAS)
            .send()
            .await?
            .get_receipt()
            .await?)
    }
}

impl Devnet {
    /// `signing_key`'s proof that `operator` may bind it: its signature over Staking's
    /// `keyOwnershipDigest(operator)` (EIP-712: operator, chain id, Staking address).
    pub async fn key_proof(
        &self,
        signing_key: &PrivateKeySigner,
        operator: Address,
    ) -> Result<Bytes> {
        let admin = self.wallet(&self.signer(0));
        let digest = Staking::new(self.deployment.staking, &admin)
            .keyOwnershipDigest(operator)
            .call()
            .await?;
        Ok(Bytes::from(signing_key.sign_hash_sync(&digest)?.as_bytes().to_vec()))
    }
}

impl Drop for Devnet {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.deployment_file);
    }
}

/// Runs `forge script <script> [--sig ...] --broadcast` against `rpc` and returns its output;
/// fails with forge's output when the script fails.
pub fn forge_script(
    rpc: &str,
    script: &str,
    sig_args: &[&str],
    env: &[(&str, &str)],
) -> Result<String> {
    let mut cmd = Command::new(tool("forge"));
    cmd.current_dir(project_root()).arg("script").arg(script);
    if let Some((sig, args)) = sig_args.split_first() {
        cmd.arg("--sig").arg(sig).args(args);
    }
    cmd.args(["--rpc-url", rpc, "--broadcast", "--slow"]).env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().wrap_err("running forge script")?;
    let text =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if !out.status.success() {
        bail!("forge script {script} {sig_args:?} failed:\n{text}");
    }
    Ok(text)
}

/// Moves the chain's clock forward by `secs` and mines a block.
pub async fn advance_time<P: Provider>(provider: &P, secs: u64) -> Result<()> {
    let _: serde_json::Value = provider.raw_request("evm_increaseTime".into(), (secs,)).await?;
    let _: serde_json::Value = provider.raw_request("evm_mine".into(), ()).await?;
    Ok(())
}

/// Peak resident memory (`VmHWM`) of process `pid` in MB (0 where `/proc` does not say); the
/// benchmarks report it for themselves and for the binaries they spawn.
pub fn peak_rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Rollup parameters inside the deploy script's default bounds: a 2/3 attestation threshold,
/// a one-hour challenge window, one-minute slots, 1 gwei per byte, no service fee.
pub fn rollup_params(
    fast_finality: bool,
) -> alt_bindings::i_rollup_manager::IRollupManagerTypes::Params {
    alt_bindings::i_rollup_manager::IRollupManagerTypes::Params {
        fastFinality: fast_finality,
        thresholdNum: 2,
        thresholdDen: 3,
        challengeWindow: 3600,
        slotLength: 60,
        feePerByte: alloy::primitives::Uint::from(1_000_000_000u64),
        serviceFeePerEpoch: alloy::primitives::Uint::ZERO,
    }
}
