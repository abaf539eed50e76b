package secretcompute

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	secretcomputev1 "github.com/enigmad/enigmad/api/enigma/secretcompute/v1"
)

// AutoCLIOptions declares the module's CLI.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: string(secretcomputev1.File_enigma_secretcompute_v1_query_proto.Services().ByName("Query").FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Contract", Use: "contract [address]", Short: "Show a secret contract",
					Long:           "Show a secret contract. address is its address (0x and 40 hex digits), as `contracts` lists it.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "address"}}},
				{RpcMethod: "Contracts", Use: "contracts", Short: "List the secret contracts"},
				{RpcMethod: "AssignedTasks", Use: "assigned [worker]", Short: "List the pending tasks assigned to a worker (--start-after, --limit)",
					Long:           "List the pending tasks assigned to a worker: their data is on chain and no result yet. worker is its enclave address (0x and 40 hex digits).",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "worker"}},
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"start_after": {Usage: "a task id (0x and 64 hex digits) to list after"},
						"limit":       {Usage: "how many to list at most (default 100, at most 1000; with --ids-only 10000)"},
						"ids_only":    {Usage: "list the task ids alone (task_ids), not the tasks with their data"},
					}},
				{RpcMethod: "TasksByID", Use: "tasks-by-id [task-ids...]", Short: "Show up to 100 tasks by id (those the chain knows, in the order given)",
					Long:           "Show up to 100 tasks by id, in the order given; ids the chain does not know are left out. task-ids are 0x and 64 hex digits each.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "task_ids", Varargs: true}}},
				{RpcMethod: "Task", Use: "task [task-id]", Short: "Show a task, its encrypted output and receipt",
					Long:           "Show a task, its encrypted output and its receipt. task-id is 0x and 64 hex digits (the bridge contract's taskIdOf).",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "task_id"}}},
				{RpcMethod: "Deltas", Use: "deltas [address]", Short: "Page through a contract's delta log (--from-index, --limit)",
					Long:           "Page through a secret contract's log of encrypted state deltas. address is the contract's (0x and 40 hex digits).",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "address"}},
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"from_index": {Usage: "the index of the first delta to show"},
						"limit":      {Usage: "how many deltas to show at most (default 100, at most 1000)"},
					}},
				{RpcMethod: "Receipts", Use: "receipts", Short: "Page through receipts in commit order (--from-sequence, --limit)",
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"from_sequence": {Usage: "the sequence of the first receipt to show (from 1)"},
						"limit":         {Usage: "how many receipts to show at most (default 100, at most 1000)"},
					}},
				{RpcMethod: "Batch", Use: "batch [nonce]", Short: "Show a closed batch",
					Long:           "Show a closed batch of receipts: root, sequence range and fee totals. nonce is the batch number, from 1.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}}},
				{
					RpcMethod: "ReceiptProof", Use: "proof [task-id]", Short: "Show the Merkle proof of a task's receipt in its batch (--sequence for a refused record's)",
					Long: "Show the Merkle proof of a task's receipt in its batch (task-id: 0x and 64 hex digits), with everything a refund or callback on the bridge contract needs " +
						"besides the user's own record. A record the chain refused (a task id already recorded, a gas limit or price out of bounds) " +
						"has a refused receipt of its own, at the sequence its EventTaskRecordRefused names: pass --sequence to prove that one.",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "task_id"}},
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"sequence": {Usage: "the sequence of one of the task id's receipts, e.g. a refused record's (0: the task's own receipt)"},
					},
				},
				{RpcMethod: "Params", Use: "params", Short: "Show the x/secretcompute params"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: string(secretcomputev1.File_enigma_secretcompute_v1_tx_proto.Services().ByName("Msg").FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				// Task data comes from the client library and results from the
				// worker daemon; neither is typed by hand.
				{RpcMethod: "SubmitTaskData", Skip: true},
				{RpcMethod: "SubmitDeployData", Skip: true},
				{RpcMethod: "CommitResults", Skip: true},
				{RpcMethod: "UpdateParams", Skip: true}, // authority only: submit it in a gov proposal
			},
		},
	}
}
