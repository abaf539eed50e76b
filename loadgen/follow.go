package loadgen

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Event type names of x/secretcompute's typed events the follower reads.
const (
	evRecorded  = "enigma.secretcompute.v1.EventTaskRecorded"
	evAssigned  = "enigma.secretcompute.v1.EventTaskAssigned"
	evCompleted = "enigma.secretcompute.v1.EventTaskCompleted"
	evFailed    = "enigma.secretcompute.v1.EventTaskFailed"
	evRefused   = "enigma.secretcompute.v1.EventTaskRecordRefused"
)

// taskEvent is one of those events for one task, seen in a block.
type taskEvent struct {
	kind   string
	taskID string // 0x hex, lower case
	height int64
	at     time.Time // when the follower saw the block
	status string    // EventTaskFailed's
}

// block is what the follower reports of each block.
type block struct {
	height int64
	txs    int
	at     time.Time
	events []taskEvent
}

// follower reads every block's results from a node's CometBFT RPC (one
// request per block, however many tasks it holds) instead of asking for
// each task: at a thousand tasks a second, a query per task would load the
// node as much as the tasks do.
type follower struct {
	rpc  string // http://host:port
	http *http.Client
}

func newFollower(rpc string) *follower {
	rpc = strings.Replace(rpc, "tcp://", "http://", 1)
	if !strings.HasPrefix(rpc, "http") {
		rpc = "http://" + rpc
	}
	return &follower{rpc: strings.TrimSuffix(rpc, "/"), http: &http.Client{Timeout: 10 * time.Second}}
}

func (f *follower) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.rpc+path, nil)
	if err != nil {
		return err
	}
	res, err := f.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var doc struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
			Data    string `json:"data"`
		} `json:"error"`
	}
	if err := json.NewDecoder(res.Body).Decode(&doc); err != nil {
		return err
	}
	if doc.Error != nil {
		return fmt.Errorf("%s: %s %s", path, doc.Error.Message, doc.Error.Data)
	}
	return json.Unmarshal(doc.Result, out)
}

// height is the node's latest block.
func (f *follower) height(ctx context.Context) (int64, error) {
	var st struct {
		SyncInfo struct {
			Height string `json:"latest_block_height"`
		} `json:"sync_info"`
	}
	if err := f.get(ctx, "/status", &st); err != nil {
		return 0, err
	}
	return strconv.ParseInt(st.SyncInfo.Height, 10, 64)
}

type abciEvent struct {
	Type       string `json:"type"`
	Attributes []struct {
		Key   string `json:"key"`
		Value string `json:"value"`
	} `json:"attributes"`
}

// results reads block h's task events.
func (f *follower) results(ctx context.Context, h int64) (block, error) {
	var r struct {
		Txs []struct {
			Events []abciEvent `json:"events"`
		} `json:"txs_results"`
		Finalize []abciEvent `json:"finalize_block_events"`
	}
	if err := f.get(ctx, fmt.Sprintf("/block_results?height=%d", h), &r); err != nil {
		return block{}, err
	}
	b := block{height: h, txs: len(r.Txs), at: time.Now()}
	add := func(evs []abciEvent) {
		for _, e := range evs {
			switch e.Type {
			case evRecorded, evAssigned, evCompleted, evFailed, evRefused:
			default:
				continue
			}
			te := taskEvent{kind: e.Type, height: h, at: b.at}
			for _, a := range e.Attributes {
				// Typed events carry JSON values: "\"0xab…\"".
				v := strings.Trim(a.Value, `"`)
				switch a.Key {
				case "task_id":
					te.taskID = strings.ToLower(v)
				case "status":
					te.status = v
				}
			}
			if te.taskID != "" {
				b.events = append(b.events, te)
			}
		}
	}
	add(r.Finalize)
	for _, tx := range r.Txs {
		add(tx.Events)
	}
	return b, nil
}

// follow reports every block from the one after from on, in order, until
// ctx ends; it polls the node's height every interval.
func (f *follower) follow(ctx context.Context, from int64, interval time.Duration, out chan<- block) error {
	next := from + 1
	for {
		h, err := f.height(ctx)
		if err != nil && ctx.Err() != nil {
			return nil
		}
		for ; err == nil && next <= h; next++ {
			var b block
			if b, err = f.results(ctx, next); err != nil {
				break
			}
			select {
			case out <- b:
			case <-ctx.Done():
				return nil
			}
		}
		// On an error (a node restarting, a block's results not stored
		// yet) the same height is asked again at the next tick.
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(interval):
		}
	}
}
