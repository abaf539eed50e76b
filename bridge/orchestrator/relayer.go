package orchestrator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/contracts/bindings"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// errSkip is a relay that is not needed or not possible now: another
// relayer was first (the estimate reverts), signatures are missing, gas is
// above the ceiling, our last transaction is still pending.
var errSkip = errors.New("skip")

// RelayStep hands the contract, oldest first, the newest validator set
// and then the next batch that validators holding more than 2/3 of the
// contract's current set's power signed, when it is this orchestrator's
// turn (myTurn). It reads the contract's state
// first and skips what the contract has: relaying is idempotent, and a
// duplicate from another orchestrator costs at most an estimate that
// reverts. It reports busy when it sent a transaction.
func (o *Orchestrator) RelayStep(ctx context.Context) (bool, error) {
	o.countMined(ctx)
	if pending, err := o.ourTxPending(ctx); err != nil || pending {
		return false, err
	}
	state, err := o.contractState(ctx)
	if err != nil {
		return false, err
	}
	status, err := o.bridgeQ.Status(ctx, &bridgetypes.QueryStatusRequest{})
	if err != nil {
		return false, fmt.Errorf("status: %w", err)
	}
	current, err := o.bridgeQ.Valset(ctx, &bridgetypes.QueryValsetRequest{Nonce: state.ValsetNonce})
	if err != nil {
		return false, fmt.Errorf("the contract's validator set %d: %w", state.ValsetNonce, err)
	}
	if status.HasValset && status.LatestValsetNonce > state.ValsetNonce {
		sent, err := o.relayValset(ctx, current.Valset, state.ValsetNonce, status.LatestValsetNonce)
		if sent || err != nil {
			return sent, err
		}
	}
	if status.LastBatchNonce > state.BatchNonce {
		return o.relayBatch(ctx, current.Valset, state.BatchNonce+1)
	}
	return false, nil
}

// relayValset sends the newest set above the contract's that the current
// set signed enough of.
func (o *Orchestrator) relayValset(ctx context.Context, current bridgetypes.Valset, onEth, latest uint64) (bool, error) {
	for n := latest; n > onEth; n-- {
		next, err := o.bridgeQ.Valset(ctx, &bridgetypes.QueryValsetRequest{Nonce: n})
		if err != nil {
			return false, fmt.Errorf("validator set %d: %w", n, err)
		}
		confirms, err := o.bridgeQ.ValsetConfirms(ctx, &bridgetypes.QueryValsetConfirmsRequest{Nonce: n})
		if err != nil {
			return false, fmt.Errorf("confirmations of validator set %d: %w", n, err)
		}
		sigs, ok, err := signatures(current, confirms.Confirms)
		if err != nil || !ok {
			continue
		}
		if !o.myTurn("valset", n, current) {
			return false, nil
		}
		data := o.contract.PackUpdateValset(valsetArgs(next.Valset), valsetArgs(current), sigs)
		if err := o.transact(ctx, data); err != nil {
			if errors.Is(err, errSkip) {
				return false, nil
			}
			return false, fmt.Errorf("relay validator set %d: %w", n, err)
		}
		o.cfg.Metrics.relayed("valset")
		o.cfg.Logger.Info("relayed validator set", "nonce", n)
		return true, nil
	}
	return false, nil
}

// relayBatch sends batch nonce if the current set signed enough of it.
func (o *Orchestrator) relayBatch(ctx context.Context, current bridgetypes.Valset, nonce uint64) (bool, error) {
	b, err := o.computeQ.Batch(ctx, &secretcomputetypes.QueryBatchRequest{Nonce: nonce})
	if err != nil {
		return false, fmt.Errorf("batch %d: %w", nonce, err)
	}
	confirms, err := o.bridgeQ.BatchConfirms(ctx, &bridgetypes.QueryBatchConfirmsRequest{Nonce: nonce})
	if err != nil {
		return false, fmt.Errorf("confirmations of batch %d: %w", nonce, err)
	}
	sigs, ok, err := signatures(current, confirms.Confirms)
	if err != nil || !ok || !o.myTurn("batch", nonce, current) {
		return false, err
	}
	cb := bridgetypes.BatchCommitment(b.Batch)
	data := o.contract.PackSubmitBatch(bindings.EnigmaBridgeBatch{
		Nonce: cb.Nonce, Root: cb.Root, FirstSequence: cb.FirstSequence, LastSequence: cb.LastSequence,
		Workers: cb.Workers, FeeTokens: cb.FeeTokens, FeeTotals: cb.FeeTotals,
	}, valsetArgs(current), sigs)
	if err := o.transact(ctx, data); err != nil {
		if errors.Is(err, errSkip) {
			return false, nil
		}
		return false, fmt.Errorf("relay batch %d: %w", nonce, err)
	}
	o.cfg.Metrics.relayed("batch")
	o.cfg.Logger.Info("relayed batch", "nonce", nonce, "receipts", cb.LastSequence-cb.FirstSequence+1)
	return true, nil
}

// myTurn says whether this orchestrator relays kind nonce now: turns go
// round the signing members of the contract's current set by nonce, and
// anyone relays what has waited RelayGrace since it first saw it, so that
// a relayer that is down delays a relay, never stops it.
func (o *Orchestrator) myTurn(kind string, nonce uint64, current bridgetypes.Valset) bool {
	key := fmt.Sprintf("%s/%d", kind, nonce)
	first, ok := o.seen[key]
	if !ok {
		if len(o.seen) > 1000 {
			clear(o.seen)
		}
		first = time.Now()
		o.seen[key] = first
	}
	var signers []string
	for _, m := range current.Members {
		if m.Validator != "" {
			signers = append(signers, m.EthAddress)
		}
	}
	if len(signers) > 0 {
		turn := signers[nonce%uint64(len(signers))]
		if turn == o.ethAddr.Hex() || (o.cfg.PreviousKey != nil && turn == ethcrypto.PubkeyToAddress(o.cfg.PreviousKey.PublicKey).Hex()) {
			return true
		}
	}
	return time.Since(first) >= o.cfg.RelayGrace
}

// signatures aligns confirmations with the members of set (V = 0 for a
// member that did not sign) and reports whether the signers hold more than
// 2/3 of its power, as the contract requires.
func signatures(set bridgetypes.Valset, confirms []bridgetypes.Confirm) ([]bindings.EnigmaBridgeSig, bool, error) {
	bySigner := map[string]string{}
	for _, c := range confirms {
		bySigner[c.EthAddress] = c.Signature
	}
	sigs := make([]bindings.EnigmaBridgeSig, len(set.Members))
	var total, signed big.Int
	for i, m := range set.Members {
		total.Add(&total, new(big.Int).SetUint64(m.Power))
		s, ok := bySigner[m.EthAddress]
		if !ok {
			continue
		}
		bz, err := hexutil.Decode(s)
		if err != nil || len(bz) != 65 {
			return nil, false, fmt.Errorf("the chain holds a malformed signature by %s", m.EthAddress)
		}
		sigs[i] = bindings.EnigmaBridgeSig{R: common.BytesToHash(bz[:32]), S: common.BytesToHash(bz[32:64]), V: bz[64]}
		signed.Add(&signed, new(big.Int).SetUint64(m.Power))
	}
	// More than 2/3: 3 × signed > 2 × total.
	three, two := new(big.Int).Mul(&signed, big.NewInt(3)), new(big.Int).Mul(&total, big.NewInt(2))
	return sigs, three.Cmp(two) > 0, nil
}

func valsetArgs(v bridgetypes.Valset) bindings.EnigmaBridgeValset {
	c := v.Commitment()
	return bindings.EnigmaBridgeValset{Validators: c.Validators, Powers: c.Powers, Nonce: c.Nonce}
}

// contractState reads the contract's counters.
func (o *Orchestrator) contractState(ctx context.Context) (bindings.StateOutput, error) {
	out, err := o.eth.CallContract(ctx, ethereum.CallMsg{To: &o.bridge, Data: o.contract.PackState()}, nil)
	if err != nil {
		return bindings.StateOutput{}, fmt.Errorf("the contract's state: %w", err)
	}
	return o.contract.UnpackState(out)
}

// ourTxPending reports whether a transaction of ours waits in the
// Ethereum node's pool: relaying again before it is mined would only
// duplicate it.
func (o *Orchestrator) ourTxPending(ctx context.Context) (bool, error) {
	pending, err := o.eth.PendingNonceAt(ctx, o.ethAddr)
	if err != nil {
		return false, fmt.Errorf("pending nonce: %w", err)
	}
	mined, err := o.eth.NonceAt(ctx, o.ethAddr, nil)
	if err != nil {
		return false, fmt.Errorf("nonce: %w", err)
	}
	return pending > mined, nil
}

// transact sends data to the contract from the orchestrator's key, with
// the estimated gas (+20 %) and a fee per gas of twice the base fee plus
// the suggested tip, capped by MaxFeePerGas. An estimate that reverts is
// errSkip: the contract refuses it now (another relayer was first).
func (o *Orchestrator) transact(ctx context.Context, data []byte) error {
	signed, err := deploy.SignTx(ctx, o.eth, o.key, &o.bridge, nil, data, o.cfg.MaxFeePerGas)
	switch {
	case errors.Is(err, deploy.ErrEstimate):
		o.cfg.Logger.Debug("relay not needed or refused by the contract", "err", err)
		return errSkip
	case errors.Is(err, deploy.ErrFeeCeiling):
		o.cfg.Logger.Info("Ethereum gas above the ceiling; waiting", "err", err)
		return errSkip
	case err != nil:
		return err
	}
	if err := o.eth.SendTransaction(ctx, signed); err != nil {
		return fmt.Errorf("send: %w", err)
	}
	o.sent = append(o.sent, signed.Hash())
	return nil
}

// countMined adds the gas of the relays mined since the last step to the
// metrics.
func (o *Orchestrator) countMined(ctx context.Context) {
	kept := o.sent[:0]
	for _, h := range o.sent {
		r, err := o.eth.TransactionReceipt(ctx, h)
		if err != nil {
			if errors.Is(err, ethereum.NotFound) && len(o.sent) < 100 {
				kept = append(kept, h)
			}
			continue
		}
		o.cfg.Metrics.gasSpent(r.GasUsed)
	}
	o.sent = kept
}
