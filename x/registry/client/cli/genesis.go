package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/x/registry/types"
)

// AddGenesisWorkerCmd makes the local enclave the network's genesis worker
// (see AddGenesisWorker).
func AddGenesisWorkerCmd(defaultNodeHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "add-genesis-worker [operator-address] [stake]",
		Short: "Initialise the network's master seed in the local enclave and add it to genesis as the first worker",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			operator, err := sdk.AccAddressFromBech32(args[0])
			if err != nil {
				return fmt.Errorf("operator: %w", err)
			}
			stake, err := sdk.ParseCoinNormalized(args[1])
			if err != nil {
				return fmt.Errorf("stake: %w", err)
			}
			home, _ := cmd.Flags().GetString(flags.FlagHome)
			genFile := home + "/config/genesis.json"
			appState, appGenesis, err := genutiltypes.GenesisStateFromGenFile(genFile)
			if err != nil {
				return err
			}
			var collateral *dcap.Collateral
			if dir, _ := cmd.Flags().GetString(FlagCollateral); dir != "" {
				if collateral, err = dcap.LoadCollateralDir(dir); err != nil {
					return err
				}
			}
			enclave, info, ctx, cancel, err := enclaveServing(cmd, appGenesis.ChainID)
			if err != nil {
				return err
			}
			defer cancel()
			defer enclave.Close()

			at := appGenesis.GenesisTime
			if at.IsZero() {
				at = time.Now().UTC()
			}
			commitment, err := AddGenesisWorker(ctx, client.GetClientContextFromCmd(cmd).Codec, appState, GenesisEnclave{
				ChainID: appGenesis.ChainID, Info: info, Collateral: collateral, At: at, InitNetwork: enclave.InitNetwork,
			}, operator, stake)
			if err != nil {
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

// GenesisEnclave is the enclave that becomes the genesis worker.
type GenesisEnclave struct {
	// ChainID is the genesis chain id, which the enclave's quote binds.
	ChainID string
	// Info is the enclave's identity and quote.
	Info core.Info
	// Collateral is the Intel DCAP collateral of an SGX enclave (nil for a
	// simulated one); the quote is checked with it at At, the genesis time,
	// as the chain checks later registrations at their block time.
	Collateral *dcap.Collateral
	At         time.Time
	// InitNetwork has the enclave create the master seed and returns the
	// seed commitment. It is called once every check has passed, the
	// validation of the resulting genesis state included.
	InitNetwork func(context.Context) ([]byte, error)
}

// AddGenesisWorker adds the enclave to appState as the network's genesis
// worker: it checks the enclave's quote against the genesis params and
// chain id, moves the stake from the operator's genesis balance to the
// registry module account, has the enclave create the master seed, and
// records the seed commitment and the worker, provisioned. It returns the
// commitment. appState is changed only when it succeeds.
func AddGenesisWorker(ctx context.Context, cdc codec.JSONCodec, appState map[string]json.RawMessage, e GenesisEnclave, operator sdk.AccAddress, stake sdk.Coin) ([]byte, error) {
	var reg types.GenesisState
	if err := cdc.UnmarshalJSON(appState[types.ModuleName], &reg); err != nil {
		return nil, err
	}
	if len(reg.SeedCommitment) != 0 {
		return nil, fmt.Errorf("genesis already has a seed commitment: the network has its genesis worker")
	}
	if err := reg.Params.CheckStake(stake); err != nil {
		return nil, err
	}
	verifier := attestation.KindVerifier{}
	if e.Collateral != nil {
		verifier.SGX = dcap.Verifier{Collateral: e.Collateral, Time: e.At}
	}
	report, err := attestation.Verify(verifier, types.PolicyFor(reg.Params), e.Info.Quote, e.ChainID, e.Info.Keys)
	if err != nil {
		return nil, fmt.Errorf("genesis params refuse this enclave: %w", err)
	}
	// The worker is known by the address of the signing key its quote
	// binds, never by the address the enclave process reports.
	enclave, err := types.EnclaveAddress(e.Info.Keys.Signer)
	if err != nil {
		return nil, err
	}

	var bank banktypes.GenesisState
	if err := cdc.UnmarshalJSON(appState[banktypes.ModuleName], &bank); err != nil {
		return nil, err
	}
	if err := moveGenesisStake(&bank, operator, stake); err != nil {
		return nil, err
	}

	w := types.NewWorker(operator.String(), enclave, e.Info.Keys, e.Info.Quote, report, stake, 0)
	w.Provisioned = true // it holds the seed it is about to create
	reg.Workers = append(reg.Workers, w)
	sort.Slice(reg.Workers, func(i, j int) bool {
		return bytes.Compare(reg.Workers[i].EnclaveAddress, reg.Workers[j].EnclaveAddress) < 0
	})
	// Validate with a stand-in commitment of the right size before the
	// enclave creates a seed it would keep sealed for a genesis that is
	// never written.
	reg.SeedCommitment = make([]byte, types.SeedCommitmentSize)
	if err := reg.Validate(); err != nil {
		return nil, err
	}
	commitment, err := e.InitNetwork(ctx)
	if err != nil {
		return nil, fmt.Errorf("initialise the network in the enclave: %w", err)
	}
	reg.SeedCommitment = commitment
	if err := reg.Validate(); err != nil {
		return nil, err
	}
	regJSON, err := cdc.MarshalJSON(&reg)
	if err != nil {
		return nil, err
	}
	bankJSON, err := cdc.MarshalJSON(&bank)
	if err != nil {
		return nil, err
	}
	appState[types.ModuleName], appState[banktypes.ModuleName] = regJSON, bankJSON
	return commitment, nil
}

// moveGenesisStake moves stake from the operator's genesis balance to the
// registry module account.
func moveGenesisStake(bank *banktypes.GenesisState, operator sdk.AccAddress, stake sdk.Coin) error {
	moved := false
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
	module := authtypes.NewModuleAddress(types.ModuleName).String()
	bank.Balances = append(bank.Balances, banktypes.Balance{Address: module, Coins: sdk.NewCoins(stake)})
	bank.Balances = banktypes.SanitizeGenesisBalances(bank.Balances)
	return nil
}
