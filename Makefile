# Entry points. `make test` is exactly what CI runs (.ci/run calls it).
FORGE := node_modules/@foundry-rs/forge-linux-amd64/bin/forge
BIND_SELECT := '^(AltToken|Staking|Slasher|FeeDistributor|AltGovernor|TimelockController|IRollupManager)$$'

.PHONY: devnet test ci setup build fmt snapshot vectors bindings check-bindings bench bench-api bench-api-pg bench-e2e bench-stf bench-node clean

devnet:          ## local anvil with the whole system deployed and seeded
	tools/devnet.sh $(if $(TRAFFIC),--traffic $(TRAFFIC)) $(if $(FRESH),--fresh)

test:            ## every test and check (what CI runs)
	tools/test.sh

ci:              ## the CI run: test with the forge `ci` profile
	CI=true tools/test.sh

setup:
	npm ci --no-audit --no-fund --loglevel=error

build: setup
	$(FORGE) build
	cargo build --workspace --all-targets

fmt: setup
	$(FORGE) fmt
	cargo fmt --all

snapshot: setup  ## rewrite the committed gas snapshots (snapshots/)
	FOUNDRY_PROFILE=gas $(FORGE) test --match-path 'contracts/test/gas/*'

vectors: setup   ## rewrite test-vectors/ from the Solidity implementation
	WRITE_VECTORS=true $(FORGE) test --match-path 'contracts/test/rollup/*Vectors*'

bindings: setup  ## regenerate bindings/src/generated from the contracts
	$(FORGE) bind --alloy-version 2.5.0 --module --select $(BIND_SELECT) --bindings-path bindings/src/generated --overwrite

bench:           ## indexer ingest benchmark (100k synthetic events into SQLite; see indexer/README.md)
	cargo run --release --quiet -p alt-indexer --example bench_ingest -- 100000 5000

EVENTS ?= 100000
DB ?= sqlite
bench-e2e:       ## anvil -> SQLite backfill of 100k events (EVENTS=1000000 for 1M; DB=postgres into PostgreSQL), crash -> serving, mined -> visible (see graphql/README.md)
	npm ci --no-audit --no-fund --loglevel=error
	node_modules/@foundry-rs/forge-linux-amd64/bin/forge build >/dev/null
	cargo build --release --quiet -p alt-graphql
	cargo run --release --quiet -p alt-graphql --example bench_e2e -- $(EVENTS) $(DB)

bench-api:       ## GraphQL latency: a filtered 50-row page at 1,000 requests/s for 10 s while 4 hostile clients send the most expensive queries (see graphql/README.md)
	cargo run --release --quiet -p alt-graphql --example bench_api -- 1000 10 4

bench-api-pg:    ## the same page at 1,000 requests/s over two API replicas of a PostgreSQL index (no hostile clients; see graphql/README.md)
	cargo run --release --quiet -p alt-graphql --example bench_api -- 1000 10 0 postgres 2

bench-stf:       ## STF throughput with signature recovery: 20,000 transfers between 10,000 accounts, 1 core and all cores (see node/README.md)
	cargo run --release --quiet -p alt-stf --example bench_stf -- 20000 10000

bench-node:      ## the node on anvil: soft confirmation at 1,000 transfers/s for 10 s (p50/p99), L1 blocks from post to fast-final with 3 verifiers (see node/README.md)
	npm ci --no-audit --no-fund --loglevel=error
	node_modules/@foundry-rs/forge-linux-amd64/bin/forge build >/dev/null
	cargo build --release --quiet -p alt-node
	cargo run --release --quiet -p alt-node --example bench_node -- 1000 10 200

check-bindings: setup
	$(FORGE) bind --alloy-version 2.5.0 --module --select $(BIND_SELECT) --bindings-path bindings/src/generated

clean:
	$(FORGE) clean
	cargo clean
