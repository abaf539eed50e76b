// Package app wires the enigmad application: the SDK modules the chain needs
// (auth, bank, staking, slashing, distribution, gov, upgrade, consensus,
// genutil) and this project's own modules, by hand as the SDK's simapp does.
package app

import (
	"encoding/json"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/gogoproto/proto"
	"github.com/spf13/cast"

	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
	reflectionv1 "cosmossdk.io/api/cosmos/reflection/v1"
	"cosmossdk.io/client/v2/autocli"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/baseapp/blockexec"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	nodeservice "github.com/cosmos/cosmos-sdk/client/grpc/node"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/address"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	runtimeservices "github.com/cosmos/cosmos-sdk/runtime/services"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/server/api"
	"github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
	"github.com/cosmos/cosmos-sdk/version"
	"github.com/cosmos/cosmos-sdk/x/auth"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/bank"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/consensus"
	consensuskeeper "github.com/cosmos/cosmos-sdk/x/consensus/keeper"
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	distr "github.com/cosmos/cosmos-sdk/x/distribution"
	distrkeeper "github.com/cosmos/cosmos-sdk/x/distribution/keeper"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/cosmos/cosmos-sdk/x/gov"
	govclient "github.com/cosmos/cosmos-sdk/x/gov/client"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	"github.com/cosmos/cosmos-sdk/x/slashing"
	slashingkeeper "github.com/cosmos/cosmos-sdk/x/slashing/keeper"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	"github.com/cosmos/cosmos-sdk/x/staking"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	"github.com/cosmos/cosmos-sdk/x/upgrade"
	upgradekeeper "github.com/cosmos/cosmos-sdk/x/upgrade/keeper"
	upgradetypes "github.com/cosmos/cosmos-sdk/x/upgrade/types"

	"github.com/enigmad/enigmad/x/bridge"
	bridgekeeper "github.com/enigmad/enigmad/x/bridge/keeper"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	"github.com/enigmad/enigmad/x/epoch"
	epochkeeper "github.com/enigmad/enigmad/x/epoch/keeper"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	"github.com/enigmad/enigmad/x/registry"
	registrykeeper "github.com/enigmad/enigmad/x/registry/keeper"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	"github.com/enigmad/enigmad/x/secretcompute"
	secretcomputeante "github.com/enigmad/enigmad/x/secretcompute/ante"
	secretcomputekeeper "github.com/enigmad/enigmad/x/secretcompute/keeper"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

var _ servertypes.Application = (*App)(nil)

// App is the enigmad ABCI application.
type App struct {
	*baseapp.BaseApp

	legacyAmino       *codec.LegacyAmino
	appCodec          codec.Codec
	txConfig          client.TxConfig
	interfaceRegistry codectypes.InterfaceRegistry

	keys       map[string]*storetypes.KVStoreKey
	queryStore queryStore // what queries read (querystore.go)

	// SDK keepers.
	AccountKeeper         authkeeper.AccountKeeper
	BankKeeper            bankkeeper.BaseKeeper
	StakingKeeper         *stakingkeeper.Keeper
	SlashingKeeper        slashingkeeper.Keeper
	DistrKeeper           distrkeeper.Keeper
	GovKeeper             *govkeeper.Keeper
	UpgradeKeeper         *upgradekeeper.Keeper
	ConsensusParamsKeeper consensuskeeper.Keeper

	// enigmad keepers.
	EpochKeeper         epochkeeper.Keeper
	RegistryKeeper      registrykeeper.Keeper
	SecretComputeKeeper secretcomputekeeper.Keeper
	BridgeKeeper        bridgekeeper.Keeper

	ModuleManager      *module.Manager
	BasicModuleManager module.BasicManager
	configurator       module.Configurator

	prepared preparedProposal // the last block this node proposed (proposal.go)
}

// New returns the application, loading the latest committed state when
// loadLatest is set.
func New(
	logger log.Logger,
	db dbm.DB,
	loadLatest bool,
	appOpts servertypes.AppOptions,
	baseAppOptions ...func(*baseapp.BaseApp),
) *App {
	SetConfig()
	enc := MakeEncodingConfig()

	bApp := baseapp.NewBaseApp(Name, logger, db, enc.TxConfig.TxDecoder(), baseAppOptions...)
	bApp.SetVersion(version.Version)
	bApp.SetInterfaceRegistry(enc.InterfaceRegistry)
	bApp.SetTxEncoder(enc.TxConfig.TxEncoder())

	keys := newStoreKeys()

	app := &App{
		BaseApp:           bApp,
		legacyAmino:       enc.Amino,
		appCodec:          enc.Codec,
		txConfig:          enc.TxConfig,
		interfaceRegistry: enc.InterfaceRegistry,
		keys:              keys,
	}
	cdc := enc.Codec
	authority := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	addrCodec := address.NewBech32Codec(Bech32Prefix)
	valAddrCodec := address.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix())
	consAddrCodec := address.NewBech32Codec(sdk.GetConfig().GetBech32ConsensusAddrPrefix())

	app.ConsensusParamsKeeper = consensuskeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[consensustypes.StoreKey]), authority, runtime.EventService{})
	bApp.SetParamStore(app.ConsensusParamsKeeper.ParamsStore)

	// Unordered transactions let an ingress node or a worker submit many
	// transactions from one account without sequence queuing (docs/design.md §2).
	app.AccountKeeper = authkeeper.NewAccountKeeper(cdc, runtime.NewKVStoreService(keys[authtypes.StoreKey]),
		authtypes.ProtoBaseAccount, maccPerms, addrCodec, Bech32Prefix, authority,
		authkeeper.WithUnorderedTransactions(true))
	app.BankKeeper = bankkeeper.NewBaseKeeper(cdc, runtime.NewKVStoreService(keys[banktypes.StoreKey]),
		app.AccountKeeper, BlockedAddresses(), authority, logger)
	app.StakingKeeper = stakingkeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[stakingtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, authority, valAddrCodec, consAddrCodec)
	app.DistrKeeper = distrkeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[distrtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.StakingKeeper, authtypes.FeeCollectorName, authority)
	app.SlashingKeeper = slashingkeeper.NewKeeper(cdc, enc.Amino, runtime.NewKVStoreService(keys[slashingtypes.StoreKey]),
		app.StakingKeeper, authority)
	app.StakingKeeper.SetHooks(stakingtypes.NewMultiStakingHooks(app.DistrKeeper.Hooks(), app.SlashingKeeper.Hooks()))

	skipUpgradeHeights := map[int64]bool{}
	for _, h := range cast.ToIntSlice(appOpts.Get(server.FlagUnsafeSkipUpgrades)) {
		skipUpgradeHeights[int64(h)] = true
	}
	homePath := cast.ToString(appOpts.Get("home"))
	app.UpgradeKeeper = upgradekeeper.NewKeeper(skipUpgradeHeights, runtime.NewKVStoreService(keys[upgradetypes.StoreKey]),
		cdc, homePath, app.BaseApp, authority)

	app.GovKeeper = govkeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[govtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.DistrKeeper, app.MsgServiceRouter(), govtypes.DefaultConfig(), authority,
		govkeeper.NewDefaultCalculateVoteResultsAndVotingPower(app.StakingKeeper))

	app.EpochKeeper = epochkeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[epochtypes.StoreKey]), addrCodec, authority)
	app.RegistryKeeper = registrykeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[registrytypes.StoreKey]), addrCodec, authority, app.BankKeeper, app.EpochKeeper)
	app.SecretComputeKeeper = secretcomputekeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[secretcomputetypes.StoreKey]), addrCodec, authority, app.RegistryKeeper, app.EpochKeeper).
		WithInvariantChecks(cast.ToBool(appOpts.Get(FlagCheckInvariants)))
	// At each epoch end x/secretcompute closes a batch; at each epoch start
	// x/registry snapshots the worker set.
	app.EpochKeeper.SetHooks(app.SecretComputeKeeper.Hooks(), app.RegistryKeeper.Hooks())
	app.BridgeKeeper = bridgekeeper.NewKeeper(cdc, runtime.NewKVStoreService(keys[bridgetypes.StoreKey]), addrCodec, valAddrCodec, authority,
		app.StakingKeeper, app.SlashingKeeper, app.SecretComputeKeeper)

	app.ModuleManager = module.NewManager(
		genutil.NewAppModule(app.AccountKeeper, app.StakingKeeper, app, enc.TxConfig),
		auth.NewAppModule(cdc, app.AccountKeeper, nil),
		bank.NewAppModule(cdc, app.BankKeeper, app.AccountKeeper),
		staking.NewAppModule(cdc, app.StakingKeeper, app.AccountKeeper, app.BankKeeper),
		slashing.NewAppModule(cdc, app.SlashingKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, enc.InterfaceRegistry),
		distr.NewAppModule(cdc, app.DistrKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper),
		gov.NewAppModule(cdc, app.GovKeeper, app.AccountKeeper, app.BankKeeper),
		upgrade.NewAppModule(app.UpgradeKeeper, addrCodec),
		consensus.NewAppModule(cdc, app.ConsensusParamsKeeper),
		epoch.NewAppModule(cdc, app.EpochKeeper),
		registry.NewAppModule(cdc, app.RegistryKeeper),
		secretcompute.NewAppModule(cdc, app.SecretComputeKeeper),
		bridge.NewAppModule(cdc, app.BridgeKeeper),
	)
	app.BasicModuleManager = module.NewBasicManagerFromManager(app.ModuleManager, map[string]module.AppModuleBasic{
		genutiltypes.ModuleName: genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator),
		govtypes.ModuleName:     gov.NewAppModuleBasic([]govclient.ProposalHandler{}),
	})
	app.BasicModuleManager.RegisterLegacyAminoCodec(enc.Amino)
	app.BasicModuleManager.RegisterInterfaces(enc.InterfaceRegistry)

	app.ModuleManager.SetOrderPreBlockers(preBlockers...)
	app.ModuleManager.SetOrderBeginBlockers(beginBlockers...)
	app.ModuleManager.SetOrderEndBlockers(endBlockers...)
	app.ModuleManager.SetOrderInitGenesis(genesisOrder...)
	app.ModuleManager.SetOrderExportGenesis(genesisOrder...)

	app.configurator = module.NewConfigurator(cdc, app.MsgServiceRouter(), app.GRPCQueryRouter())
	if err := app.ModuleManager.RegisterServices(app.configurator); err != nil {
		panic(err)
	}
	autocliv1.RegisterQueryServer(app.GRPCQueryRouter(), runtimeservices.NewAutoCLIQueryService(app.ModuleManager.Modules))
	reflectionSvc, err := runtimeservices.NewReflectionService()
	if err != nil {
		panic(err)
	}
	reflectionv1.RegisterReflectionServiceServer(app.GRPCQueryRouter(), reflectionSvc)

	app.MountKVStores(keys)
	// In storeKeys' order, not the map's: the same on every node and run.
	stores := make([]storetypes.StoreKey, 0, len(keys))
	for _, name := range storeKeys {
		stores = append(stores, keys[name])
	}
	// Sequential by default; app.toml's block-executor may select Block-STM.
	blockexec.Apply(bApp, appOpts, stores, enc.TxConfig.TxDecoder(),
		func(storetypes.MultiStore) string { return BondDenom })

	app.SetInitChainer(app.InitChainer)
	app.SetPreBlocker(app.PreBlocker)
	app.SetBeginBlocker(app.BeginBlocker)
	app.SetEndBlocker(app.EndBlocker)

	anteHandler, err := NewAnteHandler(ante.HandlerOptions{
		AccountKeeper:   app.AccountKeeper,
		BankKeeper:      app.BankKeeper,
		SignModeHandler: enc.TxConfig.SignModeHandler(),
		SigGasConsumer:  ante.DefaultSigVerificationGasConsumer,
	}, app.SecretComputeKeeper)
	if err != nil {
		panic(fmt.Errorf("ante handler: %w", err))
	}
	app.SetAnteHandler(anteHandler)
	app.SetPostHandler(secretcomputeante.NewPostHandler())
	app.SetPrepareProposal(app.prepareProposal)
	app.SetProcessProposal(app.processProposal)

	if err := app.ValidateProtoAnnotations(); err != nil {
		// Not fatal, as in simapp: it reports proto annotation mistakes early.
		logger.Error("proto annotations", "err", err)
	}

	app.queryStore = queryStore{CommitMultiStore: app.CommitMultiStore(), db: db}
	app.SetQueryMultiStore(app.queryStore)

	if loadLatest {
		if err := app.LoadLatestVersion(); err != nil {
			panic(fmt.Errorf("load latest version: %w", err))
		}
	}
	return app
}

// ValidateProtoAnnotations checks the msg services' signer annotations.
func (app *App) ValidateProtoAnnotations() error {
	files, err := proto.MergedRegistry()
	if err != nil {
		return err
	}
	return msgservice.ValidateProtoAnnotations(files)
}

// Name returns the application name.
func (app *App) Name() string { return app.BaseApp.Name() }

// PreBlocker runs the modules' PreBlock (upgrades first).
func (app *App) PreBlocker(ctx sdk.Context, _ *abci.RequestFinalizeBlock) (*sdk.ResponsePreBlock, error) {
	return app.ModuleManager.PreBlock(ctx)
}

// BeginBlocker runs the modules' BeginBlock.
func (app *App) BeginBlocker(ctx sdk.Context) (sdk.BeginBlock, error) {
	return app.ModuleManager.BeginBlock(ctx)
}

// EndBlocker runs the modules' EndBlock.
func (app *App) EndBlocker(ctx sdk.Context) (sdk.EndBlock, error) {
	return app.ModuleManager.EndBlock(ctx)
}

// InitChainer loads every module's genesis.
func (app *App) InitChainer(ctx sdk.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var genesisState map[string]json.RawMessage
	if err := json.Unmarshal(req.AppStateBytes, &genesisState); err != nil {
		return nil, fmt.Errorf("app genesis: %w", err)
	}
	if err := app.UpgradeKeeper.SetModuleVersionMap(ctx, app.ModuleManager.GetVersionMap()); err != nil {
		return nil, err
	}
	return app.ModuleManager.InitGenesis(ctx, app.appCodec, genesisState)
}

// LoadHeight loads the state at a height.
func (app *App) LoadHeight(height int64) error { return app.LoadVersion(height) }

// LegacyAmino returns the amino codec.
func (app *App) LegacyAmino() *codec.LegacyAmino { return app.legacyAmino }

// AppCodec returns the protobuf codec.
func (app *App) AppCodec() codec.Codec { return app.appCodec }

// InterfaceRegistry returns the interface registry.
func (app *App) InterfaceRegistry() codectypes.InterfaceRegistry { return app.interfaceRegistry }

// TxConfig returns the transaction encoding config.
func (app *App) TxConfig() client.TxConfig { return app.txConfig }

// GetKey returns a module's store key (for tests).
func (app *App) GetKey(storeKey string) *storetypes.KVStoreKey { return app.keys[storeKey] }

// DefaultGenesis returns every module's default genesis.
func (app *App) DefaultGenesis() map[string]json.RawMessage {
	return app.BasicModuleManager.DefaultGenesis(app.appCodec)
}

// AutoCliOpts returns what autocli needs to build the modules' commands.
func (app *App) AutoCliOpts() autocli.AppOptions {
	modules := make(map[string]appmodule.AppModule)
	for name, m := range app.ModuleManager.Modules {
		if am, ok := m.(appmodule.AppModule); ok {
			modules[name] = am
		}
	}
	return autocli.AppOptions{
		Modules:       modules,
		ModuleOptions: runtimeservices.ExtractAutoCLIOptions(app.ModuleManager.Modules),
	}
}

// RegisterAPIRoutes mounts the REST (grpc-gateway) routes of every module.
func (app *App) RegisterAPIRoutes(apiSvr *api.Server, _ config.APIConfig) {
	clientCtx := apiSvr.ClientCtx
	authtx.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	cmtservice.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	nodeservice.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	app.BasicModuleManager.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	app.registerHexGateway(apiSvr)
}

// RegisterTxService registers the tx gRPC service.
func (app *App) RegisterTxService(clientCtx client.Context) {
	authtx.RegisterTxService(app.GRPCQueryRouter(), clientCtx, app.Simulate, app.interfaceRegistry)
}

// RegisterTendermintService registers the CometBFT gRPC queries.
func (app *App) RegisterTendermintService(clientCtx client.Context) {
	cmtservice.RegisterTendermintService(clientCtx, app.GRPCQueryRouter(), app.interfaceRegistry, app.Query)
}

// RegisterNodeService registers the node gRPC service.
func (app *App) RegisterNodeService(clientCtx client.Context, cfg config.Config) {
	nodeservice.RegisterNodeService(clientCtx, app.GRPCQueryRouter(), cfg, func() int64 {
		if s, ok := app.CommitMultiStore().(interface{ EarliestVersion() int64 }); ok {
			return s.EarliestVersion()
		}
		return 0
	})
}

// BlockedAddresses are the module accounts that may not receive coins by a
// plain send.
func BlockedAddresses() map[string]bool {
	blocked := make(map[string]bool, len(maccPerms))
	for acc := range maccPerms {
		blocked[authtypes.NewModuleAddress(acc).String()] = true
	}
	return blocked
}
