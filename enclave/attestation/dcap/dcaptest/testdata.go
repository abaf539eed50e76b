package dcaptest

import (
	"path/filepath"
	"runtime"
)

// RealSet is the directory of one of the real quote sets (quote and Intel
// collateral) kept in enclave/attestation/dcap/testdata, e.g.
// "automata-sgx-v3-2025-08". Every test that needs a real quote reads it
// from there, so the data is kept once (testdata/README.md says where each
// set comes from).
func RealSet(name string) string {
	return filepath.Join(testdataDir(), name)
}

// testdataDir is enclave/attestation/dcap/testdata, found from this file's
// place in the source tree (tests run from their own package's directory).
func testdataDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}
