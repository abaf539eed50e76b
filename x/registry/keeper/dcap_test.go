package keeper_test

import (
	"bytes"
	"crypto/elliptic"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/x/registry/keeper"
	"github.com/enigmad/enigmad/x/registry/types"
)

// The real automata quote (automata-sgx-v3-2025-08 in
// enclave/attestation/dcap/testdata): SWHardeningNeeded, INTEL-SA-00615,
// evaluated at its collateral's time.
var (
	realAt        = time.Date(2025, 8, 15, 5, 45, 0, 0, time.UTC)
	realMRENCLAVE = "a4f45c39dac622cb1dd32ddb35a52ec92db41d0fa88a1c911c49e59c534f61cd"
)

func setParams(t *testing.T, ctx sdk.Context, msgs types.MsgServer, edit func(*types.Params)) {
	t.Helper()
	p := types.DefaultParams()
	edit(&p)
	_, err := msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: authtypes.NewModuleAddress("gov").String(), Params: p})
	require.NoError(t, err)
}

// TestRegisterRealSGXQuote runs the real quote through the keeper: DCAP and
// the policy accept it, so registration fails only at the binding check
// (its report data cannot bind our keys); each policy change that should
// refuse it refuses it for that reason.
func TestRegisterRealSGXQuote(t *testing.T) {
	c, ctx, msgs := setup(t, false)
	dir := dcaptest.RealSet("automata-sgx-v3-2025-08")
	raw, err := os.ReadFile(filepath.Join(dir, "quote.bin"))
	require.NoError(t, err)
	coll, err := dcap.LoadCollateralDir(dir)
	require.NoError(t, err)
	mrenclave, _ := hex.DecodeString(realMRENCLAVE)
	id, err := identity.Generate()
	require.NoError(t, err)
	msg := register(c.Accounts[0], id, dcap.SGXQuote(raw), 5_000_000)
	msg.Collateral = types.DcapCollateralFrom(coll)
	accept := func(p *types.Params) {
		p.TrustedEnclaveIds = [][]byte{mrenclave}
		p.ProductId = 0
		p.AcceptedTcbStatuses = []string{"UpToDate", "SWHardeningNeeded"}
		p.AllowedAdvisoryIds = []string{"INTEL-SA-00615"}
	}
	cases := []struct {
		name string
		edit func(*types.Params)
		at   time.Time
		want string // what the error must say
	}{
		{"policy accepts: only the binding fails", accept, realAt, attestation.ErrBinding.Error()},
		{"another MRENCLAVE", func(p *types.Params) { accept(p); p.TrustedEnclaveIds = [][]byte{make([]byte, 32)} }, realAt, "is not trusted"},
		{"default TCB policy (UpToDate only)", func(p *types.Params) { accept(p); p.AcceptedTcbStatuses = nil }, realAt, `TCB status "SWHardeningNeeded"`},
		{"advisory not allowed", func(p *types.Params) { accept(p); p.AllowedAdvisoryIds = []string{"INTEL-SA-00334"} }, realAt, "advisory INTEL-SA-00615"},
		{"other product id", func(p *types.Params) { accept(p); p.ProductId = 1 }, realAt, "product id 0, want 1"},
		{"block time after the collateral expired", accept, realAt.AddDate(0, 1, 0), dcap.ErrExpired.Error()},
		{"block time before the collateral was issued", accept, realAt.Add(-time.Hour), dcap.ErrExpired.Error()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			setParams(t, ctx, msgs, tc.edit)
			_, err := msgs.RegisterWorker(ctx.WithBlockTime(tc.at), msg)
			require.ErrorIs(t, err, types.ErrAttestation)
			require.Contains(t, err.Error(), tc.want)
			has, _ := c.App.RegistryKeeper.Workers.Has(ctx, id.Address().Bytes())
			require.False(t, has, "nothing stored")
		})
	}
	// No collateral, or too much: refused before any verification.
	setParams(t, ctx, msgs, accept)
	bare := *msg
	bare.Collateral = nil
	_, err = msgs.RegisterWorker(ctx.WithBlockTime(realAt), &bare)
	require.ErrorIs(t, err, types.ErrCollateral)
	big := *msg
	big.Collateral = types.DcapCollateralFrom(coll)
	big.Collateral.TcbInfo = make([]byte, types.MaxCollateralSize)
	_, err = msgs.RegisterWorker(ctx.WithBlockTime(realAt), &big)
	require.ErrorIs(t, err, types.ErrCollateral)
}

// TestRegisterSyntheticSGXWorker: a full successful registration with a DCAP
// quote whose report data binds real enclave keys, from a synthetic
// Intel-like hierarchy the test makes (the keeper trusts its root only
// through WithDCAPRoot).
func TestRegisterSyntheticSGXWorker(t *testing.T) {
	c, ctx, _ := setup(t, false)
	platform, err := dcaptest.New(dcaptest.Options{})
	require.NoError(t, err)
	msgs := keeper.NewMsgServerImpl(c.App.RegistryKeeper.WithDCAPRoot(platform.Root))
	mrenclave := [32]byte{0xe1}
	setParams(t, ctx, msgs, func(p *types.Params) {
		p.TrustedEnclaveIds = [][]byte{mrenclave[:]}
		p.ProductId = 1
		p.MinSecurityVersion = 2
	})
	ctx = ctx.WithBlockTime(dcaptest.Epoch)

	quoteFor := func(id *identity.Identity, e dcaptest.Enclave) []byte {
		rd, err := attestation.ReportData(app.DefaultChainID, id.Public())
		require.NoError(t, err)
		copy(e.ReportData[:], rd)
		raw, err := platform.Quote(e)
		require.NoError(t, err)
		return dcap.SGXQuote(raw)
	}
	good := dcaptest.Enclave{MRENCLAVE: mrenclave, ProductID: 1, SVN: 2}
	coll := types.DcapCollateralFrom(platform.Collateral())

	// Refusals first: nothing changes.
	id, err := identity.Generate()
	require.NoError(t, err)
	for name, e := range map[string]dcaptest.Enclave{
		"debug enclave":      {MRENCLAVE: mrenclave, ProductID: 1, SVN: 2, Debug: true},
		"security version 1": {MRENCLAVE: mrenclave, ProductID: 1, SVN: 1},
		"untrusted enclave":  {MRENCLAVE: [32]byte{0xe2}, ProductID: 1, SVN: 2},
	} {
		m := register(c.Accounts[0], id, quoteFor(id, e), 5_000_000)
		m.Collateral = coll
		_, err := msgs.RegisterWorker(ctx, m)
		require.ErrorIs(t, err, types.ErrAttestation, name)
		require.Contains(t, err.Error(), attestation.ErrPolicy.Error(), name)
	}
	other, err := identity.Generate()
	require.NoError(t, err)
	m := register(c.Accounts[0], id, quoteFor(other, good), 5_000_000)
	m.Collateral = coll
	_, err = msgs.RegisterWorker(ctx, m)
	require.ErrorIs(t, err, types.ErrAttestation, "a quote binding another enclave's keys")
	require.Contains(t, err.Error(), attestation.ErrBinding.Error())
	// The app's own keeper trusts only the Intel root.
	m = register(c.Accounts[0], id, quoteFor(id, good), 5_000_000)
	m.Collateral = coll
	_, err = keeper.NewMsgServerImpl(c.App.RegistryKeeper).RegisterWorker(ctx, m)
	require.ErrorIs(t, err, types.ErrAttestation)
	require.Contains(t, err.Error(), dcap.ErrPCKChain.Error())

	// Registered with its quote signature in the other valid form (r, n−s):
	// the worker's stored quote is the one canonical form.
	canonical, err := dcap.Verifier{Collateral: platform.Collateral(), Time: dcaptest.Epoch, Root: platform.Root}.Verify(m.Quote)
	require.NoError(t, err)
	raw, err := dcap.UnwrapOEReport(m.Quote[1:])
	require.NoError(t, err)
	parsed, err := dcap.ParseQuote(raw)
	require.NoError(t, err)
	sig := raw[len(parsed.Signed)+4+32 : len(parsed.Signed)+4+64]
	n := elliptic.P256().Params().N
	if sv := new(big.Int).SetBytes(sig); sv.Cmp(new(big.Int).Rsh(n, 1)) <= 0 {
		sv.Sub(n, sv).FillBytes(sig) // the high-s form
	}
	m.Quote = dcap.SGXQuote(raw)

	res, err := msgs.RegisterWorker(ctx, m)
	require.NoError(t, err)
	require.Equal(t, id.Address().Bytes(), res.EnclaveAddress)
	w, err := c.App.RegistryKeeper.GetWorker(ctx, id.Address().Bytes())
	require.NoError(t, err)
	require.True(t, bytes.Equal(canonical.Quote, w.Quote), "the stored quote is the canonical form")
	require.False(t, bytes.Equal(m.Quote, w.Quote), "not the form sent")
	require.False(t, w.Simulated)
	require.Equal(t, "UpToDate", w.TcbStatus)
	require.Equal(t, types.WORKER_STATUS_ACTIVE, w.Status)
	found := false
	for _, ev := range ctx.EventManager().ABCIEvents() {
		if msg, err := sdk.ParseTypedEvent(ev); err == nil {
			if e, ok := msg.(*types.EventWorkerRegistered); ok && strings.EqualFold(e.EnclaveAddress, id.Address().Hex()) {
				found = true
				require.False(t, e.Simulated)
				require.Equal(t, "UpToDate", e.TcbStatus)
			}
		}
	}
	require.True(t, found, "EventWorkerRegistered emitted")
}

// TestTCBPolicyParams: only the gov authority changes the TCB policy, and
// "Revoked" or an unknown status can never be accepted.
func TestTCBPolicyParams(t *testing.T) {
	c, ctx, msgs := setup(t, false)
	require.Equal(t, []string{"UpToDate"}, types.DefaultParams().AcceptedTcbStatuses)
	for _, bad := range [][]string{{"Revoked"}, {"UpToDate", "Fine"}} {
		p := types.DefaultParams()
		p.AcceptedTcbStatuses = bad
		_, err := msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: authtypes.NewModuleAddress("gov").String(), Params: p})
		require.ErrorIs(t, err, types.ErrInvalidParams, "%v", bad)
	}
	p := types.DefaultParams()
	p.AcceptedTcbStatuses = []string{"UpToDate", "SWHardeningNeeded"}
	p.AllowedAdvisoryIds = []string{"INTEL-SA-00615"}
	_, err := msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: c.Accounts[0].String(), Params: p})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)
	_, err = msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: authtypes.NewModuleAddress("gov").String(), Params: p})
	require.NoError(t, err)
	got, err := c.App.RegistryKeeper.Params.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, p.AllowedAdvisoryIds, got.AllowedAdvisoryIds)
}
