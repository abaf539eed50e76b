package cmd

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/bridge/ethkey"
	bridgecli "github.com/enigmad/enigmad/x/bridge/client/cli"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

const (
	flagCallbackGas = "callback-gas"
	flagFeeToken    = "fee-token"
	flagTokenSupply = "token-supply"
	flagWait        = "wait"
	flagPredict     = "predict"
)

func deployCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the bridge contract (and the ENG token) with the chain's validator set 0",
		Long: "Deploy the bridge contract with the chain's validator set 0 (waiting up to --wait for the chain to make it) and the chain's " +
			"task bounds (x/secretcompute max_task_gas_limit, min_gas_price, min_token_gas_price), from the key of --eth-key-file, and print " +
			"the addresses as JSON. Without --fee-token it first deploys an ENG token minting --token-supply to the deployer (a development " +
			"network's). If the chain already names a bridge_contract, the deployment must land there (its address follows from the deployer " +
			"and its nonce) or nothing is sent.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := cmd.Flags()
			grpcAddr, _ := f.GetString(flagGRPC)
			ethURL, _ := f.GetString(flagEthRPC)
			keyFile, _ := f.GetString(bridgecli.FlagEthKeyFile)
			callbackGas, _ := f.GetUint64(flagCallbackGas)
			feeToken, _ := f.GetString(flagFeeToken)
			supplyText, _ := f.GetString(flagTokenSupply)
			wait, _ := f.GetDuration(flagWait)
			key, err := ethkey.Load(keyFile)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), wait+2*time.Minute)
			defer cancel()
			if predict, _ := f.GetBool(flagPredict); predict {
				return printPrediction(ctx, cmd, ethURL, key, feeToken == "")
			}
			conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
			if err != nil {
				return err
			}
			defer conn.Close()
			bq := bridgetypes.NewQueryClient(conn)
			valset, err := waitValset0(ctx, bq, wait)
			if err != nil {
				return err
			}
			sp, err := secretcomputetypes.NewQueryClient(conn).Params(ctx, &secretcomputetypes.QueryParamsRequest{})
			if err != nil {
				return fmt.Errorf("x/secretcompute params: %w", err)
			}
			bp, err := bq.Params(ctx, &bridgetypes.QueryParamsRequest{})
			if err != nil {
				return fmt.Errorf("x/bridge params: %w", err)
			}
			eth, err := ethclient.DialContext(ctx, ethURL)
			if err != nil {
				return err
			}
			defer eth.Close()
			o := deploy.Options{CallbackGas: callbackGas, MaxTaskGas: sp.Params.MaxTaskGasLimit,
				MinGasPrice: sp.Params.MinGasPrice.BigInt(), MinFeeTokenGasPrice: sp.Params.MinTokenGasPrice.BigInt()}
			c := valset.Commitment()
			o.Validators, o.Powers = c.Validators, c.Powers
			if feeToken != "" {
				if o.FeeToken, err = bridgetypes.Address("fee-token", feeToken); err != nil {
					return err
				}
			} else {
				supply, ok := new(big.Int).SetString(supplyText, 10)
				if !ok {
					return fmt.Errorf("--%s must be a decimal number", flagTokenSupply)
				}
				o.TokenSupply = supply
			}
			from := crypto.PubkeyToAddress(key.PublicKey)
			nonce, err := eth.PendingNonceAt(ctx, from)
			if err != nil {
				return err
			}
			_, predicted := deploy.Predict(from, nonce, o.FeeToken == (common.Address{}))
			if bp.Params.BridgeContract != "" && common.HexToAddress(bp.Params.BridgeContract) != predicted {
				return fmt.Errorf("the chain names bridge %s, but %s at nonce %d would deploy it at %s: nothing sent",
					bp.Params.BridgeContract, from.Hex(), nonce, predicted.Hex())
			}
			res, err := deploy.Deploy(ctx, eth, key, o)
			if err != nil {
				return err
			}
			bz, err := json.Marshal(res)
			if err != nil {
				return err
			}
			cmd.Println(string(bz))
			return nil
		},
	}
	f := cmd.Flags()
	f.String(flagGRPC, "127.0.0.1:9090", "the node's gRPC address")
	f.String(flagEthRPC, "http://127.0.0.1:8545", "the Ethereum node's JSON-RPC endpoint")
	f.String(bridgecli.FlagEthKeyFile, "", "the deployer's Ethereum key: a hex key file or a keystore file (password in "+
		ethkey.EnvPassword+"); without it, the hex key in "+ethkey.EnvKey)
	f.Uint64(flagCallbackGas, 300_000, "the gas every callback gets (1 to 15,000,000)")
	f.String(flagFeeToken, "", "an existing ERC20 (with permit) for fees; empty: deploy an ENG token")
	f.String(flagTokenSupply, "1000000000000000000000000000", "the ENG supply minted to the deployer, in its smallest unit")
	f.Duration(flagWait, time.Minute, "how long to wait for the chain's validator set 0")
	f.Bool(flagPredict, false, "only print where the deployment would land (from the deployer's next nonce); needs no chain")
	return cmd
}

// printPrediction prints where the deployment would land, from the
// deployer's next nonce: what a new chain's genesis names (set-bridge)
// before the chain runs and makes its validator set 0.
func printPrediction(ctx context.Context, cmd *cobra.Command, ethURL string, key *ecdsa.PrivateKey, withToken bool) error {
	eth, err := ethclient.DialContext(ctx, ethURL)
	if err != nil {
		return err
	}
	defer eth.Close()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := eth.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	token, bridge := deploy.Predict(from, nonce, withToken)
	out := map[string]string{"bridge": bridge.Hex(), "deployer": from.Hex()}
	if withToken {
		out["token"] = token.Hex()
	}
	bz, err := json.Marshal(out)
	if err != nil {
		return err
	}
	cmd.Println(string(bz))
	return nil
}

// waitValset0 returns validator set 0, waiting up to wait for the chain to
// make it (at the first block with an orchestrator named).
func waitValset0(ctx context.Context, q bridgetypes.QueryClient, wait time.Duration) (bridgetypes.Valset, error) {
	deadline := time.Now().Add(wait)
	for {
		res, err := q.Valset(ctx, &bridgetypes.QueryValsetRequest{Nonce: 0})
		if err == nil {
			return res.Valset, nil
		}
		if time.Now().After(deadline) {
			if s, ok := status.FromError(err); ok {
				return bridgetypes.Valset{}, errors.New("no validator set 0 on the chain: " + s.Message())
			}
			return bridgetypes.Valset{}, err
		}
		select {
		case <-ctx.Done():
			return bridgetypes.Valset{}, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
