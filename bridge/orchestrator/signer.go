package orchestrator

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ethsig"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

// maxConfirmsPerTx bounds the confirmations of one transaction.
const maxConfirmsPerTx = 100

// SignStep confirms what the chain's Pending query lists for this
// validator, oldest first, in one transaction. It reports busy when it
// sent something.
//
// The digests are the chain's, computed from the chain's own validator
// sets and batches for the configured contract: an orchestrator trusts its
// validator's node, as the validator does.
func (o *Orchestrator) SignStep(ctx context.Context) (bool, error) {
	p, err := o.bridgeQ.Pending(ctx, &bridgetypes.QueryPendingRequest{Address: o.account.String()})
	if err != nil {
		return false, fmt.Errorf("pending: %w", err)
	}
	o.cfg.Metrics.setPending(len(p.Valsets), len(p.Batches))
	var msgs []sdk.Msg
	for _, v := range p.Valsets {
		sig, err := o.sign(v.Digest)
		if err != nil {
			return false, err
		}
		msgs = append(msgs, &bridgetypes.MsgConfirmValset{Orchestrator: o.account.String(), Nonce: v.Nonce, Signature: sig})
	}
	for _, b := range p.Batches {
		sig, err := o.sign(b.Digest)
		if err != nil {
			return false, err
		}
		msgs = append(msgs, &bridgetypes.MsgConfirmBatch{Orchestrator: o.account.String(), Nonce: b.Nonce, Signature: sig})
	}
	if len(msgs) == 0 {
		return false, nil
	}
	msgs = msgs[:min(len(msgs), maxConfirmsPerTx)]
	if err := o.send.Send(ctx, msgs...); err != nil {
		return false, fmt.Errorf("confirmations: %w", err)
	}
	o.cfg.Metrics.confirmsSent(len(msgs))
	o.cfg.Logger.Info("confirmed", "valsets", len(p.Valsets), "batches", len(p.Batches))
	return true, nil
}

// sign signs a 0x digest with the validator's Ethereum key (the key is
// never logged or put in an error).
func (o *Orchestrator) sign(digest string) (string, error) {
	bz, err := hexutil.Decode(digest)
	if err != nil || len(bz) != common.HashLength {
		return "", fmt.Errorf("the chain asks to sign %q, not a 32-byte digest", digest)
	}
	sig, err := ethsig.Sign(common.BytesToHash(bz), o.key)
	if err != nil {
		return "", fmt.Errorf("sign: %w", err)
	}
	return hexutil.Encode(sig), nil
}
