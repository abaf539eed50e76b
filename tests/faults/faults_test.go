//go:build faults

package faults

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/client/settings"
	"github.com/enigmad/enigmad/loadgen"
)

// network is a four-validator localnet of its own (a temporary directory,
// the usual ports) under a load generator.
type network struct {
	root, dir, bin string
	env            []string
	gen            *loadgen.Network
	senders        []*client.Ethereum
	counters       []common.Address
}

func (n *network) script(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), args...)
	cmd.Env = n.env
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	return string(out)
}

// strike is script for a strike: it runs on the load generator's
// goroutine, where a test may report but not stop.
func (n *network) strike(t *testing.T, args ...string) {
	cmd := exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), args...)
	cmd.Env = n.env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("localnet.sh %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// bounce is a strike: process name killed with SIGKILL, started again
// after down.
func (n *network) bounce(t *testing.T, name string, down time.Duration) func() {
	return func() {
		n.strike(t, "kill", name)
		time.Sleep(down)
		n.strike(t, "start", name)
	}
}

func (n *network) height(t *testing.T, i int) int64 {
	t.Helper()
	var st struct {
		Result struct {
			SyncInfo struct {
				Height string `json:"latest_block_height"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	out, err := exec.Command("curl", "-s", "--max-time", "5", fmt.Sprintf("http://127.0.0.1:%d/status", 26657+10*i)).Output()
	if err != nil || json.Unmarshal(out, &st) != nil {
		return 0
	}
	h, _ := strconv.ParseInt(st.Result.SyncInfo.Height, 10, 64)
	return h
}

func start(t *testing.T, ctx context.Context) *network {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	bin := os.Getenv("ENIGMAD")
	if bin == "" {
		bin = filepath.Join(root, "build", "enigmad")
	}
	n := &network{root: root, dir: t.TempDir(), bin: bin}
	n.env = append(os.Environ(), "ENIGMAD="+bin, "LOCALNET_DIR="+n.dir, "NODES=4")
	t.Cleanup(func() {
		if t.Failed() {
			for _, name := range []string{"node0", "node3", "worker0", "worker1", "worker2", "orchestrator0", "enclave2"} {
				if log, err := os.ReadFile(filepath.Join(n.dir, name+".log")); err == nil {
					s := string(log)
					t.Logf("%s.log (tail):\n%s", name, s[max(0, len(s)-2500):])
				}
			}
		}
		cmd := exec.Command(filepath.Join(n.root, "scripts", "localnet.sh"), "stop")
		cmd.Env = n.env
		_ = cmd.Run()
	})
	began := time.Now()
	n.script(t, "start")
	// Every newcomer provisioned before the load begins.
	require.Eventually(t, func() bool {
		out, err := exec.Command(bin, "q", "registry", "workers", "--home", filepath.Join(n.dir, "node0"), "-o", "json").Output()
		var res struct {
			Workers []struct {
				Provisioned bool `json:"provisioned"`
			} `json:"workers"`
		}
		if err != nil || json.Unmarshal(out, &res) != nil || len(res.Workers) != 4 {
			return false
		}
		for _, w := range res.Workers {
			if !w.Provisioned {
				return false
			}
		}
		return true
	}, 2*time.Minute, time.Second, "four workers, provisioned")
	t.Logf("four validators, four workers provisioned: %.1fs", time.Since(began).Seconds())
	s, err := settings.Read(filepath.Join(n.dir, "client.toml"))
	require.NoError(t, err)
	n.gen, err = loadgen.Connect(ctx, s)
	require.NoError(t, err)
	t.Cleanup(n.gen.Close)
	n.senders, err = n.gen.Accounts(ctx, 4, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	require.NoError(t, err)
	// Eight counters: every worker gets some.
	n.counters, err = n.gen.DeployCounters(ctx, n.senders, 8)
	require.NoError(t, err)
	return n
}

// under runs tasks through the network and strikes it once they are all
// recorded on Ethereum (strike runs while they are in flight); then the
// accounting must hold: every task recorded on Ethereum answered exactly
// once, every increment applied once, every failure refunded once.
func (n *network) under(t *testing.T, ctx context.Context, tasks int, strike func()) *loadgen.Report {
	t.Helper()
	began := time.Now()
	rep, err := n.gen.Run(ctx, loadgen.Config{Tasks: tasks, Batch: 50, Refunds: true, AfterSend: strike,
		Logf: func(f string, args ...any) { t.Logf(f, args...) }}, n.senders, n.counters)
	require.NoError(t, err)
	a := rep.Accounting
	t.Logf("%d tasks in %.1fs: %d recorded on Ethereum, %d succeeded, %d failed (refunded %d, second claims refused %d), %d lost, "+
		"latency p50 %v p99 %v; errors: %v", tasks, time.Since(began).Seconds(), a.RecordedOnEthereum, a.Succeeded, a.Failed,
		a.Refunded, a.RefusedTwice, a.Lost, rep.Latency.P50.Round(time.Millisecond), rep.Latency.P99.Round(time.Millisecond), rep.Errors)
	require.NoError(t, a.OK(true))
	require.Equal(t, tasks, a.RecordedOnEthereum, "every task was recorded")
	return rep
}

// TestFaults kills parts of a running four-validator network under load
// (make test-faults; FAULTS=short, as CI runs it, leaves out the slow
// ones): the chain goes on and nothing accepted is lost or applied twice.
func TestFaults(t *testing.T) {
	short := os.Getenv("FAULTS") == "short"
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()
	n := start(t, ctx)
	tasks := 400

	t.Run("a validator killed and restarted", func(t *testing.T) {
		n.under(t, ctx, tasks, func() {
			n.strike(t, "kill", "node3")
			killed := time.Now()
			// Four heights: one of them is node3's to propose, and the
			// other three decide it without it, after its propose
			// timeout (3s) and a nil round. Such a height takes some 5s
			// with timeout_commit 1s, so a fixed few seconds' wait fails
			// whenever node3 was next; 40s is far past four heights. (A
			// height read that times out on the loaded node reads 0:
			// the highest read counts.)
			var during, after int64
			for during == 0 && time.Since(killed) < 10*time.Second {
				if during = n.height(t, 0); during == 0 {
					time.Sleep(250 * time.Millisecond)
				}
			}
			want := during + 4
			for after < want && time.Since(killed) < 40*time.Second {
				after = max(after, n.height(t, 0))
				time.Sleep(250 * time.Millisecond)
			}
			if during == 0 || after < want {
				t.Errorf("three of four validators went from height %d only to %d in %.0fs", during, after, time.Since(killed).Seconds())
			} else {
				t.Logf("three of four validators went from height %d to %d in %.1fs", during, after, time.Since(killed).Seconds())
			}
			n.strike(t, "start", "node3")
		})
		require.Eventually(t, func() bool { return n.height(t, 3) >= n.height(t, 0)-1 }, time.Minute, time.Second,
			"node3 catches up")
	})

	t.Run("a worker killed mid-batch and restarted", func(t *testing.T) {
		n.under(t, ctx, tasks, n.bounce(t, "worker1", 3*time.Second))
	})

	t.Run("an orchestrator killed and restarted", func(t *testing.T) {
		n.under(t, ctx, tasks, n.bounce(t, "orchestrator0", 5*time.Second))
	})

	if short {
		return
	}

	t.Run("an enclave killed and restarted", func(t *testing.T) {
		n.under(t, ctx, tasks, n.bounce(t, "enclave2", 2*time.Second))
	})

	t.Run("geth restarted", func(t *testing.T) {
		// Struck once every record is mined: the watchers must read them
		// from the restarted node, and the next tasks too.
		n.under(t, ctx, tasks, func() {
			n.strike(t, "stop", "geth") // kill -9 would lose geth --dev's last blocks: a dev chain has no peers to get them from
			time.Sleep(3 * time.Second)
			n.strike(t, "start", "geth")
		})
		n.under(t, ctx, tasks/2, nil)
	})

	t.Run("a worker kept down: its tasks time out and are refunded", func(t *testing.T) {
		n.script(t, "stop", "worker2")
		defer n.script(t, "start", "worker2")
		rep := n.under(t, ctx, tasks/2, nil)
		require.Positive(t, rep.Accounting.Failed, "worker2's tasks timed out")
		require.Equal(t, rep.Accounting.Failed, rep.Accounting.Refunded, "every failed task is refunded")
	})
}
