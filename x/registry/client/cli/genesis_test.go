package cli_test

import (
	"context"
	"encoding/json"
	"maps"
	"testing"

	"cosmossdk.io/log/v2"
	sdkmath "cosmossdk.io/math"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/x/registry/client/cli"
	"github.com/enigmad/enigmad/x/registry/types"
)

// TestAddGenesisWorker makes a real simulation-mode enclave the genesis
// worker of a default genesis, and checks that every refusal leaves the
// genesis as it was and never has the enclave create a seed.
func TestAddGenesisWorker(t *testing.T) {
	a := app.New(log.NewNopLogger(), dbm.NewMemDB(), true, simtestutil.NewAppOptionsWithFlagHome(t.TempDir()))
	cdc := a.AppCodec()
	operator := sdk.AccAddress("operator____________")
	balance := sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(50_000_000)))

	genesis := func(allowSimulated bool, funded bool) map[string]json.RawMessage {
		state := a.DefaultGenesis()
		var reg types.GenesisState
		cdc.MustUnmarshalJSON(state[types.ModuleName], &reg)
		reg.Params.AllowSimulatedAttestation = allowSimulated
		reg.Params.MinStake = sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1_000_000))
		state[types.ModuleName] = cdc.MustMarshalJSON(&reg)
		if funded {
			var bank banktypes.GenesisState
			cdc.MustUnmarshalJSON(state[banktypes.ModuleName], &bank)
			bank.Balances = append(bank.Balances, banktypes.Balance{Address: operator.String(), Coins: balance})
			state[banktypes.ModuleName] = cdc.MustMarshalJSON(&bank)
		}
		return state
	}
	enclave := apptest.OpenEnclave(t)
	seeds := 0
	worker := func(info core.Info) cli.GenesisEnclave {
		return cli.GenesisEnclave{ChainID: app.DefaultChainID, Info: info, InitNetwork: func(context.Context) ([]byte, error) {
			seeds++
			return enclave.InitNetwork()
		}}
	}
	stake := sdk.NewCoin(app.BondDenom, sdkmath.NewInt(10_000_000))

	for _, tc := range []struct {
		name      string
		state     map[string]json.RawMessage
		chainID   string
		stake     sdk.Coin
		wantError string
	}{
		{"simulated enclave on a chain that refuses them", genesis(false, true), app.DefaultChainID, stake, "simulated"},
		{"stake below the minimum", genesis(true, true), app.DefaultChainID, sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1)), "stake below the minimum"},
		{"operator without a genesis balance", genesis(true, false), app.DefaultChainID, stake, "no genesis balance"},
		{"operator holding less than the stake", genesis(true, true), app.DefaultChainID, sdk.NewCoin(app.BondDenom, sdkmath.NewInt(60_000_000)), "less than the stake"},
		{"an enclave serving another chain", genesis(true, true), "another-chain", stake, "chain"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := maps.Clone(tc.state)
			w := worker(enclave.Info())
			w.ChainID = tc.chainID
			_, err := cli.AddGenesisWorker(context.Background(), cdc, tc.state, w, operator, tc.stake)
			require.ErrorContains(t, err, tc.wantError)
			require.Equal(t, before, tc.state, "a refusal leaves the genesis as it was")
			require.Zero(t, seeds, "no seed is created for a refused genesis worker")
		})
	}

	// The enclave process reports an address; the worker is known by the
	// address of the key its quote binds.
	state := genesis(true, true)
	info := enclave.Info()
	trueAddress := info.Address
	info.Address = common.HexToAddress("0x0bad")
	commitment, err := cli.AddGenesisWorker(context.Background(), cdc, state, worker(info), operator, stake)
	require.NoError(t, err)
	require.Equal(t, 1, seeds)

	var reg types.GenesisState
	cdc.MustUnmarshalJSON(state[types.ModuleName], &reg)
	require.NoError(t, reg.Validate())
	require.Equal(t, commitment, reg.SeedCommitment)
	require.Len(t, reg.Workers, 1)
	require.Equal(t, trueAddress.Bytes(), reg.Workers[0].EnclaveAddress)
	require.True(t, reg.Workers[0].Provisioned)
	require.Equal(t, operator.String(), reg.Workers[0].Operator)
	require.Equal(t, stake, reg.Workers[0].Stake)

	var bank banktypes.GenesisState
	cdc.MustUnmarshalJSON(state[banktypes.ModuleName], &bank)
	holdings := map[string]sdk.Coins{}
	for _, b := range bank.Balances {
		holdings[b.Address] = b.Coins
	}
	require.Equal(t, balance.Sub(stake), holdings[operator.String()])
	require.Equal(t, sdk.NewCoins(stake), holdings[authtypes.NewModuleAddress(types.ModuleName).String()])

	// A second genesis worker is refused: the network has its seed.
	_, err = cli.AddGenesisWorker(context.Background(), cdc, state, worker(enclave.Info()), operator, stake)
	require.ErrorContains(t, err, "already has a seed commitment")
	require.Equal(t, 1, seeds)
}
