package client

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

// Where a verdict's TCB status comes from.
const (
	// TCBFromCollateral: evaluated here against the collateral the caller
	// gave.
	TCBFromCollateral = "collateral"
	// TCBFromChain: the status the chain recorded when it verified the
	// registration with collateral (this client checked the quote's
	// certificate chain, signatures, measurement, SVN and binding).
	TCBFromChain = "chain"
)

// Verdict is a worker's attestation as this client verified it.
type Verdict struct {
	Worker common.Address
	// Simulated is a simulation-mode enclave (accepted only on a chain
	// that allows them).
	Simulated bool
	// Report is what the quote proves.
	Report attestation.Report
	// TCBStatus and TCBSource: the SGX platform's status and where it was
	// read (empty for a simulated quote).
	TCBStatus string
	TCBSource string

	// keys are the keys the quote binds, set only by Attester.Verify:
	// Seal encrypts to these, never to a record's fields.
	keys attestation.PublicKeys
}

// Keys are the enclave keys the verified quote binds.
func (v Verdict) Keys() attestation.PublicKeys { return v.keys }

// Attester verifies workers' attestations for one chain, as a client must
// before it encrypts anything for them.
type Attester struct {
	// ChainID is the chain the quote must bind.
	ChainID string
	// Collateral, when set, is used to evaluate SGX quotes' TCB status.
	Collateral *dcap.Collateral
	// AllowSimulated accepts simulated quotes where the chain allows them
	// (a development network); without it they are refused whatever the
	// chain says, so that a node lying about the chain's policy cannot
	// have the client encrypt to a key no enclave holds.
	AllowSimulated bool
	// Root and QE override the pinned Intel SGX Root CA and quoting
	// enclave (tests only).
	Root *x509.Certificate
	QE   *dcap.QEPin
	// Now is the time certificates are checked at (default time.Now).
	Now func() time.Time
}

// Verify checks worker's quote under params (the chain's
// x/registry params): it verifies (an SGX quote's PCK chain to the Intel
// root and its signatures; with Collateral, its revocation and TCB level
// too), satisfies the chain's policy (simulated quotes only when allowed;
// MRENCLAVE or MRSIGNER trusted, product id, minimum SVN, no debug, an
// accepted TCB status), binds this chain id and the worker's keys, and
// its signing key is the worker's address. The error, ErrAttestation,
// names the check that failed.
func (a Attester) Verify(w registrytypes.Worker, params registrytypes.Params) (Verdict, error) {
	addr := common.BytesToAddress(w.EnclaveAddress)
	if len(w.EnclaveAddress) != common.AddressLength {
		return Verdict{}, ErrAttestation.Wrapf("the worker record's address is %d bytes", len(w.EnclaveAddress))
	}
	signer, err := registrytypes.EnclaveAddress(w.SignerPubkey)
	if err != nil {
		return Verdict{}, ErrAttestation.Wrapf("worker %s: %v", addr, err)
	}
	if signer != addr {
		return Verdict{}, ErrAttestation.Wrapf("worker %s: its signing key is the address %s", addr, signer)
	}
	if len(w.Quote) == 0 {
		return Verdict{}, ErrAttestation.Wrapf("worker %s has no quote", addr)
	}
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	keys := attestation.PublicKeys{Signer: w.SignerPubkey, X25519: w.X25519Key, XWing: w.XwingKey}
	policy := registrytypes.PolicyFor(params)
	policy.AllowSimulated = policy.AllowSimulated && a.AllowSimulated
	v := Verdict{Worker: addr}
	var r attestation.Report
	switch attestation.Kind(w.Quote[0]) {
	case attestation.KindSGX:
		if a.Collateral != nil {
			v.TCBSource = TCBFromCollateral
			r, err = attestation.Verify(dcap.Verifier{Collateral: a.Collateral, Time: now(), Root: a.Root}, policy, w.Quote, a.ChainID, keys)
			break
		}
		v.TCBSource = TCBFromChain
		r, err = dcap.SignatureVerifier{Time: now(), Root: a.Root, QE: a.QE}.Verify(w.Quote)
		if err == nil {
			// The chain evaluated the TCB with the collateral of the
			// registration's block, and the evaluation data number against
			// its params then.
			r.TCBStatus, r.AdvisoryIDs = w.TcbStatus, w.AdvisoryIds
			policy.MinTCBEvaluationDataNumber = 0
			if err = policy.Check(r); err == nil {
				err = attestation.CheckBinding(r, a.ChainID, keys)
			}
		}
	default:
		// Simulated (refused unless both the chain and the client allow
		// them) or unknown.
		r, err = attestation.Verify(attestation.KindVerifier{}, policy, w.Quote, a.ChainID, keys)
		if errors.Is(err, attestation.ErrSimulatedRefused) && params.AllowSimulatedAttestation {
			err = fmt.Errorf("%w (the chain allows them; this client does not: a development network's client sets AllowSimulated)", err)
		}
	}
	if err != nil {
		return Verdict{}, ErrAttestation.Wrapf("worker %s: %v", addr, err)
	}
	if r.Kind == attestation.KindSGX && r.Quote != nil && !bytes.Equal(r.Quote, w.Quote) {
		// The chain stores the quote's one canonical form.
		return Verdict{}, ErrAttestation.Wrapf("worker %s: the stored quote is not in its canonical form", addr)
	}
	v.Simulated, v.Report, v.TCBStatus = r.Kind == attestation.KindSimulated, r, r.TCBStatus
	v.keys = attestation.PublicKeys{Signer: bytes.Clone(keys.Signer), X25519: bytes.Clone(keys.X25519), XWing: bytes.Clone(keys.XWing)}
	return v, nil
}

// verdictKey caches a verdict per worker record and epoch: a record a
// node serves with other keys, quote or TCB status, or under other params,
// is verified anew; the chain's policy may change between epochs.
type verdictKey struct {
	worker common.Address
	epoch  uint64
	record [32]byte
}

// recordDigest hashes what a verdict depends on: the record's keys, quote
// and TCB status, and the params.
func recordDigest(w registrytypes.Worker, params registrytypes.Params) [32]byte {
	h := sha256.New()
	field := func(b []byte) {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(b))))
		h.Write(b)
	}
	for _, b := range [][]byte{w.EnclaveAddress, w.SignerPubkey, w.X25519Key, w.XwingKey, w.Quote, []byte(w.TcbStatus)} {
		field(b)
	}
	for _, a := range w.AdvisoryIds {
		field([]byte(a))
	}
	p, _ := params.Marshal()
	field(p)
	return [32]byte(h.Sum(nil))
}

// verify returns the cached verdict on w for epoch, or verifies it. Only
// acceptances are cached: a refusal (a clock off, collateral out of date)
// is looked at again next time.
func (c *Client) verify(w registrytypes.Worker, params registrytypes.Params, epoch uint64) (Verdict, error) {
	key := verdictKey{common.BytesToAddress(w.EnclaveAddress), epoch, recordDigest(w, params)}
	c.mu.Lock()
	v, ok := c.verdicts[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := Attester{ChainID: c.cfg.ChainID, Collateral: c.cfg.Collateral, AllowSimulated: c.cfg.AllowSimulated, Now: c.cfg.Now}.Verify(w, params)
	if err != nil {
		return Verdict{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// Only this epoch's and the previous one's matter: drop older ones.
	for k := range c.verdicts {
		if k.epoch+1 < epoch {
			delete(c.verdicts, k)
		}
	}
	c.verdicts[key] = v
	return v, nil
}
