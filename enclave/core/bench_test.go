package core_test

import (
	"context"
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
)

// prepared is a deployed Counter and n encrypted increment tasks.
func prepared(b *testing.B, n int) (*core.Core, []core.Task) {
	b.Helper()
	c := openCore(b, b.TempDir())
	_, err := c.InitNetwork()
	require.NoError(b, err)
	info := c.Info()
	art, err := contracts.Load("Counter")
	require.NoError(b, err)
	deployer := &user{addr: common.HexToAddress("0xd0")}
	deployID := deployer.nextTaskID()
	contract := ids.ContractAddress(deployID)
	e, _ := encrypt(b, info, contract, deployID, envelope.Call{})
	res, err := c.Deploy(context.Background(), core.Deployment{ID: deployID, Sender: deployer.addr, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		InputsHash: ids.InputsHash(e), GasLimit: 1_000_000, Env: env, Bytecode: art.Bytecode, Envelope: e})
	require.NoError(b, err)
	require.Equal(b, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	input, err := art.ABI.Pack("increment")
	require.NoError(b, err)
	tasks := make([]core.Task, n)
	u := &user{addr: common.HexToAddress("0xabc")}
	for i := range tasks {
		id := u.nextTaskID()
		e, _ := encrypt(b, info, contract, id, envelope.Call{Data: input})
		tasks[i] = core.Task{ID: id, Contract: contract, Sender: u.addr, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Env: env, Envelope: e}
	}
	return c, tasks
}

// BenchmarkCryptoFloor is the crypto one task cannot avoid: open the HPKE
// envelope, seal the result, seal a one-slot delta, hash it, sign a receipt.
func BenchmarkCryptoFloor(b *testing.B) {
	id, err := identity.Generate()
	require.NoError(b, err)
	binding := envelope.Binding{ChainID: chainID, Contract: common.HexToAddress("0xc0"), TaskID: common.Hash{1}}
	e, _, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: id.Public().X25519}, binding, envelope.Call{Data: make([]byte, 4)})
	require.NoError(b, err)
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	d := deltas.Delta{Changes: []deltas.Change{{Slot: common.Hash{1}, Value: common.Hash{2}}}}
	out := make([]byte, 32)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		opened, err := envelope.Open(id.EnvelopeKeys(), binding, e)
		if err != nil {
			b.Fatal(err)
		}
		sealedOut, err := envelope.SealResult(opened.ResultKey, binding.TaskID[:], out)
		if err != nil {
			b.Fatal(err)
		}
		sealed, err := deltas.Seal(key, deltas.Position{Contract: binding.Contract}, d)
		if err != nil {
			b.Fatal(err)
		}
		r := receipt.Receipt{TaskID: binding.TaskID, OutputHash: crypto.Keccak256Hash(sealedOut), DeltaHash: deltas.Hash(sealed)}
		if _, err := receipt.Sign(chainID, r, id.Signer); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteTask is the whole of one task in the enclave service:
// the crypto floor plus the EVM call of Counter.increment and its state
// update. Target: at most 1.5 × BenchmarkCryptoFloor.
func BenchmarkExecuteTask(b *testing.B) {
	c, tasks := prepared(b, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		res, errs := c.Execute(context.Background(), tasks[i:i+1])
		if errs[0] != nil || res[0].Receipt.Status != receipt.StatusSuccess {
			b.Fatalf("task %d: %v %s", i, errs[0], res[0].Reason)
		}
	}
}

// BenchmarkExecuteBatch1000 runs 1,000 tasks on one contract in one call and
// reports tasks per second on one core.
func BenchmarkExecuteBatch1000(b *testing.B) {
	const n = 1000
	for range b.N {
		b.StopTimer()
		c, tasks := prepared(b, n)
		b.StartTimer()
		_, errs := c.Execute(context.Background(), tasks)
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tasks/s")
}
