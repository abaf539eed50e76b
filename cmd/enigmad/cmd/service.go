package cmd

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"cosmossdk.io/log/v2"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/internal/submit"
)

// serviceContext is the context of a long-running service, cancelled by
// SIGINT or SIGTERM, and its logger (plain: its output goes to files).
func serviceContext(cmd *cobra.Command, module string) (context.Context, context.CancelFunc, log.Logger) {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	return ctx, stop, log.NewLogger(cmd.ErrOrStderr(), log.ColorOption(false)).With("module", module)
}

// dialChain connects a service (the orchestrator, the worker) to its node:
// the node's gRPC (--node-grpc) and a Submitter signing with the --from key,
// the one way services send chain transactions (internal/submit). who says
// whose key --from names, for the error when it is missing.
func dialChain(ctx context.Context, cmd *cobra.Command, who string) (*grpc.ClientConn, *submit.Submitter, error) {
	clientCtx, err := client.GetClientTxContext(cmd)
	if err != nil {
		return nil, nil, err
	}
	if clientCtx.FromName == "" {
		return nil, nil, errors.New("--from names the key of " + who)
	}
	grpcAddr, _ := cmd.Flags().GetString(flagGRPC)
	gasPrices, _ := cmd.Flags().GetString(flags.FlagGasPrices)
	// Answers carry task data and sealed deltas: well above gRPC's 4 MiB
	// default, as the node's own server allows (app.toml grpc
	// max-recv-msg-size and max-send-msg-size).
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20)))
	if err != nil {
		return nil, nil, fmt.Errorf("node gRPC %s: %w", grpcAddr, err)
	}
	s, err := submit.New(ctx, conn, submit.Config{ChainID: clientCtx.ChainID, Keyring: clientCtx.Keyring, KeyName: clientCtx.FromName,
		TxConfig: clientCtx.TxConfig, GasPrice: gasPrices})
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	return conn, s, nil
}

// submitSender sends and waits: a service's transactions land one after
// the other (claims must arrive in order; results are read back from the
// chain). For the worker it also broadcasts and waits apart
// (worker.Broadcaster), so that several result transactions are in
// flight.
type submitSender struct{ s *submit.Submitter }

func (s submitSender) Send(ctx context.Context, msgs ...sdk.Msg) error {
	_, err := s.s.SendAndWait(ctx, msgs...)
	return err
}

// Broadcast hands the transaction to the node; wait polls for its block and
// returns its messages' responses. When the node may or may not have taken
// the transaction (it stopped answering), Broadcast itself waits for the
// outcome: the worker's next results, which build on these, must not go
// before it is known.
func (s submitSender) Broadcast(ctx context.Context, msgs ...sdk.Msg) (func(context.Context) (*sdk.TxMsgData, error), error) {
	hash, err := s.s.Send(ctx, msgs...)
	if err != nil && (hash == "" || errors.Is(err, submit.ErrRefused)) {
		return nil, err
	}
	wait := func(ctx context.Context) (*sdk.TxMsgData, error) {
		res, err := s.s.Wait(ctx, hash)
		if err != nil {
			return nil, err
		}
		bz, err := hex.DecodeString(res.Data)
		if err != nil {
			return nil, fmt.Errorf("transaction %s: its data is not hex: %w", hash, err)
		}
		var data sdk.TxMsgData
		if err := data.Unmarshal(bz); err != nil {
			return nil, fmt.Errorf("transaction %s: its data: %w", hash, err)
		}
		return &data, nil
	}
	if err != nil {
		data, err := wait(ctx)
		if err != nil {
			return nil, err
		}
		return func(context.Context) (*sdk.TxMsgData, error) { return data, nil }, nil
	}
	return wait, nil
}
