// Package dcaptest makes a synthetic Intel-like DCAP hierarchy for tests: a
// root CA, a PCK Platform CA, a PCK certificate with the Intel SGX
// extensions (FMSPC, PCE-ID, TCB components), a TCB Signing certificate,
// both CRLs, signed TCB Info and QE Identity, and ECDSA v3 quotes signed
// through it. Everything is generated at run time with fresh keys; nothing
// it makes verifies against the real Intel root.
package dcaptest

import (
	"cmp"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"time"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
)

// Epoch is when the synthetic collateral is issued; it is valid for 30
// days from then, the certificates for ten years.
var Epoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Level is one platform TCB level of the synthetic TCB Info.
type Level struct {
	Comps      [16]uint8
	PCESVN     uint16
	Status     string
	Advisories []string
}

// Options shape the synthetic platform. The zero value is a platform at
// TCB components all 5, PCESVN 10, FMSPC 00906ed50000, whose TCB Info has
// one UpToDate level at exactly that TCB.
type Options struct {
	FMSPC    [6]byte
	Comps    [16]uint8
	PCESVN   uint16
	SetComps bool
	// TCBInfoFMSPC, when set, is written in the TCB Info instead of FMSPC.
	TCBInfoFMSPC []byte
	// Levels replace the default single UpToDate level.
	Levels []Level
	// RevokePCK, RevokePCKCA and RevokeSigner put those certificates on
	// their CRLs.
	RevokePCK, RevokePCKCA, RevokeSigner bool
	// QEISVSVN is the quoting enclave's SVN (default 8; the QE Identity
	// says 8 and above is UpToDate, 6 and 7 OutOfDate).
	QEISVSVN uint16
	// TCBInfoV2 writes TCB Info version 2 (no id; components named
	// sgxtcbcomp01svn … sgxtcbcomp16svn) instead of version 3.
	TCBInfoV2 bool
	// QEMiscSelect is the quoting enclave's MISCSELECT (the report holds it
	// little-endian); QEIdentityMiscSelect, when set, is the hex the QE
	// Identity names (default "00000000", mask "FFFFFFFF").
	QEMiscSelect         uint32
	QEIdentityMiscSelect string
	// QEIdentityMiscSelectMask, when set, replaces the mask "FFFFFFFF".
	QEIdentityMiscSelectMask string
}

// Platform is a synthetic CA hierarchy and one platform certified by it.
type Platform struct {
	Root, PCKCA, PCK, Signer          *x509.Certificate
	rootKey, caKey, pckKey, signerKey *ecdsa.PrivateKey
	attKey                            *ecdsa.PrivateKey
	opts                              Options
	collateral                        *dcap.Collateral
}

// QEMRSIGNER is the synthetic quoting enclave's signer.
var QEMRSIGNER = sha256.Sum256([]byte("dcaptest quoting enclave"))

// QE is the synthetic quoting enclave, for dcap.SignatureVerifier.
var QE = &dcap.QEPin{MRSIGNER: QEMRSIGNER, ISVProdID: 1}

// New makes a platform.
func New(o Options) (*Platform, error) {
	if o.FMSPC == ([6]byte{}) {
		o.FMSPC = [6]byte{0x00, 0x90, 0x6e, 0xd5, 0x00, 0x00}
	}
	if !o.SetComps {
		for i := range o.Comps {
			o.Comps[i] = 5
		}
		o.PCESVN = 10
	}
	if o.QEISVSVN == 0 {
		o.QEISVSVN = 8
	}
	if o.Levels == nil {
		o.Levels = []Level{{Comps: o.Comps, PCESVN: o.PCESVN, Status: dcap.StatusUpToDate}}
	}
	p := &Platform{opts: o}
	var err error
	keys := []**ecdsa.PrivateKey{&p.rootKey, &p.caKey, &p.pckKey, &p.signerKey, &p.attKey}
	for _, k := range keys {
		if *k, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
			return nil, err
		}
	}
	notBefore, notAfter := Epoch.AddDate(-1, 0, 0), Epoch.AddDate(10, 0, 0)
	ca := func(serial int64, cn string) *x509.Certificate {
		return &x509.Certificate{
			SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: cn, Organization: []string{"dcaptest"}},
			NotBefore: notBefore, NotAfter: notAfter, IsCA: true, BasicConstraintsValid: true,
			KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		}
	}
	if p.Root, err = issue(ca(1, "Intel SGX Root CA"), nil, &p.rootKey.PublicKey, p.rootKey); err != nil {
		return nil, err
	}
	caTmpl := ca(2, "Intel SGX PCK Platform CA")
	caTmpl.MaxPathLenZero = true
	if p.PCKCA, err = issue(caTmpl, p.Root, &p.caKey.PublicKey, p.rootKey); err != nil {
		return nil, err
	}
	ext, err := sgxExtensions(o)
	if err != nil {
		return nil, err
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "Intel SGX PCK Certificate"},
		NotBefore: notBefore, NotAfter: notAfter, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtraExtensions: []pkix.Extension{{Id: dcap.OIDSGXExtensions, Value: ext}},
	}
	if p.PCK, err = issue(leaf, p.PCKCA, &p.pckKey.PublicKey, p.caKey); err != nil {
		return nil, err
	}
	signer := &x509.Certificate{
		SerialNumber: big.NewInt(4), Subject: pkix.Name{CommonName: "Intel SGX TCB Signing"},
		NotBefore: notBefore, NotAfter: notAfter, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		BasicConstraintsValid: true,
	}
	if p.Signer, err = issue(signer, p.Root, &p.signerKey.PublicKey, p.rootKey); err != nil {
		return nil, err
	}
	if p.collateral, err = p.makeCollateral(); err != nil {
		return nil, err
	}
	return p, nil
}

func issue(tmpl, parent *x509.Certificate, pub *ecdsa.PublicKey, key *ecdsa.PrivateKey) (*x509.Certificate, error) {
	if parent == nil {
		parent = tmpl
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, key)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

type asnEntry struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

func entry(base asn1.ObjectIdentifier, n int, v any) (asnEntry, error) {
	b, err := asn1.Marshal(v)
	if err != nil {
		return asnEntry{}, err
	}
	id := append(append(asn1.ObjectIdentifier{}, base...), n)
	return asnEntry{ID: id, Value: asn1.RawValue{FullBytes: b}}, nil
}

// sgxExtensions encodes the Intel SGX extensions as Intel's PCK profile
// lays them out.
func sgxExtensions(o Options) ([]byte, error) {
	base := dcap.OIDSGXExtensions
	tcbOID := append(append(asn1.ObjectIdentifier{}, base...), 2)
	var tcb []asnEntry
	for i, svn := range o.Comps {
		e, err := entry(tcbOID, i+1, int(svn))
		if err != nil {
			return nil, err
		}
		tcb = append(tcb, e)
	}
	e, err := entry(tcbOID, 17, int(o.PCESVN))
	if err != nil {
		return nil, err
	}
	tcb = append(tcb, e)
	if e, err = entry(tcbOID, 18, o.Comps[:]); err != nil {
		return nil, err
	}
	tcb = append(tcb, e)
	var all []asnEntry
	for _, x := range []struct {
		n int
		v any
	}{{1, make([]byte, 16)}, {2, tcb}, {3, []byte{0, 0}}, {4, o.FMSPC[:]}, {5, asn1.Enumerated(0)}} {
		e, err := entry(base, x.n, x.v)
		if err != nil {
			return nil, err
		}
		all = append(all, e)
	}
	return asn1.Marshal(all)
}

func pemChain(certs ...*x509.Certificate) []byte {
	var out []byte
	for _, c := range certs {
		out = append(out, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return out
}

func rawSign(key *ecdsa.PrivateKey, msg []byte) ([]byte, error) {
	h := sha256.Sum256(msg)
	r, s, err := ecdsa.Sign(rand.Reader, key, h[:])
	if err != nil {
		return nil, err
	}
	out := make([]byte, 64)
	r.FillBytes(out[:32])
	s.FillBytes(out[32:])
	return out, nil
}

// signedDoc wraps body as PCS serves it: {"<key>":<body>,"signature":"hex"}.
func signedDoc(key string, body []byte, signer *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := rawSign(signer, body)
	if err != nil {
		return nil, err
	}
	return fmt.Appendf(nil, `{%q:%s,"signature":%q}`, key, body, hex.EncodeToString(sig)), nil
}

func (p *Platform) makeCollateral() (*dcap.Collateral, error) {
	o := p.opts
	issued, next := Epoch.Add(-time.Hour).Format(time.RFC3339), Epoch.AddDate(0, 0, 30).Format(time.RFC3339)
	type comp struct {
		SVN uint8 `json:"svn"`
	}
	type tcb struct {
		SGX    []comp `json:"sgxtcbcomponents"`
		PCESVN uint16 `json:"pcesvn"`
	}
	type level struct {
		TCB        tcb      `json:"tcb"`
		TCBDate    string   `json:"tcbDate"`
		TCBStatus  string   `json:"tcbStatus"`
		Advisories []string `json:"advisoryIDs,omitempty"`
	}
	var levels []level
	var levelsV2 []map[string]any
	for _, l := range o.Levels {
		t := tcb{PCESVN: l.PCESVN}
		v2 := map[string]any{"pcesvn": l.PCESVN}
		for i, c := range l.Comps {
			t.SGX = append(t.SGX, comp{c})
			v2[fmt.Sprintf("sgxtcbcomp%02dsvn", i+1)] = c
		}
		levels = append(levels, level{TCB: t, TCBDate: "2025-01-01T00:00:00Z", TCBStatus: l.Status, Advisories: l.Advisories})
		levelsV2 = append(levelsV2, map[string]any{"tcb": v2, "tcbDate": "2025-01-01T00:00:00Z", "tcbStatus": l.Status, "advisoryIDs": l.Advisories})
	}
	fmspc := o.FMSPC[:]
	if o.TCBInfoFMSPC != nil {
		fmspc = o.TCBInfoFMSPC
	}
	doc := map[string]any{
		"id": "SGX", "version": 3, "issueDate": issued, "nextUpdate": next, "fmspc": hex.EncodeToString(fmspc),
		"pceId": "0000", "tcbType": 0, "tcbEvaluationDataNumber": 17, "tcbLevels": levels,
	}
	if o.TCBInfoV2 {
		delete(doc, "id")
		doc["version"], doc["tcbLevels"] = 2, levelsV2
	}
	info, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	tcbInfo, err := signedDoc("tcbInfo", info, p.signerKey)
	if err != nil {
		return nil, err
	}
	qeLevels := []map[string]any{
		{"tcb": map[string]int{"isvsvn": 8}, "tcbDate": "2025-01-01T00:00:00Z", "tcbStatus": dcap.StatusUpToDate},
		{"tcb": map[string]int{"isvsvn": 6}, "tcbDate": "2024-01-01T00:00:00Z", "tcbStatus": dcap.StatusOutOfDate, "advisoryIDs": []string{"INTEL-SA-00615"}},
	}
	qe, err := json.Marshal(map[string]any{
		"id": "QE", "version": 2, "issueDate": issued, "nextUpdate": next, "tcbEvaluationDataNumber": 17,
		"miscselect": cmp.Or(o.QEIdentityMiscSelect, "00000000"), "miscselectMask": cmp.Or(o.QEIdentityMiscSelectMask, "FFFFFFFF"), "attributes": "11000000000000000000000000000000",
		"attributesMask": "FBFFFFFFFFFFFFFF0000000000000000", "mrsigner": hex.EncodeToString(QEMRSIGNER[:]), "isvprodid": 1,
		"tcbLevels": qeLevels,
	})
	if err != nil {
		return nil, err
	}
	qeIdentity, err := signedDoc("enclaveIdentity", qe, p.signerKey)
	if err != nil {
		return nil, err
	}
	var pckRevoked, rootRevoked []x509.RevocationListEntry
	revoke := func(list *[]x509.RevocationListEntry, c *x509.Certificate) {
		*list = append(*list, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: Epoch.AddDate(0, -1, 0)})
	}
	// A CRL that lists someone else keeps revocation lookups honest.
	pckRevoked = append(pckRevoked, x509.RevocationListEntry{SerialNumber: big.NewInt(99), RevocationTime: Epoch.AddDate(0, -1, 0)})
	if o.RevokePCK {
		revoke(&pckRevoked, p.PCK)
	}
	if o.RevokePCKCA {
		revoke(&rootRevoked, p.PCKCA)
	}
	if o.RevokeSigner {
		revoke(&rootRevoked, p.Signer)
	}
	crl := func(entries []x509.RevocationListEntry, issuer *x509.Certificate, key *ecdsa.PrivateKey) ([]byte, error) {
		return x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
			Number: big.NewInt(1), ThisUpdate: Epoch.Add(-time.Hour), NextUpdate: Epoch.AddDate(0, 0, 30),
			RevokedCertificateEntries: entries,
		}, issuer, key)
	}
	pckCRL, err := crl(pckRevoked, p.PCKCA, p.caKey)
	if err != nil {
		return nil, err
	}
	rootCRL, err := crl(rootRevoked, p.Root, p.rootKey)
	if err != nil {
		return nil, err
	}
	signing := pemChain(p.Signer, p.Root)
	return &dcap.Collateral{
		PCKCRL: pckCRL, PCKCRLIssuerChain: pemChain(p.PCKCA, p.Root), RootCACRL: rootCRL,
		TCBInfo: tcbInfo, TCBInfoIssuerChain: signing, QEIdentity: qeIdentity, QEIdentityIssuerChain: signing,
	}, nil
}

// Collateral returns a copy of the platform's collateral.
func (p *Platform) Collateral() *dcap.Collateral {
	c := *p.collateral
	return &c
}

// Enclave is the ISV enclave a quote describes.
type Enclave struct {
	MRENCLAVE, MRSIGNER [32]byte
	ProductID, SVN      uint16
	Debug               bool
	ReportData          [64]byte
}

// Quote returns a v3 ECDSA quote of e, signed through the hierarchy.
func (p *Platform) Quote(e Enclave) ([]byte, error) {
	q := make([]byte, 0, 5000)
	q = binary.LittleEndian.AppendUint16(q, 3)
	q = binary.LittleEndian.AppendUint16(q, 2)
	q = binary.LittleEndian.AppendUint32(q, 0)
	q = binary.LittleEndian.AppendUint16(q, p.opts.QEISVSVN)
	q = binary.LittleEndian.AppendUint16(q, p.opts.PCESVN)
	q = append(q, 0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07)
	q = append(q, make([]byte, 20)...)
	attrs := [16]byte{0x05, 0, 0, 0, 0, 0, 0, 0, 0xe7}
	if e.Debug {
		attrs[0] |= 0x02
	}
	q = append(q, report(p.opts.Comps, attrs, e.MRENCLAVE, e.MRSIGNER, e.ProductID, e.SVN, e.ReportData)...)

	uncompressed, err := p.attKey.PublicKey.Bytes()
	if err != nil {
		return nil, err
	}
	attPub := uncompressed[1:] // X‖Y, as the quote carries it
	sig, err := rawSign(p.attKey, q)
	if err != nil {
		return nil, err
	}
	auth := sha256.Sum256([]byte("dcaptest QE authentication data"))
	bind := sha256.Sum256(append(append([]byte{}, attPub...), auth[:]...))
	var qeData [64]byte
	copy(qeData[:], bind[:])
	qeReport := report(p.opts.Comps, [16]byte{0x15, 0, 0, 0, 0, 0, 0, 0, 0xe7}, sha256.Sum256([]byte("qe")), QEMRSIGNER, 1, p.opts.QEISVSVN, qeData)
	binary.LittleEndian.PutUint32(qeReport[16:20], p.opts.QEMiscSelect)
	qeSig, err := rawSign(p.pckKey, qeReport)
	if err != nil {
		return nil, err
	}
	certData := append(pemChain(p.PCK, p.PCKCA, p.Root), 0)
	var sd []byte
	sd = append(sd, sig...)
	sd = append(sd, attPub...)
	sd = append(sd, qeReport...)
	sd = append(sd, qeSig...)
	sd = binary.LittleEndian.AppendUint16(sd, uint16(len(auth)))
	sd = append(sd, auth[:]...)
	sd = binary.LittleEndian.AppendUint16(sd, 5)
	sd = binary.LittleEndian.AppendUint32(sd, uint32(len(certData)))
	sd = append(sd, certData...)
	q = binary.LittleEndian.AppendUint32(q, uint32(len(sd)))
	return append(q, sd...), nil
}

func report(cpusvn [16]uint8, attrs [16]byte, mrenclave, mrsigner [32]byte, prod, svn uint16, data [64]byte) []byte {
	b := make([]byte, 384)
	copy(b[0:16], cpusvn[:])
	copy(b[48:64], attrs[:])
	copy(b[64:96], mrenclave[:])
	copy(b[128:160], mrsigner[:])
	binary.LittleEndian.PutUint16(b[256:258], prod)
	binary.LittleEndian.PutUint16(b[258:260], svn)
	copy(b[320:384], data[:])
	return b
}
