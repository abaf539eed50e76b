package wake_test

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	rpctest "github.com/cometbft/cometbft/rpc/test"

	"github.com/enigmad/enigmad/internal/wake"
)

// TestWatcherFollowsTheNode runs a real CometBFT node (its kvstore example
// application: every transaction "k=v" emits app.key=k and app.key=v) and
// watches one key through a TCP relay: the watcher wakes for the
// transactions that match and not for the others, tells when the
// connection is cut, and subscribes again once it can connect.
func TestWatcherFollowsTheNode(t *testing.T) {
	node := rpctest.StartTendermint(kvstore.NewInMemoryApplication(), rpctest.SuppressStdout, rpctest.RecreateConfig)
	t.Cleanup(func() { rpctest.StopTendermint(node) })
	nodeAddr := strings.TrimPrefix(node.Config().RPC.ListenAddress, "tcp://")
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	r := startRelay(t, nodeAddr)

	w, err := wake.Start(ctx, "tcp://"+r.addr, []string{"tm.event='Tx' AND app.key='wake'"}, nil)
	require.NoError(t, err)
	require.Eventually(t, w.Live, 10*time.Second, 20*time.Millisecond, "subscribed")

	rpc, err := rpchttp.New("tcp://"+nodeAddr, "/websocket")
	require.NoError(t, err)
	commit := func(tx string) {
		t.Helper()
		res, err := rpc.BroadcastTxCommit(ctx, []byte(tx))
		require.NoError(t, err)
		require.Zero(t, res.TxResult.Code, res.TxResult.Log)
	}
	commit("other=1")
	commit("wake=1")
	select {
	case <-w.C():
	case <-time.After(10 * time.Second):
		t.Fatal("no wake-up for a matching transaction")
	}
	// The other transaction's block came first: had it matched, its event
	// would have been counted before this one.
	require.EqualValues(t, 1, w.Events())

	// The connection is cut and the address refuses: the watcher says so.
	r.down()
	require.Eventually(t, func() bool { return !w.Live() }, 15*time.Second, 20*time.Millisecond, "the subscription is down")
	time.Sleep(1500 * time.Millisecond) // a reconnection attempt fails
	commit("wake=2")                    // missed: nobody is subscribed

	// The address answers again: the watcher subscribes again and wakes again.
	r.up()
	require.Eventually(t, w.Live, 40*time.Second, 20*time.Millisecond, "subscribed again")
	for len(w.C()) > 0 {
		<-w.C()
	}
	commit("wake=3")
	select {
	case <-w.C():
	case <-time.After(10 * time.Second):
		t.Fatal("no wake-up after the connection came back")
	}
	require.EqualValues(t, 2, w.Events())
}

// relay forwards TCP connections from addr to a target; down closes the
// listener and every connection, up listens on the same address again.
type relay struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func startRelay(t *testing.T, target string) *relay {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	r := &relay{t: t, addr: ln.Addr().String(), target: target}
	r.serve(ln)
	t.Cleanup(r.down)
	return r
}

func (r *relay) serve(ln net.Listener) {
	r.mu.Lock()
	r.ln = ln
	r.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n, err := net.Dial("tcp", r.target)
			if err != nil {
				c.Close()
				continue
			}
			r.mu.Lock()
			r.conns = append(r.conns, c, n)
			r.mu.Unlock()
			go func() { _, _ = io.Copy(n, c); n.Close() }()
			go func() { _, _ = io.Copy(c, n); c.Close() }()
		}
	}()
}

func (r *relay) down() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ln != nil {
		r.ln.Close()
		r.ln = nil
	}
	for _, c := range r.conns {
		c.Close()
	}
	r.conns = nil
}

func (r *relay) up() {
	ln, err := net.Listen("tcp", r.addr)
	require.NoError(r.t, err)
	r.serve(ln)
}

// TestStartRefusesBadInput: a query CometBFT cannot parse and an address
// it cannot dial are refused at once, not retried forever.
func TestStartRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	_, err := wake.Start(ctx, "tcp://127.0.0.1:26657", []string{"tm.event="}, nil)
	require.ErrorContains(t, err, "query")
	_, err = wake.Start(ctx, "tcp://127.0.0.1:26657", nil, nil)
	require.ErrorContains(t, err, "no query")
	_, err = wake.Start(ctx, "::not a url::", []string{"tm.event='Tx'"}, nil)
	require.ErrorContains(t, err, "node address")
}
