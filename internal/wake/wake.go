// Package wake turns a CometBFT node's events into wake-ups for a service
// that reads the chain by polling (the worker; the clients waiting for a
// result).
//
// Events only wake: what happened is always read from the chain's
// queries, so an event missed, late or seen twice costs a poll, never a
// result. A Watcher subscribes to its queries on the node's websocket
// (`/websocket`, CometBFT's JSON-RPC subscribe) and signals C when any of
// them matches. While the subscription is down (the node unreachable or
// restarting, its subscriber limits reached, the subscription cancelled
// because it fell behind) Live reports false, the caller polls at its fast
// interval, and the Watcher reconnects after 1 s, doubling to 30 s.
package wake

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"cosmossdk.io/log/v2"

	cmtlog "github.com/cometbft/cometbft/libs/log"
	cmtquery "github.com/cometbft/cometbft/libs/pubsub/query"
	jsonrpcclient "github.com/cometbft/cometbft/rpc/jsonrpc/client"
)

// Backoff bounds: the pause after a failed connection starts at minBackoff
// and doubles up to maxBackoff; a session that stayed up for stable starts
// the count again.
const (
	minBackoff = time.Second
	maxBackoff = 30 * time.Second
	stable     = time.Minute
)

// Watcher signals C when an event matching one of its queries arrives.
type Watcher struct {
	node    string
	queries []string // the caller's
	opts    Options
	logger  log.Logger

	c      chan struct{}
	live   atomic.Bool
	events atomic.Uint64
}

// Options tune a Watcher. Zero values take the defaults.
type Options struct {
	// ChainID, when set, is the chain the node must be on: a node of
	// another chain is not followed (its events would wake the caller at
	// the wrong times), and the session says so.
	ChainID string
	// Silence ends a session that received nothing (no event, no block)
	// for this long (default 30 s): a connection can die without the
	// websocket noticing, and a session must not stay live on it.
	Silence time.Duration
	// Logger gets the watcher's logs (default: none).
	Logger log.Logger
}

// heartbeat is subscribed beside the caller's queries: every block keeps
// the session alive; it wakes the caller only when the caller asked for it.
const heartbeat = "tm.event='NewBlockHeader'"

// Start validates queries (CometBFT's query language, e.g.
// "tm.event='Tx' AND transfer.recipient='cosmos1...'") and watches them on
// node (its RPC address: tcp://127.0.0.1:26657, http:// or ws://) until
// ctx ends. It returns at once: a node that cannot be reached yet is
// retried in the background. Besides the caller's queries it subscribes to
// new block headers as a heartbeat (one more of the node's
// max_subscriptions_per_client, unless the caller asked for them).
func Start(ctx context.Context, node string, queries []string, opts Options) (*Watcher, error) {
	if len(queries) == 0 {
		return nil, errors.New("wake: no query to watch")
	}
	for _, q := range queries {
		if _, err := cmtquery.New(q); err != nil {
			return nil, fmt.Errorf("wake: query %q: %w", q, err)
		}
	}
	// NewWS parses the address; a bad one fails here, not in the loop.
	if _, err := jsonrpcclient.NewWS(node, "/websocket"); err != nil {
		return nil, fmt.Errorf("wake: node address %q: %w", node, err)
	}
	if opts.Logger == nil {
		opts.Logger = log.NewNopLogger()
	}
	if opts.Silence == 0 {
		opts.Silence = 30 * time.Second
	}
	w := &Watcher{node: node, queries: queries, opts: opts, logger: opts.Logger, c: make(chan struct{}, 1)}
	go w.run(ctx)
	return w, nil
}

// C receives a value when a matching event arrived since the last receive
// (wake-ups coalesce: one pending at most).
func (w *Watcher) C() <-chan struct{} { return w.c }

// Live reports whether every query is subscribed on a connected node:
// while it is not, events may be missed and the caller should poll.
func (w *Watcher) Live() bool { return w.live.Load() }

// Events is the number of matching events received so far.
func (w *Watcher) Events() uint64 { return w.events.Load() }

func (w *Watcher) run(ctx context.Context) {
	backoff := minBackoff
	for first := true; ctx.Err() == nil; first = false {
		began := time.Now()
		wasLive, err := w.session(ctx)
		w.live.Store(false)
		if ctx.Err() != nil {
			return
		}
		if time.Since(began) > stable {
			backoff = minBackoff
		}
		// Said once when events stop; then retried quietly.
		if wasLive || first {
			w.logger.Info("chain events unavailable; polling until the subscription is back", "node", w.node, "err", err, "retry_in", backoff)
		} else {
			w.logger.Debug("chain events still unavailable", "node", w.node, "err", err, "retry_in", backoff)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, maxBackoff)
	}
}

// session connects, checks the node's chain, subscribes every query and
// the heartbeat, and forwards events until the connection or a
// subscription fails, the node falls silent, or ctx ends. The websocket
// client does not reconnect by itself beyond one attempt; a reconnect it
// made ends the session too, since its subscriptions are gone with the
// old connection.
func (w *Watcher) session(ctx context.Context) (wasLive bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			wasLive, err = w.live.Load(), fmt.Errorf("wake: panic: %v", r)
		}
	}()
	reconnected := make(chan struct{}, 1)
	c, err := jsonrpcclient.NewWS(w.node, "/websocket", jsonrpcclient.MaxReconnectAttempts(0),
		jsonrpcclient.OnReconnect(func() {
			select {
			case reconnected <- struct{}{}:
			default:
			}
		}))
	if err != nil {
		return false, err
	}
	// It logs every request at info level: keep it quiet.
	c.SetLogger(cmtlog.NewNopLogger())
	if err := c.Start(); err != nil {
		return false, err
	}
	defer func() { _ = c.Stop() }()
	subs := w.queries
	if !slices.Contains(subs, heartbeat) {
		subs = append(slices.Clone(subs), heartbeat)
	}
	if w.opts.ChainID != "" {
		// Answered before the subscriptions' acknowledgements.
		if err := c.Call(ctx, "status", map[string]any{}); err != nil {
			return false, err
		}
	}
	for _, q := range subs {
		if err := c.Subscribe(ctx, q); err != nil {
			return false, err
		}
	}
	checked := w.opts.ChainID == ""
	acked := 0
	silence := time.NewTimer(w.opts.Silence)
	defer silence.Stop()
	for {
		select {
		case <-ctx.Done():
			return w.live.Load(), nil
		case <-c.Quit():
			return w.live.Load(), errors.New("connection closed")
		case <-reconnected:
			return w.live.Load(), errors.New("connection lost")
		case <-silence.C:
			return w.live.Load(), fmt.Errorf("nothing from the node for %s", w.opts.Silence)
		case resp, ok := <-c.ResponsesCh:
			if !ok {
				return w.live.Load(), errors.New("connection closed")
			}
			silence.Reset(w.opts.Silence)
			if resp.Error != nil {
				// A refused subscription (limits) or one the node
				// cancelled (this client fell behind).
				return w.live.Load(), fmt.Errorf("node: %s", resp.Error.Error())
			}
			// The node answers status with its node info, each subscribe
			// with an empty result, then sends events under the
			// subscribe's request id; an event names its query.
			var msg struct {
				Query    string `json:"query"`
				NodeInfo *struct {
					Network string `json:"network"`
				} `json:"node_info"`
			}
			if err := json.Unmarshal(resp.Result, &msg); err != nil {
				return w.live.Load(), fmt.Errorf("node: undecodable message: %w", err)
			}
			switch {
			case msg.NodeInfo != nil:
				if msg.NodeInfo.Network != w.opts.ChainID {
					return false, fmt.Errorf("the node is on chain %q, not %q", msg.NodeInfo.Network, w.opts.ChainID)
				}
				checked = true
			case msg.Query == "":
				if acked++; acked == len(subs) {
					if !checked {
						return false, errors.New("the node did not say which chain it is on")
					}
					w.live.Store(true)
					w.logger.Debug("chain events subscribed", "node", w.node, "queries", len(subs))
				}
			case msg.Query == heartbeat && !slices.Contains(w.queries, heartbeat):
			default:
				w.events.Add(1)
				select {
				case w.c <- struct{}{}:
				default:
				}
			}
		}
	}
}
