package types

import (
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
)

// x/registry errors. Codes are never renumbered. Errors that mean "not
// found" carry codes.NotFound, which queries answer with (internal/grpcerr).
var (
	ErrInvalidAuthority  = errorsmod.Register(ModuleName, 2, "invalid authority: only the gov module account may change x/registry params")
	ErrInvalidParams     = errorsmod.Register(ModuleName, 3, "invalid x/registry params")
	ErrInvalidKeys       = errorsmod.Register(ModuleName, 4, "invalid enclave keys")
	ErrAttestation       = errorsmod.Register(ModuleName, 5, "attestation rejected")
	ErrSimulatedRefused  = errorsmod.Register(ModuleName, 6, "simulated attestation is not allowed on this chain")
	ErrSGXUnavailable    = errorsmod.Register(ModuleName, 7, "SGX quote verification is not available in this build")
	ErrAlreadyRegistered = errorsmod.Register(ModuleName, 8, "already registered")
	ErrStakeTooLow       = errorsmod.Register(ModuleName, 9, "stake below the minimum")
	ErrWorkerNotFound    = errorsmod.RegisterWithGRPCCode(ModuleName, 10, codes.NotFound, "worker not found")
	ErrInvalidGenesis    = errorsmod.Register(ModuleName, 11, "invalid x/registry genesis")
	ErrNotProvisioned    = errorsmod.Register(ModuleName, 12, "the worker is not provisioned with the master seed")
	ErrProvision         = errorsmod.Register(ModuleName, 13, "invalid seed provision")
	ErrBeacon            = errorsmod.Register(ModuleName, 14, "invalid beacon")
	ErrNotUnbonded       = errorsmod.Register(ModuleName, 15, "the worker's stake is not unbonded yet")
	ErrWrongStatus       = errorsmod.Register(ModuleName, 16, "the worker's status does not allow this")
	ErrNoCommitment      = errorsmod.RegisterWithGRPCCode(ModuleName, 17, codes.NotFound, "the network has no seed commitment yet")
	ErrCollateral        = errorsmod.Register(ModuleName, 18, "missing or oversized DCAP collateral")
	ErrOperatorSignature = errorsmod.Register(ModuleName, 19, "the enclave did not sign this registration for this operator")
	ErrPayoutAddress     = errorsmod.Register(ModuleName, 20, "invalid payout address")
)
