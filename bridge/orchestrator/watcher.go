package orchestrator

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

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
	var next []bridgetypes.EthereumEvent
	if cur.EventNonce == o.sentUpTo && len(o.ahead) > 0 && o.ahead[0].EventNonce == cur.EventNonce+1 {
		// What was read last time and not sent yet: the blocks it came
		// from are past the safe head and do not change.
		next = o.ahead
	} else {
		o.ahead = nil
		o.sentUpTo = cur.EventNonce
		var more bool
		next, more, err = o.readNext(ctx, cur)
		if err != nil || len(next) == 0 {
			return more, err
		}
	}
	msgs := o.claimMsgs(next)
	last := msgs[len(msgs)-1].(*bridgetypes.MsgEthereumClaims)
	upTo := last.Events[len(last.Events)-1].EventNonce
	if err := o.send.Send(ctx, msgs...); err != nil {
		return false, fmt.Errorf("claims up to nonce %d: %w", upTo, err)
	}
	o.sentUpTo = upTo
	o.ahead = next[upTo-cur.EventNonce:]
	if len(o.ahead) == 0 {
		// Everything read was sent: once it is applied, read on after
		// the blocks already read.
		o.scanFrom, o.scanNonce = o.aheadTo+1, upTo
	}
	o.cfg.Metrics.claimsSent(upTo - cur.EventNonce)
	o.cfg.Logger.Info("claimed", "from_nonce", cur.EventNonce+1, "to_nonce", upTo)
	return true, nil
}

// readNext reads the contract's events after the cursor from Ethereum, up
// to the safe head and at most blockRange blocks at once, and returns the
// contiguous run that follows the cursor; more says whether blocks up to
// the safe head are left to read.
func (o *Orchestrator) readNext(ctx context.Context, cur bridgetypes.Cursor) ([]bridgetypes.EthereumEvent, bool, error) {
	from := max(cur.EthBlock, o.params.BridgeStartBlock)
	if o.scanNonce == cur.EventNonce && o.scanFrom > from {
		from = o.scanFrom // nothing after the cursor up to there
	}
	safe, ok, err := o.safeHead(ctx)
	if err != nil || !ok {
		return nil, false, err
	}
	o.cfg.Metrics.setLag(safe, cur.EthBlock)
	if from > safe {
		return nil, false, nil
	}
	to := min(safe, from+o.blockRange-1)
	evs, err := o.eventsIn(ctx, from, to)
	if err != nil {
		// Providers cap a query's results or time: ask for less next time.
		o.blockRange = max(1, o.blockRange/2)
		return nil, false, err
	}
	o.blockRange = min(o.cfg.MaxBlockRange, o.blockRange*2)
	var next []bridgetypes.EthereumEvent
	for _, e := range evs {
		if e.EventNonce == cur.EventNonce+uint64(len(next))+1 {
			next = append(next, e)
		} else if e.EventNonce > cur.EventNonce+uint64(len(next))+1 {
			return nil, false, fmt.Errorf("the contract's events in blocks %d-%d jump from nonce %d to %d: a log is missing", from, to, cur.EventNonce+uint64(len(next)), e.EventNonce)
		}
	}
	if len(next) == 0 {
		o.scanFrom, o.scanNonce = to+1, cur.EventNonce
		return nil, to < safe, nil
	}
	o.aheadTo = to
	return next, false, nil
}

// claimMsgs packs the first events into at most MsgsPerTx messages of at
// most max_events_per_msg events, MaxClaimBytes in all (at least one
// event), so that a burst of records never makes a transaction the node
// refuses for its size or a block cannot hold.
func (o *Orchestrator) claimMsgs(events []bridgetypes.EthereumEvent) []sdk.Msg {
	per := int(o.params.MaxEventsPerMsg)
	var msgs []sdk.Msg
	size := 0
	for len(events) > 0 && len(msgs) < o.cfg.MsgsPerTx {
		n := 0
		for n < min(per, len(events)) && (size == 0 || size+events[n].Size() <= o.cfg.MaxClaimBytes) {
			size += events[n].Size()
			n++
		}
		if n == 0 {
			break
		}
		msgs = append(msgs, &bridgetypes.MsgEthereumClaims{Orchestrator: o.account.String(), Events: events[:n]})
		events = events[n:]
	}
	return msgs
}

// safeHead is the newest block the watcher reads: the finalized one, or
// head minus the confirmations; ok is false while there is none.
func (o *Orchestrator) safeHead(ctx context.Context) (uint64, bool, error) {
	if o.cfg.Finalized {
		h, err := o.eth.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return 0, false, fmt.Errorf("Ethereum finalized block: %w", err)
		}
		return h.Number.Uint64(), true, nil
	}
	head, err := o.eth.BlockNumber(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("Ethereum head: %w", err)
	}
	if head < o.cfg.Confirmations {
		return 0, false, nil
	}
	return head - o.cfg.Confirmations, true, nil
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
