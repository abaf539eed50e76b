package app

import (
	"crypto/sha256"
	"sync"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
)

// A node checked a transaction's signatures up to four times: in CheckTx,
// PrepareProposal, ProcessProposal (a proposer now skips it for its own
// block, proposal.go) and FinalizeBlock. Each check
// of a secp256k1 signature is a few hundred microseconds on our 2-core
// machines; under ingress load they were a twentieth of the node's CPU,
// all of it on the path that blocks and CheckTx share. A signature's
// validity is a function of the transaction's bytes (its body, its
// signer infos and their sequences, its signatures), the chain ID, and
// each signer's account number and public key: cachedSigVerification
// remembers which of those have verified and lets the SDK's decorator
// skip only the cryptography for them. Sequences, unordered nonces and
// timeouts are checked every time as before, and gas is charged as
// before (SigGasConsumeDecorator, ahead of it, does not look).

// sigCacheSize is how many verified transactions a node remembers: a few
// blocks' worth at the ingress's rate, about 64 bytes each.
const sigCacheSize = 1 << 14

// sigCacheMaxTxBytes is the largest transaction the cache takes: the
// digest hashes the whole transaction, as a signature check does, and
// for a large one that hashing, not the curve arithmetic, is the cost.
// The ingress's transactions of 16 small data are about 6 KB.
const sigCacheMaxTxBytes = 64 << 10

// cachedSigVerification is the SDK's SigVerificationDecorator, run without
// its cryptographic check (sdk.Context's sigverify flag off) for a
// transaction whose signatures it has verified before on the same inputs.
type cachedSigVerification struct {
	inner sdk.AnteDecorator // ante.SigVerificationDecorator
	ak    ante.AccountKeeper
	seen  *verifiedSet
}

func newCachedSigVerification(inner sdk.AnteDecorator, ak ante.AccountKeeper, seen *verifiedSet) cachedSigVerification {
	return cachedSigVerification{inner: inner, ak: ak, seen: seen}
}

// AnteHandle implements sdk.AnteDecorator.
func (d cachedSigVerification) AnteHandle(ctx sdk.Context, tx sdk.Tx, simulate bool, next sdk.AnteHandler) (sdk.Context, error) {
	if simulate || ctx.IsReCheckTx() || !ctx.IsSigverifyTx() {
		return d.inner.AnteHandle(ctx, tx, simulate, next)
	}
	key, ok := d.key(ctx, tx)
	if !ok {
		return d.inner.AnteHandle(ctx, tx, simulate, next)
	}
	if d.seen.has(key) {
		return d.inner.AnteHandle(ctx.WithIsSigverifyTx(false), tx, simulate, func(ctx sdk.Context, tx sdk.Tx, simulate bool) (sdk.Context, error) {
			return next(ctx.WithIsSigverifyTx(true), tx, simulate)
		})
	}
	return d.inner.AnteHandle(ctx, tx, simulate, func(ctx sdk.Context, tx sdk.Tx, simulate bool) (sdk.Context, error) {
		// The decorator calls on only once every signature has verified.
		d.seen.add(key)
		return next(ctx, tx, simulate)
	})
}

// key digests everything a signature check of tx depends on. It reports
// false, and the signatures are checked as always, when it cannot name
// them all: no transaction bytes, genesis (account numbers read as 0
// there), a signer without an account or a public key (SetPubKeyDecorator
// has set the key from the transaction by now when it is there); and for
// a transaction over sigCacheMaxTxBytes.
func (d cachedSigVerification) key(ctx sdk.Context, tx sdk.Tx) ([sha256.Size]byte, bool) {
	var key [sha256.Size]byte
	sigTx, ok := tx.(authsigning.Tx)
	if !ok || len(ctx.TxBytes()) == 0 || len(ctx.TxBytes()) > sigCacheMaxTxBytes || ctx.BlockHeight() == 0 {
		return key, false
	}
	signers, err := sigTx.GetSigners()
	if err != nil {
		return key, false
	}
	// Only sign modes whose sign bytes come from the transaction and the
	// signer data alone: a mode that reads state for them (as
	// SIGN_MODE_TEXTUAL did, denominations' metadata, before the SDK
	// dropped it) would depend on more than the digest names.
	sigs, err := sigTx.GetSignaturesV2()
	if err != nil {
		return key, false
	}
	for _, sig := range sigs {
		if !hasOnlyStatelessSignModes(sig.Data) {
			return key, false
		}
	}
	h := newDigester()
	h.field(ctx.TxBytes())
	h.field([]byte(ctx.ChainID()))
	// Read off the transaction's meter: the gas charged stays the SDK's,
	// in simulations (which skip this) too.
	unmetered := ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	for _, signer := range signers {
		acc := d.ak.GetAccount(unmetered, signer)
		if acc == nil || acc.GetPubKey() == nil {
			return key, false
		}
		h.word(acc.GetAccountNumber())
		h.field([]byte(acc.GetPubKey().Type()))
		h.field(acc.GetPubKey().Bytes())
	}
	return h.sum(), true
}

// verifiedSet is a bounded set of digests; the oldest is forgotten first.
type verifiedSet struct {
	mu    sync.Mutex
	in    map[[sha256.Size]byte]struct{}
	order [][sha256.Size]byte // a ring, next is the oldest once full
	next  int
}

func newVerifiedSet(size int) *verifiedSet {
	size = max(size, 1)
	return &verifiedSet{in: make(map[[sha256.Size]byte]struct{}, size), order: make([][sha256.Size]byte, 0, size)}
}

func (s *verifiedSet) has(k [sha256.Size]byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.in[k]
	return ok
}

func (s *verifiedSet) add(k [sha256.Size]byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.in[k]; ok {
		return
	}
	if len(s.order) < cap(s.order) {
		s.order = append(s.order, k)
	} else {
		delete(s.in, s.order[s.next])
		s.order[s.next] = k
		s.next = (s.next + 1) % len(s.order)
	}
	s.in[k] = struct{}{}
}

// hasOnlyStatelessSignModes reports whether every signature in data uses a
// sign mode whose sign bytes come from the transaction and the signer data
// alone: DIRECT, DIRECT_AUX, LEGACY_AMINO_JSON (the app's, encoding.go).
func hasOnlyStatelessSignModes(data signing.SignatureData) bool {
	switch d := data.(type) {
	case *signing.SingleSignatureData:
		switch d.SignMode {
		case signing.SignMode_SIGN_MODE_DIRECT, signing.SignMode_SIGN_MODE_DIRECT_AUX, signing.SignMode_SIGN_MODE_LEGACY_AMINO_JSON:
			return true
		}
		return false
	case *signing.MultiSignatureData:
		for _, s := range d.Signatures {
			if !hasOnlyStatelessSignModes(s) {
				return false
			}
		}
		return true
	default:
		return false
	}
}
