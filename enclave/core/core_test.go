package core_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/enclave/seal"
	"github.com/enigmad/enigmad/enclave/seed"
)

const chainID = "enigma-local-1"

var (
	ethChainID = big.NewInt(1337)
	bridge     = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	env        = evm.Env{Number: 10, Time: 1_800_000_000}
)

func openCore(t testing.TB, dir string) *core.Core {
	t.Helper()
	sealer, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	c, err := core.Open(core.Config{
		ChainID: chainID, DataDir: dir, Sealer: sealer,
		Issuer:   attestation.SimulationIssuer{},
		Verifier: attestation.KindVerifier{},
		Policy:   attestation.Policy{AllowSimulated: true},
	})
	require.NoError(t, err)
	return c
}

// network is a genesis enclave and the commitment of its seed.
func provision(t testing.TB, genesis *core.Core, commitment []byte, dirs ...string) []*core.Core {
	t.Helper()
	var out []*core.Core
	for _, dir := range dirs {
		n := openCore(t, dir)
		info := n.Info()
		p, err := genesis.ProvisionFor(info.Quote, info.Keys)
		require.NoError(t, err)
		require.NoError(t, seed.VerifyProvision(commitment, chainID, info.Address, p), "the chain's check")
		require.NoError(t, n.AcceptSeed(commitment, p))
		out = append(out, n)
	}
	return out
}

// user is a dApp user with a task-record nonce on the bridge.
type user struct {
	addr  common.Address
	nonce uint64
}

func (u *user) nextTaskID() common.Hash {
	id := ids.TaskID(ethChainID, bridge, u.addr, ids.CounterSalt(u.nonce))
	u.nonce++
	return id
}

func encrypt(t testing.TB, to core.Info, contract common.Address, taskID common.Hash, call envelope.Call) ([]byte, []byte) {
	t.Helper()
	env, key, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: to.Keys.X25519}, envelope.Binding{ChainID: chainID, Contract: contract, TaskID: taskID}, call)
	require.NoError(t, err)
	return env, key
}

type deltaLog []core.DeltaEntry

func (l *deltaLog) record(r core.Result) {
	if len(r.Delta) > 0 {
		*l = append(*l, core.DeltaEntry{Index: r.Receipt.DeltaIndex, PrevHash: r.PrevHash, Sealed: r.Delta})
	}
}

func TestAuctionAcrossEnclaves(t *testing.T) {
	genesis := openCore(t, t.TempDir())
	commitment, err := genesis.InitNetwork()
	require.NoError(t, err)
	_, err = genesis.InitNetwork()
	require.ErrorIs(t, err, core.ErrAlreadyProvisioned)
	workers := provision(t, genesis, commitment, t.TempDir(), t.TempDir())
	worker, rebuilder := workers[0], workers[1]
	info := worker.Info()

	art, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	seller := &user{addr: common.HexToAddress("0x5e11e2")}
	dapp := common.HexToAddress("0xda99")
	args, err := art.ABI.Pack("", dapp, big.NewInt(100))
	require.NoError(t, err)
	// A deployment escrows nothing: an envelope that claims value fails.
	valued := seller.nextTaskID()
	valuedEnv, _ := encrypt(t, info, ids.ContractAddress(valued), valued, envelope.Call{Data: args, Amount: big.NewInt(1)})
	res, err := worker.Deploy(context.Background(), core.Deployment{ID: valued, Sender: seller.addr, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		InputsHash: ids.InputsHash(valuedEnv), GasLimit: 2_000_000, Env: env, Bytecode: art.Bytecode, Envelope: valuedEnv})
	require.NoError(t, err)
	require.Equal(t, receipt.StatusEscrowMismatch, res.Receipt.Status, res.Reason)

	deployID := seller.nextTaskID()
	contract := ids.ContractAddress(deployID)
	deployEnv, _ := encrypt(t, info, contract, deployID, envelope.Call{Data: args})
	var chainLog deltaLog

	res, err = worker.Deploy(context.Background(), core.Deployment{
		ID: deployID, Sender: seller.addr, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		InputsHash: ids.InputsHash(deployEnv), GasLimit: 2_000_000, Env: env,
		Bytecode: art.Bytecode, Envelope: deployEnv,
	})
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	require.NoError(t, receipt.Verify(chainID, res.Receipt, res.Signature, info.Address))
	require.Equal(t, contract, res.Receipt.Contract)
	chainLog.record(res)

	// Bids: payable tasks whose escrow equals the encrypted amount.
	bidders := []*user{{addr: common.HexToAddress("0xb1")}, {addr: common.HexToAddress("0xb2")}, {addr: common.HexToAddress("0xb3")}}
	amounts := []int64{300, 450, 120}
	var tasks []core.Task
	for i, b := range bidders {
		id := b.nextTaskID()
		bidInput, err := art.ABI.Pack("bid", big.NewInt(amounts[i]))
		require.NoError(t, err)
		e, _ := encrypt(t, info, contract, id, envelope.Call{Data: bidInput, Amount: big.NewInt(amounts[i])})
		tasks = append(tasks, core.Task{ID: id, Contract: contract, Sender: b.addr, InputsHash: ids.InputsHash(e),
			GasLimit: 500_000, EscrowAmount: big.NewInt(amounts[i]), Env: env, Envelope: e})
	}
	results, errs := worker.Execute(context.Background(), tasks)
	for i := range results {
		require.NoError(t, errs[i])
		require.Equal(t, receipt.StatusSuccess, results[i].Receipt.Status, results[i].Reason)
		require.NoError(t, receipt.Verify(chainID, results[i].Receipt, results[i].Signature, info.Address))
		chainLog.record(results[i])
	}

	// A bidder reads their own bid back, decrypted with the key they kept.
	myBid, err := art.ABI.Pack("myBid")
	require.NoError(t, err)
	id := bidders[1].nextTaskID()
	e, resultKey := encrypt(t, info, contract, id, envelope.Call{Data: myBid})
	results, errs = worker.Execute(context.Background(), []core.Task{{ID: id, Contract: contract, Sender: bidders[1].addr, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Env: env, Envelope: e}})
	require.NoError(t, errs[0])
	require.Empty(t, results[0].Delta, "a read changes nothing")
	plain, err := envelope.OpenResult(resultKey, id.Bytes(), results[0].Output)
	require.NoError(t, err)
	require.Equal(t, crypto.Keccak256Hash(results[0].Output), results[0].Receipt.OutputHash)
	got, err := art.ABI.Unpack("myBid", plain)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(450), got[0])

	// Bad input: each a failure receipt or an error, no state change.
	before, err := worker.Head(contract)
	require.NoError(t, err)
	b := bidders[2]
	id = b.nextTaskID()
	bidInput, err := art.ABI.Pack("bid", big.NewInt(120))
	require.NoError(t, err)
	mismatch, _ := encrypt(t, info, contract, id, envelope.Call{Data: bidInput, Amount: big.NewInt(999)})
	tampered := append([]byte(nil), mismatch...)
	tampered[len(tampered)-1] ^= 1
	wrongTask, _ := encrypt(t, info, contract, common.Hash{9}, envelope.Call{Data: bidInput})
	// A worthless ERC20 "escrow" is not msg.value: the bid exceeds a deposit of 0.
	junk, huge := common.HexToAddress("0x7a4c"), new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	junkBid, _ := art.ABI.Pack("bid", big.NewInt(1000))
	tokenEscrow, _ := encrypt(t, info, contract, id, envelope.Call{Data: junkBid, Token: junk, Amount: huge})
	cases := []struct {
		name   string
		task   core.Task
		status receipt.Status
		err    error
	}{
		{"escrow differs from the envelope", core.Task{ID: id, Envelope: mismatch, EscrowAmount: big.NewInt(120)}, receipt.StatusEscrowMismatch, nil},
		{"an ERC20 escrow is not value", core.Task{ID: id, Envelope: tokenEscrow, EscrowToken: junk, EscrowAmount: huge}, receipt.StatusRevert, nil},
		{"tampered ciphertext", core.Task{ID: id, Envelope: tampered}, receipt.StatusBadInput, nil},
		{"envelope bound to another task", core.Task{ID: id, Envelope: wrongTask}, receipt.StatusBadInput, nil},
		{"data that is not the record's", core.Task{ID: id, Envelope: mismatch, InputsHash: common.Hash{1}}, 0, core.ErrInputsHash},
		{"unknown contract", core.Task{ID: id, Envelope: mismatch, Contract: common.HexToAddress("0x01")}, 0, core.ErrUnknownContract},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			task := tc.task
			if task.Contract == (common.Address{}) {
				task.Contract = contract
			}
			if task.InputsHash == (common.Hash{}) {
				task.InputsHash = ids.InputsHash(task.Envelope)
			}
			task.Sender, task.GasLimit, task.Env = b.addr, 500_000, env
			results, errs := worker.Execute(context.Background(), []core.Task{task})
			if tc.err != nil {
				require.ErrorIs(t, errs[0], tc.err, tc.name)
				return
			}
			require.NoError(t, errs[0], tc.name)
			require.Equal(t, tc.status, results[0].Receipt.Status, tc.name)
			require.Empty(t, results[0].Delta, tc.name)
			require.Zero(t, results[0].Receipt.DeltaHash, tc.name)
			require.NoError(t, receipt.Verify(chainID, results[0].Receipt, results[0].Signature, info.Address), tc.name)
		})
	}
	after, err := worker.Head(contract)
	require.NoError(t, err)
	require.Equal(t, before, after, "failures changed no state")

	// The seller settles: an Ethereum callback in clear.
	settle, err := art.ABI.Pack("settle")
	require.NoError(t, err)
	id = seller.nextTaskID()
	e, _ = encrypt(t, info, contract, id, envelope.Call{Data: settle})
	results, errs = worker.Execute(context.Background(), []core.Task{{ID: id, Contract: contract, Sender: seller.addr, InputsHash: ids.InputsHash(e), GasLimit: 500_000, Env: env, Envelope: e}})
	require.NoError(t, errs[0])
	require.Equal(t, receipt.StatusSuccess, results[0].Receipt.Status, results[0].Reason)
	require.NotNil(t, results[0].Callback)
	require.Equal(t, dapp, results[0].Callback.Target)
	chainLog.record(results[0])

	// A third enclave rebuilds the same state from the delta log alone.
	require.NoError(t, rebuilder.ApplyDeltas(contract, chainLog))
	want, err := worker.Head(contract)
	require.NoError(t, err)
	rebuilt, err := rebuilder.Head(contract)
	require.NoError(t, err)
	require.Equal(t, want, rebuilt)
	// Replaying the log again is refused, and changes nothing.
	require.Error(t, rebuilder.ApplyDeltas(contract, chainLog[:1]))
	again, err := rebuilder.Head(contract)
	require.NoError(t, err)
	require.Equal(t, want, again)

	// The worker's last delta lost on chain to another result: it forgets
	// the contract and replays the chain's log, which ends one entry earlier.
	require.NoError(t, worker.Forget(contract))
	_, err = worker.Head(contract)
	require.ErrorIs(t, err, core.ErrUnknownContract)
	require.NoError(t, worker.ApplyDeltas(contract, chainLog[:len(chainLog)-1]))
	behind, err := worker.Head(contract)
	require.NoError(t, err)
	require.Equal(t, uint64(len(chainLog)-1), behind.Next)
	require.NoError(t, worker.ApplyDeltas(contract, chainLog[len(chainLog)-1:]))
	caughtUp, err := worker.Head(contract)
	require.NoError(t, err)
	require.Equal(t, want, caughtUp)

	// And a fourth from a snapshot.
	snap, err := worker.Snapshot(contract)
	require.NoError(t, err)
	fourth := provision(t, genesis, commitment, t.TempDir())[0]
	require.NoError(t, fourth.Restore(contract, snap))
	fromSnap, err := fourth.Head(contract)
	require.NoError(t, err)
	require.Equal(t, want, fromSnap)
}

func TestRestartKeepsIdentityAndSeed(t *testing.T) {
	dir := t.TempDir()
	c := openCore(t, dir)
	commitment, err := c.InitNetwork()
	require.NoError(t, err)
	info := c.Info()
	v1, _, err := c.Beacon(7)
	require.NoError(t, err)

	reopened := openCore(t, dir)
	require.Equal(t, info.Address, reopened.Info().Address)
	require.Equal(t, info.Keys, reopened.Info().Keys)
	require.True(t, reopened.Info().Provisioned)
	v2, sig, err := reopened.Beacon(7)
	require.NoError(t, err)
	require.Equal(t, v1, v2, "same seed after restart")
	signer, err := ethsig.Recover(seed.BeaconDigest(chainID, 7, v2), sig)
	require.NoError(t, err)
	require.Equal(t, info.Address, signer)

	// A provision for a seed with another commitment is refused.
	other := openCore(t, t.TempDir())
	otherCommit, err := other.InitNetwork()
	require.NoError(t, err)
	newcomer := openCore(t, t.TempDir())
	p, err := other.ProvisionFor(newcomer.Info().Quote, newcomer.Info().Keys)
	require.NoError(t, err)
	require.ErrorIs(t, newcomer.AcceptSeed(commitment, p), seed.ErrProvision)
	require.False(t, newcomer.Info().Provisioned)
	require.NoError(t, newcomer.AcceptSeed(otherCommit, p))

	// Not provisioned: nothing secret can be done.
	fresh := openCore(t, t.TempDir())
	_, _, err = fresh.Beacon(1)
	require.ErrorIs(t, err, core.ErrNotProvisioned)
	_, err = fresh.ProvisionFor(newcomer.Info().Quote, newcomer.Info().Keys)
	require.ErrorIs(t, err, core.ErrNotProvisioned)
}

func TestSGXRequiredRefusesSimulatedNewcomers(t *testing.T) {
	dir := t.TempDir()
	sealer, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	strict, err := core.Open(core.Config{ChainID: chainID, DataDir: dir, Sealer: sealer,
		Issuer: attestation.SimulationIssuer{}, Verifier: attestation.KindVerifier{}, Policy: attestation.Policy{}})
	require.NoError(t, err)
	_, err = strict.InitNetwork()
	require.NoError(t, err)
	newcomer := openCore(t, t.TempDir())
	_, err = strict.ProvisionFor(newcomer.Info().Quote, newcomer.Info().Keys)
	require.ErrorIs(t, err, attestation.ErrSimulatedRefused)
}
