package registry

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	registryv1 "github.com/enigmad/enigmad/api/enigma/registry/v1"
)

// AutoCLIOptions declares the module's CLI.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: string(registryv1.File_enigma_registry_v1_query_proto.Services().ByName("Query").FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Workers", Use: "workers", Short: "List the registered workers"},
				{
					RpcMethod: "Worker", Use: "worker [enclave-address]", Short: "Show a worker by its enclave address (0x…)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "enclave_address"}},
				},
				{RpcMethod: "Params", Use: "params", Short: "Show the x/registry params"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              string(registryv1.File_enigma_registry_v1_tx_proto.Services().ByName("Msg").FullName()),
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				// Registration takes the enclave's keys and quote from its
				// socket: `enigmad tx registry register` comes with the worker.
				{RpcMethod: "RegisterWorker", Skip: true},
				{RpcMethod: "UpdateParams", Skip: true}, // authority only: submit it in a gov proposal
			},
		},
	}
}
