package types

import (
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
)

// x/bridge errors. Codes are never renumbered. Errors that mean "not
// found" carry codes.NotFound, which queries answer with (internal/grpcerr).
var (
	ErrInvalidAuthority = errorsmod.Register(ModuleName, 2, "invalid authority: only the gov module account may change x/bridge params")
	ErrInvalidParams    = errorsmod.Register(ModuleName, 3, "invalid x/bridge params")
	ErrInvalidGenesis   = errorsmod.Register(ModuleName, 4, "invalid x/bridge genesis")
	ErrNotConfigured    = errorsmod.Register(ModuleName, 5, "the bridge contract is not configured (params ethereum_chain_id and bridge_contract)")
	ErrNotOrchestrator  = errorsmod.Register(ModuleName, 6, "the signer is not a bonded validator's orchestrator")
	ErrNotValidator     = errorsmod.Register(ModuleName, 7, "not a validator")
	ErrEthSignature     = errorsmod.Register(ModuleName, 8, "invalid Ethereum signature")
	ErrKeyInUse         = errorsmod.Register(ModuleName, 9, "the key is another validator's")
	ErrNonContiguous    = errorsmod.Register(ModuleName, 10, "claims must continue from the validator's last event nonce")
	ErrInvalidClaim     = errorsmod.Register(ModuleName, 11, "invalid claim")
	ErrTooManyEvents    = errorsmod.Register(ModuleName, 12, "too many events in one message")
	ErrUnknownValset    = errorsmod.RegisterWithGRPCCode(ModuleName, 13, codes.NotFound, "unknown validator set")
	ErrUnknownBatch     = errorsmod.RegisterWithGRPCCode(ModuleName, 14, codes.NotFound, "unknown batch")
	ErrDuplicateConfirm = errorsmod.Register(ModuleName, 15, "already confirmed")
	ErrNotFound         = errorsmod.RegisterWithGRPCCode(ModuleName, 16, codes.NotFound, "no orchestrator found")
	ErrNotPending       = errorsmod.Register(ModuleName, 17, "the bridge contract already holds it")
	ErrInvalidAddress   = errorsmod.Register(ModuleName, 18, "invalid address")
	ErrTooSoon          = errorsmod.Register(ModuleName, 19, "the validator renamed its bridge keys too recently")
)
