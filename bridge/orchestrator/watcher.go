package orchestrator

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/bridge/events"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

// WatchStep claims the next events of the contract, reading Ethereum only
// up to its head minus the confirmations, from where the validator's
// cursor on chain stands: one transaction of at most MsgsPerTx messages of
// the chain's max_events_per_msg events, sorted and contiguous. It reports
// busy when it sent something (more may follow at once).
//
// It checks that what it sent before was applied: if the chain's cursor
// is behind it (the transaction was lost, refused or never included), it
// says so and claims again from the cursor.
func (o *Orchestrator) WatchStep(ctx context.Context) (bool, error) {
	res, err := o.bridgeQ.Cursor(ctx, &bridgetypes.QueryCursorRequest{Address: o.account.String()})
	if err != nil {
		return false, fmt.Errorf("cursor: %w", err)
	}
	cur := res.Cursor
	o.cfg.Metrics.setClaimed(cur.EventNonce)
	if o.sentUpTo > cur.EventNonce {
		o.cfg.Logger.Error("claims sent were not applied; claiming again from the chain's cursor", "sent_up_to", o.sentUpTo, "cursor", cur.EventNonce)
	}
	o.sentUpTo = cur.EventNonce
	from := max(cur.EthBlock, o.params.BridgeStartBlock)
	if o.scanNonce == cur.EventNonce && o.scanFrom > from {
		from = o.scanFrom // nothing after the cursor up to there
	}
	head, err := o.eth.BlockNumber(ctx)
	if err != nil {
		return false, fmt.Errorf("Ethereum head: %w", err)
	}
	if head < o.cfg.Confirmations {
		return false, nil
	}
	safe := head - o.cfg.Confirmations
	o.cfg.Metrics.setLag(safe, cur.EthBlock)
	if from > safe {
		return false, nil
	}
	to := min(safe, from+o.cfg.MaxBlockRange-1)
	evs, err := o.eventsIn(ctx, from, to)
	if err != nil {
		return false, err
	}
	var next []bridgetypes.EthereumEvent
	for _, e := range evs {
		if e.EventNonce == cur.EventNonce+uint64(len(next))+1 {
			next = append(next, e)
		} else if e.EventNonce > cur.EventNonce+uint64(len(next))+1 {
			return false, fmt.Errorf("the contract's events in blocks %d-%d jump from nonce %d to %d: a log is missing", from, to, cur.EventNonce+uint64(len(next)), e.EventNonce)
		}
	}
	if len(next) == 0 {
		o.scanFrom, o.scanNonce = to+1, cur.EventNonce
		return to < safe, nil
	}
	per := int(o.params.MaxEventsPerMsg)
	var msgs []sdk.Msg
	for len(next) > 0 && len(msgs) < o.cfg.MsgsPerTx {
		n := min(per, len(next))
		msgs = append(msgs, &bridgetypes.MsgEthereumClaims{Orchestrator: o.account.String(), Events: next[:n]})
		next = next[n:]
	}
	last := msgs[len(msgs)-1].(*bridgetypes.MsgEthereumClaims)
	upTo := last.Events[len(last.Events)-1].EventNonce
	if err := o.send.Send(ctx, msgs...); err != nil {
		return false, fmt.Errorf("claims up to nonce %d: %w", upTo, err)
	}
	o.sentUpTo = upTo
	o.cfg.Metrics.claimsSent(upTo - cur.EventNonce)
	o.cfg.Logger.Info("claimed", "from_nonce", cur.EventNonce+1, "to_nonce", upTo)
	return true, nil
}

// eventsIn returns the contract's nonce-carrying events in blocks from to
// to, sorted by nonce.
func (o *Orchestrator) eventsIn(ctx context.Context, from, to uint64) ([]bridgetypes.EthereumEvent, error) {
	logs, err := o.eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{o.bridge}, Topics: [][]common.Hash{events.Topics()},
	})
	if err != nil {
		return nil, fmt.Errorf("logs of blocks %d-%d: %w", from, to, err)
	}
	var out []bridgetypes.EthereumEvent
	for i := range logs {
		l := &logs[i]
		if l.Removed || l.Address != o.bridge {
			continue
		}
		t, err := o.blockTime(ctx, l.BlockNumber)
		if err != nil {
			return nil, err
		}
		ev, ok, err := events.Decode(l, t)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ev)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].EventNonce < out[j].EventNonce })
	return out, nil
}

// blockTime returns a block's timestamp, once per block: blocks the
// watcher reads are past the confirmations and do not change.
func (o *Orchestrator) blockTime(ctx context.Context, n uint64) (uint64, error) {
	if t, ok := o.times[n]; ok {
		return t, nil
	}
	h, err := o.eth.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, fmt.Errorf("header of block %d: %w", n, err)
	}
	if len(o.times) > 10_000 {
		clear(o.times)
	}
	o.times[n] = h.Time
	return h.Time, nil
}
