package ingress_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/encoding/gzip"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/ingress"
	"github.com/enigmad/enigmad/ingress/types"
	"github.com/enigmad/enigmad/internal/submit"
	"github.com/enigmad/enigmad/worker"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// harness: the real app in process with a provisioned genesis worker, an
// ingress signing as account 1 whose transactions go through CheckTx into
// a queue the test puts in blocks, served on a loopback port.
type harness struct {
	t     testing.TB
	net   *apptest.Network
	queue *apptest.TxQueue
	in    *ingress.Ingress
	url   string
	grpc  types.IngressClient
	nonce uint64
	user  common.Address
}

var (
	ethChainID = big.NewInt(1337)
	bridge     = common.HexToAddress("0xb71d6")
)

func newHarness(t *testing.T, cfg ingress.Config, send func(q *apptest.TxQueue) ingress.Sender) *harness {
	return newHarnessOn(t, dbm.NewMemDB(), 5, cfg, send)
}

// newHarnessOn is newHarness on db, with epochs of epochLength blocks.
func newHarnessOn(t testing.TB, db dbm.DB, epochLength uint64, cfg ingress.Config, send func(q *apptest.TxQueue) ingress.Sender) *harness {
	chain := apptest.NewNetworkOn(t, db, epochLength, 3)
	chain.NextEpochs(2)
	q := chain.NewTxQueue(1)
	in := ingress.New(cfg, chain.App.SecretComputeKeeper, ingress.QueryState(chain.App), chain.Accounts[1].String(), nil)
	if send == nil {
		in.SetSender(ingress.SenderFunc(q.BroadcastWithGas))
	} else {
		in.SetSender(send(q))
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	t.Cleanup(func() {
		cancel()
		// Run's senders may still be in CheckTx: the database is closed
		// after this (apptest.LevelDB's cleanup runs later).
		select {
		case <-ran:
		case <-time.After(10 * time.Second):
			t.Error("the ingress's Run did not return within 10 s of its context's end")
		}
	})
	go func() {
		defer close(ran)
		_ = in.Run(ctx)
	}()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go func() { _ = in.ServeListener(ctx, l) }()
	conn, err := grpc.NewClient(l.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	return &harness{t: t, net: chain, queue: q, in: in, url: "http://" + l.Addr().String(), grpc: types.NewIngressClient(conn), user: common.HexToAddress("0x5e11e2")}
}

// sealed is a task's data as a client makes it.
type sealed struct {
	id       common.Hash
	contract common.Address
	env      []byte
	key      []byte // opens the result
	bytecode []byte
}

func (h *harness) seal(contract common.Address, id common.Hash, data []byte) sealed {
	env, key, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: h.net.Worker.Info().Keys.X25519},
		envelope.Binding{ChainID: app.DefaultChainID, Contract: contract, TaskID: id}, envelope.Call{Data: data})
	require.NoError(h.t, err)
	return sealed{id: id, contract: contract, env: env, key: key}
}

func counter(t testing.TB) *contracts.Artifact {
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	return art
}

// recordDeploy attests a Counter deployment's record (as x/bridge does)
// and commits it.
func (h *harness) recordDeploy() sealed {
	art := counter(h.t)
	h.nonce++
	id := ids.TaskID(ethChainID, bridge, h.user, ids.CounterSalt(h.nonce))
	s := h.seal(ids.ContractAddress(id), id, nil)
	s.bytecode = art.Bytecode
	require.NoError(h.t, h.net.App.SecretComputeKeeper.OnDeploymentRecord(h.net.Context(), sctypes.DeploymentRecord{EventNonce: h.nonce, TaskID: id,
		CodeHash: crypto.Keccak256Hash(art.Bytecode), Sender: h.user, InputsHash: ids.InputsHash(s.env), GasLimit: 2_000_000, GasPrice: big.NewInt(1),
		EthBlock: 100, EthTime: 1_800_000_000}))
	h.net.Next()
	return s
}

// recordCall attests a record of Counter.increment on contract and
// commits it.
func (h *harness) recordCall(contract common.Address) sealed {
	s := h.recordCallNoBlock(contract)
	h.net.Next()
	return s
}

// recordCallNoBlock attests a record of Counter.increment on contract
// without committing a block.
func (h *harness) recordCallNoBlock(contract common.Address) sealed {
	data, err := counter(h.t).ABI.Pack("increment")
	require.NoError(h.t, err)
	h.nonce++
	id := ids.TaskID(ethChainID, bridge, h.user, ids.CounterSalt(h.nonce))
	s := h.seal(contract, id, data)
	require.NoError(h.t, h.net.App.SecretComputeKeeper.OnTaskRecord(h.net.Context(), sctypes.TaskRecord{EventNonce: h.nonce, TaskID: id, Contract: contract,
		Sender: h.user, InputsHash: ids.InputsHash(s.env), GasLimit: 200_000, GasPrice: big.NewInt(1), EscrowAmount: new(big.Int), EthBlock: 101, EthTime: 1_800_000_012}))
	return s
}

// body is the JSON a client posts for s, for the genesis worker in the
// current epoch.
func (h *harness) body(s sealed) map[string]any {
	b := map[string]any{"task_id": s.id.Hex(), "epoch": h.net.CurrentEpoch().Number, "worker": h.net.Worker.Info().Address.Hex(),
		"envelope": hexutil.Encode(s.env)}
	if s.bytecode != nil {
		b["bytecode"] = hexutil.Encode(s.bytecode)
	}
	return b
}

// post posts body to route and returns the status and decoded answer.
func (h *harness) post(route string, body any) (int, map[string]any, http.Header) {
	bz, err := json.Marshal(body)
	require.NoError(h.t, err)
	res, err := http.Post(h.url+route, "application/json", bytes.NewReader(bz))
	require.NoError(h.t, err)
	return decode(h.t, res)
}

func decode(t testing.TB, res *http.Response) (int, map[string]any, http.Header) {
	defer res.Body.Close()
	var out map[string]any
	require.NoError(t, json.NewDecoder(res.Body).Decode(&out))
	return res.StatusCode, out, res.Header
}

func (h *harness) status(id common.Hash) map[string]any {
	res, err := http.Get(h.url + ingress.RouteTasks + id.Hex())
	require.NoError(h.t, err)
	code, out, _ := decode(h.t, res)
	require.Equal(h.t, http.StatusOK, code, out)
	return out
}

// block puts what the ingress broadcast in a block, which must run it
// all without failures.
func (h *harness) block() {
	h.net.RequireOK(h.net.NextWith(h.queue.Take()...))
}

// runWorker returns a step of the genesis worker's daemon, sending as
// account 2, whose results go straight into a block.
func (h *harness) runWorker() func() {
	results := h.net.NewTxQueue(2)
	w, err := worker.New(context.Background(), worker.Config{}, apptest.ServeEnclave(h.t, h.net.Worker), h.net.QueryConn(), results, h.net.Accounts[2])
	require.NoError(h.t, err)
	return func() {
		_, err := w.Step(context.Background())
		require.NoError(h.t, err)
		w.Settle() // its results are queued
		h.net.RequireOK(h.net.NextWith(results.Take()...))
	}
}

// A deployment and a call go from their attested records through the
// ingress (HTTP, then gRPC) to the worker's committed result, which the
// client's key opens.
func TestTaskThroughTheIngress(t *testing.T) {
	h := newHarness(t, ingress.Config{}, nil)
	step := h.runWorker()

	dep := h.recordDeploy()
	require.Equal(t, "TASK_STATUS_AWAITING_DATA", h.status(dep.id)["status"])
	code, out, _ := h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusAccepted, code, out)
	txs := h.queue.Take()
	require.Len(t, txs, 1)
	require.Equal(t, submit.TxHash(txs[0]), out["tx_hash"])
	got := h.status(dep.id)
	require.Equal(t, "INGRESS_STATE_BROADCAST", got["ingress"])
	require.Equal(t, out["tx_hash"], got["tx_hash"])
	res := h.net.NextWith(txs...)
	h.net.RequireOK(res)
	require.Zero(t, res.TxResults[0].Code)
	require.Equal(t, "TASK_STATUS_PENDING", h.status(dep.id)["status"])
	step()
	require.Equal(t, "TASK_STATUS_DONE", h.status(dep.id)["status"])

	call := h.recordCall(dep.contract)
	resp, err := h.grpc.SubmitTaskData(context.Background(), &types.SubmitTaskDataRequest{TaskId: call.id.Bytes(), Epoch: h.net.CurrentEpoch().Number,
		Worker: h.net.Worker.Info().Address.Bytes(), Envelope: call.env})
	require.NoError(t, err)
	require.NotEmpty(t, resp.TxHash)
	h.block()
	step()
	st, err := h.grpc.TaskStatus(context.Background(), &types.TaskStatusRequest{TaskId: call.id.Bytes()})
	require.NoError(t, err)
	require.Equal(t, sctypes.TASK_STATUS_DONE, st.Status)
	receipt, err := h.net.App.SecretComputeKeeper.Receipts.Get(h.net.Context(), call.id.Bytes())
	require.NoError(t, err)
	plain, err := envelope.OpenResult(call.key, call.id.Bytes(), receipt.Output)
	require.NoError(t, err)
	ret, err := counter(t).ABI.Unpack("increment", plain)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), ret[0])
}

// Every refusal answers at once with its registered error, over HTTP and
// gRPC, and puts nothing on chain.
func TestRefusals(t *testing.T) {
	h := newHarness(t, ingress.Config{}, nil)
	dep := h.recordDeploy()
	code, out, _ := h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusAccepted, code, out)
	h.block()
	h.runWorker()()
	call := h.recordCall(dep.contract)
	other := h.seal(dep.contract, call.id, []byte{1, 2, 3})
	params, err := h.net.App.SecretComputeKeeper.Params.Get(h.net.Context())
	require.NoError(t, err)
	stranger := common.HexToAddress("0x0000000000000000000000000000000000005eed")

	with := func(edit func(map[string]any)) map[string]any {
		b := h.body(call)
		edit(b)
		return b
	}
	for _, tc := range []struct {
		name  string
		route string
		body  any
		http  int
		want  interface{ Is(error) bool }
		space string
		code  uint32
	}{
		{"unknown task", ingress.RouteTaskData, with(func(b map[string]any) { b["task_id"] = common.Hash{1}.Hex() }), 404, nil, "secretcompute", sctypes.ErrUnknownTask.ABCICode()},
		{"wrong inputs hash", ingress.RouteTaskData, with(func(b map[string]any) { b["envelope"] = hexutil.Encode(other.env) }), 400, nil, "secretcompute", sctypes.ErrInputsHash.ABCICode()},
		{"not selected", ingress.RouteTaskData, with(func(b map[string]any) { b["worker"] = stranger.Hex() }), 400, nil, "secretcompute", sctypes.ErrNotSelected.ABCICode()},
		{"epoch too old", ingress.RouteTaskData, with(func(b map[string]any) { b["epoch"] = h.net.CurrentEpoch().Number - 2 }), 400, nil, "secretcompute", sctypes.ErrEpoch.ABCICode()},
		{"epoch as a decimal string too old", ingress.RouteTaskData, with(func(b map[string]any) { b["epoch"] = fmt.Sprint(h.net.CurrentEpoch().Number - 2) }), 400, nil, "secretcompute", sctypes.ErrEpoch.ABCICode()},
		{"too large", ingress.RouteTaskData, with(func(b map[string]any) { b["envelope"] = hexutil.Encode(make([]byte, params.MaxTaskDataSize+1)) }), 413, nil, "secretcompute", sctypes.ErrTooLarge.ABCICode()},
		{"a deployment's data posted as a call", ingress.RouteTaskData, h.body(dep), 400, nil, "ingress", types.ErrInvalidRequest.ABCICode()},
		{"a call as a deployment", ingress.RouteDeployData, with(func(b map[string]any) { b["bytecode"] = "0x6000" }), 400, nil, "secretcompute", sctypes.ErrWrongKind.ABCICode()},
		{"data already on chain", ingress.RouteDeployData, h.body(dep), 409, nil, "secretcompute", sctypes.ErrDataPresent.ABCICode()},
		{"not hex", ingress.RouteTaskData, with(func(b map[string]any) { b["envelope"] = "nothex" }), 400, nil, "ingress", types.ErrInvalidRequest.ABCICode()},
		{"short task id", ingress.RouteTaskData, with(func(b map[string]any) { b["task_id"] = "0x1234" }), 400, nil, "ingress", types.ErrInvalidRequest.ABCICode()},
		{"unknown field", ingress.RouteTaskData, with(func(b map[string]any) { b["gas"] = 1 }), 400, nil, "ingress", types.ErrInvalidRequest.ABCICode()},
		{"not an object", ingress.RouteTaskData, []int{1}, 400, nil, "ingress", types.ErrInvalidRequest.ABCICode()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, _ := h.post(tc.route, tc.body)
			require.Equal(t, tc.http, code, out)
			require.Equal(t, tc.space, out["codespace"], out)
			require.Equal(t, float64(tc.code), out["code"], out)
			require.Empty(t, h.queue.Take(), "nothing sent")
		})
	}

	// A body over the limit is cut off while it is read, whether or not
	// it says its length.
	limit := 2*params.MaxTaskDataSize + 4<<10
	oversized := strings.NewReader(`{"task_id":"` + call.id.Hex() + `","envelope":"0x` + strings.Repeat("00", int(limit)) + `"}`)
	req, err := http.NewRequest(http.MethodPost, h.url+ingress.RouteTaskData, io.MultiReader(oversized)) // no length: chunked
	require.NoError(t, err)
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	code, out, _ = decode(t, res)
	require.Equal(t, http.StatusRequestEntityTooLarge, code, out)
	require.Equal(t, float64(sctypes.ErrTooLarge.ABCICode()), out["code"])

	// gRPC carries the registered error in its details.
	_, err = h.grpc.SubmitTaskData(context.Background(), &types.SubmitTaskDataRequest{TaskId: call.id.Bytes(), Epoch: h.net.CurrentEpoch().Number,
		Worker: stranger.Bytes(), Envelope: call.env})
	require.Error(t, err)
	require.True(t, errors.Is(ingress.RegisteredError(err), sctypes.ErrNotSelected), "%v", err)

	res2 := h.net.NextWith(h.queue.Take()...)
	require.Empty(t, res2.TxResults, "nothing on chain")
	require.Equal(t, "TASK_STATUS_AWAITING_DATA", h.status(call.id)["status"])
}

// gate holds the ingress's transactions until the test opens it.
type gate struct {
	q      *apptest.TxQueue
	called chan struct{}
	open   chan struct{}
}

func (g *gate) SendWithGas(ctx context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error) {
	g.called <- struct{}{}
	<-g.open
	return g.q.BroadcastWithGas(ctx, msgGas, msgs...)
}

// A full queue answers 503 with Retry-After; what was queued is sent.
func TestFullQueue(t *testing.T) {
	g := &gate{called: make(chan struct{}, 16), open: make(chan struct{})}
	h := newHarness(t, ingress.Config{QueueSize: 1, Senders: 1, FlushInterval: time.Millisecond}, func(q *apptest.TxQueue) ingress.Sender { g.q = q; return g })
	deps := []sealed{h.recordDeploy(), h.recordDeploy(), h.recordDeploy(), h.recordDeploy()}
	codes := make(chan string, 3)
	post := func(s sealed) {
		go func() {
			code, out, _ := h.post(ingress.RouteDeployData, h.body(s))
			codes <- fmt.Sprint(code, out["message"])
		}()
	}
	post(deps[0])
	<-g.called // held by the one sender
	post(deps[1])
	require.Eventually(t, func() bool { return h.statusOf(deps[1].id) == "INGRESS_STATE_QUEUED" && h.in.Queued() == 0 }, 5*time.Second, time.Millisecond,
		"taken from the queue, waiting for the sender (in that order: queued, then taken)")
	post(deps[2])
	require.Eventually(t, func() bool { return h.in.Queued() == 1 }, 5*time.Second, time.Millisecond)

	code, out, header := h.post(ingress.RouteDeployData, h.body(deps[3]))
	require.Equal(t, http.StatusServiceUnavailable, code, out)
	require.Equal(t, "1", header.Get("Retry-After"))
	require.Equal(t, "ingress", out["codespace"])
	require.Equal(t, float64(types.ErrBusy.ABCICode()), out["code"])
	require.Equal(t, "INGRESS_STATE_UNSPECIFIED", h.statusOf(deps[3].id))

	close(g.open)
	for range 3 {
		require.Equal(t, "202 <nil>", <-codes)
	}
	h.block()
	for _, d := range deps[:3] {
		require.Equal(t, "TASK_STATUS_PENDING", h.status(d.id)["status"])
	}
	require.Equal(t, "TASK_STATUS_AWAITING_DATA", h.status(deps[3].id)["status"])
}

func (h *harness) statusOf(id common.Hash) string {
	return fmt.Sprint(h.status(id)["ingress"])
}

// The chain refusing a transaction of several task data (one of them sent
// by someone else meanwhile) costs the others nothing: each is checked
// and sent alone, and the one taken answers with the chain's error.
func TestOneRefusalTakesNoOneDown(t *testing.T) {
	g := &gate{called: make(chan struct{}, 16), open: make(chan struct{})}
	h := newHarness(t, ingress.Config{Senders: 1, FlushInterval: 2 * time.Second}, func(q *apptest.TxQueue) ingress.Sender { g.q = q; return g })
	x, a, b := h.recordDeploy(), h.recordDeploy(), h.recordDeploy()
	type answer struct {
		id   common.Hash
		code int
		out  map[string]any
	}
	answers := make(chan answer, 3)
	post := func(s sealed) {
		go func() {
			code, out, _ := h.post(ingress.RouteDeployData, h.body(s))
			answers <- answer{s.id, code, out}
		}()
	}
	post(x)
	<-g.called
	post(a)
	post(b)
	require.Eventually(t, func() bool {
		return h.statusOf(a.id) == "INGRESS_STATE_QUEUED" && h.statusOf(b.id) == "INGRESS_STATE_QUEUED" && h.in.Queued() == 0
	}, 15*time.Second, time.Millisecond) // a and b in one batch: b posted within the flush interval of a

	// Someone else's transaction carries b's data into the mempool first.
	other := h.net.NewTxQueue(2)
	msg := &sctypes.MsgSubmitDeployData{Submitter: h.net.Accounts[2].String(), TaskId: b.id.Bytes(), Epoch: h.net.CurrentEpoch().Number,
		Worker: h.net.Worker.Info().Address.Bytes(), Bytecode: b.bytecode, Envelope: b.env}
	_, err := other.Broadcast(context.Background(), msg)
	require.NoError(t, err)

	close(g.open)
	got := map[common.Hash]answer{}
	for range 3 {
		an := <-answers
		got[an.id] = an
	}
	require.Equal(t, http.StatusAccepted, got[x.id].code, got[x.id].out)
	require.Equal(t, http.StatusAccepted, got[a.id].code, got[a.id].out)
	require.Equal(t, http.StatusConflict, got[b.id].code, got[b.id].out)
	require.Equal(t, "secretcompute", got[b.id].out["codespace"])
	require.Equal(t, float64(sctypes.ErrDataPresent.ABCICode()), got[b.id].out["code"])
	require.Equal(t, "INGRESS_STATE_FAILED", h.statusOf(b.id))
	require.Len(t, g.called, 3, "x, then a and b together (refused), then a alone and b alone")

	h.net.RequireOK(h.net.NextWith(append(h.queue.Take(), other.Take()...)...))
	for _, s := range []sealed{x, a, b} {
		require.Equal(t, "TASK_STATUS_PENDING", h.status(s.id)["status"])
	}
}

// At most MaxRequests requests are served at once: the next is refused
// with ErrBusy (503 and Retry-After; gRPC Unavailable carrying the error)
// before its body is read; a request whose body stalls is answered 408 at
// RequestTimeout and frees its place.
func TestRequestBounds(t *testing.T) {
	h := newHarness(t, ingress.Config{MaxRequests: 1, RequestTimeout: 3 * time.Second}, nil)
	dep := h.recordDeploy()

	pr, pw := io.Pipe()
	stalled := make(chan int, 1)
	go func() {
		res, err := http.Post(h.url+ingress.RouteDeployData, "application/json", pr)
		if err != nil {
			stalled <- -1
			return
		}
		res.Body.Close()
		stalled <- res.StatusCode
	}()
	_, err := pw.Write([]byte(`{"task_id": "`)) // and nothing more
	require.NoError(t, err)
	// The bytes are sent; the server may not have taken the request yet.
	require.Eventually(t, func() bool { return h.in.Serving() == 1 }, 15*time.Second, time.Millisecond, "the stalled request holds the one place")

	code, out, header := h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusServiceUnavailable, code, out)
	require.Equal(t, "1", header.Get("Retry-After"))
	require.Equal(t, float64(types.ErrBusy.ABCICode()), out["code"])
	_, err = h.grpc.SubmitDeployData(context.Background(), &types.SubmitDeployDataRequest{TaskId: dep.id.Bytes(), Epoch: h.net.CurrentEpoch().Number,
		Worker: h.net.Worker.Info().Address.Bytes(), Envelope: dep.env, Bytecode: dep.bytecode})
	require.Equal(t, codes.Unavailable, status.Code(err), err)
	require.ErrorIs(t, ingress.RegisteredError(err), types.ErrBusy)

	select {
	case code := <-stalled:
		require.Equal(t, http.StatusRequestTimeout, code)
	case <-time.After(15 * time.Second):
		t.Fatal("the stalled request was not cut off")
	}
	pw.Close()
	code, out, _ = h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusAccepted, code, out)
}

// A transaction dropped from the mempool (here: never put in a block) is
// reported so once it has outlived its lifetime (Retain) while the chain
// still awaits the data, and the same data is taken again; the second
// transaction lands.
func TestDroppedTransactionIsReported(t *testing.T) {
	h := newHarness(t, ingress.Config{Retain: 300 * time.Millisecond, DropMargin: time.Nanosecond}, nil)
	dep := h.recordDeploy()
	code, out, _ := h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusAccepted, code, out)
	first := out["tx_hash"]
	require.Len(t, h.queue.Take(), 1, "broadcast, then lost")
	require.Equal(t, "INGRESS_STATE_BROADCAST", h.statusOf(dep.id))

	// Within its lifetime the same data answers with the same transaction.
	code, out, _ = h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusAccepted, code, out)
	require.Equal(t, first, out["tx_hash"])
	require.Empty(t, h.queue.Take())

	// A block (CheckTx's state starts again from it: the lost
	// transaction's claim on the task is gone, as when a node's mempool
	// drops it on recheck), and its lifetime passes.
	h.net.Next()
	time.Sleep(400 * time.Millisecond)
	st := h.status(dep.id)
	require.Equal(t, "INGRESS_STATE_FAILED", st["ingress"])
	require.Contains(t, st["error"], "not included within its lifetime")
	require.Equal(t, "TASK_STATUS_AWAITING_DATA", st["status"])

	code, out, _ = h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(t, http.StatusAccepted, code, out)
	require.NotEqual(t, first, out["tx_hash"])
	h.block()
	require.Equal(t, "TASK_STATUS_PENDING", h.status(dep.id)["status"])
	require.Equal(t, "INGRESS_STATE_BROADCAST", h.statusOf(dep.id))
}

// gRPC bodies are judged by their frame header before the message is
// read: a compressed message is refused (a small gzip body could decode
// to gRPC's own bound), and so is one over the chain's limit, with the
// module's ErrTooLarge as over HTTP.
func TestGRPCFrameBounds(t *testing.T) {
	h := newHarness(t, ingress.Config{}, nil)
	dep := h.recordDeploy()
	req := &types.SubmitDeployDataRequest{TaskId: dep.id.Bytes(), Epoch: h.net.CurrentEpoch().Number,
		Worker: h.net.Worker.Info().Address.Bytes(), Envelope: dep.env, Bytecode: dep.bytecode}

	_, err := h.grpc.SubmitDeployData(context.Background(), req, grpc.UseCompressor(gzip.Name))
	require.Error(t, err)
	require.ErrorIs(t, ingress.RegisteredError(err), types.ErrInvalidRequest, err)
	require.Contains(t, err.Error(), "compressed")

	big := *req
	big.Envelope = make([]byte, 1<<20)
	_, err = h.grpc.SubmitDeployData(context.Background(), &big)
	require.ErrorIs(t, ingress.RegisteredError(err), sctypes.ErrTooLarge, err)

	require.Empty(t, h.queue.Take(), "nothing sent")
	_, err = h.grpc.SubmitDeployData(context.Background(), req)
	require.NoError(t, err)
}
