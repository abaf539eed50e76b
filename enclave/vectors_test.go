package enclave_test

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

// Vectors are the hashes that cross the Ethereum boundary, for the Solidity
// and TypeScript implementations to check themselves against.
type Vectors struct {
	Comment     string          `json:"comment"`
	TaskIDs     []TaskIDVector  `json:"task_ids"`
	InputsHash  []HashVector    `json:"inputs_hashes"`
	Contracts   []ContractVec   `json:"contract_addresses"`
	Infos       []InfoVector    `json:"hpke_infos"`
	Receipts    []ReceiptVector `json:"receipt_hashes"`
	TaskHashes  []TaskHashVec   `json:"task_hashes"`
	ResultLabel string          `json:"result_key_export_label"`
}

// TaskIDVector pins ids.TaskID.
type TaskIDVector struct {
	ChainID string         `json:"chain_id"`
	Bridge  common.Address `json:"bridge"`
	Sender  common.Address `json:"sender"`
	Salt    common.Hash    `json:"salt"`
	TaskID  common.Hash    `json:"task_id"`
}

// TaskHashVec pins receipt.TaskHash: the task as the enclave ran it.
type TaskHashVec struct {
	Sender       common.Address `json:"sender"`
	InputsHash   common.Hash    `json:"inputs_hash"`
	CodeHash     common.Hash    `json:"code_hash"`
	GasLimit     uint64         `json:"gas_limit,string"`
	EscrowToken  common.Address `json:"escrow_token"`
	EscrowAmount string         `json:"escrow_amount"`
	EthBlock     uint64         `json:"eth_block,string"`
	EthTime      uint64         `json:"eth_time,string"`
	Hash         common.Hash    `json:"hash"`
}

// HashVector pins ids.InputsHash.
type HashVector struct {
	Data hexutil.Bytes `json:"data"`
	Hash common.Hash   `json:"hash"`
}

// ContractVec pins ids.ContractAddress.
type ContractVec struct {
	DeploymentTaskID common.Hash    `json:"deployment_task_id"`
	Address          common.Address `json:"address"`
}

// InfoVector pins envelope.Binding.Info.
type InfoVector struct {
	ChainID  string         `json:"chain_id"`
	Contract common.Address `json:"contract"`
	TaskID   common.Hash    `json:"task_id"`
	Info     hexutil.Bytes  `json:"info"`
}

// ReceiptVector pins receipt.Receipt.Leaf and Digest.
type ReceiptVector struct {
	TaskID       common.Hash    `json:"task_id"`
	Contract     common.Address `json:"contract"`
	Status       uint8          `json:"status"`
	OutputHash   common.Hash    `json:"output_hash"`
	DeltaIndex   uint64         `json:"delta_index,string"`
	DeltaHash    common.Hash    `json:"delta_hash"`
	GasUsed      uint64         `json:"gas_used,string"`
	Worker       common.Address `json:"worker"`
	CallbackHash common.Hash    `json:"callback_hash"`
	TaskHash     common.Hash    `json:"task_hash"`
	StateHead    common.Hash    `json:"state_head"`
	Hash         common.Hash    `json:"hash"`
	Digest       common.Hash    `json:"signing_digest"`
}

func buildVectors() Vectors {
	v := Vectors{
		Comment: "enigmad wire-format vectors: regenerate with go test ./enclave -run TestVectors -update; the Solidity and TypeScript sides must reproduce every value; " +
			"bytes, addresses and hashes are 0x hex, integers decimal strings",
		ResultLabel: envelope.ResultKeyLabel,
	}
	bridge := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	sender := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	for _, c := range []struct {
		chain string
		salt  common.Hash
	}{{"1", ids.CounterSalt(0)}, {"1", ids.CounterSalt(1)}, {"1337", ids.CounterSalt(0)}, {"11155111", ids.InputsHash([]byte("salt"))}} {
		chainID, _ := new(big.Int).SetString(c.chain, 10)
		v.TaskIDs = append(v.TaskIDs, TaskIDVector{c.chain, bridge, sender, c.salt, ids.TaskID(chainID, bridge, sender, c.salt)})
	}
	for _, d := range [][]byte{{}, {0x01}, []byte("enigma")} {
		v.InputsHash = append(v.InputsHash, HashVector{d, ids.InputsHash(d)})
	}
	for _, t := range v.TaskIDs[:2] {
		v.Contracts = append(v.Contracts, ContractVec{t.TaskID, ids.ContractAddress(t.TaskID)})
	}
	for _, chain := range []string{"enigma-local-1", "enigma-1"} {
		b := envelope.Binding{ChainID: chain, Contract: v.Contracts[0].Address, TaskID: v.TaskIDs[0].TaskID}
		info, err := b.Info()
		if err != nil {
			panic(err)
		}
		v.Infos = append(v.Infos, InfoVector{chain, b.Contract, b.TaskID, info})
	}
	for _, th := range []TaskHashVec{
		{Sender: sender, InputsHash: v.InputsHash[1].Hash, GasLimit: 300_000, EscrowAmount: "0", EthBlock: 10, EthTime: 1_800_000_000},
		{Sender: sender, InputsHash: v.InputsHash[2].Hash, GasLimit: 1 << 40, EscrowToken: bridge, EscrowAmount: "123456789012345678901234567890", EthBlock: 1 << 40, EthTime: 1},
		{Sender: bridge, InputsHash: v.InputsHash[0].Hash, CodeHash: ids.InputsHash([]byte("code")), GasLimit: 2_000_000, EscrowAmount: "0"},
	} {
		amount, _ := new(big.Int).SetString(th.EscrowAmount, 10)
		th.Hash = receipt.TaskHash(th.Sender, th.InputsHash, th.CodeHash, th.GasLimit, th.EscrowToken, amount, th.EthBlock, th.EthTime)
		v.TaskHashes = append(v.TaskHashes, th)
	}
	for _, r := range []receipt.Receipt{
		{TaskID: v.TaskIDs[0].TaskID, Contract: v.Contracts[0].Address, Status: receipt.StatusSuccess,
			OutputHash: ids.InputsHash([]byte("output")), DeltaIndex: 0, DeltaHash: ids.InputsHash([]byte("delta")), GasUsed: 43210, Worker: sender,
			TaskHash: v.TaskHashes[0].Hash, StateHead: ids.InputsHash([]byte("head"))},
		{TaskID: v.TaskIDs[1].TaskID, Contract: v.Contracts[1].Address, Status: receipt.StatusRevert, GasUsed: 1 << 33, Worker: bridge},
		{TaskID: v.TaskIDs[1].TaskID, Contract: v.Contracts[1].Address, Status: receipt.StatusSuccess, GasUsed: 77_000, Worker: sender,
			CallbackHash: receipt.CallbackHash(bridge, []byte("auctionSettled"))},
		{TaskID: v.TaskIDs[2].TaskID, Contract: v.Contracts[0].Address, Status: receipt.StatusTimeout, DeltaIndex: 99},
	} {
		v.Receipts = append(v.Receipts, ReceiptVector{r.TaskID, r.Contract, uint8(r.Status), r.OutputHash, r.DeltaIndex, r.DeltaHash, r.GasUsed, r.Worker, r.CallbackHash, r.TaskHash, r.StateHead, r.Hash(), r.Digest("enigma-local-1")})
	}
	return v
}

func TestVectors(t *testing.T) {
	path := filepath.Join("testdata", "vectors.json")
	golden.CheckJSON(t, path, buildVectors(), *update)
	want, err := os.ReadFile(path)
	require.NoError(t, err)

	// The committed file is also checked against independent arithmetic
	// here, so that -update cannot silently bless a bug.
	var v Vectors
	require.NoError(t, json.Unmarshal(want, &v))
	for _, tv := range v.TaskIDs {
		chainID, ok := new(big.Int).SetString(tv.ChainID, 10)
		require.True(t, ok)
		// abi.encode: four 32-byte words.
		encoded := append(common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(tv.Bridge.Bytes(), 32)...)
		encoded = append(encoded, common.LeftPadBytes(tv.Sender.Bytes(), 32)...)
		encoded = append(encoded, tv.Salt.Bytes()...)
		require.Len(t, encoded, 128)
		require.Equal(t, ids.InputsHash(encoded), tv.TaskID)
	}
}
