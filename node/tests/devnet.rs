//! The main job itself (`tools/devnet.sh`, what `make devnet` runs), started and stopped by a
//! test: it comes up with the rollup nodes and traffic, its GraphQL API and nodes answer with
//! live data (the seeded deposit posted and fast-final, traffic posted), and Ctrl-C leaves no
//! process behind.

use alloy::{primitives::U256, providers::Provider};
use alt_bindings::{fee_distributor::FeeDistributor, i_rollup_manager::IRollupManager};
use serde_json::{Value, json};
use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

mod common;
use common::{call, until};

/// `n` consecutive free loopback ports (anvil, the API and four nodes need 6); the first.
fn free_block(n: u16) -> u16 {
    // (Below Linux's ephemeral range, 32768 on, so outgoing connections do not take them.)
    'outer: for base in (20_000u16..32_000).step_by(97) {
        for p in base..base + n {
            if std::net::TcpListener::bind(("127.0.0.1", p)).is_err() {
                continue 'outer;
            }
        }
        return base;
    }
    panic!("no block of {n} free ports");
}

/// The pids in the devnet's pid files.
fn pids(run: &Path) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir(run) else { return Vec::new() };
    dir.filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "pid"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok()?.trim().parse().ok())
        .collect()
}

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| !s.contains(") Z "))
}

/// The running devnet: whatever the test does, dropping it kills the script and every process
/// it recorded (pids read at start-up, when all are running) and removes its deployment file
/// (unless it is to be resumed).
struct Running {
    script: Child,
    pids: Vec<u32>,
    deployment: PathBuf,
    resume: bool,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.script.kill();
        let _ = self.script.wait();
        for pid in self.pids.iter().filter(|p| alive(**p)) {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        }
        if !self.resume {
            let _ = std::fs::remove_file(&self.deployment);
        }
    }
}

/// Starts `tools/devnet.sh --traffic low` on the ports from `base` (its data and run
/// directories under `dir`) and waits until it says it is ready; its output so far.
fn start(
    root: &Path,
    dir: &Path,
    base: u16,
    bins: &Path,
    err: &str,
) -> eyre::Result<(Running, Vec<String>)> {
    let run = dir.join("run");
    let mut script = Command::new("bash")
        .arg(root.join("tools/devnet.sh"))
        .args(["--traffic", "low"])
        .current_dir(root)
        .env("DEVNET_PORT", base.to_string())
        .env("DEVNET_API_PORT", (base + 1).to_string())
        .env("DEVNET_NODE_PORT", (base + 2).to_string())
        .env("DEVNET_CHAIN_ID", "41321")
        .env("DEVNET_DATA", dir.join("data"))
        .env("DEVNET_RUN", &run)
        .env("DEVNET_SKIP_INSTALL", "1")
        .env("DEVNET_BIN_DIR", bins)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(dir.join(err))?)
        .spawn()?;
    let stdout = script.stdout.take().expect("piped");
    let deployment = root.join("deployments/41321.json");
    let mut devnet = Running { script, pids: Vec::new(), deployment, resume: false };

    // Its output until it says it is ready (a few minutes at most: deploy, seed, start).
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut out = Vec::new();
    loop {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(line) => {
                let ready = line.contains("Press Ctrl-C to stop.");
                out.push(line);
                if ready {
                    break;
                }
            }
            Err(_) if devnet.script.try_wait()?.is_some() => {
                let err = std::fs::read_to_string(dir.join(err)).unwrap_or_default();
                eyre::bail!("the devnet exited: {}\n{err}", out.join("\n"));
            }
            Err(_) => {
                eyre::ensure!(Instant::now() < deadline, "not ready in 300 s: {}", out.join("\n"))
            }
        }
    }
    devnet.pids = pids(&run);
    Ok((devnet, out))
}

/// Ctrl-C to the script: it must exit within 30 s and leave none of its processes or pid files.
fn stop(devnet: &mut Running, run: &Path) -> eyre::Result<()> {
    let _ = Command::new("kill").args(["-INT", &devnet.script.id().to_string()]).status();
    let deadline = Instant::now() + Duration::from_secs(30);
    while devnet.script.try_wait()?.is_none() {
        eyre::ensure!(Instant::now() < deadline, "the devnet did not stop within 30 s of Ctrl-C");
        std::thread::sleep(Duration::from_millis(100));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while devnet.pids.iter().any(|p| alive(*p)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let left: Vec<u32> = devnet.pids.iter().copied().filter(|p| alive(*p)).collect();
    eyre::ensure!(left.is_empty(), "processes left after Ctrl-C: {left:?}");
    eyre::ensure!(pids(run).is_empty(), "pid files left");
    Ok(())
}

#[tokio::test]
async fn the_devnet_comes_up_with_nodes_and_traffic_answers_and_stops_cleanly() -> eyre::Result<()>
{
    let root = alt_e2e::project_root();
    let bins = PathBuf::from(env!("CARGO_BIN_EXE_alt-node")).parent().expect("a dir").to_path_buf();
    if !bins.join("alt-graphql").exists() {
        // (`cargo test --workspace` builds it for the API's tests; alone, this test builds it.)
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "-p", "alt-graphql"]).current_dir(&root);
        if bins.ends_with("release") {
            build.arg("--release");
        }
        eyre::ensure!(build.status()?.success(), "building alt-graphql");
    }
    let dir = tempfile::tempdir()?;
    let run = dir.path().join("run");
    let base = free_block(6);
    let (rpc, api) = (base, base + 1);
    let node = |i: u16| format!("http://127.0.0.1:{}", base + 1 + i);
    let (mut devnet, out) = start(&root, dir.path(), base, &bins, "devnet.err")?;
    let printed = out.join("\n");
    for want in ["GraphiQL:", &node(1), &node(3), "L2 traffic:  low"] {
        assert!(printed.contains(want), "{want} not printed: {printed}");
    }
    assert_eq!(devnet.pids.len(), 8, "anvil, the API, four nodes, the traffic, governance");

    // The API answers with the seeded operators.
    let http = reqwest::Client::new();
    let q = json!({ "query": "{ operators { id } }" });
    let url = format!("http://127.0.0.1:{api}/graphql");
    let ops: Value = http.post(&url).json(&q).send().await?.json().await?;
    assert_eq!(ops["data"]["operators"].as_array().map(Vec::len), Some(3), "{ops}");
    // The devnet's governance driver queues its proposal at once (its vote ended while
    // seeding) and executes it after the timelock's minute: the API shows it queued first.
    let proposal_state = |want: &'static str| {
        let (http, url) = (http.clone(), url.clone());
        until(want, 60, move || {
            let (http, url) = (http.clone(), url.clone());
            async move {
                let q = json!({ "query": "{ proposals { id state voteStart votes { voter support weight } } }" });
                let v: Value = http.post(&url).json(&q).send().await?.json().await?;
                let p = v["data"]["proposals"][0].clone();
                Ok((p["state"] == json!(want)).then_some(p))
            }
        })
    };
    let queued = proposal_state("Queued").await?;
    assert!(queued["id"].as_str().is_some_and(|id| !id.is_empty()), "{queued}");
    // The seeded deposit is posted and made fast-final by the nodes; a verifier's node says so.
    until("batch 0 fast-final", 120, || {
        let (http, url) = (http.clone(), format!("{}/", node(3)));
        async move {
            let b = call(&http, &url, "alt_getBatch", json!([0])).await?;
            let status = b["result"]["status"].as_str().unwrap_or_default().to_owned();
            Ok(matches!(status.as_str(), "fastFinal" | "final").then_some(()))
        }
    })
    .await?;
    // Traffic flows: the sequencers' nodes post batches of it.
    until("batches of traffic posted", 120, || {
        let (http, urls) = (http.clone(), [node(1), node(2)]);
        async move {
            let mut posted = 0;
            for u in urls {
                posted += common::metric(&http, &u, "alt_node_batches_posted_total").await?;
            }
            Ok((posted >= 3).then_some(()))
        }
    })
    .await?;

    // The fee loop: past the challenge window the nodes finalize the traffic's batches and pay
    // their fees out; past the fee epoch they close it; then the API shows each operator's
    // commission and a delegator's rewards exactly as the FeeDistributor does.
    let d = alt_indexer::config::Contracts::load(&devnet.deployment)?;
    let l1 = alloy::providers::ProviderBuilder::new()
        .connect_http(format!("http://127.0.0.1:{rpc}").parse()?);
    let manager = IRollupManager::new(d.rollup_manager, &l1);
    let fees = FeeDistributor::new(d.fee_distributor, &l1);
    // The batch a node posted shows in the API as on chain, with its attestations and its
    // finality.
    let on_chain = manager.batch(U256::from(1), U256::ZERO).call().await?;
    let attesters = manager.attesters(U256::from(1), U256::ZERO).call().await?;
    assert!(attesters.len() >= 2, "a quorum attested batch 0: {attesters:?}");
    let q = json!({ "query": "{ batches(where: { rollupId: \"1\", index: 0 }) { sequencer headerHash postRoot finality events { kind detail } } }" });
    let shown = until("batch 0 with its attestations in the API", 60, || {
        let (http, url, q, attesters) = (http.clone(), url.clone(), q.clone(), attesters.clone());
        async move {
            let v: Value = http.post(&url).json(&q).send().await?.json().await?;
            let b = v["data"]["batches"][0].clone();
            // (Each attestation event's detail lists its signers.)
            let signers: String = b["events"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|e| e["kind"] == json!("attested") || e["kind"] == json!("fast_final"))
                .filter_map(|e| e["detail"].as_str())
                .collect();
            let all = attesters.iter().all(|a| signers.contains(&alloy::hex::encode(a)));
            Ok((all && b["finality"] != json!("posted")).then_some(b))
        }
    })
    .await?;
    let lower = |v: &Value| v.as_str().unwrap_or_default().to_lowercase();
    assert_eq!(lower(&shown["sequencer"]), format!("{:#x}", on_chain.sequencer), "{shown}");
    assert_eq!(lower(&shown["headerHash"]), format!("{:#x}", on_chain.headerHash), "{shown}");
    assert_eq!(lower(&shown["postRoot"]), format!("{:#x}", on_chain.postRoot), "{shown}");
    assert!(
        ["attested", "fast_final", "finalized"].contains(&shown["finality"].as_str().unwrap_or("")),
        "{shown}"
    );
    // (anvil's default accounts 1-3, the operators; 4, a delegator of operators 1 and 2)
    let ops = [
        alloy::primitives::address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
        alloy::primitives::address!("3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
        alloy::primitives::address!("90F79bf6EB2c4f870365E785982E1f101E93b906"),
    ];

    // The misbehaviour drill: operator 1's node equivocates on its first batch; the other
    // nodes (gas accounts 7 and 8) submit the evidence and it is slashed. Then the API shows
    // the slash, the reporter's reward, the operator's pool, both delegators' positions in it
    // and their voting power exactly as Staking and the governor do.
    let slasher = alt_bindings::slasher::Slasher::new(d.slasher, &l1);
    let slash = until("operator 1 slashed for equivocation", 180, || {
        let slasher = slasher.clone();
        async move {
            let logs = slasher.OperatorSlashed_filter().from_block(0).query().await?;
            Ok(logs.into_iter().map(|(l, _)| l).find(|l| l.kind == 0))
        }
    })
    .await?;
    let reporters = [
        alloy::primitives::address!("14dC79964da2C08b23698B3D3cc7Ca32193d9955"),
        alloy::primitives::address!("23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"),
    ];
    assert_eq!(slash.operator, ops[0]);
    assert!(reporters.contains(&slash.reporter), "reported by {}", slash.reporter);
    assert!(slash.amount > U256::ZERO && slash.reporterReward > U256::ZERO);
    let big = |v: &Value| v.as_str().and_then(|s| s.parse::<U256>().ok()).unwrap_or_default();
    let staking = alt_bindings::staking::Staking::new(d.staking, &l1);
    let governor = alt_bindings::alt_governor::AltGovernor::new(d.governor, &l1);
    let delegators = [
        alloy::primitives::address!("15d34AAf54267DB7D7c367839AAf71A00a2C6A65"),
        alloy::primitives::address!("9965507D1a55bcC2695C58ba16FB37d819B0A4dc"),
    ];
    let q = json!({ "query": format!(
        "{{ slashings {{ operator kind amount reporter reporterReward }} \
           operator(id: \"{:#x}\") {{ totalStake delegations {{ staker value }} }} \
           a: account(address: \"{:#x}\") {{ votingPower }} b: account(address: \"{:#x}\") {{ votingPower }} \
           _meta {{ block {{ timestamp }} }} }}",
        ops[0], delegators[0], delegators[1]) });
    let why = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    until("the API shows the slash as the chain does", 60, || {
        let (http, url, q) = (http.clone(), url.clone(), q.clone());
        let (staking, governor) = (staking.clone(), governor.clone());
        let (slash, why) = (slash.clone(), why.clone());
        let differs = move |what: String| {
            *why.lock().unwrap_or_else(|p| p.into_inner()) = what;
            Ok(None)
        };
        async move {
            let v: Value = http.post(&url).json(&q).send().await?.json().await?;
            let data = &v["data"];
            let Some(s) = data["slashings"]
                .as_array()
                .and_then(|l| l.iter().find(|s| s["kind"] == json!("equivocation")).cloned())
            else {
                return differs(format!("no equivocation slashing in {v}"));
            };
            eyre::ensure!(
                big(&s["amount"]) == slash.amount
                    && big(&s["reporterReward"]) == slash.reporterReward
                    && s["reporter"].as_str().map(str::to_lowercase)
                        == Some(format!("{:#x}", slash.reporter)),
                "slashing {s} vs {slash:?}"
            );
            // Compared at the block the API has indexed: nothing stakes meanwhile on the devnet,
            // but the governor reads a past timepoint.
            let pool = staking.poolValue(ops[0]).call().await?;
            if big(&data["operator"]["totalStake"]) != pool {
                return differs(format!("pool {pool} vs {v}"));
            }
            for p in data["operator"]["delegations"].as_array().into_iter().flatten() {
                let who: alloy::primitives::Address =
                    p["staker"].as_str().unwrap_or_default().parse()?;
                let want = staking.stakeOf(who, ops[0]).call().await?;
                if big(&p["value"]) != want {
                    return differs(format!("{who}: {want} vs {p}"));
                }
            }
            // (The governor's clock is time: the indexed head's timestamp.)
            let at = U256::from(data["_meta"]["block"]["timestamp"].as_u64().unwrap_or_default());
            for (k, who) in [("a", delegators[0]), ("b", delegators[1])] {
                let want = governor.getVotes(who, at).call().await?;
                if big(&data[k]["votingPower"]) != want {
                    return differs(format!("{who} votes at {at}: {want} vs {}", data[k]));
                }
            }
            Ok(Some(()))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}: {}", why.lock().unwrap_or_else(|p| p.into_inner())))?;
    let before: Vec<U256> = {
        let mut v = Vec::new();
        for op in ops {
            v.push(fees.commissionClaimable(op).call().await?);
        }
        v
    };
    let jump = |secs: u64| {
        let l1 = l1.clone();
        async move {
            let _: Value = l1.raw_request("evm_increaseTime".into(), [secs]).await?;
            let _: Value = l1.raw_request("evm_mine".into(), ()).await?;
            eyre::Ok(())
        }
    };
    jump(11 * 60).await?;
    until("L2 fees distributed by the nodes", 120, || {
        let (manager, fees) = (manager.clone(), fees.clone());
        async move {
            let r = manager.rollup(U256::from(1)).call().await?;
            let epoch = fees.epochInfo().call().await?.epoch;
            let attributed = fees.epochAttributed(epoch).call().await?;
            Ok((r.distributedCount > 0 && attributed > U256::ZERO).then_some(()))
        }
    })
    .await?;
    let epoch = fees.epochInfo().call().await?;
    jump(epoch.length + 1).await?;
    until("the fee epoch closed by the nodes", 120, || {
        let fees = fees.clone();
        async move { Ok((fees.epochInfo().call().await?.epoch > epoch.epoch).then_some(())) }
    })
    .await?;
    let mut gained = false;
    for (op, was) in ops.into_iter().zip(before) {
        let on_chain = fees.commissionClaimable(op).call().await?;
        gained |= on_chain > was;
        let q = json!({ "query": format!("{{ operatorEarnings(operator: \"{op}\") {{ commissionUnclaimed }} }}") });
        until("the API's commission equal to the chain's", 60, || {
            let (http, url, q) =
                (http.clone(), format!("http://127.0.0.1:{api}/graphql"), q.clone());
            async move {
                let v: Value = http.post(url).json(&q).send().await?.json().await?;
                let api: Option<U256> = v["data"]["operatorEarnings"]["commissionUnclaimed"]
                    .as_str()
                    .and_then(|s| s.parse().ok());
                Ok((api == Some(on_chain)).then_some(()))
            }
        })
        .await?;
    }
    assert!(gained, "the L2 traffic's fees reached some operator's commission");
    let delegator = alloy::primitives::address!("15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    let mut owed = U256::ZERO;
    for op in ops {
        owed += fees.claimable(op, delegator).call().await?;
    }
    assert!(owed > U256::ZERO);
    let q = json!({ "query": format!("{{ delegator(address: \"{delegator}\") {{ rewardsClaimable }} }}") });
    until("the API's delegator rewards equal to the chain's", 60, || {
        let (http, url, q) = (http.clone(), format!("http://127.0.0.1:{api}/graphql"), q.clone());
        async move {
            let v: Value = http.post(url).json(&q).send().await?.json().await?;
            let api: Option<U256> =
                v["data"]["delegator"]["rewardsClaimable"].as_str().and_then(|s| s.parse().ok());
            Ok((api == Some(owed)).then_some(()))
        }
    })
    .await?;
    // The claim: delegator 4 takes its rewards from operator 1's pool on chain; it receives
    // exactly what was claimable, and the API shows the claim and what is left.
    let wallet = alloy::providers::ProviderBuilder::new()
        .wallet(alloy::signers::local::PrivateKeySigner::from_bytes(&alloy::primitives::b256!(
            "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"
        ))?)
        .connect_http(format!("http://127.0.0.1:{rpc}").parse()?);
    let due = fees.claimable(ops[0], delegator).call().await?;
    assert!(due > U256::ZERO);
    let token = alt_bindings::alt_token::AltToken::new(d.token, &l1);
    let held = token.balanceOf(delegator).call().await?;
    let receipt = FeeDistributor::new(d.fee_distributor, &wallet)
        .claim(ops[0], delegator)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status());
    assert_eq!(token.balanceOf(delegator).call().await?, held + due);
    let q = json!({ "query": format!(
        "{{ rewardClaims(where: {{ claimant: \"{delegator:#x}\" }}) {{ operator kind amount }} \
           delegator(address: \"{delegator}\") {{ rewardsClaimable }} }}") });
    until("the API shows the claim", 60, || {
        let (http, url, q) = (http.clone(), format!("http://127.0.0.1:{api}/graphql"), q.clone());
        async move {
            let v: Value = http.post(url).json(&q).send().await?.json().await?;
            let claims = v["data"]["rewardClaims"].as_array().cloned().unwrap_or_default();
            let shown = claims.iter().any(|c| {
                c["kind"] == json!("rewards")
                    && c["amount"].as_str() == Some(due.to_string().as_str())
                    && c["operator"].as_str().map(str::to_lowercase)
                        == Some(format!("{:#x}", ops[0]))
            });
            let left: Option<U256> =
                v["data"]["delegator"]["rewardsClaimable"].as_str().and_then(|s| s.parse().ok());
            Ok((shown && left == Some(owed - due)).then_some(()))
        }
    })
    .await?;

    // The ephemeral rollup (id 2): node 4 posted its deposit; with L1 time past its expiry (the
    // fee loop moved it by days) node 4 settled it on its own, and delegator 5's L2 balance is
    // claimed on L1 with node 4's proof; the API shows the rollup settled and the claim.
    let b0 = call(&http, &format!("{}/", node(4)), "alt_getBatch", json!([0])).await?;
    assert_eq!(b0["result"]["verdict"], json!("valid"), "{b0}");
    let holder = delegators[1];
    let proof = until("node 4 settled rollup 2", 120, || {
        let (http, u) = (http.clone(), node(4));
        async move {
            let p: alt_node::service::BalanceProof =
                http.get(format!("{u}/balances/{holder}")).send().await?.json().await?;
            Ok(p.claimable.then_some(p))
        }
    })
    .await?;
    assert_eq!(proof.balance.parse::<U256>()?, alloy::primitives::utils::parse_ether("100")?);
    let held = token.balanceOf(holder).call().await?;
    let wallet5 = alloy::providers::ProviderBuilder::new()
        .wallet(alloy::signers::local::PrivateKeySigner::from_bytes(&alloy::primitives::b256!(
            "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"
        ))?)
        .connect_http(format!("http://127.0.0.1:{rpc}").parse()?);
    let receipt = IRollupManager::new(d.rollup_manager, &wallet5)
        .claimBalance(
            U256::from(2),
            holder,
            proof.balance.parse()?,
            proof.nonce,
            proof.bitmap.parse()?,
            proof.siblings.clone(),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(receipt.status(), "claimBalance reverted");
    assert_eq!(token.balanceOf(holder).call().await?, held + proof.balance.parse::<U256>()?);
    let q = json!({ "query": format!(
        "{{ rollup(id: \"2\") {{ settled events {{ kind }} balanceClaims {{ account amount }} }} }}") });
    until("the API shows rollup 2 settled and the claim", 60, || {
        let (http, url, q) = (http.clone(), url.clone(), q.clone());
        let amount = proof.balance.clone();
        async move {
            let v: Value = http.post(&url).json(&q).send().await?.json().await?;
            let r = &v["data"]["rollup"];
            let claimed = r["balanceClaims"].as_array().is_some_and(|c| {
                c.iter().any(|c| {
                    c["amount"] == json!(amount)
                        && c["account"].as_str().map(str::to_lowercase)
                            == Some(format!("{holder:#x}"))
                })
            });
            Ok((r["settled"] == json!(true) && claimed).then_some(()))
        }
    })
    .await?;

    // Governance through the scripts: the devnet proposed `proposals/example-unbonding-14d.json`
    // and voted on it, the deployer with liquid ALT for, delegator 4 with staked and liquid
    // ALT against (each vote's weight in the API is the voter's liquid plus staked votes at
    // the snapshot); its vote over, the devnet queued and executed it with the same script
    // (governance.log); the API has the governor's `ProposalQueued` then `ProposalExecuted`,
    // says `Executed`, and the new unbonding period is on chain and in `protocolParameters`.
    let p = proposal_state("Executed").await?;
    let snapshot = U256::from(p["voteStart"].as_u64().unwrap_or_default());
    let votes = p["votes"].as_array().cloned().unwrap_or_default();
    assert_eq!(votes.len(), 2, "{p}");
    let mut staked_voter = false;
    for v in &votes {
        let who: alloy::primitives::Address = v["voter"].as_str().unwrap_or_default().parse()?;
        let liquid = token.getPastVotes(who, snapshot).call().await?;
        let staked = staking.getPastStakedVotes(who, snapshot).call().await?;
        assert_eq!(big(&v["weight"]), liquid + staked, "{v}");
        staked_voter |= staked > U256::ZERO && liquid > U256::ZERO;
    }
    assert!(staked_voter, "one vote carries staked and liquid ALT: {votes:?}");
    let q = json!({ "query": "{ events(where: { contract: \"governor\" }, orderBy: blockNumber) { name } }" });
    let v: Value = http.post(&url).json(&q).send().await?.json().await?;
    let names: Vec<&str> = v["data"]["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["name"].as_str())
        .filter(|n| {
            ["ProposalCreated", "ProposalQueued", "ProposalExecuted", "ProposalCanceled"]
                .contains(n)
        })
        .collect();
    assert_eq!(names, ["ProposalCreated", "ProposalQueued", "ProposalExecuted"], "{v}");
    // (The script logs the execution once its receipt is in, a moment after the API has it.)
    until("governance.log says queued and executed", 30, || {
        let path = run.join("governance.log");
        async move {
            let log = std::fs::read_to_string(path)?;
            Ok((log.contains("queued ") && log.contains("executed ")).then_some(()))
        }
    })
    .await?;
    assert_eq!(staking.unbondingPeriod().call().await?, 1_209_600);
    let q = json!({ "query": "{ protocolParameters(where: { contract: \"staking\", parameter: \"unbondingPeriod\" }) { oldValue newValue blockNumber } }" });
    until("the API shows the new unbonding period", 30, || {
        let (http, url, q) = (http.clone(), url.clone(), q.clone());
        async move {
            let v: Value = http.post(&url).json(&q).send().await?.json().await?;
            let changes = v["data"]["protocolParameters"].as_array().cloned().unwrap_or_default();
            Ok(changes
                .iter()
                .any(|c| c["oldValue"] == json!("1814400") && c["newValue"] == json!("1209600"))
                .then_some(()))
        }
    })
    .await?;

    // A proposal of the test's own through every state, with the scripts: delegator 5
    // proposes `proposals/example-treasury-15.json` (Active), both delegators vote for it with
    // their staked and liquid ALT (each weight as the chain counts it), its vote ends
    // (Succeeded), it is queued (Queued) and executed after the timelock (Executed); the new
    // treasury share is on chain and in `protocolParameters`.
    const KEY4: &str = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
    const KEY5: &str = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";
    let forge = |args: &[&str], key: &str| -> eyre::Result<String> {
        let out = Command::new(root.join("node_modules/@foundry-rs/forge-linux-amd64/bin/forge"))
            .args(["script", "script/Governance.s.sol", "--sig"])
            .args(args)
            .args(["--rpc-url", &format!("http://127.0.0.1:{rpc}"), "--broadcast"])
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .env("PRIVATE_KEY", key)
            .output()?;
        let (o, e) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        eyre::ensure!(out.status.success(), "{args:?}: {o}\n{e}");
        Ok(o.into_owned())
    };
    let file = "proposals/example-treasury-15.json";
    let state_of = |want: &'static str| {
        let (http, url) = (http.clone(), url.clone());
        until(want, 60, move || {
            let (http, url) = (http.clone(), url.clone());
            async move {
                let q = json!({ "query": "{ proposals(where: { description: \"Raise the treasury share of fees to 15%\" }) { state voteStart forVotes votes { voter weight reason } } }" });
                let v: Value = http.post(&url).json(&q).send().await?.json().await?;
                let p = v["data"]["proposals"][0].clone();
                Ok((p["state"] == json!(want)).then_some(p))
            }
        })
    };
    forge(&["propose(string)", file], KEY5)?;
    state_of("Active").await?;
    forge(&["vote(string,uint8,string)", file, "1", "staked and liquid"], KEY4)?;
    forge(&["vote(string,uint8)", file, "1"], KEY5)?;
    let p = until("both votes in the API", 60, || {
        let (http, url) = (http.clone(), url.clone());
        async move {
            let q = json!({ "query": "{ proposals(where: { description: \"Raise the treasury share of fees to 15%\" }) { voteStart forVotes votes { voter weight reason } } }" });
            let v: Value = http.post(&url).json(&q).send().await?.json().await?;
            let p = v["data"]["proposals"][0].clone();
            Ok((p["votes"].as_array().map(Vec::len) == Some(2)).then_some(p))
        }
    })
    .await?;
    let snapshot = U256::from(p["voteStart"].as_u64().unwrap_or_default());
    let mut total = U256::ZERO;
    for v in p["votes"].as_array().cloned().unwrap_or_default() {
        let who: alloy::primitives::Address = v["voter"].as_str().unwrap_or_default().parse()?;
        let liquid = token.getPastVotes(who, snapshot).call().await?;
        let staked = staking.getPastStakedVotes(who, snapshot).call().await?;
        assert!(liquid > U256::ZERO && staked > U256::ZERO, "{v}");
        assert_eq!(big(&v["weight"]), liquid + staked, "{v}");
        total += liquid + staked;
    }
    assert_eq!(big(&p["forVotes"]), total);
    jump(301).await?;
    state_of("Succeeded").await?;
    forge(&["queue(string)", file], KEY5)?;
    state_of("Queued").await?;
    jump(61).await?;
    forge(&["execute(string)", file], KEY5)?;
    state_of("Executed").await?;
    let fd = FeeDistributor::new(d.fee_distributor, &l1);
    assert_eq!(fd.treasuryInfo().call().await?.bips, 1500);
    let q = json!({ "query": "{ protocolParameters(where: { contract: \"fee_distributor\", parameter: \"treasuryBips\" }) { oldValue newValue } }" });
    until("the API shows the new treasury share", 30, || {
        let (http, url, q) = (http.clone(), url.clone(), q.clone());
        async move {
            let v: Value = http.post(&url).json(&q).send().await?.json().await?;
            let changes = v["data"]["protocolParameters"].as_array().cloned().unwrap_or_default();
            Ok(changes
                .iter()
                .any(|c| c["oldValue"] == json!("1000") && c["newValue"] == json!("1500"))
                .then_some(()))
        }
    })
    .await?;

    // Ctrl-C: the script stops everything it started and exits.
    let batches = common::metric(&http, &node(3), "alt_node_batches").await?;
    stop(&mut devnet, &run)?;
    devnet.resume = true;
    drop(devnet);

    // Started again: it resumes the same chain from its data directory (no deployment, the
    // same operators, the batches so far), the nodes take the final batches from their state
    // checkpoints instead of executing them, and the sequencers go on posting traffic.
    let (mut devnet, out) = start(&root, dir.path(), base, &bins, "devnet-2.err")?;
    let printed = out.join("\n");
    // (A new client: the old one's pooled connections were to the stopped processes.)
    let http = reqwest::Client::new();
    assert!(printed.contains("resuming the devnet"), "{printed}");
    assert!(!printed.contains("deploying"), "{printed}");
    let q = json!({ "query": "{ operators { id } }" });
    let ops: Value = http.post(&url).json(&q).send().await?.json().await?;
    assert_eq!(ops["data"]["operators"].as_array().map(Vec::len), Some(3), "{ops}");
    let resumed = until("node 3 resumed from its checkpoint", 60, || {
        let (http, u) = (http.clone(), node(3));
        async move {
            let n = common::metric(&http, &u, "alt_node_batches_resumed").await?;
            Ok((n > 0).then_some(n))
        }
    })
    .await
    .map_err(|e| {
        let log = std::fs::read_to_string(run.join("node-3.log")).unwrap_or_default();
        let lines: Vec<&str> = log
            .lines()
            .filter(|l| {
                !["attested", "batch valid", "confirmBatch sent"].iter().any(|x| l.contains(x))
            })
            .collect();
        eyre::eyre!("{e}: {}", lines[lines.len().saturating_sub(40)..].join("\n"))
    })?;
    let now = common::metric(&http, &node(3), "alt_node_batches").await?;
    assert!(resumed <= now && now >= batches, "resumed {resumed}, now {now}, before {batches}");
    // An L1 deposit after the restart is posted by a sequencer's node (it must be, before its
    // inclusion deadline), whatever the traffic generator is doing.
    let wallet5 = alloy::providers::ProviderBuilder::new()
        .wallet(alloy::signers::local::PrivateKeySigner::from_bytes(&alloy::primitives::b256!(
            "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"
        ))?)
        .connect_http(format!("http://127.0.0.1:{rpc}").parse()?);
    let token5 = alt_bindings::alt_token::AltToken::new(d.token, &wallet5);
    token5.approve(d.rollup_manager, U256::MAX).send().await?.get_receipt().await?;
    let queued = IRollupManager::new(d.rollup_manager, &wallet5)
        .deposit(U256::from(1), delegators[1], alloy::primitives::utils::parse_ether("1")?)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert!(queued.status());
    let count = manager.depositCount(U256::from(1)).call().await?;
    until("the deposit posted after the restart", 120, || {
        let manager = manager.clone();
        async move {
            let r = manager.rollup(U256::from(1)).call().await?;
            Ok((U256::from(r.depositsHead) >= count).then_some(()))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}\n{}", tails(&run)))?;
    // And the traffic generator, restarted with the same users, goes on: its transactions are
    // accepted and reach fast-final or final batches again.
    until("traffic settled after the restart", 180, || {
        let run = run.clone();
        async move {
            let log = std::fs::read_to_string(run.join("traffic.log")).unwrap_or_default();
            let settled =
                log.lines().rev().find_map(|l| l.split("\"settled\":").nth(1)).and_then(|s| {
                    s.split(|c: char| !c.is_ascii_digit()).next()?.parse::<u64>().ok()
                });
            Ok(settled.filter(|n| *n >= 5).map(|_| ()))
        }
    })
    .await
    .map_err(|e| eyre::eyre!("{e}\n{}", tails(&run)))?;
    stop(&mut devnet, &run)?;
    Ok(())
}

/// The last lines of the sequencers' and the traffic's logs (without the verifiers' routine
/// lines), for a failure's message.
fn tails(run: &Path) -> String {
    let tail = |name: &str| {
        let log = std::fs::read_to_string(run.join(name)).unwrap_or_default();
        let lines: Vec<&str> = log
            .lines()
            .filter(|l| {
                !["attested", "batch valid", "confirmBatch sent"].iter().any(|x| l.contains(x))
            })
            .collect();
        lines[lines.len().saturating_sub(25)..].join("\n")
    };
    format!(
        "node-1:\n{}\nnode-2:\n{}\ntraffic:\n{}",
        tail("node-1.log"),
        tail("node-2.log"),
        tail("traffic.log")
    )
}
