package core_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/enclave/seal"
)

// loop is EVM code that never ends: JUMPDEST, PUSH1 0, JUMP.
var loop = common.FromHex("5b600056")

// deployLoop returns initcode whose runtime code is loop: PUSH4 loop,
// PUSH1 0, MSTORE, PUSH1 4, PUSH1 28, RETURN.
var deployLoop = append(append([]byte{0x63}, loop...), 0x60, 0x00, 0x52, 0x60, 0x04, 0x60, 0x1c, 0xf3)

func openBudgeted(t testing.TB, maxGas uint64, budget time.Duration) *core.Core {
	t.Helper()
	dir := t.TempDir()
	sealer, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	c, err := core.Open(core.Config{ChainID: chainID, DataDir: dir, Sealer: sealer, Issuer: attestation.SimulationIssuer{},
		Verifier: attestation.KindVerifier{}, Policy: attestation.Policy{AllowSimulated: true}, MaxTaskGas: maxGas, MaxTaskTime: budget})
	require.NoError(t, err)
	_, err = c.InitNetwork()
	require.NoError(t, err)
	return c
}

func deployment(t testing.TB, c *core.Core, nonce uint64, initcode []byte, gas uint64) core.Deployment {
	id := ids.TaskID(ethChainID, bridge, common.HexToAddress("0xd0"), ids.CounterSalt(nonce))
	e, _ := encrypt(t, c.Info(), ids.ContractAddress(id), id, envelope.Call{})
	return core.Deployment{ID: id, Sender: common.HexToAddress("0xd0"), CodeHash: crypto.Keccak256Hash(initcode), InputsHash: ids.InputsHash(e),
		GasLimit: gas, Env: env, Bytecode: initcode, Envelope: e}
}

// TestAnEndlessTaskCannotHangTheEnclave repeats the attack on a node: a
// deployment and a task that loop for ever with a huge gas limit. A gas
// limit above the budget is refused; below it, a task that outlives the
// wall-time budget is stopped and gets no receipt (the enclave cannot tell
// a slow task from a host that slows it); while it runs, Info, Beacon and
// other contracts' tasks answer at once; a caller that gives up stops it;
// and the contract works afterwards.
func TestAnEndlessTaskCannotHangTheEnclave(t *testing.T) {
	// Long enough that three rounds of the calls below fit well within it
	// on a loaded two-core machine (at 300 ms they did only just).
	const budget = 2 * time.Second
	const gas = 1 << 40 // far more than a loop can burn within the budget
	c := openBudgeted(t, gas, budget)
	ctx := context.Background()

	_, err := c.Deploy(ctx, deployment(t, c, 0, loop, 1<<62))
	require.ErrorIs(t, err, core.ErrGasLimit, "2^62 gas is refused before anything runs")

	start := time.Now()
	_, err = c.Deploy(ctx, deployment(t, c, 1, loop, gas))
	require.ErrorIs(t, err, core.ErrTimeBudget)
	require.Less(t, time.Since(start), 10*budget, "stopped at the budget")

	// A contract whose every call loops, and one that does not.
	res, err := c.Deploy(ctx, deployment(t, c, 2, deployLoop, 100_000))
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	looping := res.Receipt.Contract
	counter := deployCounterOn(t, c, 3)

	call := func(contract common.Address, nonce uint64, gas uint64, data []byte) core.Task {
		id := ids.TaskID(ethChainID, bridge, common.HexToAddress("0xca11"), ids.CounterSalt(nonce))
		e, _ := encrypt(t, c.Info(), contract, id, envelope.Call{Data: data})
		return core.Task{ID: id, Contract: contract, Sender: common.HexToAddress("0xca11"), InputsHash: ids.InputsHash(e), GasLimit: gas, Env: env, Envelope: e}
	}
	running := make(chan struct{})
	finished := make(chan error, 1)
	go func() {
		close(running)
		_, errs := c.Execute(ctx, []core.Task{call(looping, 0, gas, nil)})
		finished <- errs[0]
	}()
	<-running
	time.Sleep(budget / 4)
	// While the loop runs: the enclave answers, another contract's task runs.
	for range 3 {
		answered := time.Now()
		require.True(t, c.Info().Provisioned)
		_, _, err := c.Beacon(1)
		require.NoError(t, err)
		results, errs := c.Execute(ctx, []core.Task{call(counter, 1, 100_000, incrementCall(t))})
		require.NoError(t, errs[0])
		require.Equal(t, receipt.StatusSuccess, results[0].Receipt.Status)
		require.Less(t, time.Since(answered), budget/2, "answered while the loop runs")
	}
	select {
	case <-finished:
		t.Fatal("the loop finished before the others were served: the test proves nothing")
	default:
	}
	require.ErrorIs(t, <-finished, core.ErrTimeBudget)

	// A caller that gives up stops the task: no receipt.
	cctx, cancel := context.WithTimeout(ctx, budget/5)
	defer cancel()
	start = time.Now()
	_, errs := c.Execute(cctx, []core.Task{call(looping, 2, gas, nil)})
	require.True(t, errors.Is(errs[0], core.ErrCancelled), "%v", errs[0])
	require.Less(t, time.Since(start), budget)

	// The stopped contracts still work, and a small gas limit still ends
	// the loop by gas, with a receipt.
	results, errs := c.Execute(ctx, []core.Task{call(counter, 3, 100_000, incrementCall(t))})
	require.NoError(t, errs[0])
	require.Equal(t, receipt.StatusSuccess, results[0].Receipt.Status)
	results, errs = c.Execute(ctx, []core.Task{call(looping, 4, 50_000, nil)})
	require.NoError(t, errs[0])
	require.Equal(t, receipt.StatusOutOfGas, results[0].Receipt.Status)
}

// TestOneContractAtATime: a Forget while a task of the same contract runs
// waits for it, and the task does not run on a state the enclave dropped;
// a second deployment of an address waits for the first and is refused.
func TestOneContractAtATime(t *testing.T) {
	// budget/4 is the task's head start to take the contract before
	// Forget: generous on a loaded machine.
	const budget = 2 * time.Second
	c := openBudgeted(t, 1<<40, budget)
	ctx := context.Background()
	res, err := c.Deploy(ctx, deployment(t, c, 0, deployLoop, 100_000))
	require.NoError(t, err)
	looping := res.Receipt.Contract
	id := ids.TaskID(ethChainID, bridge, common.HexToAddress("0xca11"), ids.CounterSalt(0))
	e, _ := encrypt(t, c.Info(), looping, id, envelope.Call{})
	task := core.Task{ID: id, Contract: looping, Sender: common.HexToAddress("0xca11"), InputsHash: ids.InputsHash(e), GasLimit: 1 << 40, Env: env, Envelope: e}

	done := make(chan error, 1)
	go func() {
		_, errs := c.Execute(ctx, []core.Task{task})
		done <- errs[0]
	}()
	time.Sleep(budget / 4)
	start := time.Now()
	require.NoError(t, c.Forget(looping), "Forget waits for the running task")
	require.GreaterOrEqual(t, time.Since(start), budget/2, "it did not cut in")
	require.ErrorIs(t, <-done, core.ErrTimeBudget)
	_, errs := c.Execute(ctx, []core.Task{task})
	require.ErrorIs(t, errs[0], core.ErrUnknownContract, "forgotten")

	// Two deployments of one address: the second waits, then is refused.
	d := deployment(t, c, 1, deployLoop, 100_000)
	first := make(chan error, 2)
	for range 2 {
		go func() {
			_, err := c.Deploy(ctx, d)
			first <- err
		}()
	}
	var errsSeen []error
	for range 2 {
		errsSeen = append(errsSeen, <-first)
	}
	require.Len(t, errsSeen, 2)
	require.True(t, (errsSeen[0] == nil) != (errsSeen[1] == nil), "exactly one deployment: %v", errsSeen)
	for _, err := range errsSeen {
		if err != nil {
			require.ErrorIs(t, err, core.ErrContractExists)
		}
	}
}

// deployCounterOn deploys the Counter secret contract and returns its address.
func deployCounterOn(t *testing.T, c *core.Core, nonce uint64) common.Address {
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	res, err := c.Deploy(context.Background(), deployment(t, c, nonce, art.Bytecode, 1_000_000))
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	return res.Receipt.Contract
}

func incrementCall(t *testing.T) []byte {
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	input, err := art.ABI.Pack("increment")
	require.NoError(t, err)
	return input
}
