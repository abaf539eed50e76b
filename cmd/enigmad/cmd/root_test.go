package cmd_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/cmd/enigmad/cmd"
)

func run(t *testing.T, args ...string) error {
	t.Helper()
	root := cmd.NewRootCmd()
	root.SetArgs(args)
	return svrcmd.Execute(root, "ENIGMAD", app.DefaultNodeHome)
}

func TestInitUsesChainDefaults(t *testing.T) {
	home := t.TempDir()
	require.NoError(t, run(t, "init", "moniker", "--home", home))

	bz, err := os.ReadFile(filepath.Join(home, "config", "genesis.json"))
	require.NoError(t, err)
	var genesis struct {
		ChainID  string `json:"chain_id"`
		AppState struct {
			Staking struct {
				Params struct {
					BondDenom string `json:"bond_denom"`
				} `json:"params"`
			} `json:"staking"`
			Epoch struct {
				Params struct {
					EpochLength string `json:"epoch_length"`
					KeepEpochs  string `json:"keep_epochs"`
				} `json:"params"`
			} `json:"epoch"`
		} `json:"app_state"`
	}
	require.NoError(t, json.Unmarshal(bz, &genesis))
	require.Equal(t, app.DefaultChainID, genesis.ChainID)
	require.Equal(t, app.BondDenom, genesis.AppState.Staking.Params.BondDenom)
	require.Equal(t, "20", genesis.AppState.Epoch.Params.EpochLength)
	require.Equal(t, "8", genesis.AppState.Epoch.Params.KeepEpochs)

	require.NoError(t, run(t, "genesis", "validate", "--home", home))

	// app.toml does not offer a swagger route that enigmad does not serve.
	appToml, err := os.ReadFile(filepath.Join(home, "config", "app.toml"))
	require.NoError(t, err)
	require.Contains(t, string(appToml), "[api]")
	require.NotContains(t, strings.ToLower(string(appToml)), "swagger")

	// CometBFT listens on loopback only by default.
	cfg, err := os.ReadFile(filepath.Join(home, "config", "config.toml"))
	require.NoError(t, err)
	require.Contains(t, string(cfg), `laddr = "tcp://127.0.0.1:26656"`)
	require.Contains(t, string(cfg), `pprof_laddr = ""`)
	// Every listen address in the file is on loopback (or unset).
	for _, m := range regexp.MustCompile(`(?m)^(?:laddr|prometheus_listen_addr) = "([^"]*)"`).FindAllStringSubmatch(string(cfg), -1) {
		require.Regexp(t, `^(tcp://)?127\.0\.0\.1:\d+$`, m[1], "listen address %q", m[0])
	}
}

func TestConfigSetAndGet(t *testing.T) {
	home := t.TempDir()
	require.NoError(t, run(t, "config", "set", "node", "tcp://127.0.0.1:26667", "--home", home))
	require.NoError(t, run(t, "config", "set", "chain-id", "enigma-local-1", "--home", home))
	bz, err := os.ReadFile(filepath.Join(home, "config", "client.toml"))
	require.NoError(t, err)
	require.Contains(t, string(bz), `node = "tcp://127.0.0.1:26667"`)
	require.Contains(t, string(bz), `chain-id = "enigma-local-1"`)
	require.True(t, strings.HasPrefix(string(bz), "#"), "comments are kept")

	err = run(t, "config", "set", "no-such-key", "x", "--home", home)
	require.ErrorContains(t, err, "unknown key")
	err = run(t, "config", "set", "node", `a"b`, "--home", home)
	require.ErrorContains(t, err, "may not contain quotes")
}
