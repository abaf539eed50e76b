package cmd

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"

	"github.com/enigmad/enigmad/enclave/rpc"
	"github.com/enigmad/enigmad/internal/wake"
	"github.com/enigmad/enigmad/worker"
	registrycli "github.com/enigmad/enigmad/x/registry/client/cli"
)

const (
	flagDutyDelay = "duty-delay"
	flagEvents    = "events"
	flagIdlePoll  = "idle-poll"
)

func workerCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "The worker daemon: runs the tasks the chain assigns to the local enclave and commits their results",
		RunE:  client.ValidateCmd,
	}
	cmd.AddCommand(workerStartCmd())
	return cmd
}

func workerStartCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Run the worker until interrupted",
		Long: "Run the worker of the local enigma-enclave (--enclave-socket): it lists the tasks the chain assigned to the enclave, brings each " +
			"contract's state in the enclave to the chain's head from the delta log, runs them and commits their results from the --from " +
			"account. With --from the worker's operator it also does the network's chores: it provisions registered newcomers with the master " +
			"seed, takes the seed when it is the newcomer, and submits the epoch's beacon (taking turns with the other workers). It keeps " +
			"nothing on disk: what is left to do is the chain's. An enclave the chain does not know yet is named with the command that " +
			"registers it, and the worker waits for it.",
		Example: "enigmad worker start --enclave-socket ~/.enigma-enclave/enclave.sock --from worker",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := cmd.Flags()
			socket, _ := f.GetString(registrycli.FlagEnclaveSocket)
			if socket == "" {
				return fmt.Errorf("--%s is required: the unix socket of the local enigma-enclave", registrycli.FlagEnclaveSocket)
			}
			poll, _ := f.GetDuration(flagPoll)
			idlePoll, _ := f.GetDuration(flagIdlePoll)
			withEvents, _ := f.GetBool(flagEvents)
			node, _ := f.GetString(flags.FlagNode)
			dutyDelay, _ := f.GetDuration(flagDutyDelay)
			metricsAddr, _ := f.GetString(flagMetrics)

			ctx, stop, logger := serviceContext(cmd, "worker")
			defer stop()
			enclave, err := rpc.Dial(socket)
			if err != nil {
				return fmt.Errorf("enclave socket %s: %w", socket, err)
			}
			defer enclave.Close()
			conn, s, err := dialChain(ctx, cmd, "the account that sends the results (the worker's operator, for its duties)")
			if err != nil {
				return err
			}
			defer conn.Close()
			cfg := worker.Config{PollInterval: poll, IdlePoll: idlePoll, DutyDelay: dutyDelay, Logger: logger}
			if metricsAddr != "" {
				reg := prometheus.NewRegistry()
				cfg.Metrics = worker.NewMetrics(reg)
				stopMetrics, err := serveMetrics(metricsAddr, reg, logger)
				if err != nil {
					return err
				}
				defer stopMetrics()
			}
			var w *worker.Worker
			for told := false; ; told = true {
				w, err = worker.New(ctx, cfg, enclave, conn, submitSender{s}, s.Address())
				if err == nil {
					break
				}
				if !errors.Is(err, worker.ErrNotRegistered) {
					return err
				}
				if !told {
					logger.Info("waiting for the registration", "err", err)
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(5 * time.Second):
				}
			}
			if withEvents {
				// New has read the enclave's address: the queries name it.
				chainID, _ := f.GetString(flags.FlagChainID)
				events, err := wake.Start(ctx, node, worker.Queries(w.Address()), wake.Options{ChainID: chainID, Logger: logger})
				if err != nil {
					return err
				}
				w.SetEvents(events)
			}
			logger.Info("worker started", "enclave", w.Address().Hex(), "submitter", s.Address().String(), "grpc", f.Lookup(flagGRPC).Value.String(),
				"events", map[bool]string{true: node, false: "off"}[withEvents])
			if err := w.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.String(registrycli.FlagEnclaveSocket, "", "unix socket of the local enigma-enclave")
	f.String(flagGRPC, "127.0.0.1:9090", "the node's gRPC address")
	f.Duration(flagPoll, 250*time.Millisecond, "the pause between steps with nothing to do while the node's events are not subscribed")
	f.Bool(flagEvents, true, "subscribe to the node's events (its CometBFT RPC, --node) to wake when a task is assigned or a chore appears; polling stays the fallback")
	f.Duration(flagIdlePoll, 2*time.Second, "the pause between steps with nothing to do while the node's events are subscribed")
	f.String(flagMetrics, "", "serve Prometheus metrics on this loopback address (e.g. 127.0.0.1:9465); empty: off")
	f.Duration(flagDutyDelay, 10*time.Second, "how long to wait per place in the turn before provisioning a newcomer or submitting the beacon in another worker's place")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}
