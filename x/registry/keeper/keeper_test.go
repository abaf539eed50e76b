package keeper_test

import (
	"testing"

	"cosmossdk.io/math"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/x/registry/keeper"
	"github.com/enigmad/enigmad/x/registry/types"
)

// enclaveFor makes a real (simulation-mode) enclave identity and its quote
// for chainID.
func enclaveFor(t *testing.T, chainID string) (*identity.Identity, []byte) {
	t.Helper()
	id, err := identity.Generate()
	require.NoError(t, err)
	rd, err := attestation.ReportData(chainID, id.Public())
	require.NoError(t, err)
	q, err := attestation.SimulationIssuer{ProductID: 1}.Issue(rd)
	require.NoError(t, err)
	return id, q
}

func register(operator sdk.AccAddress, id *identity.Identity, quote []byte, stake int64) *types.MsgRegisterWorker {
	pub := id.Public()
	return &types.MsgRegisterWorker{Operator: operator.String(), SignerPubkey: pub.Signer, X25519Key: pub.X25519, XwingKey: pub.XWing,
		Quote: quote, Stake: sdk.NewCoin(app.BondDenom, math.NewInt(stake)), OperatorSignature: operatorSignature(id, operator)}
}

// operatorSignature is what the enclave of id signs to register under
// operator on the test chain.
func operatorSignature(id *identity.Identity, operator sdk.AccAddress) []byte {
	d, err := attestation.RegistrationDigest(app.DefaultChainID, operator.String())
	if err != nil {
		panic(err)
	}
	sig, err := ethsig.Sign(common.BytesToHash(d), id.Signer)
	if err != nil {
		panic(err)
	}
	return sig
}

func setup(t testing.TB, allowSimulated bool) (*apptest.Chain, sdk.Context, types.MsgServer) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 10, 3)
	c.Next()
	ctx := c.Context()
	p := types.DefaultParams()
	p.AllowSimulatedAttestation = allowSimulated
	msgs := keeper.NewMsgServerImpl(c.App.RegistryKeeper)
	gov := authtypes.NewModuleAddress("gov").String()
	_, err := msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: gov, Params: p})
	require.NoError(t, err)
	return c, ctx, msgs
}

func TestRegisterWorker(t *testing.T) {
	c, ctx, msgs := setup(t, true)
	operator := c.Accounts[0]
	id, quote := enclaveFor(t, app.DefaultChainID)
	before := c.App.BankKeeper.GetBalance(ctx, operator, app.BondDenom)

	res, err := msgs.RegisterWorker(ctx, register(operator, id, quote, 5_000_000))
	require.NoError(t, err)
	require.Equal(t, id.Address().Bytes(), res.EnclaveAddress)

	after := c.App.BankKeeper.GetBalance(ctx, operator, app.BondDenom)
	require.Equal(t, before.Amount.SubRaw(5_000_000), after.Amount, "the stake is bonded")
	moduleAddr := authtypes.NewModuleAddress(types.ModuleName)
	require.Equal(t, math.NewInt(5_000_000), c.App.BankKeeper.GetBalance(ctx, moduleAddr, app.BondDenom).Amount)

	q := keeper.NewQueryServerImpl(c.App.RegistryKeeper)
	got, err := q.Worker(ctx, &types.QueryWorkerRequest{EnclaveAddress: id.Address().Hex()})
	require.NoError(t, err)
	require.Equal(t, operator.String(), got.Worker.Operator)
	require.True(t, got.Worker.Simulated)
	require.False(t, got.Worker.Provisioned)
	require.Equal(t, types.WORKER_STATUS_ACTIVE, got.Worker.Status)
	list, err := q.Workers(ctx, &types.QueryWorkersRequest{})
	require.NoError(t, err)
	require.Len(t, list.Workers, 1)
	_, err = q.Worker(ctx, &types.QueryWorkerRequest{EnclaveAddress: common.HexToAddress("0x01").Hex()})
	require.Equal(t, codes.NotFound, status.Code(err))
	_, err = q.Worker(ctx, &types.QueryWorkerRequest{EnclaveAddress: "nope"})
	require.Equal(t, codes.InvalidArgument, status.Code(err))

	found := false
	for _, ev := range ctx.EventManager().ABCIEvents() {
		if msg, err := sdk.ParseTypedEvent(ev); err == nil {
			if e, ok := msg.(*types.EventWorkerRegistered); ok {
				found = true
				require.Equal(t, id.Address().Hex(), e.EnclaveAddress)
			}
		}
	}
	require.True(t, found, "EventWorkerRegistered emitted")

	// Genesis round trip.
	gs, err := c.App.RegistryKeeper.ExportGenesis(ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Workers, 1)
}

func TestRegisterWorkerRefusals(t *testing.T) {
	c, ctx, msgs := setup(t, true)
	op := c.Accounts[0]
	id, quote := enclaveFor(t, app.DefaultChainID)
	other, _ := enclaveFor(t, app.DefaultChainID)
	_, otherChainQuote := enclaveFor(t, "enigma-other-1")
	_, ownQuoteOtherChain := func() (*identity.Identity, []byte) {
		rd, _ := attestation.ReportData("enigma-other-1", id.Public())
		q, _ := attestation.SimulationIssuer{ProductID: 1}.Issue(rd)
		return id, q
	}()
	sgx := append([]byte{byte(attestation.KindSGX)}, quote[1:]...)

	cases := []struct {
		name string
		msg  *types.MsgRegisterWorker
		err  error
	}{
		{"forged quote", register(op, id, []byte("not a quote"), 5_000_000), types.ErrAttestation},
		{"quote of another enclave's keys", register(op, other, quote, 5_000_000), types.ErrAttestation},
		{"quote bound to another chain", register(op, id, ownQuoteOtherChain, 5_000_000), types.ErrAttestation},
		{"another enclave bound to another chain", register(op, id, otherChainQuote, 5_000_000), types.ErrAttestation},
		{"SGX quote without its DCAP collateral", register(op, id, sgx, 5_000_000), types.ErrCollateral},
		{"stake below minimum", register(op, id, quote, 999_999), types.ErrStakeTooLow},
		{"registration replayed under another operator", func() *types.MsgRegisterWorker {
			m := register(op, id, quote, 5_000_000)
			m.OperatorSignature = operatorSignature(id, c.Accounts[1])
			return m
		}(), types.ErrOperatorSignature},
		{"operator signed by another key", func() *types.MsgRegisterWorker {
			m := register(op, id, quote, 5_000_000)
			m.OperatorSignature = operatorSignature(other, op)
			return m
		}(), types.ErrOperatorSignature},
		{"no operator signature", func() *types.MsgRegisterWorker {
			m := register(op, id, quote, 5_000_000)
			m.OperatorSignature = nil
			return m
		}(), types.ErrOperatorSignature},
		{"bad signer key", func() *types.MsgRegisterWorker {
			m := register(op, id, quote, 5_000_000)
			m.SignerPubkey = make([]byte, 33)
			return m
		}(), types.ErrInvalidKeys},
	}
	balance := c.App.BankKeeper.GetBalance(ctx, op, app.BondDenom)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := msgs.RegisterWorker(ctx, tc.msg)
			require.ErrorIs(t, err, tc.err, tc.name)
			require.Equal(t, balance, c.App.BankKeeper.GetBalance(ctx, op, app.BondDenom), "%s: nothing bonded", tc.name)
			has, err := c.App.RegistryKeeper.Workers.Has(ctx, id.Address().Bytes())
			require.NoError(t, err)
			require.False(t, has, tc.name)
		})
	}

	// Duplicates: the same enclave, or a second enclave for one operator.
	_, err := msgs.RegisterWorker(ctx, register(op, id, quote, 5_000_000))
	require.NoError(t, err)
	_, err = msgs.RegisterWorker(ctx, register(c.Accounts[1], id, quote, 5_000_000))
	require.ErrorIs(t, err, types.ErrAlreadyRegistered)
	id2, quote2 := enclaveFor(t, app.DefaultChainID)
	_, err = msgs.RegisterWorker(ctx, register(op, id2, quote2, 5_000_000))
	require.ErrorIs(t, err, types.ErrAlreadyRegistered)
}

func TestSimulatedQuotesRefusedByDefault(t *testing.T) {
	c, ctx, msgs := setup(t, false)
	require.False(t, types.DefaultParams().AllowSimulatedAttestation)
	id, quote := enclaveFor(t, app.DefaultChainID)
	_, err := msgs.RegisterWorker(ctx, register(c.Accounts[0], id, quote, 5_000_000))
	require.ErrorIs(t, err, types.ErrSimulatedRefused)
}

func TestUpdateParams(t *testing.T) {
	c, ctx, msgs := setup(t, true)
	p := types.DefaultParams()
	_, err := msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: c.Accounts[0].String(), Params: p})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)
	p.GroupSize = 0
	_, err = msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: authtypes.NewModuleAddress("gov").String(), Params: p})
	require.ErrorIs(t, err, types.ErrInvalidParams)
	got, err := c.App.RegistryKeeper.Params.Get(ctx)
	require.NoError(t, err)
	require.True(t, got.AllowSimulatedAttestation, "unchanged")
}
