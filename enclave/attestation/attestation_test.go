package attestation_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/attestation"
)

var keys = attestation.PublicKeys{Signer: bytes.Repeat([]byte{2}, 33), X25519: bytes.Repeat([]byte{3}, 32), XWing: bytes.Repeat([]byte{4}, 1216)}

func TestReportDataLayout(t *testing.T) {
	rd, err := attestation.ReportData("enigma-local-1", keys)
	require.NoError(t, err)
	require.Len(t, rd, 64)
	h := sha256.New()
	h.Write([]byte("enigma/attest/v1"))
	h.Write([]byte{14})
	h.Write([]byte("enigma-local-1"))
	for _, k := range [][]byte{keys.Signer, keys.X25519, keys.XWing} {
		h.Write(binary.BigEndian.AppendUint16(nil, uint16(len(k))))
		h.Write(k)
	}
	require.Equal(t, h.Sum(nil), rd[:32])
	require.Equal(t, make([]byte, 32), rd[32:])

	other := keys
	other.XWing = nil
	rd2, err := attestation.ReportData("enigma-local-1", other)
	require.NoError(t, err)
	require.NotEqual(t, rd, rd2, "dropping the X-Wing key changes the binding")
}

func TestSimulatedQuoteRoundTripAndPolicy(t *testing.T) {
	rd, err := attestation.ReportData("enigma-local-1", keys)
	require.NoError(t, err)
	quote, err := attestation.SimulationIssuer{ProductID: 1, SecurityVersion: 2}.Issue(rd)
	require.NoError(t, err)
	require.Equal(t, byte(attestation.KindSimulated), quote[0])

	dev := attestation.Policy{AllowSimulated: true}
	r, err := attestation.Verify(attestation.KindVerifier{}, dev, quote, "enigma-local-1", keys)
	require.NoError(t, err)
	require.Equal(t, attestation.KindSimulated, r.Kind)
	require.Equal(t, uint16(1), r.ProductID)

	// The default policy refuses simulated quotes.
	_, err = attestation.Verify(attestation.KindVerifier{}, attestation.Policy{}, quote, "enigma-local-1", keys)
	require.ErrorIs(t, err, attestation.ErrSimulatedRefused)
	// Bound to the chain and the keys.
	_, err = attestation.Verify(attestation.KindVerifier{}, dev, quote, "enigma-other-1", keys)
	require.ErrorIs(t, err, attestation.ErrBinding)
	swapped := keys
	swapped.X25519 = bytes.Repeat([]byte{9}, 32)
	_, err = attestation.Verify(attestation.KindVerifier{}, dev, quote, "enigma-local-1", swapped)
	require.ErrorIs(t, err, attestation.ErrBinding)

	// Malformed and unsupported quotes.
	_, err = attestation.KindVerifier{}.Verify(quote[:50])
	require.ErrorIs(t, err, attestation.ErrMalformedQuote)
	_, err = attestation.KindVerifier{}.Verify(nil)
	require.ErrorIs(t, err, attestation.ErrMalformedQuote)
	sgx := append([]byte{byte(attestation.KindSGX)}, quote[1:]...)
	_, err = attestation.KindVerifier{}.Verify(sgx)
	require.ErrorIs(t, err, attestation.ErrSGXUnavailable, "no DCAP verifier in this build: refused, not accepted")
	_, err = attestation.KindVerifier{}.Verify([]byte{0x7f, 1, 2})
	require.ErrorIs(t, err, attestation.ErrUnknownQuoteKind)
	_, err = attestation.SimulationIssuer{}.Issue(make([]byte, 65))
	require.ErrorIs(t, err, attestation.ErrReportDataTooLong)
}

func TestPolicyForSGXReports(t *testing.T) {
	signer := bytes.Repeat([]byte{0xaa}, 32)
	p := attestation.Policy{SignerIDs: [][]byte{signer}, ProductID: 7, MinSecurityVersion: 3}
	good := attestation.Report{Kind: attestation.KindSGX, SignerID: signer, UniqueID: bytes.Repeat([]byte{1}, 32), ProductID: 7, SecurityVersion: 3, TCBStatus: attestation.TCBUpToDate}
	require.NoError(t, p.Check(good))

	for name, mutate := range map[string]func(*attestation.Report){
		"debug":           func(r *attestation.Report) { r.Debug = true },
		"unknown signer":  func(r *attestation.Report) { r.SignerID = bytes.Repeat([]byte{0xbb}, 32) },
		"other product":   func(r *attestation.Report) { r.ProductID = 8 },
		"old svn":         func(r *attestation.Report) { r.SecurityVersion = 2 },
		"empty signer id": func(r *attestation.Report) { r.SignerID = nil },
		"no TCB status":   func(r *attestation.Report) { r.TCBStatus = "" },
		"SW hardening needed, not accepted": func(r *attestation.Report) {
			r.TCBStatus, r.AdvisoryIDs = "SWHardeningNeeded", []string{"INTEL-SA-00615"}
		},
		"out of date": func(r *attestation.Report) { r.TCBStatus = "OutOfDate" },
	} {
		r := good
		mutate(&r)
		require.ErrorIs(t, p.Check(r), attestation.ErrPolicy, name)
	}
	// Governance accepts SWHardeningNeeded for listed advisories only.
	sw := p
	sw.AcceptedTCBStatuses = []string{attestation.TCBUpToDate, "SWHardeningNeeded"}
	sw.AllowedAdvisoryIDs = []string{"INTEL-SA-00615", "INTEL-SA-00334"}
	r0 := good
	r0.TCBStatus, r0.AdvisoryIDs = "SWHardeningNeeded", []string{"INTEL-SA-00615"}
	require.NoError(t, sw.Check(r0))
	r0.AdvisoryIDs = []string{"INTEL-SA-00615", "INTEL-SA-00657"}
	require.ErrorIs(t, sw.Check(r0), attestation.ErrPolicy)
	r0.TCBStatus, r0.AdvisoryIDs = "ConfigurationAndSWHardeningNeeded", []string{"INTEL-SA-00615"}
	require.ErrorIs(t, sw.Check(r0), attestation.ErrPolicy)
	require.NoError(t, sw.Check(good))
	// An accepted status that names no advisory (TCB Info v2 has none) is
	// not taken blindly.
	r0.TCBStatus, r0.AdvisoryIDs = "SWHardeningNeeded", nil
	require.ErrorIs(t, sw.Check(r0), attestation.ErrPolicy)

	// Collateral older than the required TCB evaluation is refused.
	fresh := p
	fresh.MinTCBEvaluationDataNumber = 18
	stale := good
	stale.TCBEvaluationDataNumber = 17
	require.ErrorIs(t, fresh.Check(stale), attestation.ErrPolicy)
	stale.TCBEvaluationDataNumber = 18
	require.NoError(t, fresh.Check(stale))

	// A trusted MRENCLAVE is enough on its own.
	byEnclave := attestation.Policy{UniqueIDs: [][]byte{good.UniqueID}, ProductID: 7}
	r := good
	r.SignerID = nil
	require.NoError(t, byEnclave.Check(r))
}

func FuzzVerify(f *testing.F) {
	q, _ := attestation.SimulationIssuer{}.Issue([]byte("rd"))
	f.Add(q)
	f.Add([]byte{2, 0, 0})
	f.Fuzz(func(t *testing.T, quote []byte) {
		r, err := attestation.KindVerifier{}.Verify(quote)
		if err == nil && r.Kind != attestation.KindSimulated {
			t.Fatal("only simulated quotes verify in this build")
		}
	})
}

// TestSimulatedQuoteLayout pins the byte layout enclave/README.md gives a
// second implementation (the TypeScript client reads it).
func TestSimulatedQuoteLayout(t *testing.T) {
	rd, err := attestation.ReportData("enigma-local-1", keys)
	require.NoError(t, err)
	q, err := attestation.SimulationIssuer{ProductID: 0x0102, SecurityVersion: 0x0304}.Issue(rd)
	require.NoError(t, err)
	require.Len(t, q, 170)
	require.Equal(t, byte(0x01), q[0])
	require.Equal(t, "ENIGMA SIMULATED QUOTE v1 NOT SECURE", string(q[1:37]))
	enclaveID := sha256.Sum256([]byte("enigma simulated enclave"))
	signerID := sha256.Sum256([]byte("enigma simulated signer"))
	require.Equal(t, enclaveID[:], q[37:69])
	require.Equal(t, signerID[:], q[69:101])
	require.Equal(t, []byte{0x01, 0x02, 0x03, 0x04, 0x00}, q[101:106], "product id, security version (big-endian), debug")
	require.Equal(t, rd, q[106:])
}
