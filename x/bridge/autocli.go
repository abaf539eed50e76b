package bridge

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	bridgev1 "github.com/enigmad/enigmad/api/enigma/bridge/v1"
)

// AutoCLIOptions declares the module's CLI.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	who := "address is the validator's operator address (enigmavaloper…), its orchestrator account (enigma…) or its Ethereum address (0x…)."
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: string(bridgev1.File_enigma_bridge_v1_query_proto.Services().ByName("Query").FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the x/bridge params"},
				{RpcMethod: "Status", Use: "status", Short: "Show where the bridge stands: last observed event, validator sets and batches on Ethereum"},
				{RpcMethod: "Orchestrators", Use: "orchestrators", Short: "List the validators' bridge keys"},
				{RpcMethod: "Orchestrator", Use: "orchestrator [address]", Short: "Show a validator's bridge keys", Long: "Show a validator's bridge keys. " + who,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "address"}}},
				{RpcMethod: "Cursor", Use: "cursor [address]", Short: "Show a validator's last claimed event nonce and its Ethereum block", Long: "Show a validator's last claimed event nonce and Ethereum block, where its orchestrator resumes. " + who,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "address"}}},
				{RpcMethod: "Attestations", Use: "attestations", Short: "List the claims not yet observed (--limit)",
					FlagOptions: map[string]*autocliv1.FlagOptions{"limit": {Usage: "how many to show at most (default and cap 1000)"}}},
				{RpcMethod: "Valset", Use: "valset [nonce]", Short: "Show a bridge validator set and its checkpoint (--latest for the newest)",
					Long:           "Show a bridge validator set and its checkpoint, as the contract stores it. nonce is the set's number (0: the one the contract was deployed with); --latest shows the newest.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce", Optional: true}},
					FlagOptions:    map[string]*autocliv1.FlagOptions{"latest": {Usage: "show the newest set, whatever the nonce"}}},
				{RpcMethod: "ValsetConfirms", Use: "valset-confirms [nonce]", Short: "Show the signatures over a validator set's checkpoint",
					Long:           "Show the validators' signatures over the checkpoint of validator set nonce, which the contract does not hold yet.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}}},
				{RpcMethod: "BatchConfirms", Use: "batch-confirms [nonce]", Short: "Show the signatures over a batch's digest",
					Long:           "Show the validators' signatures over the digest of x/secretcompute's batch nonce (from 1), which the contract does not hold yet, and the digest.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}}},
				{RpcMethod: "Pending", Use: "pending [address]", Short: "Show the validator sets and batches a validator has yet to sign", Long: "Show the validator sets and batches a validator has yet to sign, with their digests. " + who,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "address"}}},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: string(bridgev1.File_enigma_bridge_v1_tx_proto.Services().ByName("Msg").FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				// The orchestrator sends claims and confirmations; nobody
				// types them. set-orchestrator signs with an Ethereum key and
				// is a command of its own (client/cli).
				{RpcMethod: "SetOrchestrator", Skip: true},
				{RpcMethod: "EthereumClaims", Skip: true},
				{RpcMethod: "ConfirmValset", Skip: true},
				{RpcMethod: "ConfirmBatch", Skip: true},
				{RpcMethod: "UpdateParams", Skip: true}, // authority only: submit it in a gov proposal
			},
		},
	}
}
