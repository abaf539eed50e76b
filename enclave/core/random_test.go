package core_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
)

// TestSecretLottery runs the lottery example: players enter, the
// organizer draws a winner with the enclave's secret randomness, and the
// draw is published only as the winner, in an Ethereum callback. A task
// run again gets the same randomness; another task other randomness.
func TestSecretLottery(t *testing.T) {
	c := openCore(t, t.TempDir())
	_, err := c.InitNetwork()
	require.NoError(t, err)
	ctx := context.Background()
	art, err := contracts.Load("SecretLottery")
	require.NoError(t, err)
	dapp := common.HexToAddress("0xda99")

	organizer := &user{addr: common.HexToAddress("0x0a")}
	deployID := organizer.nextTaskID()
	lottery := ids.ContractAddress(deployID)
	args, err := art.ABI.Pack("", dapp)
	require.NoError(t, err)
	e, _ := encrypt(t, c.Info(), lottery, deployID, envelope.Call{Data: args})
	res, err := c.Deploy(ctx, core.Deployment{ID: deployID, Sender: organizer.addr, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		InputsHash: ids.InputsHash(e), GasLimit: 2_000_000, Env: env, Bytecode: art.Bytecode, Envelope: e})
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)

	prepare := func(u *user, id common.Hash, method string) (core.Task, []byte) {
		t.Helper()
		data, err := art.ABI.Pack(method)
		require.NoError(t, err)
		e, key := encrypt(t, c.Info(), lottery, id, envelope.Call{Data: data})
		return core.Task{ID: id, Contract: lottery, Sender: u.addr, InputsHash: ids.InputsHash(e), GasLimit: 300_000, Env: env, Envelope: e}, key
	}
	execute := func(task core.Task, key []byte) (core.Result, []byte) {
		t.Helper()
		results, errs := c.Execute(ctx, []core.Task{task})
		require.NoError(t, errs[0])
		require.Equal(t, receipt.StatusSuccess, results[0].Receipt.Status, results[0].Reason)
		if len(results[0].Output) == 0 {
			return results[0], nil // nothing returned
		}
		plain, err := envelope.OpenResult(key, task.ID.Bytes(), results[0].Output)
		require.NoError(t, err)
		return results[0], plain
	}
	run := func(u *user, id common.Hash, method string) (core.Result, []byte) {
		t.Helper()
		return execute(prepare(u, id, method))
	}
	players := map[common.Address]bool{}
	for i := range 5 {
		p := &user{addr: common.BigToAddress(big.NewInt(int64(0x100 + i)))}
		run(p, p.nextTaskID(), "enter")
		players[p.addr] = true
	}

	// Randomness: two calls differ; the same task again gives the same.
	probe := &user{addr: common.HexToAddress("0x9e")}
	task, key := prepare(probe, probe.nextTaskID(), "twoRandoms")
	_, first := execute(task, key)
	_, again := execute(task, key)
	require.Equal(t, first, again, "a task run again cannot re-roll")
	// The same id with other task data (as a host could make up: the
	// enclave cannot yet check a task against Ethereum) sees other bytes.
	forged, forgedKey := prepare(probe, task.ID, "twoRandoms")
	_, made := execute(forged, forgedKey)
	require.NotEqual(t, first, made, "randomness is bound to the task's data, not only its id")
	require.NotEqual(t, first[:32], first[32:64], "two calls, two values")
	_, other := run(probe, probe.nextTaskID(), "twoRandoms")
	require.NotEqual(t, first, other, "another task, other values")

	drawRes, out := run(organizer, organizer.nextTaskID(), "draw")
	winner := common.BytesToAddress(out[12:32])
	require.True(t, players[winner], "the winner is a player: %s", winner)
	require.NotNil(t, drawRes.Callback)
	require.Equal(t, dapp, drawRes.Callback.Target)
	require.Equal(t, append(crypto.Keccak256([]byte("lotteryDrawn(address)"))[:4], common.LeftPadBytes(winner.Bytes(), 32)...), drawRes.Callback.Data)
}
