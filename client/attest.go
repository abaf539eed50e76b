package client

import (
	"bytes"
	"crypto/x509"
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
}

// Attester verifies workers' attestations for one chain, as a client must
// before it encrypts anything for them.
type Attester struct {
	// ChainID is the chain the quote must bind.
	ChainID string
	// Collateral, when set, is used to evaluate SGX quotes' TCB status.
	Collateral *dcap.Collateral
	// Root overrides the pinned Intel SGX Root CA (tests only).
	Root *x509.Certificate
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
		r, err = dcap.SignatureVerifier{Time: now(), Root: a.Root}.Verify(w.Quote)
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
		// Simulated (refused unless the chain allows them) or unknown.
		r, err = attestation.Verify(attestation.KindVerifier{}, policy, w.Quote, a.ChainID, keys)
	}
	if err != nil {
		return Verdict{}, ErrAttestation.Wrapf("worker %s: %v", addr, err)
	}
	if r.Kind == attestation.KindSGX && r.Quote != nil && !bytes.Equal(r.Quote, w.Quote) {
		// The chain stores the quote's one canonical form.
		return Verdict{}, ErrAttestation.Wrapf("worker %s: the stored quote is not in its canonical form", addr)
	}
	v.Simulated, v.Report, v.TCBStatus = r.Kind == attestation.KindSimulated, r, r.TCBStatus
	return v, nil
}

// verdictKey caches a verdict per worker and epoch: the chain's policy may
// change between epochs, a worker's record does not within one.
type verdictKey struct {
	worker common.Address
	epoch  uint64
}

type verdictEntry struct {
	v   Verdict
	err error
}

// verify returns the cached verdict on w for epoch, or verifies it.
func (c *Client) verify(w registrytypes.Worker, params registrytypes.Params, epoch uint64) (Verdict, error) {
	key := verdictKey{common.BytesToAddress(w.EnclaveAddress), epoch}
	c.mu.Lock()
	e, ok := c.verdicts[key]
	c.mu.Unlock()
	if ok {
		return e.v, e.err
	}
	v, err := Attester{ChainID: c.cfg.ChainID, Collateral: c.cfg.Collateral, Now: c.cfg.Now}.Verify(w, params)
	c.mu.Lock()
	defer c.mu.Unlock()
	// Only this epoch's and the previous one's matter: drop older ones.
	for k := range c.verdicts {
		if k.epoch+1 < epoch {
			delete(c.verdicts, k)
		}
	}
	c.verdicts[key] = verdictEntry{v, err}
	return v, err
}
