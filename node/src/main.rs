//! `alt-node`: the reference node of ALT restaked rollups. It derives a rollup's state from L1
//! and checks every posted batch step by step; with its roles enabled it attests valid batches,
//! aggregates attestations into `confirmBatch`, and proves fraud (see `node/README.md` for what
//! is built and what comes next).

use alloy::{
    network::EthereumWallet,
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::{Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_indexer::{
    config::{Config, Contracts},
    store::Store,
    sync::{Indexer, Step},
};
use alt_node::{
    aggregator::{self, AggregateError},
    derive::{Derived, Verdict},
    follow::Follower,
    service::{self, Shared},
    signing::SigningRecord,
    verifier::Verifier,
};
use clap::{Parser, ValueEnum};
use std::{
    collections::{HashMap, HashSet},
    io::IsTerminal,
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::{Arc, atomic::Ordering},
    time::{Duration, Instant},
};
use tracing::{debug, error, info, warn};

/// Follows an ALT restaked rollup from L1: re-executes every posted batch from its calldata,
/// compares each step's root with the sequencer's, follows reorgs and fraud reverts; with
/// `--verify` attests valid batches and aggregates attestations (its own and its peers') into
/// `confirmBatch`; with `--challenge` proves fraud.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// A TOML file of settings: each key is a flag's long name (`rollup-id = 1`, `peer =
    /// ["http://a:9100"]`, `verify = true`). Precedence: flag, then environment, then file.
    #[arg(long, env = "ALT_NODE_CONFIG")]
    config: Option<PathBuf>,
    /// L1 JSON-RPC endpoint; repeat (or separate with commas) for failover.
    #[arg(long = "rpc-url", env = "ALT_NODE_RPC_URL", default_value = "http://127.0.0.1:8545", num_args = 1.., value_delimiter = ',')]
    rpc_urls: Vec<String>,
    /// Deployment file written by script/Deploy.s.sol.
    #[arg(long, env = "ALT_NODE_DEPLOYMENT", default_value = "deployments/31337.json")]
    deployment: PathBuf,
    /// The rollup to follow.
    #[arg(long, env = "ALT_NODE_ROLLUP_ID")]
    rollup_id: u64,
    /// Directory for the node's data: its L1 index (`l1.db`) and signing record (`signing.db`).
    #[arg(long, env = "ALT_NODE_DATA_DIR", default_value = "data/node")]
    data_dir: PathBuf,
    /// Address for `/health`, `/ready`, `/metrics` and `/attestations/{batch}`.
    #[arg(long, env = "ALT_NODE_LISTEN", default_value = "127.0.0.1:9100")]
    listen: SocketAddr,
    /// Blocks that can still be reorganised (default by chain id: 0 on local chains, else 64).
    #[arg(long, env = "ALT_NODE_FINALITY_DEPTH")]
    finality_depth: Option<u64>,
    /// Poll interval once caught up, in milliseconds.
    #[arg(long, env = "ALT_NODE_POLL_MS", default_value_t = 200)]
    poll_ms: u64,
    /// Attest valid batches with the operator's signing key and aggregate attestations.
    #[arg(long, env = "ALT_NODE_VERIFY")]
    verify: bool,
    /// Other operators' nodes to pull attestations from (base URLs); repeat or separate with
    /// commas.
    #[arg(long = "peer", env = "ALT_NODE_PEERS", value_delimiter = ',')]
    peers: Vec<String>,
    /// How long each aggregator in turn waits for the one before it (the verifiers holding a
    /// batch's attestations take turns, in an order drawn per batch, so a stopped node never
    /// stops fast finality), in milliseconds.
    #[arg(long, env = "ALT_NODE_AGGREGATE_GRACE_MS", default_value_t = 3000)]
    aggregate_grace_ms: u64,
    /// Sequence: serve JSON-RPC (`POST /`) for transactions, make L2 blocks, and post batches
    /// when `leader()` names this operator (needs the signing key and an L1 key).
    #[arg(long, env = "ALT_NODE_SEQUENCE")]
    sequence: bool,
    /// Misbehave as sequencer: post every batch with a wrong final root. For drills and tests
    /// of the challenge path only: honest nodes prove the fraud and the operator is slashed.
    #[arg(long, hide = true)]
    misbehave_wrong_root: bool,
    /// Misbehave as sequencer: sign a second, conflicting header for the first batch it posts
    /// and show it to peers (`/headers`). For drills and tests of equivocation seen over the network only:
    /// honest nodes submit the evidence and the operator is slashed.
    #[arg(long, hide = true)]
    misbehave_equivocate: bool,
    /// WebSocket subscription sockets (`/ws`) with no subscription are closed after this many
    /// seconds without a message.
    #[arg(long, env = "ALT_NODE_WS_IDLE_SECS", default_value_t = 60)]
    ws_idle_secs: u64,
    /// WebSocket sockets one IP address may hold open at once.
    #[arg(long, env = "ALT_NODE_WS_MAX_PER_IP", default_value_t = alt_node::ws::MAX_PER_IP)]
    ws_max_per_ip: usize,
    /// Requests a second one client address may make (HTTP requests and WebSocket messages,
    /// bursts of twice that); over it: HTTP 429 / JSON-RPC error -32005. 0: no limit.
    #[arg(long, env = "ALT_NODE_RPC_RATE_LIMIT", default_value_t = alt_node::limits::DEFAULT_RATE)]
    rpc_rate_limit: u32,
    /// HTTP requests the node serves at once; over it: HTTP 503 / JSON-RPC error -32005.
    #[arg(long, env = "ALT_NODE_RPC_MAX_INFLIGHT", default_value_t = alt_node::limits::DEFAULT_INFLIGHT)]
    rpc_max_inflight: usize,
    /// HTTP requests one client address may have open at once (so that one address cannot take
    /// the node's whole allowance); over it: HTTP 503 / JSON-RPC error -32005.
    #[arg(
        long,
        env = "ALT_NODE_RPC_MAX_INFLIGHT_PER_CLIENT",
        default_value_t = alt_node::limits::DEFAULT_INFLIGHT_PER_CLIENT
    )]
    rpc_max_inflight_per_client: usize,
    /// Milliseconds one HTTP request may take, its body read included (for tests).
    #[arg(long, hide = true, default_value_t = alt_node::limits::REQUEST_TIMEOUT.as_millis() as u64)]
    rpc_request_timeout_ms: u64,
    /// SQUAD: seconds before the end of its turn from which the leader no longer posts (a post
    /// mined after the turn ends is refused on chain); about one L1 block.
    #[arg(long, env = "ALT_NODE_TURN_MARGIN_SECS", default_value_t = 12)]
    turn_margin_secs: u64,
    /// An L1 transaction of the node (a batch post, challenge, confirmBatch, equivocation
    /// evidence, keeper task) not mined within this many seconds (an L1 fee spike) is re-sent
    /// with the same nonce and 25% higher fees (at least twice the base fee plus the tip).
    #[arg(
        long,
        env = "ALT_NODE_BUMP_AFTER_SECS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    bump_after_secs: u64,
    /// Keepers of one rollup take turns: a due finalize, distributeFees, settle or closeEpoch
    /// is sent by a node only after it has been due for this many seconds times the node's rank
    /// (its place among the rollup's verifiers, rotated per task), so one node pays for it and
    /// the others find it done. About one L1 block.
    #[arg(long, env = "ALT_NODE_KEEPER_STAGGER_SECS", default_value_t = 12)]
    keeper_stagger_secs: u64,
    /// The highest `maxFeePerGas`, in gwei, the node's L1 transactions are sent or re-sent with
    /// (fraud proofs and equivocation evidence: `--urgent-max-fee-gwei`).
    #[arg(long, env = "ALT_NODE_MAX_FEE_GWEI", default_value_t = 1000)]
    max_fee_gwei: u64,
    /// The highest `maxFeePerGas`, in gwei, a fraud proof or equivocation evidence is sent or
    /// re-sent with: they must land within their windows, whatever a spike costs.
    #[arg(long, env = "ALT_NODE_URGENT_MAX_FEE_GWEI", default_value_t = 10_000)]
    urgent_max_fee_gwei: u64,
    /// Seconds a batch post is waited for before the round gives up on it (for tests).
    #[arg(long, hide = true, default_value_t = alt_node::RECEIPT_TIMEOUT.as_secs())]
    post_timeout_secs: u64,
    /// Seconds between checks of the signing record against L1 (for tests).
    #[arg(long, hide = true, default_value_t = RECORD_SYNC_EVERY.as_secs())]
    record_sync_secs: u64,
    /// L2 block interval, in milliseconds.
    #[arg(long, env = "ALT_NODE_BLOCK_MS", default_value_t = 1000)]
    block_ms: u64,
    /// Call `finalize` once batches' challenge windows end and `distributeFees` for final
    /// batches (simulated first: nothing is sent when there is nothing to do).
    #[arg(long, env = "ALT_NODE_FINALIZE")]
    finalize: bool,
    /// Challenge fraudulent batches (sending from the L1 key, which gets the reporter reward).
    #[arg(long, env = "ALT_NODE_CHALLENGE")]
    challenge: bool,
    /// File holding the L1 account's private key (hex), for the transactions the node sends;
    /// or set `ALT_NODE_L1_KEY` (never a flag: flags show in `ps`). Never logged.
    #[arg(long, env = "ALT_NODE_L1_KEY_FILE")]
    l1_key_file: Option<PathBuf>,
    /// File holding the operator's signing key (hex), for attestations; or set
    /// `ALT_NODE_SIGNING_KEY`. Never logged.
    #[arg(long, env = "ALT_NODE_SIGNING_KEY_FILE")]
    signing_key_file: Option<PathBuf>,
    /// Log format.
    #[arg(long, env = "ALT_NODE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Human)]
    log_format: LogFormat,
}

/// How logs are written (to stderr).
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormat {
    /// For people.
    Human,
    /// One JSON object per line, for log collectors.
    Json,
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let args = Args::parse_from(with_config(std::env::args().collect())?);
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match args.log_format {
        LogFormat::Human => logs.with_ansi(std::io::stderr().is_terminal()).init(),
        LogFormat::Json => logs.json().init(),
    }
    let contracts = Contracts::load(&args.deployment)?;
    let (chain_id, manager, slasher, staking, fee_distributor) = (
        contracts.chain_id,
        contracts.rollup_manager,
        contracts.slasher,
        contracts.staking,
        contracts.fee_distributor,
    );
    let mut cfg = Config::new(args.rpc_urls.clone(), contracts);
    if let Some(depth) = args.finality_depth {
        cfg.finality_depth = depth;
    }
    std::fs::create_dir_all(&args.data_dir)?;
    let (store, _) = Store::open(&args.data_dir.join("l1.db"), &cfg.fingerprint()).await?;
    let rpc = args.rpc_urls[0].parse()?;
    let provider = ProviderBuilder::new().connect_http(rpc);
    let rollup = U256::from(args.rollup_id);
    let mut node =
        Follower::new(Indexer::new(cfg, store)?, provider, (manager, slasher), chain_id, rollup);
    node.persist_posts(&args.data_dir.join("posts.db")).await?;
    let held = node.persist_state(&args.data_dir.join("state.db")).await?;

    let l1_key = load_key(args.l1_key_file.as_deref(), "ALT_NODE_L1_KEY", "L1")?;
    let sender = match &l1_key {
        // Nonces read from the node each time (the pending count), not cached: a send that
        // fails after its nonce was taken (an RPC error, no gas money) leaves no gap that would
        // hold every later transaction (challenges included) until a restart. Every
        // transaction of the account is sent from this one loop, one at a time.
        Some(key) => Some(
            ProviderBuilder::new()
                .disable_recommended_fillers()
                .with_gas_estimation()
                .with_simple_nonce_management()
                .fetch_chain_id()
                .wallet(EthereumWallet::from(key.clone()))
                .connect_http(args.rpc_urls[0].parse()?),
        ),
        None if args.challenge || args.verify => {
            eyre::bail!(
                "--challenge and --verify need an L1 key (--l1-key-file or ALT_NODE_L1_KEY)"
            )
        }
        None => None,
    };
    let signing_key = if args.verify || args.sequence {
        let key = load_key(args.signing_key_file.as_deref(), "ALT_NODE_SIGNING_KEY", "signing")?
            .ok_or_else(|| {
                eyre::eyre!(
                    "--verify and --sequence need a signing key (--signing-key-file or ALT_NODE_SIGNING_KEY)"
                )
            })?;
        let record = SigningRecord::open(&args.data_dir.join("signing.db")).await?;
        Some((key, record))
    } else {
        None
    };
    // Staking, read by the doppelganger check (whose operator the signing key is).
    let staking_reader = alt_bindings::staking::Staking::new(staking, node_provider(&args)?);
    let verifier = match (&signing_key, args.verify) {
        (Some((key, record)), true) => {
            Some(Verifier::new(key.clone(), record.clone(), slasher, chain_id))
        }
        _ => None,
    };

    // How every L1 transaction of the node meets a fee spike (posts keep their own loop).
    let fees = alt_node::l1::Fees {
        from: l1_key.as_ref().map(|k| k.address()).unwrap_or_default(),
        bump_after: Duration::from_secs(args.bump_after_secs),
        max_fee: u128::from(args.max_fee_gwei) * 1_000_000_000,
        timeout: alt_node::RECEIPT_TIMEOUT,
    };
    // Fraud proofs and equivocation evidence must land within their windows: their own cap.
    let urgent = alt_node::l1::Fees {
        max_fee: u128::from(args.urgent_max_fee_gwei) * 1_000_000_000,
        ..fees
    };
    let shared = Arc::new(Shared {
        events: alt_node::ws::Events::new(
            Duration::from_secs(args.ws_idle_secs),
            args.ws_max_per_ip,
        ),
        rate: alt_node::limits::RateLimit::new(args.rpc_rate_limit),
        inflight: alt_node::limits::InFlight::new(
            args.rpc_max_inflight,
            args.rpc_max_inflight_per_client,
            Duration::from_millis(args.rpc_request_timeout_ms),
        ),
        ..Shared::default()
    });
    let poster = match (&signing_key, args.sequence) {
        (Some((key, record)), true) => {
            let staking_read = alt_bindings::staking::Staking::new(staking, node_provider(&args)?);
            let operator = staking_read.operatorOfSigningKey(key.address()).call().await?;
            eyre::ensure!(
                operator != Address::ZERO,
                "--sequence: the signing key {} is no operator's",
                key.address()
            );
            let _ = shared.forward_to.set(args.peers.clone());
            Some(alt_node::sequencer::Poster {
                key: key.clone(),
                record: record.clone(),
                manager,
                slasher,
                chain_id,
                rollup_id: rollup,
                operator,
                wrong_root: args.misbehave_wrong_root,
                equivocate: args.misbehave_equivocate,
                equivocated: Default::default(),
                from: l1_key.as_ref().map(|k| k.address()).unwrap_or_default(),
                bump_after: Duration::from_secs(args.bump_after_secs),
                max_fee: u128::from(args.max_fee_gwei) * 1_000_000_000,
                receipt_timeout: Duration::from_secs(args.post_timeout_secs),
                turn_margin: args.turn_margin_secs,
            })
        }
        _ => None,
    };
    // Every node serves the JSON-RPC reads (accounts, receipts, batches, proofs) and the
    // subscriptions from its own derivation; only a sequencing node takes transactions.
    let mut seq = alt_node::sequencer::Sequencer::new(
        alt_node::mempool::Limits::default(),
        alt_stf::tx::domain(chain_id, manager),
        rollup,
    );
    seq.read_only = poster.is_none();
    let _ = shared.sequencer.set(Arc::new(tokio::sync::Mutex::new(seq)));
    let reader = node_provider(&args)?;
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let http_addr = listener.local_addr()?;
    let app = service::router(shared.clone());
    tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
    });
    info!(
        rollup = args.rollup_id,
        %manager,
        chain_id,
        http = %http_addr,
        verifier = ?verifier.as_ref().map(Verifier::address),
        l1_account = ?l1_key.as_ref().map(|k| k.address()),
        challenge = args.challenge,
        peers = args.peers.len(),
        checkpoints = held,
        "following the rollup from L1"
    );

    if args.misbehave_equivocate {
        warn!(
            "MISBEHAVING (--misbehave-equivocate): this node signs two headers for the first batch it posts and shows the second to its peers; honest nodes will submit the evidence and this operator will be slashed"
        );
    }
    if args.misbehave_wrong_root {
        warn!(
            "MISBEHAVING (--misbehave-wrong-root): every batch this node posts claims a wrong root; honest nodes will prove it and this operator will be slashed"
        );
    }
    let mut duties = Duties::default();
    let mut last_block = Instant::now();
    let mut receipts_version = None;
    // (Batch count, last header) of the final and fast-final proof heads published.
    let mut proof_heads: [Option<(usize, Option<B256>)>; 2] = [None, None];
    let mut last_gossip = Instant::now();
    let mut last_checkpoint = Instant::now();
    let gossiping = Arc::new(std::sync::atomic::AtomicBool::new(false));
    // Peers' answers are read as they are: no redirects to follow (to internal addresses).
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    if !args.peers.is_empty() {
        // Header gossip runs on its own: a slow or hostile peer never delays this loop.
        let puller = alt_node::gossip::Puller {
            shared: shared.clone(),
            http: http.clone(),
            peers: args.peers.clone(),
            staking: alt_bindings::staking::Staking::new(staking, node_provider(&args)?),
            watch: alt_node::equivocation::Watch::new(slasher, chain_id),
            rollup,
        };
        tokio::spawn(puller.run());
    }
    let poll = Duration::from_millis(args.poll_ms);
    let record_sync_every = Duration::from_secs(args.record_sync_secs);
    let mut stagger =
        alt_node::keeper::Stagger::new(Duration::from_secs(args.keeper_stagger_secs), None);
    let mut stagger_placed: Option<Instant> = None;
    let mut sigterm = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    loop {
        let step = tokio::select! {
            r = node.step() => r,
            _ = tokio::signal::ctrl_c() => break,
            _ = sigterm.recv() => break,
        };
        let caught_up = match step {
            Ok((step, update)) => {
                let m = &shared.metrics;
                m.executed.fetch_add(update.derived as u64, Ordering::Relaxed);
                if update.resumed > 0 {
                    info!(batches = update.resumed, "resumed from a state checkpoint");
                    m.resumed.store(update.resumed as u64, Ordering::Relaxed);
                }
                if update.rolled_back > 0 {
                    warn!(batches = update.rolled_back, "rolled back (L1 reorg or fraud revert)");
                    m.rollbacks.fetch_add(1, Ordering::Relaxed);
                    let kept = node.derivation().batches().len();
                    duties.reported = duties.reported.min(kept);
                    // Proof heads may hold dropped batches: rebuilt below.
                    proof_heads = [None, None];
                    for l in [&shared.final_head, &shared.fast_head] {
                        *l.write().unwrap_or_else(|p| p.into_inner()) = None;
                    }
                    shared.attestations.forget_from(kept as u64);
                }
                report(&mut duties, node.derivation().batches());
                let generation =
                    node.derivation().batches().last().map_or(0, |b| b.posted.generation);
                shared.gossip_generation.store(u64::from(generation), Ordering::Relaxed);
                if update.rolled_back > 0 || update.derived > 0 {
                    publish_head(&shared, node.derivation());
                }
                let status = *node.indexer().status().borrow();
                m.l1_head.store(status.head, Ordering::Relaxed);
                m.l1_checkpoint.store(status.checkpoint.map_or(0, |c| c.number), Ordering::Relaxed);
                let batches = node.derivation().batches();
                m.batches.store(batches.len() as u64, Ordering::Relaxed);
                let fraud = batches.iter().filter(|b| matches!(b.verdict, Verdict::Fraud { .. }));
                m.fraudulent.store(fraud.clone().count() as u64, Ordering::Relaxed);
                let first_fraud = fraud.map(|b| (b.posted.index(), b.posted.header_hash)).next();
                // (Only once caught up: during a backfill the revert of a fraud that was proven
                // may not be indexed yet, while L1's finalized count is read at its head.)
                let lag = status.head.saturating_sub(status.checkpoint.map_or(0, |c| c.number));
                let fraud_final = match first_fraud.filter(|_| lag <= 2) {
                    Some(fraud) => fraud_final(&reader, manager, rollup, fraud).await,
                    None => Ok(None),
                };
                let index = match fraud_final {
                    Ok(index) => index,
                    // (An RPC error leaves the last reading.)
                    Err(()) => m.fraud_final.load(Ordering::Relaxed).checked_sub(1),
                };
                let was = m.fraud_final.swap(index.map_or(0, |i| i + 1), Ordering::Relaxed);
                if let Some(index) = index
                    && was != index + 1
                {
                    error!(
                        index,
                        "a batch this node found fraudulent is final on L1: nobody proved it within \
                         its challenge window, so the rollup's final state is not the execution of \
                         its transactions; this node's state and answers follow the execution, L1 \
                         does not (not ready from now on)"
                    );
                }
                // Ready while the index is within two blocks of the head (a step that just
                // applied the newest blocks is as current as one that found nothing new), and
                // L1 has not made a fraudulent batch final.
                let ready = lag <= 2 && m.fraud_final.load(Ordering::Relaxed) == 0;
                m.ready.store(u64::from(ready), Ordering::Relaxed);
                matches!(step, Step::CaughtUp { .. })
            }
            Err(e) => {
                // Not ready while it cannot derive (an RPC outage, a post it cannot read).
                shared.metrics.ready.store(0, Ordering::Relaxed);
                warn!(error = %e, "step failed; retrying");
                false
            }
        };
        if let Some(seq) = shared.sequencer.get() {
            let m = &shared.metrics;
            let d = node.derivation();
            // What is fast-final and final now (for receipts), read before taking the lock.
            let chain = IRollupManager::new(manager, &reader);
            let counts = (chain.fastRisk(rollup).call().await, chain.rollup(rollup).call().await);
            let finality;
            let mut full = false;
            {
                let mut q = seq.lock().await;
                if let (Ok(risk), Ok(r)) = counts {
                    q.fast_final = risk.fastFinalCount.to();
                    q.finalized = r.finalizedCount;
                    *shared.settled_root.write().unwrap_or_else(|p| p.into_inner()) =
                        r.settled.then_some(r.headRoot);
                }
                if let Err(e) = q.rebase(d) {
                    warn!(error = %e, "sequencer state not rebuilt");
                }
                if poster.is_some() && last_block.elapsed() >= Duration::from_millis(args.block_ms)
                {
                    last_block = Instant::now();
                    full = l2_block(&mut q, &shared) == BLOCK_TXS;
                }
                let version = q.receipts_version();
                if receipts_version.as_ref() != Some(&version) {
                    receipts_version = Some(version);
                    shared.events.send(alt_node::ws::Event::Changed);
                }
                finality = (q.fast_final, q.finalized);
                m.mempool.store(q.pool_len() as u64, Ordering::Relaxed);
                m.soft.store(q.soft_len() as u64, Ordering::Relaxed);
                // (One re-send at a time: a slow peer must not pile them up.)
                if poster.is_some()
                    && last_gossip.elapsed() >= Duration::from_secs(1)
                    && !gossiping.swap(true, Ordering::AcqRel)
                {
                    last_gossip = Instant::now();
                    let (txs, shared, gossiping) =
                        (q.pending_raw(), shared.clone(), gossiping.clone());
                    tokio::spawn(async move {
                        service::regossip(&shared, txs).await;
                        gossiping.store(false, Ordering::Release);
                    });
                }
            }
            // Under load a block fills up: the next ones are made at once, the lock taken
            // afresh for each, so a submission waits for one block's execution at most.
            // (Receipt subscribers are told after each of them, not at the next poll.)
            while full {
                tokio::task::yield_now().await;
                let mut q = seq.lock().await;
                full = l2_block(&mut q, &shared) == BLOCK_TXS;
                let version = q.receipts_version();
                drop(q);
                if receipts_version.as_ref() != Some(&version) {
                    receipts_version = Some(version);
                    shared.events.send(alt_node::ws::Event::Changed);
                }
            }
            // The last valid batches that are final and fast-final, for claimable withdrawal
            // proofs (rebuilt outside the sequencer's lock; the key moves only once rebuilt).
            let (fast_final, finalized) = finality;
            let valid = d.valid_prefix();
            let wanted =
                [valid.min(finalized as usize), valid.min(fast_final.max(finalized) as usize)];
            for (k, (n, slot)) in
                wanted.into_iter().zip([&shared.final_head, &shared.fast_head]).enumerate()
            {
                let key = (n, n.checked_sub(1).map(|i| d.batches()[i].posted.header_hash));
                if proof_heads[k] != Some(key) && publish_proof_head(&shared, slot, d, n) {
                    proof_heads[k] = Some(key);
                }
            }
        }
        if let (Some(poster), Some(seq), Some(sender), true) =
            (&poster, shared.sequencer.get(), &sender, signing_allowed(&duties))
        {
            let (m, d) = (&shared.metrics, node.derivation());
            let n = d.valid_prefix();
            let deposits =
                n.checked_sub(1).map_or(0, |i| d.batches()[i].posted.header.depositsProcessed);
            let posted = poster.post(sender, seq, (n as u64, deposits)).await;
            for h in std::mem::take(&mut seq.lock().await.to_gossip) {
                shared.headers.add(h, poster.key.address());
            }
            match posted {
                Ok(alt_node::sequencer::Posted::Sent { batch, txs, tx, gas_wei, bumps }) => {
                    info!(batch, txs, %tx, bumps, "batch posted");
                    m.posted.fetch_add(1, Ordering::Relaxed);
                    m.fee_bumps.fetch_add(u64::from(bumps), Ordering::Relaxed);
                    m.l1_gas_wei.fetch_add(gas_wei as u64, Ordering::Relaxed);
                }
                Ok(alt_node::sequencer::Posted::Reseeded { tx, gas_wei }) => {
                    info!(%tx, "SQUAD turns reseeded (nobody could lead)");
                    m.l1_gas_wei.fetch_add(gas_wei as u64, Ordering::Relaxed);
                }
                Ok(_) => {}
                Err(e) => warn!(error = %e, "batch not posted; retrying"),
            }
        }
        // Headers the gossip task took from peers, with those derived from L1, through the
        // equivocation watch.
        for h in shared.take_gossiped() {
            node.observe_header(h);
        }
        if let Some(sender) = &sender {
            if args.challenge {
                challenge(&mut duties, &node, sender, manager, &shared, &urgent).await;
                duties.evidence.extend(node.take_evidence().into_iter().map(|e| (e, None)));
                let mut left = Vec::new();
                for (e, tried) in std::mem::take(&mut duties.evidence) {
                    if tried.is_some_and(|t| t.elapsed() < RETRY) {
                        left.push((e, tried));
                        continue;
                    }
                    let index = e.b.batch_key;
                    match alt_node::equivocation::report(sender, slasher, &e, &urgent).await {
                        Ok(tx) => {
                            info!(%index, key = %e.key, %tx, "equivocation evidence submitted");
                            shared.metrics.challenges.fetch_add(1, Ordering::Relaxed);
                        }
                        // The Slasher refuses it for good (already punished, not conflicting):
                        // dropped; anything else (the RPC, gas) is tried again.
                        Err(err) if err.contains("Slasher") => {
                            warn!(%index, key = %e.key, error = %err, "evidence refused")
                        }
                        Err(err) => {
                            warn!(%index, key = %e.key, error = %err, "evidence not submitted; will retry");
                            left.push((e, Some(Instant::now())));
                        }
                    }
                }
                duties.evidence = left;
            }
            if args.finalize {
                // (The place is read again every few minutes: verifiers join and leave.)
                if stagger_placed.is_none_or(|t| t.elapsed() >= Duration::from_secs(300)) {
                    let key = signing_key.as_ref().map(|(k, _)| k.address());
                    match keeper_place(&reader, manager, &staking_reader, key, rollup).await {
                        Ok(place) => {
                            stagger.place = place;
                            stagger_placed = Some(Instant::now());
                        }
                        Err(e) => warn!(error = %e, "keeper rank not read; retrying"),
                    }
                }
                let fd = Some(fee_distributor);
                let kept =
                    alt_node::keeper::keep(sender, manager, fd, rollup, 64, &mut stagger, &fees);
                let k = kept.await;
                for e in &k.failed {
                    warn!(error = %e, "keeper task failed; retrying next round");
                }
                if !k.txs.is_empty() {
                    info!(
                        finalized = k.finalized,
                        distributed = k.distributed,
                        settled = k.settled,
                        service_paid = k.service_paid,
                        epoch_closed = ?k.epoch_closed,
                        "finality and fees"
                    );
                    let m = &shared.metrics;
                    m.finalized.fetch_add(k.finalized, Ordering::Relaxed);
                    m.distributed.fetch_add(k.distributed, Ordering::Relaxed);
                    m.l1_gas_wei.fetch_add(k.gas_wei as u64, Ordering::Relaxed);
                }
            }
            if let Some(v) = verifier.as_ref().filter(|_| signing_allowed(&duties)) {
                let ctx = Verify {
                    verifier: v,
                    sender,
                    manager,
                    staking,
                    rollup,
                    shared: &shared,
                    fees: &fees,
                };
                let grace = Duration::from_millis(args.aggregate_grace_ms);
                if let Err(e) = verify(
                    &mut duties,
                    node.derivation().batches(),
                    &ctx,
                    &http,
                    &args.peers,
                    grace,
                )
                .await
                {
                    warn!(error = %e, "verifier round failed; retrying");
                }
            }
        }
        if let Some((_, record)) = &signing_key
            && caught_up
            && duties.record_synced_at.is_none_or(|t| t.elapsed() >= record_sync_every)
        {
            duties.record_synced_at = Some(Instant::now());
            let ctx = RecordSync {
                record,
                key: signing_key.as_ref().map(|(k, _)| k.address()).unwrap_or_default(),
                staking: &staking_reader,
                slasher,
                chain_id,
                manager,
                rollup,
            };
            sync_record(&node, &ctx, &mut duties).await;
        }
        if last_checkpoint.elapsed() >= CHECKPOINT_EVERY {
            last_checkpoint = Instant::now();
            checkpoint(&mut node, &shared).await;
        }
        if caught_up {
            tokio::select! {
                _ = tokio::time::sleep(poll) => {}
                _ = tokio::signal::ctrl_c() => break,
                _ = sigterm.recv() => break,
            }
        } else {
            tokio::time::sleep(poll).await;
        }
    }
    // At a stop the chain's count, not the last one read: the round that was cut short may
    // have just finalized batches.
    let chain = IRollupManager::new(manager, &reader);
    if let (Ok(r), Some(seq)) = (chain.rollup(rollup).call().await, shared.sequencer.get()) {
        seq.lock().await.finalized = r.finalizedCount;
    }
    checkpoint(&mut node, &shared).await;
    info!("stopped");
    Ok(())
}

/// Whether the first batch this node found fraudulent, (index, header hash), is final on L1:
/// the batch L1 holds at that index is that very header (not reverted, not replaced by a
/// reorg) and the finalized count is past it. Read anew each round, so the report clears when
/// the condition does; `Err` on an RPC error.
async fn fraud_final<P: alloy::providers::Provider>(
    reader: &P,
    manager: Address,
    rollup: U256,
    (index, header_hash): (u64, B256),
) -> Result<Option<u64>, ()> {
    let m = IRollupManager::new(manager, reader);
    let r = m.rollup(rollup).call().await.map_err(|_| ())?;
    if index >= r.finalizedCount {
        return Ok(None);
    }
    let on_chain = m.batch(rollup, U256::from(index)).call().await.map_err(|_| ())?;
    Ok((on_chain.headerHash == header_hash).then_some(index))
}

/// This node's place among the rollup's verifiers (by its signing key's operator) and their
/// number, for the keepers' [`alt_node::keeper::Stagger`]; `None` when it is not one of them.
async fn keeper_place<P: alloy::providers::Provider, R: alloy::providers::Provider>(
    provider: &P,
    manager: Address,
    staking: &alt_bindings::staking::Staking::StakingInstance<R>,
    key: Option<Address>,
    rollup: U256,
) -> eyre::Result<Option<(u64, u64)>> {
    let Some(key) = key else { return Ok(None) };
    let operator = staking.operatorOfSigningKey(key).call().await?;
    let verifiers = IRollupManager::new(manager, provider).verifiers(rollup).call().await?;
    Ok(verifiers
        .iter()
        .position(|d| d.operator == operator && operator != Address::ZERO)
        .map(|p| (p as u64, verifiers.len() as u64)))
}

/// L1 blocks below the last check's head that the next check reads again (a reorg there may
/// bring commitments in at lower blocks).
const RECORD_REORG_MARGIN: u64 = 64;

/// Transactions per L2 block at most: a block executes under the sequencer's lock, so this
/// bounds how long a submission waits (about 20 ms of execution on this project's 2-core
/// machine); a full block is followed at once by the next.
const BLOCK_TXS: usize = 100;

/// Makes an L2 block of the pool's ready transactions (up to [`BLOCK_TXS`]) and tells the
/// subscribers; how many it holds.
fn l2_block(q: &mut alt_node::sequencer::Sequencer, shared: &Shared) -> usize {
    let n = q.make_block(BLOCK_TXS);
    if n > 0 {
        info!(soft = q.soft_len(), txs = n, "L2 block");
        let (number, transactions) = q.last_block();
        shared.events.send(alt_node::ws::Event::Head { number, transactions });
    }
    n
}

/// How often the signing record is checked against what L1 shows this operator signed.
const RECORD_SYNC_EVERY: Duration = Duration::from_secs(60);

/// Whether this node may sign now: the record was checked against L1 once, and L1 showed no
/// commitment of this key that conflicts with it.
fn signing_allowed(duties: &Duties) -> bool {
    duties.record_synced_at.is_some() && !duties.doppelganger
}

/// What [`sync_record`] needs.
struct RecordSync<'a, R> {
    record: &'a SigningRecord,
    /// The signing key (whose operator is read again at every check: a key may be rotated in).
    key: Address,
    staking: &'a alt_bindings::staking::Staking::StakingInstance<R>,
    slasher: Address,
    chain_id: u64,
    manager: Address,
    rollup: U256,
}

/// The doppelganger check: every attestation L1 counted for this operator and every header
/// it posted goes into the signing record (so a node whose record was wiped, or a second
/// node with the same key, never signs another header for those batch keys); one the record
/// holds another header for means this key already signed two, and the node stops signing.
async fn sync_record<P: alloy::providers::Provider + Send + Sync, R: alloy::providers::Provider>(
    node: &Follower<P>,
    ctx: &RecordSync<'_, R>,
    duties: &mut Duties,
) {
    use alt_node::signing::{Commitment, Role, SigningError};
    // No operator (yet) for the key: nothing is signed until there is one and it was checked.
    let operator = match ctx.staking.operatorOfSigningKey(ctx.key).call().await {
        Ok(op) if op != Address::ZERO => op,
        Ok(_) => {
            warn!(key = %ctx.key, "the signing key is no operator's: nothing is signed");
            duties.record_synced_at = None;
            return;
        }
        Err(e) => {
            warn!(error = %e, "signing record not checked against L1; retrying");
            duties.record_synced_at = None;
            return;
        }
    };
    // After a first check of the whole history, a check reads what was indexed since the last
    // one (less a reorg margin) and the batches not yet final: a final batch is never attested
    // or posted again, and a revert moves on to a new generation, so no older batch key can be
    // signed again. The read is then bounded by the activity since the last check and within a
    // challenge window, not by the rollup's age.
    let store = node.indexer().store();
    let head = match store.checkpoint().await {
        Ok(c) => c.map_or(0, |c| c.number),
        Err(e) => {
            warn!(error = %e, "signing record not checked against L1; retrying");
            duties.record_synced_at = None;
            return;
        }
    };
    let from_block = match duties.record_scanned_to {
        None => 0,
        Some(scanned) => {
            let m = IRollupManager::new(ctx.manager, ctx.staking.provider());
            let finalized = match m.rollup(ctx.rollup).call().await {
                Ok(r) => r.finalizedCount as usize,
                Err(e) => {
                    warn!(error = %e, "signing record not checked against L1; retrying");
                    duties.record_synced_at = None;
                    return;
                }
            };
            let pending = node.derivation().batches().get(finalized).map(|b| b.posted.block_number);
            let since = scanned.saturating_sub(RECORD_REORG_MARGIN);
            pending.map_or(since, |p| p.min(since))
        }
    };
    let read =
        alt_node::derive::read_attestations(store.pool(), ctx.manager, ctx.rollup, from_block);
    let (attested, posted) = match read.await {
        Ok(a) => a,
        Err(e) => {
            warn!(error = %e, "signing record not checked against L1; retrying");
            duties.record_synced_at = None;
            return;
        }
    };
    let mut commitments: Vec<Commitment> = attested
        .iter()
        .filter(|a| a.attesters.contains(&operator))
        .map(|a| Commitment {
            slasher: ctx.slasher,
            chain_id: ctx.chain_id,
            rollup_id: ctx.rollup,
            batch_key: (U256::from(a.generation) << 128) | U256::from(a.index),
            role: Role::Attestation,
            header_hash: a.header_hash,
            signed_at: 0,
        })
        .collect();
    commitments.extend(posted.iter().filter(|p| p.sequencer == operator).map(|p| Commitment {
        slasher: ctx.slasher,
        chain_id: ctx.chain_id,
        rollup_id: ctx.rollup,
        batch_key: p.batch_key,
        role: Role::Header,
        header_hash: p.header_hash,
        signed_at: p.signed_at,
    }));
    let mut imported = 0;
    for c in &commitments {
        match ctx.record.import(c).await {
            Ok(new) => imported += usize::from(new),
            Err(SigningError::Conflict { batch_key, role, signed, wanted }) => {
                duties.doppelganger = true;
                error!(
                    %batch_key, ?role, recorded = %signed, on_l1 = %wanted,
                    "this signing key signed another commitment on L1 than the record holds: another node signs with it (or the record was lost); this node stops signing"
                );
            }
            Err(e) => {
                warn!(error = %e, "signing record not checked against L1; retrying");
                duties.record_synced_at = None;
                return;
            }
        }
    }
    duties.record_scanned_to = Some(head);
    if imported > 0 {
        warn!(
            imported,
            "signed commitments of this operator found on L1 but not in the signing record (a wiped record, or another node with this key?) were added to it"
        );
    }
}

/// How often the derived state is checkpointed (and at a clean stop): a node killed outright
/// executes at most this long's batches again at its restart.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(30);

/// Writes a state checkpoint if the valid prefix grew (best effort: a failure is logged).
async fn checkpoint<P: alloy::providers::Provider + Send + Sync>(
    node: &mut Follower<P>,
    shared: &Shared,
) {
    // Only final batches: what proofs (final and fast-final heads) and rollbacks need after
    // a restart is at or above them, so nothing below the checkpoint is ever replayed.
    let finalized = match shared.sequencer.get() {
        Some(seq) => seq.lock().await.finalized as usize,
        None => 0,
    };
    match node.save_checkpoint(finalized).await {
        Ok(Some(n)) => {
            shared.metrics.checkpointed.store(n, Ordering::Relaxed);
            debug!(batches = n, "state checkpoint written");
        }
        Ok(None) => {}
        Err(e) => warn!(error = %e, "state checkpoint not written"),
    }
}

/// How long a failed challenge or evidence submission waits before it is tried again.
const RETRY: Duration = Duration::from_secs(10);

/// What the loop remembers between rounds.
#[derive(Debug, Default)]
struct Duties {
    /// Batches logged so far.
    reported: usize,
    /// Fraud proven: (batch index, header hash); and when a failed attempt was last made (it is
    /// tried again after [`RETRY`] while the batch stays fraudulent: an RPC blip, a lagging
    /// backend, a rival's challenge that a reorg undid, no gas money yet).
    challenged: HashSet<(u64, B256)>,
    challenge_tried: HashMap<(u64, B256), Instant>,
    /// Equivocation evidence not yet submitted (retried like challenges).
    evidence: Vec<(alt_node::equivocation::Evidence, Option<Instant>)>,
    /// When each pending (batch, header) was first seen pending, and how many signatures this
    /// node last sent for it.
    pending: HashMap<(u64, B256), (Instant, usize)>,
    /// The operator whose active signing key each seen key is (zero: none).
    key_operator: HashMap<Address, Address>,
    /// When the signing record was last checked against L1 (nothing is attested before the
    /// first check).
    record_synced_at: Option<Instant>,
    /// L1 shows this key signed a commitment the record holds another header for: another node
    /// signs with this key (or the record was lost). Nothing more is signed.
    doppelganger: bool,
    /// The indexed L1 head when the signing record was last checked against L1 (the first
    /// check of a process reads the whole history; later ones what is new since, and the
    /// batches not yet final).
    record_scanned_to: Option<u64>,
}

/// The state after the first `n` batches (all valid) as a proof head (`None` for `n` = 0), or
/// why it could not be rebuilt.
fn head_after(
    d: &alt_node::derive::Derivation,
    n: usize,
) -> Result<Option<service::Head>, alt_node::derive::DeriveError> {
    let Some(last) = n.checked_sub(1) else { return Ok(None) };
    let state = d.state_after(n)?;
    Ok(Some(service::Head {
        batch: d.batches()[last].posted.index(),
        root: state.root(),
        state: Arc::new(state),
    }))
}

/// Publishes the state after the first `n` batches (all valid) in `slot`, reusing the valid
/// head's when it is that one; whether it could be.
fn publish_proof_head(
    shared: &Shared,
    slot: &std::sync::RwLock<Option<service::Head>>,
    d: &alt_node::derive::Derivation,
    n: usize,
) -> bool {
    let current = shared.head.read().unwrap_or_else(|p| p.into_inner()).clone();
    let head = match current {
        Some(h)
            if n > 0 && h.batch == d.batches()[n - 1].posted.index() && n == d.valid_prefix() =>
        {
            Ok(Some(h))
        }
        _ => head_after(d, n),
    };
    match head {
        Ok(head) => {
            *slot.write().unwrap_or_else(|p| p.into_inner()) = head;
            true
        }
        Err(e) => {
            warn!(error = %e, "state for claimable proofs not rebuilt");
            false
        }
    }
}

/// Publishes the state after the valid prefix for the proof endpoint.
fn publish_head(shared: &Shared, d: &alt_node::derive::Derivation) {
    let head = match head_after(d, d.valid_prefix()) {
        Ok(head) => head,
        Err(e) => {
            warn!(error = %e, "state for proofs not rebuilt");
            return;
        }
    };
    *shared.head.write().unwrap_or_else(|p| p.into_inner()) = head;
    // The views kept are those of the same batches (a reorg or revert changes a suffix).
    let mut views = shared.batches.write().unwrap_or_else(|p| p.into_inner());
    let derived = d.batches();
    let same = views
        .iter()
        .zip(derived)
        .take_while(|(v, b)| {
            let p = &b.posted;
            (v.header_hash, v.l1_transaction, v.l1_block)
                == (p.header_hash, p.tx_hash, p.block_number)
        })
        .count();
    views.truncate(same);
    views.extend(derived[same..].iter().map(service::BatchView::of));
}

fn report(duties: &mut Duties, batches: &[Derived]) {
    for b in &batches[duties.reported.min(batches.len())..] {
        let (index, root) = (b.posted.index(), b.root);
        match &b.verdict {
            Verdict::Valid => info!(index, %root, txs = b.txs.len(), "batch valid"),
            Verdict::Fraud { step, ours, theirs, .. } => {
                warn!(index, step, %ours, %theirs, "batch FRAUDULENT: posted root differs")
            }
            Verdict::Unverifiable { on } => warn!(index, on, "batch builds on a fraudulent batch"),
        }
    }
    duties.reported = batches.len();
}

async fn challenge<P: Provider + Send + Sync, S: Provider>(
    duties: &mut Duties,
    node: &Follower<P>,
    sender: &S,
    manager: Address,
    shared: &Shared,
    fees: &alt_node::l1::Fees,
) {
    for (i, b) in node.derivation().batches().iter().enumerate() {
        let key = (b.posted.index(), b.posted.header_hash);
        if !matches!(b.verdict, Verdict::Fraud { .. })
            || duties.challenged.contains(&key)
            || duties.challenge_tried.get(&key).is_some_and(|t| t.elapsed() < RETRY)
        {
            continue;
        }
        match alt_node::challenger::challenge(sender, manager, node.derivation(), i, fees).await {
            Ok(sent) => {
                info!(index = key.0, tx = %sent.tx, "fraud proven on L1");
                duties.challenged.insert(key);
                duties.challenge_tried.remove(&key);
                shared.metrics.challenges.fetch_add(1, Ordering::Relaxed);
                shared.metrics.l1_gas_wei.fetch_add(sent.gas_wei as u64, Ordering::Relaxed);
            }
            Err(e) => {
                warn!(index = key.0, error = %e, "challenge not made; will retry");
                duties.challenge_tried.insert(key, Instant::now());
            }
        }
    }
    // (A proven batch is reverted: once the index drops it, it is not iterated any more.)
    duties.challenge_tried.retain(|k, _| {
        node.derivation().batches().iter().any(|b| (b.posted.index(), b.posted.header_hash) == *k)
    });
}

/// What a verifier round needs.
struct Verify<'a, S> {
    verifier: &'a Verifier,
    sender: &'a S,
    manager: Address,
    staking: Address,
    rollup: U256,
    shared: &'a Shared,
    fees: &'a alt_node::l1::Fees,
}

/// One verifier round over the batches still pending on chain: attest each valid one (once),
/// pull the peers' attestations of it (kept only when they recover to their signer over this
/// header's own commitment), and aggregate when this node's turn comes: the holders of a
/// batch's attestations are ordered by `keccak(header hash, signer)`, and the `k`-th waits
/// `k + 1/2` graces after it first saw the batch pending (half a grace for the attestations to
/// spread, so the first aggregator usually sends them all in one `confirmBatch`; no half grace
/// once it holds every verifier's).
async fn verify<S: Provider>(
    duties: &mut Duties,
    batches: &[Derived],
    ctx: &Verify<'_, S>,
    http: &reqwest::Client,
    peers: &[String],
    grace: Duration,
) -> eyre::Result<()> {
    let manager = IRollupManager::new(ctx.manager, ctx.sender);
    let m = &ctx.shared.metrics;
    // Final batches need nothing more: read from the first one that is not.
    let on_rollup = manager.rollup(ctx.rollup).call().await?;
    let final_count = on_rollup.finalizedCount as usize;
    // Attestations count under the rollup's generation now (see `Verifier::digest`).
    let generation = on_rollup.generation;
    // Pulled signatures count only from the active signing keys of this rollup's verifiers:
    // junk keys could otherwise fill a batch's slots and, ground to sort first, push honest
    // aggregators' turns back.
    let verifier_ops: HashSet<Address> =
        manager.verifiers(ctx.rollup).call().await?.into_iter().map(|d| d.operator).collect();
    let staking = alt_bindings::staking::Staking::new(ctx.staking, ctx.sender);
    for b in batches.iter().skip(final_count).filter(|b| b.verdict == Verdict::Valid) {
        let (index, hh) = (b.posted.index(), b.posted.header_hash);
        let key = (index, hh);
        let on_chain = manager.batch(ctx.rollup, U256::from(index)).call().await?;
        // 1 = Posted: waiting for a quorum (anything else: confirmed, final or reverted).
        if on_chain.headerHash != hh || on_chain.status != 1 {
            duties.pending.remove(&key);
            continue;
        }
        let posted_at: u64 = on_chain.postedAt.to();
        let me = ctx.verifier.address();
        if !ctx.shared.attestations.get(index, hh).iter().any(|(a, _)| *a == me) {
            match ctx.verifier.attest_at(b, posted_at, generation).await {
                Ok(sig) => {
                    ctx.shared.attestations.add(
                        index,
                        hh,
                        me,
                        Bytes::from(sig.as_bytes().to_vec()),
                    );
                    m.attested.fetch_add(1, Ordering::Relaxed);
                    info!(index, "attested");
                }
                Err(e) => warn!(index, error = %e, "not attesting"),
            }
        }
        for peer in peers {
            for a in service::pull(http, peer, index).await {
                if a.batch != index
                    || a.header_hash != hh
                    || !service::canonical_signature(&a.signature)
                    || ctx.verifier.signer(b, posted_at, generation, &a.signature) != Some(a.signer)
                {
                    continue;
                }
                let op = match duties.key_operator.get(&a.signer) {
                    Some(op) => *op,
                    None => {
                        let op = staking.operatorOfActiveKey(a.signer).call().await?;
                        if duties.key_operator.len() > 10_000 {
                            duties.key_operator.clear();
                        }
                        duties.key_operator.insert(a.signer, op);
                        op
                    }
                };
                if op != Address::ZERO && verifier_ops.contains(&op) {
                    ctx.shared.attestations.add(index, hh, a.signer, a.signature);
                }
            }
        }
        let held = ctx.shared.attestations.get(index, hh);
        let (first_seen, last_sent) = *duties.pending.entry(key).or_insert((Instant::now(), 0));
        let mut order: Vec<B256> = held
            .iter()
            .map(|(signer, _)| keccak256([hh.as_slice(), signer.as_slice()].concat()))
            .collect();
        order.sort();
        let mine = keccak256([hh.as_slice(), me.as_slice()].concat());
        let turn = order.iter().position(|h| *h == mine).unwrap_or(order.len()) as u32;
        // Half a grace for the attestations to spread (none once every verifier's is here:
        // nothing more can come), then the holders' turns.
        let spread = if held.len() >= verifier_ops.len() { Duration::ZERO } else { grace / 2 };
        if held.len() <= last_sent || first_seen.elapsed() < spread + grace * turn {
            continue;
        }
        let sigs = held.into_iter().map(|(_, s)| s).collect::<Vec<_>>();
        let count = sigs.len();
        let index_u = U256::from(index);
        match aggregator::confirm(ctx.sender, ctx.manager, ctx.rollup, index_u, sigs, ctx.fees)
            .await
        {
            Ok(c) => {
                info!(index, sent = c.sent, dropped = c.dropped, quorum = c.quorum, tx = %c.tx, "confirmBatch sent");
                m.confirmations.fetch_add(1, Ordering::Relaxed);
                m.l1_gas_wei.fetch_add(c.gas_wei as u64, Ordering::Relaxed);
                duties.pending.insert(key, (first_seen, count));
            }
            Err(e @ AggregateError::Nothing { .. }) => {
                info!(index, reason = %e, "nothing to confirm");
                duties.pending.insert(key, (first_seen, count));
            }
            // Not recorded: tried again next round (another node's call may have landed first
            // and made this one revert, or the RPC failed).
            Err(e) => warn!(index, error = %e, "confirmBatch failed; retrying"),
        }
    }
    Ok(())
}

/// The command line with the config file's settings added, skipping those the user's flags
/// give (flags override the file) and those whose environment variable is set (so does the
/// environment). Unknown keys and values of the wrong shape are errors.
fn with_config(argv: Vec<String>) -> eyre::Result<Vec<String>> {
    use clap::CommandFactory;
    let path = argv
        .windows(2)
        .find(|w| w[0] == "--config")
        .map(|w| w[1].clone())
        .or_else(|| argv.iter().find_map(|a| a.strip_prefix("--config=").map(str::to_owned)))
        .or_else(|| std::env::var("ALT_NODE_CONFIG").ok());
    let Some(path) = path else { return Ok(argv) };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| eyre::eyre!("reading the config file {path}: {e}"))?;
    let doc: toml_edit::DocumentMut =
        text.parse().map_err(|e| eyre::eyre!("config file {path}: {e}"))?;
    let cmd = Args::command();
    let mut injected = vec![argv[0].clone()];
    for (key, item) in doc.iter() {
        let name = key.replace('_', "-");
        let Some(arg) = cmd.get_arguments().find(|a| a.get_long() == Some(name.as_str())) else {
            eyre::bail!("config file {path}: unknown setting `{key}` (see --help for the flags)");
        };
        if name == "config" {
            eyre::bail!("config file {path}: `config` cannot be set in a config file");
        }
        let given =
            argv.iter().any(|a| a == &format!("--{name}") || a.starts_with(&format!("--{name}=")));
        if given || arg.get_env().is_some_and(|v| std::env::var_os(v).is_some()) {
            continue;
        }
        let flag = format!("--{name}");
        let bad = || eyre::eyre!("config file {path}: `{key}` has a value of the wrong kind");
        let value = item.as_value().ok_or_else(bad)?;
        if let Some(b) = value.as_bool() {
            if b {
                injected.push(flag);
            }
        } else if let Some(list) = value.as_array() {
            for v in list.iter() {
                let v = v.as_str().ok_or_else(bad)?;
                injected.extend([flag.clone(), v.to_owned()]);
            }
        } else if let Some(v) = value.as_str() {
            injected.extend([flag, v.to_owned()]);
        } else if let Some(v) = value.as_integer() {
            injected.extend([flag, v.to_string()]);
        } else {
            return Err(bad());
        }
    }
    injected.extend(argv.into_iter().skip(1));
    Ok(injected)
}

/// A read-only provider on the first RPC URL.
fn node_provider(args: &Args) -> eyre::Result<impl Provider + Clone + use<>> {
    Ok(ProviderBuilder::new().connect_http(args.rpc_urls[0].parse()?))
}

/// A key from `file`, else from the environment variable `var`, if any (errors never echo it).
fn load_key(file: Option<&Path>, var: &str, what: &str) -> eyre::Result<Option<PrivateKeySigner>> {
    let hex = match file {
        Some(f) => Some(
            std::fs::read_to_string(f)
                .map_err(|e| eyre::eyre!("reading the {what} key file {}: {e}", f.display()))?,
        ),
        None => std::env::var(var).ok(),
    };
    hex.map(|h| {
        h.trim()
            .parse::<PrivateKeySigner>()
            .map_err(|_| eyre::eyre!("the {what} key is not a hex private key"))
    })
    .transpose()
}
