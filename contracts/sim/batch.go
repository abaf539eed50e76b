package sim

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/calls"
	"github.com/enigmad/enigmad/x/secretcompute/merkle"
)

// Entry is one receipt of a batch: its leaf and the record it refers to.
type Entry struct {
	Leaf   commitment.Leaf
	Record commitment.Record
}

// Tree is a batch's receipts with their Merkle tree.
type Tree struct {
	Entries []Entry
	Hashes  []common.Hash
	Root    common.Hash
}

// NewTree builds the tree of entries in order.
func NewTree(entries []Entry) (*Tree, error) {
	t := &Tree{Entries: entries}
	for _, e := range entries {
		t.Hashes = append(t.Hashes, e.Leaf.Hash())
	}
	root, err := merkle.Root(t.Hashes)
	if err != nil {
		return nil, err
	}
	t.Root = root
	return t, nil
}

// Ref names the tree's batch for a claim: nonce, and the sequences of its
// first and last entries as its range.
func (t *Tree) Ref(nonce uint64) bindings.EnigmaBridgeBatchRef {
	return bindings.EnigmaBridgeBatchRef{Nonce: nonce, FirstSequence: t.Entries[0].Leaf.Sequence, LastSequence: t.Entries[len(t.Entries)-1].Leaf.Sequence}
}

// Proof returns entry i's proof.
func (t *Tree) Proof(i int) [][32]byte {
	p, err := merkle.Proof(t.Hashes, i)
	if err != nil {
		panic(err)
	}
	out := make([][32]byte, len(p))
	for j, h := range p {
		out[j] = h
	}
	return out
}

// Sign signs digest with the validators at the given indexes (all when
// signers is nil), aligned with the set.
func (c *Chain) Sign(digest common.Hash, keys []*ecdsa.PrivateKey, signers []int) []bindings.EnigmaBridgeSig {
	sigs := make([]bindings.EnigmaBridgeSig, len(keys))
	if signers == nil {
		for i := range keys {
			signers = append(signers, i)
		}
	}
	for _, i := range signers {
		s, err := commitment.Sign(digest, keys[i])
		if err != nil {
			panic(err)
		}
		sigs[i] = bindings.EnigmaBridgeSig{V: s.V, R: s.R, S: s.S}
	}
	return sigs
}

// BatchArgs converts a batch to the contract's struct.
func BatchArgs(b commitment.Batch) bindings.EnigmaBridgeBatch {
	return bindings.EnigmaBridgeBatch{
		Nonce: b.Nonce, Root: b.Root, FirstSequence: b.FirstSequence, LastSequence: b.LastSequence,
		Workers: b.Workers, FeeTokens: b.FeeTokens, FeeTotals: b.FeeTotals,
	}
}

// ValsetArgs converts a validator set to the contract's struct.
func ValsetArgs(v commitment.Valset) bindings.EnigmaBridgeValset {
	return bindings.EnigmaBridgeValset{Validators: v.Validators, Powers: v.Powers, Nonce: v.Nonce}
}

// TokenUpdateArgs converts an allowlist update to the contract's struct.
func TokenUpdateArgs(u commitment.TokenUpdate) bindings.EnigmaBridgeTokenUpdate {
	tokens, allowed := u.Tokens, u.Allowed
	if tokens == nil {
		tokens = []common.Address{}
	}
	if allowed == nil {
		allowed = []bool{}
	}
	return bindings.EnigmaBridgeTokenUpdate{Nonce: u.Nonce, Tokens: tokens, Allowed: allowed}
}

// UpdateEscrowTokens signs u with the current validators at signers (nil:
// all) and submits it.
func (c *Chain) UpdateEscrowTokens(u commitment.TokenUpdate, signers []int) (*types.Receipt, error) {
	sigs := c.Sign(u.Digest(c.ChainID, c.BridgeAddr), c.ValidatorKeys, signers)
	return c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackUpdateEscrowTokens(TokenUpdateArgs(u), ValsetArgs(c.Valset), sigs))
}

// SubmitBatch signs b with the current validators at signers (nil: all)
// and submits it from the deployer (any account may relay).
func (c *Chain) SubmitBatch(b commitment.Batch, signers []int) (*types.Receipt, error) {
	sigs := c.Sign(b.Digest(c.ChainID, c.BridgeAddr), c.ValidatorKeys, signers)
	return c.Send(c.Deployer, c.BridgeAddr, nil, c.Bridge.PackSubmitBatch(BatchArgs(b), ValsetArgs(c.Valset), sigs))
}

// ReceiptArgs converts a leaf to the contract's Receipt struct.
func ReceiptArgs(l commitment.Leaf) bindings.EnigmaBridgeReceipt { return calls.ReceiptArgs(l) }

// RecordArgs converts a record to the contract's Record struct.
func RecordArgs(r commitment.Record) bindings.EnigmaBridgeRecord { return calls.RecordArgs(r) }

// ClaimRefund claims entry i's refund from `from`.
func (c *Chain) ClaimRefund(from *Account, batch uint64, t *Tree, i int) (*types.Receipt, error) {
	e := t.Entries[i]
	return c.Send(from, c.BridgeAddr, nil, c.Bridge.PackClaimRefund(t.Ref(batch), ReceiptArgs(e.Leaf), RecordArgs(e.Record), t.Proof(i)))
}

// ExecuteCallback executes entry i's callback from `from` with gas (0: TxGas).
func (c *Chain) ExecuteCallback(from *Account, batch uint64, t *Tree, i int, target common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	e := t.Entries[i]
	calldata := c.Bridge.PackExecuteCallback(t.Ref(batch), ReceiptArgs(e.Leaf), RecordArgs(e.Record), t.Proof(i), target, data)
	if gas == 0 {
		return c.Send(from, c.BridgeAddr, nil, calldata)
	}
	return c.SendGas(from, c.BridgeAddr, nil, calldata, gas)
}

// Balance is an account's ETH balance.
func (c *Chain) Balance(a common.Address) *big.Int {
	b, err := c.Client.BalanceAt(bgctx, a, nil)
	if err != nil {
		panic(err)
	}
	return b
}

// TokenBalance is an account's ENG balance.
func (c *Chain) TokenBalance(a common.Address) *big.Int {
	var out []byte
	if err := c.Call(a, c.TokenAddr, nil, c.Token.PackBalanceOf(a), &out); err != nil {
		panic(err)
	}
	v, err := c.Token.UnpackBalanceOf(out)
	if err != nil {
		panic(err)
	}
	return v
}

// Credit is what account may withdraw from the bridge in token.
func (c *Chain) Credit(account, token common.Address) *big.Int {
	var out []byte
	if err := c.Call(account, c.BridgeAddr, nil, c.Bridge.PackCredits(account, token), &out); err != nil {
		panic(err)
	}
	v, err := c.Bridge.UnpackCredits(out)
	if err != nil {
		panic(err)
	}
	return v
}

// Fee is gasLimit × gasPrice.
func Fee(gasLimit uint64, gasPrice *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(gasLimit), gasPrice)
}

// Runtime deploys a contract whose runtime code is code (hex) and returns
// its address: for targets that revert or burn gas in the tests.
func (c *Chain) Runtime(code string) (common.Address, error) {
	rt := common.FromHex(code)
	if len(rt) > 255 {
		return common.Address{}, fmt.Errorf("runtime of %d bytes is too long for this helper", len(rt))
	}
	n := byte(len(rt))
	// PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 RETURN, then the runtime.
	init := append([]byte{0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}, rt...)
	addr, _, err := c.Deploy(c.Deployer, common.Bytes2Hex(init), nil)
	return addr, err
}
