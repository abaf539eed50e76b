package keeper_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/sim"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/x/bridge/keeper"
	"github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

type fixture struct {
	t     *testing.T
	chain *apptest.BridgeNetwork
	vals  []validator
	// ethChainID and bridge are what the params name.
	ethChainID *big.Int
	bridge     common.Address
}

// validator is one of the fixture's validators.
type validator struct {
	op, orch int
	val      sdk.ValAddress
	key      *ecdsa.PrivateKey
	eth      common.Address
}

// fixtureOptions shape a fixture.
type fixtureOptions struct {
	// eth is the simulated Ethereum whose bridge the params name.
	eth *sim.Chain
	// unconfigured leaves the bridge params empty.
	unconfigured bool
	// edit changes the rest of the genesis.
	edit func(cdc codec.Codec, genesis map[string]json.RawMessage)
}

// newFixture starts the real app with one validator per power, each with
// an orchestrator named (apptest.NewBridgeNetwork); Ethereum keys are
// sim's "validator%d" keys, the ones sim deploys its bridge with.
func newFixture(t *testing.T, powers []int64, o fixtureOptions) *fixture {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	for i := range powers {
		keys = append(keys, sim.NewAccount(fmt.Sprintf("validator%d", i)).Key)
	}
	opts := apptest.BridgeOptions{Unconfigured: o.unconfigured, Edit: o.edit}
	if o.eth != nil {
		opts.EthChainID, opts.Bridge = o.eth.ChainID, o.eth.BridgeAddr
	}
	n := apptest.NewBridgeNetwork(t, powers, keys, opts)
	f := &fixture{t: t, chain: n, ethChainID: n.EthChainID, bridge: n.Bridge}
	for _, v := range n.Vals {
		f.vals = append(f.vals, validator{op: v.Op, orch: v.Orch, val: v.Val, key: v.Key, eth: v.Eth})
	}
	return f
}

// requireOK fails unless every transaction of the block succeeded.
func (f *fixture) requireOK(res *abci.ResponseFinalizeBlock) { f.chain.RequireOK(res) }

// ctx is a context on the committed state that writes through.
func (f *fixture) ctx() sdk.Context { return f.chain.Context() }

func (f *fixture) keeper() keeper.Keeper { return f.chain.App.BridgeKeeper }

func (f *fixture) orchestrator(i int) string { return f.chain.Accounts[f.vals[i].orch].String() }

func ethAddr(key *ecdsa.PrivateKey) common.Address { return ethcrypto.PubkeyToAddress(key.PublicKey) }

// sign signs digest as the chain and contract take it: 0x hex r || s || v.
func sign(t testing.TB, digest common.Hash, key *ecdsa.PrivateKey) string {
	return apptest.SignDigest(t, digest, key)
}

// setOrchestratorMsg names validator i's orchestrator account and key.
func (f *fixture) setOrchestratorMsg(i int, key *ecdsa.PrivateKey) *types.MsgSetOrchestrator {
	return f.chain.SetOrchestratorMsg(i, key)
}

// claim makes validator i's orchestrator claim events through the keeper.
func (f *fixture) claim(i int, events ...types.EthereumEvent) error {
	_, err := f.keeper().Claim(f.ctx(), f.orchestrator(i), events)
	return err
}

// claimAll makes every validator claim events, then runs a block.
func (f *fixture) claimAll(events ...types.EthereumEvent) []abci.Event {
	f.t.Helper()
	for i := range f.vals {
		require.NoError(f.t, f.claim(i, events...))
	}
	return f.chain.Next()
}

func (f *fixture) lastObserved() uint64 {
	f.t.Helper()
	res, err := keeper.NewQueryServerImpl(f.keeper()).Status(f.ctx(), &types.QueryStatusRequest{})
	require.NoError(f.t, err)
	return res.LastObserved.EventNonce
}

// taskEvent is a task record event at nonce, its id derived from salt as
// the contract derives it.
func (f *fixture) taskEvent(nonce uint64, salt byte) types.EthereumEvent {
	sender := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	s := common.Hash{salt}
	return types.EthereumEvent{EventNonce: nonce, EthBlock: 100 + nonce, EthTime: 1_800_000_000 + nonce,
		Event: &types.EthereumEvent_TaskRecord{TaskRecord: &types.TaskRecordEvent{
			TaskId: ids.TaskID(f.ethChainID, f.bridge, sender, s).Hex(), Sender: sender.Hex(), Salt: s.Hex(),
			SecretContract: common.HexToAddress("0x000000000000000000000000000000000000c0de").Hex(), InputsHash: common.Hash{0xaa}.Hex(),
			GasLimit: 100_000, GasPrice: sdkmath.NewInt(1_000), FeeToken: common.Address{}.Hex(), EscrowToken: common.Address{}.Hex(),
			EscrowAmount: sdkmath.ZeroInt(),
		}}}
}

// taskOf returns the x/secretcompute task a task event recorded.
func (f *fixture) taskOf(ev types.EthereumEvent) (secretcomputetypes.Task, error) {
	return f.chain.App.SecretComputeKeeper.Tasks.Get(f.ctx(), common.HexToHash(ev.GetTaskRecord().TaskId).Bytes())
}

// confirmSigs returns the signatures of confirms aligned with the members
// of v, as the contract takes them (v = 0: did not sign).
func confirmSigs(t testing.TB, v types.Valset, confirms []types.Confirm) []commitment.Signature {
	sigs := make([]commitment.Signature, len(v.Members))
	for _, c := range confirms {
		for i, m := range v.Members {
			if m.EthAddress != c.EthAddress {
				continue
			}
			bz, err := hexutil.Decode(c.Signature)
			require.NoError(t, err)
			sigs[i] = commitment.Signature{R: common.BytesToHash(bz[:32]), S: common.BytesToHash(bz[32:64]), V: bz[64]}
		}
	}
	return sigs
}

func commonHash(s string) common.Hash { return common.HexToHash(s) }

func withoutMode(e abci.Event) abci.Event { return apptest.WithoutMode(e) }
