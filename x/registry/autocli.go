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
					Long: "Show a worker. enclave-address is its enclave signer address, 0x and 40 hex digits, " +
						"as `workers` lists it.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "enclave_address"}},
				},
				{
					RpcMethod: "Provision", Use: "provision [newcomer]", Short: "Show the seed ciphertext kept for a newcomer enclave",
					Long: "Show the master seed, encrypted to a newcomer enclave by a provisioned one. newcomer is the " +
						"newcomer's enclave signer address (0x and 40 hex digits).",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "newcomer"}},
				},
				{
					RpcMethod: "WorkerSet", Use: "worker-set", Short: "Show an epoch's selectable workers (--epoch, default current)",
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"epoch": {Usage: "the epoch number (0 or unset: the current epoch)"},
					},
				},
				{
					RpcMethod: "Selected", Use: "selected [contract]", Short: "Show the workers selected for a secret contract in an epoch",
					Long: "Show the workers selected for a secret contract in an epoch. contract is the secret contract's " +
						"address (0x and 40 hex digits).",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "contract"}},
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"epoch": {Usage: "the epoch number (0 or unset: the current epoch)"},
					},
				},
				{RpcMethod: "Params", Use: "params", Short: "Show the x/registry params"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              string(registryv1.File_enigma_registry_v1_tx_proto.Services().ByName("Msg").FullName()),
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				// Registration and provisioning talk to the local enclave:
				// client/cli's register and provision commands.
				{RpcMethod: "RegisterWorker", Skip: true},
				{RpcMethod: "ProvisionSeed", Skip: true},
				// Beacons are signed by the enclave; the worker submits them.
				{RpcMethod: "SubmitBeacon", Skip: true},
				{
					RpcMethod: "AddStake", Use: "add-stake [amount]", Short: "Bond more stake to your worker",
					Long:           "Bond more stake to the worker your account operates. amount is a coin in the bond denom, e.g. 1000000ueng.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "amount"}},
				},
				{RpcMethod: "Unbond", Use: "unbond", Short: "Start unbonding your worker (it leaves selection at the next epoch)"},
				{RpcMethod: "Withdraw", Use: "withdraw", Short: "Withdraw the stake of your unbonded worker"},
				{
					RpcMethod: "SetPayoutAddress", Use: "set-payout-address [payout-address]", Short: "Name the Ethereum address your worker's fees are credited to",
					Long: "Name the Ethereum address the bridge contract credits your worker's fees to, from the next batch on (payout-address: 0x and 40 hex digits); " +
						"without one they are credited to the enclave's address, whose key never leaves the enclave.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "payout_address"}},
				},
				{RpcMethod: "UpdateParams", Skip: true}, // authority only: submit it in a gov proposal
			},
		},
	}
}
