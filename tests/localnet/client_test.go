//go:build localnet

package localnet

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The CLI a dApp user runs, against the localnet it is configured for by
// the client.toml the localnet writes: a Counter deployed and called (its
// result decoded, once with X-Wing), a call that reverts followed until
// its batch is on Ethereum and refunded, once; status and result read
// again from the chain and the kept state.
func TestLocalnetClient(t *testing.T) {
	n := startNet(t, 1)
	cfg := filepath.Join(n.dir, "client.toml")
	_, err := os.Stat(cfg)
	require.NoError(t, err, "the localnet writes client.toml")

	// run runs `enigmad client ARGS -o json` and decodes its answer.
	run := func(args ...string) (map[string]any, error) {
		t.Helper()
		cmd := exec.Command(n.bin, append(append([]string{"client"}, args...), "--config", cfg, "-o", "json", "--timeout", "3m")...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		var doc map[string]any
		if len(out) > 0 {
			// A failure after the task was paid for still prints its
			// document, with the error.
			require.NoError(t, json.Unmarshal(out, &doc), string(out))
		}
		if err != nil {
			return doc, &cliError{err: err, stderr: stderr.String()}
		}
		return doc, nil
	}
	must := func(args ...string) map[string]any {
		t.Helper()
		doc, err := run(args...)
		require.NoError(t, err)
		return doc
	}
	stages := func(doc map[string]any) []string {
		var names []string
		for _, s := range doc["stages"].([]any) {
			names = append(names, s.(map[string]any)["stage"].(string))
		}
		return names
	}

	start := time.Now()
	dep := must("deploy", "Counter")
	require.Equal(t, "success", dep["status"])
	require.Equal(t, []string{"task", "worker", "sealed", "recorded", "observed", "accepted", "committed"}, stages(dep))
	contract := dep["contract"].(string)
	t.Logf("deploy: %.1fs", time.Since(start).Seconds())

	start = time.Now()
	call := must("call", contract, "increment() returns (uint256)")
	require.Equal(t, "success", call["status"])
	require.Equal(t, []any{"1"}, call["values"])
	t.Logf("call: %.1fs", time.Since(start).Seconds())
	call2 := must("call", contract, "increment()", "--returns", "uint256", "--suite", "xwing")
	require.Equal(t, []any{"2"}, call2["values"])

	// The result and status again, from the chain and the kept key.
	again := must("result", call["task_id"].(string))
	require.Equal(t, []any{"1"}, again["values"])
	st := must("status", call["task_id"].(string))
	require.Equal(t, "TASK_STATUS_DONE", st["status"])

	// A call Counter does not have: it reverts in the enclave; followed
	// until its batch is on Ethereum, then refunded, once.
	start = time.Now()
	bad := must("call", contract, "nope()", "--until", "ethereum")
	require.Equal(t, "revert", bad["status"])
	require.Contains(t, stages(bad), "ethereum")
	t.Logf("a failing call to its batch on Ethereum: %.1fs", time.Since(start).Seconds())
	refund := must("refund", bad["task_id"].(string))
	require.NotEmpty(t, refund["eth_tx"])
	_, err = run("refund", bad["task_id"].(string))
	require.ErrorContains(t, err, "AlreadyClaimed")

	// A call stopped before its data was handed over (here: it waits no
	// time for the chain to observe its record) is handed over later from
	// the kept state, and its result read.
	stopped, err := run("call", contract, "increment() returns (uint256)", "--record-timeout", "1ms")
	require.ErrorContains(t, err, "enigmad client submit")
	require.NotEmpty(t, stopped["task_id"], "the paid task's id is printed")
	must("submit", stopped["task_id"].(string))
	late := must("result", stopped["task_id"].(string))
	require.Equal(t, []any{"3"}, late["values"])
	// Paid in ENG, with a permit.
	eng := must("call", contract, "increment() returns (uint256)", "--fee", "eng")
	require.Equal(t, []any{"4"}, eng["values"])
	_, err = run("call", contract, "increment()", "--fee", "eng", "--value", "1")
	require.ErrorContains(t, err, "escrows nothing")

	// Bad input is refused before anything is paid: a wrong argument, a
	// contract that is not an address, an unknown task.
	_, err = run("call", contract, "add(uint8)", "300")
	require.ErrorContains(t, err, "out of range")
	_, err = run("call", "0x123", "increment()")
	require.ErrorContains(t, err, "not a 0x address")
	_, err = run("call", contract, "(uint256)", "1")
	require.ErrorContains(t, err, "names no function")
	_, err = run("call", contract, "f(uint0256)", "1")
	require.ErrorContains(t, err, "not a Solidity type")
	_, err = run("call", contract, "increment()", "--until", "forever")
	require.ErrorContains(t, err, "--until")
	_, err = run("result", "0x"+strings.Repeat("ab", 32))
	require.ErrorContains(t, err, "no state for task")

	// The examples with the Go client (examples/*), each end to end.
	example := func(t *testing.T, name string, v any) {
		t.Helper()
		start := time.Now()
		cmd := exec.Command("go", "run", "./examples/"+name, "-o", "json", "-config", cfg)
		cmd.Dir = n.root
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		require.NoError(t, err, "%s\n%s", out, stderr.String())
		require.NoError(t, json.Unmarshal(out, v), string(out))
		t.Logf("examples/%s: %.1fs", name, time.Since(start).Seconds())
	}
	t.Run("go auction example", func(t *testing.T) {
		var r struct {
			WinnerName  string                            `json:"winner_name"`
			Price       string                            `json:"price"`
			Bids        []struct{ Status, Reason string } `json:"bids"`
			CarolRefund string                            `json:"carol_refund_escrow"`
			Withdrawals map[string]string                 `json:"withdrawals"`
		}
		example(t, "auction", &r)
		require.Equal(t, "bob", r.WinnerName)
		require.Equal(t, "700000000000000000", r.Price)
		require.Len(t, r.Bids, 3)
		require.Equal(t, []string{"success", "success", "revert"}, []string{r.Bids[0].Status, r.Bids[1].Status, r.Bids[2].Status},
			"carol bid above her deposit: refused in the enclave")
		require.Equal(t, "BidRefused(belowMinimum=false, aboveDeposit=true)", r.Bids[2].Reason)
		require.Equal(t, "1000000000000000000", r.CarolRefund, "carol's whole deposit comes back")
		require.Equal(t, map[string]string{"alice": "0.5", "bob": "0.2", "seller": "0.7"}, r.Withdrawals)
	})
	t.Run("go millionaires example", func(t *testing.T) {
		var r struct {
			RichestName   string `json:"richest_name"`
			EarlyAnswer   string `json:"early_answer"`
			EnvelopeBytes []int  `json:"envelope_bytes"`
		}
		example(t, "millionaires", &r)
		require.Equal(t, "bob", r.RichestName)
		require.Equal(t, "revert", r.EarlyAnswer, "no answer with one participant")
		require.Equal(t, []int{242, 242, 242}, r.EnvelopeBytes, "every submission the same size")
	})
	t.Run("go voting example", func(t *testing.T) {
		var r struct {
			Votes  []string `json:"votes"`
			Twice  string   `json:"second_vote"`
			Late   string   `json:"late_vote"`
			Totals []string `json:"totals"`
		}
		example(t, "voting", &r)
		require.Equal(t, []string{"success", "success", "success", "success", "success"}, r.Votes)
		require.Equal(t, "revert", r.Twice, "one vote each")
		require.Equal(t, "revert", r.Late, "closed")
		require.Equal(t, []string{"1", "3", "1"}, r.Totals)
	})

	// A secret contract of one's own, as docs/developers.md walks through
	// it: compiled by contracts/scripts/secret.js, deployed and called
	// with the CLI.
	t.Run("your own secret contract", func(t *testing.T) {
		dir := t.TempDir()
		src := filepath.Join(dir, "SecretNote.sol")
		require.NoError(t, os.WriteFile(src, []byte(secretNote), 0o600))
		cmd := exec.Command("node", filepath.Join(n.root, "contracts", "scripts", "secret.js"), src)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s (cd contracts && npm ci; make test-localnet does)", out)
		must := func(args ...string) map[string]any { // this subtest's own: FailNow on the parent would not stop it
			t.Helper()
			doc, err := run(args...)
			require.NoError(t, err)
			return doc
		}
		dep := must("deploy", filepath.Join(dir, "SecretNote.bin"))
		require.Equal(t, "success", dep["status"])
		note := dep["contract"].(string)
		require.Equal(t, "success", must("call", note, "write(uint256)", "42")["status"])
		require.Equal(t, []any{"42"}, must("call", note, "read() returns (uint256)")["values"])
	})

	// The auction page in a real headless browser (examples/auction/web).
	t.Run("auction in a browser", func(t *testing.T) {
		if os.Getenv("ENIGMA_SKIP_BROWSER") != "" {
			t.Skip("ENIGMA_SKIP_BROWSER is set")
		}
		_, err := os.Stat(filepath.Join(n.root, "examples", "auction", "web", "dist", "main.js"))
		require.NoError(t, err, "build the page first (make web; make test-localnet does)")
		start := time.Now()
		cmd := exec.Command("node", filepath.Join("examples", "auction", "web", "test.js"), cfg)
		cmd.Dir = n.root
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s (Debian's chromium is needed: apt-get install chromium; or set ENIGMA_SKIP_BROWSER=1)", out)
		require.Contains(t, string(out), "settled: bob wins at 0.7 ETH")
		require.Contains(t, string(out), "alice 0.5 · bob 0.2 · seller 0.7")
		t.Logf("the auction page in chromium (%.1fs):\n%s", time.Since(start).Seconds(), out)
	})

	// The TypeScript client on the same network (clients/js/test/localnet.test.ts).
	t.Run("typescript", func(t *testing.T) {
		js := filepath.Join(n.root, "clients", "js")
		_, err := os.Stat(filepath.Join(js, "dist", "test", "localnet.test.js"))
		require.NoError(t, err, "build the TypeScript client first (make js; make test-localnet does)")
		_, err = os.Stat(filepath.Join(js, "dist", "dcap.wasm"))
		require.NoError(t, err, "build the TypeScript client first (make js; make test-localnet does)")
		start := time.Now()
		cmd := exec.Command("node", "--test", "--test-reporter=tap", filepath.Join("dist", "test", "localnet.test.js"))
		cmd.Dir, cmd.Env = js, append(os.Environ(), "ENIGMA_CLIENT_CONFIG="+cfg)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		require.Contains(t, string(out), "\n# skipped 0\n", "%s", out)
		t.Logf("TypeScript client against the localnet (%.1fs):\n%s", time.Since(start).Seconds(), out)
	})
}

type cliError struct {
	err    error
	stderr string
}

func (e *cliError) Error() string { return e.err.Error() + ": " + e.stderr }

// secretNote is docs/developers.md's contract.
const secretNote = `// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

contract SecretNote {
    mapping(address => uint256) private notes;

    function write(uint256 note) external {
        notes[msg.sender] = note;
    }

    function read() external view returns (uint256) {
        return notes[msg.sender];
    }
}
`
