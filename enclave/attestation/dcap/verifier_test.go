package dcap_test

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// TestVerifierWithPolicy: the automata quote (SWHardeningNeeded,
// INTEL-SA-00615) through the attestation.Verifier interface and Policy.
func TestVerifierWithPolicy(t *testing.T) {
	dir := filepath.Join("testdata", "automata-sgx-v3-2025-08")
	raw, err := os.ReadFile(filepath.Join(dir, "quote.bin"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := dcap.LoadCollateralDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 8, 15, 5, 45, 0, 0, time.UTC)
	v := attestation.KindVerifier{SGX: dcap.Verifier{Collateral: c, Time: at}}
	quote := dcap.SGXQuote(raw)
	r, err := v.Verify(quote)
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != attestation.KindSGX || r.TCBStatus != "SWHardeningNeeded" || len(r.AdvisoryIDs) != 1 || r.AdvisoryIDs[0] != "INTEL-SA-00615" ||
		r.TCBEvaluationDataNumber != 17 {
		t.Fatalf("report %+v", r)
	}
	mrenclave := mustHex("a4f45c39dac622cb1dd32ddb35a52ec92db41d0fa88a1c911c49e59c534f61cd")
	p := attestation.Policy{UniqueIDs: [][]byte{mrenclave}, ProductID: 0}
	if err := p.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("default policy (UpToDate only): %v", err)
	}
	p.AcceptedTCBStatuses = []string{"UpToDate", "SWHardeningNeeded"}
	p.AllowedAdvisoryIDs = []string{"INTEL-SA-00615"}
	if err := p.Check(r); err != nil {
		t.Fatalf("SWHardeningNeeded with INTEL-SA-00615 allowed: %v", err)
	}
	newer := p
	newer.MinTCBEvaluationDataNumber = 18
	if err := newer.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("collateral of evaluation 17 where 18 is required: %v", err)
	}
	other := p
	other.UniqueIDs = [][]byte{make([]byte, 32)}
	if err := other.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("another MRENCLAVE: %v", err)
	}
	// Bytes after the signature data, the raw quote without the OE header,
	// and a TDX quote, are refused.
	if _, err := v.Verify(dcap.SGXQuote(append(append([]byte(nil), raw...), 0))); !errors.Is(err, dcap.ErrQuoteFormat) || !strings.Contains(err.Error(), "after the signature data") {
		t.Fatalf("trailing byte: %v", err)
	}
	if _, err := v.Verify(append([]byte{byte(attestation.KindSGX)}, raw...)); !errors.Is(err, dcap.ErrQuoteFormat) {
		t.Fatalf("quote without OE header: %v", err)
	}
	tdxDir := filepath.Join("testdata", "phala-dcap-qvl-tdx-v4-2025-06")
	tdx, _ := os.ReadFile(filepath.Join(tdxDir, "quote.bin"))
	tc, _ := dcap.LoadCollateralDir(tdxDir)
	tv := dcap.Verifier{Collateral: tc, Time: time.Date(2025, 7, 19, 10, 0, 34, 0, time.UTC)}
	if _, err := tv.Verify(dcap.SGXQuote(tdx)); !errors.Is(err, dcap.ErrQuoteFormat) {
		t.Fatalf("TDX quote: %v", err)
	}
	// Expired collateral at a later block time.
	late := dcap.Verifier{Collateral: c, Time: at.AddDate(0, 2, 0)}
	if _, err := late.Verify(quote); !errors.Is(err, dcap.ErrExpired) {
		t.Fatalf("late: %v", err)
	}
}

// TestVerifierPolicyDebugAndSVN: debug enclaves and low ISVSVN are refused
// by the policy after a successful DCAP verification.
func TestVerifierPolicyDebugAndSVN(t *testing.T) {
	e := dcaptest.Enclave{MRENCLAVE: [32]byte{7}, ProductID: 1, SVN: 2}
	for _, tc := range []struct {
		name   string
		debug  bool
		minSVN uint16
		ok     bool
	}{{"release, svn ok", false, 2, true}, {"debug", true, 0, false}, {"low svn", false, 3, false}} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := dcaptest.New(dcaptest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			e.Debug = tc.debug
			raw, err := p.Quote(e)
			if err != nil {
				t.Fatal(err)
			}
			v := dcap.Verifier{Collateral: p.Collateral(), Time: dcaptest.Epoch, Root: p.Root}
			pol := attestation.Policy{UniqueIDs: [][]byte{e.MRENCLAVE[:]}, ProductID: 1, MinSecurityVersion: tc.minSVN}
			r, err := v.Verify(dcap.SGXQuote(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := pol.Check(r); (err == nil) != tc.ok || (err != nil && !errors.Is(err, attestation.ErrPolicy)) {
				t.Fatalf("%s: %v", tc.name, err)
			}
		})
	}
}
