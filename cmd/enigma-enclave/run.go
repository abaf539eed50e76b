// Command enigma-enclave is the trusted core of a worker as its own
// process, serving the enclave API (proto/enigma/enclave/v1) on a unix
// socket. A plain Go build runs in simulation mode (no protection, for
// localnets and CI); built with EGo and the "ego" tag it runs inside SGX.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/rpc"
	"github.com/enigmad/enigmad/enclave/seal"
)

// mode is what differs between the simulation and the SGX build.
type mode struct {
	name     string
	sealer   func(dataDir string) (seal.Sealer, error)
	issuer   attestation.Issuer
	verifier attestation.Verifier
	// policy judges newcomers this enclave provisions.
	policy func() (attestation.Policy, error)
	// warning is printed at start, if any.
	warning string
}

type options struct {
	chainID     string
	dataDir     string
	socket      string
	maxTaskGas  uint64
	maxTaskTime time.Duration
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("enigma-enclave", flag.ContinueOnError)
	fs.SetOutput(stderr)
	home, _ := os.UserHomeDir()
	var o options
	fs.StringVar(&o.chainID, "chain-id", "", "chain id of the network this enclave serves (required; bound into its attestation)")
	fs.StringVar(&o.dataDir, "data-dir", filepath.Join(home, ".enigma-enclave"), "directory of the sealed identity and seed")
	fs.StringVar(&o.socket, "socket", "", "unix socket to serve on (default <data-dir>/enclave.sock)")
	fs.Uint64Var(&o.maxTaskGas, "max-task-gas", core.DefaultMaxTaskGas, "the most gas one task may ask for")
	fs.DurationVar(&o.maxTaskTime, "max-task-time", core.DefaultMaxTaskTime, "wall time after which a running task is stopped and ends as out of gas")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.chainID == "" {
		return o, fmt.Errorf("--chain-id is required")
	}
	if o.socket == "" {
		o.socket = filepath.Join(o.dataDir, "enclave.sock")
	}
	return o, nil
}

// run starts the enclave service and serves until ctx ends.
func run(ctx context.Context, m mode, args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if m.warning != "" {
		fmt.Fprintln(stderr, "WARNING:", m.warning)
	}
	if err := os.MkdirAll(o.dataDir, 0o700); err != nil {
		return err
	}
	sealer, err := m.sealer(o.dataDir)
	if err != nil {
		return err
	}
	policy, err := m.policy()
	if err != nil {
		return err
	}
	c, err := core.Open(core.Config{ChainID: o.chainID, DataDir: o.dataDir, Sealer: sealer, Issuer: m.issuer, Verifier: m.verifier, Policy: policy,
		MaxTaskGas: o.maxTaskGas, MaxTaskTime: o.maxTaskTime})
	if err != nil {
		return err
	}
	info := c.Info()
	fmt.Fprintf(stdout, "enigma-enclave (%s) for chain %s: signer %s, provisioned %v, serving on %s\n", m.name, o.chainID, info.Address, info.Provisioned, o.socket)
	return rpc.Serve(ctx, o.socket, c, stdout)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, buildMode(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "enigma-enclave:", err)
		os.Exit(1)
	}
}
