#!/usr/bin/env bash
# localnet.sh — start, resume or stop a local enigmad network on 127.0.0.1.
#
#   scripts/localnet.sh start     # resumes .localnet/ if it holds a network,
#                                 # else makes one (NODES=1 by default, NODES=4
#                                 # for four validators); RESET=1 starts anew
#   scripts/localnet.sh stop      # stops exactly the processes start launched
#   scripts/localnet.sh status    # pids and heights of the nodes
#   scripts/localnet.sh stop NAME # stop one process (nodeI, enclaveI, workerI,
#                                 # orchestratorI, geth); kill NAME: kill -9
#                                 # (geth killed may lose its last blocks)
#   scripts/localnet.sh start NAME # start it again, on its data
#   scripts/localnet.sh add-worker # one more enclave and worker, registered
#                                 # by a new operator, provisioned by the others
#
# It starts N validator nodes (`enigmad start`), and per validator one
# enclave (`enigma-enclave`, simulation mode) and its worker daemon
# (`enigmad worker start`: it runs the tasks assigned to its enclave,
# provisions newcomers and submits the epoch beacons): node 0's enclave is
# the genesis worker and creates the network's master seed, the others
# register once the chain runs and are provisioned by the running workers.
# It also starts an Ethereum dev chain (`geth --dev`, chain id 1337, HTTP
# 8545, WebSocket 8546) with the ENG token and the bridge contract deployed
# with the genesis validator set, and one bridge orchestrator per validator
# (`enigmad orchestrator start`). Everything lives under .localnet/
# (git-ignored): one home, log and pid file per node, enclave and worker,
# the enclaves' sealed data, geth's data, chain-info.json (the chain's
# client settings, Keplr's format) and ethereum.json (the Ethereum side's:
# endpoints, contracts, a funded dev key). Node i listens on P2P
# 26656+10i, RPC 26657+10i, ABCI 26658+10i, gRPC 9090+10i, REST 1317+10i
# and the ingress (task data from users, HTTP/JSON and gRPC;
# ingress/README.md) 1318+10i, so node 0 has the usual ports.
# Blocks come every second; the nodes check the invariants at every block
# (INVARIANTS=0: not). Dev accounts and validator keys come from fixed,
# public, TEST-ONLY mnemonics: the same addresses on every new network.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODES_SET=${NODES:+1}       # NODES given: a resumed network must have as many
CHAIN_ID_SET=${CHAIN_ID:+1} # likewise CHAIN_ID
NODES=${NODES:-1}
CHAIN_ID=${CHAIN_ID:-enigma-local-1}
BIN=${ENIGMAD:-$ROOT/build/enigmad}
ENCLAVE=${ENIGMA_ENCLAVE:-$(dirname "$BIN")/enigma-enclave}
GETH=${GETH:-$(dirname "$BIN")/geth}
ETH_CHAIN_ID=1337
ETH_HTTP_PORT=8545
ETH_WS_PORT=8546
DIR=${LOCALNET_DIR:-$ROOT/.localnet}
DENOM=ueng
KEYRING=(--keyring-backend test)
# Dev accounts funded at genesis; their keys are in node 0's test keyring.
# TEST ONLY: these mnemonics are public (README, "Client settings"); never
# send real funds to their addresses on any network.
DEV_ACCOUNTS=(alice bob carol relayer)
declare -A DEV_MNEMONIC=(
  [alice]="switch torch truly weird recipe disease vault rural immune valve office smoke rebel maximum fence welcome approve parrot angry slow economy visa sing abuse"
  [bob]="coffee plastic mosquito clog magnet cinnamon pilot orchard useless neglect power rapid debate grief joy valid ghost eagle clump donor found giraffe morning hold"
  [carol]="dress fork joy oblige aisle inhale zebra amateur drop ski into cook civil napkin race belt sound cactus foam buyer quantum goddess unusual tool"
  [relayer]="actor mystery tornado proud great energy fabric horror gun oval trophy sample monkey final black shift skin soap canvas half glance bundle shop ensure"
)
# The chain's client settings (also in the README and chain-info.json).
BECH32_PREFIX=enigma
COIN_TYPE=118
GAS_PRICE=0$DENOM

rpc_port() { echo $((26657 + 10 * $1)); }
p2p_port() { echo $((26656 + 10 * $1)); }
abci_port() { echo $((26658 + 10 * $1)); }
grpc_port() { echo $((9090 + 10 * $1)); }
api_port() { echo $((1317 + 10 * $1)); }
metrics_port() { echo $((9464 + 10 * $1)); }
worker_metrics_port() { echo $((9465 + 10 * $1)); }
ingress_port() { echo $((1318 + 10 * $1)); }
home_of() { echo "$DIR/node$1"; }

die() { echo "localnet: $*" >&2; exit 1; }

# wait_all PID...: wait for each, and die if any failed (a plain `wait` on
# several pids reports only the last one's status).
wait_all() {
  local p
  for p in "$@"; do wait "$p" || die "a setup step failed (pid $p); see the messages above and $DIR"; done
}

# set_toml FILE SECTION KEY VALUE: replace `KEY = ...` inside [SECTION]
# ("" is the top level, before any section). VALUE is written as given.
set_toml() {
  local file=$1 section=$2 key=$3 value=$4 tmp
  tmp=$(mktemp)
  awk -v section="$section" -v key="$key" -v value="$value" '
    BEGIN { current = ""; done = 0 }
    /^\[.*\]$/ { current = substr($0, 2, length($0) - 2) }
    {
      if (!done && current == section && $0 ~ "^" key "[ \t]*=") {
        print key " = " value; done = 1; next
      }
      print
    }
    END { if (!done) exit 3 }
  ' "$file" >"$tmp" || { rm -f "$tmp"; die "no key $key in [$section] of $file"; }
  mv "$tmp" "$file"
}

# pid_alive PIDFILE: the pid in the file is running and is one of our nodes.
pid_alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against pid reuse: the process must be one of our binaries,
  # started on this directory (a plain string match, not a pattern).
  local cmd first
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  first=${cmd%% *}
  case "${first##*/}" in enigmad | enigma-enclave | geth) ;; *) return 1 ;; esac
  [[ "$cmd" == *" $(dirname "$1")/"* ]]
}

height_of() {
  curl -s --max-time 2 "http://127.0.0.1:$(rpc_port "$1")/status" 2>/dev/null |
    sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p' || true
}

# node_id HOME: the CometBFT node id, hex(sha256(ed25519 pubkey)[:20]), read
# from node_key.json without starting another process of enigmad.
node_id() {
  python3 - "$1/config/node_key.json" <<'PY'
import base64, hashlib, json, sys
key = base64.b64decode(json.load(open(sys.argv[1]))["priv_key"]["value"])
print(hashlib.sha256(key[32:]).hexdigest()[:40])
PY
}

# validator_mnemonic I: validator I's fixed, public, test-only mnemonic,
# derived from a fixed phrase (any number of validators).
validator_mnemonic() {
  printf '%s\ny\n' "enigmad localnet validator $1: fixed public test-only entropy" |
    "$BIN" keys mnemonic --unsafe-entropy 2>/dev/null | tail -n 1
}

# add_key HOME NAME MNEMONIC: NAME in HOME's test keyring, from MNEMONIC;
# writes its JSON (with the address) to $DIR/NAME.json.
add_key() {
  "$BIN" keys add "$2" --recover "${KEYRING[@]}" --home "$1" --output json <<<"$3" >"$DIR/$2.json" 2>&1 ||
    die "keys add $2 failed: $(cat "$DIR/$2.json")"
}

# eth_rpc METHOD PARAMS_JSON: a JSON-RPC call to geth; prints the result.
eth_rpc() {
  python3 - "http://127.0.0.1:$ETH_HTTP_PORT" "$1" "$2" <<'PY'
import json, sys, urllib.request
url, method, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
req = urllib.request.Request(url, json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode(),
                             {"Content-Type": "application/json"})
res = json.load(urllib.request.urlopen(req, timeout=10))
if "error" in res:
    sys.exit("%s: %s" % (method, res["error"]))
print(json.dumps(res["result"]) if not isinstance(res["result"], str) else res["result"])
PY
}

# start_geth: the Ethereum dev chain on $DIR/geth, blocks every second,
# loopback only; waits for its first answer.
start_geth() {
  [ -x "$GETH" ] || die "$GETH not found: make localnet installs it (make geth)"
  mkdir -p "$DIR/geth"
  "$GETH" --dev --dev.period 1 --datadir "$DIR/geth" --http --http.addr 127.0.0.1 --http.port "$ETH_HTTP_PORT" \
    --http.api eth,net,web3 --ws --ws.addr 127.0.0.1 --ws.port "$ETH_WS_PORT" --ws.api eth,net,web3 \
    --nodiscover --maxpeers 0 --ipcdisable --port 0 --authrpc.port 0 >>"$DIR/geth.log" 2>&1 &
  echo $! >"$DIR/geth.pid"
  for _ in $(seq 150); do
    eth_rpc eth_chainId '[]' >/dev/null 2>&1 && return
    pid_alive "$DIR/geth.pid" || die "geth exited; see $DIR/geth.log"
    sleep 0.2
  done
  die "geth did not answer within 30 s; see $DIR/geth.log"
}

# eth_fund ADDRESS [WEI]: WEI (0x hex; default 100 ETH) from geth's
# prefunded dev account.
eth_fund() {
  local dev
  dev=$(eth_rpc eth_accounts '[]' | python3 -c 'import json,sys; print(json.load(sys.stdin)[0])')
  eth_rpc eth_sendTransaction "[{\"from\": \"$dev\", \"to\": \"$1\", \"value\": \"${2:-0x56bc75e2d63100000}\"}]" >/dev/null
}

start_orchestrator() {
  local i=$1 home
  home=$(home_of "$i")
  "$BIN" orchestrator start --home "$home" --from orchestrator "${KEYRING[@]}" --chain-id "$CHAIN_ID" \
    --node-grpc "127.0.0.1:$(grpc_port "$i")" --eth-rpc "http://127.0.0.1:$ETH_HTTP_PORT" --eth-key-file "$home/eth.key" \
    --confirmations 0 --metrics "127.0.0.1:$(metrics_port "$i")" --log_no_color >>"$DIR/orchestrator$i.log" 2>&1 &
  echo $! >"$DIR/orchestrator$i.pid"
}

# start_worker I: validator I's worker daemon on enclave I, sending as the
# validator (its operator) through node I; a worker added to the running
# network (add-worker: I past the validators) sends as its own operator
# through node 0.
start_worker() {
  local i=$1 home node=$1 from="validator$1"
  if [ -e "$DIR/enclave$i/operator" ]; then
    node=0 from=$(cat "$DIR/enclave$i/operator")
  fi
  home=$(home_of "$node")
  "$BIN" worker start --home "$home" --from "$from" "${KEYRING[@]}" --chain-id "$CHAIN_ID" \
    --node-grpc "127.0.0.1:$(grpc_port "$node")" --node "tcp://127.0.0.1:$(rpc_port "$node")" \
    --enclave-socket "$DIR/enclave$i/enclave.sock" \
    --metrics "127.0.0.1:$(worker_metrics_port "$i")" --log_no_color >>"$DIR/worker$i.log" 2>&1 &
  echo $! >"$DIR/worker$i.pid"
}

# tx_hash OUT: the hash of the transaction whose JSON (a line of OUT) a
# `tx ... -o json` printed; dies when there is none.
tx_hash() {
  local hash
  hash=$(python3 -c '
import json, sys
for line in sys.argv[1].splitlines():
    if line.startswith("{"):
        print(json.loads(line)["txhash"])
        break
' "$1")
  [ -n "$hash" ] || die "no transaction hash in: $1"
  echo "$hash"
}

# register_workers: validators 1..N-1 register their enclaves (a stake of
# 10 ENG each) unless they did before; the running workers provision them.
# A registration counts once its transaction succeeded in a block (CheckTx
# does not run the registration's checks).
register_workers() {
  local i home out code
  local -A hashes=()
  for ((i = 1; i < NODES; i++)); do
    [ -e "$DIR/enclave$i/registered" ] && continue
    home=$(home_of "$i")
    out=$("$BIN" tx registry register "10000000$DENOM" --enclave-socket "$DIR/enclave$i/enclave.sock" --from "validator$i" \
      "${KEYRING[@]}" --home "$home" --gas 500000 --yes -o json 2>&1) || die "registering enclave $i failed: $out"
    case "$out" in *'"code":0'*) ;; *) die "registering enclave $i was refused: $out" ;; esac
    hashes[$i]=$(tx_hash "$out")
  done
  for i in "${!hashes[@]}"; do
    code=""
    for _ in $(seq 60); do
      code=$("$BIN" q tx "${hashes[$i]}" --home "$(home_of "$i")" -o json 2>/dev/null |
        python3 -c 'import json,sys; print(json.load(sys.stdin).get("code", 0))' 2>/dev/null) && break
      sleep 0.5
    done
    [ "$code" = 0 ] || die "registering enclave $i: transaction ${hashes[$i]} ${code:+failed in its block (code $code)}${code:-not in a block after 30 s}"
    touch "$DIR/enclave$i/registered"
  done
}

start_node() {
  local i=$1 home flags=()
  home=$(home_of "$i")
  # A development network checks the invariants at every block (a walk
  # over the modules' state, which grows with every task); INVARIANTS=0
  # runs the nodes as production ones do (make bench).
  [ "${INVARIANTS:-1}" = 0 ] || flags+=(--check-invariants)
  # Plain logs: the files are read by people and tools, not a terminal.
  "$BIN" start --home "$home" "${flags[@]}" --log_no_color >>"$DIR/node$i.log" 2>&1 &
  echo $! >"$DIR/node$i.pid"
}

cmd_start() {
  [ -x "$BIN" ] || die "$BIN not found: run 'make build' first (make localnet does)"
  [ -x "$ENCLAVE" ] || die "$ENCLAVE not found: run 'make build' first (make localnet does)"
  [[ "$NODES" =~ ^[1-9][0-9]*$ ]] || die "NODES must be a positive number"
  for f in "$DIR"/node*.pid "$DIR"/enclave*.pid "$DIR"/geth.pid "$DIR"/orchestrator*.pid "$DIR"/worker*.pid; do
    [ -e "$f" ] && pid_alive "$f" && die "a localnet is already running (make localnet-stop first)"
  done
  local t0=$EPOCHREALTIME
  # A network whose genesis was completed is resumed, unless RESET=1.
  if [ -z "${RESET:-}" ] && [ -e "$DIR/genesis.done" ]; then
    cmd_resume "$t0"
    return
  fi
  rm -rf "$DIR"; mkdir -p "$DIR"

  # 1. Homes, validator keys, and the dev accounts (nodes in parallel).
  # `wait` is given the pids: the genesis enclave, started later, stays.
  local i home jobs=()
  for ((i = 0; i < NODES; i++)); do
    home=$(home_of "$i")
    {
      "$BIN" init "node$i" --chain-id "$CHAIN_ID" --default-denom "$DENOM" --home "$home" >/dev/null 2>&1
      add_key "$home" "validator$i" "$(validator_mnemonic "$i")"
      # The bridge keys: the orchestrator's account and the validator's
      # Ethereum key (random: they never leave this network).
      "$BIN" keys add orchestrator "${KEYRING[@]}" --home "$home" --output json >"$DIR/orchestrator$i.json" 2>&1
      "$BIN" orchestrator new-eth-key "$home/eth.key" >"$DIR/eth$i.address"
      # The ingress key: signs the node's fee-less task data transactions.
      printf '{"address":"%s"}\n' "$("$BIN" ingress key --home "$home")" >"$DIR/ingress$i.json"
    } &
    jobs+=($!)
  done
  wait_all "${jobs[@]}"
  local home0; home0=$(home_of 0)
  jobs=()
  for name in "${DEV_ACCOUNTS[@]}"; do
    add_key "$home0" "$name" "${DEV_MNEMONIC[$name]}" &
    jobs+=($!)
  done
  wait_all "${jobs[@]}"

  # 2. Genesis: every key funded in one call, short gov periods for local
  #    testing, the ENG display denom.
  local genesis0="$home0/config/genesis.json" keyfiles=()
  for ((i = 0; i < NODES; i++)); do keyfiles+=("$DIR/validator$i.json" "$DIR/orchestrator$i.json" "$DIR/ingress$i.json"); done
  for name in "${DEV_ACCOUNTS[@]}"; do keyfiles+=("$DIR/$name.json"); done
  python3 - "$DENOM" "${keyfiles[@]}" >"$DIR/accounts.json" <<'PY'
import json, sys
denom, files = sys.argv[1], sys.argv[2:]
print(json.dumps([{"address": json.load(open(f))["address"],
                   "coins": [{"denom": denom, "amount": "1000000000000"}]} for f in files]))
PY
  "$BIN" genesis bulk-add-genesis-account "$DIR/accounts.json" --home "$home0" >/dev/null
  python3 - "$genesis0" "$DENOM" <<'PY'
import json, sys
path, denom = sys.argv[1], sys.argv[2]
g = json.load(open(path))
s = g["app_state"]
s["gov"]["params"]["voting_period"] = "20s"
s["gov"]["params"]["expedited_voting_period"] = "10s"
# A development network: enclaves run in simulation mode (docs/design.md §3).
s["registry"]["params"]["allow_simulated_attestation"] = True
s["bank"]["denom_metadata"] = [{
    "description": "The enigmad staking and fee token",
    "base": denom, "display": "ENG", "name": "Enigma", "symbol": "ENG",
    "denom_units": [{"denom": denom, "exponent": 0}, {"denom": "ENG", "exponent": 6}],
}]
json.dump(g, open(path, "w"), indent=2)
PY

  # 2b. The genesis worker: node 0's enclave (simulation mode) creates the
  #     master seed; genesis gets its commitment and the worker, provisioned,
  #     bonded by validator0.
  for ((i = 0; i < NODES; i++)); do start_enclave "$i"; done
  "$BIN" genesis add-genesis-worker "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["address"])' "$DIR/validator0.json")" \
    "10000000$DENOM" --enclave-socket "$DIR/enclave0/enclave.sock" --home "$home0" >/dev/null

  # 3. One gentx per validator, collected on node 0, copied to all.
  mkdir -p "$home0/config/gentx"
  jobs=()
  for ((i = 0; i < NODES; i++)); do
    home=$(home_of "$i")
    [ "$i" -eq 0 ] || cp "$genesis0" "$home/config/genesis.json"
    "$BIN" genesis gentx "validator$i" "100000000000$DENOM" --chain-id "$CHAIN_ID" \
      "${KEYRING[@]}" --home "$home" --output-document "$home0/config/gentx/gentx-node$i.json" >/dev/null 2>&1 &
    jobs+=($!)
  done
  wait_all "${jobs[@]}"
  "$BIN" genesis collect-gentxs --home "$home0" >/dev/null 2>&1

  # 3b. The bridge: geth's dev chain, a funded deployer whose next two
  #     deployments (the ENG token, then the bridge) land at addresses known
  #     now, and each validator's orchestrator in genesis. The bridge is
  #     deployed once the chain has made validator set 0 (step 5).
  start_geth
  mkdir -p "$DIR/ethereum"
  local deployer
  deployer=$("$BIN" orchestrator new-eth-key "$DIR/ethereum/deployer.key")
  # The dev key: 1,000,000 ETH, enough for examples, tests and load runs.
  eth_fund "$deployer" 0xd3c21bcecceda1000000
  for ((i = 0; i < NODES; i++)); do eth_fund "$(cat "$DIR/eth$i.address")"; done
  local predicted start_block
  predicted=$("$BIN" orchestrator deploy --predict --eth-rpc "http://127.0.0.1:$ETH_HTTP_PORT" --eth-key-file "$DIR/ethereum/deployer.key")
  start_block=$(($(eth_rpc eth_blockNumber '[]')))
  "$BIN" genesis set-bridge "$ETH_CHAIN_ID" "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["bridge"])' "$predicted")" \
    "$start_block" --home "$home0" >/dev/null
  for ((i = 0; i < NODES; i++)); do
    "$BIN" genesis add-orchestrator "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["address"])' "$DIR/validator$i.json")" \
      "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["address"])' "$DIR/orchestrator$i.json")" \
      --eth-key-file "$(home_of "$i")/eth.key" --home "$home0" >/dev/null
  done
  "$BIN" genesis validate "$genesis0" --home "$home0" >/dev/null
  for ((i = 1; i < NODES; i++)); do cp "$genesis0" "$(home_of "$i")/config/genesis.json"; done

  # 4. Config: loopback only, distinct ports, 1-second blocks, peers.
  local ids=() peers j
  for ((i = 0; i < NODES; i++)); do
    ids+=("$(node_id "$(home_of "$i")")")
  done
  for ((i = 0; i < NODES; i++)); do
    home=$(home_of "$i")
    peers=""
    for ((j = 0; j < NODES; j++)); do
      [ "$j" -eq "$i" ] || peers+="${peers:+,}${ids[j]}@127.0.0.1:$(p2p_port "$j")"
    done
    local cfg="$home/config/config.toml" app="$home/config/app.toml"
    set_toml "$cfg" "" proxy_app "\"tcp://127.0.0.1:$(abci_port "$i")\""
    set_toml "$cfg" rpc laddr "\"tcp://127.0.0.1:$(rpc_port "$i")\""
    set_toml "$cfg" rpc pprof_laddr '""'
    set_toml "$cfg" p2p laddr "\"tcp://127.0.0.1:$(p2p_port "$i")\""
    set_toml "$cfg" p2p persistent_peers "\"$peers\""
    set_toml "$cfg" p2p addr_book_strict false
    set_toml "$cfg" p2p allow_duplicate_ip true
    set_toml "$cfg" consensus timeout_commit '"1s"'
    set_toml "$app" "" minimum-gas-prices "\"0$DENOM\""
    set_toml "$app" api enable true
    set_toml "$app" api address "\"tcp://127.0.0.1:$(api_port "$i")\""
    set_toml "$app" grpc address "\"127.0.0.1:$(grpc_port "$i")\""
    set_toml "$app" ingress enable true
    set_toml "$app" ingress address "\"127.0.0.1:$(ingress_port "$i")\""
    cat >"$home/config/client.toml" <<TOML
# Client settings for this localnet node (enigmad config set KEY VALUE changes them).
chain-id = "$CHAIN_ID"
keyring-backend = "test"
keyring-default-keyname = ""
output = "text"
node = "tcp://127.0.0.1:$(rpc_port "$i")"
broadcast-mode = "sync"
TOML
  done

  write_chain_info
  # From here on, start resumes this network: its size and chain id.
  printf '%s %s\n' "$NODES" "$CHAIN_ID" >"$DIR/genesis.done"

  # 5. Start in the background and wait for the first block; deploy the
  #    bridge with the validator set the chain made; start the orchestrators.
  for ((i = 0; i < NODES; i++)); do start_node "$i"; done
  wait_for_height 1
  #    Callbacks get 1,000,000 gas: geth --dev prices state growth as
  #    EIP-8037/8038 will (docs/gas.md), and a callback that creates a few
  #    storage slots (the auction's settlement: three) needs ~360,000.
  "$BIN" orchestrator deploy --node-grpc "127.0.0.1:$(grpc_port 0)" --eth-rpc "http://127.0.0.1:$ETH_HTTP_PORT" \
    --eth-key-file "$DIR/ethereum/deployer.key" --callback-gas 1000000 >"$DIR/ethereum/deployed.json" 2>"$DIR/ethereum/deploy.log" ||
    die "the bridge deployment failed; see $DIR/ethereum/deploy.log"
  write_ethereum_info
  for ((i = 0; i < NODES; i++)); do start_orchestrator "$i"; done
  register_workers
  for ((i = 0; i < NODES; i++)); do start_worker "$i"; done
  local elapsed; elapsed=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  echo
  echo "enigmad localnet is up: chain $CHAIN_ID, $NODES validator(s), first block after ${elapsed}s."
  write_client_config
  print_summary
}

# wait_for_height H: until node 0 reports height H or more; dies if a node
# exits or nothing comes within 120 s.
wait_for_height() {
  local deadline=$((SECONDS + 120)) h i
  while :; do
    h=$(height_of 0)
    [ -n "$h" ] && [ "$h" -ge "$1" ] && break
    for ((i = 0; i < NODES; i++)); do
      pid_alive "$DIR/node$i.pid" || die "node$i exited; see $DIR/node$i.log"
    done
    [ "$SECONDS" -lt "$deadline" ] || die "no block after 120 s; see $DIR/node*.log"
    sleep 0.2
  done
}

# cmd_resume T0: start the network .localnet/ holds, where it stopped: its
# nodes and enclaves, with their data as they left it.
cmd_resume() {
  local t0=$1 made chain i before
  read -r made chain <"$DIR/genesis.done"
  chain=${chain:-$CHAIN_ID} # a marker from before the chain id was kept
  if [ -n "${NODES_SET:-}" ] && [ "$NODES" != "$made" ]; then
    die "the localnet in $DIR has $made validator(s), not $NODES: make localnet-reset (RESET=1) starts a new one"
  fi
  if [ -n "${CHAIN_ID_SET:-}" ] && [ "$CHAIN_ID" != "$chain" ]; then
    die "the localnet in $DIR is chain $chain, not $CHAIN_ID: make localnet-reset (RESET=1) starts a new one"
  fi
  NODES=$made CHAIN_ID=$chain
  # A network made before the bridge joined the localnet has no Ethereum
  # side and no x/bridge store: it cannot be resumed by this binary.
  [ -e "$DIR/ethereum.json" ] ||
    die "the localnet in $DIR was made before the bridge (no ethereum.json): make localnet-reset (RESET=1) starts a new one"
  before=$(python3 - "$DIR/node0/data/priv_validator_state.json" <<'PY'
import json, sys
try: print(int(json.load(open(sys.argv[1]))["height"]))
except Exception: print(0)
PY
)
  for i in $(worker_indexes); do start_enclave "$i"; done
  start_geth
  for ((i = 0; i < NODES; i++)); do start_node "$i"; done
  wait_for_height $((before + 1))
  for ((i = 0; i < NODES; i++)); do start_orchestrator "$i"; done
  register_workers
  for i in $(worker_indexes); do start_worker "$i"; done
  local elapsed; elapsed=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  echo
  echo "enigmad localnet resumed: chain $CHAIN_ID, $NODES validator(s), height $(height_of 0) after ${elapsed}s (make localnet-reset starts from genesis)."
  write_client_config
  print_summary
}

# worker_indexes: the enclaves (and workers) of this network: one per
# validator, then those add-worker added (a directory with an operator).
worker_indexes() {
  local i f
  for ((i = 0; i < NODES; i++)); do echo "$i"; done
  shopt -s nullglob
  for f in "$DIR"/enclave*/operator; do
    f=${f%/operator}
    echo "${f##*/enclave}"
  done | sort -n
}

# network_size: NODES and CHAIN_ID from the network .localnet/ holds.
network_size() {
  [ -e "$DIR/genesis.done" ] || die "no network in $DIR (make localnet makes one)"
  read -r NODES CHAIN_ID <"$DIR/genesis.done"
  CHAIN_ID=${CHAIN_ID:-enigma-local-1}
}

# tx_ok OUT: waits until the transaction whose JSON OUT holds succeeded
# in a block; dies otherwise.
tx_ok() {
  local out=$1 hash code=""
  case "$out" in *'"code":0'*) ;; *) die "refused: $out" ;; esac
  hash=$(tx_hash "$out")
  for _ in $(seq 60); do
    code=$("$BIN" q tx "$hash" --home "$(home_of 0)" -o json 2>/dev/null |
      python3 -c 'import json,sys; print(json.load(sys.stdin).get("code", 0))' 2>/dev/null) && break
    sleep 0.5
  done
  [ "$code" = 0 ] || die "transaction $hash ${code:+failed in its block (code $code)}${code:-not in a block after 30 s}"
}

# cmd_add_worker: one more enclave and worker on the running network, as a
# new operator would add them: a new account (funded by alice) registers
# the enclave with a stake of 10 ENG; the running workers provision it
# (its status turns provisioned; it is selected from the next epoch).
cmd_add_worker() {
  network_size
  pid_alive "$DIR/node0.pid" || die "node0 is not running (make localnet)"
  local k=$NODES home0 addr name out
  while [ -e "$DIR/enclave$k" ]; do k=$((k + 1)); done
  home0=$(home_of 0)
  name="operator$k"
  start_enclave "$k"
  # A step that fails leaves no enclave running without its worker.
  # (k is expanded now: the trap runs after this function has returned.)
  trap "if [ ! -e '$DIR/enclave$k/operator' ]; then kill \$(cat '$DIR/enclave$k.pid' 2>/dev/null) 2>/dev/null; rm -rf '$DIR/enclave$k' '$DIR/enclave$k.pid'; fi" EXIT
  "$BIN" keys add "$name" "${KEYRING[@]}" --home "$home0" --output json >"$DIR/$name.json" 2>&1 ||
    die "keys add $name failed: $(cat "$DIR/$name.json")"
  addr=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["address"])' "$DIR/$name.json")
  out=$("$BIN" tx bank send alice "$addr" "20000000$DENOM" "${KEYRING[@]}" --home "$home0" --yes -o json 2>&1) ||
    die "funding $name failed: $out"
  tx_ok "$out"
  out=$("$BIN" tx registry register "10000000$DENOM" --enclave-socket "$DIR/enclave$k/enclave.sock" --from "$name" \
    "${KEYRING[@]}" --home "$home0" --gas 500000 --yes -o json 2>&1) || die "registering enclave $k failed: $out"
  tx_ok "$out"
  touch "$DIR/enclave$k/registered"
  echo "$name" >"$DIR/enclave$k/operator"
  start_worker "$k"
  echo "localnet: worker$k added: enclave $DIR/enclave$k (log $DIR/enclave$k.log), operator $name ($addr), worker log $DIR/worker$k.log"
  echo "          the running workers provision it; '$BIN q registry workers --home $home0' shows its status"
}

# process_of NAME: checks NAME is one of the localnet's processes (nodeI,
# enclaveI, workerI, orchestratorI, geth).
process_of() {
  case "$1" in
    geth) ;;
    node[0-9]* | orchestrator[0-9]*)
      local i=${1##*[a-z]}
      [ "$i" -lt "$NODES" ] || die "$1: the network has $NODES validator(s)" ;;
    enclave[0-9]* | worker[0-9]*)
      local i=${1##*[a-z]}
      # Not `grep -q` in a pipe: it stops reading at the first match, and
      # under pipefail the writer's SIGPIPE would fail the test.
      [[ " $(worker_indexes | tr '\n' ' ') " == *" $i "* ]] || die "$1: no such worker (add-worker adds one)" ;;
    *) die "$1: a process is nodeI, enclaveI, workerI, orchestratorI or geth" ;;
  esac
}

# cmd_stop_one NAME SIGNAL: stop one process (TERM: as an operator would;
# KILL: a crash, for fault tests).
cmd_stop_one() {
  network_size
  process_of "$1"
  local f="$DIR/$1.pid" pid
  pid_alive "$f" || die "$1 is not running"
  pid=$(cat "$f")
  kill "-$2" "$pid"
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "localnet: $1 (pid $pid) did not stop within 10 s: SIGKILL" >&2
    kill -9 "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  rm -f "$f"
  echo "localnet: $1 stopped (SIG$2)"
}

# cmd_start_one NAME: start one stopped process again, on its data.
cmd_start_one() {
  network_size
  process_of "$1"
  pid_alive "$DIR/$1.pid" && die "$1 is running"
  local i=${1##*[a-z]}
  case "$1" in
    geth) start_geth ;;
    node*) start_node "$i" ;;
    orchestrator*) start_orchestrator "$i" ;;
    enclave*) start_enclave "$i" ;;
    worker*) start_worker "$i" ;;
  esac
  echo "localnet: $1 started, pid $(cat "$DIR/$1.pid")"
}

# start_enclave I: validator I's enclave (simulation mode) on its data dir;
# enclave 0 is the genesis worker's.
start_enclave() {
  local i=$1 d="$DIR/enclave$1"
  mkdir -p "$d"
  rm -f "$d/enclave.sock"
  "$ENCLAVE" --chain-id "$CHAIN_ID" --data-dir "$d" --socket "$d/enclave.sock" >>"$DIR/enclave$i.log" 2>&1 &
  echo $! >"$DIR/enclave$i.pid"
  for _ in $(seq 100); do [ -S "$d/enclave.sock" ] && return; sleep 0.1; done
  die "enclave $i did not open its socket; see $DIR/enclave$i.log"
}

# write_chain_info: the chain's client settings for wallets, in Keplr's
# chain-info format, to $DIR/chain-info.json.
write_chain_info() {
  python3 - "$DIR/chain-info.json" "$CHAIN_ID" "$BECH32_PREFIX" "$COIN_TYPE" "$DENOM" "$(rpc_port 0)" "$(api_port 0)" <<'PY'
import json, sys
path, chain_id, prefix, coin_type, denom, rpc, rest = sys.argv[1:]
eng = {"coinDenom": "ENG", "coinMinimalDenom": denom, "coinDecimals": 6}
json.dump({
    "chainId": chain_id, "chainName": "enigmad localnet",
    "rpc": "http://127.0.0.1:" + rpc, "rest": "http://127.0.0.1:" + rest,
    "bip44": {"coinType": int(coin_type)},
    "bech32Config": {
        "bech32PrefixAccAddr": prefix, "bech32PrefixAccPub": prefix + "pub",
        "bech32PrefixValAddr": prefix + "valoper", "bech32PrefixValPub": prefix + "valoperpub",
        "bech32PrefixConsAddr": prefix + "valcons", "bech32PrefixConsPub": prefix + "valconspub",
    },
    "currencies": [eng], "stakeCurrency": eng,
    # The localnet's minimum gas price is 0 (task data is fee-less anyway).
    "feeCurrencies": [dict(eng, gasPriceStep={"low": 0, "average": 0, "high": 0.025})],
    "features": [],
}, open(path, "w"), indent=2)
PY
}

# write_ethereum_info: the Ethereum side's settings, to $DIR/ethereum.json.
write_ethereum_info() {
  python3 - "$DIR/ethereum.json" "$DIR/ethereum/deployed.json" "$ETH_CHAIN_ID" "$ETH_HTTP_PORT" "$ETH_WS_PORT" "$DIR/ethereum/deployer.key" <<'PY'
import json, sys
path, deployed, chain_id, http, ws, key = sys.argv[1:]
d = json.load(open(deployed))
json.dump({
    "chain_id": int(chain_id), "rpc": "http://127.0.0.1:" + http, "ws": "ws://127.0.0.1:" + ws,
    "bridge": d["bridge"], "token": d["token"], "start_block": d["block"],
    # TEST ONLY: a funded dev key (ETH and the whole ENG supply).
    "dev_key_file": key,
}, open(path, "w"), indent=2)
PY
}

# write_client_config: client.toml for `enigmad client` (node 0's endpoints,
# the dev key, simulated workers accepted), found by default from the
# repository's root when DIR is .localnet.
write_client_config() {
  local bridge
  bridge=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bridge"])' "$DIR/ethereum.json")
  cat >"$DIR/client.toml" <<TOML
# enigmad client settings for this localnet (written by scripts/localnet.sh).
chain_id = "$CHAIN_ID"
grpc = "127.0.0.1:$(grpc_port 0)"
rpc = "tcp://127.0.0.1:$(rpc_port 0)"
ingress = "127.0.0.1:$(ingress_port 0)"
eth_rpc = "http://127.0.0.1:$ETH_HTTP_PORT"
# The bridge the user pays: a node naming another is refused.
bridge_contract = "$bridge"
eth_chain_id = $ETH_CHAIN_ID
# TEST ONLY: geth --dev's funded dev key, which deployed the bridge.
eth_key_file = "ethereum/deployer.key"
# The localnet's enclaves run in simulation mode.
allow_simulated = true
# Each task's result key and record.
state_dir = "client"
TOML
  chmod 600 "$DIR/client.toml"
}

print_summary() {
  local i home0; home0=$(home_of 0)
  cat <<TXT

  node   RPC                     gRPC              REST                    ingress                 home
TXT
  for ((i = 0; i < NODES; i++)); do
    printf '  node%-2d http://127.0.0.1:%-5s  127.0.0.1:%-5s  http://127.0.0.1:%-5s  http://127.0.0.1:%-5s  %s\n' \
      "$i" "$(rpc_port "$i")" "$(grpc_port "$i")" "$(api_port "$i")" "$(ingress_port "$i")" "$(home_of "$i")"
  done
  echo
  echo "  funded dev accounts (keyring-backend test, home $home0; fixed TEST-ONLY mnemonics, README \"Client settings\"):"
  for name in "${DEV_ACCOUNTS[@]}"; do
    printf '    %-8s %s\n' "$name" "$("$BIN" keys show "$name" -a "${KEYRING[@]}" --home "$home0")"
  done
  cat <<TXT

  client settings: chain id $CHAIN_ID, bech32 prefix $BECH32_PREFIX, denom $DENOM (1 ENG = 10^6 $DENOM),
                   coin type $COIN_TYPE, gas price $GAS_PRICE; for wallets: $DIR/chain-info.json
  workers: one enclave (simulation mode, socket $DIR/enclaveI/enclave.sock) and worker daemon ($DIR/workerI.log,
           metrics http://127.0.0.1:$(worker_metrics_port 0)/metrics + 10i)
           per validator; enclave 0 is the genesis worker, the others registered and provisioned on the running chain
  Ethereum: geth --dev, chain id $ETH_CHAIN_ID, http://127.0.0.1:$ETH_HTTP_PORT, ws://127.0.0.1:$ETH_WS_PORT;
            bridge $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bridge"])' "$DIR/ethereum.json"), one orchestrator per validator; $DIR/ethereum.json
  logs: $DIR/node*.log, $DIR/enclave*.log, $DIR/worker*.log, $DIR/geth.log, $DIR/orchestrator*.log    status: make localnet-status    stop: make localnet-stop

  a secret computation (client settings: $DIR/client.toml):
        $BIN client deploy Counter --config $DIR/client.toml
        $BIN client call CONTRACT "increment() returns (uint256)" --config $DIR/client.toml

  try:  $BIN q epoch current --home $home0
        $BIN tx bank send alice \$($BIN keys show bob -a --home $home0 --keyring-backend test) 1000$DENOM --home $home0 --yes
        $BIN q bridge status --home $home0
TXT
}

cmd_stop() {
  local f pid stopped=0
  shopt -s nullglob
  # The services first (the worker, the orchestrators: they talk to the
  # nodes and geth), then the nodes and the enclave, geth last.
  for f in "$DIR"/worker*.pid "$DIR"/orchestrator*.pid "$DIR"/node*.pid "$DIR"/enclave*.pid "$DIR"/geth.pid; do
    if pid_alive "$f"; then
      pid=$(cat "$f")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      stopped=$((stopped + 1))
    fi
    rm -f "$f"
  done
  echo "localnet: stopped $stopped process(es)"
}

cmd_status() {
  local i n
  [ -e "$DIR/genesis.done" ] || { echo "localnet: no network in $DIR (make localnet makes one)"; return; }
  local chain
  read -r n chain <"$DIR/genesis.done"
  chain=${chain:-$CHAIN_ID}
  echo "localnet: chain $chain in $DIR, $n validator(s)"
  for ((i = 0; i < n; i++)); do
    if pid_alive "$DIR/node$i.pid"; then
      echo "  node$i     running, pid $(cat "$DIR/node$i.pid"), height $(height_of "$i"), RPC http://127.0.0.1:$(rpc_port "$i")"
    else
      echo "  node$i     stopped"
    fi
  done
  for i in $(NODES=$n worker_indexes); do
    if pid_alive "$DIR/enclave$i.pid"; then echo "  enclave$i  running, pid $(cat "$DIR/enclave$i.pid")"; else echo "  enclave$i  stopped"; fi
    if pid_alive "$DIR/worker$i.pid"; then
      echo "  worker$i   running, pid $(cat "$DIR/worker$i.pid"), metrics http://127.0.0.1:$(worker_metrics_port "$i")/metrics"
    else
      echo "  worker$i   stopped"
    fi
  done
  if pid_alive "$DIR/geth.pid"; then echo "  geth      running, pid $(cat "$DIR/geth.pid"), http://127.0.0.1:$ETH_HTTP_PORT"; else echo "  geth      stopped"; fi
  for ((i = 0; i < n; i++)); do
    if pid_alive "$DIR/orchestrator$i.pid"; then
      echo "  orchestrator$i running, pid $(cat "$DIR/orchestrator$i.pid"), metrics http://127.0.0.1:$(metrics_port "$i")/metrics"
    else
      echo "  orchestrator$i stopped"
    fi
  done
}

case "${1:-start}" in
  start) if [ -n "${2:-}" ]; then cmd_start_one "$2"; else cmd_start; fi ;;
  stop) if [ -n "${2:-}" ]; then cmd_stop_one "$2" TERM; else cmd_stop; fi ;;
  kill) cmd_stop_one "${2:?a process: nodeI, enclaveI, workerI, orchestratorI or geth}" KILL ;;
  status) cmd_status ;;
  add-worker) cmd_add_worker ;;
  restart-node) cmd_start_one "node${2:?node index}" ;;
  *) die "usage: $0 start [NAME] | stop [NAME] | kill NAME | status | add-worker (NAME: nodeI, enclaveI, workerI, orchestratorI, geth)" ;;
esac
