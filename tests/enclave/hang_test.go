package enclave_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
)

// TestAnEndlessDeploymentCannotHangTheProcess repeats the attack on a real
// enigma-enclave: a deployment that loops for ever (5b600056) with a huge
// gas limit. Above the gas budget it is refused. With a budget too large to
// burn (as an operator might set), the call is stopped when its caller
// gives up: the process answers Info throughout, and the same deployment,
// sent again at once with little gas, runs (it would wait behind the loop
// if the loop were still running) and ends by gas with a receipt.
func TestAnEndlessDeploymentCannotHangTheProcess(t *testing.T) {
	ctx := context.Background()
	const huge = 1 << 40
	p := start(t, t.TempDir(), "--max-task-gas", "1099511627776", "--max-task-time", "1m")
	_, err := p.client.InitNetwork(ctx)
	require.NoError(t, err)
	info, err := p.client.Info(ctx)
	require.NoError(t, err)
	loop := common.FromHex("5b600056")
	deployment := func(nonce, gas uint64) core.Deployment {
		id := ids.TaskID(common.Big1, common.HexToAddress("0xb1"), common.HexToAddress("0xd0"), ids.CounterSalt(nonce))
		e, _, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: info.Keys.X25519},
			envelope.Binding{ChainID: chainID, Contract: ids.ContractAddress(id), TaskID: id}, envelope.Call{})
		require.NoError(t, err)
		return core.Deployment{ID: id, Sender: common.HexToAddress("0xd0"), CodeHash: crypto.Keccak256Hash(loop), InputsHash: ids.InputsHash(e),
			GasLimit: gas, Bytecode: loop, Envelope: e}
	}

	_, err = p.client.Deploy(ctx, deployment(0, 1<<62))
	require.Equal(t, codes.ResourceExhausted, status.Code(err), "%v", err)

	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	done := make(chan error, 1)
	started := time.Now()
	go func() {
		_, err := p.client.Deploy(cctx, deployment(1, huge))
		done <- err
	}()
	time.Sleep(500 * time.Millisecond)
	for range 5 {
		ictx, icancel := context.WithTimeout(ctx, time.Second)
		got, err := p.client.Info(ictx)
		icancel()
		require.NoError(t, err, "Info answers while the loop runs")
		require.True(t, got.Provisioned)
	}
	err = <-done
	require.Contains(t, []codes.Code{codes.DeadlineExceeded, codes.Canceled}, status.Code(err), "%v", err)
	require.Less(t, time.Since(started), 5*time.Second)

	// The loop was stopped in the enclave, not only abandoned by the client.
	rctx, rcancel := context.WithTimeout(ctx, 3*time.Second)
	defer rcancel()
	res, err := p.client.Deploy(rctx, deployment(1, 100_000))
	require.NoError(t, err)
	require.Equal(t, receipt.StatusOutOfGas, res.Receipt.Status)
}
