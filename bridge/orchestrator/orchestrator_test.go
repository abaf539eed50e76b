package orchestrator_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/bridge/orchestrator"
	"github.com/enigmad/enigmad/contracts/sim"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// harness is four validators on the real app, each with an orchestrator,
// and the bridge deployed on a simulated Ethereum with their set 0.
type harness struct {
	t      testing.TB
	eth    *sim.Chain
	net    *apptest.BridgeNetwork
	cfg    orchestrator.Config
	orchs  []*orchestrator.Orchestrator
	queues []*apptest.TxQueue
	// gasUsed adds up the gas of every transaction the rounds delivered.
	gasUsed int64
}

func newHarness(t testing.TB, cfg orchestrator.Config, edit func(cdc codec.Codec, genesis map[string]json.RawMessage)) *harness {
	eth, err := sim.New(sim.Options{Users: 2})
	require.NoError(t, err)
	t.Cleanup(func() { _ = eth.Close() })
	// Genesis names where the deployer's next deployment lands; the bridge
	// is deployed there with the chain's validator set 0, as the localnet
	// does it.
	next, err := eth.NextAddress()
	require.NoError(t, err)
	eth.BridgeAddr = next
	var keys []*ecdsa.PrivateKey
	for i := range 4 {
		keys = append(keys, sim.NewAccount(fmt.Sprintf("validator%d", i)).Key)
	}
	h := &harness{t: t, eth: eth, cfg: cfg}
	h.net = apptest.NewBridgeNetwork(t, []int64{10, 10, 10, 10}, keys, apptest.BridgeOptions{EthChainID: eth.ChainID, Bridge: eth.BridgeAddr, Edit: edit})
	v0, err := bridgetypes.NewQueryClient(h.net.QueryConn()).Valset(context.Background(), &bridgetypes.QueryValsetRequest{Nonce: 0})
	require.NoError(t, err)
	require.NoError(t, eth.DeployBridge(v0.Valset.Commitment()))
	require.Equal(t, next, eth.BridgeAddr)
	for i := range 4 {
		h.queues = append(h.queues, h.net.NewTxQueue(h.net.Vals[i].Orch))
		h.orchs = append(h.orchs, nil)
		h.restart(i)
		// Relayers pay for Ethereum gas.
		_, err := eth.Send(eth.Deployer, h.orchs[i].EthAddress(), big.NewInt(params.Ether), nil)
		require.NoError(t, err)
	}
	return h
}

// restart replaces orchestrator i with a new one, as after a crash: it
// knows only what the chain and the contract say.
func (h *harness) restart(i int) {
	o, err := orchestrator.New(context.Background(), h.cfg, h.eth.Client, h.net.QueryConn(), h.queues[i], h.net.Orchestrator(i), h.net.Vals[i].Key)
	require.NoError(h.t, err)
	h.orchs[i] = o
}

// round runs one step of each loop of each orchestrator, then puts every
// transaction they sent in one block, which must all succeed.
func (h *harness) round() {
	h.t.Helper()
	ctx := context.Background()
	var txs [][]byte
	for i, o := range h.orchs {
		_, err := o.WatchStep(ctx)
		require.NoError(h.t, err)
		_, err = o.SignStep(ctx)
		require.NoError(h.t, err)
		if h.cfg.Relay {
			_, err = o.RelayStep(ctx)
			require.NoError(h.t, err)
		}
		txs = append(txs, h.queues[i].Take()...)
	}
	res := h.net.NextWith(txs...)
	h.net.RequireOK(res)
	for _, r := range res.TxResults {
		h.gasUsed += r.GasUsed
	}
}

func (h *harness) status() *bridgetypes.QueryStatusResponse {
	res, err := bridgetypes.NewQueryClient(h.net.QueryConn()).Status(context.Background(), &bridgetypes.QueryStatusRequest{})
	require.NoError(h.t, err)
	return res
}

// recordTasks makes n records on Ethereum, 50 a block.
func (h *harness) recordTasks(n int) {
	h.t.Helper()
	u := h.eth.Users[0]
	nonce, err := h.eth.Client.PendingNonceAt(context.Background(), u.Addr)
	require.NoError(h.t, err)
	for i := range n {
		salt := h.eth.Salt()
		price := big.NewInt(1)
		data := h.eth.Bridge.PackCreateTaskRecord(salt, common.HexToAddress("0xc0de"), common.Hash{byte(i)}, 50_000, price)
		_, err := h.eth.SendAsync(u, nonce, h.eth.BridgeAddr, sim.Fee(50_000, price), data, 200_000)
		require.NoError(h.t, err)
		nonce++
		if i%50 == 49 {
			h.eth.Backend.Commit()
		}
	}
	h.eth.Backend.Commit()
}

// 500 records are observed exactly once, whatever the orchestrators go
// through: one is killed and restarted every few rounds, and what it had
// sent but not yet delivered is lost.
func TestRecordsObservedExactlyOnce(t *testing.T) {
	h := newHarness(t, orchestrator.Config{MsgsPerTx: 2}, func(cdc codec.Codec, genesis map[string]json.RawMessage) {
		var gs bridgetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[bridgetypes.ModuleName], &gs)
		gs.Params.MaxEventsPerMsg = 40 // 80 events a transaction: many rounds
		genesis[bridgetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
	})
	h.recordTasks(500)
	for r := 0; r < 40 && h.status().LastObserved.EventNonce < 500; r++ {
		if r%3 == 1 {
			victim := r % 4
			h.queues[victim].Take() // killed before its transaction went out
			h.restart(victim)
		}
		h.round()
	}
	require.Equal(t, uint64(500), h.status().LastObserved.EventNonce)
	k := h.net.App.SecretComputeKeeper
	ctx := h.net.Context()
	n := 0
	require.NoError(t, k.Tasks.Walk(ctx, nil, func(_ []byte, task secretcomputetypes.Task) (bool, error) {
		n++
		require.Equal(t, secretcomputetypes.TASK_STATUS_AWAITING_DATA, task.Status)
		return false, nil
	}))
	require.Equal(t, 500, n, "each record is one task")
	seq, err := k.NextSequence.Peek(ctx)
	require.NoError(t, err)
	require.Zero(t, seq, "no record was refused (a record applied twice would be, as a duplicate id)")
	for i := range 4 {
		cur, err := bridgetypes.NewQueryClient(h.net.QueryConn()).Cursor(context.Background(), &bridgetypes.QueryCursorRequest{Address: h.net.Orchestrator(i).String()})
		require.NoError(t, err)
		require.Equal(t, uint64(500), cur.Cursor.EventNonce)
	}
}

// A record in a block that a reorganization within the confirmation depth
// removes is never claimed; the record that replaced it is.
func TestReorgWithinConfirmationsYieldsNoClaim(t *testing.T) {
	h := newHarness(t, orchestrator.Config{Confirmations: 2}, nil)
	ctx := context.Background()
	u := h.eth.Users[1]
	parent, err := h.eth.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	nonce, err := h.eth.Client.PendingNonceAt(ctx, u.Addr)
	require.NoError(t, err)
	orphan, _, err := h.eth.RecordTask(u, common.HexToAddress("0xc0de"), common.Hash{1}, 50_000, big.NewInt(1))
	require.NoError(t, err)
	h.round()
	require.Zero(t, h.status().LastObserved.EventNonce, "one block deep: not safe yet")

	// The block with the record is replaced by a longer fork where the
	// same account's nonce makes another record.
	require.NoError(t, h.eth.Backend.Fork(parent.Hash()))
	// The orphaned transaction went back to the pool: replace it, at a
	// higher price, with another record.
	salt := h.eth.Salt()
	to := h.eth.BridgeAddr
	replacement, err := ethtypes.SignTx(ethtypes.NewTx(&ethtypes.DynamicFeeTx{ChainID: h.eth.ChainID, Nonce: nonce,
		GasTipCap: big.NewInt(50 * params.GWei), GasFeeCap: big.NewInt(500 * params.GWei), Gas: 200_000, To: &to,
		Value: sim.Fee(60_000, big.NewInt(1)), Data: h.eth.Bridge.PackCreateTaskRecord(salt, common.HexToAddress("0xc0de"), common.Hash{2}, 60_000, big.NewInt(1))}),
		ethtypes.LatestSignerForChainID(h.eth.ChainID), u.Key)
	require.NoError(t, err)
	// The pool catches up with the fork on a goroutine of its own: until
	// it has, it judges the replacement by the orphaned head.
	for range 1500 { // 15 s: the pool's catch-up is a goroutine on a loaded machine
		if err = h.eth.Client.SendTransaction(ctx, replacement); err == nil || !strings.Contains(err.Error(), "nonce too low") {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, err)
	for range 4 {
		h.eth.Backend.Commit()
	}
	for range 3 {
		h.round()
	}
	require.Equal(t, uint64(1), h.status().LastObserved.EventNonce)
	k := h.net.App.SecretComputeKeeper
	_, err = k.Tasks.Get(h.net.Context(), orphan.ID.Bytes())
	require.Error(t, err, "the orphaned record was never claimed")
	var tasks []secretcomputetypes.Task
	require.NoError(t, k.Tasks.Walk(h.net.Context(), nil, func(_ []byte, task secretcomputetypes.Task) (bool, error) {
		tasks = append(tasks, task)
		return false, nil
	}))
	require.Len(t, tasks, 1)
	require.Equal(t, uint64(60_000), tasks[0].GasLimit, "the record of the fork")
}

// A batch closed on chain is signed by the orchestrators, relayed to the
// contract and observed back; a new validator set goes the same way; a
// second relayer's attempt sends nothing.
func TestBatchAndValsetRelayed(t *testing.T) {
	h := newHarness(t, orchestrator.Config{Relay: true}, func(cdc codec.Codec, genesis map[string]json.RawMessage) {
		// Records under 2 wei per gas are refused: their receipts make a batch.
		var gs secretcomputetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[secretcomputetypes.ModuleName], &gs)
		gs.Params.MinGasPrice = sdkmath.NewInt(2)
		genesis[secretcomputetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
	})
	h.recordTasks(3)
	for r := 0; r < 30 && h.status().LastEthBatchNonce < 1; r++ {
		h.round()
		h.eth.Backend.Commit()
	}
	st := h.status()
	require.Equal(t, uint64(1), st.LastEthBatchNonce, "the batch reached the contract and its event came back")
	require.Equal(t, uint64(4), st.LastObserved.EventNonce, "three records and the batch")

	// Each relay was sent once, by the orchestrator whose turn it was; a
	// relayer trying again sends nothing.
	ctx := context.Background()
	var relays uint64
	for _, o := range h.orchs {
		n, err := h.eth.Client.NonceAt(ctx, o.EthAddress(), nil)
		require.NoError(t, err)
		relays += n
	}
	require.Equal(t, uint64(1), relays, "one batch, one relay")
	for _, o := range h.orchs {
		sent, err := o.RelayStep(ctx)
		require.NoError(t, err)
		require.False(t, sent)
		pending, err := h.eth.Client.PendingNonceAt(ctx, o.EthAddress())
		require.NoError(t, err)
		mined, err := h.eth.Client.NonceAt(ctx, o.EthAddress(), nil)
		require.NoError(t, err)
		require.Equal(t, mined, pending, "nothing sent")
	}

	// Validator 0 doubles its power: set 1 is made, signed, relayed.
	stake := stakingtypes.NewMsgDelegate(h.net.Accounts[h.net.Vals[0].Op].String(), h.net.Vals[0].Val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(10, sdk.DefaultPowerReduction)))
	h.net.RequireOK(h.net.NextWith(h.net.SignedTx(h.net.Vals[0].Op, nil, 500_000, stake)))
	for r := 0; r < 10 && h.status().LastEthValsetNonce < 1; r++ {
		h.round()
		h.eth.Backend.Commit()
	}
	require.Equal(t, uint64(1), h.status().LastEthValsetNonce)
}

// tamperConn is a node that lies: it asks the orchestrator to sign another
// digest than the batch's.
type tamperConn struct{ grpc.ClientConnInterface }

func (c tamperConn) Invoke(ctx context.Context, method string, args, reply any, opts ...grpc.CallOption) error {
	if err := c.ClientConnInterface.Invoke(ctx, method, args, reply, opts...); err != nil {
		return err
	}
	if p, ok := reply.(*bridgetypes.QueryPendingResponse); ok {
		for i := range p.Batches {
			p.Batches[i].Digest = common.Hash{0xba, 0xd}.Hex() // e.g. an Ethereum transaction's signing hash
		}
	}
	return nil
}

// An orchestrator signs only digests it computed itself.
func TestSignerRefusesADigestItDidNotCompute(t *testing.T) {
	h := newHarness(t, orchestrator.Config{}, func(cdc codec.Codec, genesis map[string]json.RawMessage) {
		var gs secretcomputetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[secretcomputetypes.ModuleName], &gs)
		gs.Params.MinGasPrice = sdkmath.NewInt(2) // a refused record, then a batch
		genesis[secretcomputetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
	})
	h.recordTasks(1)
	ctx := context.Background()
	var txs [][]byte
	for i, o := range h.orchs {
		_, err := o.WatchStep(ctx)
		require.NoError(t, err)
		txs = append(txs, h.queues[i].Take()...)
	}
	h.net.RequireOK(h.net.NextWith(txs...))
	for r := 0; r < 15 && h.status().LastBatchNonce < 1; r++ {
		h.net.Next()
	}
	require.Equal(t, uint64(1), h.status().LastBatchNonce, "the refused record's batch, which nobody signed yet")
	q := h.net.NewTxQueue(h.net.Vals[0].Orch)
	liar, err := orchestrator.New(ctx, orchestrator.Config{}, h.eth.Client, tamperConn{h.net.QueryConn()}, q, h.net.Orchestrator(0), h.net.Vals[0].Key)
	require.NoError(t, err)
	_, err = liar.SignStep(ctx)
	require.ErrorContains(t, err, "refused")
	require.Empty(t, q.Take(), "nothing signed")
}
