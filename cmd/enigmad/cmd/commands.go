package cmd

import (
	dbm "github.com/cosmos/cosmos-db"
	"github.com/spf13/cobra"

	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/debug"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/keys"
	"github.com/cosmos/cosmos-sdk/client/pruning"
	"github.com/cosmos/cosmos-sdk/client/rpc"
	"github.com/cosmos/cosmos-sdk/client/snapshot"
	"github.com/cosmos/cosmos-sdk/server"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	authcmd "github.com/cosmos/cosmos-sdk/x/auth/client/cli"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"

	"github.com/enigmad/enigmad/app"
	bridgecli "github.com/enigmad/enigmad/x/bridge/client/cli"
	registrycli "github.com/enigmad/enigmad/x/registry/client/cli"
)

func initRootCmd(rootCmd *cobra.Command, tempApp *app.App) {
	basics := tempApp.BasicModuleManager
	rootCmd.AddCommand(
		initCmd(basics),
		debug.Cmd(),
		configCmd(),
		pruning.Cmd(newApp, app.DefaultNodeHome),
		snapshot.Cmd(newApp),
	)
	server.AddCommandsWithStartCmdOptions(rootCmd, app.DefaultNodeHome, newApp, appExport, server.StartCmdOptions{
		AddFlags: func(start *cobra.Command) {
			start.Flags().Bool(app.FlagCheckInvariants, false, "verify the modules' invariants at every block and stop on a violation")
		},
		PostSetup: startIngress,
	})
	rootCmd.AddCommand(
		server.StatusCommand(),
		genesisCommand(tempApp),
		queryCommand(),
		txCommand(),
		keys.Commands(),
		attestCommand(),
		orchestratorCommand(),
		workerCommand(),
		clientCommand(),
		ingressCommand(),
	)
}

// genesisCommand is the SDK's genesis commands plus add-genesis-worker,
// add-orchestrator and set-bridge.
func genesisCommand(tempApp *app.App) *cobra.Command {
	cmd := genutilcli.Commands(tempApp.TxConfig(), tempApp.BasicModuleManager, app.DefaultNodeHome)
	cmd.AddCommand(registrycli.AddGenesisWorkerCmd(app.DefaultNodeHome), bridgecli.AddGenesisOrchestratorCmd(app.DefaultNodeHome),
		bridgecli.SetGenesisBridgeCmd(app.DefaultNodeHome))
	return cmd
}

// initCmd is the SDK's init with this chain's defaults: chain id
// enigma-local-1 and bond denom ueng, instead of a random id and "stake".
func initCmd(basics module.BasicManager) *cobra.Command {
	cmd := genutilcli.InitCmd(basics, app.DefaultNodeHome)
	for name, value := range map[string]string{
		flags.FlagChainID:               app.DefaultChainID,
		genutilcli.FlagDefaultBondDenom: app.BondDenom,
	} {
		f := cmd.Flags().Lookup(name)
		if err := f.Value.Set(value); err != nil {
			panic(err)
		}
		f.DefValue = value
	}
	return cmd
}

func queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        "query",
		Aliases:                    []string{"q"},
		Short:                      "Query the chain (modules' queries, blocks, transactions)",
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(
		rpc.WaitTxCmd(),
		rpc.ValidatorCommand(),
		server.QueryBlockCmd(),
		server.QueryBlocksCmd(),
		server.QueryBlockResultsCmd(),
		authcmd.QueryTxsByEventsCmd(),
		authcmd.QueryTxCmd(),
	)
	return cmd
}

func txCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        "tx",
		Short:                      "Build, sign and broadcast transactions",
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(
		authcmd.GetSignCommand(),
		authcmd.GetSignBatchCommand(),
		authcmd.GetMultiSignCommand(),
		authcmd.GetMultiSignBatchCmd(),
		authcmd.GetValidateSignaturesCommand(),
		authcmd.GetBroadcastCommand(),
		authcmd.GetEncodeCommand(),
		authcmd.GetDecodeCommand(),
		authcmd.GetSimulateCmd(),
	)
	return cmd
}

// newApp is the server's AppCreator.
func newApp(logger log.Logger, db dbm.DB, appOpts servertypes.AppOptions) servertypes.Application {
	a := app.New(logger, db, true, appOpts, server.DefaultBaseappOptions(appOpts)...)
	startedApp.Store(a)
	return a
}

// appExport exports the state at a height for `enigmad export`.
func appExport(logger log.Logger, db dbm.DB, height int64, forZeroHeight bool, jailAllowedAddrs []string,
	appOpts servertypes.AppOptions, modulesToExport []string,
) (servertypes.ExportedApp, error) {
	a := app.New(logger, db, height == -1, appOpts)
	if height != -1 {
		if err := a.LoadHeight(height); err != nil {
			return servertypes.ExportedApp{}, err
		}
	}
	return a.ExportAppStateAndValidators(forZeroHeight, jailAllowedAddrs, modulesToExport)
}
