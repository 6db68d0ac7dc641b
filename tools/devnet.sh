#!/usr/bin/env bash
# The main job: a local anvil chain with the whole ALT system deployed and seeded with
# operators, delegators, delegated votes and a payments rollup, the operators' rollup nodes
# (two sequencers, three verifiers) and the indexer + GraphQL API. Prints the addresses and
# URLs and keeps everything running until Ctrl-C. DEVNET_DETACH=1 leaves it all running in the
# background and exits instead. A second start resumes from the data directory (the chain as
# anvil left it, the index, the nodes' state); --fresh starts over.
set -euo pipefail
cd "$(dirname "$0")/.."

# --traffic off|low|high (or DEVNET_TRAFFIC): L2 traffic from alt-traffic once the nodes run.
TRAFFIC="${DEVNET_TRAFFIC:-low}"
FRESH=0
while [ $# -gt 0 ]; do
  case "$1" in
    --traffic) TRAFFIC="${2:?--traffic needs off, low or high}"; shift 2 ;;
    --traffic=*) TRAFFIC="${1#--traffic=}"; shift ;;
    --fresh) FRESH=1; shift ;;
    *) echo "usage: $0 [--traffic off|low|high] [--fresh]" >&2; exit 2 ;;
  esac
done
case "$TRAFFIC" in off | low | high) ;; *) echo "--traffic: off, low or high" >&2; exit 2 ;; esac

PORT="${DEVNET_PORT:-8545}"
RPC="http://127.0.0.1:${PORT}"
BIN=node_modules/@foundry-rs
export NO_COLOR=1

# Overridable (the devnet's own end-to-end test runs it beside other tests): DEVNET_CHAIN_ID,
# DEVNET_RUN (pids, logs, keys), DEVNET_SKIP_INSTALL=1 (tools and contracts already built),
# DEVNET_BIN_DIR (prebuilt alt-graphql, alt-node and alt-traffic: nothing is built then).
CHAIN_ID="${DEVNET_CHAIN_ID:-31337}"
DEPLOYMENT="deployments/${CHAIN_ID}.json"
RUN="${DEVNET_RUN:-.devnet}"
TARGET="${DEVNET_BIN_DIR:-${CARGO_TARGET_DIR:-target}/release}"
if [ "${DEVNET_SKIP_INSTALL:-0}" != "1" ]; then
  echo "==> installing pinned tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "==> compiling contracts (forge build; the first time a few minutes, then cached)"
  "$BIN/forge-linux-amd64/bin/forge" build 2>&1 | sed 's/^/    /'
fi
if [ -z "${DEVNET_BIN_DIR:-}" ]; then
  echo "==> building the indexer, its GraphQL API and the rollup node (cargo build --release -p alt-graphql -p alt-node; the first time several minutes, then cached)"
  if ! cargo build --release -p alt-graphql -p alt-node 2>&1 \
    | { grep --line-buffered -E '^ *(Compiling|Finished|error)' || true; } | sed 's/^ */    /'; then
    echo "error: the build failed (run: cargo build --release -p alt-graphql -p alt-node)" >&2
    exit 1
  fi
fi
DATA="${DEVNET_DATA:-data}"

CAST="$BIN/cast-linux-amd64/bin/cast"
if "$CAST" chain-id --rpc-url "$RPC" >/dev/null 2>&1; then
  echo "error: something already listens on $RPC (set DEVNET_PORT)" >&2
  exit 1
fi

mkdir -p "$RUN"
rm -f "$RUN"/*.pid # (a pid left by an earlier run may belong to another process by now)
# The chain is kept in the data directory (anvil dumps it every 10 s and at exit, blocks and
# logs included), so a second start resumes it with the index and the nodes' state.
STATE="$DATA/anvil-state.json"
if [ "$FRESH" = "1" ]; then
  echo "==> --fresh: removing $DATA (the chain, the index, the nodes' state)"
  # Only a directory this script made (it leaves a marker there), or none at all.
  if [ -e "$DATA" ] && [ ! -e "$DATA/.alt-devnet" ]; then
    echo "error: $DATA was not made by the devnet (no $DATA/.alt-devnet): remove it yourself" >&2
    exit 2
  fi
  rm -rf "$DATA"
fi
RESUME=0
if [ -s "$STATE" ] && [ -f "$DEPLOYMENT" ]; then RESUME=1; else rm -f "$STATE"; fi
mkdir -p "$DATA" && touch "$DATA/.alt-devnet"
if [ "$RESUME" = "1" ]; then
  echo "==> resuming the devnet in $DATA (start with --fresh to start over); starting anvil on $RPC (log: $RUN/anvil.log)"
else
  echo "==> starting anvil on $RPC (log: $RUN/anvil.log)"
fi
"$BIN/anvil-linux-amd64/bin/anvil" --host 127.0.0.1 --port "$PORT" --chain-id "$CHAIN_ID" --accounts 20 \
  --state "$STATE" --state-interval 10 >"$RUN"/anvil.log 2>&1 &
ANVIL_PID=$!
echo "$ANVIL_PID" >"$RUN"/anvil.pid
INDEXER_PID=""
NODE_PIDS=()
TRAFFIC_PID=""
GOVERNANCE_PID=""
cleanup() {
  trap - EXIT
  local pids=($GOVERNANCE_PID $TRAFFIC_PID "${NODE_PIDS[@]}" $INDEXER_PID)
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  kill "$ANVIL_PID" 2>/dev/null || true
  wait "$ANVIL_PID" 2>/dev/null || true
  rm -f "$RUN"/*.pid
}
# Until it is ready (and for good unless detached) any exit stops everything it started; a
# Ctrl-C exits at once (the clean-up runs, and nothing after the interrupted step).
trap cleanup EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 100); do
  "$CAST" chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break
  sleep 0.1
done
if [ "$RESUME" = "1" ]; then
  # A restored anvil stamps new blocks with the wall clock, which is behind the chain's time
  # (the seeding moved it on by days): time must never go back, so it goes on from the last
  # block.
  LAST_TIME=$("$CAST" block latest -f timestamp --rpc-url "$RPC")
  "$CAST" rpc --rpc-url "$RPC" evm_setNextBlockTimestamp $((LAST_TIME + 1)) >/dev/null
  "$CAST" rpc --rpc-url "$RPC" evm_mine >/dev/null
  echo "    the chain resumed at block $("$CAST" block-number --rpc-url "$RPC")"
fi

# Short governance times so a proposal can pass in minutes on the devnet; anvil account 9
# reports operator work to the fee distributor.
export VOTING_DELAY="${VOTING_DELAY:-1}" VOTING_PERIOD="${VOTING_PERIOD:-300}"
# A quorum of 1% of the supply (100 million votes), so the two delegators' staked and liquid
# votes can carry a proposal without the deployer's.
export QUORUM_PERCENT="${QUORUM_PERCENT:-1}"
export TIMELOCK_DELAY="${TIMELOCK_DELAY:-60}" VOTE_EXTENSION="${VOTE_EXTENSION:-60}"
# Fee epochs of an hour (the shortest allowed) once the seeded one is over, so the nodes' epoch
# closes pay the traffic's fees out to operators and delegators while the devnet runs.
export FEE_EPOCH_LENGTH="${FEE_EPOCH_LENGTH:-3600}"
export WORK_REPORTER="${WORK_REPORTER:-0xa0Ee7A142d267C1f36714E4a8F75612F20a79720}"

FORGE="$BIN/forge-linux-amd64/bin/forge"
MNEMONIC="test test test test test test test test test test test junk"
key() { "$CAST" wallet private-key --mnemonic "$MNEMONIC" --mnemonic-index "$1"; }
advance() {
  "$CAST" rpc --rpc-url "$RPC" evm_increaseTime "$1" >/dev/null
  "$CAST" rpc --rpc-url "$RPC" evm_mine >/dev/null
}
send() { "$CAST" send --rpc-url "$RPC" --private-key "$@" >/dev/null; }
OP1=$("$CAST" wallet address --private-key "$(key 1)")
OP2=$("$CAST" wallet address --private-key "$(key 2)")
DELEGATOR4=$("$CAST" wallet address --private-key "$(key 4)")
if [ "$RESUME" != "1" ]; then
  echo "==> deploying (script/Deploy.s.sol)"
  "$BIN/forge-linux-amd64/bin/forge" script script/Deploy.s.sol --rpc-url "$RPC" --broadcast --slow \
    | sed -n '/== Logs ==/,/^$/p' | sed '1d'
  echo "==> seeding operators and delegators (script/Devnet.s.sol)"
  "$BIN/forge-linux-amd64/bin/forge" script script/Devnet.s.sol --rpc-url "$RPC" --broadcast --slow \
    | sed -n '/== Logs ==/,/^$/p' | sed '1d'

  PROPOSAL=proposals/example-unbonding-14d.json
  echo "==> activity: a governance proposal and two votes (script/Governance.s.sol)"
  advance 1
  "$FORGE" script script/Governance.s.sol --sig 'propose(string)' "$PROPOSAL" --rpc-url "$RPC" --broadcast --slow >/dev/null
  advance 2
  "$FORGE" script script/Governance.s.sol --sig 'vote(string,uint8)' "$PROPOSAL" 1 --rpc-url "$RPC" --broadcast --slow >/dev/null
  PRIVATE_KEY="$(key 4)" "$FORGE" script script/Governance.s.sol --sig 'vote(string,uint8,string)' "$PROPOSAL" 0 "keep 21 days" \
    --rpc-url "$RPC" --broadcast --slow >/dev/null
  echo "==> activity: a fee epoch (1,500 ALT of transaction, storage and service fees; work by operators 1-2)"
  FEES=$(sed -n 's/.*"feeDistributor": "\(0x[0-9a-fA-F]*\)".*/\1/p' "$DEPLOYMENT")
  TOKEN=$(sed -n 's/.*"token": "\(0x[0-9a-fA-F]*\)".*/\1/p' "$DEPLOYMENT")
  EPOCH_LEN=$("$CAST" call --rpc-url "$RPC" "$FEES" 'epochInfo()(uint32,uint64,uint64)' | sed -n '3p' | awk '{print $1}')
  send "$(key 0)" "$TOKEN" 'approve(address,uint256)' "$FEES" 115792089237316195423570985008687907853269984665640564039457584007913129639935
  advance "$EPOCH_LEN"
  send "$(key 0)" "$FEES" 'closeEpoch()'
  send "$(key 0)" "$FEES" 'depositFees(uint8,bytes32,uint256)' 0 0x0000000000000000000000000000000000000000000000000000000000000001 1000000000000000000000
  send "$(key 0)" "$FEES" 'depositFees(uint8,bytes32,uint256)' 1 0x0000000000000000000000000000000000000000000000000000000000000001 300000000000000000000
  send "$(key 0)" "$FEES" 'depositFees(uint8,bytes32,uint256)' 2 0x0000000000000000000000000000000000000000000000000000000000000001 200000000000000000000
  send "$(key 9)" "$FEES" 'recordWork(address[],uint256[])' "[$OP1,$OP2]" "[10,5]"
  advance "$EPOCH_LEN"
  send "$(key 0)" "$FEES" 'closeEpoch()'
  echo "==> activity: the payments rollup's first SQUAD turn sequence (reseed, now that its sequencers' stake is in a snapshot)"
  ROLLUPS=$(sed -n 's/.*"rollupManager": "\(0x[0-9a-fA-F]*\)".*/\1/p' "$DEPLOYMENT")
  send "$(key 0)" "$ROLLUPS" 'reseed(uint256)' 1
  # An ephemeral rollup (id 2): operator 3 sequences and verifies it alone; it expires
  # DEVNET_EPHEMERAL_SECS (1 hour) from now, then its node settles it and every L2 balance
  # becomes claimable on L1. The deployer funds it (100 ALT budget, 1 ALT a service epoch) and
  # bridges 100 ALT to delegator 5 there.
  LIFETIME="${DEVNET_EPHEMERAL_SECS:-3600}"
  echo "==> activity: an ephemeral rollup (id 2, operator 3 alone; expires in ${LIFETIME} s)"
  NOW=$("$CAST" block latest -f timestamp --rpc-url "$RPC")
  OP3=$("$CAST" wallet address --private-key "$(key 3)")
  send "$(key 0)" "$ROLLUPS" \
    'createRollup(string,uint8,address,(bool,uint8,uint8,uint64,uint64,uint96,uint96),uint64,uint256)' \
    devnet-ephemeral 0 "$OP3" "(true,2,3,600,12,1000000000,1000000000000000000)" $((NOW + LIFETIME)) 100000000000000000000
  send "$(key 3)" "$ROLLUPS" 'optIn(uint256,bool,bool)' 2 true true
  send "$(key 0)" "$ROLLUPS" 'deposit(uint256,address,uint256)' 2 "$("$CAST" wallet address --private-key "$(key 5)")" 100000000000000000000
fi

API_PORT="${DEVNET_API_PORT:-8000}"
API="http://127.0.0.1:${API_PORT}"
echo "==> starting the indexer + GraphQL API on $API (db: $DATA/indexer.db, log: $RUN/api.log)"
"$TARGET/alt-graphql" --rpc-url "$RPC" --ws-url "ws://127.0.0.1:${PORT}" --deployment "$DEPLOYMENT" --db "$DATA/indexer.db" \
  --listen "127.0.0.1:${API_PORT}" >"$RUN"/api.log 2>&1 &
INDEXER_PID=$!
echo "$INDEXER_PID" >"$RUN"/indexer.pid
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/ready" || true)" = "200" ] && break
  sleep 0.1
done

# From here on anvil mines a block every second, so L1 time moves on its own: SQUAD turns
# rotate, challenge windows end and the nodes finalize.
"$CAST" rpc --rpc-url "$RPC" evm_setIntervalMining 1 >/dev/null

# The operators' rollup nodes: operators 1 and 2 sequence, all three verify, aggregate,
# challenge and finalize. Each signs with its operator's signing key (accounts 10-12) and pays
# L1 gas from an account of its own (6-8; it also receives any reporter reward; keepers take
# turns 2 s, two blocks, apart), so that the
# operator account (1-3) stays free for its owner's transactions (a claim, a vote) without
# racing the node's nonces; keys are read from files (never flags).
NODE_BIN="$TARGET/alt-node"
mkdir -p "$RUN"/keys && chmod 700 "$RUN"/keys
# A new chain starts the nodes afresh (their signing records refuse a second header for a
# batch key, as they must on a real chain; their indexes and checkpoints are of the old
# chain); a resumed one keeps them, so the nodes resume from their checkpoints.
# (A resumed devnet's node logs go on where they were.)
if [ "$RESUME" != "1" ]; then
  rm -rf "$DATA"/node-1 "$DATA"/node-2 "$DATA"/node-3 "$DATA"/node-4
  rm -f "$RUN"/node-1.log "$RUN"/node-2.log "$RUN"/node-3.log "$RUN"/node-4.log
fi
NODE_PORT="${DEVNET_NODE_PORT:-9101}"
node_url() { echo "http://127.0.0.1:$((NODE_PORT + $1 - 1))"; }
for i in 1 2 3; do
  (umask 077; key $((5 + i)) >"$RUN/keys/l1-$i.hex"; key $((9 + i)) >"$RUN/keys/signing-$i.hex")
  roles=(--verify --challenge --finalize)
  if [ "$i" -le 2 ]; then roles=(--sequence "${roles[@]}"); fi
  # The drill: on a new chain operator 1's node signs a second header for the first batch it
  # posts and shows it to its peers, whose nodes submit the evidence (DEVNET_MISBEHAVE=0: no).
  if [ "$i" = 1 ] && [ "$RESUME" != "1" ] && [ "${DEVNET_MISBEHAVE:-1}" = "1" ]; then
    roles+=(--misbehave-equivocate)
  fi
  peers=$(for j in 1 2 3; do if [ "$j" != "$i" ]; then node_url "$j"; fi; done | paste -sd, -)
  echo "==> starting rollup node $i (${roles[*]}) on $(node_url "$i") (data: $DATA/node-$i, log: $RUN/node-$i.log)"
  "$NODE_BIN" --rpc-url "$RPC" --deployment "$DEPLOYMENT" --rollup-id 1 \
    --data-dir "$DATA/node-$i" --listen "127.0.0.1:$((NODE_PORT + i - 1))" --peer "$peers" \
    --l1-key-file "$RUN/keys/l1-$i.hex" --signing-key-file "$RUN/keys/signing-$i.hex" \
    --turn-margin-secs 2 --keeper-stagger-secs 2 "${roles[@]}" >>"$RUN/node-$i.log" 2>&1 &
  NODE_PIDS+=($!)
  echo "$!" >"$RUN/node-$i.pid"
done
# The ephemeral rollup's node: operator 3's signing key, gas from account 9 (the work reporter,
# idle after seeding), sequencing, verifying and settling rollup 2 on its own.
(umask 077; key 9 >"$RUN/keys/l1-4.hex")
echo "==> starting rollup node 4 for the ephemeral rollup 2 (--sequence --verify --challenge --finalize) on $(node_url 4) (data: $DATA/node-4, log: $RUN/node-4.log)"
"$NODE_BIN" --rpc-url "$RPC" --deployment "$DEPLOYMENT" --rollup-id 2 \
  --data-dir "$DATA/node-4" --listen "127.0.0.1:$((NODE_PORT + 3))" \
  --l1-key-file "$RUN/keys/l1-4.hex" --signing-key-file "$RUN/keys/signing-3.hex" \
  --turn-margin-secs 2 --sequence --verify --challenge --finalize >>"$RUN/node-4.log" 2>&1 &
NODE_PIDS+=($!)
echo "$!" >"$RUN/node-4.pid"
for i in 1 2 3 4; do
  ready=0
  for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$(node_url "$i")/ready" || true)" = "200" ]; then
      ready=1
      break
    fi
    kill -0 "${NODE_PIDS[$((i - 1))]}" 2>/dev/null || break
    sleep 0.1
  done
  if [ "$ready" != 1 ]; then
    echo "error: rollup node $i did not become ready; the end of $RUN/node-$i.log:" >&2
    tail -n 20 "$RUN/node-$i.log" >&2
    exit 1
  fi
done

if [ "$TRAFFIC" != "off" ]; then
  (umask 077; key 0 >"$RUN"/keys/funder.hex)
  echo "==> starting L2 traffic ($TRAFFIC: transfers paying fees, withdrawals claimed on L1, deposits; log: $RUN/traffic.log)"
  "$TARGET/alt-traffic" --rpc-url "$RPC" --deployment "$DEPLOYMENT" \
    --rollup-id 1 --node "$(node_url 1),$(node_url 2)" --level "$TRAFFIC" \
    --funder-key-file "$RUN"/keys/funder.hex >"$RUN"/traffic.log 2>&1 &
  TRAFFIC_PID=$!
  echo "$TRAFFIC_PID" >"$RUN"/traffic.pid
fi

# Governance carried out: the devnet's proposal (proposed and voted on while seeding, its vote
# over by now) is queued as soon as it succeeded and executed once the timelock allows, with
# the same script a proposer runs (signed by account 13, which nothing else uses: account 0
# funds the traffic, the delegators' accounts are yours to use).
# DEVNET_GOVERNANCE=off leaves it to you.
if [ "${DEVNET_GOVERNANCE:-auto}" = "auto" ]; then
  (
    set +e # (a step the chain refuses yet, an execute before the timelock's delay, is retried)
    trap 'pkill -P $BASHPID 2>/dev/null; exit 0' TERM INT
    export PRIVATE_KEY="$(key 13)"
    gov() { "$FORGE" script script/Governance.s.sol --sig "$1" proposals/example-unbonding-14d.json --rpc-url "$RPC" "${@:2}" 2>&1; }
    while :; do
      state=$(gov 'status(string)' | sed -n 's/^ \+state \+//p')
      case "$state" in
        Succeeded) gov 'queue(string)' --broadcast | sed -n 's/^ *\(queued .*\)/\1/p' ;;
        Queued) gov 'execute(string)' --broadcast | sed -n 's/^ *\(executed .*\)/\1/p' ;;
        Executed | Defeated | Canceled | Expired) echo "proposal $state"; break ;;
      esac
      sleep 5 &
      wait $!
    done
  ) >"$RUN"/governance.log 2>&1 &
  GOVERNANCE_PID=$!
  echo "$GOVERNANCE_PID" >"$RUN"/governance.pid
fi

STAKING=$(sed -n 's/.*"staking": "\(0x[0-9a-fA-F]*\)".*/\1/p' "$DEPLOYMENT")
ROLLUPS=$(sed -n 's/.*"rollupManager": "\(0x[0-9a-fA-F]*\)".*/\1/p' "$DEPLOYMENT")
cat <<EOT

Devnet ready.
  RPC:         $RPC   (chain id $CHAIN_ID)
  Addresses:   $DEPLOYMENT
  Accounts:    anvil's default mnemonic; 0 = deployer (holds the supply), 1-3 = operators,
               4-5 = delegators, 6-8 = the nodes' gas accounts, 9 = work reporter (then
               node 4's gas), 10-12 = the operators' signing keys, 13 = the governance driver
  Try:         $CAST call --rpc-url $RPC $STAKING 'totalStaked()(uint256)'
  Rollup 1:    $CAST call --rpc-url $RPC $ROLLUPS 'leader(uint256)(address,uint256,uint256)' 1
  Data:        $DATA (the chain, the index, the nodes' state: the next start resumes; --fresh starts over)
  Index:       $DATA/indexer.db (SQLite; survives restarts, re-indexes a new chain), log $RUN/api.log
  GraphiQL:    $API/graphql   (subscriptions: ws://127.0.0.1:${API_PORT}/graphql/ws)
  Health:      $API/health  $API/ready  $API/metrics
  Rollup nodes (JSON-RPC on POST /, subscriptions on /ws, /metrics, /ready; logs $RUN/node-N.log):
    1 (sequencer + verifier): $(node_url 1)
    2 (sequencer + verifier): $(node_url 2)
    3 (verifier):             $(node_url 3)
    4 (ephemeral rollup 2, operator 3 alone; settles it at expiry): $(node_url 4)
  L2 traffic:  $TRAFFIC (alt-traffic; progress every 10 s in $RUN/traffic.log; --traffic off|low|high)
  Governance:  the seeded proposal (unbonding period 21 -> 14 days) is queued and executed by
               script/Governance.s.sol as soon as it can be ($RUN/governance.log; DEVNET_GOVERNANCE=off: not)
  Misbehaviour: on a new chain operator 1's node equivocates once (a drill: two headers for its
               first batch); nodes 2 and 3 submit the evidence and it is slashed, see
               { slashings { operator kind amount reporter reporterReward } }

Example queries (paste into GraphiQL, or POST them):
  { _meta { block { number timestamp } } operators(orderBy: totalStake, orderDirection: desc) { id commissionBips totalStake delegations { staker shares } } }
  { operatorEarnings(operator: "$OP1") { total commission delegatorRewards commissionUnclaimed bySource { transaction storage service } epochs { epoch amount } } }
  { proposals { id state forVotes againstVotes quorum votes { voter support weight reason } } }
  { slashings { operator kind rollupId batchIndex amount reporter reporterReward } operators { id totalStake } }
  { delegationChangesConnection(first: 2, where: { amount_gte: "2000000000000000000000000" }) { totalCount pageInfo { hasNextPage endCursor } nodes { staker operator amount } } }
  subscription { delegationChanges { staker operator kind amount blockNumber } }

  curl -s $API/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ operators { id totalStake commissionBips } }"}'
  curl -s $(node_url 1) -H 'content-type: application/json' \\
    -d '{"jsonrpc":"2.0","id":1,"method":"alt_getAccount","params":["$DELEGATOR4"]}'
  curl -s $(node_url 3) -H 'content-type: application/json' \\
    -d '{"jsonrpc":"2.0","id":1,"method":"alt_getBatch","params":[0]}'
  Governance:  forge script script/Governance.s.sol --sig 'propose(string)' proposals/example-treasury-15.json --rpc-url $RPC --broadcast
               (docs/governance.md walks it through vote, queue and execute)
EOT

if [ "${DEVNET_DETACH:-0}" = "1" ]; then
  trap - EXIT INT TERM
  echo "anvil, the indexer and the nodes keep running in the background; stop them (the nodes first, so that the chain anvil saves is not behind them) with:"
  echo "  kill \$(ls $RUN/*.pid | grep -v anvil.pid | xargs cat); sleep 3; kill \$(cat $RUN/anvil.pid)"
  exit 0
fi
echo "Press Ctrl-C to stop."
wait "$ANVIL_PID"
