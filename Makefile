# enigmad — make targets. `make help` lists them.

GO         ?= go
BUILD_DIR  ?= $(CURDIR)/build
GOBIN      ?= $(shell $(GO) env GOPATH)/bin
VERSION    ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT     ?= $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS    := -X github.com/cosmos/cosmos-sdk/version.Name=enigma \
              -X github.com/cosmos/cosmos-sdk/version.AppName=enigmad \
              -X github.com/cosmos/cosmos-sdk/version.Version=$(VERSION) \
              -X github.com/cosmos/cosmos-sdk/version.Commit=$(COMMIT)
# CometBFT reports a version constant it left behind (0.39.0 in v0.40.0):
# enigmad is compiled through scripts/cmtversion, which sets it to the
# version go.mod pins (docs/decisions.md).
# The marker keys the rewritten objects in the build cache by the version
# and the wrapper's source.
CMT_VERSION = $(shell $(GO) list -m -f '{{if and .Replace .Replace.Version}}{{.Replace.Version}}{{else}}{{.Version}}{{end}}' github.com/cometbft/cometbft | sed 's/^v//')
CMT_MARKER  = cmtversion-$(CMT_VERSION)-$(shell sha256sum scripts/cmtversion/main.go | cut -c1-16)
CMT_FLAGS   = -toolexec '$(BUILD_DIR)/cmtversion $(CMT_VERSION) $(CMT_MARKER)' \
              -gcflags 'github.com/cometbft/cometbft/version=-D=$(CMT_MARKER)'
# cmt-check: the built enigmad reports go.mod's CometBFT.
define cmt-check
@v=$$($(1) comet version | sed -n 's/^CometBFT: //p'); [ "$$v" = "$(CMT_VERSION)" ] || \
  { echo "$(1) reports CometBFT '$$v', go.mod pins '$(CMT_VERSION)' (scripts/cmtversion; docs/decisions.md)" >&2; exit 1; }
endef
# Proto generators are installed at the versions pinned in tools/go.mod.
PROTO_TOOLS := github.com/bufbuild/buf/cmd/buf \
               github.com/cosmos/gogoproto/protoc-gen-gocosmos \
               github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway \
               github.com/cosmos/cosmos-proto/cmd/protoc-gen-go-pulsar
export PATH := $(GOBIN):$(PATH)

.PHONY: help build geth install js web serve-web test-web contracts-deps bench-client example-auction example-auction-js example-millionaires example-voting test test-unit test-localnet localnet localnet-reset localnet-stop localnet-status enclave-sgx \
        proto-tools proto-lint proto-gen proto-check ts-proto ts-proto-check lint ego-check abigen contracts contracts-check gas fuzz fmt bench bench-go e2e test-faults localnet-add-worker clean

help: ## show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

build: ## build build/enigmad and build/enigma-enclave (simulation mode)
	@[ -n "$(CMT_VERSION)" ] || { echo "go.mod's CometBFT has no version for scripts/cmtversion to report" >&2; exit 1; }
	$(GO) build -o $(BUILD_DIR)/cmtversion ./scripts/cmtversion
	$(GO) build $(CMT_FLAGS) -ldflags '$(LDFLAGS)' -o $(BUILD_DIR)/enigmad ./cmd/enigmad
	$(call cmt-check,$(BUILD_DIR)/enigmad)
	$(GO) build -o $(BUILD_DIR)/enigma-enclave ./cmd/enigma-enclave

# The localnet's Ethereum node: go-ethereum's geth at the version of the
# library (docs/bridge.md), built once into build/ (about 4 minutes cold).
GETH_VERSION := v1.17.8
geth: $(BUILD_DIR)/geth ## install build/geth (go-ethereum $(GETH_VERSION)) for the localnet

$(BUILD_DIR)/geth:
	mkdir -p $(BUILD_DIR) && cd $(BUILD_DIR) && GOBIN=$(BUILD_DIR) GOFLAGS=-mod=mod $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

install: ## install enigmad and enigma-enclave into GOBIN
	@[ -n "$(CMT_VERSION)" ] || { echo "go.mod's CometBFT has no version for scripts/cmtversion to report" >&2; exit 1; }
	$(GO) build -o $(BUILD_DIR)/cmtversion ./scripts/cmtversion
	$(GO) install $(CMT_FLAGS) -ldflags '$(LDFLAGS)' ./cmd/enigmad
	$(call cmt-check,$(GOBIN)/enigmad)
	$(GO) install ./cmd/enigma-enclave

enclave-sgx: ## build and sign the SGX enclave (needs the EGo toolchain: ego-go, ego)
	@command -v ego-go >/dev/null || { echo "enclave-sgx needs the EGo toolchain (ego-go, ego), which is not installed here; see enclave/README.md"; exit 1; }
	cd cmd/enigma-enclave && ego-go build -tags ego -o $(BUILD_DIR)/enigma-enclave-sgx . && cp enclave.json $(BUILD_DIR)/ && cd $(BUILD_DIR) && sed -i 's/"exe": "enigma-enclave"/"exe": "enigma-enclave-sgx"/' enclave.json && ego sign enclave.json

test: ## unit and integration tests (the real app in process)
	$(GO) test -count=1 ./...

js: ## install and build the TypeScript client (clients/js: npm ci, tsc, the DCAP verifier in WebAssembly)
	cd clients/js && npm ci --no-audit --no-fund && npm run build

web: js ## build the auction page (examples/auction/web: esbuild from npm)
	cd examples/auction/web && npm ci --no-audit --no-fund && npm run build

serve-web: web ## serve the auction page on http://127.0.0.1:8088 against the running localnet
	node examples/auction/web/serve.js

test-web: web ## the auction page in Debian's chromium (playwright-core) against the running localnet
	node examples/auction/web/test.js

contracts-deps: ## npm packages of contracts/ (solc), for scripts/secret.js
	cd contracts && npm ci --no-audit --no-fund

test-localnet: build geth js web contracts-deps ## start NODES=4 on 127.0.0.1, kill and restart a validator, stop; the Go CLI and the TypeScript client against it
	ENIGMAD=$(BUILD_DIR)/enigmad $(GO) test -count=1 -tags localnet -timeout 30m -v ./tests/localnet/

e2e: build js ## end to end on the running localnet (make localnet first): the auction with bids from the Go CLI and the TypeScript client, callbacks and refunds on Ethereum, a stopped worker's task timed out and refunded, a worker added and provisioned
	ENIGMAD=$(BUILD_DIR)/enigmad $(GO) test -count=1 -tags e2e -timeout 25m -v ./tests/e2e/

test-faults: build geth ## a four-validator localnet of its own under load: a validator, a worker, an orchestrator, an enclave, geth killed and restarted, a worker kept down; nothing lost, doubled or refunded twice (FAULTS=short: the first three, as CI runs it)
	ENIGMAD=$(BUILD_DIR)/enigmad $(GO) test -count=1 -tags faults -timeout 45m -v ./tests/faults/

example-auction: ## the sealed-bid auction end to end on the running localnet, with the Go client (examples/auction)
	$(GO) run ./examples/auction

example-auction-js: js ## the same with the TypeScript client (clients/js/examples/auction.ts)
	node clients/js/dist/examples/auction.js

example-millionaires: ## who is the richest, nobody's wealth revealed, on the running localnet (examples/millionaires)
	$(GO) run ./examples/millionaires

example-voting: ## a secret ballot on the running localnet (examples/voting)
	$(GO) run ./examples/voting

bench-client: js ## the Go and the TypeScript clients' cost per task and first contact, beside the enclave's time per task, in one run
	$(GO) test -run '^$$' -bench 'ClientSeal|ClientFirstContact|ExecuteTask$$' -benchtime 2000x ./client/ ./enclave/core/
	cd clients/js && node dist/test/bench.js

bench: build geth ## the network's benchmark, one run, one table into docs/benchmarks.md: tasks/s and latency end to end on new localnets (NODES=1 and 4) beside bank sends, Ethereum gas per task, enclave and chain time per task (scripts/bench.sh; deletes .localnet/)
	./scripts/bench.sh

bench-go: ## every Go benchmark
	$(GO) test -run '^$$' -bench . -benchmem ./...

localnet: build geth ## build and start (or resume) a local network (NODES=1 by default, NODES=4 for four validators)
	ENIGMAD=$(BUILD_DIR)/enigmad ./scripts/localnet.sh start

localnet-reset: build geth ## start a new local network from genesis (deletes .localnet/)
	RESET=1 ENIGMAD=$(BUILD_DIR)/enigmad ./scripts/localnet.sh start

localnet-stop: ## stop exactly the processes `make localnet` started
	./scripts/localnet.sh stop

localnet-add-worker: ## one more enclave and worker on the running localnet: a new operator registers it, the running workers provision it
	./scripts/localnet.sh add-worker

localnet-status: ## pids and heights of the localnet's nodes and enclave
	./scripts/localnet.sh status

proto-tools: ## install buf and the protoc plugins at pinned versions
	cd tools && $(GO) install $(PROTO_TOOLS)

proto-gen: proto-tools ## regenerate protobuf Go code (offline)
	./scripts/protocgen.sh

proto-lint: proto-tools ## buf lint of our protos
	buf lint --path proto/enigma

proto-check: proto-lint proto-gen ## fail if the committed generated code is stale
	@git diff --exit-code -- x api enclave/rpc/enclavepb ingress/types || { echo "generated protobuf code is stale: run 'make proto-gen' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- x api enclave/rpc/enclavepb ingress/types)" || { git status --porcelain -- x api enclave/rpc/enclavepb ingress/types; echo "generated protobuf files not committed"; exit 1; }

ABIGEN_VERSION := v1.17.8

abigen: ## install abigen at the pinned go-ethereum version
	@abigen --version 2>/dev/null | grep -q "$(patsubst v%,%,$(ABIGEN_VERSION))-stable" || \
		$(GO) install github.com/ethereum/go-ethereum/cmd/abigen@$(ABIGEN_VERSION)

contracts: abigen ## compile the Solidity contracts (npm solc, standard JSON) into contracts/build and regenerate the Go bindings
	cd contracts && npm ci --no-audit --no-fund && node scripts/compile.js
	./scripts/bindings.sh

contracts-check: contracts ## fail if the committed contract artifacts or bindings are stale
	@git diff --exit-code -- contracts/build contracts/bindings || { echo "contract artifacts are stale: run 'make contracts' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- contracts/build contracts/bindings)" || { git status --porcelain -- contracts/build contracts/bindings; echo "contract artifacts not committed"; exit 1; }

ts-proto: ## regenerate the TypeScript client's generated code: protobuf types (clients/js/src/proto, ts-proto from npm, offline buf) and contract ABIs (clients/js/src/abi.ts)
	cd clients/js && npm ci --no-audit --no-fund
	./scripts/tsprotogen.sh
	node clients/js/scripts/abi.js

ts-proto-check: proto-tools ts-proto ## fail if the committed TypeScript types are stale; compile and test clients/js
	@git diff --exit-code -- clients/js/src/proto clients/js/src/abi.ts || { echo "TypeScript generated code is stale: run 'make ts-proto' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- clients/js/src/proto clients/js/src/abi.ts)" || { git status --porcelain -- clients/js/src/proto clients/js/src/abi.ts; echo "TypeScript generated code not committed"; exit 1; }
	cd clients/js && npm test

gas: ## gas per bridge operation on the simulated backend (mainnet and --dev rules), written to docs/gas.md
	$(GO) test -count=1 -run '^TestGasTable$$' ./contracts/ethereum -gas.out $(CURDIR)/docs/gas.md

ego-check: ## the SGX (EGo) code paths still compile (mock eclient: no Open Enclave host library here)
	CGO_ENABLED=1 $(GO) build -tags ego,ego_mock_eclient ./...
	CGO_ENABLED=1 $(GO) vet -tags ego,ego_mock_eclient ./enclave/...

fuzz: ## run every fuzz target for FUZZTIME each (default 20s)
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $${FUZZTIME:-20s} $$pkg || exit 1; \
	  done; \
	done

lint: ## go vet and gofmt check
	$(GO) vet $$($(GO) list ./... | grep -v '/api/')
	GOOS=js GOARCH=wasm $(GO) vet ./clients/js/wasm/dcap
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '\.pb\.go$$\|\.pb\.gw\.go$$\|\.pulsar\.go$$')); \
	  test -z "$$out" || { echo "gofmt needed:"; echo "$$out"; exit 1; }

fmt: ## gofmt the tree
	gofmt -w $$(git ls-files '*.go' | grep -v '\.pb\.go$$\|\.pb\.gw\.go$$\|\.pulsar\.go$$')

clean: ## remove build outputs
	rm -rf $(BUILD_DIR)
