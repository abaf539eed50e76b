package loadgen

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A node's CometBFT RPC as the follower sees it: /status and
// /block_results in CometBFT's JSON, typed events with JSON-quoted values.
func fakeNode(t *testing.T, height *atomic.Int64, missing *atomic.Int64) *httptest.Server {
	t.Helper()
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/status":
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":-1,"result":{"sync_info":{"latest_block_height":"%d"}}}`, height.Load())
		case "/block_results":
			h := r.URL.Query().Get("height")
			if h == fmt.Sprint(missing.Load()) {
				// CometBFT serves /status before it stores the block's
				// results: the follower must ask again, not skip it.
				missing.Store(-1)
				fmt.Fprintf(w, `{"jsonrpc":"2.0","id":-1,"error":{"code":-32603,"message":"Internal error","data":"could not find results for height #%s"}}`, h)
				return
			}
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":-1,"result":{"height":"%s",
			  "txs_results":[{"code":0,"events":[
			    {"type":"enigma.secretcompute.v1.EventTaskAssigned","attributes":[{"key":"contract","value":"\"0x11\"","index":true},{"key":"task_id","value":"\"0xAB%s\"","index":true}]},
			    {"type":"transfer","attributes":[{"key":"amount","value":"1ueng","index":true}]}]},
			   {"code":0,"events":[
			    {"type":"enigma.secretcompute.v1.EventTaskFailed","attributes":[{"key":"status","value":"\"timeout\"","index":true},{"key":"task_id","value":"\"0xcd%s\"","index":true}]}]}],
			  "finalize_block_events":[
			    {"type":"enigma.secretcompute.v1.EventTaskRecorded","attributes":[{"key":"task_id","value":"\"0xef%s\"","index":true},{"key":"kind","value":"\"TASK_KIND_CALL\"","index":true}]}]}}`,
				h, h, h, h)
		default:
			http.NotFound(w, r)
		}
	}))
}

// TestFollowerReadsEveryBlockOnce: every block after the start, in order,
// once each, also one whose results were not stored yet when first asked;
// the task events with their ids (lower case) and statuses, the others
// left out.
func TestFollowerReadsEveryBlockOnce(t *testing.T) {
	var height, missing atomic.Int64
	height.Store(5)
	missing.Store(4)
	srv := fakeNode(t, &height, &missing)
	defer srv.Close()
	f := newFollower(srv.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out := make(chan block, 16)
	go func() { _ = f.follow(ctx, 2, 10*time.Millisecond, out) }()
	var got []int64
	for len(got) < 5 {
		b := <-out
		got = append(got, b.height)
		require.Equal(t, 2, b.txs)
		require.Len(t, b.events, 3, "the task events only")
		byKind := map[string]taskEvent{}
		for _, e := range b.events {
			byKind[e.kind] = e
		}
		require.Equal(t, fmt.Sprintf("0xab%d", b.height), byKind[evAssigned].taskID)
		require.Equal(t, "timeout", byKind[evFailed].status)
		require.Equal(t, fmt.Sprintf("0xef%d", b.height), byKind[evRecorded].taskID)
		if b.height == 5 {
			height.Store(7)
		}
	}
	require.Equal(t, []int64{3, 4, 5, 6, 7}, got)
	select {
	case b := <-out:
		t.Fatalf("block %d reported past the node's height", b.height)
	case <-time.After(100 * time.Millisecond):
	}
}

// TestPercentiles: p50 and p99 by rank, the maximum, and nothing for none.
func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	p := percentiles(ds)
	require.Equal(t, 51*time.Millisecond, p.P50)
	require.Equal(t, 100*time.Millisecond, p.P99)
	require.Equal(t, 100*time.Millisecond, p.Max)
	require.Equal(t, Percentiles{}, percentiles(nil))
}
