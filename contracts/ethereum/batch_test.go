package ethereum_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
)

var worker = common.HexToAddress("0x3030000000000000000000000000000000000001")

// batchOf makes a batch over n receipts of tasks recorded by the users, all
// successful at half their gas, credited to one worker.
func batchOf(t *testing.T, c *sim.Chain, nonce, first uint64, entries []sim.Entry) (commitment.Batch, *sim.Tree) {
	t.Helper()
	tree, err := sim.NewTree(entries)
	require.NoError(t, err)
	fees := new(big.Int)
	for _, e := range entries {
		fees.Add(fees, new(big.Int).Mul(new(big.Int).SetUint64(e.Leaf.GasUsed), e.Record.GasPrice))
	}
	return commitment.Batch{
		Nonce: nonce, Root: tree.Root, FirstSequence: first, LastSequence: first + uint64(len(entries)) - 1,
		Workers: []common.Address{worker}, FeeTokens: []common.Address{eth}, FeeTotals: []*big.Int{fees},
	}, tree
}

// recorded records n tasks and returns their entries with the given status
// and gas, starting at sequence first.
func recorded(t *testing.T, c *sim.Chain, n int, first uint64, status uint8, gasUsed uint64) []sim.Entry {
	t.Helper()
	var out []sim.Entry
	for i := range n {
		task, _, err := c.RecordTask(c.Users[i%len(c.Users)], secret, inputs, gasLimit, gwei)
		require.NoError(t, err)
		out = append(out, sim.Entry{Record: task.Record, Leaf: commitment.Leaf{
			Sequence: first + uint64(i), TaskID: task.ID, RecordHash: task.Record.Hash(), Status: status, GasUsed: gasUsed,
			ReceiptHash: crypto.Keccak256Hash(task.ID.Bytes(), []byte("receipt")),
		}})
	}
	return out
}

func TestSubmitBatch(t *testing.T) {
	c := newChain(t, sim.Options{})
	entries := recorded(t, c, 5, 1, 0, gasLimit/2)
	b, _ := batchOf(t, c, 1, 1, entries)

	// Refusals first: nothing may change.
	_, err := c.SubmitBatch(b, []int{0, 1}) // 200 of 400: not > 2/3
	requireRevert(t, err, "InsufficientPower")
	_, err = c.SubmitBatch(b, []int{})
	requireRevert(t, err, "InsufficientPower")
	digest := b.Digest(c.ChainID, c.BridgeAddr)
	sigs := c.Sign(digest, c.ValidatorKeys, nil)
	outsider, _ := crypto.GenerateKey()
	// An outsider's signature in validator 0's slot. (Signatures after the
	// threshold is reached are not checked, as in Gravity Bridge.)
	forged := c.Sign(digest, append([]*ecdsa.PrivateKey{outsider}, c.ValidatorKeys[1:]...), nil)
	_, err = c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackSubmitBatch(sim.BatchArgs(b), sim.ValsetArgs(c.Valset), forged))
	requireRevert(t, err, "InvalidSignature")
	dup := append(sigs[:0:0], sigs...)
	dup[1] = dup[0] // validator 0's signature in validator 1's slot
	_, err = c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackSubmitBatch(sim.BatchArgs(b), sim.ValsetArgs(c.Valset), dup))
	requireRevert(t, err, "InvalidSignature")
	_, err = c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackSubmitBatch(sim.BatchArgs(b), sim.ValsetArgs(c.Valset), sigs[:3]))
	requireRevert(t, err, "SignatureCountMismatch")
	wrongSet := c.Valset
	wrongSet.Powers = []uint64{100, 100, 100, 1000}
	_, err = c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackSubmitBatch(sim.BatchArgs(b), sim.ValsetArgs(wrongSet), sigs))
	requireRevert(t, err, "ValsetMismatch")
	tampered := b
	tampered.FeeTotals = []*big.Int{new(big.Int).Add(b.FeeTotals[0], big.NewInt(1))}
	_, err = c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackSubmitBatch(sim.BatchArgs(tampered), sim.ValsetArgs(c.Valset), sigs))
	requireRevert(t, err, "InvalidSignature")
	skip := b
	skip.Nonce = 2
	_, err = c.SubmitBatch(skip, nil)
	requireRevert(t, err, "StaleNonce")
	gap := b
	gap.FirstSequence, gap.LastSequence = 2, 6
	_, err = c.SubmitBatch(gap, nil)
	requireRevert(t, err, "BadBatch")
	lengths := b
	lengths.FeeTokens = nil
	_, err = c.SubmitBatch(lengths, nil)
	requireRevert(t, err, "BadBatch")
	require.Zero(t, c.Credit(worker, eth).Sign())

	// Three of four signatures (300 of 400) suffice; the worker is credited.
	r, err := c.SubmitBatch(b, []int{1, 2, 3})
	require.NoError(t, err)
	ev, err := c.Bridge.UnpackBatchSubmittedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, uint64(1), ev.BatchNonce)
	require.Equal(t, uint64(6), ev.EventNonce, "after the five records")
	require.Equal(t, b.FeeTotals[0], c.Credit(worker, eth))
	var out []byte
	require.NoError(t, c.Call(c.Deployer.Addr, c.BridgeAddr, nil, c.Bridge.PackBatchCommitments(1), &out))
	stored, err := c.Bridge.UnpackBatchCommitments(out)
	require.NoError(t, err)
	word := func(n uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(n).Bytes(), 32) }
	require.Equal(t, crypto.Keccak256Hash(b.Root.Bytes(), word(b.FirstSequence), word(b.LastSequence)), common.Hash(stored),
		"the root with its range")

	// Replayed: refused.
	_, err = c.SubmitBatch(b, nil)
	requireRevert(t, err, "StaleNonce")

	// The worker withdraws its fees once.
	wa := sim.NewAccount("worker")
	b2, _ := batchOf(t, c, 2, 6, recorded(t, c, 2, 6, 0, 1000))
	b2.Workers = []common.Address{wa.Addr}
	_, err = c.SubmitBatch(b2, nil)
	require.NoError(t, err)
	_, err = c.Send(c.Users[0], wa.Addr, big.NewInt(1e17), nil) // gas money
	require.NoError(t, err)
	before := c.Balance(wa.Addr)
	r, err = c.Send(wa, c.BridgeAddr, nil, c.Bridge.PackWithdraw(eth))
	require.NoError(t, err)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	require.Equal(t, new(big.Int).Add(before, new(big.Int).Sub(b2.FeeTotals[0], fee)), c.Balance(wa.Addr))
	_, err = c.Send(wa, c.BridgeAddr, nil, c.Bridge.PackWithdraw(eth))
	requireRevert(t, err, "NothingToWithdraw")
}

func TestUpdateValset(t *testing.T) {
	c := newChain(t, sim.Options{})
	var keys = append(c.ValidatorKeys[1:4:4], sim.NewAccount("validator-new").Key)
	next := commitment.Valset{Nonce: 1}
	sortKeys(keys)
	for _, k := range keys {
		next.Validators = append(next.Validators, crypto.PubkeyToAddress(k.PublicKey))
		next.Powers = append(next.Powers, 50)
	}
	checkpoint := commitment.Checkpoint(c.ChainID, c.BridgeAddr, next)
	update := func(n commitment.Valset, signers []int) error {
		sigs := c.Sign(commitment.Checkpoint(c.ChainID, c.BridgeAddr, n), c.ValidatorKeys, signers)
		_, err := c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackUpdateValset(sim.ValsetArgs(n), sim.ValsetArgs(c.Valset), sigs))
		return err
	}
	requireRevert(t, update(next, []int{0, 1}), "InsufficientPower")
	unsorted := next
	unsorted.Validators = []common.Address{next.Validators[1], next.Validators[0], next.Validators[2], next.Validators[3]}
	requireRevert(t, update(unsorted, nil), "BadValset")
	require.Error(t, unsorted.Validate(), "Go refuses what the contract refuses")
	zero := next
	zero.Powers = []uint64{50, 0, 50, 50}
	requireRevert(t, update(zero, nil), "BadValset")
	require.Error(t, zero.Validate())
	require.NoError(t, next.Validate())
	stale := next
	stale.Nonce = 0
	requireRevert(t, update(stale, nil), "StaleNonce")

	require.NoError(t, update(next, []int{0, 1, 2}))
	var out []byte
	require.NoError(t, c.Call(c.Deployer.Addr, c.BridgeAddr, nil, c.Bridge.PackValsetCheckpoint(), &out))
	got, err := c.Bridge.UnpackValsetCheckpoint(out)
	require.NoError(t, err)
	require.Equal(t, [32]byte(checkpoint), got)
	old := c.Valset
	requireRevert(t, update(next, nil), "StaleNonce") // replayed

	// The old set can no longer sign batches; the new one can.
	b, _ := batchOf(t, c, 1, 1, recorded(t, c, 1, 1, 0, 10))
	_, err = c.SubmitBatch(b, nil)
	requireRevert(t, err, "ValsetMismatch")
	c.Valset, c.ValidatorKeys = next, keys
	_, err = c.SubmitBatch(b, []int{0, 1, 2})
	require.NoError(t, err)
	require.NotEqual(t, old.Validators, next.Validators)
}

func sortKeys(keys []*ecdsa.PrivateKey) {
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if crypto.PubkeyToAddress(keys[j].PublicKey).Cmp(crypto.PubkeyToAddress(keys[i].PublicKey)) < 0 {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
}

func TestClaimRefund(t *testing.T) {
	c := newChain(t, sim.Options{})
	amount := big.NewInt(3e17)
	// 0: reverted after 40k gas; 1: timed out (no gas); 2: success with a
	// callback (its escrow is the callback's); 3: success, no callback.
	var entries []sim.Entry
	for i, st := range []struct {
		status   uint8
		gasUsed  uint64
		callback bool
	}{{1, 40_000, false}, {5, 0, false}, {0, 60_000, true}, {0, 70_000, false}} {
		task, _, err := c.RecordPayableTask(c.Users[i%2], secret, inputs, gasLimit, gwei, eth, amount)
		require.NoError(t, err)
		l := commitment.Leaf{Sequence: uint64(i + 1), TaskID: task.ID, RecordHash: task.Record.Hash(), Status: st.status, GasUsed: st.gasUsed,
			ReceiptHash: crypto.Keccak256Hash(task.ID.Bytes())}
		if st.callback {
			l.CallbackHash = commitment.CallbackHash(common.HexToAddress("0xca11"), []byte{1})
		}
		entries = append(entries, sim.Entry{Leaf: l, Record: task.Record})
	}
	b, tree := batchOf(t, c, 1, 1, entries)
	_, err := c.ClaimRefund(c.Users[2], 1, tree, 0)
	requireRevert(t, err, "UnknownBatch")
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)

	wantEscrow := []bool{true, true, false, true}
	for i, e := range entries {
		before := c.Balance(e.Record.Sender)
		// A third party claims: the money still goes to the sender.
		r, err := c.ClaimRefund(c.Users[2], 1, tree, i)
		require.NoError(t, err, "entry %d", i)
		want := new(big.Int).Mul(new(big.Int).SetUint64(gasLimit-e.Leaf.GasUsed), gwei)
		if wantEscrow[i] {
			want.Add(want, amount)
		}
		require.Equal(t, new(big.Int).Add(before, want), c.Balance(e.Record.Sender), "entry %d", i)
		ev, err := c.Bridge.UnpackRefundClaimedEvent(r.Logs[0])
		require.NoError(t, err)
		require.Equal(t, [32]byte(e.Leaf.TaskID), ev.TaskId)
		_, err = c.ClaimRefund(c.Users[2], 1, tree, i)
		requireRevert(t, err, "AlreadyClaimed")
	}

	// Forged claims: a record with a bigger escrow, a leaf with less gas
	// used, a proof from another position, the wrong batch.
	forge := func(mut func(*sim.Entry)) error {
		e := entries[0]
		mut(&e)
		return mustErr(c.Send(c.Users[2], c.BridgeAddr, nil, c.Bridge.PackClaimRefund(tree.Ref(1), sim.ReceiptArgs(e.Leaf), sim.RecordArgs(e.Record), tree.Proof(0))))
	}
	requireRevert(t, forge(func(e *sim.Entry) { e.Record.EscrowAmount = big.NewInt(1e18) }), "InvalidProof")
	requireRevert(t, forge(func(e *sim.Entry) { e.Leaf.GasUsed = 0 }), "InvalidProof")
	requireRevert(t, forge(func(e *sim.Entry) { e.Leaf.Sequence = 3 }), "InvalidProof")
	requireRevert(t, forge(func(e *sim.Entry) { e.Leaf.Sequence = 9 }), "OutsideBatch")
	e := entries[1]
	_, err = c.Send(c.Users[2], c.BridgeAddr, nil, c.Bridge.PackClaimRefund(tree.Ref(1), sim.ReceiptArgs(e.Leaf), sim.RecordArgs(e.Record), tree.Proof(2)))
	requireRevert(t, err, "InvalidProof")

	// ENG fees are refunded in ENG.
	u := c.Users[0]
	fee := sim.Fee(gasLimit, gwei)
	require.NoError(t, c.Transfer(u.Addr, fee))
	permit, err := c.SignPermit(u, c.BridgeAddr, fee, big.NewInt(1<<40))
	require.NoError(t, err)
	r, err := c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, permit))
	require.NoError(t, err)
	tasks, err := c.TaskEvents(r)
	require.NoError(t, err)
	leaf := commitment.Leaf{Sequence: 5, TaskID: tasks[0].ID, RecordHash: tasks[0].Record.Hash(), Status: 2, GasUsed: gasLimit / 4}
	b2, tree2 := batchOf(t, c, 2, 5, []sim.Entry{{Leaf: leaf, Record: tasks[0].Record}})
	b2.FeeTokens = []common.Address{c.TokenAddr}
	_, err = c.SubmitBatch(b2, nil)
	require.NoError(t, err)
	_, err = c.ClaimRefund(c.Users[2], 2, tree2, 0)
	require.NoError(t, err)
	require.Equal(t, sim.Fee(gasLimit*3/4, gwei), c.TokenBalance(u.Addr))
	require.Equal(t, sim.Fee(gasLimit/4, gwei), c.Credit(worker, c.TokenAddr))
}

func mustErr(_ any, err error) error { return err }

// TestLeafProvesOnlyInItsBatch: a batch whose tree holds a stray leaf with
// a sequence of another batch cannot use up that receipt's once-only flag,
// whatever range the claimer names.
func TestLeafProvesOnlyInItsBatch(t *testing.T) {
	c := newChain(t, sim.Options{})
	entries := recorded(t, c, 3, 1, 1, 0)
	victim := recorded(t, c, 1, 4, 5, 0)[0] // receipt 4, of batch 2
	stray := victim
	stray.Leaf.ReceiptHash = common.Hash{1}
	b1, tree1 := batchOf(t, c, 1, 1, append(entries, stray)) // its tree has 4 leaves, its range is 1..3
	b1.LastSequence = 3
	_, err := c.SubmitBatch(b1, nil)
	require.NoError(t, err)
	b2, tree2 := batchOf(t, c, 2, 4, []sim.Entry{victim})
	_, err = c.SubmitBatch(b2, nil)
	require.NoError(t, err)

	claim := func(ref bindings.EnigmaBridgeBatchRef, e sim.Entry, proof [][32]byte) error {
		return mustErr(c.Send(c.Users[2], c.BridgeAddr, nil, c.Bridge.PackClaimRefund(ref, sim.ReceiptArgs(e.Leaf), sim.RecordArgs(e.Record), proof)))
	}
	ref := bindings.EnigmaBridgeBatchRef{Nonce: 1, FirstSequence: 1, LastSequence: 3}
	requireRevert(t, claim(ref, stray, tree1.Proof(3)), "OutsideBatch")
	ref.LastSequence = 4 // lying about the range: the stored commitment differs
	requireRevert(t, claim(ref, stray, tree1.Proof(3)), "InvalidProof")
	// The victim's own claim still pays, once.
	require.NoError(t, claim(tree2.Ref(2), victim, tree2.Proof(0)))
	requireRevert(t, claim(tree2.Ref(2), victim, tree2.Proof(0)), "AlreadyClaimed")
	// And batch 1's own receipts pay.
	ref.LastSequence = 3
	require.NoError(t, claim(ref, entries[0], tree1.Proof(0)))
}

// TestWithdrawWithSignature: a credited account that cannot send
// transactions (an enclave signer) has its credit paid to the address it
// names by a signature anyone may submit; each signature works once,
// before its deadline, and only for the account that signed.
func TestWithdrawWithSignature(t *testing.T) {
	c := newChain(t, sim.Options{})
	signer := sim.NewAccount("enclave-signer") // holds no ETH: it never sends
	payout := sim.NewAccount("payout").Addr
	entries := recorded(t, c, 2, 1, 0, gasLimit/2)
	b, _ := batchOf(t, c, 1, 1, entries)
	b.Workers = []common.Address{signer.Addr}
	_, err := c.SubmitBatch(b, nil)
	require.NoError(t, err)
	owed := c.Credit(signer.Addr, eth)
	require.Positive(t, owed.Sign())

	head, err := c.Client.HeaderByNumber(t.Context(), nil)
	require.NoError(t, err)
	deadline := new(big.Int).SetUint64(head.Time + 3600)
	sign := func(key *ecdsa.PrivateKey, nonce int64, to common.Address, deadline *big.Int) bindings.EnigmaBridgeSig {
		var out []byte
		require.NoError(t, c.Call(c.Deployer.Addr, c.BridgeAddr, nil, c.Bridge.PackWithdrawDigest(signer.Addr, eth, to, big.NewInt(nonce), deadline), &out))
		require.Equal(t, commitment.WithdrawDigest(c.ChainID, c.BridgeAddr, signer.Addr, eth, to, big.NewInt(nonce), deadline).Bytes(), out, "the Go digest")
		s, err := commitment.Sign(common.BytesToHash(out), key)
		require.NoError(t, err)
		return bindings.EnigmaBridgeSig{V: s.V, R: s.R, S: s.S}
	}
	submit := func(to common.Address, deadline *big.Int, sig bindings.EnigmaBridgeSig) error {
		return mustErr(c.Send(c.Users[2], c.BridgeAddr, nil, c.Bridge.PackWithdrawWithSignature(signer.Addr, eth, to, deadline, sig)))
	}
	outsider, _ := crypto.GenerateKey()
	requireRevert(t, submit(payout, deadline, sign(outsider, 0, payout, deadline)), "InvalidSignature")
	good := sign(signer.Key, 0, payout, deadline)
	requireRevert(t, submit(c.Users[2].Addr, deadline, good), "InvalidSignature") // redirected by the submitter
	past := new(big.Int).SetUint64(head.Time - 1)
	requireRevert(t, submit(payout, past, sign(signer.Key, 0, payout, past)), "Expired")
	require.NoError(t, submit(payout, deadline, good))
	require.Equal(t, owed, c.Balance(payout))
	require.Zero(t, c.Credit(signer.Addr, eth).Sign())

	// Replayed after new credit: the nonce moved on.
	b2, _ := batchOf(t, c, 2, 3, recorded(t, c, 1, 3, 0, gasLimit/2))
	b2.Workers = []common.Address{signer.Addr}
	_, err = c.SubmitBatch(b2, nil)
	require.NoError(t, err)
	requireRevert(t, submit(payout, deadline, good), "InvalidSignature")
	require.NoError(t, submit(payout, deadline, sign(signer.Key, 1, payout, deadline)))
}
