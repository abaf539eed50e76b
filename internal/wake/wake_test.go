package wake_test

import (
	"context"
	"net"
	"strings"
	"sync"
	"sync/atomic"
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

	w, err := wake.Start(ctx, "tcp://"+r.addr, []string{"tm.event='Tx' AND app.key='wake'"}, wake.Options{ChainID: node.GenesisDoc().ChainID})
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
	frozen []*atomic.Bool // per connection pair: stop forwarding, keep it open
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
			frozen := new(atomic.Bool)
			r.mu.Lock()
			r.conns = append(r.conns, c, n)
			r.frozen = append(r.frozen, frozen)
			r.mu.Unlock()
			go func() { forward(n, c, frozen); n.Close() }()
			go func() { forward(c, n, frozen); c.Close() }()
		}
	}()
}

// forward copies src to dst until either fails; once frozen it drops what
// it reads, as a connection that died without a word does.
func forward(dst, src net.Conn, frozen *atomic.Bool) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if err != nil {
			return
		}
		if frozen.Load() {
			continue
		}
		if _, err := dst.Write(buf[:n]); err != nil {
			return
		}
	}
}

// freeze silences the connections open now; new ones flow.
func (r *relay) freeze() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, f := range r.frozen {
		f.Store(true)
	}
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

// TestWatcherLeavesASilentOrWrongNode: a connection that goes silent
// without closing (nothing, not even a block, for Silence) is left and a
// new one made; a node of another chain is never followed.
func TestWatcherLeavesASilentOrWrongNode(t *testing.T) {
	node := rpctest.StartTendermint(kvstore.NewInMemoryApplication(), rpctest.SuppressStdout, rpctest.RecreateConfig)
	t.Cleanup(func() { rpctest.StopTendermint(node) })
	nodeAddr := strings.TrimPrefix(node.Config().RPC.ListenAddress, "tcp://")
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	r := startRelay(t, nodeAddr)
	query := []string{"tm.event='Tx' AND app.key='wake'"}

	w, err := wake.Start(ctx, "tcp://"+r.addr, query, wake.Options{ChainID: node.GenesisDoc().ChainID, Silence: 500 * time.Millisecond})
	require.NoError(t, err)
	require.Eventually(t, w.Live, 10*time.Second, 10*time.Millisecond, "subscribed")
	r.freeze()
	require.Eventually(t, func() bool { return !w.Live() }, 5*time.Second, 10*time.Millisecond, "a silent connection is left")
	require.Eventually(t, w.Live, 15*time.Second, 10*time.Millisecond, "a new connection")
	require.Zero(t, w.Events(), "blocks keep the session alive, they wake no one")

	wrong, err := wake.Start(ctx, "tcp://"+nodeAddr, query, wake.Options{ChainID: "another-chain"})
	require.NoError(t, err)
	time.Sleep(2 * time.Second)
	require.False(t, wrong.Live(), "a node of another chain")
}

// TestStartRefusesBadInput: a query CometBFT cannot parse and an address
// it cannot dial are refused at once, not retried forever.
func TestStartRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	_, err := wake.Start(ctx, "tcp://127.0.0.1:26657", []string{"tm.event="}, wake.Options{})
	require.ErrorContains(t, err, "query")
	_, err = wake.Start(ctx, "tcp://127.0.0.1:26657", nil, wake.Options{})
	require.ErrorContains(t, err, "no query")
	_, err = wake.Start(ctx, "::not a url::", []string{"tm.event='Tx'"}, wake.Options{})
	require.ErrorContains(t, err, "node address")
}
