package app

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// The scope SetConfig names is the SDK's own key: the config with the
// chain's prefixes is the same object whether a caller looks it up by the
// named scope or, with none named, as the SDK would.
func TestConfigScopeIsTheSDKs(t *testing.T) {
	SetConfig()
	scope := os.Getenv(sdk.EnvConfigScope)
	require.NotEmpty(t, scope)
	cfg := sdk.GetConfig()
	require.Equal(t, Bech32Prefix, cfg.GetBech32AccountAddrPrefix())
	require.NoError(t, os.Unsetenv(sdk.EnvConfigScope))
	defer os.Setenv(sdk.EnvConfigScope, scope)
	require.Same(t, cfg, sdk.GetConfig(), "the SDK's own key (types/config.go getConfigKey) finds the same config")
}
