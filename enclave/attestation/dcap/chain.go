package dcap

import (
	encasn1 "encoding/asn1"
	"errors"

	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"math/big"
	"time"

	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// Subject common names of Intel's PCK issuing CAs and TCB signer.
const (
	cnPlatformCA = "Intel SGX PCK Platform CA"
	cnProcessor  = "Intel SGX PCK Processor CA"
	cnTCBSigning = "Intel SGX TCB Signing"
	maxChainPEM  = 16 << 10
)

// parsePEMChain parses PEM certificates, leaf first, in the one framing
// pemBlocks accepts.
func parsePEMChain(b []byte, what string) ([]*x509.Certificate, error) {
	if len(b) > maxChainPEM {
		return nil, fmt.Errorf("%w: %s of %d bytes", ErrCertificate, what, len(b))
	}
	ders, err := pemBlocks(b, "CERTIFICATE", what)
	if err != nil {
		return nil, err
	}
	out := make([]*x509.Certificate, len(ders))
	for i, der := range ders {
		if err := exactDER(der); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrCertificate, what, err)
		}
		if out[i], err = x509.ParseCertificate(der); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrCertificate, what, err)
		}
	}
	return out, nil
}

// pemBlocks decodes b as the canonical PEM of one or more blocks of type
// typ and nothing else: exactly the bytes pem.EncodeToMemory writes for
// them, one after the other (no headers; no text before, between or after
// the blocks; 64-column base64; "\n" line ends). It returns their contents.
// One framing only, so that no byte a signature does not cover can change
// a verdict, and a stored quote or collateral has one form.
func pemBlocks(b []byte, typ, what string) ([][]byte, error) {
	var out [][]byte
	for rest := b; len(rest) > 0; {
		blk, _ := pem.Decode(rest)
		if blk == nil {
			return nil, fmt.Errorf("%w: %s has bytes that are not PEM", ErrCertificate, what)
		}
		if blk.Type != typ || len(blk.Headers) != 0 {
			return nil, fmt.Errorf("%w: %s has a %q PEM block with %d headers, want %q blocks without headers", ErrCertificate, what, blk.Type, len(blk.Headers), typ)
		}
		canonical := pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: blk.Bytes})
		if !bytes.HasPrefix(rest, canonical) {
			return nil, fmt.Errorf("%w: %s is not in canonical PEM form (text around the blocks, or another line layout)", ErrCertificate, what)
		}
		out = append(out, blk.Bytes)
		rest = rest[len(canonical):]
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s has no certificate", ErrCertificate, what)
	}
	return out, nil
}

// checkValidity checks a certificate's validity window, ends included.
func checkValidity(c *x509.Certificate, at time.Time, what string) error {
	if at.Before(c.NotBefore) || at.After(c.NotAfter) {
		return fmt.Errorf("%w: %s (%q) is valid from %s to %s, evaluated at %s", ErrExpired, what, c.Subject.CommonName,
			c.NotBefore.UTC().Format(time.RFC3339), c.NotAfter.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	return nil
}

// verifyToRoot checks a chain that ends at (or just below) root: each
// certificate is signed by the next, the last by root, all are valid at
// `at`, and the intermediates are CAs named issuerCNs. It returns the chain
// without the root: [leaf, issuer].
func verifyToRoot(chain []*x509.Certificate, root *x509.Certificate, at time.Time, errKind error, leafCN string, issuerCNs ...string) ([]*x509.Certificate, error) {
	// The chain ends with the root itself, byte for byte, as Intel serves
	// every chain: one form only.
	n := len(chain)
	if n == 0 || !bytes.Equal(chain[n-1].Raw, root.Raw) {
		if n > 0 && bytes.Equal(chain[n-1].RawIssuer, chain[n-1].RawSubject) {
			return nil, fmt.Errorf("%w: the chain ends at %q (SHA-256 %x), which is not the trusted root", errKind, chain[n-1].Subject.CommonName, sha256.Sum256(chain[n-1].Raw))
		}
		return nil, fmt.Errorf("%w: the chain does not end with the root certificate", errKind)
	}
	chain = chain[:n-1]
	want := 1 + min(len(issuerCNs), 1)
	if len(chain) != want {
		return nil, fmt.Errorf("%w: %d certificates below the root, want %d", errKind, len(chain), want)
	}
	if leafCN != "" && chain[0].Subject.CommonName != leafCN {
		return nil, fmt.Errorf("%w: leaf %q, want %q", errKind, chain[0].Subject.CommonName, leafCN)
	}
	if len(issuerCNs) > 0 {
		ok := false
		for _, cn := range issuerCNs {
			ok = ok || chain[1].Subject.CommonName == cn
		}
		if !ok {
			return nil, fmt.Errorf("%w: issuing CA %q is not one of %q", errKind, chain[1].Subject.CommonName, issuerCNs)
		}
	}
	if err := checkValidity(root, at, "the root CA"); err != nil {
		return nil, err
	}
	// Every key must be P-256 before any signature is checked (a large RSA
	// key in a bogus certificate would otherwise cost validators time), and
	// the chain is checked from the root down, so that no signature is
	// checked with a key that is not yet authenticated.
	for _, c := range chain {
		if _, err := p256Key(c); err != nil {
			return nil, fmt.Errorf("%w: %v", errKind, err)
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		if err := checkValidity(c, at, fmt.Sprintf("certificate %d of the chain", i)); err != nil {
			return nil, err
		}
		parent := root
		if i+1 < len(chain) {
			parent = chain[i+1]
		}
		if err := c.CheckSignatureFrom(parent); err != nil {
			return nil, fmt.Errorf("%w: %q is not signed by %q: %v", errKind, c.Subject.CommonName, parent.Subject.CommonName, err)
		}
	}
	return chain, nil
}

// serial names a certificate whose revocation a CRL is checked for.
type serial struct {
	name   string
	number *big.Int
}

// checkCRL parses a CRL, checks it is issued and signed by issuer and
// current at `at`, and that none of the serials is revoked (in the order
// given, so the error is the same on every node).
func checkCRL(der []byte, issuer *x509.Certificate, at time.Time, what string, serials []serial) error {
	if len(der) == 0 {
		return fmt.Errorf("%w: the %s is missing", ErrCollateral, what)
	}
	der, err := derOrPEM(der, "X509 CRL", what)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrCRL, err)
	}
	if err := exactDER(der); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCRL, what, err)
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCRL, what, err)
	}
	if !bytes.Equal(crl.RawIssuer, issuer.RawSubject) {
		return fmt.Errorf("%w: the %s is issued by %q, want %q", ErrCRL, what, crl.Issuer.CommonName, issuer.Subject.CommonName)
	}
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		return fmt.Errorf("%w: the %s signature does not verify: %v", ErrCRL, what, err)
	}
	if at.Before(crl.ThisUpdate) || crl.NextUpdate.IsZero() || at.After(crl.NextUpdate) {
		return fmt.Errorf("%w: the %s is valid from %s to %s, evaluated at %s", ErrExpired, what,
			crl.ThisUpdate.UTC().Format(time.RFC3339), crl.NextUpdate.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	for _, s := range serials {
		for _, e := range crl.RevokedCertificateEntries {
			if e.SerialNumber != nil && e.SerialNumber.Cmp(s.number) == 0 {
				return fmt.Errorf("%w: the %s revokes the %s (serial %x)", ErrRevoked, what, s.name, s.number)
			}
		}
	}
	return nil
}

// verifyRawSig checks a raw r‖s P-256 ECDSA signature over SHA-256(msg).
func verifyRawSig(pub *ecdsa.PublicKey, msg, sig []byte) bool {
	if len(sig) != ecdsaSigSize {
		return false
	}
	h := sha256.Sum256(msg)
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:])
	return ecdsa.Verify(pub, h[:], r, s)
}

// p256Key returns the ECDSA P-256 key of a certificate.
func p256Key(c *x509.Certificate) (*ecdsa.PublicKey, error) {
	k, ok := c.PublicKey.(*ecdsa.PublicKey)
	if !ok || k.Curve.Params().Name != "P-256" {
		return nil, fmt.Errorf("%w: %q does not hold a P-256 key", ErrCertificate, c.Subject.CommonName)
	}
	return k, nil
}

// exactDER checks that der is one signed X.509 structure (a certificate or
// a CRL) and nothing else: SEQUENCE { to-be-signed SEQUENCE, algorithm
// SEQUENCE, signature BIT STRING } in DER, with no byte inside it after the
// signature nor after it. Go's parsers let such bytes through; they are
// signed by nothing, so they must not be accepted (nor a verdict depend on
// whether some parser version would).
func exactDER(der []byte) error {
	in := cryptobyte.String(der)
	var outer, tbs, alg cryptobyte.String
	var sig encasn1.BitString
	if !in.ReadASN1(&outer, cbasn1.SEQUENCE) || !in.Empty() {
		return errors.New("not exactly one DER SEQUENCE")
	}
	if !outer.ReadASN1(&tbs, cbasn1.SEQUENCE) || !outer.ReadASN1(&alg, cbasn1.SEQUENCE) || !outer.ReadASN1BitString(&sig) || !outer.Empty() {
		return errors.New("not { to-be-signed, algorithm, signature } with nothing after")
	}
	return nil
}
