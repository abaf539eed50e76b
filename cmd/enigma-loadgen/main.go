// Command enigma-loadgen puts a steady load of secret computations on a
// running network (make localnet) and measures it end to end (package
// loadgen): tasks per second, latency from the record mined on Ethereum to
// the decrypted result and where it goes, the Ethereum gas per task; with
// -bank, the same network's bank transfers per second beside it.
//
//	make localnet
//	go run ./cmd/enigma-loadgen -tasks 2000 -bank 2000 [-o json]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/client/settings"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/loadgen"
)

func main() {
	config := flag.String("config", "", "client.toml (default: $ENIGMA_CLIENT_CONFIG, else .localnet/client.toml here or in a parent; never ~/.enigmad)")
	tasks := flag.Int("tasks", 2000, "calls to send")
	batch := flag.Int("batch", 100, "records per Ethereum transaction")
	senders := flag.Int("senders", 4, "Ethereum accounts recording at once")
	counters := flag.Int("contracts", 4, "Counter contracts the calls spread over")
	inflight := flag.Int("inflight", 4000, "tasks recorded and not yet answered, at most")
	suite := flag.String("suite", "x25519", "x25519 or xwing")
	rate := flag.Float64("rate", 0, "tasks a second to record (0: as fast as -inflight lets them go)")
	bank := flag.Int("bank", 0, "bank transfers to send after the tasks (0: none)")
	home := flag.String("home", "", "the node home whose test keyring holds the dev accounts, for -bank (default: node0 beside client.toml)")
	output := flag.String("o", "text", "text or json")
	anyChain := flag.Bool("any-chain", false, "run on a network whose Ethereum is not the localnet's (chain 1337): it spends that network's ETH")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *config, *tasks, *batch, *senders, *counters, *inflight, *rate, *suite, *bank, *home, *output == "json", *anyChain); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// result is what -o json prints.
type result struct {
	Config struct {
		Tasks, Batch, Senders, Contracts, InFlight int
		Rate                                       float64
		Suite                                      string
	} `json:"config"`
	Tasks *loadgen.Report     `json:"tasks"`
	Bank  *loadgen.BankReport `json:"bank,omitempty"`
	// Ratio is the steady tasks per second over bank sends per second.
	Ratio float64 `json:"ratio,omitempty"`
}

func run(ctx context.Context, config string, tasks, batch, senders, counters, inflight int, rate float64, suite string, bank int, home string, asJSON, anyChain bool) error {
	// A localnet's settings only: the load funds accounts from the
	// configured key and sends thousands of tasks.
	path := settings.FindLocalnet(config)
	if path == "" {
		return settings.ErrNotFound
	}
	s, err := settings.Read(path)
	if err != nil {
		return err
	}
	if s.EthChainID != 1337 && !anyChain {
		return fmt.Errorf("%s names Ethereum chain %d, not the localnet's 1337: -any-chain sends the load there anyway", path, s.EthChainID)
	}
	logf := func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
	cfg := loadgen.Config{Settings: s, Tasks: tasks, Batch: batch, Senders: senders, Contracts: counters, InFlight: inflight, Rate: rate, Logf: logf}
	switch suite {
	case "x25519":
		cfg.Suite = envelope.SuiteX25519
	case "xwing":
		cfg.Suite = envelope.SuiteXWing
	default:
		return fmt.Errorf("-suite %q: x25519 or xwing", suite)
	}
	n, err := loadgen.Connect(ctx, s)
	if err != nil {
		return err
	}
	defer n.Close()
	setup, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	logf("loadgen: funding %d accounts and deploying %d Counter contracts", senders, counters)
	accounts, err := n.Accounts(setup, senders, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	if err != nil {
		return err
	}
	contracts, err := n.DeployCounters(setup, accounts, counters)
	if err != nil {
		return err
	}
	logf("loadgen: %d tasks, %d per record transaction, %d senders", tasks, batch, senders)
	out := result{}
	out.Config.Tasks, out.Config.Batch, out.Config.Senders, out.Config.Contracts, out.Config.InFlight, out.Config.Rate, out.Config.Suite =
		tasks, batch, senders, counters, inflight, rate, suite
	if out.Tasks, err = n.Run(ctx, cfg, accounts, contracts); err != nil {
		return err
	}
	if bank > 0 {
		if home == "" {
			home = filepath.Join(filepath.Dir(path), "node0")
		}
		conn, err := grpc.NewClient(s.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			return err
		}
		defer conn.Close()
		logf("loadgen: %d bank sends", bank)
		if out.Bank, err = loadgen.BankSends(ctx, conn, s.ChainID, home, "ueng", []string{"relayer", "alice", "bob", "carol"}, bank, 64); err != nil {
			// The tasks' report stands on its own.
			logf("loadgen: bank sends: %v", err)
			out.Bank = nil
		} else if out.Bank.SendsPerSecond > 0 {
			out.Ratio = out.Tasks.SteadyTasksPerSecond / out.Bank.SendsPerSecond
		}
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	t := out.Tasks
	fmt.Printf("tasks: %d sent, %d succeeded in %.1fs: %.0f tasks/s (%.0f/s steady, between 10%% and 90%% answered); latency record mined → decrypted p50 %v, p99 %v\n",
		t.Tasks, t.Succeeded, t.Seconds, t.TasksPerSecond, t.SteadyTasksPerSecond, t.Latency.P50.Round(time.Millisecond), t.Latency.P99.Round(time.Millisecond))
	a := t.Accounting
	fmt.Printf("accounting: %d recorded on Ethereum, %d succeeded, %d failed, %d lost, %d counter values twice, %d skipped\n",
		a.RecordedOnEthereum, a.Succeeded, a.Failed, a.Lost, a.Duplicates, a.Gaps)
	for _, st := range t.Stages {
		fmt.Printf("  %-90s p50 %8v  p99 %8v\n", st.Name, st.Took.P50.Round(time.Millisecond), st.Took.P99.Round(time.Millisecond))
	}
	fmt.Printf("chain: %d blocks, one every %.2fs, at most %d transactions in one\n", t.Blocks, t.BlockSeconds, t.MaxTxs)
	g := t.EthGas
	fmt.Printf("Ethereum gas per task: %.0f (records %.0f in %d transactions, batches %.0f over %d batches of %d receipts, valsets %.0f over %d)\n",
		g.TotalPerTask, g.RecordPerTask, g.RecordTxs, g.BatchPerTask, g.Batches, g.Receipts, g.ValsetPerTask, g.Valsets)
	if out.Bank != nil {
		fmt.Printf("bank sends: %d in %.1fs: %.0f/s; tasks/s over sends/s: %.2f\n", out.Bank.Sends, out.Bank.Seconds, out.Bank.SendsPerSecond, out.Ratio)
	}
	if len(t.Errors) > 0 {
		fmt.Println("errors (first ones):\n  " + strings.Join(t.Errors, "\n  "))
	}
	return nil
}
