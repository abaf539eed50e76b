package types

import errorsmod "cosmossdk.io/errors"

// x/registry errors. Codes are never renumbered.
var (
	ErrInvalidAuthority  = errorsmod.Register(ModuleName, 2, "invalid authority: only the gov module account may change x/registry params")
	ErrInvalidParams     = errorsmod.Register(ModuleName, 3, "invalid x/registry params")
	ErrInvalidKeys       = errorsmod.Register(ModuleName, 4, "invalid enclave keys")
	ErrAttestation       = errorsmod.Register(ModuleName, 5, "attestation rejected")
	ErrSimulatedRefused  = errorsmod.Register(ModuleName, 6, "simulated attestation is not allowed on this chain")
	ErrSGXUnavailable    = errorsmod.Register(ModuleName, 7, "SGX quote verification is not available in this build")
	ErrAlreadyRegistered = errorsmod.Register(ModuleName, 8, "already registered")
	ErrStakeTooLow       = errorsmod.Register(ModuleName, 9, "stake below the minimum")
	ErrWorkerNotFound    = errorsmod.Register(ModuleName, 10, "worker not found")
	ErrInvalidGenesis    = errorsmod.Register(ModuleName, 11, "invalid x/registry genesis")
)
