package orchestrator

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/bridge/commitment"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// maxConfirmsPerTx bounds the confirmations of one transaction.
const maxConfirmsPerTx = 100

// SignStep confirms what the chain's Pending query lists for this
// validator, oldest first, in one transaction. It reports busy when it
// sent something.
//
// It never signs a digest it is handed: it reads the validator set or
// batch itself and computes the checkpoint or digest with
// bridge/commitment for the Ethereum node's chain id and the contract, so
// that a node (or anyone between it and the orchestrator) can have it sign
// nothing but a validator set or batch of this bridge. A digest that
// differs from its own is refused. The contents of sets and batches are
// the node's: an orchestrator trusts its validator's node for them, as the
// validator does.
func (o *Orchestrator) SignStep(ctx context.Context) (bool, error) {
	p, err := o.bridgeQ.Pending(ctx, &bridgetypes.QueryPendingRequest{Address: o.account.String()})
	if err != nil {
		return false, fmt.Errorf("pending: %w", err)
	}
	o.cfg.Metrics.setPending(len(p.Valsets), len(p.Batches))
	if len(p.Valsets)+len(p.Batches) == 0 {
		return false, nil
	}
	key, err := o.signingKey(ctx)
	if err != nil {
		return false, err
	}
	var msgs []sdk.Msg
	for _, v := range p.Valsets {
		res, err := o.bridgeQ.Valset(ctx, &bridgetypes.QueryValsetRequest{Nonce: v.Nonce})
		if err != nil {
			return false, fmt.Errorf("validator set %d: %w", v.Nonce, err)
		}
		set := res.Valset.Commitment()
		if err := set.Validate(); err != nil {
			return false, fmt.Errorf("validator set %d is not one the contract takes: %w", v.Nonce, err)
		}
		sig, err := o.signChecked(commitment.Checkpoint(o.chainID, o.bridge, set), v.Digest, key)
		if err != nil {
			return false, fmt.Errorf("validator set %d: %w", v.Nonce, err)
		}
		msgs = append(msgs, &bridgetypes.MsgConfirmValset{Orchestrator: o.account.String(), Nonce: v.Nonce, Signature: sig})
	}
	for _, b := range p.Batches {
		res, err := o.computeQ.Batch(ctx, &secretcomputetypes.QueryBatchRequest{Nonce: b.Nonce})
		if err != nil {
			return false, fmt.Errorf("batch %d: %w", b.Nonce, err)
		}
		sig, err := o.signChecked(bridgetypes.BatchCommitment(res.Batch).Digest(o.chainID, o.bridge), b.Digest, key)
		if err != nil {
			return false, fmt.Errorf("batch %d: %w", b.Nonce, err)
		}
		msgs = append(msgs, &bridgetypes.MsgConfirmBatch{Orchestrator: o.account.String(), Nonce: b.Nonce, Signature: sig})
	}
	msgs = msgs[:min(len(msgs), maxConfirmsPerTx)]
	if err := o.send.Send(ctx, msgs...); err != nil {
		return false, fmt.Errorf("confirmations: %w", err)
	}
	o.cfg.Metrics.confirmsSent(len(msgs))
	o.cfg.Logger.Info("confirmed", "valsets", len(p.Valsets), "batches", len(p.Batches))
	return true, nil
}

// signChecked signs digest, which the orchestrator computed, after
// checking the node's copy of it.
func (o *Orchestrator) signChecked(digest common.Hash, nodes string, key *ecdsa.PrivateKey) (string, error) {
	if digest.Hex() != nodes {
		return "", fmt.Errorf("the node asks to sign %s, the orchestrator computes %s: refused", nodes, digest.Hex())
	}
	sig, err := bridgetypes.SignDigest(digest, key)
	if err != nil {
		return "", fmt.Errorf("sign: %w", err)
	}
	return sig, nil
}

// signingKey is the key the contract's current validator set knows this
// validator by: its previous key (Config.PreviousKey) while the contract
// still holds a set with it, after the validator named a new one; its key
// otherwise. Signatures by another key would not count on Ethereum. The
// contract's set is read from the contract itself: the chain learns of a
// new one only once validators claimed its event.
func (o *Orchestrator) signingKey(ctx context.Context) (*ecdsa.PrivateKey, error) {
	if o.cfg.PreviousKey == nil {
		return o.key, nil
	}
	state, err := o.contractState(ctx)
	if err != nil {
		return nil, err
	}
	cur, err := o.bridgeQ.Valset(ctx, &bridgetypes.QueryValsetRequest{Nonce: state.ValsetNonce})
	if err != nil {
		return nil, fmt.Errorf("the contract's validator set %d: %w", state.ValsetNonce, err)
	}
	prev := ethcrypto.PubkeyToAddress(o.cfg.PreviousKey.PublicKey).Hex()
	for _, m := range cur.Valset.Members {
		if m.EthAddress == prev {
			return o.cfg.PreviousKey, nil
		}
	}
	return o.key, nil
}
