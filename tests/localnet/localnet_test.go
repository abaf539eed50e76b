//go:build localnet

package localnet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/rpc"
)

// net is a localnet started by the script in a temporary directory.
type net struct {
	t     *testing.T
	bin   string // the enigmad binary the script runs
	root  string
	dir   string
	nodes int
	env   []string
}

func startNet(t *testing.T, nodes int) *net {
	t.Helper()
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	bin := os.Getenv("ENIGMAD")
	if bin == "" {
		bin = filepath.Join(root, "build", "enigmad")
	}
	_, err = os.Stat(bin)
	require.NoError(t, err, "build enigmad first (make test-localnet does)")
	n := &net{t: t, bin: bin, root: root, dir: t.TempDir(), nodes: nodes}
	n.env = append(os.Environ(), "ENIGMAD="+bin, "LOCALNET_DIR="+n.dir, fmt.Sprintf("NODES=%d", nodes))
	t.Cleanup(func() {
		if t.Failed() {
			for i := range nodes {
				if log, err := os.ReadFile(filepath.Join(n.dir, fmt.Sprintf("node%d.log", i))); err == nil {
					t.Logf("node%d.log (tail):\n%s", i, tail(string(log), 3000))
				}
				if log, err := os.ReadFile(filepath.Join(n.dir, fmt.Sprintf("worker%d.log", i))); err == nil {
					t.Logf("worker%d.log (tail):\n%s", i, tail(string(log), 2000))
				}
			}
		}
		_ = n.script("stop")
	})
	start := time.Now()
	out, err := n.scriptOut("start")
	require.NoError(t, err, out)
	t.Logf("localnet NODES=%d: first block %.1fs after start\n%s", nodes, time.Since(start).Seconds(), out)
	return n
}

func (n *net) scriptOut(args ...string) (string, error) {
	cmd := exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), args...)
	cmd.Env = n.env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (n *net) script(args ...string) error {
	_, err := n.scriptOut(args...)
	return err
}

func (n *net) pid(i int) int {
	bz, err := os.ReadFile(filepath.Join(n.dir, fmt.Sprintf("node%d.pid", i)))
	require.NoError(n.t, err)
	pid, err := strconv.Atoi(strings.TrimSpace(string(bz)))
	require.NoError(n.t, err)
	return pid
}

func rpcGet(port int, path string, out any) error {
	client := http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get(fmt.Sprintf("http://127.0.0.1:%d%s", port, path))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func rpcPort(i int) int { return 26657 + 10*i }

// height returns the node's latest height, or -1 if it does not answer.
func height(i int) int64 {
	var st struct {
		Result struct {
			SyncInfo struct {
				LatestBlockHeight string `json:"latest_block_height"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	if err := rpcGet(rpcPort(i), "/status", &st); err != nil {
		return -1
	}
	h, err := strconv.ParseInt(st.Result.SyncInfo.LatestBlockHeight, 10, 64)
	if err != nil {
		return -1
	}
	return h
}

// appHashAfter returns the app hash that node i reports for the state after
// block h, read from the header of block h+1, which that node has checked
// against the hash it computed itself before accepting the block.
func appHashAfter(t *testing.T, i int, h int64) string {
	var blk struct {
		Result struct {
			Block struct {
				Header struct {
					AppHash string `json:"app_hash"`
				} `json:"header"`
			} `json:"block"`
		} `json:"result"`
	}
	require.NoError(t, rpcGet(rpcPort(i), fmt.Sprintf("/block?height=%d", h+1), &blk))
	return blk.Result.Block.Header.AppHash
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func TestLocalnetFourValidators(t *testing.T) {
	n := startNet(t, 4)
	all := []int{0, 1, 2, 3}

	waitFor(t, "all four nodes at height 11", 90*time.Second, func() bool {
		for _, i := range all {
			if height(i) < 11 {
				return false
			}
		}
		return true
	})
	want := appHashAfter(t, 0, 10)
	require.NotEmpty(t, want)
	for _, i := range all[1:] {
		require.Equal(t, want, appHashAfter(t, i, 10), "node%d app hash after block 10", i)
	}

	// Validators 1-3 registered their enclaves on the running chain; the
	// running workers provision them without a manual step, and each
	// newcomer's own daemon hands the seed to its enclave.
	n.waitWorkersProvisioned(all, 90*time.Second)
	// Each worker serves its metrics on 9465+10i.
	for _, i := range all {
		require.Contains(t, workerMetrics(t, i), "enigma_worker_results_in_flight", "worker %d's metrics", i)
	}

	// SIGKILL one validator: the other three hold 3/4 of the power and go on.
	killed := 3
	eventsBefore := workerMetric(t, killed, `enigma_worker_wakes_total{by="event"}`)
	pid := n.pid(killed)
	require.NoError(t, syscall.Kill(pid, syscall.SIGKILL))
	waitFor(t, "node3 to die", 10*time.Second, func() bool { return syscall.Kill(pid, 0) != nil })
	base := height(0)
	waitFor(t, "three validators to make 5 blocks", 60*time.Second, func() bool {
		for _, i := range all[:3] {
			if height(i) < base+5 {
				return false
			}
		}
		return true
	})
	require.Equal(t, int64(-1), height(killed))

	// Restarted, it catches up with the others.
	out, err := n.scriptOut("restart-node", strconv.Itoa(killed))
	require.NoError(t, err, out)
	target := height(0)
	waitFor(t, "node3 to catch up", 90*time.Second, func() bool { return height(killed) >= target })
	h := height(killed) - 2
	require.Equal(t, appHashAfter(t, 0, h), appHashAfter(t, killed, h), "the restarted node agrees on the state")

	// Every worker is woken by the chain's events (an epoch starts every
	// 20 blocks), the killed node's worker too once its node is back: its
	// subscription came back with it.
	// The subscription's retries back off up to a minute apart, and the
	// next epoch may be 20 blocks away after that.
	waitFor(t, "every worker woken by a chain event", 3*time.Minute, func() bool {
		for _, i := range all {
			if workerMetric(t, i, `enigma_worker_wakes_total{by="event"}`) == 0 {
				return false
			}
		}
		return workerMetric(t, killed, `enigma_worker_wakes_total{by="event"}`) > eventsBefore
	})

	// Stop leaves nothing behind.
	pids := make([]int, 0, len(all))
	for _, i := range all {
		pids = append(pids, n.pid(i))
	}
	out, err = n.scriptOut("stop")
	require.NoError(t, err, out)
	require.Contains(t, out, "stopped 17 process(es)", "four nodes, four enclaves and their workers, geth and four orchestrators")
	for _, p := range pids {
		require.Error(t, syscall.Kill(p, 0), "pid %d still running after stop", p)
	}
	leftover, _ := exec.Command("pgrep", "-f", " "+n.dir+"/").Output()
	require.Empty(t, strings.TrimSpace(string(leftover)), "processes left behind")
}

func TestLocalnetSingleNode(t *testing.T) {
	n := startNet(t, 1)
	waitFor(t, "height 3", 30*time.Second, func() bool { return height(0) >= 3 })

	var epoch struct {
		Epoch struct {
			Number      string `json:"number"`
			StartHeight string `json:"start_height"`
			SeedSource  string `json:"seed_source"`
		} `json:"epoch"`
		EpochLength string `json:"epoch_length"`
	}
	require.NoError(t, rpcGet(1317, "/enigma/epoch/v1/current", &epoch))
	require.NotEqual(t, "", epoch.Epoch.Number)
	require.Equal(t, "20", epoch.EpochLength)
	// The first epoch's seed is genesis's. (The current epoch may be a
	// later one by now: starting the localnet takes many blocks.)
	epoch.Epoch.Number, epoch.Epoch.SeedSource = "", ""
	require.NoError(t, rpcGet(1317, "/enigma/epoch/v1/epochs/1", &epoch))
	require.Equal(t, "1", epoch.Epoch.Number)
	require.Equal(t, "SEED_SOURCE_GENESIS", epoch.Epoch.SeedSource)

	var notFound struct {
		Code int `json:"code"`
	}
	client := http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get("http://127.0.0.1:1317/enigma/epoch/v1/epochs/999")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&notFound))
	require.Equal(t, 5, notFound.Code, "gRPC NotFound")

	// The node reports the CometBFT go.mod pins (Makefile: CMT_FLAGS), in
	// /status and in `enigmad status`.
	pinned, err := exec.Command("go", "list", "-m", "-f", "{{if and .Replace .Replace.Version}}{{.Replace.Version}}{{else}}{{.Version}}{{end}}", "github.com/cometbft/cometbft").Output()
	require.NoError(t, err)
	want := strings.TrimPrefix(strings.TrimSpace(string(pinned)), "v")
	var status struct {
		NodeInfo struct {
			Version string `json:"version"`
		} `json:"node_info"`
	}
	out, err := exec.Command(n.bin, "status", "--node", "tcp://127.0.0.1:26657").Output()
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(out, &status), "%s", out)
	require.Equal(t, want, status.NodeInfo.Version, "enigmad status")
	var rpcStatus struct {
		Result struct {
			NodeInfo struct {
				Version string `json:"version"`
			} `json:"node_info"`
		} `json:"result"`
	}
	require.NoError(t, rpcGet(26657, "/status", &rpcStatus))
	require.Equal(t, want, rpcStatus.Result.NodeInfo.Version, "CometBFT /status")

	// Addresses and hashes are 0x hex in the CLI's JSON and YAML and in
	// REST, and a listed enclave address pastes into `q registry worker` and
	// the REST route for one worker.
	var workers struct {
		Workers []struct {
			EnclaveAddress string `json:"enclave_address"`
			SignerPubkey   string `json:"signer_pubkey"`
		} `json:"workers"`
	}
	var listed string
	waitFor(t, "the genesis worker listed", 30*time.Second, func() bool {
		out, err := exec.Command(n.bin, "q", "registry", "workers", "--home", filepath.Join(n.dir, "node0"), "-o", "json").Output()
		if err != nil || json.Unmarshal(out, &workers) != nil || len(workers.Workers) == 0 {
			return false
		}
		listed = workers.Workers[0].EnclaveAddress
		return true
	})
	require.Regexp(t, `^0x[0-9a-f]{40}$`, listed)
	require.Regexp(t, `^0x0[23][0-9a-f]{64}$`, workers.Workers[0].SignerPubkey)
	out, err = exec.Command(n.bin, "q", "registry", "worker", listed, "--home", filepath.Join(n.dir, "node0"), "-o", "json").Output()
	require.NoError(t, err)
	require.Contains(t, string(out), `"enclave_address": "`+listed+`"`)
	out, err = exec.Command(n.bin, "q", "registry", "worker", listed, "--home", filepath.Join(n.dir, "node0")).Output()
	require.NoError(t, err)
	require.Contains(t, string(out), `enclave_address: "`+listed+`"`+"\n", "YAML (--output text) too, quoted")
	var one struct {
		Worker struct {
			EnclaveAddress string `json:"enclave_address"`
		} `json:"worker"`
	}
	require.NoError(t, rpcGet(1317, "/enigma/registry/v1/workers/"+listed, &one))
	require.Equal(t, listed, one.Worker.EnclaveAddress)
	require.NoError(t, rpcGet(1317, "/enigma/registry/v1/workers", &workers))
	require.Equal(t, listed, workers.Workers[0].EnclaveAddress, "REST lists 0x hex")
	var ep struct {
		Epoch struct {
			Seed string `json:"seed"`
		} `json:"epoch"`
	}
	require.NoError(t, rpcGet(1317, "/enigma/epoch/v1/current", &ep))
	require.Regexp(t, `^0x[0-9a-f]{64}$`, ep.Epoch.Seed, "a 32-byte hash")

	// The log files people read carry no terminal colour codes.
	logs, err := filepath.Glob(filepath.Join(n.dir, "*.log"))
	require.NoError(t, err)
	require.NotEmpty(t, logs)
	for _, f := range logs {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.False(t, bytes.Contains(b, []byte("\x1b[")), "%s has ANSI colour codes", filepath.Base(f))
	}
}

// TestLocalnetRegistersAnEnclave runs a simulation-mode enigma-enclave
// beside a one-node localnet and registers it with the CLI, which takes the
// keys and the quote from the enclave's socket.
func TestLocalnetRegistersAnEnclave(t *testing.T) {
	n := startNet(t, 1)
	waitFor(t, "height 2", 30*time.Second, func() bool { return height(0) >= 2 })
	bin := filepath.Join(filepath.Dir(os.Getenv("ENIGMAD")), "enigma-enclave")
	if os.Getenv("ENIGMAD") == "" {
		bin = filepath.Join(n.root, "build", "enigma-enclave")
	}
	dataDir := t.TempDir()
	socket := filepath.Join(dataDir, "enclave.sock")
	enclave := exec.Command(bin, "--chain-id", "enigma-local-1", "--data-dir", dataDir, "--socket", socket)
	require.NoError(t, enclave.Start())
	t.Cleanup(func() { _ = enclave.Process.Kill(); _, _ = enclave.Process.Wait() })
	waitFor(t, "the enclave socket", 20*time.Second, func() bool { _, err := os.Stat(socket); return err == nil })

	enigmad := os.Getenv("ENIGMAD")
	if enigmad == "" {
		enigmad = filepath.Join(n.root, "build", "enigmad")
	}
	home := filepath.Join(n.dir, "node0")
	out, err := exec.Command(enigmad, "tx", "registry", "register", "10000000ueng", "--enclave-socket", socket,
		"--from", "alice", "--home", home, "--gas", "500000", "--yes", "-o", "json").CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), `"code":0`, string(out))

	var workers struct {
		Workers []struct {
			Simulated bool   `json:"simulated"`
			Status    string `json:"status"`
		} `json:"workers"`
	}
	waitFor(t, "the worker on chain beside the genesis worker", 20*time.Second, func() bool {
		out, err := exec.Command(enigmad, "q", "registry", "workers", "--home", home, "-o", "json").Output()
		return err == nil && json.Unmarshal(out, &workers) == nil && len(workers.Workers) == 2
	})
	for _, w := range workers.Workers {
		require.True(t, w.Simulated)
		require.Equal(t, "WORKER_STATUS_ACTIVE", w.Status)
	}

	// The genesis worker's daemon (node 0's enclave, provisioned in
	// genesis) provisions the newcomer without a manual step: its enclave
	// verifies the newcomer's quote and encrypts the seed to it.
	client, err := rpc.Dial(socket)
	require.NoError(t, err)
	defer client.Close()
	me, err := client.Info(context.Background())
	require.NoError(t, err)
	newcomer := me.Address.Hex()
	var found struct {
		Worker struct {
			Provisioned bool `json:"provisioned"`
		} `json:"worker"`
	}
	waitFor(t, "the newcomer provisioned by the running worker", 30*time.Second, func() bool {
		out, err := exec.Command(enigmad, "q", "registry", "worker", newcomer, "--home", home, "-o", "json").Output()
		return err == nil && json.Unmarshal(out, &found) == nil && found.Worker.Provisioned
	})

	// The newcomer's own worker daemon takes the seed into its enclave.
	daemon := exec.Command(enigmad, "worker", "start", "--enclave-socket", socket, "--from", "alice", "--home", home,
		"--keyring-backend", "test", "--chain-id", "enigma-local-1")
	var daemonLog bytes.Buffer
	daemon.Stdout, daemon.Stderr = &daemonLog, &daemonLog
	require.NoError(t, daemon.Start())
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the newcomer's worker (tail):\n%s", tail(daemonLog.String(), 3000))
		}
	})
	t.Cleanup(func() { _ = daemon.Process.Kill(); _ = daemon.Wait() }) // Wait: the log is complete after it
	waitFor(t, "the newcomer's enclave holding the seed", 30*time.Second, func() bool {
		i, err := client.Info(context.Background())
		return err == nil && i.Provisioned
	})

	// The genesis worker submits the epoch's beacon.
	var epoch struct {
		BeaconAccepted bool `json:"beacon_accepted"`
	}
	waitFor(t, "an epoch beacon accepted", 30*time.Second, func() bool {
		out, err := exec.Command(enigmad, "q", "epoch", "current", "--home", home, "-o", "json").Output()
		return err == nil && json.Unmarshal(out, &epoch) == nil && epoch.BeaconAccepted
	})
}

// waitWorkersProvisioned waits until the chain lists the enclave of each
// validator in nodes as a provisioned worker and each enclave holds the
// master seed.
func (n *net) waitWorkersProvisioned(nodes []int, timeout time.Duration) {
	t := n.t
	t.Helper()
	addresses, start := map[int]string{}, time.Now()
	for _, i := range nodes {
		client, err := rpc.Dial(filepath.Join(n.dir, fmt.Sprintf("enclave%d", i), "enclave.sock"))
		require.NoError(t, err)
		defer client.Close()
		info, err := client.Info(context.Background())
		require.NoError(t, err)
		addresses[i] = info.Address.Hex()
		waitFor(t, fmt.Sprintf("enclave %d provisioned on chain and holding the seed", i), timeout, func() bool {
			var found struct {
				Worker struct {
					Provisioned bool `json:"provisioned"`
				} `json:"worker"`
			}
			out, err := exec.Command(n.bin, "q", "registry", "worker", addresses[i], "--home", filepath.Join(n.dir, "node0"), "-o", "json").Output()
			if err != nil || json.Unmarshal(out, &found) != nil || !found.Worker.Provisioned {
				return false
			}
			info, err := client.Info(context.Background())
			return err == nil && info.Provisioned
		})
	}
	t.Logf("workers provisioned %.1fs after the localnet was up: %v", time.Since(start).Seconds(), addresses)
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// devAddresses are the dev accounts' addresses, fixed by their public
// mnemonics (scripts/localnet.sh, README "Client settings").
var devAddresses = map[string]string{
	"alice":   "enigma14mzacws7a7uhmv4ljhr4pzjkh6td8e9vyygahk",
	"bob":     "enigma1r8wp07ldujng9hswg3lqhptxnmvtd4kl4dljee",
	"carol":   "enigma1wjwx5mr2mrruq5wz5nnzr0cfwksx4wvlrm3mjp",
	"relayer": "enigma1h8td77jhp4s2sfk4rml80cd4nrpyju6pjen974",
}

// TestLocalnetResumes: a new localnet has the documented dev addresses;
// stopped and started again, it resumes where it stopped (same accounts,
// same chain, height on from where it was), and only RESET=1 starts anew.
// A different NODES is refused rather than silently ignored.
func TestLocalnetResumes(t *testing.T) {
	n := startNet(t, 1)
	addresses := func() map[string]string {
		got := map[string]string{}
		for name := range devAddresses {
			out, err := exec.Command(n.bin, "keys", "show", name, "-a", "--keyring-backend", "test",
				"--home", filepath.Join(n.dir, "node0")).Output()
			require.NoError(t, err)
			got[name] = strings.TrimSpace(string(out))
		}
		return got
	}
	require.Equal(t, devAddresses, addresses())
	var info struct {
		ChainID      string                 `json:"chainId"`
		RPC          string                 `json:"rpc"`
		Bip44        struct{ CoinType int } `json:"bip44"`
		Bech32Config struct {
			Prefix string `json:"bech32PrefixAccAddr"`
		} `json:"bech32Config"`
		Currencies []struct {
			Min      string `json:"coinMinimalDenom"`
			Decimals int    `json:"coinDecimals"`
		} `json:"currencies"`
	}
	raw, err := os.ReadFile(filepath.Join(n.dir, "chain-info.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &info))
	require.Equal(t, "enigma-local-1", info.ChainID)
	require.Equal(t, "http://127.0.0.1:26657", info.RPC)
	require.Equal(t, 118, info.Bip44.CoinType)
	require.Equal(t, "enigma", info.Bech32Config.Prefix)
	require.Equal(t, "ueng", info.Currencies[0].Min)
	require.Equal(t, 6, info.Currencies[0].Decimals)

	waitFor(t, "height 3", 30*time.Second, func() bool { return height(0) >= 3 })
	firstBlock := blockHash(t, 1)
	out, err := n.scriptOut("status")
	require.NoError(t, err, out)
	require.Contains(t, out, "node0     running")
	require.Contains(t, out, "enclave0  running")
	require.NoError(t, n.script("stop"))
	out, err = n.scriptOut("status")
	require.NoError(t, err, out)
	require.Contains(t, out, "node0     stopped")
	stopped := lastHeight(t, n)

	out, err = n.scriptOut("start")
	require.NoError(t, err, out)
	require.Contains(t, out, "localnet resumed")
	require.Contains(t, out, devAddresses["alice"])
	waitFor(t, "a block after the resumed height", 30*time.Second, func() bool { return height(0) > stopped })
	require.Equal(t, devAddresses, addresses())
	require.Equal(t, firstBlock, blockHash(t, 1), "the same chain")
	// The genesis worker's enclave came back provisioned from its sealed data.
	log, err := os.ReadFile(filepath.Join(n.dir, "enclave0.log"))
	require.NoError(t, err)
	starts := regexp.MustCompile(`signer (0x[0-9a-fA-F]{40}), provisioned (true|false), serving`).FindAllStringSubmatch(string(log), -1)
	require.Len(t, starts, 2, "started twice:\n%s", log)
	require.Equal(t, starts[0][1], starts[1][1], "the same enclave key, unsealed")
	require.Equal(t, "true", starts[1][2], "provisioned from its sealed seed on the second start")

	require.NoError(t, n.script("stop"))
	mismatch := append(append([]string{}, n.env...), "NODES=2")
	cmd := exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), "start")
	cmd.Env = mismatch
	b, err := cmd.CombinedOutput()
	require.Error(t, err, "a network of 1 is not resumed as 2")
	require.Contains(t, string(b), "make localnet-reset")

	reset := append(append([]string{}, n.env...), "RESET=1")
	cmd = exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), "start")
	cmd.Env = reset
	b, err = cmd.CombinedOutput()
	require.NoError(t, err, string(b))
	require.Contains(t, string(b), "localnet is up")
	require.Equal(t, devAddresses, addresses(), "a new network, the same dev accounts")
	require.NotEqual(t, firstBlock, blockHash(t, 1), "a new chain from a new genesis")
}

// lastHeight is the last height node 0 stored before it stopped.
func lastHeight(t *testing.T, n *net) int64 {
	raw, err := os.ReadFile(filepath.Join(n.dir, "node0", "data", "priv_validator_state.json"))
	require.NoError(t, err)
	var st struct {
		Height string `json:"height"`
	}
	require.NoError(t, json.Unmarshal(raw, &st))
	h, err := strconv.ParseInt(st.Height, 10, 64)
	require.NoError(t, err)
	return h
}

// blockHash is the hash of node 0's block at height h.
func blockHash(t *testing.T, h int64) string {
	var blk struct {
		Result struct {
			BlockID struct {
				Hash string `json:"hash"`
			} `json:"block_id"`
		} `json:"result"`
	}
	require.NoError(t, rpcGet(rpcPort(0), fmt.Sprintf("/block?height=%d", h), &blk))
	require.NotEmpty(t, blk.Result.BlockID.Hash)
	return blk.Result.BlockID.Hash
}

// workerMetrics is worker i's Prometheus metrics, as text.
func workerMetrics(t *testing.T, i int) string {
	t.Helper()
	res, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", 9465+10*i))
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return string(body)
}

// workerMetric is the value of one series of worker i's metrics (its name
// and labels as the text format writes them), 0 when absent.
func workerMetric(t *testing.T, i int, series string) float64 {
	t.Helper()
	for _, line := range strings.Split(workerMetrics(t, i), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			require.NoError(t, err, line)
			return f
		}
	}
	return 0
}
