//go:build !ego

package main

import (
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/seal"
)

// buildMode is simulation: our own sealer and quotes, marked as simulated so
// that a chain requiring SGX refuses them. A simulation network provisions
// simulated newcomers.
func buildMode() mode {
	return mode{
		name:     "simulation",
		sealer:   func(dir string) (seal.Sealer, error) { return seal.NewSimulation(dir) },
		issuer:   attestation.SimulationIssuer{},
		verifier: attestation.KindVerifier{},
		policy:   func() (attestation.Policy, error) { return attestation.Policy{AllowSimulated: true}, nil },
		warning:  seal.SimulationWarning,
	}
}
