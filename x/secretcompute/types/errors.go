package types

import (
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
)

// x/secretcompute errors. Codes are never renumbered. Errors that mean
// "not found" carry codes.NotFound, which queries answer with
// (internal/grpcerr). ErrTaskExists and ErrGasLimit are no longer returned
// since consensus version 3 (such records get a refused receipt instead,
// which refunds them on Ethereum); they stay registered so that their codes
// are never reused.
var (
	ErrInvalidAuthority = errorsmod.Register(ModuleName, 2, "invalid authority: only the gov module account may change x/secretcompute params")
	ErrInvalidParams    = errorsmod.Register(ModuleName, 3, "invalid x/secretcompute params")
	ErrUnknownTask      = errorsmod.RegisterWithGRPCCode(ModuleName, 4, codes.NotFound, "unknown task: no attested record")
	ErrTaskExists       = errorsmod.Register(ModuleName, 5, "a record with this task id already exists")
	ErrDataPresent      = errorsmod.Register(ModuleName, 6, "the task's data is already on chain")
	ErrInputsHash       = errorsmod.Register(ModuleName, 7, "the data does not match the record's inputs hash")
	ErrTooLarge         = errorsmod.Register(ModuleName, 8, "too large")
	ErrNotSelected      = errorsmod.Register(ModuleName, 9, "the named worker is not selected for this contract in that epoch")
	ErrEpoch            = errorsmod.Register(ModuleName, 10, "the named epoch is neither the current nor the previous one")
	ErrUnknownContract  = errorsmod.RegisterWithGRPCCode(ModuleName, 11, codes.NotFound, "unknown secret contract")
	ErrNotPending       = errorsmod.Register(ModuleName, 12, "the task is not awaiting a result")
	ErrWrongWorker      = errorsmod.Register(ModuleName, 13, "the result is not from the worker the task is assigned to")
	ErrSignature        = errorsmod.Register(ModuleName, 14, "the receipt signature does not verify")
	ErrDeltaChain       = errorsmod.Register(ModuleName, 15, "the delta does not extend the contract's log")
	ErrMalformed        = errorsmod.Register(ModuleName, 16, "malformed record or result")
	ErrCodeHash         = errorsmod.Register(ModuleName, 17, "the bytecode does not match the record's code hash")
	ErrWrongKind        = errorsmod.Register(ModuleName, 18, "wrong message for this kind of task")
	ErrInvalidGenesis   = errorsmod.Register(ModuleName, 19, "invalid x/secretcompute genesis")
	ErrNotFound         = errorsmod.RegisterWithGRPCCode(ModuleName, 20, codes.NotFound, "not found")
	ErrGasLimit         = errorsmod.Register(ModuleName, 21, "the record's gas limit is above max_task_gas_limit")
	ErrStaleRecord      = errorsmod.Register(ModuleName, 22, "the record's event nonce is not above the last record's: it was taken already")
)
