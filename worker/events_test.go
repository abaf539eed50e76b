package worker_test

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtquery "github.com/cometbft/cometbft/libs/pubsub/query"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/worker"
	registrykeeper "github.com/enigmad/enigmad/x/registry/keeper"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// steppedEvents is a live event source the test drives: C wakes the
// worker, and each Live call (the worker asks it right before it waits)
// is handed to the test on idle, so that the test knows the worker has
// finished its steps and waits.
type steppedEvents struct {
	c    chan struct{}
	idle chan struct{}
	done chan struct{}
}

func (e *steppedEvents) C() <-chan struct{} { return e.c }

func (e *steppedEvents) Live() bool {
	select {
	case e.idle <- struct{}{}:
	case <-e.done:
	}
	return true
}

// TestWorkerWakesOnEvents: with live events and polls an hour apart, the
// worker runs a task once an event wakes it and never before, and goes on
// when its results land, without polling.
func TestWorkerWakesOnEvents(t *testing.T) {
	// On disk: the worker reads the chain while the test makes blocks.
	db := apptest.LevelDB(t)
	h := newHarnessOn(t, db)
	s := newBlockSender(h)
	reg := prometheus.NewRegistry()
	ev := &steppedEvents{c: make(chan struct{}, 1), idle: make(chan struct{}), done: make(chan struct{})}
	w, err := worker.New(context.Background(), worker.Config{PollInterval: time.Hour, IdlePoll: time.Hour, Events: ev,
		Metrics: worker.NewMetrics(reg)}, h.client, h.net.QueryConn(), s, h.net.Accounts[1])
	require.NoError(t, err)
	idle := func() {
		t.Helper()
		select {
		case <-ev.idle:
		case <-time.After(30 * time.Second):
			t.Fatal("the worker did not come to rest")
		}
	}

	deployment, contract := h.deploy()
	h.net.NextWith()
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- w.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		close(ev.done)
		require.ErrorIs(t, <-stopped, context.Canceled)
	})

	// The first steps run at once: the deployment goes out; its landing
	// wakes the worker, which then rests.
	idle()
	require.Equal(t, 1, s.inFlight())
	require.Equal(t, 1, s.block())
	idle()
	require.Equal(t, types.TASK_STATUS_DONE, h.status(deployment))

	// A call is assigned: nothing happens until an event says so.
	call := h.call(contract)
	h.net.NextWith()
	time.Sleep(300 * time.Millisecond)
	require.Zero(t, s.inFlight(), "the worker stepped without a wake-up")
	ev.c <- struct{}{}
	idle()
	require.Equal(t, 1, s.inFlight())
	require.Equal(t, 1, s.block())
	idle()
	require.Equal(t, types.TASK_STATUS_DONE, h.status(call))

	require.EqualValues(t, 1, metric(t, reg, "enigma_worker_wakes_total", "by", "event"))
	require.EqualValues(t, 2, metric(t, reg, "enigma_worker_wakes_total", "by", "landing"))
	require.Zero(t, metric(t, reg, "enigma_worker_wakes_total", "by", "poll"))
}

// TestQueriesMatchTheChainsEvents: the worker's event queries, as
// CometBFT's event bus applies them (each attribute under "type.key",
// tm.event naming the kind), match the events the real modules emit for
// this worker, and not those for another: a task assigned, a newcomer
// registered, its provision, an epoch started.
func TestQueriesMatchTheChainsEvents(t *testing.T) {
	h := newHarness(t)
	mine := worker.Queries(h.net.Worker.Info().Address)
	fresh := apptest.OpenEnclave(t)
	theirs := worker.Queries(fresh.Info().Address)

	// A task assigned to the genesis worker (a deployment; calls take the
	// same path).
	h.events = sdk.NewEventManager()
	h.deploy()
	require.True(t, matches(t, mine[0], "Tx", h.events.ABCIEvents()))
	require.False(t, matches(t, theirs[0], "Tx", h.events.ABCIEvents()))
	require.False(t, matches(t, mine[1], "Tx", h.events.ABCIEvents()), "not a registration")
	h.events = nil
	h.net.Next()

	// A newcomer registers: every worker hears of it.
	ctx := h.net.Context().WithEventManager(sdk.NewEventManager())
	_, err := registrykeeper.NewMsgServerImpl(h.net.App.RegistryKeeper).RegisterWorker(ctx, apptest.RegisterWorkerMsg(t, h.net.Accounts[2], fresh))
	require.NoError(t, err)
	require.True(t, matches(t, mine[1], "Tx", ctx.EventManager().ABCIEvents()))
	h.net.Next()

	// The genesis worker provisions it, in a transaction: the newcomer's
	// query matches, the provider's does not.
	ops := h.net.NewTxQueue(0)
	w, err := worker.New(context.Background(), worker.Config{}, h.client, h.net.QueryConn(), ops, h.net.Accounts[0])
	require.NoError(t, err)
	_, err = w.DutiesStep(context.Background())
	require.NoError(t, err)
	res := h.net.NextWith(ops.Take()...)
	h.net.RequireOK(res)
	var provisioned bool
	for _, tx := range res.TxResults {
		if matches(t, theirs[2], "Tx", tx.Events) {
			provisioned = true
		}
		require.False(t, matches(t, mine[2], "Tx", tx.Events))
	}
	require.True(t, provisioned, "no transaction matched the newcomer's provision query")

	// The block that starts an epoch matches, the others do not.
	e := h.net.CurrentEpoch().Number
	for h.net.CurrentEpoch().Number == e {
		events := h.net.Next()
		require.Equal(t, h.net.CurrentEpoch().Number != e, matches(t, mine[3], "NewBlockEvents", events))
	}
}

// matches applies query to events as CometBFT's event bus does.
func matches(t *testing.T, query, kind string, events []abci.Event) bool {
	t.Helper()
	q, err := cmtquery.New(query)
	require.NoError(t, err)
	attrs := map[string][]string{"tm.event": {kind}}
	for _, e := range events {
		for _, a := range e.Attributes {
			attrs[e.Type+"."+a.Key] = append(attrs[e.Type+"."+a.Key], a.Value)
		}
	}
	ok, err := q.Matches(attrs)
	require.NoError(t, err)
	return ok
}
