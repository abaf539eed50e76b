package dcap

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// realSets are the real quotes and Intel collateral in testdata (see
// testdata/README.md for their provenance).
var realSets = []string{"automata-sgx-v3-2025-08", "phala-dcap-qvl-sgx-v3-2025-06", "phala-dcap-qvl-tdx-v4-2025-06"}

type realSet struct {
	name       string
	quote      []byte
	collateral *Collateral
	expected   expectedJSON
	at         time.Time
}

type expectedJSON struct {
	Quote struct {
		Version          int    `json:"version"`
		QESVN            int    `json:"qe_svn"`
		PCESVN           int    `json:"pce_svn"`
		UserData         string `json:"user_data"`
		SignatureDataLen int    `json:"signature_data_len"`
		QEAuthDataLen    int    `json:"qe_auth_data_len"`
		QuoteLen         int    `json:"quote_len"`
	} `json:"quote"`
	ISV *struct {
		CPUSVN     string `json:"cpusvn"`
		MiscSelect uint32 `json:"miscselect"`
		Attributes string `json:"attributes"`
		Debug      bool   `json:"debug"`
		MRENCLAVE  string `json:"mrenclave"`
		MRSIGNER   string `json:"mrsigner"`
		ISVProdID  uint16 `json:"isv_prod_id"`
		ISVSVN     uint16 `json:"isv_svn"`
		ConfigSVN  uint16 `json:"config_svn"`
		ReportData string `json:"report_data"`
	} `json:"isv_enclave_report"`
	TD *struct {
		TEETCBSVN      string `json:"tee_tcb_svn"`
		MRSEAM         string `json:"mrseam"`
		SEAMAttributes string `json:"seam_attributes"`
		TDAttributes   string `json:"td_attributes"`
		XFAM           string `json:"xfam"`
		MRTD           string `json:"mrtd"`
		RTMR0          string `json:"rtmr0"`
		RTMR3          string `json:"rtmr3"`
		ReportData     string `json:"report_data"`
	} `json:"td_report"`
	QEReport struct {
		MRSIGNER  string `json:"mrsigner"`
		ISVProdID uint16 `json:"isv_prod_id"`
		ISVSVN    uint16 `json:"isv_svn"`
	} `json:"qe_report"`
	AttestationKey string `json:"attestation_public_key"`
	PCK            struct {
		SGX *struct {
			FMSPC   string  `json:"fmspc"`
			PCEID   string  `json:"pceid"`
			CPUSVN  string  `json:"cpusvn"`
			PCESVN  uint16  `json:"pcesvn"`
			Comps   []uint8 `json:"tcb_comp_svns"`
			SGXType int     `json:"sgx_type"`
			PPID    string  `json:"ppid"`
		} `json:"sgx_extensions"`
		FMSPC  string  `json:"fmspc"`
		PCESVN uint16  `json:"pcesvn"`
		Comps  []uint8 `json:"tcb_comp_svns"`
	} `json:"pck_certificate"`
	Window struct {
		NotBefore time.Time `json:"not_before"`
		NotAfter  time.Time `json:"not_after"`
	} `json:"validity_window"`
	Expected struct {
		EvaluationTime time.Time `json:"evaluation_time"`
		Overall        string    `json:"overall_status"`
		TDXStatus      string    `json:"tcb_status"`
		Platform       string    `json:"platform_tcb_status"`
		PlatformDate   string    `json:"platform_tcb_date"`
		QEStatus       string    `json:"qe_identity_tcb_status"`
		Advisories     []string  `json:"advisory_ids"`
	} `json:"expected"`
}

func loadSet(t testing.TB, name string) realSet {
	t.Helper()
	dir := filepath.Join("testdata", name)
	q, err := os.ReadFile(filepath.Join(dir, "quote.bin"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := LoadCollateralDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e expectedJSON
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	return realSet{name: name, quote: q, collateral: c, expected: e, at: e.Expected.EvaluationTime}
}

func hx(b []byte) string { return hex.EncodeToString(b) }

func TestRealQuotesVerify(t *testing.T) {
	for _, name := range realSets {
		t.Run(name, func(t *testing.T) {
			s := loadSet(t, name)
			e := s.expected
			r, err := Verify(s.quote, s.collateral, nil, s.at)
			if err != nil {
				t.Fatalf("verify at %s: %v", s.at, err)
			}
			q := r.Quote
			eq := func(what string, got, want any) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %v, want %v", what, got, want)
				}
			}
			eq("version", int(q.Header.Version), e.Quote.Version)
			eq("quote length", len(s.quote), e.Quote.QuoteLen)
			eq("signature data length", len(s.quote)-len(q.Signed)-4-q.Trailing, e.Quote.SignatureDataLen)
			eq("QE auth data length", len(q.QEAuthData), e.Quote.QEAuthDataLen)
			eq("QE MRSIGNER", hx(q.QEReport.MRSIGNER[:]), e.QEReport.MRSIGNER)
			eq("QE ISVPRODID", q.QEReport.ISVProdID, e.QEReport.ISVProdID)
			eq("QE ISVSVN", q.QEReport.ISVSVN, e.QEReport.ISVSVN)
			if e.ISV != nil {
				eq("QE SVN", int(q.Header.QESVN), e.Quote.QESVN)
				eq("PCE SVN", int(q.Header.PCESVN), e.Quote.PCESVN)
				eq("user data", hx(q.Header.UserData[:]), e.Quote.UserData)
				eq("attestation key", hx(q.AttestationKey[:]), e.AttestationKey)
				eq("TEE", r.TEE, "SGX")
				eq("CPUSVN", hx(q.SGX.CPUSVN[:]), e.ISV.CPUSVN)
				eq("MISCSELECT", q.SGX.MiscSelect, e.ISV.MiscSelect)
				eq("attributes", hx(q.SGX.Attributes[:]), e.ISV.Attributes)
				eq("debug", r.Debug, e.ISV.Debug)
				eq("MRENCLAVE", hx(r.MRENCLAVE[:]), e.ISV.MRENCLAVE)
				eq("MRSIGNER", hx(r.MRSIGNER[:]), e.ISV.MRSIGNER)
				eq("ISVPRODID", r.ISVProdID, e.ISV.ISVProdID)
				eq("ISVSVN", r.ISVSVN, e.ISV.ISVSVN)
				eq("CONFIGSVN", q.SGX.ConfigSVN, e.ISV.ConfigSVN)
				eq("report data", hx(r.ReportData[:]), e.ISV.ReportData)
				x := e.PCK.SGX
				eq("FMSPC", hx(r.PCK.FMSPC[:]), x.FMSPC)
				eq("PCE-ID", hx(r.PCK.PCEID[:]), x.PCEID)
				eq("PCK CPUSVN", hx(r.PCK.CPUSVN[:]), x.CPUSVN)
				eq("PCESVN", r.PCK.PCESVN, x.PCESVN)
				eq("SGX type", r.PCK.SGXType, x.SGXType)
				eq("PPID", hx(r.PCK.PPID), x.PPID)
				if !slices.Equal(r.PCK.TCBComps[:], x.Comps) {
					t.Errorf("TCB components %v, want %v", r.PCK.TCBComps, x.Comps)
				}
				eq("platform status", r.PlatformTCBStatus, e.Expected.Platform)
				eq("QE status", r.QETCBStatus, e.Expected.QEStatus)
				eq("TCB date", r.TCBDate.UTC().Format(time.RFC3339), e.Expected.PlatformDate)
				eq("status", r.TCBStatus, e.Expected.Overall)
			} else {
				eq("TEE", r.TEE, "TDX")
				eq("outer certification data type", q.OuterCertDataType, uint16(6))
				eq("inner certification data type", q.CertDataType, uint16(5))
				eq("trailing bytes", q.Trailing, 70)
				eq("signed bytes", len(q.Signed), 632)
				eq("TEE_TCB_SVN", hx(q.TD.TEETCBSVN[:]), e.TD.TEETCBSVN)
				eq("MRSEAM", hx(q.TD.MRSEAM[:]), e.TD.MRSEAM)
				eq("SEAM attributes", hx(q.TD.SEAMAttributes[:]), e.TD.SEAMAttributes)
				eq("TD attributes", hx(q.TD.TDAttributes[:]), e.TD.TDAttributes)
				eq("XFAM", hx(q.TD.XFAM[:]), e.TD.XFAM)
				eq("MRTD", hx(q.TD.MRTD[:]), e.TD.MRTD)
				eq("RTMR0", hx(q.TD.RTMR[0][:]), e.TD.RTMR0)
				eq("RTMR3", hx(q.TD.RTMR[3][:]), e.TD.RTMR3)
				eq("report data", hx(r.ReportData[:]), e.TD.ReportData)
				eq("debug", r.Debug, false)
				eq("FMSPC", hx(r.PCK.FMSPC[:]), e.PCK.FMSPC)
				eq("PCESVN", r.PCK.PCESVN, e.PCK.PCESVN)
				if !slices.Equal(r.PCK.TCBComps[:], e.PCK.Comps) {
					t.Errorf("TCB components %v, want %v", r.PCK.TCBComps, e.PCK.Comps)
				}
				eq("status", r.TCBStatus, e.Expected.TDXStatus)
			}
			if !slices.Equal(r.AdvisoryIDs, e.Expected.Advisories) {
				t.Errorf("advisories %q, want %q", r.AdvisoryIDs, e.Expected.Advisories)
			}
		})
	}
}

// TestRealQuotesValidityWindow: each set verifies at both ends of its
// collateral's validity window and fails with ErrExpired one second outside.
func TestRealQuotesValidityWindow(t *testing.T) {
	for _, name := range realSets {
		s := loadSet(t, name)
		w := s.expected.Window
		for _, at := range []time.Time{w.NotBefore, w.NotAfter} {
			if _, err := Verify(s.quote, s.collateral, nil, at); err != nil {
				t.Errorf("%s at %s (inside the window): %v", name, at, err)
			}
		}
		for _, at := range []time.Time{w.NotBefore.Add(-time.Second), w.NotAfter.Add(time.Second), time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2050, 1, 1, 0, 0, 0, 0, time.UTC)} {
			_, err := Verify(s.quote, s.collateral, nil, at)
			if !errors.Is(err, ErrExpired) {
				t.Errorf("%s at %s (outside the window): err %v, want ErrExpired", name, at, err)
			}
		}
	}
}

func TestOEReportRoundTrip(t *testing.T) {
	s := loadSet(t, realSets[0])
	wrapped := WrapOEReport(s.quote)
	got, err := UnwrapOEReport(wrapped)
	if err != nil || string(got) != string(s.quote) {
		t.Fatalf("unwrap: %v", err)
	}
	for _, bad := range [][]byte{wrapped[:15], wrapped[:len(wrapped)-1], append(append([]byte{}, wrapped...), 0)} {
		if _, err := UnwrapOEReport(bad); !errors.Is(err, ErrQuoteFormat) {
			t.Errorf("unwrap of %d bytes: %v", len(bad), err)
		}
	}
	for _, i := range []int{0, 4} {
		b := append([]byte{}, wrapped...)
		b[i] ^= 0x04
		if _, err := UnwrapOEReport(b); !errors.Is(err, ErrQuoteFormat) {
			t.Errorf("header byte %d flipped: %v", i, err)
		}
	}
}
