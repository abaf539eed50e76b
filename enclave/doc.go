// Package enclave is the trusted core of a worker ("Core" in the original
// Enigma design): keys, attestation, sealing, HPKE task envelopes, the master
// seed, state-delta encryption and receipts. Each idea lives in its own
// sub-package; the wire formats are written in README.md and pinned by the
// JSON test vectors under testdata/.
//
// The same code runs in two modes, as MarbleRun does: simulation (plain Go,
// loudly insecure, for localnets and CI) and SGX through EGo (build tag
// "ego"). Only the attestation issuer/verifier and the sealer differ.
package enclave
