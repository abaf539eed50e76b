package types

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/bridge/commitment"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Sentinel is the validator-set member that stands for the bonded power
// no orchestrator signs for: 0x…01, an address no key is known for, so
// its share counts in the contract's total and never among the signers.
var Sentinel = common.HexToAddress("0x0000000000000000000000000000000000000001")

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
