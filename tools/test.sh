#!/usr/bin/env bash
# Every test and check the project has, in the order CI runs them. Installs what it needs
# (npm ci; cargo builds itself). CI=true selects the forge `ci` profile (more fuzz and
# invariant runs). Ends with one line totalling every runner: "summary: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1
FORGE=node_modules/@foundry-rs/forge-linux-amd64/bin/forge
PROFILE=default
if [ "${CI:-}" = "true" ]; then PROFILE=ci; fi
LOGS=target/test-logs
mkdir -p "$LOGS"
PASSED=0
FAILED=0

step() { printf '\n==> %s\n' "$*"; }
# run NAME CMD...: runs CMD with its output shown and kept in $LOGS/NAME.log; returns its status.
run() {
  local name=$1
  shift
  set +e
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}
finish() {
  local rc=$?
  echo
  echo "summary: ${PASSED} passed, ${FAILED} failed"
  exit "$rc"
}
trap finish EXIT

step "installing pinned tools (npm ci)"
npm ci --no-audit --no-fund --loglevel=error

# The GraphQL explorer's browser test drives Debian's Chromium (headless).
if ! command -v chromium >/dev/null 2>&1; then
  step "installing chromium (apt) for the explorer's browser test"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

step "solc wrapper tests (node --test)"
run node node --test tools/solc-wrapper/ >/dev/null || { cat "$LOGS/node.log"; FAILED=$((FAILED + 1)); exit 1; }
tail -n 8 "$LOGS/node.log"
PASSED=$((PASSED + $(sed -n 's/^# pass \([0-9]*\)/\1/p' "$LOGS/node.log")))

step "forge fmt --check"
"$FORGE" fmt --check

step "forge test (profile: $PROFILE)"
forge_rc=0
FOUNDRY_PROFILE=$PROFILE run forge "$FORGE" test --no-match-path 'contracts/test/gas/*' | grep -v '^\[PASS\] test' || forge_rc=$?
tally_forge() {
  local line
  line=$(grep -E '^Ran [0-9]+ test suites?' "$1" | tail -n 1)
  PASSED=$((PASSED + $(echo "$line" | sed -n 's/.*: \([0-9]*\) tests passed.*/\1/p')))
  FAILED=$((FAILED + $(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')))
}
tally_forge "$LOGS/forge.log"
[ "$forge_rc" -eq 0 ] || exit "$forge_rc"

step "gas snapshots are current (profile: gas, snapshots/)"
FORGE_SNAPSHOT_CHECK=true FOUNDRY_PROFILE=gas run gas "$FORGE" test --match-path 'contracts/test/gas/*'
tally_forge "$LOGS/gas.log"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo test (e2e on anvil, bindings drift)"
cargo_rc=0
run cargo cargo test --workspace --all-targets || cargo_rc=$?
PASSED=$((PASSED + $(sed -n 's/^test result: .*\. \([0-9]*\) passed.*/\1/p' "$LOGS/cargo.log" | awk '{s+=$1} END {print s+0}')))
FAILED=$((FAILED + $(sed -n 's/^test result: .* \([0-9]*\) failed.*/\1/p' "$LOGS/cargo.log" | awk '{s+=$1} END {print s+0}')))
exit "$cargo_rc"
