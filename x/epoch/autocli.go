package epoch

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	epochv1 "github.com/enigmad/enigmad/api/enigma/epoch/v1"
)

// AutoCLIOptions declares the module's whole CLI.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: string(epochv1.File_enigma_epoch_v1_query_proto.Services().ByName("Query").FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{
					RpcMethod: "CurrentEpoch",
					Use:       "current",
					Short:     "Show the epoch in progress: number, start height, seed and its source",
				},
				{
					RpcMethod:      "Epoch",
					Use:            "show [number]",
					Short:          "Show a kept epoch by number",
					Long:           "Show a kept epoch: its start height, seed and the seed's source. number is the epoch number, from 1.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "number"}},
				},
				{
					RpcMethod: "Epochs",
					Use:       "list",
					Short:     "List the kept epochs, oldest first",
				},
				{
					RpcMethod: "Params",
					Use:       "params",
					Short:     "Show the x/epoch params",
				},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              string(epochv1.File_enigma_epoch_v1_tx_proto.Services().ByName("Msg").FullName()),
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{
					RpcMethod: "UpdateParams",
					Skip:      true, // authority only: submit it in a gov proposal
				},
			},
		},
	}
}
