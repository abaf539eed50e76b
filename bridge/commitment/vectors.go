package commitment

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/ids"
)

// Vectors pin every hash that crosses the Ethereum boundary, for the Go,
// Solidity and TypeScript sides to check (testdata/vectors.json). The
// contract tests deploy the bridge at VectorBridge on chain VectorChainID
// and check each against the contract.
type Vectors struct {
	Comment     string           `json:"comment"`
	ChainID     Dec              `json:"chain_id"`
	Bridge      common.Address   `json:"bridge"`
	TaskIDs     []TaskIDVector   `json:"task_ids"`
	InputsHash  []HashVector     `json:"inputs_hashes"`
	Contracts   []ContractVector `json:"contract_addresses"`
	Records     []RecordVector   `json:"records"`
	Callbacks   []CallbackVector `json:"callbacks"`
	Leaves      []LeafVector     `json:"leaves"`
	Checkpoints []ValsetVector   `json:"checkpoints"`
	Batches     []BatchVector    `json:"batches"`
	Tokens      []TokensVector   `json:"token_updates"`
	Withdrawals []WithdrawVector `json:"withdrawals"`
}

// WithdrawVector is WithdrawDigest at Vectors.ChainID and Vectors.Bridge.
type WithdrawVector struct {
	Account  common.Address `json:"account"`
	Token    common.Address `json:"token"`
	To       common.Address `json:"to"`
	Nonce    Dec            `json:"nonce"`
	Deadline Dec            `json:"deadline"`
	Digest   common.Hash    `json:"digest"`
}

// TokensVector is TokenUpdate.Digest at Vectors.ChainID and Vectors.Bridge.
type TokensVector struct {
	Update TokenUpdate `json:"update"`
	Digest common.Hash `json:"digest"`
}

// TaskIDVector is ids.TaskID of a sender and salt.
type TaskIDVector struct {
	Sender common.Address `json:"sender"`
	Salt   common.Hash    `json:"salt"`
	TaskID common.Hash    `json:"task_id"`
}

// HashVector is ids.InputsHash of some task data.
type HashVector struct {
	Data hexutil.Bytes `json:"data"`
	Hash common.Hash   `json:"hash"`
}

// ContractVector is ids.ContractAddress of a deployment task id.
type ContractVector struct {
	TaskID  common.Hash    `json:"task_id"`
	Address common.Address `json:"address"`
}

// RecordVector is Record.Hash.
type RecordVector struct {
	Record Record      `json:"record"`
	Hash   common.Hash `json:"hash"`
}

// CallbackVector is CallbackHash.
type CallbackVector struct {
	Target common.Address `json:"target"`
	Data   hexutil.Bytes  `json:"data"`
	Hash   common.Hash    `json:"hash"`
}

// LeafVector is Leaf.Hash.
type LeafVector struct {
	Leaf Leaf        `json:"leaf"`
	Hash common.Hash `json:"hash"`
}

// ValsetVector is Checkpoint at Vectors.ChainID and Vectors.Bridge.
type ValsetVector struct {
	Valset     Valset      `json:"valset"`
	Checkpoint common.Hash `json:"checkpoint"`
}

// BatchVector is Batch.Digest at Vectors.ChainID and Vectors.Bridge.
type BatchVector struct {
	Batch  Batch       `json:"batch"`
	Digest common.Hash `json:"digest"`
}

// VectorChainID and VectorBridge are the chain and bridge address of the
// vectors: the simulated backend's chain id and the address the contract
// tests' deployer (contracts/sim) gives the bridge.
var (
	VectorChainID = big.NewInt(1337)
	VectorBridge  = common.HexToAddress("0xaF3ED3258598D4857E068367a7a9dF69581E31A6")
)

// BuildVectors computes the vectors.
func BuildVectors() Vectors {
	v := Vectors{Comment: "enigmad bridge commitments (bridge/commitment): regenerate with go test ./bridge/commitment -run TestVectors -update; " +
		"bytes, addresses and hashes are 0x hex, integers decimal strings", ChainID: Dec{VectorChainID}, Bridge: VectorBridge}
	a := func(s string) common.Address { return common.HexToAddress(s) }
	h := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
	for _, s := range []struct {
		sender common.Address
		salt   common.Hash
	}{{a("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), ids.CounterSalt(0)}, {a("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), ids.CounterSalt(1)},
		{a("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), h("salt")}} {
		v.TaskIDs = append(v.TaskIDs, TaskIDVector{s.sender, s.salt, ids.TaskID(VectorChainID, VectorBridge, s.sender, s.salt)})
	}
	for _, d := range [][]byte{{}, []byte("task data"), make([]byte, 100)} {
		v.InputsHash = append(v.InputsHash, HashVector{d, ids.InputsHash(d)})
	}
	for _, t := range v.TaskIDs[:2] {
		v.Contracts = append(v.Contracts, ContractVector{t.TaskID, ids.ContractAddress(t.TaskID)})
	}
	for _, r := range []Record{
		{Sender: v.TaskIDs[0].Sender, SecretContract: v.Contracts[0].Address, GasLimit: 200_000, GasPrice: big.NewInt(1_000_000_000)},
		{Sender: v.TaskIDs[2].Sender, SecretContract: a("0x5ec0"), FeeToken: a("0xe6e6"), GasLimit: 1 << 60, GasPrice: new(big.Int).Lsh(big.NewInt(1), 200),
			EscrowToken: a("0xe6e6"), EscrowAmount: big.NewInt(123_456_789)},
	} {
		v.Records = append(v.Records, RecordVector{r, r.Hash()})
	}
	for _, c := range []struct {
		target common.Address
		data   []byte
	}{{a("0xda99"), nil}, {a("0xda99"), []byte("auctionSettled")}, {a("0x01"), make([]byte, 70)}} {
		v.Callbacks = append(v.Callbacks, CallbackVector{c.target, c.data, CallbackHash(c.target, c.data)})
	}
	for _, l := range []Leaf{
		{Sequence: 1, TaskID: v.TaskIDs[0].TaskID, RecordHash: v.Records[0].Hash, Status: 0, GasUsed: 43_210, ReceiptHash: h("receipt")},
		{Sequence: 1 << 50, TaskID: v.TaskIDs[1].TaskID, RecordHash: v.Records[1].Hash, Status: 5, CallbackHash: v.Callbacks[1].Hash, ReceiptHash: h("other")},
	} {
		v.Leaves = append(v.Leaves, LeafVector{l, l.Hash()})
	}
	for _, s := range []Valset{
		{Validators: []common.Address{a("0x01")}, Powers: []uint64{1}},
		{Validators: []common.Address{a("0x0a"), a("0x0b"), a("0x0c")}, Powers: []uint64{100, 1 << 40, 7}, Nonce: 9},
	} {
		v.Checkpoints = append(v.Checkpoints, ValsetVector{s, Checkpoint(VectorChainID, VectorBridge, s)})
	}
	for _, b := range []Batch{
		{Nonce: 1, Root: v.Leaves[0].Hash, FirstSequence: 1, LastSequence: 1},
		{Nonce: 7, Root: h("root"), FirstSequence: 100, LastSequence: 1100, Workers: []common.Address{a("0x3030"), a("0x3030")},
			FeeTokens: []common.Address{{}, a("0xe6e6")}, FeeTotals: []*big.Int{big.NewInt(5), new(big.Int).Lsh(big.NewInt(1), 100)}},
	} {
		v.Batches = append(v.Batches, BatchVector{b, b.Digest(VectorChainID, VectorBridge)})
	}
	for _, u := range []TokenUpdate{
		{Nonce: 1},
		{Nonce: 2, Tokens: []common.Address{a("0xe6e6"), a("0x7070")}, Allowed: []bool{false, true}},
	} {
		v.Tokens = append(v.Tokens, TokensVector{u, u.Digest(VectorChainID, VectorBridge)})
	}
	for _, w := range []WithdrawVector{
		{Account: a("0x5167"), To: a("0x9a70"), Nonce: Dec{big.NewInt(0)}, Deadline: Dec{big.NewInt(1_900_000_000)}},
		{Account: a("0x5167"), Token: a("0xe6e6"), To: a("0x9a70"), Nonce: Dec{big.NewInt(3)}, Deadline: Dec{new(big.Int).Lsh(big.NewInt(1), 255)}},
	} {
		w.Digest = WithdrawDigest(VectorChainID, VectorBridge, w.Account, w.Token, w.To, w.Nonce.Int, w.Deadline.Int)
		v.Withdrawals = append(v.Withdrawals, w)
	}
	return v
}
