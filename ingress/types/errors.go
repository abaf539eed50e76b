// Package types holds the ingress's wire types (enigma.ingress.v1, generated)
// and its registered errors.
package types

import (
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
)

// Codespace is the ingress's error codespace. A refusal of the task data
// itself carries x/secretcompute's error (unknown task, wrong inputs hash,
// not selected, ...); these are the ingress's own refusals.
const Codespace = "ingress"

// Ingress errors. Codes are never renumbered.
var (
	ErrInvalidRequest = errorsmod.RegisterWithGRPCCode(Codespace, 2, codes.InvalidArgument, "invalid request")
	ErrBusy           = errorsmod.RegisterWithGRPCCode(Codespace, 3, codes.Unavailable, "the ingress queue is full: retry later")
	ErrNotReady       = errorsmod.RegisterWithGRPCCode(Codespace, 4, codes.Unavailable, "the ingress cannot send transactions yet")
	ErrBroadcast      = errorsmod.RegisterWithGRPCCode(Codespace, 5, codes.Unavailable, "the task data's transaction could not be broadcast")
	ErrStopped        = errorsmod.RegisterWithGRPCCode(Codespace, 6, codes.Unavailable, "the ingress is stopping")
)
