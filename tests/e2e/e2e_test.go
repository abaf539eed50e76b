//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/enclave/ids"
)

// localnet is the running network the test drives.
type localnet struct {
	root, dir, bin, cfg string
	eth                 *ethclient.Client
	ethChainID          *big.Int
	bridge              common.Address
	dev                 *ecdsa.PrivateKey
	devMu               sync.Mutex // the dev key's transactions go one at a time
}

func open(t *testing.T) *localnet {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	n := &localnet{root: root, dir: filepath.Join(root, ".localnet"), bin: os.Getenv("ENIGMAD")}
	if d := os.Getenv("LOCALNET_DIR"); d != "" {
		n.dir = d
	}
	if n.bin == "" {
		n.bin = filepath.Join(root, "build", "enigmad")
	}
	n.cfg = filepath.Join(n.dir, "client.toml")
	out, err := exec.Command(filepath.Join(root, "scripts", "localnet.sh"), "status").CombinedOutput()
	require.NoError(t, err, string(out))
	if !strings.Contains(string(out), "node0     running") {
		t.Fatalf("no running localnet in %s: start one with `make localnet` (make e2e runs against it)\n%s", n.dir, out)
	}
	var info struct {
		ChainID int64  `json:"chain_id"`
		RPC     string `json:"rpc"`
		Bridge  string `json:"bridge"`
		DevKey  string `json:"dev_key_file"`
	}
	bz, err := os.ReadFile(filepath.Join(n.dir, "ethereum.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(bz, &info))
	n.ethChainID, n.bridge = big.NewInt(info.ChainID), common.HexToAddress(info.Bridge)
	n.dev, err = ethkey.Load(info.DevKey)
	require.NoError(t, err)
	n.eth, err = ethclient.Dial(info.RPC)
	require.NoError(t, err)
	t.Cleanup(n.eth.Close)
	return n
}

// cli runs `enigmad client ARGS --config client.toml -o json` and decodes
// its document (printed also when a paid task failed on the way). It
// reports errors instead of failing the test: it runs on other goroutines
// too.
func (n *localnet) cli(t *testing.T, args ...string) (map[string]any, error) {
	cmd := exec.Command(n.bin, append(append([]string{"client"}, args...), "--config", n.cfg, "-o", "json")...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var doc map[string]any
	if len(out) > 0 {
		if jerr := json.Unmarshal(out, &doc); jerr != nil {
			return nil, fmt.Errorf("enigmad client %s printed %q: %w", strings.Join(args, " "), out, jerr)
		}
	}
	if err != nil {
		return doc, fmt.Errorf("enigmad client %s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	return doc, nil
}

func (n *localnet) must(t *testing.T, args ...string) map[string]any {
	t.Helper()
	doc, err := n.cli(t, args...)
	require.NoError(t, err)
	return doc
}

// ts runs the TypeScript client's call example (clients/js/examples/call.ts)
// and decodes its JSON line. It reports errors instead of failing the
// test: it runs on other goroutines too.
func (n *localnet) ts(args ...string) (map[string]any, error) {
	cmd := exec.Command("node", append([]string{filepath.Join(n.root, "clients", "js", "dist", "examples", "call.js")},
		append(args, "--config", n.cfg, "-o", "json")...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("the TypeScript client: %w: %s\n%s", err, out, stderr.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("the TypeScript client printed %q: %w", out, err)
	}
	return doc, nil
}

func (n *localnet) script(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), args...).CombinedOutput()
	require.NoError(t, err, string(out))
	return string(out)
}

// user is a new Ethereum account funded by the dev key, its key in a file
// only its owner reads (as the CLI requires).
type user struct {
	key     *ecdsa.PrivateKey
	addr    common.Address
	keyFile string
}

func (n *localnet) newUser(t *testing.T, ctx context.Context, wei *big.Int) user {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	u := user{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), keyFile: filepath.Join(t.TempDir(), "eth.key")}
	require.NoError(t, os.WriteFile(u.keyFile, []byte(hexutil.Encode(crypto.FromECDSA(key))), 0o600))
	n.devMu.Lock()
	defer n.devMu.Unlock()
	_, err = deploy.Send(ctx, n.eth, n.dev, &u.addr, wei, nil)
	require.NoError(t, err)
	return u
}

func (n *localnet) view(t *testing.T, ctx context.Context, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	return out
}

func eth(tenths int64) *big.Int { return new(big.Int).Mul(big.NewInt(tenths), big.NewInt(1e17)) }

// workerOf is the localnet's index of the worker whose enclave has addr
// (its log's start line names it).
func (n *localnet) workerOf(t *testing.T, addr string) string {
	t.Helper()
	logs, err := filepath.Glob(filepath.Join(n.dir, "worker*.log"))
	require.NoError(t, err)
	re := regexp.MustCompile(`worker started enclave=(0x[0-9a-fA-F]{40})`)
	for _, l := range logs {
		bz, err := os.ReadFile(l)
		require.NoError(t, err)
		for _, m := range re.FindAllStringSubmatch(string(bz), -1) {
			if strings.EqualFold(m[1], addr) {
				return strings.TrimSuffix(filepath.Base(l), ".log")
			}
		}
	}
	t.Fatalf("no worker log names enclave %s", addr)
	return ""
}

// listedWorker is what `q registry workers` lists of a worker, as far as
// these tests read it.
type listedWorker struct {
	EnclaveAddress string `json:"enclave_address"`
	JailedUntil    string `json:"jailed_until_epoch"`
	Provisioned    bool   `json:"provisioned"`
}

// worker is the chain's worker of enclave, as node 0's CLI lists it (ok
// false when none is listed).
func (n *localnet) worker(enclave string) (w listedWorker, ok bool, err error) {
	var res struct {
		Workers []listedWorker `json:"workers"`
	}
	out, err := exec.Command(n.bin, "q", "registry", "workers", "--home", filepath.Join(n.dir, "node0"), "-o", "json").Output()
	if err != nil {
		return w, false, err
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return w, false, err
	}
	for _, w := range res.Workers {
		if common.HexToAddress(w.EnclaveAddress) == common.HexToAddress(enclave) {
			return w, true, nil
		}
	}
	return w, false, nil
}

// jailedUntil is the epoch until which the worker of enclave is jailed
// (0: it is not).
func (n *localnet) jailedUntil(t *testing.T, enclave string) uint64 {
	t.Helper()
	w, ok, err := n.worker(enclave)
	require.NoError(t, err)
	require.True(t, ok, "no worker %s", enclave)
	e, _ := new(big.Int).SetString(w.JailedUntil, 10)
	if e == nil {
		return 0
	}
	return e.Uint64()
}

func stage(doc map[string]any, name, field string) string {
	for _, s := range doc["stages"].([]any) {
		if m := s.(map[string]any); m["stage"] == name {
			return fmt.Sprint(m[field])
		}
	}
	return ""
}

func TestEndToEnd(t *testing.T) {
	n := open(t)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()

	// The sealed-bid auction (contracts/secret/SealedBidAuction.sol and
	// contracts/ethereum/AuctionHouse.sol), bids from both clients at once.
	t.Run("auction across the Go CLI and the TypeScript client", func(t *testing.T) {
		start := time.Now()
		// The seller (the dev key) learns the secret auction's address
		// from a salt, deploys the dApp naming it, then the auction.
		addr := n.must(t, "address")
		salt, auction := addr["salt"].(string), common.HexToAddress(addr["contract"].(string))
		br := bindings.NewEnigmaBridge()
		executor, err := br.UnpackExecutorOf(n.view(t, ctx, n.bridge, br.PackExecutorOf(auction)))
		require.NoError(t, err)
		house := bindings.NewAuctionHouse()
		n.devMu.Lock()
		rcpt, err := deploy.Send(ctx, n.eth, n.dev, nil, nil, append(common.FromHex(bindings.AuctionHouseMetaData.Bin),
			house.PackConstructor(executor, auction, big.NewInt(time.Now().Add(time.Hour).Unix()))...))
		n.devMu.Unlock()
		require.NoError(t, err)
		houseAddr := rcpt.ContractAddress
		dep := n.must(t, "deploy", "SealedBidAuction", "(address,uint256)", houseAddr.Hex(), eth(1).String(), "--salt", salt)
		require.Equal(t, "success", dep["status"])
		require.Equal(t, auction.Hex(), dep["contract"])
		_, err = n.cli(t, "deploy", "Counter", "--salt", salt)
		require.ErrorContains(t, err, "was used before", "a salt is paid for once")

		// alice bids 0.3 (deposit 0.5) with the CLI, bob 0.7 (0.9) with the
		// TypeScript client, carol 2.0 with a deposit of 1.0 (refused in
		// the enclave) with the CLI; all at once.
		alice, bob, carol := n.newUser(t, ctx, eth(30)), n.newUser(t, ctx, eth(30)), n.newUser(t, ctx, eth(30))
		var aliceBid, bobBid, carolBid map[string]any
		var aliceErr, bobErr, carolErr error
		var wg sync.WaitGroup
		wg.Add(3)
		go func() {
			defer wg.Done()
			aliceBid, aliceErr = n.cli(t, "call", auction.Hex(), "bid(uint256)", eth(3).String(), "--value", eth(5).String(),
				"--gas-limit", "300000", "--eth-key-file", alice.keyFile)
		}()
		go func() {
			defer wg.Done()
			carolBid, carolErr = n.cli(t, "call", auction.Hex(), "bid(uint256)", eth(20).String(), "--value", eth(10).String(),
				"--gas-limit", "300000", "--eth-key-file", carol.keyFile)
		}()
		go func() {
			defer wg.Done()
			// bob's client also runs his bid's callback once its batch is
			// on Ethereum: his deposit reaches the AuctionHouse.
			bobBid, bobErr = n.ts(auction.Hex(), "bid(uint256)", eth(7).String(), "--value", eth(9).String(), "--gas-limit", "300000",
				"--key", bob.keyFile, "--callback")
		}()
		wg.Wait()
		require.NoError(t, aliceErr)
		require.NoError(t, bobErr)
		require.NoError(t, carolErr)
		require.Equal(t, "success", aliceBid["status"])
		require.Equal(t, "success", bobBid["status"])
		require.Equal(t, true, bobBid["callback"].(map[string]any)["ok"], "bob's deposit reached the AuctionHouse")
		require.Equal(t, "revert", carolBid["status"], "a bid above its deposit is refused in the enclave")
		t.Logf("three bids, two clients: %.1fs", time.Since(start).Seconds())

		// The seller settles; the result is decrypted by the CLI and the
		// task followed into its batch on Ethereum.
		settle := n.must(t, "call", auction.Hex(), "settle() returns (address,uint256)", "--gas-limit", "300000", "--until", "ethereum",
			"--timeout", "5m")
		require.Equal(t, "success", settle["status"])
		require.Equal(t, []any{bob.addr.Hex(), eth(7).String()}, settle["values"], "bob wins at his bid, 0.7 ETH")
		require.NotEmpty(t, stage(settle, "ethereum", "batch"), "the batch holding the settlement is on Ethereum")

		// The other callbacks on Ethereum, by the CLI from the records it
		// kept: alice's deposit, then the settlement.
		cb := n.must(t, "callback", aliceBid["task_id"].(string), "--timeout", "5m", "--eth-key-file", alice.keyFile)
		require.Equal(t, true, cb["callback_ok"])
		mine, err := n.ts(auction.Hex(), "myBid() returns (uint256)", "--key", bob.keyFile)
		require.NoError(t, err)
		require.Equal(t, []any{eth(7).String()}, mine["values"], "bob reads his own bid, and only he can")
		cb = n.must(t, "callback", settle["task_id"].(string), "--timeout", "5m")
		require.Equal(t, true, cb["callback_ok"])
		_, err = n.cli(t, "callback", settle["task_id"].(string))
		require.ErrorContains(t, err, "AlreadyClaimed", "a callback runs once")

		// carol's refused bid: her deposit and unused gas back, once.
		refund := n.must(t, "refund", carolBid["task_id"].(string), "--timeout", "5m", "--eth-key-file", carol.keyFile)
		require.Equal(t, eth(10).String(), refund["escrow_refund"])
		_, err = n.cli(t, "refund", carolBid["task_id"].(string), "--eth-key-file", carol.keyFile)
		require.ErrorContains(t, err, "AlreadyClaimed")

		settled, err := house.UnpackSettled(n.view(t, ctx, houseAddr, house.PackSettled()))
		require.NoError(t, err)
		require.True(t, settled)
		winner, err := house.UnpackWinner(n.view(t, ctx, houseAddr, house.PackWinner()))
		require.NoError(t, err)
		require.Equal(t, bob.addr, winner)
		// What each may withdraw: alice her deposit, bob his less the
		// price, the seller the price.
		for _, c := range []struct {
			who  common.Address
			want *big.Int
		}{{alice.addr, eth(5)}, {bob.addr, eth(2)}, {crypto.PubkeyToAddress(n.dev.PublicKey), eth(7)}} {
			got, err := house.UnpackEntitlement(n.view(t, ctx, houseAddr, house.PackEntitlement(c.who)))
			require.NoError(t, err)
			require.Equal(t, c.want.String(), got.String(), "entitlement of %s", c.who)
		}
		t.Logf("auction end to end: %.1fs", time.Since(start).Seconds())
	})

	// An operator adds a worker to the running network: the running
	// workers provision it, it is selected from the next epoch on, and it
	// runs the tasks of the contracts that select it.
	t.Run("a worker added to the running network", func(t *testing.T) {
		start := time.Now()
		out := n.script(t, "add-worker")
		m := regexp.MustCompile(`(worker\d+) added`).FindStringSubmatch(out)
		require.NotNil(t, m, out)
		var enclave string
		require.Eventually(t, func() bool {
			bz, _ := os.ReadFile(filepath.Join(n.dir, m[1]+".log"))
			if e := regexp.MustCompile(`worker started enclave=(0x[0-9a-fA-F]{40})`).FindSubmatch(bz); e != nil {
				enclave = string(e[1])
			}
			return enclave != ""
		}, 30*time.Second, 200*time.Millisecond, "%s starts", m[1])
		require.Eventually(t, func() bool {
			w, ok, err := n.worker(enclave)
			return err == nil && ok && w.Provisioned
		}, time.Minute, 500*time.Millisecond, "the running workers provision %s", enclave)
		t.Logf("%s (%s) registered and provisioned: %.1fs", m[1], enclave, time.Since(start).Seconds())

		// A contract that selects it: a deployment's address follows from
		// its salt, so salts are tried until one selects the newcomer
		// (from the epoch after its registration).
		e := client.NewEthereum(n.eth, n.ethChainID, n.bridge, n.dev)
		selected := func(contract common.Address) string {
			var res struct {
				Workers []string `json:"workers"`
			}
			bz, err := exec.Command(n.bin, "q", "registry", "selected", contract.Hex(), "--home", filepath.Join(n.dir, "node0"), "-o", "json").Output()
			if err != nil || json.Unmarshal(bz, &res) != nil || len(res.Workers) == 0 {
				return ""
			}
			return res.Workers[0]
		}
		var dep map[string]any
		require.Eventually(t, func() bool {
			salt := ids.NewSalt()
			contract := ids.ContractAddress(e.TaskID(salt))
			if !strings.EqualFold(selected(contract), enclave) {
				return false
			}
			var err error
			if dep, err = n.cli(t, "deploy", "Counter", "--salt", salt.Hex()); err != nil {
				t.Logf("deploy: %v", err)
				return false
			}
			// An epoch may turn between the query and the deployment.
			return strings.EqualFold(stage(dep, "worker", "worker"), enclave)
		}, 2*time.Minute, 300*time.Millisecond, "a contract selects %s", enclave)
		require.Equal(t, "success", dep["status"])
		call := n.must(t, "call", dep["contract"].(string), "increment() returns (uint256)")
		require.Equal(t, []any{"1"}, call["values"])
		require.True(t, strings.EqualFold(stage(call, "worker", "worker"), enclave), "the newcomer ran the call")
		t.Logf("the newcomer deployed and ran a contract: %.1fs", time.Since(start).Seconds())
	})
	// A worker that never answers: the task assigned to it fails with a
	// timeout at its deadline (result_timeout_blocks), its whole fee is
	// refundable, the contract's state is as if it never ran, and the
	// worker is penalized: jailed, out of selection for jail_epochs (so
	// this runs after a second worker joined: the next call goes there).
	t.Run("a worker that never answers: timeout and refund", func(t *testing.T) {
		start := time.Now()
		dep := n.must(t, "deploy", "Counter")
		contract := dep["contract"].(string)
		// The worker the contract selects is stopped. With several
		// workers, an epoch may turn and select another: then the call
		// goes there (and runs), that worker is stopped too, and the next
		// call tried.
		var stopped []string
		t.Cleanup(func() {
			for _, w := range stopped {
				n.script(t, "start", w)
			}
		})
		stop := func(enclave string) {
			w := n.workerOf(t, enclave)
			n.script(t, "stop", w)
			stopped = append(stopped, w)
		}
		stop(stage(dep, "worker", "worker"))
		var id, target string
		ran := 0
		for range 4 {
			call := n.must(t, "call", contract, "increment() returns (uint256)", "--wait=false")
			w := stage(call, "worker", "worker")
			if slices.Contains(stopped, n.workerOf(t, w)) {
				id, target = call["task_id"].(string), w
				break
			}
			t.Logf("the call went to %s: the epoch turned", w)
			r := n.must(t, "result", call["task_id"].(string), "--timeout", "3m")
			require.Equal(t, "success", r["status"])
			ran++
			stop(w)
		}
		require.NotEmpty(t, id, "a call to a stopped worker")
		worker := strings.Join(stopped, ", ")
		res := n.must(t, "result", id, "--timeout", "10m") // result_timeout_blocks (100) of blocks that may slow down
		require.Equal(t, "timeout", res["status"])
		require.Positive(t, n.jailedUntil(t, target), "the worker that never answered is jailed")
		t.Logf("%s stopped: the task timed out after %.1fs", worker, time.Since(start).Seconds())
		refund := n.must(t, "refund", id, "--timeout", "5m")
		fee, ok := new(big.Int).SetString(refund["fee_refund"].(string), 10)
		require.True(t, ok)
		br := bindings.NewEnigmaBridge()
		price, err := br.UnpackMinGasPrice(n.view(t, ctx, n.bridge, br.PackMinGasPrice()))
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Mul(big.NewInt(200_000), price).String(), fee.String(),
			"the whole fee comes back: the default gas limit at the bridge's minimum price")
		require.Equal(t, "0", refund["escrow_refund"])
		_, err = n.cli(t, "refund", id)
		require.ErrorContains(t, err, "AlreadyClaimed")
		for _, w := range stopped {
			n.script(t, "start", w)
		}
		stopped = nil
		again := n.must(t, "call", contract, "increment() returns (uint256)")
		require.Equal(t, []any{fmt.Sprint(ran + 1)}, again["values"], "the timed-out task changed nothing")
		t.Logf("timeout, refund and the worker back: %.1fs", time.Since(start).Seconds())
	})

}
