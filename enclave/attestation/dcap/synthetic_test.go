package dcap_test

import (
	"errors"
	"testing"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
)

var enclave = dcaptest.Enclave{MRENCLAVE: [32]byte{1}, MRSIGNER: [32]byte{2}, ProductID: 1, SVN: 3, ReportData: [64]byte{9, 9}}

func synth(t *testing.T, o dcaptest.Options, e dcaptest.Enclave) (*dcaptest.Platform, []byte) {
	t.Helper()
	p, err := dcaptest.New(o)
	if err != nil {
		t.Fatal(err)
	}
	q, err := p.Quote(e)
	if err != nil {
		t.Fatal(err)
	}
	return p, q
}

func TestSyntheticPlatform(t *testing.T) {
	p, q := synth(t, dcaptest.Options{}, enclave)
	r, err := dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	if r.TCBStatus != dcap.StatusUpToDate || len(r.AdvisoryIDs) != 0 || r.MRENCLAVE != enclave.MRENCLAVE || r.MRSIGNER != enclave.MRSIGNER ||
		r.ISVProdID != 1 || r.ISVSVN != 3 || r.Debug || r.ReportData != enclave.ReportData {
		t.Fatalf("result %+v", r)
	}
	// The same quote under the real Intel root: refused.
	if _, err := dcap.Verify(q, p.Collateral(), nil, dcaptest.Epoch); !errors.Is(err, dcap.ErrPCKChain) {
		t.Fatalf("synthetic chain under the Intel root: %v", err)
	}
	// Another synthetic hierarchy's root: refused.
	other, _ := synth(t, dcaptest.Options{}, enclave)
	if _, err := dcap.Verify(q, p.Collateral(), other.Root, dcaptest.Epoch); !errors.Is(err, dcap.ErrPCKChain) {
		t.Fatalf("wrong root: %v", err)
	}
	// Another hierarchy's collateral with this quote: its signer does not
	// chain to this root.
	oc := other.Collateral()
	if _, err := dcap.Verify(q, oc, p.Root, dcaptest.Epoch); !errors.Is(err, dcap.ErrCRL) {
		t.Fatalf("CRL issuer chain of another hierarchy: %v", err)
	}
	oc.PCKCRLIssuerChain = nil
	if _, err := dcap.Verify(q, oc, p.Root, dcaptest.Epoch); !errors.Is(err, dcap.ErrSigningChain) {
		t.Fatalf("collateral of another hierarchy: %v", err)
	}
	if _, err := dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch.AddDate(0, 0, 31)); !errors.Is(err, dcap.ErrExpired) {
		t.Fatalf("after nextUpdate: %v", err)
	}
	// A debug enclave verifies (the policy refuses it) and says so.
	pd, dq := synth(t, dcaptest.Options{}, dcaptest.Enclave{Debug: true})
	r, err = dcap.Verify(dq, pd.Collateral(), pd.Root, dcaptest.Epoch)
	if err != nil || !r.Debug {
		t.Fatalf("debug enclave: %v %+v", err, r)
	}
}

func TestSyntheticFailures(t *testing.T) {
	low := [16]uint8{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4}
	cases := []struct {
		name string
		o    dcaptest.Options
		want error
	}{
		{"PCK certificate revoked", dcaptest.Options{RevokePCK: true}, dcap.ErrRevoked},
		{"PCK CA revoked by the root", dcaptest.Options{RevokePCKCA: true}, dcap.ErrRevoked},
		{"TCB Signing certificate revoked", dcaptest.Options{RevokeSigner: true}, dcap.ErrRevoked},
		{"TCB Info of another FMSPC", dcaptest.Options{TCBInfoFMSPC: []byte{0, 0x90, 0x6e, 0xd5, 0, 1}}, dcap.ErrFMSPC},
		{"TCB component below every level", dcaptest.Options{SetComps: true, Comps: low, PCESVN: 10,
			Levels: []dcaptest.Level{{Comps: [16]uint8{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, PCESVN: 10, Status: dcap.StatusUpToDate}}}, dcap.ErrTCBLevel},
		{"PCESVN below every level", dcaptest.Options{SetComps: true, Comps: [16]uint8{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, PCESVN: 9,
			Levels: []dcaptest.Level{{Comps: [16]uint8{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, PCESVN: 10, Status: dcap.StatusUpToDate}}}, dcap.ErrTCBLevel},
		{"QE ISVSVN below every QE level", dcaptest.Options{QEISVSVN: 5}, dcap.ErrTCBLevel},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, q := synth(t, tc.o, enclave)
			if _, err := dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestSyntheticTCBLevels: the first level the platform meets decides; an
// out-of-date QE drags the status down; advisories are merged.
func TestSyntheticTCBLevels(t *testing.T) {
	var six, five [16]uint8
	for i := range six {
		six[i], five[i] = 6, 5
	}
	levels := []dcaptest.Level{
		{Comps: six, PCESVN: 10, Status: dcap.StatusUpToDate},
		{Comps: five, PCESVN: 10, Status: dcap.StatusSWHardeningNeeded, Advisories: []string{"INTEL-SA-00334"}},
		{Comps: [16]uint8{}, PCESVN: 0, Status: dcap.StatusOutOfDate, Advisories: []string{"INTEL-SA-00001"}},
	}
	cases := []struct {
		name       string
		o          dcaptest.Options
		status     string
		advisories []string
	}{
		{"top level", dcaptest.Options{SetComps: true, Comps: six, PCESVN: 11, Levels: levels}, dcap.StatusUpToDate, nil},
		{"second level", dcaptest.Options{Levels: levels}, dcap.StatusSWHardeningNeeded, []string{"INTEL-SA-00334"}},
		{"second level, QE out of date", dcaptest.Options{Levels: levels, QEISVSVN: 7}, dcap.StatusOutOfDate, []string{"INTEL-SA-00334", "INTEL-SA-00615"}},
		{"last level", dcaptest.Options{SetComps: true, Comps: [16]uint8{9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4}, PCESVN: 10, Levels: levels}, dcap.StatusOutOfDate, []string{"INTEL-SA-00001"}},
		{"TCB Info v2, top level", dcaptest.Options{SetComps: true, Comps: six, PCESVN: 11, Levels: levels, TCBInfoV2: true}, dcap.StatusUpToDate, nil},
		{"TCB Info v2, second level", dcaptest.Options{Levels: levels, TCBInfoV2: true}, dcap.StatusSWHardeningNeeded, []string{"INTEL-SA-00334"}},
		{"TCB Info v2, last level", dcaptest.Options{SetComps: true, Comps: [16]uint8{9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4}, PCESVN: 10, Levels: levels, TCBInfoV2: true}, dcap.StatusOutOfDate, []string{"INTEL-SA-00001"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, q := synth(t, tc.o, enclave)
			r, err := dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch)
			if err != nil {
				t.Fatal(err)
			}
			if r.TCBStatus != tc.status || len(r.AdvisoryIDs) != len(tc.advisories) {
				t.Fatalf("status %s %q, want %s %q", r.TCBStatus, r.AdvisoryIDs, tc.status, tc.advisories)
			}
			for i := range tc.advisories {
				if r.AdvisoryIDs[i] != tc.advisories[i] {
					t.Fatalf("advisories %q, want %q", r.AdvisoryIDs, tc.advisories)
				}
			}
		})
	}
}
