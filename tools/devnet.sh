#!/usr/bin/env bash
# The main job: a local anvil chain with the whole ALT system deployed and seeded with
# operators, delegators, delegated votes and a payments rollup they sequence. Prints the addresses and keeps the chain running
# until Ctrl-C. DEVNET_DETACH=1 leaves anvil running in the background and exits instead.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${DEVNET_PORT:-8545}"
RPC="http://127.0.0.1:${PORT}"
BIN=node_modules/@foundry-rs
export NO_COLOR=1

echo "==> installing pinned tools (npm ci)"
npm ci --no-audit --no-fund --loglevel=error

echo "==> compiling contracts"
"$BIN/forge-linux-amd64/bin/forge" build >/dev/null
echo "==> building the indexer and its GraphQL API (cargo build --release -p alt-graphql)"
cargo build --quiet --release -p alt-graphql
DATA="${DEVNET_DATA:-data}"

CAST="$BIN/cast-linux-amd64/bin/cast"
if "$CAST" chain-id --rpc-url "$RPC" >/dev/null 2>&1; then
  echo "error: something already listens on $RPC (set DEVNET_PORT)" >&2
  exit 1
fi

mkdir -p .devnet
echo "==> starting anvil on $RPC (log: .devnet/anvil.log)"
"$BIN/anvil-linux-amd64/bin/anvil" --host 127.0.0.1 --port "$PORT" --chain-id 31337 >.devnet/anvil.log 2>&1 &
ANVIL_PID=$!
echo "$ANVIL_PID" >.devnet/anvil.pid
INDEXER_PID=""
cleanup() {
  if [ -n "$INDEXER_PID" ]; then kill "$INDEXER_PID" 2>/dev/null || true; fi
  kill "$ANVIL_PID" 2>/dev/null || true
}
if [ "${DEVNET_DETACH:-0}" != "1" ]; then trap cleanup EXIT INT TERM; fi
for _ in $(seq 1 100); do
  "$CAST" chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break
  sleep 0.1
done

# Short governance times so a proposal can pass in minutes on the devnet; anvil account 9
# reports operator work to the fee distributor.
export VOTING_DELAY="${VOTING_DELAY:-1}" VOTING_PERIOD="${VOTING_PERIOD:-300}"
export TIMELOCK_DELAY="${TIMELOCK_DELAY:-60}" VOTE_EXTENSION="${VOTE_EXTENSION:-60}"
export WORK_REPORTER="${WORK_REPORTER:-0xa0Ee7A142d267C1f36714E4a8F75612F20a79720}"

echo "==> deploying (script/Deploy.s.sol)"
"$BIN/forge-linux-amd64/bin/forge" script script/Deploy.s.sol --rpc-url "$RPC" --broadcast --slow \
  | sed -n '/== Logs ==/,/^$/p' | sed '1d'
echo "==> seeding operators and delegators (script/Devnet.s.sol)"
"$BIN/forge-linux-amd64/bin/forge" script script/Devnet.s.sol --rpc-url "$RPC" --broadcast --slow \
  | sed -n '/== Logs ==/,/^$/p' | sed '1d'

FORGE="$BIN/forge-linux-amd64/bin/forge"
MNEMONIC="test test test test test test test test test test test junk"
key() { "$CAST" wallet private-key --mnemonic "$MNEMONIC" --mnemonic-index "$1"; }
advance() {
  "$CAST" rpc --rpc-url "$RPC" evm_increaseTime "$1" >/dev/null
  "$CAST" rpc --rpc-url "$RPC" evm_mine >/dev/null
}
send() { "$CAST" send --rpc-url "$RPC" --private-key "$@" >/dev/null; }
PROPOSAL=proposals/example-unbonding-14d.json
echo "==> activity: a governance proposal and two votes (script/Governance.s.sol)"
advance 1
"$FORGE" script script/Governance.s.sol --sig 'propose(string)' "$PROPOSAL" --rpc-url "$RPC" --broadcast --slow >/dev/null
advance 2
"$FORGE" script script/Governance.s.sol --sig 'vote(string,uint8)' "$PROPOSAL" 1 --rpc-url "$RPC" --broadcast --slow >/dev/null
PRIVATE_KEY="$(key 4)" "$FORGE" script script/Governance.s.sol --sig 'vote(string,uint8,string)' "$PROPOSAL" 0 "keep 21 days" \
  --rpc-url "$RPC" --broadcast --slow >/dev/null
echo "==> activity: a fee epoch (1,500 ALT of transaction, storage and service fees; work by operators 1-2)"
FEES=$(sed -n 's/.*"feeDistributor": "\(0x[0-9a-fA-F]*\)".*/\1/p' deployments/31337.json)
TOKEN=$(sed -n 's/.*"token": "\(0x[0-9a-fA-F]*\)".*/\1/p' deployments/31337.json)
EPOCH_LEN=$("$CAST" call --rpc-url "$RPC" "$FEES" 'epochInfo()(uint32,uint64,uint64)' | sed -n '3p' | awk '{print $1}')
send "$(key 0)" "$TOKEN" 'approve(address,uint256)' "$FEES" 115792089237316195423570985008687907853269984665640564039457584007913129639935
advance "$EPOCH_LEN"
send "$(key 0)" "$FEES" 'closeEpoch()'
send "$(key 0)" "$FEES" 'depositFees(uint8,bytes32,uint256)' 0 0x0000000000000000000000000000000000000000000000000000000000000001 1000000000000000000000
send "$(key 0)" "$FEES" 'depositFees(uint8,bytes32,uint256)' 1 0x0000000000000000000000000000000000000000000000000000000000000001 300000000000000000000
send "$(key 0)" "$FEES" 'depositFees(uint8,bytes32,uint256)' 2 0x0000000000000000000000000000000000000000000000000000000000000001 200000000000000000000
OP1=$("$CAST" wallet address --private-key "$(key 1)")
OP2=$("$CAST" wallet address --private-key "$(key 2)")
send "$(key 9)" "$FEES" 'recordWork(address[],uint256[])' "[$OP1,$OP2]" "[10,5]"
advance "$EPOCH_LEN"
send "$(key 0)" "$FEES" 'closeEpoch()'
echo "==> activity: the payments rollup's first SQUAD turn sequence (reseed, now that its sequencers' stake is in a snapshot)"
ROLLUPS=$(sed -n 's/.*"rollupManager": "\(0x[0-9a-fA-F]*\)".*/\1/p' deployments/31337.json)
send "$(key 0)" "$ROLLUPS" 'reseed(uint256)' 1

API_PORT="${DEVNET_API_PORT:-8000}"
API="http://127.0.0.1:${API_PORT}"
echo "==> starting the indexer + GraphQL API on $API (db: $DATA/indexer.db, log: .devnet/api.log)"
mkdir -p "$DATA"
"${CARGO_TARGET_DIR:-target}/release/alt-graphql" --rpc-url "$RPC" --ws-url "ws://127.0.0.1:${PORT}" --deployment deployments/31337.json --db "$DATA/indexer.db" \
  --listen "127.0.0.1:${API_PORT}" >.devnet/api.log 2>&1 &
INDEXER_PID=$!
echo "$INDEXER_PID" >.devnet/indexer.pid
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/ready" || true)" = "200" ] && break
  sleep 0.1
done

STAKING=$(sed -n 's/.*"staking": "\(0x[0-9a-fA-F]*\)".*/\1/p' deployments/31337.json)
ROLLUPS=$(sed -n 's/.*"rollupManager": "\(0x[0-9a-fA-F]*\)".*/\1/p' deployments/31337.json)
cat <<EOT

Devnet ready.
  RPC:         $RPC   (chain id 31337)
  Addresses:   deployments/31337.json
  Accounts:    anvil's default mnemonic; 0 = deployer (holds the supply), 1-3 = operators,
               4-5 = delegators, 9 = work reporter
  Try:         $CAST call --rpc-url $RPC $STAKING 'totalStaked()(uint256)'
  Rollup 1:    $CAST call --rpc-url $RPC $ROLLUPS 'leader(uint256)(address,uint256,uint256)' 1
  Index:       $DATA/indexer.db (SQLite; survives restarts, re-indexes a new chain), log .devnet/api.log
  GraphiQL:    $API/graphql   (subscriptions: ws://127.0.0.1:${API_PORT}/graphql/ws)
  Health:      $API/health  $API/ready  $API/metrics

Example queries (paste into GraphiQL, or POST them):
  { _meta { block { number timestamp } } operators(orderBy: totalStake, orderDirection: desc) { id commissionBips totalStake delegations { staker shares } } }
  { operatorEarnings(operator: "$OP1") { total commission delegatorRewards commissionUnclaimed bySource { transaction storage service } epochs { epoch amount } } }
  { proposals { id state forVotes againstVotes quorum votes { voter support weight reason } } }
  { delegationChangesConnection(first: 2, where: { amount_gte: "2000000000000000000000000" }) { totalCount pageInfo { hasNextPage endCursor } nodes { staker operator amount } } }
  subscription { delegationChanges { staker operator kind amount blockNumber } }

  curl -s $API/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ operators { id totalStake commissionBips } }"}'
  Governance:  forge script script/Governance.s.sol --sig 'propose(string)' proposals/example-unbonding-14d.json --rpc-url $RPC --broadcast
EOT

if [ "${DEVNET_DETACH:-0}" = "1" ]; then
  echo "anvil and the indexer keep running in the background; stop them with: kill \$(cat .devnet/anvil.pid .devnet/indexer.pid)"
  exit 0
fi
echo "Press Ctrl-C to stop."
wait "$ANVIL_PID"
