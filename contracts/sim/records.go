package sim

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/calls"
)

// Task is a recorded task: its id and salt, the record as the leaf
// commits to it, and what else its event carried.
type Task struct {
	ID         common.Hash
	Salt       common.Hash
	EventNonce uint64
	InputsHash common.Hash
	Record     commitment.Record
}

// Salt returns a new salt: deterministic, but 32 bytes that look random,
// so that gas figures are those of a client that picks random salts.
func (c *Chain) Salt() common.Hash {
	c.salts++
	return crypto.Keccak256Hash([]byte("enigmad/sim/salt"), new(big.Int).SetUint64(c.salts).Bytes())
}

// RecordTask records a task paid in ETH from user, with a new salt.
func (c *Chain) RecordTask(user *Account, contract common.Address, inputsHash common.Hash, gasLimit uint64, gasPrice *big.Int) (*Task, *types.Receipt, error) {
	return c.RecordTaskWithSalt(user, c.Salt(), contract, inputsHash, gasLimit, gasPrice)
}

// RecordTaskWithSalt records a task paid in ETH from user with salt.
func (c *Chain) RecordTaskWithSalt(user *Account, salt common.Hash, contract common.Address, inputsHash common.Hash, gasLimit uint64, gasPrice *big.Int) (*Task, *types.Receipt, error) {
	return c.sendRecord(user, Fee(gasLimit, gasPrice), c.Bridge.PackCreateTaskRecord(salt, contract, inputsHash, gasLimit, gasPrice))
}

// sendRecord sends a transaction that makes one task record and returns it.
func (c *Chain) sendRecord(user *Account, value *big.Int, data []byte) (*Task, *types.Receipt, error) {
	r, err := c.Send(user, c.BridgeAddr, value, data)
	if err != nil {
		return nil, r, err
	}
	tasks, err := c.TaskEvents(r)
	if err != nil || len(tasks) != 1 {
		return nil, r, fmt.Errorf("want one task record event: %v", err)
	}
	return tasks[0], r, nil
}

// RecordPayableTask records a task paid in ETH that escrows amount of token
// (zero address: ETH) for the secret contract, with a new salt.
func (c *Chain) RecordPayableTask(user *Account, contract common.Address, inputsHash common.Hash, gasLimit uint64, gasPrice *big.Int, token common.Address, amount *big.Int) (*Task, *types.Receipt, error) {
	return c.RecordPayableTaskWithSalt(user, c.Salt(), contract, inputsHash, gasLimit, gasPrice, token, amount)
}

// RecordPayableTaskWithSalt is RecordPayableTask with the client's salt.
func (c *Chain) RecordPayableTaskWithSalt(user *Account, salt common.Hash, contract common.Address, inputsHash common.Hash, gasLimit uint64, gasPrice *big.Int, token common.Address, amount *big.Int) (*Task, *types.Receipt, error) {
	value := Fee(gasLimit, gasPrice)
	if token == (common.Address{}) {
		value.Add(value, amount)
	}
	return c.sendRecord(user, value, c.Bridge.PackCreatePayableTaskRecord(salt, contract, inputsHash, gasLimit, gasPrice, token, amount))
}

// TaskEvents returns the task records (TaskRecordCreated and
// TokenTaskRecordCreated) a transaction created, in order.
func (c *Chain) TaskEvents(r *types.Receipt) ([]*Task, error) {
	var out []*Task
	events := c.Bridge.GetABI().Events
	for _, l := range r.Logs {
		if l.Address != c.BridgeAddr || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case events["TaskRecordCreated"].ID:
			ev, err := c.Bridge.UnpackTaskRecordCreatedEvent(l)
			if err != nil {
				return nil, err
			}
			out = append(out, &Task{ID: ev.TaskId, Salt: ev.Salt, EventNonce: ev.EventNonce, InputsHash: ev.InputsHash, Record: commitment.Record{
				Sender: ev.Sender, SecretContract: ev.SecretContract, GasLimit: ev.GasLimit, GasPrice: ev.GasPrice, EscrowAmount: new(big.Int),
			}})
		case events["TokenTaskRecordCreated"].ID:
			ev, err := c.Bridge.UnpackTokenTaskRecordCreatedEvent(l)
			if err != nil {
				return nil, err
			}
			out = append(out, &Task{ID: ev.TaskId, Salt: ev.Salt, EventNonce: ev.EventNonce, InputsHash: ev.InputsHash, Record: commitment.Record{
				Sender: ev.Sender, SecretContract: ev.SecretContract, FeeToken: ev.FeeToken, GasLimit: ev.GasLimit,
				GasPrice: ev.GasPrice, EscrowToken: ev.EscrowToken, EscrowAmount: ev.EscrowAmount,
			}})
		}
	}
	return out, nil
}

// Approve approves spender for amount of token from owner.
func (c *Chain) Approve(owner *Account, token, spender common.Address, amount *big.Int) error {
	_, err := c.Send(owner, token, nil, c.Token.PackApprove(spender, amount))
	return err
}

// Transfer sends amount of ENG from the deployer to to.
func (c *Chain) Transfer(to common.Address, amount *big.Int) error {
	_, err := c.Send(c.Deployer, c.TokenAddr, nil, c.Token.PackTransfer(to, amount))
	return err
}

// SignPermit signs an EIP-2612 permit of the ENG token for owner.
func (c *Chain) SignPermit(owner *Account, spender common.Address, value, deadline *big.Int) (bindings.EnigmaBridgePermit, error) {
	var out []byte
	if err := c.Call(owner.Addr, c.TokenAddr, nil, c.Token.PackNonces(owner.Addr), &out); err != nil {
		return bindings.EnigmaBridgePermit{}, err
	}
	nonce, err := c.Token.UnpackNonces(out)
	if err != nil {
		return bindings.EnigmaBridgePermit{}, err
	}
	return calls.SignPermit(owner.Key, c.ChainID, c.TokenAddr, spender, value, nonce, deadline)
}

// CountEvents counts the events called name that address emitted in r.
func CountEvents(r *types.Receipt, address common.Address, a abi.ABI, name string) int {
	n := 0
	for _, l := range r.Logs {
		if l.Address == address && len(l.Topics) > 0 && l.Topics[0] == a.Events[name].ID {
			n++
		}
	}
	return n
}
