package client_test

import (
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

const chainID = "enigma-test-1"

// keysOf is a fresh enclave key set, as a worker record carries it.
func keysOf(t testing.TB) attestation.PublicKeys {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	x := make([]byte, 32)
	_, _ = rand.Read(x)
	return attestation.PublicKeys{Signer: crypto.CompressPubkey(&k.PublicKey), X25519: x}
}

// record is the worker record of an enclave with keys and quote.
func record(t testing.TB, keys attestation.PublicKeys, quote []byte, tcb string) registrytypes.Worker {
	addr, err := registrytypes.EnclaveAddress(keys.Signer)
	require.NoError(t, err)
	return registrytypes.Worker{EnclaveAddress: addr.Bytes(), SignerPubkey: keys.Signer, X25519Key: keys.X25519, XwingKey: keys.XWing, Quote: quote,
		TcbStatus: tcb, AdvisoryIds: []string{}}
}

// sgxWorker is a worker whose SGX quote (from the synthetic platform p)
// reports enclave e and binds reportChain and keys.
func sgxWorker(t testing.TB, p *dcaptest.Platform, e dcaptest.Enclave, reportChain string, keys attestation.PublicKeys) registrytypes.Worker {
	data, err := attestation.ReportData(reportChain, keys)
	require.NoError(t, err)
	copy(e.ReportData[:], data)
	raw, err := p.Quote(e)
	require.NoError(t, err)
	// The chain stores the quote's canonical form.
	r, err := dcap.SignatureVerifier{Time: dcaptest.Epoch, Root: p.Root, QE: dcaptest.QE}.Verify(dcap.SGXQuote(raw))
	require.NoError(t, err)
	return record(t, keys, r.Quote, "UpToDate")
}

// The client verifies before it encrypts: every check a worker can fail is
// refused with ErrAttestation naming it, with the chain's recorded TCB
// verdict and with collateral.
func TestAttester(t *testing.T) {
	p, err := dcaptest.New(dcaptest.Options{})
	require.NoError(t, err)
	var e dcaptest.Enclave
	e.MRENCLAVE[0], e.ProductID, e.SVN = 0xee, 1, 3
	params := registrytypes.DefaultParams()
	params.TrustedEnclaveIds = [][]byte{e.MRENCLAVE[:]}
	params.ProductId, params.MinSecurityVersion = 1, 2
	a := client.Attester{ChainID: chainID, Root: p.Root, QE: dcaptest.QE, Now: func() time.Time { return dcaptest.Epoch }}
	keys := keysOf(t)
	good := sgxWorker(t, p, e, chainID, keys)

	v, err := a.Verify(good, params)
	require.NoError(t, err)
	require.Equal(t, client.TCBFromChain, v.TCBSource)
	require.Equal(t, "UpToDate", v.TCBStatus)
	require.False(t, v.Simulated)
	withCollateral := a
	withCollateral.Collateral = p.Collateral()
	v, err = withCollateral.Verify(good, params)
	require.NoError(t, err)
	require.Equal(t, client.TCBFromCollateral, v.TCBSource)

	refused := func(w registrytypes.Worker, params registrytypes.Params, a client.Attester, why string) {
		t.Helper()
		_, err := a.Verify(w, params)
		require.ErrorIs(t, err, client.ErrAttestation)
		require.ErrorContains(t, err, why)
	}
	// The measurement the chain does not trust; an SVN below its minimum.
	untrusted := e
	untrusted.MRENCLAVE[0] = 0xaa
	refused(sgxWorker(t, p, untrusted, chainID, keys), params, a, "is not trusted")
	old := e
	old.SVN = 1
	refused(sgxWorker(t, p, old, chainID, keys), params, a, "security version 1 is below 2")
	// A quote for another chain; keys the quote does not bind.
	refused(sgxWorker(t, p, e, "other-chain", keys), params, a, "does not bind")
	swapped := good
	swapped.X25519Key = keysOf(t).X25519
	refused(swapped, params, a, "does not bind")
	// Another platform's chain of certificates (not Intel's, not the
	// pinned root); a changed byte of the signed quote.
	refused(good, params, client.Attester{ChainID: chainID, QE: dcaptest.QE, Now: a.Now}, "does not verify to the Intel SGX Root CA")
	// A quoting enclave that is not Intel's (here: the synthetic one).
	refused(good, params, client.Attester{ChainID: chainID, Root: p.Root, Now: a.Now}, "quoting enclave does not match")
	tampered := good
	tampered.Quote = append([]byte(nil), good.Quote...)
	tampered.Quote[len(tampered.Quote)/2] ^= 1
	refused(tampered, params, a, "dcap")
	// A platform the chain recorded as out of date, with no allowed
	// advisory; a debug enclave.
	stale := good
	stale.TcbStatus, stale.AdvisoryIds = "OutOfDate", []string{"INTEL-SA-00001"}
	refused(stale, params, a, `TCB status "OutOfDate"`)
	debug := e
	debug.Debug = true
	refused(sgxWorker(t, p, debug, chainID, keys), params, a, "debug enclave")
	// A record whose address is not its signing key's.
	moved := good
	moved.EnclaveAddress = make([]byte, 20)
	refused(moved, params, a, "its signing key is the address")

	// Simulated quotes: only on a chain that allows them.
	simKeys := keysOf(t)
	data, err := attestation.ReportData(chainID, simKeys)
	require.NoError(t, err)
	q, err := attestation.SimulationIssuer{ProductID: 1, SecurityVersion: 3}.Issue(data)
	require.NoError(t, err)
	sim := record(t, simKeys, q, "")
	dev := a
	dev.AllowSimulated = true
	refused(sim, params, dev, "simulated quotes are not accepted")
	params.AllowSimulatedAttestation = true
	refused(sim, params, a, "this client does not")
	v, err = dev.Verify(sim, params)
	require.NoError(t, err)
	require.True(t, v.Simulated)
	require.Empty(t, v.TCBSource)
	require.Equal(t, simKeys.X25519, v.Keys().X25519)
	refused(sim, params, client.Attester{ChainID: "other-chain", AllowSimulated: true}, "does not bind")
}
