package cmd

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"time"

	"cosmossdk.io/log/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"

	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/bridge/orchestrator"
	bridgecli "github.com/enigmad/enigmad/x/bridge/client/cli"
)

// Flags of `enigmad orchestrator start`.
const (
	flagGRPC          = "node-grpc"
	flagEthRPC        = "eth-rpc"
	flagConfirmations = "confirmations"
	flagBlockRange    = "max-block-range"
	flagRelay         = "relay"
	flagMaxFeeGwei    = "max-fee-per-gas-gwei"
	flagMetrics       = "metrics"
	flagPoll          = "poll-interval"
	flagFinalized     = "finalized"
	flagClaimBytes    = "max-claim-bytes"
	flagRelayGrace    = "relay-grace"
	flagPreviousKey   = "previous-eth-key-file"
)

func orchestratorCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "orchestrator",
		Short: "A validator's bridge orchestrator: claims Ethereum events, signs validator sets and batches, relays them",
		Long: "A validator's bridge orchestrator (x/bridge README): it claims the bridge contract's events on chain, signs the validator sets " +
			"and batches the chain asks for with the validator's Ethereum key, and relays what validators signed to the contract.",
		RunE: client.ValidateCmd,
	}
	cmd.AddCommand(orchestratorStartCmd(), newEthKeyCmd(), deployCmd())
	return cmd
}

func newEthKeyCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "new-eth-key [file]",
		Short: "Write a new Ethereum key to file (hex, owner-only) and print its address",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := ethkey.New(args[0])
			if err != nil {
				return err
			}
			cmd.Println(crypto.PubkeyToAddress(k.PublicKey).Hex())
			return nil
		},
	}
}

func orchestratorStartCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Run the orchestrator until interrupted",
		Long: "Run the orchestrator of the validator whose orchestrator account is --from (named with `enigmad tx bridge set-orchestrator`), " +
			"reading the chain from its node's gRPC (--node-grpc) and Ethereum from --eth-rpc (HTTP or WebSocket), signing with --eth-key-file. " +
			"It resumes where the chain says its validator stands; nothing is kept on disk.",
		Example: "enigmad orchestrator start --from orchestrator --eth-key-file ~/.enigmad/eth.key --eth-rpc http://127.0.0.1:8545 --confirmations 12",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := cmd.Flags()
			keyFile, _ := f.GetString(bridgecli.FlagEthKeyFile)
			key, err := ethkey.Load(keyFile)
			if err != nil {
				return err
			}
			ethURL, _ := f.GetString(flagEthRPC)
			confirmations, _ := f.GetUint64(flagConfirmations)
			blockRange, _ := f.GetUint64(flagBlockRange)
			relay, _ := f.GetBool(flagRelay)
			maxFee, _ := f.GetUint64(flagMaxFeeGwei)
			metricsAddr, _ := f.GetString(flagMetrics)
			poll, _ := f.GetDuration(flagPoll)
			finalized, _ := f.GetBool(flagFinalized)
			claimBytes, _ := f.GetInt(flagClaimBytes)
			grace, _ := f.GetDuration(flagRelayGrace)
			var previous *ecdsa.PrivateKey
			if p, _ := f.GetString(flagPreviousKey); p != "" {
				if previous, err = ethkey.Load(p); err != nil {
					return err
				}
			}

			ctx, stop, logger := serviceContext(cmd, "orchestrator")
			defer stop()
			conn, s, err := dialChain(ctx, cmd, "the orchestrator account")
			if err != nil {
				return err
			}
			defer conn.Close()
			eth, err := ethclient.DialContext(ctx, ethURL)
			if err != nil {
				return fmt.Errorf("Ethereum node %s: %w", ethURL, err)
			}
			defer eth.Close()

			cfg := orchestrator.Config{Confirmations: confirmations, MaxBlockRange: blockRange, Relay: relay, PollInterval: poll,
				MaxFeePerGas: new(big.Int).Mul(new(big.Int).SetUint64(maxFee), big.NewInt(1e9)), Logger: logger,
				Finalized: finalized, MaxClaimBytes: claimBytes, RelayGrace: grace, PreviousKey: previous}
			if metricsAddr != "" {
				reg := prometheus.NewRegistry()
				cfg.Metrics = orchestrator.NewMetrics(reg)
				stopMetrics, err := serveMetrics(metricsAddr, reg, logger)
				if err != nil {
					return err
				}
				defer stopMetrics()
			}
			o, err := orchestrator.New(ctx, cfg, eth, conn, submitSender{s}, s.Address(), key)
			if err != nil {
				return err
			}
			logger.Info("orchestrator started", "account", s.Address().String(), "eth_address", o.EthAddress().Hex(),
				"confirmations", confirmations, "relay", relay)
			if err := o.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.String(flagGRPC, "127.0.0.1:9090", "the node's gRPC address")
	f.String(flagEthRPC, "http://127.0.0.1:8545", "the Ethereum node's JSON-RPC endpoint (http://, https://, ws:// or wss://)")
	f.String(bridgecli.FlagEthKeyFile, "", "the validator's Ethereum key: a hex key file or a keystore file (password in "+
		ethkey.EnvPassword+"); without it, the hex key in "+ethkey.EnvKey)
	f.Uint64(flagConfirmations, 12, "read Ethereum up to head minus this many blocks (0 on a dev chain)")
	f.Uint64(flagBlockRange, 2000, "the most blocks one log query covers")
	f.Bool(flagRelay, true, "relay signed validator sets and batches to the bridge contract (pays Ethereum gas from the Ethereum key)")
	f.Uint64(flagMaxFeeGwei, 500, "the relayer's ceiling on the fee per gas, in gwei")
	f.String(flagMetrics, "", "serve Prometheus metrics on this loopback address (e.g. 127.0.0.1:9464); empty: off")
	f.Duration(flagPoll, time.Second, "the pause between steps with nothing to do")
	f.Bool(flagFinalized, false, "read Ethereum up to its finalized block instead of head minus --confirmations (recommended on a public network)")
	f.Int(flagClaimBytes, 512<<10, "the most bytes of events one claims transaction carries")
	f.Duration(flagRelayGrace, 30*time.Second, "how long to wait for the orchestrator whose turn it is before relaying in its place")
	f.String(flagPreviousKey, "", "the validator's Ethereum key before its last rename, signed with while the contract's validator set still has it")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// serveMetrics serves reg on addr, which must be a loopback address.
func serveMetrics(addr string, reg *prometheus.Registry, logger log.Logger) (func(), error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--%s %q: %w", flagMetrics, addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("--%s %q: metrics are served on a loopback address only (127.0.0.1:PORT)", flagMetrics, addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		defer func() {
			if r := recover(); r != nil {
				logger.Error("metrics server panicked", "panic", r)
			}
		}()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics server stopped", "err", err)
		}
	}()
	return func() { _ = srv.Close() }, nil
}
