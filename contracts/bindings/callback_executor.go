// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// CallbackExecutorMetaData contains all meta data concerning the CallbackExecutor contract.
var CallbackExecutorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallbackFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyBridge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "CallbackExecutor",
	Bin: "0x60a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea26469706673582212202247e16d7c00fa357eab4f190d90a44f951f172e92319e8af48b22ef8d5e503564736f6c63430008250033",
}

// CallbackExecutor is an auto generated Go binding around an Ethereum contract.
type CallbackExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CallbackExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewCallbackExecutor creates a new instance of CallbackExecutor.
func NewCallbackExecutor() *CallbackExecutor {
	parsed, err := CallbackExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CallbackExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CallbackExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (callbackExecutor *CallbackExecutor) PackBridge() []byte {
	enc, err := callbackExecutor.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (callbackExecutor *CallbackExecutor) TryPackBridge() ([]byte, error) {
	return callbackExecutor.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (callbackExecutor *CallbackExecutor) UnpackBridge(data []byte) (common.Address, error) {
	out, err := callbackExecutor.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, bytes data) payable returns()
func (callbackExecutor *CallbackExecutor) PackExecute(target common.Address, data []byte) []byte {
	enc, err := callbackExecutor.abi.Pack("execute", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, bytes data) payable returns()
func (callbackExecutor *CallbackExecutor) TryPackExecute(target common.Address, data []byte) ([]byte, error) {
	return callbackExecutor.abi.Pack("execute", target, data)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (callbackExecutor *CallbackExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], callbackExecutor.abi.Errors["CallbackFailed"].ID.Bytes()[:4]) {
		return callbackExecutor.UnpackCallbackFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], callbackExecutor.abi.Errors["OnlyBridge"].ID.Bytes()[:4]) {
		return callbackExecutor.UnpackOnlyBridgeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CallbackExecutorCallbackFailed represents a CallbackFailed error raised by the CallbackExecutor contract.
type CallbackExecutorCallbackFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackFailed()
func CallbackExecutorCallbackFailedErrorID() common.Hash {
	return common.HexToHash("0x221f615860194146ec194ea9d9a3c6430a08c54ee4fae5fec8d24045419576a2")
}

// UnpackCallbackFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackFailed()
func (callbackExecutor *CallbackExecutor) UnpackCallbackFailedError(raw []byte) (*CallbackExecutorCallbackFailed, error) {
	out := new(CallbackExecutorCallbackFailed)
	if err := callbackExecutor.abi.UnpackIntoInterface(out, "CallbackFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallbackExecutorOnlyBridge represents a OnlyBridge error raised by the CallbackExecutor contract.
type CallbackExecutorOnlyBridge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyBridge()
func CallbackExecutorOnlyBridgeErrorID() common.Hash {
	return common.HexToHash("0x38da3b1543f018997bdf9590a8b61a27f032f3462d495554603cc6cd0d327475")
}

// UnpackOnlyBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyBridge()
func (callbackExecutor *CallbackExecutor) UnpackOnlyBridgeError(raw []byte) (*CallbackExecutorOnlyBridge, error) {
	out := new(CallbackExecutorOnlyBridge)
	if err := callbackExecutor.abi.UnpackIntoInterface(out, "OnlyBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}
