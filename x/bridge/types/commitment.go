package types

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/bridge/commitment"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Commitment returns a validator set as bridge/commitment (and the
// contract) takes it.
func (v Valset) Commitment() commitment.Valset {
	c := commitment.Valset{Nonce: v.Nonce}
	for _, m := range v.Members {
		c.Validators = append(c.Validators, common.HexToAddress(m.EthAddress))
		c.Powers = append(c.Powers, m.Power)
	}
	return c
}

// BatchCommitment returns an x/secretcompute batch as the bridge contract
// takes it and validators sign it: its fee totals credited to each worker
// address and fee token.
func BatchCommitment(b secretcomputetypes.Batch) commitment.Batch {
	c := commitment.Batch{Nonce: b.Nonce, Root: common.BytesToHash(b.Root), FirstSequence: b.FirstSequence, LastSequence: b.LastSequence}
	for _, f := range b.Fees {
		c.Workers = append(c.Workers, common.BytesToAddress(f.Worker))
		c.FeeTokens = append(c.FeeTokens, common.BytesToAddress(f.Token))
		c.FeeTotals = append(c.FeeTotals, f.Amount.BigInt())
	}
	return c
}
