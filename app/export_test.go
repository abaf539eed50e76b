package app

import (
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"
)

// NewCachedSigVerification is cachedSigVerification around inner,
// remembering at most size transactions, for the external tests.
func NewCachedSigVerification(inner sdk.AnteDecorator, ak ante.AccountKeeper, size int) sdk.AnteDecorator {
	return newCachedSigVerification(inner, ak, newVerifiedSet(size))
}

// ProposalDigest is proposalDigest, for the external tests.
func (app *App) ProposalDigest(height, unixNano int64, proposer []byte, txs [][]byte) [32]byte {
	return app.proposalDigest(height, unixNano, proposer, txs)
}
