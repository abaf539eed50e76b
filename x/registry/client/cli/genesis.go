package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/x/registry/types"
)

// AddGenesisWorkerCmd makes the local enclave the network's genesis worker:
// the enclave creates the master seed (InitNetwork), and genesis gets the
// seed commitment and the worker, provisioned, with its stake moved from the
// operator's genesis balance to the registry module account.
func AddGenesisWorkerCmd(defaultNodeHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "add-genesis-worker [operator-address] [stake]",
		Short: "Initialise the network's master seed in the local enclave and add it to genesis as the first worker",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx := client.GetClientContextFromCmd(cmd)
			cdc := clientCtx.Codec
			operator, err := sdk.AccAddressFromBech32(args[0])
			if err != nil {
				return fmt.Errorf("operator: %w", err)
			}
			stake, err := sdk.ParseCoinNormalized(args[1])
			if err != nil {
				return fmt.Errorf("stake: %w", err)
			}
			home, _ := cmd.Flags().GetString(flags.FlagHome)
			genFile := genesisFile(home)
			appState, appGenesis, err := genutiltypes.GenesisStateFromGenFile(genFile)
			if err != nil {
				return err
			}
			var reg types.GenesisState
			if err := cdc.UnmarshalJSON(appState[types.ModuleName], &reg); err != nil {
				return err
			}
			if len(reg.SeedCommitment) != 0 {
				return fmt.Errorf("genesis already has a seed commitment: the network has its genesis worker")
			}
			if stake.Denom != reg.Params.MinStake.Denom || stake.Amount.LT(reg.Params.MinStake.Amount) {
				return fmt.Errorf("stake %s is below the minimum %s", stake, reg.Params.MinStake)
			}

			enclave, info, ctx, cancel, err := enclaveServing(cmd, appGenesis.ChainID)
			if err != nil {
				return err
			}
			defer cancel()
			defer enclave.Close()
			// An SGX genesis worker is checked with DCAP at the genesis time,
			// as the chain checks later registrations at their block time.
			verifier := attestation.KindVerifier{}
			if dir, _ := cmd.Flags().GetString(FlagCollateral); dir != "" {
				c, err := dcap.LoadCollateralDir(dir)
				if err != nil {
					return err
				}
				at := appGenesis.GenesisTime
				if at.IsZero() {
					at = time.Now().UTC()
				}
				verifier.SGX = dcap.Verifier{Collateral: c, Time: at}
			}
			report, err := verifier.Verify(info.Quote)
			if err != nil {
				return fmt.Errorf("the enclave's quote: %w", err)
			}
			if err := types.PolicyFor(reg.Params).Check(report); err != nil {
				return fmt.Errorf("genesis params refuse this enclave: %w", err)
			}
			if err := attestation.CheckBinding(report, appGenesis.ChainID, info.Keys); err != nil {
				return err
			}

			// Move the stake from the operator's balance to the module account.
			var bank banktypes.GenesisState
			if err := cdc.UnmarshalJSON(appState[banktypes.ModuleName], &bank); err != nil {
				return err
			}
			moved := false
			module := authtypes.NewModuleAddress(types.ModuleName).String()
			for i, b := range bank.Balances {
				if b.Address == operator.String() {
					rest, neg := b.Coins.SafeSub(stake)
					if neg {
						return fmt.Errorf("operator %s holds %s in genesis, less than the stake %s", operator, b.Coins, stake)
					}
					bank.Balances[i].Coins = rest
					moved = true
				}
			}
			if !moved {
				return fmt.Errorf("operator %s has no genesis balance: add-genesis-account first", operator)
			}
			bank.Balances = append(bank.Balances, banktypes.Balance{Address: module, Coins: sdk.NewCoins(stake)})
			bank.Balances = banktypes.SanitizeGenesisBalances(bank.Balances)

			commitment, err := enclave.InitNetwork(ctx)
			if err != nil {
				return fmt.Errorf("initialise the network in the enclave: %w", err)
			}
			reg.SeedCommitment = commitment
			reg.Workers = append(reg.Workers, types.Worker{
				Operator: operator.String(), EnclaveAddress: info.Address.Bytes(), SignerPubkey: info.Keys.Signer,
				X25519Key: info.Keys.X25519, XwingKey: info.Keys.XWing, Quote: info.Quote,
				Simulated: report.Kind == attestation.KindSimulated, Stake: stake,
				Status: types.WORKER_STATUS_ACTIVE, Provisioned: true,
				TcbStatus: report.TCBStatus, AdvisoryIds: report.AdvisoryIDs,
			})
			sort.Slice(reg.Workers, func(i, j int) bool {
				return bytes.Compare(reg.Workers[i].EnclaveAddress, reg.Workers[j].EnclaveAddress) < 0
			})
			if err := reg.Validate(); err != nil {
				return err
			}
			if appState[types.ModuleName], err = cdc.MarshalJSON(&reg); err != nil {
				return err
			}
			if appState[banktypes.ModuleName], err = cdc.MarshalJSON(&bank); err != nil {
				return err
			}
			if appGenesis.AppState, err = json.Marshal(appState); err != nil {
				return err
			}
			if err := appGenesis.SaveAs(genFile); err != nil {
				return err
			}
			cmd.Printf("genesis worker %s (operator %s, stake %s); seed commitment %x\n", info.Address, operator, stake, commitment)
			return nil
		},
	}
	cmd.Flags().String(FlagEnclaveSocket, "", "unix socket of the local enigma-enclave")
	cmd.Flags().String(FlagCollateral, "", "directory of Intel DCAP collateral, for an SGX enclave")
	cmd.Flags().String(flags.FlagHome, defaultNodeHome, "the node's home directory")
	return cmd
}

func genesisFile(home string) string { return home + "/config/genesis.json" }
