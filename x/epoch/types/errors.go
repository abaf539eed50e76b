package types

import (
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
)

// x/epoch errors. Codes are never renumbered. Errors that mean "not
// found" carry codes.NotFound, which queries answer with (internal/grpcerr).
var (
	ErrInvalidAuthority = errorsmod.Register(ModuleName, 2, "invalid authority: only the gov module account may change x/epoch params")
	ErrInvalidParams    = errorsmod.Register(ModuleName, 3, "invalid x/epoch params")
	ErrEpochNotFound    = errorsmod.RegisterWithGRPCCode(ModuleName, 4, codes.NotFound, "epoch not found")
	ErrInvalidBeacon    = errorsmod.Register(ModuleName, 5, "invalid epoch beacon")
	ErrBeaconExists     = errorsmod.Register(ModuleName, 6, "a beacon was already accepted for this epoch")
	ErrInvalidGenesis   = errorsmod.Register(ModuleName, 7, "invalid x/epoch genesis")
	ErrNotStarted       = errorsmod.RegisterWithGRPCCode(ModuleName, 8, codes.NotFound, "epoch counting has not started: the first block has not been executed yet")
)
