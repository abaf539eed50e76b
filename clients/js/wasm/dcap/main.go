//go:build js && wasm

// Command dcap is the repository's DCAP verifier (enclave/attestation/dcap)
// for JavaScript: built with GOOS=js GOARCH=wasm (clients/js/scripts/
// build-wasm.sh) into clients/js/dist/dcap.wasm and loaded by
// clients/js/src/dcap.ts, so that the TypeScript client verifies SGX quotes
// with the very code the chain and the Go client run.
//
// It sets one global, enigmaDcap, with
//
//	verify(quote: Uint8Array, nowMs: number, collateralJSON?: string): string
//
// quote is a quote in the chain's form (the worker record's quote: kind
// byte 0x02, the Open Enclave remote report header, the DCAP quote). nowMs
// is the evaluation time in Unix milliseconds. Without collateral (undefined
// or null) it runs dcap.SignatureVerifier (the PCK chain to the pinned Intel
// SGX Root CA, the signatures, Intel's quoting enclave; no TCB verdict), as
// client/attest.go does when it takes the TCB status from the chain; with
// collateral it runs dcap.Verifier (revocation, TCB Info, QE Identity, TCB
// level too). The answer is JSON:
//
//	{"ok":true,"report":{...}}  or  {"ok":false,"error":"...","code":"..."}
//
// The collateral JSON is one object whose keys are the file names of a
// collateral directory without their extension (dcap.LoadCollateralDir),
// each mapping to one field of dcap.Collateral; unknown keys are refused:
//
//	pck_cert_chain          PEM text (optional, unused: the quote carries it)
//	pck_crl                 hex of the DER CRL (optionally 0x-prefixed), or PEM text
//	pck_crl_issuer_chain    PEM text (optional)
//	root_ca_crl             hex of the DER CRL (optionally 0x-prefixed), or PEM text
//	tcb_info                the signed TCB Info exactly as PCS serves it
//	tcb_info_issuer_chain   PEM text
//	qe_identity             the signed QE Identity exactly as PCS serves it
//	qe_identity_issuer_chain PEM text
//
// The text fields are the documents' bytes as UTF-8 strings (the signatures
// cover the exact bytes, so they are passed through untouched); the CRLs are
// binary DER, hence hex (as Intel's PCCS serves them).
package main

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math"
	"strings"
	"syscall/js"
	"time"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
)

// Input bounds, far above real quotes (about 5 KB) and collateral (about
// 20 KB as JSON): the verifier refuses anything larger anyway, these only
// stop a large copy into the WebAssembly memory first.
const (
	maxQuoteBytes      = 1 << 20
	maxCollateralBytes = 1 << 20
)

// report is attestation.Report in JSON, with what the PCK certificate says
// about the platform and whether the TCB was evaluated.
type report struct {
	Kind            string `json:"kind"`
	MRENCLAVE       string `json:"mrenclave"`
	MRSIGNER        string `json:"mrsigner"`
	ProductID       uint16 `json:"productId"`
	SecurityVersion uint16 `json:"securityVersion"`
	Debug           bool   `json:"debug"`
	ReportData      string `json:"reportData"`
	// TCBEvaluated: the collateral was given and the TCB fields below are
	// its verdict; false: TCBStatus is "", AdvisoryIDs empty and the
	// evaluation data number 0 (take the verdict from the chain).
	TCBEvaluated            bool     `json:"tcbEvaluated"`
	TCBStatus               string   `json:"tcbStatus"`
	AdvisoryIDs             []string `json:"advisoryIds"`
	TCBEvaluationDataNumber uint32   `json:"tcbEvaluationDataNumber"`
	FMSPC                   string   `json:"fmspc"`
	PCEID                   string   `json:"pceId"`
	// Quote is the quote's one stored form (low-s signatures, chain
	// framing); Canonical says whether the input was exactly it (a worker
	// record's quote must be).
	Quote     string `json:"quote"`
	Canonical bool   `json:"canonical"`
}

type answer struct {
	OK     bool    `json:"ok"`
	Report *report `json:"report,omitempty"`
	Error  string  `json:"error,omitempty"`
	// Code names the failed check (the dcap or attestation sentinel error).
	Code string `json:"code,omitempty"`
}

// collateralJSON is dcap.Collateral field for field.
type collateralJSON struct {
	PCKCertChain          *string `json:"pck_cert_chain"`
	PCKCRL                *string `json:"pck_crl"`
	PCKCRLIssuerChain     *string `json:"pck_crl_issuer_chain"`
	RootCACRL             *string `json:"root_ca_crl"`
	TCBInfo               *string `json:"tcb_info"`
	TCBInfoIssuerChain    *string `json:"tcb_info_issuer_chain"`
	QEIdentity            *string `json:"qe_identity"`
	QEIdentityIssuerChain *string `json:"qe_identity_issuer_chain"`
}

// errCollateralJSON is an unreadable collateral argument.
var errCollateralJSON = errors.New("dcap wasm: collateral JSON")

func parseCollateral(s string) (*dcap.Collateral, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var j collateralJSON
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("%w: %v", errCollateralJSON, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the object", errCollateralJSON)
	}
	text := func(p *string) []byte {
		if p == nil {
			return nil
		}
		return []byte(*p)
	}
	crl := func(p *string, key string) ([]byte, error) {
		if p == nil {
			return nil, nil
		}
		v := *p
		if strings.HasPrefix(v, "-----BEGIN") {
			return []byte(v), nil
		}
		v = strings.TrimPrefix(strings.TrimPrefix(v, "0x"), "0X")
		b, err := hex.DecodeString(v)
		if err != nil {
			return nil, fmt.Errorf("%w: %s is neither hex DER nor PEM: %v", errCollateralJSON, key, err)
		}
		return b, nil
	}
	c := &dcap.Collateral{
		PCKCertChain:          text(j.PCKCertChain),
		PCKCRLIssuerChain:     text(j.PCKCRLIssuerChain),
		TCBInfo:               text(j.TCBInfo),
		TCBInfoIssuerChain:    text(j.TCBInfoIssuerChain),
		QEIdentity:            text(j.QEIdentity),
		QEIdentityIssuerChain: text(j.QEIdentityIssuerChain),
	}
	var err error
	if c.PCKCRL, err = crl(j.PCKCRL, "pck_crl"); err != nil {
		return nil, err
	}
	if c.RootCACRL, err = crl(j.RootCACRL, "root_ca_crl"); err != nil {
		return nil, err
	}
	return c, nil
}

// codes name the sentinel errors, most specific first.
var codes = []struct {
	err  error
	code string
}{
	{dcap.ErrQuoteFormat, "quote_format"},
	{dcap.ErrQuoteSignature, "quote_signature"},
	{dcap.ErrQEReportSignature, "qe_report_signature"},
	{dcap.ErrQEReportData, "qe_report_data"},
	{dcap.ErrCertificate, "certificate"},
	{dcap.ErrPCKChain, "pck_chain"},
	{dcap.ErrSigningChain, "signing_chain"},
	{dcap.ErrCRL, "crl"},
	{dcap.ErrRevoked, "revoked"},
	{dcap.ErrExpired, "expired"},
	{dcap.ErrPCKExtension, "pck_extension"},
	{dcap.ErrTCBInfoSignature, "tcb_info_signature"},
	{dcap.ErrTCBInfo, "tcb_info"},
	{dcap.ErrQEIdentitySig, "qe_identity_signature"},
	{dcap.ErrQEIdentity, "qe_identity"},
	{dcap.ErrFMSPC, "fmspc"},
	{dcap.ErrQEMismatch, "qe_mismatch"},
	{dcap.ErrTCBLevel, "tcb_level"},
	{dcap.ErrCollateral, "collateral"},
	{attestation.ErrMalformedQuote, "malformed_quote"},
	{errCollateralJSON, "collateral_json"},
	{errArgument, "argument"},
}

func codeOf(err error) string {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "internal"
}

var errArgument = errors.New("dcap wasm: bad argument")

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

// verify runs the verifier the arguments call for.
func verify(quote []byte, now time.Time, collateral *string) (*report, error) {
	var (
		r   attestation.Report
		err error
	)
	if collateral == nil {
		r, err = dcap.SignatureVerifier{Time: now, QE: &dcap.IntelQE}.Verify(quote)
	} else {
		var c *dcap.Collateral
		if c, err = parseCollateral(*collateral); err != nil {
			return nil, err
		}
		r, err = dcap.Verifier{Collateral: c, Time: now}.Verify(quote)
	}
	if err != nil {
		return nil, err
	}
	out := &report{
		Kind: r.Kind.String(), MRENCLAVE: hex0x(r.UniqueID), MRSIGNER: hex0x(r.SignerID),
		ProductID: r.ProductID, SecurityVersion: r.SecurityVersion, Debug: r.Debug, ReportData: hex0x(r.Data),
		TCBEvaluated: collateral != nil, TCBStatus: r.TCBStatus, AdvisoryIDs: r.AdvisoryIDs,
		TCBEvaluationDataNumber: r.TCBEvaluationDataNumber,
		Quote:                   hex0x(r.Quote), Canonical: bytes.Equal(r.Quote, quote),
	}
	if out.AdvisoryIDs == nil {
		out.AdvisoryIDs = []string{}
	}
	// The platform (FMSPC, PCE-ID) is in the PCK certificate the verifier
	// has just checked; attestation.Report does not carry it.
	if pck, err := pckOf(r.Quote); err == nil {
		out.FMSPC, out.PCEID = hex0x(pck.FMSPC[:]), hex0x(pck.PCEID[:])
	}
	return out, nil
}

// pckOf reads the PCK certificate's SGX extensions of a verified quote in
// the chain's form.
func pckOf(quote []byte) (*dcap.PCKExtensions, error) {
	raw, err := dcap.UnwrapOEReport(quote[1:])
	if err != nil {
		return nil, err
	}
	q, err := dcap.ParseQuote(raw)
	if err != nil {
		return nil, err
	}
	blk, _ := pem.Decode(q.CertData)
	if blk == nil {
		return nil, errors.New("no PEM certificate")
	}
	leaf, err := x509.ParseCertificate(blk.Bytes)
	if err != nil {
		return nil, err
	}
	return dcap.ParsePCKExtensions(leaf)
}

// jsVerify is enigmaDcap.verify: it reads the arguments, verifies and
// answers JSON, never a panic or a JS exception.
func jsVerify(_ js.Value, args []js.Value) (result any) {
	defer func() {
		if p := recover(); p != nil {
			result = encode(answer{Error: fmt.Sprintf("dcap wasm: internal error: %v", p), Code: "internal"})
		}
	}()
	rep, err := call(args)
	if err != nil {
		return encode(answer{Error: err.Error(), Code: codeOf(err)})
	}
	return encode(answer{OK: true, Report: rep})
}

func call(args []js.Value) (*report, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, fmt.Errorf("%w: verify(quote: Uint8Array, nowMs: number, collateralJSON?: string) takes 2 or 3 arguments, got %d", errArgument, len(args))
	}
	q := args[0]
	if q.Type() != js.TypeObject || !q.InstanceOf(js.Global().Get("Uint8Array")) {
		return nil, fmt.Errorf("%w: the quote must be a Uint8Array", errArgument)
	}
	n := q.Get("length").Int()
	if n == 0 || n > maxQuoteBytes {
		return nil, fmt.Errorf("%w: the quote is %d bytes (1 to %d)", errArgument, n, maxQuoteBytes)
	}
	quote := make([]byte, n)
	js.CopyBytesToGo(quote, q)

	if args[1].Type() != js.TypeNumber {
		return nil, fmt.Errorf("%w: nowMs must be a number (Unix milliseconds)", errArgument)
	}
	ms := args[1].Float()
	// ±8.64e15 ms is the range of a JS Date.
	if math.IsNaN(ms) || math.IsInf(ms, 0) || math.Abs(ms) > 8.64e15 {
		return nil, fmt.Errorf("%w: nowMs %v is not a valid time", errArgument, ms)
	}
	now := time.UnixMilli(int64(ms)).UTC()

	var collateral *string
	if len(args) == 3 {
		switch c := args[2]; c.Type() {
		case js.TypeUndefined, js.TypeNull:
		case js.TypeString:
			s := c.String()
			if len(s) > maxCollateralBytes {
				return nil, fmt.Errorf("%w: the collateral JSON is %d bytes, the limit is %d", errArgument, len(s), maxCollateralBytes)
			}
			collateral = &s
		default:
			return nil, fmt.Errorf("%w: the collateral must be a JSON string, undefined or null", errArgument)
		}
	}
	return verify(quote, now, collateral)
}

func encode(a answer) string {
	b, err := json.Marshal(a)
	if err != nil {
		return `{"ok":false,"error":"dcap wasm: cannot encode the answer","code":"internal"}`
	}
	return string(b)
}

func main() {
	obj := js.Global().Get("Object").New()
	obj.Set("verify", js.FuncOf(jsVerify))
	obj.Set("intelRootSha256", dcap.IntelRootSHA256)
	js.Global().Set("enigmaDcap", obj)
	// Serve calls for as long as the page or process lives.
	select {}
}
