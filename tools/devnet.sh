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
echo "==> building the indexer (cargo build -p alt-indexer)"
cargo build --quiet -p alt-indexer
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

echo "==> starting the indexer on $DATA/indexer.db (log: .devnet/indexer.log)"
mkdir -p "$DATA"
target/debug/alt-indexer --rpc-url "$RPC" --deployment deployments/31337.json --db "$DATA/indexer.db" \
  >.devnet/indexer.log 2>&1 &
INDEXER_PID=$!
echo "$INDEXER_PID" >.devnet/indexer.pid

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
  Indexer:     $DATA/indexer.db (SQLite; survives restarts, re-indexes a new chain), log .devnet/indexer.log
  Governance:  forge script script/Governance.s.sol --sig 'propose(string)' proposals/example-unbonding-14d.json --rpc-url $RPC --broadcast
EOT

if [ "${DEVNET_DETACH:-0}" = "1" ]; then
  echo "anvil and the indexer keep running in the background; stop them with: kill \$(cat .devnet/anvil.pid .devnet/indexer.pid)"
  exit 0
fi
echo "Press Ctrl-C to stop."
wait "$ANVIL_PID"
