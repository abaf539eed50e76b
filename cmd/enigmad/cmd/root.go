// Package cmd builds the enigmad command tree.
package cmd

import (
	"os"
	"path/filepath"
	"strings"

	cmtcfg "github.com/cometbft/cometbft/config"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/config"
	"github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/server"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/app"
)

// NewRootCmd returns the enigmad root command.
func NewRootCmd() *cobra.Command {
	app.SetConfig()
	// A throw-away app gives autocli the modules' descriptors and options.
	tempHome, err := os.MkdirTemp("", "enigmad-cli-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tempHome)
	tempApp := app.New(log.NewNopLogger(), dbm.NewMemDB(), false, simtestutil.NewAppOptionsWithFlagHome(tempHome))

	initClientCtx := client.Context{}.
		WithCodec(tempApp.AppCodec()).
		WithInterfaceRegistry(tempApp.InterfaceRegistry()).
		WithTxConfig(tempApp.TxConfig()).
		WithLegacyAmino(tempApp.LegacyAmino()).
		WithInput(os.Stdin).
		WithAccountRetriever(authtypes.AccountRetriever{}).
		WithHomeDir(app.DefaultNodeHome).
		WithViper("ENIGMAD")

	rootCmd := &cobra.Command{
		Use:           app.Name,
		Short:         "enigmad: private computation beside Ethereum (node, client and tools)",
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.OutOrStdout())
			cmd.SetErr(cmd.ErrOrStderr())

			clientCtx := initClientCtx.WithCmdContext(cmd.Context())
			clientCtx, err := client.ReadPersistentCommandFlags(clientCtx, cmd.Flags())
			if err != nil {
				return err
			}
			clientCtx, err = config.ReadFromClientConfig(clientCtx)
			if err != nil {
				return err
			}
			if err := client.SetCmdClientContextHandler(clientCtx, cmd); err != nil {
				return err
			}
			// On a new home the SDK writes config.toml and turns pprof on
			// (localhost:6060); a node should serve nothing its operator did
			// not ask for, so the first write is redone with pprof off.
			cmtConfigFile := filepath.Join(clientCtx.HomeDir, "config", "config.toml")
			_, statErr := os.Stat(cmtConfigFile)
			appTemplate, appConfig := initAppConfig()
			if err := server.InterceptConfigsPreRunHandler(cmd, appTemplate, appConfig, initCometBFTConfig()); err != nil {
				return err
			}
			if os.IsNotExist(statErr) {
				cfg := server.GetServerContextFromCmd(cmd).Config
				cfg.RPC.PprofListenAddress = ""
				cmtcfg.WriteConfigFile(cmtConfigFile, cfg)
			}
			return nil
		},
	}

	initRootCmd(rootCmd, tempApp)

	autoCliOpts := tempApp.AutoCliOpts()
	autoCliOpts.AddressCodec = address.NewBech32Codec(app.Bech32Prefix)
	autoCliOpts.ValidatorAddressCodec = address.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix())
	autoCliOpts.ConsensusAddressCodec = address.NewBech32Codec(sdk.GetConfig().GetBech32ConsensusAddrPrefix())
	autoCliOpts.ClientCtx = initClientCtx
	if err := autoCliOpts.EnhanceRootCommand(rootCmd); err != nil {
		panic(err)
	}
	describePageFlags(rootCmd)
	hexOutput(rootCmd, autoCliOpts.ModuleOptions)
	return rootCmd
}

// pageFlagUsage describes the pagination flags autocli makes for list
// queries, which it leaves without a description.
var pageFlagUsage = map[string]string{
	"page-key":         "the next_key of the previous page (from its pagination), to go on from there",
	"page-offset":      "how many entries to skip (instead of --page-key)",
	"page-limit":       "how many entries to show at most",
	"page-count-total": "also count all entries (total in the answer's pagination)",
	"page-reverse":     "list in reverse key order (for epochs: newest first)",
}

// describePageFlags gives every pagination flag without a description its
// description, in every command below c.
func describePageFlags(c *cobra.Command) {
	c.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if u, ok := pageFlagUsage[f.Name]; ok && f.Usage == "" {
			f.Usage = u
		}
	})
	for _, sub := range c.Commands() {
		describePageFlags(sub)
	}
}

// initCometBFTConfig returns CometBFT's defaults with every listener on
// loopback: a node is exposed only when its operator says so.
func initCometBFTConfig() *cmtcfg.Config {
	cfg := cmtcfg.DefaultConfig()
	cfg.P2P.ListenAddress = "tcp://127.0.0.1:26656"
	cfg.RPC.ListenAddress = "tcp://127.0.0.1:26657"
	cfg.RPC.PprofListenAddress = ""
	cfg.Instrumentation.PrometheusListenAddr = "127.0.0.1:26660"
	return cfg
}

// initAppConfig returns the app.toml defaults: zero minimum gas price in
// ueng (fees are set per deployment), API and gRPC on loopback. The
// template leaves out the SDK's `swagger` switch: enigmad serves no OpenAPI
// document, so a file that offered one would promise a route that is not
// there.
func initAppConfig() (string, any) {
	cfg := serverconfig.DefaultConfig()
	cfg.MinGasPrices = "0" + app.BondDenom
	cfg.API.Address = "tcp://127.0.0.1:1317"
	cfg.GRPC.Address = "127.0.0.1:9090"
	return strings.Replace(serverconfig.DefaultConfigTemplate, swaggerSetting, "", 1) + ingressConfigTemplate,
		appConfig{Config: *cfg, Ingress: defaultIngressConfig()}
}

// appConfig is app.toml: the SDK's sections and [ingress].
type appConfig struct {
	serverconfig.Config `mapstructure:",squash"`
	Ingress             ingressConfig `mapstructure:"ingress"`
}

// swaggerSetting is the SDK template's swagger switch (left out of ours).
const swaggerSetting = `# Swagger defines if swagger documentation should automatically be registered.
swagger = {{ .API.Swagger }}

`
