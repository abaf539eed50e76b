package cmd_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/bridge/ethkey"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

// The genesis commands write what x/bridge's InitGenesis checks: the
// orchestrator with a signature by its Ethereum key over the genesis chain
// id, and the bridge contract.
func TestGenesisBridgeCommands(t *testing.T) {
	app.SetConfig()
	home := t.TempDir()
	require.NoError(t, run(t, "init", "moniker", "--home", home))
	keyFile := filepath.Join(home, "eth.key")
	key, err := ethkey.New(keyFile)
	require.NoError(t, err)

	op := sdk.AccAddress(common.HexToAddress("0x01").Bytes())
	orch := sdk.AccAddress(common.HexToAddress("0x02").Bytes())
	require.NoError(t, run(t, "genesis", "add-orchestrator", op.String(), orch.String(), "--eth-key-file", keyFile, "--home", home))
	require.Error(t, run(t, "genesis", "add-orchestrator", op.String(), orch.String(), "--eth-key-file", keyFile, "--home", home),
		"a validator is named once")
	require.NoError(t, run(t, "genesis", "set-bridge", "1337", "0x00000000000000000000000000000000000b71d6", "7", "--home", home))
	require.Error(t, run(t, "genesis", "set-bridge", "1337", "0x1234", "7", "--home", home))

	appState, gen, err := genutiltypes.GenesisStateFromGenFile(filepath.Join(home, "config", "genesis.json"))
	require.NoError(t, err)
	var gs bridgetypes.GenesisState
	app.MakeEncodingConfig().Codec.MustUnmarshalJSON(appState[bridgetypes.ModuleName], &gs)
	require.Len(t, gs.Orchestrators, 1)
	o := gs.Orchestrators[0]
	require.Equal(t, sdk.ValAddress(op).String(), o.Validator)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey).Hex(), o.EthAddress)
	signer, err := bridgetypes.RecoverSigner(bridgetypes.OrchestratorDigest(gen.ChainID, sdk.ValAddress(op), orch), gs.GenesisSignatures[0])
	require.NoError(t, err)
	require.Equal(t, o.EthAddress, signer.Hex())
	require.Equal(t, uint64(1337), gs.Params.EthereumChainId)
	require.Equal(t, uint64(7), gs.Params.BridgeStartBlock)
	require.True(t, gs.Params.Configured())

	require.NoError(t, os.Chmod(keyFile, 0o644))
	require.Error(t, run(t, "genesis", "add-orchestrator", op.String(), orch.String(), "--eth-key-file", keyFile, "--home", home), "a key file others can read")
}
