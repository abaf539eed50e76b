// Package cli holds the x/bridge commands that autocli cannot build: they
// sign with an Ethereum key or edit a genesis file.
package cli

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"strconv"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/x/bridge/types"
)

// FlagEthKeyFile names the orchestrator's Ethereum key file.
const FlagEthKeyFile = "eth-key-file"

const ethKeyUsage = "the validator's Ethereum key: a file holding the hex private key, or a go-ethereum keystore file (password in " +
	ethkey.EnvPassword + "); without it, the hex key in " + ethkey.EnvKey

// NewTxCmd returns the x/bridge commands that sign with an Ethereum key.
func NewTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "x/bridge transactions",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(setOrchestratorCmd())
	return cmd
}

// signOrchestrator returns the Ethereum signature that names key the
// validator's key, with orchestrator its account, on chainID.
func signOrchestrator(chainID string, validator sdk.ValAddress, orchestrator sdk.AccAddress, key *ecdsa.PrivateKey) (string, error) {
	return types.SignDigest(types.OrchestratorDigest(chainID, validator, orchestrator), key)
}

func setOrchestratorCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "set-orchestrator [orchestrator-address]",
		Short: "Name the account and Ethereum key that act for your validator on the bridge",
		Long: "Name the account that sends your validator's claims and confirmations (orchestrator-address) and the Ethereum key " +
			"that signs validator sets and batches for it (--" + FlagEthKeyFile + "). Sign with the validator's operator key (--from). " +
			"The Ethereum key signs the chain id, your operator address and the orchestrator account, proving it is yours.",
		Example: "enigmad tx bridge set-orchestrator enigma1... --eth-key-file ~/.enigmad/eth.key --from validator",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			orch, err := sdk.AccAddressFromBech32(args[0])
			if err != nil {
				return fmt.Errorf("orchestrator-address: %w", err)
			}
			path, _ := cmd.Flags().GetString(FlagEthKeyFile)
			key, err := ethkey.Load(path)
			if err != nil {
				return err
			}
			val := sdk.ValAddress(clientCtx.GetFromAddress())
			sig, err := signOrchestrator(clientCtx.ChainID, val, orch, key)
			if err != nil {
				return err
			}
			msg := &types.MsgSetOrchestrator{Validator: val.String(), Orchestrator: orch.String(),
				EthAddress: ethcrypto.PubkeyToAddress(key.PublicKey).Hex(), EthSignature: sig}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	cmd.Flags().String(FlagEthKeyFile, "", ethKeyUsage)
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// editGenesis applies edit to x/bridge's genesis in the home's genesis
// file, with the genesis chain id.
func editGenesis(cmd *cobra.Command, edit func(cdc codec.JSONCodec, chainID string, gs *types.GenesisState) error) error {
	home, _ := cmd.Flags().GetString(flags.FlagHome)
	genFile := home + "/config/genesis.json"
	appState, appGenesis, err := genutiltypes.GenesisStateFromGenFile(genFile)
	if err != nil {
		return err
	}
	cdc := client.GetClientContextFromCmd(cmd).Codec
	var gs types.GenesisState
	if err := cdc.UnmarshalJSON(appState[types.ModuleName], &gs); err != nil {
		return fmt.Errorf("x/bridge genesis: %w", err)
	}
	if err := edit(cdc, appGenesis.ChainID, &gs); err != nil {
		return err
	}
	if err := gs.Validate(); err != nil {
		return err
	}
	if appState[types.ModuleName], err = cdc.MarshalJSON(&gs); err != nil {
		return err
	}
	if appGenesis.AppState, err = json.Marshal(appState); err != nil {
		return err
	}
	return appGenesis.SaveAs(genFile)
}

// AddGenesisOrchestratorCmd names a genesis validator's bridge keys in
// genesis, as set-orchestrator does on a running chain: the bridge
// contract is deployed with the validator set these make.
func AddGenesisOrchestratorCmd(defaultNodeHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "add-orchestrator [validator-address] [orchestrator-address]",
		Short: "Name a genesis validator's orchestrator account and Ethereum key in genesis",
		Long: "Name a genesis validator's orchestrator account and Ethereum key (--" + FlagEthKeyFile + ") in genesis. validator-address is the " +
			"validator's operator address (enigmavaloper…) or its operator account (enigma…); the validator itself comes from its gentx. " +
			"The Ethereum key signs the genesis chain id, the operator address and the orchestrator account; the chain checks it at genesis.",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			val, err := sdk.ValAddressFromBech32(args[0])
			if err != nil {
				acc, aerr := sdk.AccAddressFromBech32(args[0])
				if aerr != nil {
					return fmt.Errorf("validator-address: neither an operator nor an account address: %w", err)
				}
				val = sdk.ValAddress(acc)
			}
			orch, err := sdk.AccAddressFromBech32(args[1])
			if err != nil {
				return fmt.Errorf("orchestrator-address: %w", err)
			}
			path, _ := cmd.Flags().GetString(FlagEthKeyFile)
			key, err := ethkey.Load(path)
			if err != nil {
				return err
			}
			eth := ethcrypto.PubkeyToAddress(key.PublicKey)
			err = editGenesis(cmd, func(_ codec.JSONCodec, chainID string, gs *types.GenesisState) error {
				if len(gs.GenesisSignatures) != len(gs.Orchestrators) {
					return fmt.Errorf("the genesis names orchestrators without signatures: it is not a new chain's")
				}
				sig, err := signOrchestrator(chainID, val, orch, key)
				if err != nil {
					return err
				}
				gs.Orchestrators = append(gs.Orchestrators, types.Orchestrator{Validator: val.String(), Orchestrator: orch.String(), EthAddress: eth.Hex()})
				gs.GenesisSignatures = append(gs.GenesisSignatures, sig)
				return nil
			})
			if err != nil {
				return err
			}
			cmd.Printf("orchestrator of %s: account %s, Ethereum key %s\n", val, orch, eth.Hex())
			return nil
		},
	}
	cmd.Flags().String(FlagEthKeyFile, "", ethKeyUsage)
	cmd.Flags().String(flags.FlagHome, defaultNodeHome, "the node's home directory")
	return cmd
}

// SetGenesisBridgeCmd names the bridge contract in genesis.
func SetGenesisBridgeCmd(defaultNodeHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "set-bridge [ethereum-chain-id] [bridge-contract] [start-block]",
		Short: "Name the Ethereum bridge contract in genesis",
		Long: "Name the Ethereum bridge contract in genesis: the chain id of its Ethereum network, its address (0x…) and the block it " +
			"was (or will be) deployed in, where orchestrators start reading. The contract must be deployed with the chain's validator " +
			"set 0 (`enigmad q bridge valset 0` once the chain runs); its address may be computed before it is deployed (CREATE: the " +
			"deployer's address and nonce).",
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			chainID, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("ethereum-chain-id: %w", err)
			}
			bridge, err := types.Address("bridge-contract", args[1])
			if err != nil {
				return err
			}
			start, err := strconv.ParseUint(args[2], 10, 64)
			if err != nil {
				return fmt.Errorf("start-block: %w", err)
			}
			return editGenesis(cmd, func(_ codec.JSONCodec, _ string, gs *types.GenesisState) error {
				gs.Params.EthereumChainId, gs.Params.BridgeContract, gs.Params.BridgeStartBlock = chainID, bridge.Hex(), start
				return nil
			})
		},
	}
	cmd.Flags().String(flags.FlagHome, defaultNodeHome, "the node's home directory")
	return cmd
}
