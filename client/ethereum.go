package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/calls"
	"github.com/enigmad/enigmad/enclave/ids"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// EthClient is what the client needs of an Ethereum node: go-ethereum's
// ethclient.Client and the simulated backend's client are ones.
type EthClient interface {
	deploy.Client
	ethereum.ContractCaller
}

// Ethereum is the user's side of the bridge contract: it records tasks
// (their gas paid in ETH, or in ENG with a permit; a payment escrowed for
// the secret contract), claims refunds and executes callbacks, signing
// with the user's key. Its task ids are computed before sending (the
// client chooses the salt) and checked against the bridge's events. It is
// safe for concurrent use; its transactions go one at a time.
type Ethereum struct {
	// sending serializes transactions: each takes the account's next
	// nonce.
	sending sync.Mutex
	eth     EthClient
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	addr    common.Address
	bridge  *bindings.EnigmaBridge
}

// Ethereum returns the user's handle on the bridge contract the chain
// names (x/bridge params), through eth, signing with key. The Ethereum
// node must be on the chain id the params name.
func (c *Client) Ethereum(ctx context.Context, eth EthClient, key *ecdsa.PrivateKey) (*Ethereum, error) {
	p, err := bridgetypes.NewQueryClient(c.cfg.Node).Params(ctx, &bridgetypes.QueryParamsRequest{})
	if err != nil {
		return nil, err
	}
	if c.cfg.Bridge == (common.Address{}) {
		return nil, ErrConfig.Wrap("the bridge contract the user pays is required (Config.Bridge)")
	}
	if p.Params.BridgeContract == "" || !common.IsHexAddress(p.Params.BridgeContract) {
		return nil, ErrConfig.Wrapf("the chain names no bridge contract (x/bridge params: %q)", p.Params.BridgeContract)
	}
	if named := common.HexToAddress(p.Params.BridgeContract); named != c.cfg.Bridge {
		return nil, ErrConfig.Wrapf("the node names the bridge %s; this client pays %s", named, c.cfg.Bridge)
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		return nil, ErrEthereum.Wrapf("chain id: %v", err)
	}
	if !id.IsUint64() || id.Uint64() != p.Params.EthereumChainId {
		return nil, ErrConfig.Wrapf("the Ethereum node is on chain %s, the network's bridge is on chain %d", id, p.Params.EthereumChainId)
	}
	return NewEthereum(eth, id, common.HexToAddress(p.Params.BridgeContract), key), nil
}

// NewEthereum is the user's handle on the bridge contract at bridge on
// Ethereum chain chainID.
func NewEthereum(eth EthClient, chainID *big.Int, bridge common.Address, key *ecdsa.PrivateKey) *Ethereum {
	return &Ethereum{eth: eth, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: chainID, addr: bridge, bridge: bindings.NewEnigmaBridge()}
}

// Sender is the user's Ethereum address.
func (e *Ethereum) Sender() common.Address { return e.from }

// Bridge is the bridge contract's address.
func (e *Ethereum) Bridge() common.Address { return e.addr }

// TaskID is the id of the task the user records with salt.
func (e *Ethereum) TaskID(salt common.Hash) common.Hash {
	return ids.TaskID(e.chainID, e.addr, e.from, salt)
}

// Request is one task to record: its salt (ids.NewSalt), the secret
// contract, the hash of its sealed data (Sealed.InputsHash), its gas limit
// and price, and for a payable task the escrow (EscrowToken zero: ETH).
type Request struct {
	Salt         common.Hash
	Contract     common.Address
	InputsHash   common.Hash
	GasLimit     uint64
	GasPrice     *big.Int
	EscrowToken  common.Address
	EscrowAmount *big.Int
}

func (r Request) fee() *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasLimit), r.GasPrice)
}

func (r Request) payable() bool { return r.EscrowAmount != nil && r.EscrowAmount.Sign() > 0 }

func (r Request) check() error {
	switch {
	case r.GasPrice == nil || r.GasPrice.Sign() < 0:
		return ErrConfig.Wrap("a task's gas price is required and not negative")
	case r.EscrowAmount != nil && r.EscrowAmount.Sign() < 0:
		return ErrConfig.Wrap("a negative escrow")
	}
	return nil
}

// RequestFor is the record of sealed task s made with salt: its contract,
// its inputs hash, and the salt checked to give its task id.
func (e *Ethereum) RequestFor(s Sealed, salt common.Hash, gasLimit uint64, gasPrice *big.Int) (Request, error) {
	if e.TaskID(salt) != s.TaskID {
		return Request{}, ErrConfig.Wrapf("salt %s gives task %s for %s, the data was sealed for task %s", salt, e.TaskID(salt), e.from, s.TaskID)
	}
	return Request{Salt: salt, Contract: s.Contract, InputsHash: s.InputsHash, GasLimit: gasLimit, GasPrice: gasPrice}, nil
}

// Recorded is a task record the bridge emitted: what the user keeps to
// claim a refund or execute a callback later (Record).
type Recorded struct {
	TaskID     common.Hash
	EventNonce uint64
	Record     commitment.Record
	Tx         common.Hash
	Block      uint64
}

// Record records tasks in one transaction, paying their gas in ETH:
// createTaskRecord for one, createPayableTaskRecord for one with an
// escrow, createTaskRecords for several (none payable). Each task id is
// the one TaskID computes, checked against the events.
func (e *Ethereum) Record(ctx context.Context, reqs ...Request) ([]Recorded, error) {
	if len(reqs) == 0 {
		return nil, ErrConfig.Wrap("no task to record")
	}
	value := new(big.Int)
	for _, r := range reqs {
		if err := r.check(); err != nil {
			return nil, err
		}
		value.Add(value, r.fee())
	}
	var data []byte
	switch r := reqs[0]; {
	case len(reqs) == 1 && r.payable():
		if r.EscrowToken == (common.Address{}) {
			value.Add(value, r.EscrowAmount)
		}
		data = e.bridge.PackCreatePayableTaskRecord(r.Salt, r.Contract, r.InputsHash, r.GasLimit, r.GasPrice, r.EscrowToken, r.EscrowAmount)
	case len(reqs) == 1:
		data = e.bridge.PackCreateTaskRecord(r.Salt, r.Contract, r.InputsHash, r.GasLimit, r.GasPrice)
	default:
		tasks := make([]bindings.EnigmaBridgeTaskRequest, len(reqs))
		for i, r := range reqs {
			if r.payable() {
				return nil, ErrConfig.Wrap("a payable task is recorded alone")
			}
			tasks[i] = bindings.EnigmaBridgeTaskRequest{Salt: r.Salt, SecretContract: r.Contract, InputsHash: r.InputsHash, GasLimit: r.GasLimit, GasPrice: r.GasPrice}
		}
		data = e.bridge.PackCreateTaskRecords(tasks)
	}
	rcpt, err := e.send(ctx, value, data)
	if err != nil {
		return nil, err
	}
	return e.recorded(rcpt, reqs)
}

// RecordWithPermit records one task whose gas is paid in ENG (the
// bridge's fee token), approved by an EIP-2612 permit the user signs here,
// valid until deadline.
func (e *Ethereum) RecordWithPermit(ctx context.Context, r Request, deadline time.Time) (Recorded, error) {
	if err := r.check(); err != nil {
		return Recorded{}, err
	}
	if r.payable() {
		return Recorded{}, ErrConfig.Wrap("a task paid in ENG takes no escrow")
	}
	token, err := e.FeeToken(ctx)
	if err != nil {
		return Recorded{}, err
	}
	eng := bindings.NewEnigmaToken()
	var nonce *big.Int
	if err := e.call(ctx, token, eng.PackNonces(e.from), func(out []byte) (err error) { nonce, err = eng.UnpackNonces(out); return }); err != nil {
		return Recorded{}, err
	}
	permit, err := calls.SignPermit(e.key, e.chainID, token, e.addr, r.fee(), nonce, big.NewInt(deadline.Unix()))
	if err != nil {
		return Recorded{}, err
	}
	rcpt, err := e.send(ctx, nil, e.bridge.PackCreateTaskRecordWithPermit(r.Salt, r.Contract, r.InputsHash, r.GasLimit, r.GasPrice, permit))
	if err != nil {
		return Recorded{}, err
	}
	out, err := e.recorded(rcpt, []Request{r})
	if err != nil {
		return Recorded{}, err
	}
	return out[0], nil
}

// FeeToken is the token (ENG) the bridge takes fees in besides ETH.
func (e *Ethereum) FeeToken(ctx context.Context) (common.Address, error) {
	var token common.Address
	err := e.call(ctx, e.addr, e.bridge.PackFeeToken(), func(out []byte) (err error) { token, err = e.bridge.UnpackFeeToken(out); return })
	return token, err
}

// MinGasPrice is the lowest gas price the bridge records a task at: in
// wei, or in the fee token's units when inToken.
func (e *Ethereum) MinGasPrice(ctx context.Context, inToken bool) (*big.Int, error) {
	pack, unpack := e.bridge.PackMinGasPrice, e.bridge.UnpackMinGasPrice
	if inToken {
		pack, unpack = e.bridge.PackMinFeeTokenGasPrice, e.bridge.UnpackMinFeeTokenGasPrice
	}
	var price *big.Int
	err := e.call(ctx, e.addr, pack(), func(out []byte) (err error) { price, err = unpack(out); return })
	return price, err
}

// RecordDeployment records the deployment of a secret contract whose
// bytecode hashes to codeHash; the contract's address is
// ids.ContractAddress of its task id.
func (e *Ethereum) RecordDeployment(ctx context.Context, salt, codeHash, inputsHash common.Hash, gasLimit uint64, gasPrice *big.Int) (Recorded, error) {
	r := Request{Salt: salt, Contract: ids.ContractAddress(e.TaskID(salt)), InputsHash: inputsHash, GasLimit: gasLimit, GasPrice: gasPrice}
	if err := r.check(); err != nil {
		return Recorded{}, err
	}
	rcpt, err := e.send(ctx, r.fee(), e.bridge.PackCreateDeploymentRecord(salt, codeHash, inputsHash, gasLimit, gasPrice))
	if err != nil {
		return Recorded{}, err
	}
	want := e.TaskID(salt)
	for _, l := range rcpt.Logs {
		ev, err := e.bridge.UnpackDeploymentRecordCreatedEvent(l)
		if err != nil || l.Address != e.addr {
			continue
		}
		if ev.TaskId != want {
			return Recorded{}, ErrEthereum.Wrapf("the bridge recorded task %x, the client computed %s", ev.TaskId, want)
		}
		// A deployment's record, as the bridge commits to it: the derived
		// contract, ETH, no escrow.
		return Recorded{TaskID: want, EventNonce: ev.EventNonce, Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64(), Record: commitment.Record{
			Sender: e.from, SecretContract: r.Contract, GasLimit: gasLimit, GasPrice: gasPrice, EscrowAmount: new(big.Int)}}, nil
	}
	return Recorded{}, ErrEthereum.Wrapf("transaction %s emitted no DeploymentRecordCreated", rcpt.TxHash)
}

// recorded reads the task records rcpt emitted, in order, and checks them
// against reqs.
func (e *Ethereum) recorded(rcpt *ethtypes.Receipt, reqs []Request) ([]Recorded, error) {
	var out []Recorded
	for _, l := range rcpt.Logs {
		if l.Address != e.addr || len(l.Topics) == 0 {
			continue
		}
		if ev, err := e.bridge.UnpackTaskRecordCreatedEvent(l); err == nil {
			out = append(out, Recorded{TaskID: ev.TaskId, EventNonce: ev.EventNonce, Record: commitment.Record{Sender: ev.Sender,
				SecretContract: ev.SecretContract, GasLimit: ev.GasLimit, GasPrice: ev.GasPrice, EscrowAmount: new(big.Int)}})
		} else if ev, err := e.bridge.UnpackTokenTaskRecordCreatedEvent(l); err == nil {
			out = append(out, Recorded{TaskID: ev.TaskId, EventNonce: ev.EventNonce, Record: commitment.Record{Sender: ev.Sender,
				SecretContract: ev.SecretContract, FeeToken: ev.FeeToken, GasLimit: ev.GasLimit, GasPrice: ev.GasPrice, EscrowToken: ev.EscrowToken,
				EscrowAmount: ev.EscrowAmount}})
		}
	}
	if len(out) != len(reqs) {
		return nil, ErrEthereum.Wrapf("transaction %s emitted %d task records for %d tasks", rcpt.TxHash, len(out), len(reqs))
	}
	for i := range out {
		if want := e.TaskID(reqs[i].Salt); out[i].TaskID != want {
			return nil, ErrEthereum.Wrapf("the bridge recorded task %s, the client computed %s", out[i].TaskID, want)
		}
		out[i].Tx, out[i].Block = rcpt.TxHash, rcpt.BlockNumber.Uint64()
	}
	return out, nil
}

// Proof returns the chain's proof of a task's receipt in its batch, for
// a refund or a callback; ErrNotReady until the receipt is in a closed
// batch.
func (c *Client) Proof(ctx context.Context, r *sctypes.Receipt) (*sctypes.QueryReceiptProofResponse, error) {
	if r == nil {
		return nil, ErrResult.Wrap("no receipt")
	}
	p, err := c.compute.ReceiptProof(ctx, &sctypes.QueryReceiptProofRequest{TaskId: common.BytesToHash(r.TaskId).Hex(), Sequence: r.Sequence})
	if notFound(err) {
		return nil, ErrNotReady.Wrapf("task %x: its receipt is not in a closed batch yet", r.TaskId)
	}
	if err == nil && (p.Receipt == nil || !bytes.Equal(p.Receipt.TaskId, r.TaskId) || p.Receipt.Sequence != r.Sequence) {
		return nil, ErrResult.Wrapf("task %x: the node's proof is for another receipt", r.TaskId)
	}
	return p, err
}

// ClaimRefund claims a task's refund from the bridge (its unused gas; its
// whole fee and escrow when it failed or was refused), with the chain's
// proof and the task's record as the user recorded it. The batch must be
// on Ethereum (the relayers commit it); until then the bridge refuses
// with UnknownBatch.
func (e *Ethereum) ClaimRefund(ctx context.Context, p *sctypes.QueryReceiptProofResponse, rec commitment.Record) (*ethtypes.Receipt, error) {
	if p == nil || p.Receipt == nil {
		return nil, ErrNotReady.Wrap("no proof")
	}
	ref, leaf, proof := proofArgs(p)
	return e.send(ctx, nil, e.bridge.PackClaimRefund(ref, leaf, calls.RecordArgs(rec), proof))
}

// ExecuteCallback executes the callback a successful task asked for
// (target and data are the receipt's), with the chain's proof.
func (e *Ethereum) ExecuteCallback(ctx context.Context, p *sctypes.QueryReceiptProofResponse, rec commitment.Record) (*ethtypes.Receipt, error) {
	if p == nil || p.Receipt == nil {
		return nil, ErrNotReady.Wrap("no proof")
	}
	ref, leaf, proof := proofArgs(p)
	return e.send(ctx, nil, e.bridge.PackExecuteCallback(ref, leaf, calls.RecordArgs(rec), proof, common.BytesToAddress(p.Receipt.CallbackTarget),
		p.Receipt.CallbackData))
}

func proofArgs(p *sctypes.QueryReceiptProofResponse) (bindings.EnigmaBridgeBatchRef, bindings.EnigmaBridgeReceipt, [][32]byte) {
	r := p.Receipt
	leaf := calls.ReceiptArgs(commitment.Leaf{Sequence: r.Sequence, TaskID: common.BytesToHash(r.TaskId), Status: uint8(r.Status),
		GasUsed: r.GasUsed, CallbackHash: common.BytesToHash(p.CallbackHash), ReceiptHash: common.BytesToHash(p.ReceiptHash)})
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = common.BytesToHash(h)
	}
	return bindings.EnigmaBridgeBatchRef{Nonce: p.Batch, FirstSequence: p.FirstSequence, LastSequence: p.LastSequence}, leaf, proof
}

// send estimates the transaction first, so that a refusal is read from the
// bridge's custom error (FeeMismatch, GasPriceTooLow, UnknownBatch, ...),
// then sends it and waits until it is mined.
func (e *Ethereum) send(ctx context.Context, value *big.Int, data []byte) (*ethtypes.Receipt, error) {
	e.sending.Lock()
	defer e.sending.Unlock()
	if _, err := e.eth.EstimateGas(ctx, ethereum.CallMsg{From: e.from, To: &e.addr, Value: value, Data: data}); err != nil {
		return nil, e.refusal(err)
	}
	tx, err := deploy.SignTx(ctx, e.eth, e.key, &e.addr, value, data, nil)
	if err != nil {
		return nil, e.refusal(err)
	}
	if err := e.eth.SendTransaction(ctx, tx); err != nil {
		return nil, e.refusal(err)
	}
	// Sent: from here on the error names the transaction, so that a
	// caller does not record the same task twice.
	rcpt, err := deploy.WaitMined(ctx, e.eth, tx.Hash())
	if err != nil {
		if rcpt != nil && rcpt.Status != ethtypes.ReceiptStatusSuccessful {
			// The estimate passed and a block reverted it: the state
			// changed between the two (another transaction came first, or
			// the node estimated on a head a block behind the receipt it
			// served). The bridge's reason is inferred from the call run
			// again on the state after that block, which also holds the
			// block's later transactions.
			_, cerr := e.eth.CallContract(ctx, ethereum.CallMsg{From: e.from, To: &e.addr, Value: value, Data: data}, rcpt.BlockNumber)
			if refused, ok := e.bridgeRefusal(cerr); ok {
				return rcpt, ErrEthereum.Wrapf("transaction %s reverted; on the state after block %v the bridge refuses it: %s", tx.Hash(), rcpt.BlockNumber, refused)
			}
		}
		return rcpt, ErrEthereum.Wrapf("transaction %s: %v", tx.Hash(), err)
	}
	return rcpt, nil
}

// call runs a read-only call and hands its output to unpack.
func (e *Ethereum) call(ctx context.Context, to common.Address, data []byte, unpack func([]byte) error) error {
	out, err := e.eth.CallContract(ctx, ethereum.CallMsg{From: e.from, To: &to, Data: data}, nil)
	if err != nil {
		return e.refusal(err)
	}
	if err := unpack(out); err != nil {
		return ErrEthereum.Wrapf("%x: %v", to, err)
	}
	return nil
}

// refusal names the bridge's custom error in a failed call, when the node
// returned its data.
func (e *Ethereum) refusal(err error) error {
	if refused, ok := e.bridgeRefusal(err); ok {
		return ErrEthereum.Wrapf("the bridge refused: %s", refused)
	}
	if strings.Contains(err.Error(), "insufficient funds") {
		return ErrEthereum.Wrapf("%s has too little ETH for this transaction: %v", e.from, err)
	}
	return ErrEthereum.Wrapf("%v", err)
}

// bridgeRefusal is the bridge's custom error in err, named with its
// fields; false when err carries none (or is nil).
func (e *Ethereum) bridgeRefusal(err error) (string, bool) {
	if err == nil {
		return "", false
	}
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		var raw []byte
		switch d := de.ErrorData().(type) {
		case string:
			raw, _ = hexutil.Decode(d)
		case []byte:
			raw = d
		}
		if len(raw) >= 4 {
			if v, uerr := e.bridge.UnpackError(raw); uerr == nil && v != nil {
				name := strings.TrimPrefix(fmt.Sprintf("%T", v), "*bindings.EnigmaBridge")
				return fmt.Sprintf("%s %+v", name, v), true
			}
		}
	}
	return "", false
}
