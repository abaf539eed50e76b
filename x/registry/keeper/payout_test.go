package keeper_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/x/registry/types"
)

// An operator names the Ethereum address its worker's fees are credited
// to; until it does, and for a worker that is gone, it is the enclave's.
func TestSetPayoutAddress(t *testing.T) {
	c, ctx, msgs := setup(t, true)
	k := c.App.RegistryKeeper
	operator := c.Accounts[0]
	payout := common.HexToAddress("0x00000000000000000000000000000000000000a7")

	_, err := msgs.SetPayoutAddress(ctx, &types.MsgSetPayoutAddress{Operator: operator.String(), PayoutAddress: payout.Hex()})
	require.ErrorIs(t, err, types.ErrWorkerNotFound, "no worker yet")

	id, quote := enclaveFor(t, app.DefaultChainID)
	_, err = msgs.RegisterWorker(ctx, register(operator, id, quote, 5_000_000))
	require.NoError(t, err)
	enclave := id.Address().Bytes()
	got, err := k.PayoutOf(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, enclave, got, "the enclave address until the operator names one")

	for _, bad := range []string{"", "0x1234", payout.Hex()[2:], common.Address{}.Hex()} {
		_, err = msgs.SetPayoutAddress(ctx, &types.MsgSetPayoutAddress{Operator: operator.String(), PayoutAddress: bad})
		require.ErrorIs(t, err, types.ErrPayoutAddress, bad)
	}
	_, err = msgs.SetPayoutAddress(ctx, &types.MsgSetPayoutAddress{Operator: c.Accounts[1].String(), PayoutAddress: payout.Hex()})
	require.ErrorIs(t, err, types.ErrWorkerNotFound, "only the worker's operator")

	_, err = msgs.SetPayoutAddress(ctx, &types.MsgSetPayoutAddress{Operator: operator.String(), PayoutAddress: payout.Hex()})
	require.NoError(t, err)
	got, err = k.PayoutOf(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, payout.Bytes(), got)

	gone := common.HexToAddress("0x0b")
	got, err = k.PayoutOf(ctx, gone.Bytes())
	require.NoError(t, err)
	require.Equal(t, gone.Bytes(), got, "a worker no longer registered is credited at its enclave address")
}
