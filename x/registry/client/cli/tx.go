// Package cli holds the x/registry commands that autocli cannot build
// because they talk to the local enclave process.
package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/rpc"
	"github.com/enigmad/enigmad/internal/hexarg"
	"github.com/enigmad/enigmad/x/registry/types"
)

// FlagEnclaveSocket names the unix socket of the local enigma-enclave.
const FlagEnclaveSocket = "enclave-socket"

// FlagCollateral names the directory of Intel DCAP collateral sent with an
// SGX registration.
const FlagCollateral = "collateral"

// NewTxCmd returns the registry commands that need the local enclave.
func NewTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "x/registry transactions",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(registerCmd(), provisionCmd())
	return cmd
}

func dialEnclave(cmd *cobra.Command) (*rpc.Client, context.Context, context.CancelFunc, error) {
	socket, err := cmd.Flags().GetString(FlagEnclaveSocket)
	if err != nil {
		return nil, nil, nil, err
	}
	if socket == "" {
		return nil, nil, nil, fmt.Errorf("--%s is required: the unix socket of the local enigma-enclave", FlagEnclaveSocket)
	}
	c, err := rpc.Dial(socket)
	if err != nil {
		return nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
	return c, ctx, cancel, nil
}

// enclaveServing dials the enclave and reads its identity, refusing one that
// serves a chain other than chainID: its quote binds its chain id and would
// not verify on this one.
func enclaveServing(cmd *cobra.Command, chainID string) (*rpc.Client, core.Info, context.Context, context.CancelFunc, error) {
	enclave, ctx, cancel, err := dialEnclave(cmd)
	if err != nil {
		return nil, core.Info{}, nil, nil, err
	}
	info, err := enclave.Info(ctx)
	switch {
	case err != nil:
		err = fmt.Errorf("ask the enclave for its identity: %w", err)
	case info.ChainID != chainID:
		err = fmt.Errorf("the enclave serves chain %q, not %q: its quote would not verify", info.ChainID, chainID)
	}
	if err != nil {
		cancel()
		enclave.Close()
		return nil, core.Info{}, nil, nil, err
	}
	return enclave, info, ctx, cancel, nil
}

func registerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "register [stake]",
		Short: "Register the local enclave as a worker: its keys and quote come from its socket",
		Long: "Register the local enclave as a worker of your account: its keys and quote come from its socket " +
			"(--enclave-socket). stake is the worker's first bond, a coin in the bond denom (e.g. 10000000ueng), at least the min_stake param.",
		Example: "enigmad tx registry register 10000000ueng --enclave-socket ~/.enigma-enclave/enclave.sock --from operator",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			stake, err := sdk.ParseCoinNormalized(args[0])
			if err != nil {
				return fmt.Errorf("stake: %w", err)
			}
			enclave, info, ctx, cancel, err := enclaveServing(cmd, clientCtx.ChainID)
			if err != nil {
				return err
			}
			defer cancel()
			defer enclave.Close()
			operator := clientCtx.GetFromAddress().String()
			sig, err := enclave.SignRegistration(ctx, operator)
			if err != nil {
				return fmt.Errorf("ask the enclave to sign the registration: %w", err)
			}
			msg := &types.MsgRegisterWorker{
				Operator: operator, SignerPubkey: info.Keys.Signer,
				X25519Key: info.Keys.X25519, XwingKey: info.Keys.XWing, Quote: info.Quote, Stake: stake,
				OperatorSignature: sig,
			}
			// An SGX quote is verified on chain with the Intel collateral
			// the message carries (x/registry README).
			if dir, _ := cmd.Flags().GetString(FlagCollateral); dir != "" {
				c, err := dcap.LoadCollateralDir(dir)
				if err != nil {
					return err
				}
				msg.Collateral = types.DcapCollateralFrom(c)
			} else if len(info.Quote) > 0 && attestation.Kind(info.Quote[0]) == attestation.KindSGX {
				return fmt.Errorf("the enclave runs on SGX: pass --%s DIR with the Intel DCAP collateral of its platform", FlagCollateral)
			}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	cmd.Flags().String(FlagEnclaveSocket, "", "unix socket of the local enigma-enclave")
	cmd.Flags().String(FlagCollateral, "", "directory of Intel DCAP collateral for an SGX quote (see enigmad attest verify)")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func provisionCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "provision [newcomer-enclave-address]",
		Short: "Provision a registered newcomer with the master seed from the local (provisioned) enclave",
		Long: "Reads the newcomer's keys and quote from the chain, has the local enclave verify the quote " +
			"and encrypt the seed to it, and broadcasts the result. The local enclave must hold the seed. " +
			"newcomer-enclave-address is the newcomer's enclave signer address (0x and 40 hex digits), as `q registry workers` lists it.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			newcomer, err := hexarg.Address("newcomer", args[0])
			if err != nil {
				return err
			}
			res, err := types.NewQueryClient(clientCtx).Worker(cmd.Context(), &types.QueryWorkerRequest{EnclaveAddress: newcomer.Hex()})
			if err != nil {
				return fmt.Errorf("look up the newcomer: %w", err)
			}
			w := res.Worker
			enclave, ctx, cancel, err := dialEnclave(cmd)
			if err != nil {
				return err
			}
			defer cancel()
			defer enclave.Close()
			p, err := enclave.Provision(ctx, w.Quote, attestation.PublicKeys{Signer: w.SignerPubkey, X25519: w.X25519Key, XWing: w.XwingKey})
			if err != nil {
				return fmt.Errorf("the local enclave refused to provision %s: %w", args[0], err)
			}
			msg := &types.MsgProvisionSeed{Operator: clientCtx.GetFromAddress().String(), Newcomer: w.EnclaveAddress, Envelope: p.Envelope, Signature: p.Signature}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	cmd.Flags().String(FlagEnclaveSocket, "", "unix socket of the local enigma-enclave")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}
