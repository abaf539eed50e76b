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

// EnigmaBridgeBatch is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeBatch struct {
	Nonce         uint64
	Root          [32]byte
	FirstSequence uint64
	LastSequence  uint64
	Workers       []common.Address
	FeeTokens     []common.Address
	FeeTotals     []*big.Int
}

// EnigmaBridgeBatchRef is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeBatchRef struct {
	Nonce         uint64
	FirstSequence uint64
	LastSequence  uint64
}

// EnigmaBridgePermit is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgePermit struct {
	Deadline *big.Int
	V        uint8
	R        [32]byte
	S        [32]byte
}

// EnigmaBridgeReceipt is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeReceipt struct {
	Sequence     uint64
	TaskId       [32]byte
	Status       uint8
	GasUsed      uint64
	CallbackHash [32]byte
	ReceiptHash  [32]byte
}

// EnigmaBridgeRecord is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeRecord struct {
	Sender         common.Address
	SecretContract common.Address
	FeeToken       common.Address
	GasLimit       uint64
	GasPrice       *big.Int
	EscrowToken    common.Address
	EscrowAmount   *big.Int
}

// EnigmaBridgeSig is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeSig struct {
	V uint8
	R [32]byte
	S [32]byte
}

// EnigmaBridgeTaskRequest is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeTaskRequest struct {
	Salt           [32]byte
	SecretContract common.Address
	InputsHash     [32]byte
	GasLimit       uint64
	GasPrice       *big.Int
}

// EnigmaBridgeTokenUpdate is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeTokenUpdate struct {
	Nonce   uint64
	Tokens  []common.Address
	Allowed []bool
}

// EnigmaBridgeValset is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeValset struct {
	Validators []common.Address
	Powers     []uint64
	Nonce      uint64
}

// EnigmaBridgeMetaData contains all meta data concerning the EnigmaBridge contract.
var EnigmaBridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"contractIERC20\",\"name\":\"feeToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"callbackGas_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maxTaskGas_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice_\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"escrowTokens\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadTokenUpdate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadValset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"CallbackMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"EscrowTokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxTaskGas\",\"type\":\"uint64\"}],\"name\":\"GasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"}],\"name\":\"GasPriceTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NotSuccessful\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"OutsideBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"SignatureCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"TransferShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGasLimit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"DeploymentRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"tokenListNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bool[]\",\"name\":\"allowed\",\"type\":\"bool[]\"}],\"name\":\"EscrowTokensUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"RefundClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"TaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"TokenTaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SUCCESS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKENS_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"batchCommitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callbackHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"checkpointOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.BatchRef\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"deploymentTaskId\",\"type\":\"bytes32\"}],\"name\":\"contractAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createDeploymentRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"createPayableTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Permit\",\"name\":\"permit\",\"type\":\"tuple\"}],\"name\":\"createTaskRecordWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.TaskRequest[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"createTaskRecords\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"taskIds\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deliverCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"escrowTokenAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.BatchRef\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"executeCallback\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"}],\"name\":\"executorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTaskGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"receiptLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"taskIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenListNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"allowed\",\"type\":\"bool[]\"}],\"internalType\":\"structEnigmaBridge.TokenUpdate\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"tokenUpdateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"allowed\",\"type\":\"bool[]\"}],\"internalType\":\"structEnigmaBridge.TokenUpdate\",\"name\":\"u\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateEscrowTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"next\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EnigmaBridge",
	Bin: "0x610120604052348015610010575f5ffd5b50604051614cbb380380614cbb83398101604081905261002f916105e5565b61003987876102b0565b846001600160a01b03163b5f03610098576040516301cfc2ef60e61b815260206004820152601f60248201527f7468652066656520746f6b656e206973206e6f74206120636f6e74726163740060448201526064015b60405180910390fd5b8315806100a7575062e4e1c084115b156100e4576040516301cfc2ef60e61b815260206004820152600c60248201526b63616c6c6261636b2067617360a01b604482015260640161008f565b826001600160401b03165f0361012c576040516301cfc2ef60e61b815260206004820152600c60248201526b6d6178207461736b2067617360a01b604482015260640161008f565b815f0361016c576040516301cfc2ef60e61b815260206004820152600d60248201526c6d696e2067617320707269636560981b604482015260640161008f565b6001600160a01b03851660805260a08490526001600160401b03831660c05260e082905260405161019f602082016104c2565b601f1982820381018352601f90910116604052805160209190910120610100525f5b8151811015610295575f6001600160a01b03168282815181106101e6576101e6610706565b60200260200101516001600160a01b031603610245576040516301cfc2ef60e61b815260206004820152601c60248201527f455448206e65656473206e6f20616c6c6f776c69737420656e74727900000000604482015260640161008f565b600160035f84848151811061025c5761025c610706565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff19169115159190911790556001016101c1565b506102a187875f610467565b5f55506107ec95505050505050565b815115806102bf575060c88251115b156102f657604051634a923a3960e01b815260040161008f9060208082526004908201526373697a6560e01b604082015260600190565b805182511461033957604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b604482015260640161008f565b5f5f5b835181101561046157816001600160a01b031684828151811061036157610361610706565b60200260200101516001600160a01b0316116103db57604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b606482015260840161008f565b8281815181106103ed576103ed610706565b60200260200101516001600160401b03165f0361043a57604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b604482015260640161008f565b83818151811061044c5761044c610706565b6020026020010151915080600101905061033c565b50505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f46308487876040516020016104a39695949392919061075d565b6040516020818303038152906040528051906020012090509392505050565b61025c80614a5f83390190565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561050b5761050b6104cf565b604052919050565b5f6001600160401b0382111561052b5761052b6104cf565b5060051b60200190565b6001600160a01b0381168114610549575f5ffd5b50565b5f82601f83011261055b575f5ffd5b815161056e61056982610513565b6104e3565b8082825260208201915060208360051b86010192508583111561058f575f5ffd5b602085015b838110156105b55780516105a781610535565b835260209283019201610594565b5095945050505050565b80516001600160401b03811681146105d5575f5ffd5b919050565b80516105d581610535565b5f5f5f5f5f5f5f60e0888a0312156105fb575f5ffd5b87516001600160401b03811115610610575f5ffd5b61061c8a828b0161054c565b60208a015190985090506001600160401b03811115610639575f5ffd5b8801601f81018a13610649575f5ffd5b805161065761056982610513565b8082825260208201915060208360051b85010192508c831115610678575f5ffd5b6020840193505b828410156106a157610690846105bf565b82526020938401939091019061067f565b98506106b392505050604089016105da565b606089015190955093506106c9608089016105bf565b60a089015160c08a015191945092506001600160401b038111156106eb575f5ffd5b6106f78a828b0161054c565b91505092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156107535781516001600160401b031686526020958601959091019060010161072c565b5093949350505050565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156107ca5783516001600160a01b03168352602093840193909201916001016107a3565b505083810360a08501526107de818661071a565b9a9950505050505050505050565b60805160a05160c05160e051610100516141f061086f5f395f6114f601525f81816107bf0152818161235b015261239701525f8181610306015281816122d5015261232c01525f81816106700152818161129c015281816112c6015261133401525f81816104e50152818161189a015281816118c501526118f401526141f05ff3fe608060405260043610610227575f3560e01c80636dce4ab011610129578063a9c5aab6116100a8578063d88f063c1161006d578063d88f063c1461078f578063d96ed505146107ae578063e14d4072146107e1578063e1e7047a14610800578063fb7294ed1461082e575f5ffd5b8063a9c5aab6146106b1578063ad55c8f1146106d0578063b3d79230146106e3578063bea9216d14610702578063c19d93fb14610717575f5ffd5b80638855e092116100ee5780638855e092146105fc5780639be06fba146106215780639ed8846b14610640578063a10132ad1461065f578063a1706ba014610692575f5ffd5b80636dce4ab014610550578063714897df1461056f5780637acacfc6146105835780637d2f819d146105b2578063848676a2146105dd575f5ffd5b8063424e3a90116101b5578063593502921161017a5780635935029214610424578063637cd7f01461049e578063647846a5146104d45780636b71fd69146105075780636d9809a01461053a575f5ffd5b8063424e3a90146103615780634aaa8e4b1461038057806351cff8d9146103b3578063566b8ec8146103d257806357e5abb3146103f1575f5ffd5b80631a413184116101fb5780631a413184146102a357806320c4f774146102b657806328091f97146102d557806331b27246146102f5578063409abd7914610340575f5ffd5b8062839a731461022b57806306110a7614610251578063113331cf1461026557806315075beb14610284575b5f5ffd5b61023e6102393660046131aa565b61084d565b6040519081526020015b60405180910390f35b34801561025c575f5ffd5b5061023e5f5481565b348015610270575f5ffd5b5061023e61027f36600461320a565b6108ee565b34801561028f575f5ffd5b5061023e61029e36600461324b565b6109a4565b61023e6102b136600461327f565b610a50565b3480156102c1575f5ffd5b5061023e6102d03660046132f5565b610af9565b6102e86102e3366004613343565b610b2e565b60405161024891906133b2565b348015610300575f5ffd5b506103287f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610248565b34801561034b575f5ffd5b5061035f61035a3660046133f4565b610cd2565b005b34801561036c575f5ffd5b5061035f61037b3660046134be565b610db7565b34801561038b575f5ffd5b5061023e7fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d81565b3480156103be575f5ffd5b5061035f6103cd366004613534565b61100e565b3480156103dd575f5ffd5b5061023e6103ec36600461354d565b61101b565b3480156103fc575f5ffd5b5061023e7f7abbc03b4f7d4a3a368fb8ca57cc781ca6d92dbf3fc4756be862fd4220b21f0181565b34801561042f575f5ffd5b5061048661043e366004613575565b60405171656e69676d612f636f6e74726163742f763160701b6020820152603281018290525f9060520160408051601f19818403018152919052805160209091012092915050565b6040516001600160a01b039091168152602001610248565b3480156104a9575f5ffd5b5061023e6104b836600461358c565b600560209081525f928352604080842090915290825290205481565b3480156104df575f5ffd5b506104867f000000000000000000000000000000000000000000000000000000000000000081565b348015610512575f5ffd5b5061023e7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f81565b348015610545575f5ffd5b5061023e62e4e1c081565b34801561055b575f5ffd5b5061035f61056a36600461358c565b61104d565b34801561057a575f5ffd5b5061023e60c881565b34801561058e575f5ffd5b506105a261059d3660046135b4565b611114565b6040519015158152602001610248565b3480156105bd575f5ffd5b5061023e6105cc36600461366b565b60046020525f908152604090205481565b3480156105e8575f5ffd5b506104866105f7366004613534565b6114b5565b348015610607575f5ffd5b5061060f5f81565b60405160ff9091168152602001610248565b34801561062c575f5ffd5b5061023e61063b366004613684565b611538565b34801561064b575f5ffd5b5061023e61065a3660046136b5565b61159a565b34801561066a575f5ffd5b5061023e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561069d575f5ffd5b5061035f6106ac36600461370f565b6115ac565b3480156106bc575f5ffd5b5061023e6106cb36600461379d565b611887565b61023e6106de366004613803565b61191a565b3480156106ee575f5ffd5b5061023e6106fd366004613684565b6119eb565b34801561070d575f5ffd5b5061023e61ea6081565b348015610722575f5ffd5b5060408051608080820183526001546001600160401b03808216808552600160401b830482166020808701829052600160801b85048416878901819052600160c01b9095049093166060968701819052875192835292820152948501919091529183019190915201610248565b34801561079a575f5ffd5b50600254610328906001600160401b031681565b3480156107b9575f5ffd5b5061023e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156107ec575f5ffd5b5061035f6107fb36600461370f565b611a7d565b34801561080b575f5ffd5b506105a261081a366004613534565b60036020525f908152604090205460ff1681565b348015610839575f5ffd5b5061035f61084836600461386b565b611d59565b5f610858838361226e565b610862338761101b565b60018054919250339183917f5d17b963f8d1101b5760e4b6249655d1b7bfef661be9b1246788e66fdbed14a3915f906108a3906001600160401b03166138b3565b91906101000a8154816001600160401b0302191690836001600160401b03160217905589898989896040516108dd969594939291906138dd565b60405180910390a395945050505050565b5f7fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d463061091f602086018661366b565b6020860135610934606088016040890161366b565b6109446080890160608a0161366b565b61095160808a018a613921565b61095e60a08c018c613921565b61096b60c08e018e613921565b6040516020016109879d9c9b9a999897969594939291906139ac565b604051602081830303815290604052805190602001209050919050565b5f6109b2602084018461366b565b83602001356109c08461159a565b6109d06060870160408801613a6f565b6109e0608088016060890161366b565b604080516001600160401b03968716602082015290810194909452606084019290925260ff16608083810191909152921660a0828101919091529185013560c08201529084013560e0820152610100015b6040516020818303038152906040528051906020012090505b92915050565b5f610a5b838361226e565b610a65338761101b565b60018054919250339183917f0d72c1251bd9ad7451483ac5d8783789be71a6a9887c1a691c8d4474b4e76303915f90610aa6906001600160401b03166138b3565b82546001600160401b039182166101009390930a838102908302199091161790925560408051918252602082018c905281018a905260608101899052908716608082015260a0810186905260c0016108dd565b5f838383604051602001610b0f93929190613ab7565b6040516020818303038152906040528051906020012090509392505050565b6001546060906001600160401b03908116905f908490811115610b5357610b53613ae4565b604051908082528060200260200182016040528015610b7c578160200160208202803683370190505b5092505f5b84811015610c7b5736868683818110610b9c57610b9c613af8565b905060a002019050610bc4816060016020810190610bba919061366b565b82608001356122a9565b610bce9084613b0c565b92505f610bdc33833561101b565b905080868481518110610bf157610bf1613af8565b602090810291909101015233817f5d17b963f8d1101b5760e4b6249655d1b7bfef661be9b1246788e66fdbed14a3610c28886138b3565b9750878535610c3d6040880160208901613534565b6040880135610c5260808a0160608b0161366b565b8960800135604051610c69969594939291906138dd565b60405180910390a35050600101610b81565b50803414610caa5760405163e106593160e01b8152346004820152602481018290526044015b60405180910390fd5b506001805467ffffffffffffffff19166001600160401b039290921691909117905592915050565b333014610cf25760405163029a949d60e31b815260040160405180910390fd5b5f6001600160a01b038316610d08575080610d22565b8115610d2257610d226001600160a01b03841688846123dd565b610d2b846114b5565b6001600160a01b0316631cff79cd8289898988888b604051602001610d54959493929190613b1f565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401610d80929190613b58565b5f604051808303818588803b158015610d97575f5ffd5b505af1158015610da9573d5f5f3e3d5ffd5b505050505050505050505050565b610dbf612412565b610dcc8585858585612449565b5f60ff610ddc602087018761366b565b6001600160401b0316610def9190613bb0565b90505f60ff610e01602088018861366b565b6001600160401b0316610e149190613bc3565b5f83815260066020526040902054600190911b915080821615610e5057604051633210992160e21b815260208801356004820152602401610ca1565b5f838152600660205260408120828417600160ff1b17905560808088013590610e7e908a0160608b0161366b565b6001600160401b0316610e9760808a0160608b0161366b565b6001600160401b0316610eaa9190613bd6565b610eb49190613be9565b90505f80610ec860608b0160408c01613a6f565b60ff16141580610eda57506080890135155b15610ee6575060c08701355b610ef660c0890160a08a01613534565b6001600160a01b0316610f0f60608a0160408b01613534565b6001600160a01b031603610f5157610f4c610f2d60208a018a613534565b610f3d60608b0160408c01613534565b610f478486613b0c565b612635565b610f9d565b610f77610f6160208a018a613534565b610f7160608b0160408c01613534565b84612635565b610f9d610f8760208a018a613534565b610f9760c08b0160a08c01613534565b83612635565b610faa6020890189613534565b6001600160a01b031689602001357f8e5e2dffc038ddecd3f82e841b3c9467cd6437847dff33496a539c274004e1978484604051610ff2929190918252602082015260400190565b60405180910390a35050505050611007612704565b5050505050565b611018813361104d565b50565b6040805146602082015230918101919091526001600160a01b0383166060820152608081018290525f9060a001610a31565b611055612412565b335f9081526005602090815260408083206001600160a01b03861684529091528120549081900361109957604051630686827b60e51b815260040160405180910390fd5b335f9081526005602090815260408083206001600160a01b03871684529091528120556110c782848361272e565b6040518181526001600160a01b0384169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a350611110612704565b5050565b5f61111d612412565b61112a8989898989612449565b5f61113b60608a0160408b01613a6f565b60ff1614611162576040516303b9bb0760e01b815260208901356004820152602401610ca1565b61116d848484610af9565b88608001351461119657604051630832cce960e11b815260208901356004820152602401610ca1565b60075f6111a660208b018b61366b565b6001600160401b0316815260208101919091526040015f205460ff16156111e657604051633210992160e21b815260208901356004820152602401610ca1565b600160075f6111f860208c018c61366b565b6001600160401b0316815260208082019290925260409081015f20805460ff191693151593909317909255611236916105f791908a01908a01613534565b6001600160a01b03163b5f03611291576112656112596040890160208a01613534565b6001600160a01b031690565b6040516112719061316c565b8190604051809103905ff590508015801561128e573d5f5f3e3d5ffd5b50505b5f61ea606112c0603f7f0000000000000000000000000000000000000000000000000000000000000000613bb0565b6112ea907f0000000000000000000000000000000000000000000000000000000000000000613b0c565b6112f49190613b0c565b9050805a1015611323575a604051631219653960e21b8152600481019190915260248101829052604401610ca1565b306001600160a01b031663409abd797f00000000000000000000000000000000000000000000000000000000000000008787878d60200160208101906113699190613534565b8e60a001602081019061137c9190613534565b8f60c001356040518863ffffffff1660e01b81526004016113a296959493929190613c00565b5f604051808303815f88803b1580156113b9575f5ffd5b5087f1935050505080156113cb575060015b6114515760c08801351561144c5760c088013560055f6113ee60208c018c613534565b6001600160a01b0316815260208101919091526040015f9081209061141960c08c0160a08d01613534565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546114469190613b0c565b90915550505b611456565b600191505b846001600160a01b031689602001357f06ea621f9e9dfc6ec090cd40918256ea3ccfd600305a9b5c5f54eba8e92c777c84604051611498911515815260200190565b60405180910390a3506114a9612704565b98975050505050505050565b604080516001600160f81b03196020808301919091526bffffffffffffffffffffffff193060601b1660218301526001600160a01b039390931660358201527f0000000000000000000000000000000000000000000000000000000000000000605580830191909152825180830390910181526075909101909152805191012090565b5f7f7abbc03b4f7d4a3a368fb8ca57cc781ca6d92dbf3fc4756be862fd4220b21f014630611569602086018661366b565b6115766020870187613921565b6115836040890189613921565b604051602001610987989796959493929190613c8d565b5f816040516020016109879190613ceb565b6002546115c3906001600160401b03166001613d86565b6001600160401b03166115d9602086018661366b565b6001600160401b031614611637576115f4602085018561366b565b60025461160b906001600160401b03166001613d86565b6040516315def3c560e31b81526001600160401b03928316600482015291166024820152604401610ca1565b6116446040850185613921565b90506116536020860186613921565b905014611694576040516348f35b4560e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b6044820152606401610ca1565b61169d836127cc565b6116b18383836116ac88611538565b6127f9565b6116be602085018561366b565b6002805467ffffffffffffffff19166001600160401b03929092169190911790555f5b6116ee6020860186613921565b9050811015611817575f6117056020870187613921565b8381811061171557611715613af8565b905060200201602081019061172a9190613534565b6001600160a01b031603611781576040516348f35b4560e01b815260206004820152601c60248201527f455448206e65656473206e6f20616c6c6f776c69737420656e747279000000006044820152606401610ca1565b61178e6040860186613921565b8281811061179e5761179e613af8565b90506020020160208101906117b39190613da5565b60035f6117c36020890189613921565b858181106117d3576117d3613af8565b90506020020160208101906117e89190613534565b6001600160a01b0316815260208101919091526040015f20805460ff19169115159190911790556001016116e1565b50611825602085018561366b565b6001600160401b03167f8e14caad7a46aa7c498119f69f6a3d3be5b84d0da8f57f6adf5216af31a7bef861185c6020870187613921565b6118696040890189613921565b6040516118799493929190613dbe565b60405180910390a250505050565b5f5f61189385856122a9565b90506118c07f00000000000000000000000000000000000000000000000000000000000000008285612a18565b6118ea7f000000000000000000000000000000000000000000000000000000000000000082612ac6565b6114a988888888887f00000000000000000000000000000000000000000000000000000000000000005f5f612bf4565b5f611923612412565b5f61192e86866122a9565b90506001600160a01b03841661194f576119488382613b0c565b905061199c565b6001600160a01b0384165f9081526003602052604090205460ff166119925760405163ee66b9a560e01b81526001600160a01b0385166004820152602401610ca1565b61199c8484612ac6565b8034146119c55760405163e106593160e01b815234600482015260248101829052604401610ca1565b6119d589898989895f8a8a612bf4565b9150506119e0612704565b979650505050505050565b5f610a4a6119f98380613921565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611a37925050506020850185613921565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611a7892505050606086016040870161366b565b612ce9565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811683850152600160c01b90910416606080830182905291929091611ad69190880190880161366b565b6001600160401b031611611b0457611af4606086016040870161366b565b606082015161160b906001613d86565b611b85611b118680613921565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611b4f925050506020880188613921565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250612d2592505050565b611b8e846127cc565b5f611c1b611b9c8780613921565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611bda925050506020890189613921565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611a789250505060608a0160408b0161366b565b9050611c29858585846127f9565b5f819055611c3d606087016040880161366b565b6001600160401b0316606080840191909152611c5e9087016040880161366b565b6001600160401b03167f8697e903d222438c713266ebb9f337ef8965f61d381d07ef5ddf1229706c9411835f018051611c96906138b3565b6001600160401b031690819052611cad8980613921565b611cba60208c018c613921565b604051611ccb959493929190613de4565b60405180910390a250805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166fffffffffffffffffffffffffffffffff928216600160401b026fffffffffffffffffffffffffffffffff19909416919095161791909117169190911791909117905550505050565b60408051608081018252600180546001600160401b038082168452600160401b8204811660208501819052600160801b8304821695850195909552600160c01b9091041660608301529091611dad91613d86565b6001600160401b0316611dc3602087018761366b565b6001600160401b031614611dee57611dde602086018661366b565b602082015161160b906001613d86565b6040810151611dfe906001613d86565b6001600160401b0316611e17606087016040880161366b565b6001600160401b0316141580611e5c5750611e38606086016040870161366b565b6001600160401b0316611e51608087016060880161366b565b6001600160401b0316105b15611eb95760405163011589df60e11b815260206004820152602660248201527f73657175656e636573206d75737420636f6e74696e756520746865206c617374604482015265040c4c2e8c6d60d31b6064820152608401610ca1565b611ec660a0860186613921565b9050611ed56080870187613921565b9050141580611f005750611eec60c0860186613921565b9050611efb6080870187613921565b905014155b15611f4e5760405163011589df60e11b815260206004820152601b60248201527f666565206172726179732064696666657220696e206c656e67746800000000006044820152606401610ca1565b611f57846127cc565b611f668484846116ac896108ee565b6020850135611f7b606087016040880161366b565b611f8b608088016060890161366b565b6040805160208101949094526001600160401b03928316908401521660608201526080016040516020818303038152906040528051906020012060045f875f016020810190611fda919061366b565b6001600160401b03166001600160401b031681526020019081526020015f20819055505f5b61200c6080870187613921565b90508110156120f85761202260c0870187613921565b8281811061203257612032613af8565b9050602002013560055f88806080019061204c9190613921565b8581811061205c5761205c613af8565b90506020020160208101906120719190613534565b6001600160a01b0316815260208101919091526040015f9081209061209960a08a018a613921565b858181106120a9576120a9613af8565b90506020020160208101906120be9190613534565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546120eb9190613b0c565b9091555050600101611fff565b505f60ff61210c608088016060890161366b565b6001600160401b031661211f9190613bb0565b90505f60ff6121346060890160408a0161366b565b6001600160401b03166121479190613bb0565b90505b81811161218a575f81815260066020526040812054900361217a575f818152600660205260409020600160ff1b90555b61218381613e53565b905061214a565b50612198602087018761366b565b6001600160401b031660208301526121b6608087016060880161366b565b6001600160401b031660408301526121d1602087018761366b565b6001600160401b03167f06d7dc711960e1df69843a4ea1b9f4dc9f1fee1bf528943e9af030a91550751e835f018051612209906138b3565b6001600160401b031690819052602089013561222b60608b0160408c0161366b565b61223b60808c0160608d0161366b565b604080516001600160401b0395861681526020810194909452918416918301919091529091166060820152608001611ccb565b5f61227983836122a9565b90508034146122a45760405163e106593160e01b815234600482015260248101829052604401610ca1565b505050565b5f826001600160401b03165f036122d357604051633e267f9560e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316836001600160401b031611156123595760405163515dcc8760e11b81526001600160401b0380851660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610ca1565b7f00000000000000000000000000000000000000000000000000000000000000008210156123c35760405163185aeedb60e11b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610ca1565b6123d6826001600160401b038516613be9565b9392505050565b6123ea8383836001612ed6565b6122a457604051635274afe760e01b81526001600160a01b0384166004820152602401610ca1565b61241a612f38565b61244760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612f78565b565b5f60048161245a602089018961366b565b6001600160401b0316815260208101919091526040015f20549050806124ac57612487602087018761366b565b6040516329323fff60e01b81526001600160401b039091166004820152602401610ca1565b6124bc604087016020880161366b565b6001600160401b03166124d2602087018761366b565b6001600160401b0316108061251357506124f2606087016040880161366b565b6001600160401b0316612508602087018761366b565b6001600160401b0316115b1561254a57612525602086018661366b565b604051630537ad2760e21b81526001600160401b039091166004820152602401610ca1565b5f61255f848461255a89896109a4565b612f7f565b9050818161257360408a0160208b0161366b565b61258360608b0160408c0161366b565b6040805160208101949094526001600160401b039283169084015216606082015260800160405160208183030381529060405280519060200120146125db576040516309bde33960e01b815260040160405180910390fd5b6125eb608086016060870161366b565b6001600160401b0316612604608088016060890161366b565b6001600160401b0316111561262c576040516309bde33960e01b815260040160405180910390fd5b50505050505050565b805f0361264157505050565b5f6001600160a01b0383166126a6576040516001600160a01b0385169083905f81818185875af1925050503d805f8114612696576040519150601f19603f3d011682016040523d82523d5f602084013e61269b565b606091505b5050809150506126bd565b6126ba6001600160a01b0384168584612fc0565b90505b806126fe576001600160a01b038085165f908152600560209081526040808320938716835292905290812080548492906126f8908490613b0c565b90915550505b50505050565b6124475f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612441565b805f0361273a57505050565b6001600160a01b0382166127b8575f836001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612791576040519150601f19603f3d011682016040523d82523d5f602084013e612796565b606091505b50509050806126fe576040516312171d8360e31b815260040160405180910390fd5b6122a46001600160a01b03831684836123dd565b5f546127db6119f98380613921565b1461101857604051630dc9b21560e21b815260040160405180910390fd5b5f6128048580613921565b91505082811461283157604051630ad1c98160e01b81526004810184905260248101829052604401610ca1565b5f5f5b8281101561288b576128496020880188613921565b8281811061285957612859613af8565b905060200201602081019061286e919061366b565b612881906001600160401b031683613b0c565b9150600101612834565b505f5f5b838110156129f557368787838181106128aa576128aa613af8565b6060029190910191506128c290506020820182613a6f565b60ff165f036128d157506129ed565b5f806128f3886128e46020860186613a6f565b85602001358660400135612fd5565b5090925090505f81600381111561290c5761290c613e6b565b141580612959575061291e8b80613921565b8581811061292e5761292e613af8565b90506020020160208101906129439190613534565b6001600160a01b0316826001600160a01b031614155b1561297a57604051630a57f30960e31b815260048101859052602401610ca1565b61298760208c018c613921565b8581811061299757612997613af8565b90506020020160208101906129ac919061366b565b6129bf906001600160401b031686613b0c565b94506129cc866002613be9565b6129d7866003613be9565b11156129e957505050505050506126fe565b5050505b60010161288f565b5060405162bfb6ab60e01b81526004810182905260248101839052604401610ca1565b6001600160a01b03831663d505accf3330858535612a3c6040880160208901613a6f565b604080516001600160e01b031960e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff16608483015284013560a4820152606084013560c482015260e4015f604051808303815f87803b158015612aab575f5ffd5b505af1925050508015612abc575060015b156122a457505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015612b0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b2e9190613e7f565b9050612b456001600160a01b03841633308561309d565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa158015612b8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612baf9190613e7f565b612bb99190613bd6565b90508281146126fe5760405163387de0c960e21b81526001600160a01b03851660048201526024810182905260448101849052606401610ca1565b5f612bff338a61101b565b60018054919250339183917ffd1703c369725bf88e57f8c979f04c3df5c4077ce01b0127d196ccb02503b76a915f90612c40906001600160401b03166138b3565b91906101000a8154816001600160401b0302191690836001600160401b0316021790558c8c8c8c8c8c8c8c604051612cd5999897969594939291906001600160401b03998a16815260208101989098526001600160a01b039687166040890152606088019590955292909616608086015260a085015293821660c0840152921660e08201526101008101919091526101200190565b60405180910390a398975050505050505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f4630848787604051602001610b0f96959493929190613ecf565b81511580612d34575060c88251115b15612d6b57604051634a923a3960e01b8152600401610ca19060208082526004908201526373697a6560e01b604082015260600190565b8051825114612dae57604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b6044820152606401610ca1565b5f5f5b83518110156126fe57816001600160a01b0316848281518110612dd657612dd6613af8565b60200260200101516001600160a01b031611612e5057604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b6064820152608401610ca1565b828181518110612e6257612e62613af8565b60200260200101516001600160401b03165f03612eaf57604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b6044820152606401610ca1565b838181518110612ec157612ec1613af8565b60200260200101519150806001019050612db1565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612f2c578383151615612f20573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561244757604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f81815b84811015612fb757612fad82878784818110612fa157612fa1613af8565b905060200201356130d3565b9150600101612f83565b50949350505050565b5f612fcd8484845f612ed6565b949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561300e57505f91506003905082613093565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561305f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661308a57505f925060019150829050613093565b92505f91508190505b9450945094915050565b6130ab8484848460016130ff565b6126fe57604051635274afe760e01b81526001600160a01b0385166004820152602401610ca1565b5f8183106130ed575f8281526020849052604090206123d6565b5f8381526020839052604090206123d6565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661315b57838315161561314f573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b61025c80613f5f83390190565b80356001600160a01b038116811461318f575f5ffd5b919050565b80356001600160401b038116811461318f575f5ffd5b5f5f5f5f5f60a086880312156131be575f5ffd5b853594506131ce60208701613179565b9350604086013592506131e360608701613194565b949793965091946080013592915050565b5f60e08284031215613204575f5ffd5b50919050565b5f6020828403121561321a575f5ffd5b81356001600160401b0381111561322f575f5ffd5b612fcd848285016131f4565b5f60c08284031215613204575f5ffd5b5f5f6101a0838503121561325d575f5ffd5b613267848461323b565b91506132768460c085016131f4565b90509250929050565b5f5f5f5f5f60a08688031215613293575f5ffd5b8535945060208601359350604086013592506131e360608701613194565b5f5f83601f8401126132c1575f5ffd5b5081356001600160401b038111156132d7575f5ffd5b6020830191508360208285010111156132ee575f5ffd5b9250929050565b5f5f5f60408486031215613307575f5ffd5b61331084613179565b925060208401356001600160401b0381111561332a575f5ffd5b613336868287016132b1565b9497909650939450505050565b5f5f60208385031215613354575f5ffd5b82356001600160401b03811115613369575f5ffd5b8301601f81018513613379575f5ffd5b80356001600160401b0381111561338e575f5ffd5b85602060a0830284010111156133a2575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b818110156133e95783518352602093840193909201916001016133cb565b509095945050505050565b5f5f5f5f5f5f60a08789031215613409575f5ffd5b61341287613179565b955060208701356001600160401b0381111561342c575f5ffd5b61343889828a016132b1565b909650945061344b905060408801613179565b925061345960608801613179565b95989497509295919493608090920135925050565b5f60608284031215613204575f5ffd5b5f5f83601f84011261348e575f5ffd5b5081356001600160401b038111156134a4575f5ffd5b6020830191508360208260051b85010111156132ee575f5ffd5b5f5f5f5f5f61022086880312156134d3575f5ffd5b6134dd878761346e565b94506134ec876060880161323b565b93506134fc8761012088016131f4565b92506102008601356001600160401b03811115613517575f5ffd5b6135238882890161347e565b969995985093965092949392505050565b5f60208284031215613544575f5ffd5b6123d682613179565b5f5f6040838503121561355e575f5ffd5b61356783613179565b946020939093013593505050565b5f60208284031215613585575f5ffd5b5035919050565b5f5f6040838503121561359d575f5ffd5b6135a683613179565b915061327660208401613179565b5f5f5f5f5f5f5f5f610260898b0312156135cc575f5ffd5b6135d68a8a61346e565b97506135e58a60608b0161323b565b96506135f58a6101208b016131f4565b95506102008901356001600160401b03811115613610575f5ffd5b61361c8b828c0161347e565b909650945061363090506102208a01613179565b92506102408901356001600160401b0381111561364b575f5ffd5b6136578b828c016132b1565b999c989b5096995094979396929594505050565b5f6020828403121561367b575f5ffd5b6123d682613194565b5f60208284031215613694575f5ffd5b81356001600160401b038111156136a9575f5ffd5b612fcd8482850161346e565b5f60e082840312156136c5575f5ffd5b6123d683836131f4565b5f5f83601f8401126136df575f5ffd5b5081356001600160401b038111156136f5575f5ffd5b6020830191508360206060830285010111156132ee575f5ffd5b5f5f5f5f60608587031215613722575f5ffd5b84356001600160401b03811115613737575f5ffd5b6137438782880161346e565b94505060208501356001600160401b0381111561375e575f5ffd5b61376a8782880161346e565b93505060408501356001600160401b03811115613785575f5ffd5b613791878288016136cf565b95989497509550505050565b5f5f5f5f5f5f8688036101208112156137b4575f5ffd5b873596506137c460208901613179565b9550604088013594506137d960608901613194565b93506080888101359350609f19820112156137f2575f5ffd5b5060a0870190509295509295509295565b5f5f5f5f5f5f5f60e0888a031215613819575f5ffd5b8735965061382960208901613179565b95506040880135945061383e60608901613194565b93506080880135925061385360a08901613179565b96999598509396929591949193505060c09091013590565b5f5f5f5f6060858703121561387e575f5ffd5b84356001600160401b03811115613893575f5ffd5b613743878288016131f4565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b0381036138d4576138d461389f565b60010192915050565b6001600160401b03968716815260208101959095526001600160a01b039390931660408501526060840191909152909216608082015260a081019190915260c00190565b5f5f8335601e19843603018112613936575f5ffd5b8301803591506001600160401b0382111561394f575f5ffd5b6020019150600581901b36038213156132ee575f5ffd5b8183526020830192505f815f5b848110156139a2576001600160a01b0361398c83613179565b1686526020958601959190910190600101613973565b5093949350505050565b8d81528c602082015260018060a01b038c1660408201526001600160401b038b1660608201528960808201526001600160401b03891660a08201526001600160401b03881660c082015261014060e08201525f613a0e6101408301888a613966565b828103610100840152613a22818789613966565b83810361012085015284815290505f6001600160fb1b03851115613a44575f5ffd5b8460051b8087602085013760208184010191505080925050509e9d5050505050505050505050505050565b5f60208284031215613a7f575f5ffd5b813560ff811681146123d6575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f90613adb9083018486613a8f565b95945050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820180821115610a4a57610a4a61389f565b848682376bffffffffffffffffffffffff19606094851b811695909101948552601485019290925290911b166034820152604801919050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52601260045260245ffd5b5f82613bbe57613bbe613b9c565b500490565b5f82613bd157613bd1613b9c565b500690565b81810381811115610a4a57610a4a61389f565b8082028115828204841417610a4a57610a4a61389f565b6001600160a01b038716815260a0602082018190525f90613c249083018789613a8f565b6001600160a01b03958616604084015293909416606082015260800152949350505050565b8035801515811461318f575f5ffd5b8183526020830192505f815f5b848110156139a257613c7682613c49565b151586526020958601959190910190600101613c65565b88815287602082015260018060a01b03871660408201526001600160401b038616606082015260c060808201525f613cc960c083018688613966565b82810360a0840152613cdc818587613c58565b9b9a5050505050505050505050565b60e081016001600160a01b03613d0084613179565b1682526001600160a01b03613d1760208501613179565b1660208301526001600160a01b03613d3160408501613179565b1660408301526001600160401b03613d4b60608501613194565b166060830152608083810135908301526001600160a01b03613d6f60a08501613179565b1660a083015260c092830135929091019190915290565b6001600160401b038181168382160190811115610a4a57610a4a61389f565b5f60208284031215613db5575f5ffd5b6123d682613c49565b604081525f613dd1604083018688613966565b82810360208401526119e0818587613c58565b6001600160401b0386168152606060208201525f613e06606083018688613966565b828103604084015283815284906020015f5b85811015613e46576001600160401b03613e3184613194565b16825260209283019290910190600101613e18565b5098975050505050505050565b5f60018201613e6457613e6461389f565b5060010190565b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215613e8f575f5ffd5b5051919050565b5f8151808452602084019350602083015f5b828110156139a25781516001600160401b0316865260209586019590910190600101613ea8565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b81811015613f3c5783516001600160a01b0316835260209384019390920191600101613f15565b505083810360a0850152613f508186613e96565b9a995050505050505050505056fe60a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea264697066735822122085b614671e832ebf5f1f35d2d6e4f849584bfccbe097464c70810ffc49334a1264736f6c63430008250033a2646970667358221220747f4b0f5a085b256f1491cdc73a4d3509d89a1ff993030863f26771346f92c164736f6c6343000825003360a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea264697066735822122085b614671e832ebf5f1f35d2d6e4f849584bfccbe097464c70810ffc49334a1264736f6c63430008250033",
}

// EnigmaBridge is an auto generated Go binding around an Ethereum contract.
type EnigmaBridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EnigmaBridge) GetABI() abi.ABI {
	return c.abi
}

// NewEnigmaBridge creates a new instance of EnigmaBridge.
func NewEnigmaBridge() *EnigmaBridge {
	parsed, err := EnigmaBridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EnigmaBridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EnigmaBridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[] validators, uint64[] powers, address feeToken_, uint256 callbackGas_, uint64 maxTaskGas_, uint256 minGasPrice_, address[] escrowTokens) returns()
func (enigmaBridge *EnigmaBridge) PackConstructor(validators []common.Address, powers []uint64, feeToken_ common.Address, callbackGas_ *big.Int, maxTaskGas_ uint64, minGasPrice_ *big.Int, escrowTokens []common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("", validators, powers, feeToken_, callbackGas_, maxTaskGas_, minGasPrice_, escrowTokens)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBATCHDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aaa8e4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BATCH_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackBATCHDOMAIN() []byte {
	enc, err := enigmaBridge.abi.Pack("BATCH_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBATCHDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aaa8e4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BATCH_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackBATCHDOMAIN() ([]byte, error) {
	return enigmaBridge.abi.Pack("BATCH_DOMAIN")
}

// UnpackBATCHDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4aaa8e4b.
//
// Solidity: function BATCH_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackBATCHDOMAIN(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("BATCH_DOMAIN", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCALLBACKRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea9216d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_RESERVE() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackCALLBACKRESERVE() []byte {
	enc, err := enigmaBridge.abi.Pack("CALLBACK_RESERVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea9216d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_RESERVE() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackCALLBACKRESERVE() ([]byte, error) {
	return enigmaBridge.abi.Pack("CALLBACK_RESERVE")
}

// UnpackCALLBACKRESERVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbea9216d.
//
// Solidity: function CALLBACK_RESERVE() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackCALLBACKRESERVE(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("CALLBACK_RESERVE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackMAXCALLBACKGAS() []byte {
	enc, err := enigmaBridge.abi.Pack("MAX_CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackMAXCALLBACKGAS() ([]byte, error) {
	return enigmaBridge.abi.Pack("MAX_CALLBACK_GAS")
}

// UnpackMAXCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackMAXCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("MAX_CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackMAXVALIDATORS() []byte {
	enc, err := enigmaBridge.abi.Pack("MAX_VALIDATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackMAXVALIDATORS() ([]byte, error) {
	return enigmaBridge.abi.Pack("MAX_VALIDATORS")
}

// UnpackMAXVALIDATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackMAXVALIDATORS(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("MAX_VALIDATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTATUSSUCCESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8855e092.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_SUCCESS() view returns(uint8)
func (enigmaBridge *EnigmaBridge) PackSTATUSSUCCESS() []byte {
	enc, err := enigmaBridge.abi.Pack("STATUS_SUCCESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSSUCCESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8855e092.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_SUCCESS() view returns(uint8)
func (enigmaBridge *EnigmaBridge) TryPackSTATUSSUCCESS() ([]byte, error) {
	return enigmaBridge.abi.Pack("STATUS_SUCCESS")
}

// UnpackSTATUSSUCCESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8855e092.
//
// Solidity: function STATUS_SUCCESS() view returns(uint8)
func (enigmaBridge *EnigmaBridge) UnpackSTATUSSUCCESS(data []byte) (uint8, error) {
	out, err := enigmaBridge.abi.Unpack("STATUS_SUCCESS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTOKENSDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e5abb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOKENS_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackTOKENSDOMAIN() []byte {
	enc, err := enigmaBridge.abi.Pack("TOKENS_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOKENSDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e5abb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOKENS_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackTOKENSDOMAIN() ([]byte, error) {
	return enigmaBridge.abi.Pack("TOKENS_DOMAIN")
}

// UnpackTOKENSDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57e5abb3.
//
// Solidity: function TOKENS_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackTOKENSDOMAIN(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("TOKENS_DOMAIN", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVALSETDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b71fd69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VALSET_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackVALSETDOMAIN() []byte {
	enc, err := enigmaBridge.abi.Pack("VALSET_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVALSETDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b71fd69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VALSET_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackVALSETDOMAIN() ([]byte, error) {
	return enigmaBridge.abi.Pack("VALSET_DOMAIN")
}

// UnpackVALSETDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b71fd69.
//
// Solidity: function VALSET_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackVALSETDOMAIN(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("VALSET_DOMAIN", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d2f819d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCommitments(uint64 batchNonce) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackBatchCommitments(batchNonce uint64) []byte {
	enc, err := enigmaBridge.abi.Pack("batchCommitments", batchNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d2f819d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCommitments(uint64 batchNonce) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackBatchCommitments(batchNonce uint64) ([]byte, error) {
	return enigmaBridge.abi.Pack("batchCommitments", batchNonce)
}

// UnpackBatchCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d2f819d.
//
// Solidity: function batchCommitments(uint64 batchNonce) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackBatchCommitments(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("batchCommitments", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x113331cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchDigest((uint64,bytes32,uint64,uint64,address[],address[],uint256[]) b) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackBatchDigest(b EnigmaBridgeBatch) []byte {
	enc, err := enigmaBridge.abi.Pack("batchDigest", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x113331cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchDigest((uint64,bytes32,uint64,uint64,address[],address[],uint256[]) b) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackBatchDigest(b EnigmaBridgeBatch) ([]byte, error) {
	return enigmaBridge.abi.Pack("batchDigest", b)
}

// UnpackBatchDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x113331cf.
//
// Solidity: function batchDigest((uint64,bytes32,uint64,uint64,address[],address[],uint256[]) b) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackBatchDigest(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("batchDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10132ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGas() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackCallbackGas() []byte {
	enc, err := enigmaBridge.abi.Pack("callbackGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10132ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGas() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackCallbackGas() ([]byte, error) {
	return enigmaBridge.abi.Pack("callbackGas")
}

// UnpackCallbackGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa10132ad.
//
// Solidity: function callbackGas() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackCallbackGas(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("callbackGas", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c4f774.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackHash(address target, bytes data) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackCallbackHash(target common.Address, data []byte) []byte {
	enc, err := enigmaBridge.abi.Pack("callbackHash", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c4f774.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackHash(address target, bytes data) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackCallbackHash(target common.Address, data []byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("callbackHash", target, data)
}

// UnpackCallbackHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20c4f774.
//
// Solidity: function callbackHash(address target, bytes data) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackCallbackHash(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("callbackHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheckpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d79230.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpointOf((address[],uint64[],uint64) v) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackCheckpointOf(v EnigmaBridgeValset) []byte {
	enc, err := enigmaBridge.abi.Pack("checkpointOf", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d79230.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpointOf((address[],uint64[],uint64) v) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackCheckpointOf(v EnigmaBridgeValset) ([]byte, error) {
	return enigmaBridge.abi.Pack("checkpointOf", v)
}

// UnpackCheckpointOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d79230.
//
// Solidity: function checkpointOf((address[],uint64[],uint64) v) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackCheckpointOf(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("checkpointOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x424e3a90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRefund((uint64,uint64,uint64) b, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof) returns()
func (enigmaBridge *EnigmaBridge) PackClaimRefund(b EnigmaBridgeBatchRef, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte) []byte {
	enc, err := enigmaBridge.abi.Pack("claimRefund", b, r, rec, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x424e3a90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRefund((uint64,uint64,uint64) b, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof) returns()
func (enigmaBridge *EnigmaBridge) TryPackClaimRefund(b EnigmaBridgeBatchRef, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("claimRefund", b, r, rec, proof)
}

// PackContractAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59350292.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contractAddress(bytes32 deploymentTaskId) pure returns(address)
func (enigmaBridge *EnigmaBridge) PackContractAddress(deploymentTaskId [32]byte) []byte {
	enc, err := enigmaBridge.abi.Pack("contractAddress", deploymentTaskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContractAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59350292.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contractAddress(bytes32 deploymentTaskId) pure returns(address)
func (enigmaBridge *EnigmaBridge) TryPackContractAddress(deploymentTaskId [32]byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("contractAddress", deploymentTaskId)
}

// UnpackContractAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59350292.
//
// Solidity: function contractAddress(bytes32 deploymentTaskId) pure returns(address)
func (enigmaBridge *EnigmaBridge) UnpackContractAddress(data []byte) (common.Address, error) {
	out, err := enigmaBridge.abi.Unpack("contractAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateDeploymentRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a413184.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDeploymentRecord(bytes32 salt, bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreateDeploymentRecord(salt [32]byte, codeHash [32]byte, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("createDeploymentRecord", salt, codeHash, inputsHash, gasLimit, gasPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDeploymentRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a413184.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDeploymentRecord(bytes32 salt, bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreateDeploymentRecord(salt [32]byte, codeHash [32]byte, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("createDeploymentRecord", salt, codeHash, inputsHash, gasLimit, gasPrice)
}

// UnpackCreateDeploymentRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a413184.
//
// Solidity: function createDeploymentRecord(bytes32 salt, bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreateDeploymentRecord(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createDeploymentRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreatePayableTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad55c8f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createPayableTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address escrowToken, uint256 escrowAmount) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreatePayableTaskRecord(salt [32]byte, secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, escrowToken common.Address, escrowAmount *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("createPayableTaskRecord", salt, secretContract, inputsHash, gasLimit, gasPrice, escrowToken, escrowAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatePayableTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad55c8f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createPayableTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address escrowToken, uint256 escrowAmount) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreatePayableTaskRecord(salt [32]byte, secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, escrowToken common.Address, escrowAmount *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("createPayableTaskRecord", salt, secretContract, inputsHash, gasLimit, gasPrice, escrowToken, escrowAmount)
}

// UnpackCreatePayableTaskRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad55c8f1.
//
// Solidity: function createPayableTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address escrowToken, uint256 escrowAmount) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreatePayableTaskRecord(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createPayableTaskRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00839a73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreateTaskRecord(salt [32]byte, secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("createTaskRecord", salt, secretContract, inputsHash, gasLimit, gasPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00839a73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreateTaskRecord(salt [32]byte, secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("createTaskRecord", salt, secretContract, inputsHash, gasLimit, gasPrice)
}

// UnpackCreateTaskRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00839a73.
//
// Solidity: function createTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreateTaskRecord(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createTaskRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateTaskRecordWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9c5aab6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTaskRecordWithPermit(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, (uint256,uint8,bytes32,bytes32) permit) returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreateTaskRecordWithPermit(salt [32]byte, secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, permit EnigmaBridgePermit) []byte {
	enc, err := enigmaBridge.abi.Pack("createTaskRecordWithPermit", salt, secretContract, inputsHash, gasLimit, gasPrice, permit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTaskRecordWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9c5aab6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTaskRecordWithPermit(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, (uint256,uint8,bytes32,bytes32) permit) returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreateTaskRecordWithPermit(salt [32]byte, secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, permit EnigmaBridgePermit) ([]byte, error) {
	return enigmaBridge.abi.Pack("createTaskRecordWithPermit", salt, secretContract, inputsHash, gasLimit, gasPrice, permit)
}

// UnpackCreateTaskRecordWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9c5aab6.
//
// Solidity: function createTaskRecordWithPermit(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, (uint256,uint8,bytes32,bytes32) permit) returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreateTaskRecordWithPermit(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createTaskRecordWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateTaskRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28091f97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTaskRecords((bytes32,address,bytes32,uint64,uint256)[] tasks) payable returns(bytes32[] taskIds)
func (enigmaBridge *EnigmaBridge) PackCreateTaskRecords(tasks []EnigmaBridgeTaskRequest) []byte {
	enc, err := enigmaBridge.abi.Pack("createTaskRecords", tasks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTaskRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28091f97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTaskRecords((bytes32,address,bytes32,uint64,uint256)[] tasks) payable returns(bytes32[] taskIds)
func (enigmaBridge *EnigmaBridge) TryPackCreateTaskRecords(tasks []EnigmaBridgeTaskRequest) ([]byte, error) {
	return enigmaBridge.abi.Pack("createTaskRecords", tasks)
}

// UnpackCreateTaskRecords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28091f97.
//
// Solidity: function createTaskRecords((bytes32,address,bytes32,uint64,uint256)[] tasks) payable returns(bytes32[] taskIds)
func (enigmaBridge *EnigmaBridge) UnpackCreateTaskRecords(data []byte) ([][32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createTaskRecords", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637cd7f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address account, address token) view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackCredits(account common.Address, token common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("credits", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637cd7f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address account, address token) view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackCredits(account common.Address, token common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("credits", account, token)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x637cd7f0.
//
// Solidity: function credits(address account, address token) view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliverCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x409abd79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliverCallback(address target, bytes data, address secretContract, address token, uint256 amount) returns()
func (enigmaBridge *EnigmaBridge) PackDeliverCallback(target common.Address, data []byte, secretContract common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("deliverCallback", target, data, secretContract, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliverCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x409abd79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliverCallback(address target, bytes data, address secretContract, address token, uint256 amount) returns()
func (enigmaBridge *EnigmaBridge) TryPackDeliverCallback(target common.Address, data []byte, secretContract common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("deliverCallback", target, data, secretContract, token, amount)
}

// PackEscrowTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e7047a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowTokenAllowed(address token) view returns(bool)
func (enigmaBridge *EnigmaBridge) PackEscrowTokenAllowed(token common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("escrowTokenAllowed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e7047a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowTokenAllowed(address token) view returns(bool)
func (enigmaBridge *EnigmaBridge) TryPackEscrowTokenAllowed(token common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("escrowTokenAllowed", token)
}

// UnpackEscrowTokenAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1e7047a.
//
// Solidity: function escrowTokenAllowed(address token) view returns(bool)
func (enigmaBridge *EnigmaBridge) UnpackEscrowTokenAllowed(data []byte) (bool, error) {
	out, err := enigmaBridge.abi.Unpack("escrowTokenAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExecuteCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7acacfc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeCallback((uint64,uint64,uint64) b, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof, address target, bytes data) returns(bool ok)
func (enigmaBridge *EnigmaBridge) PackExecuteCallback(b EnigmaBridgeBatchRef, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte, target common.Address, data []byte) []byte {
	enc, err := enigmaBridge.abi.Pack("executeCallback", b, r, rec, proof, target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7acacfc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeCallback((uint64,uint64,uint64) b, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof, address target, bytes data) returns(bool ok)
func (enigmaBridge *EnigmaBridge) TryPackExecuteCallback(b EnigmaBridgeBatchRef, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte, target common.Address, data []byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("executeCallback", b, r, rec, proof, target, data)
}

// UnpackExecuteCallback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7acacfc6.
//
// Solidity: function executeCallback((uint64,uint64,uint64) b, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof, address target, bytes data) returns(bool ok)
func (enigmaBridge *EnigmaBridge) UnpackExecuteCallback(data []byte) (bool, error) {
	out, err := enigmaBridge.abi.Unpack("executeCallback", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExecutorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x848676a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executorOf(address secretContract) view returns(address)
func (enigmaBridge *EnigmaBridge) PackExecutorOf(secretContract common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("executorOf", secretContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecutorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x848676a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executorOf(address secretContract) view returns(address)
func (enigmaBridge *EnigmaBridge) TryPackExecutorOf(secretContract common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("executorOf", secretContract)
}

// UnpackExecutorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x848676a2.
//
// Solidity: function executorOf(address secretContract) view returns(address)
func (enigmaBridge *EnigmaBridge) UnpackExecutorOf(data []byte) (common.Address, error) {
	out, err := enigmaBridge.abi.Unpack("executorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeeToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x647846a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeToken() view returns(address)
func (enigmaBridge *EnigmaBridge) PackFeeToken() []byte {
	enc, err := enigmaBridge.abi.Pack("feeToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x647846a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeToken() view returns(address)
func (enigmaBridge *EnigmaBridge) TryPackFeeToken() ([]byte, error) {
	return enigmaBridge.abi.Pack("feeToken")
}

// UnpackFeeToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (enigmaBridge *EnigmaBridge) UnpackFeeToken(data []byte) (common.Address, error) {
	out, err := enigmaBridge.abi.Unpack("feeToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxTaskGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b27246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxTaskGas() view returns(uint64)
func (enigmaBridge *EnigmaBridge) PackMaxTaskGas() []byte {
	enc, err := enigmaBridge.abi.Pack("maxTaskGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxTaskGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b27246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxTaskGas() view returns(uint64)
func (enigmaBridge *EnigmaBridge) TryPackMaxTaskGas() ([]byte, error) {
	return enigmaBridge.abi.Pack("maxTaskGas")
}

// UnpackMaxTaskGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b27246.
//
// Solidity: function maxTaskGas() view returns(uint64)
func (enigmaBridge *EnigmaBridge) UnpackMaxTaskGas(data []byte) (uint64, error) {
	out, err := enigmaBridge.abi.Unpack("maxTaskGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96ed505.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minGasPrice() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackMinGasPrice() []byte {
	enc, err := enigmaBridge.abi.Pack("minGasPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96ed505.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minGasPrice() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackMinGasPrice() ([]byte, error) {
	return enigmaBridge.abi.Pack("minGasPrice")
}

// UnpackMinGasPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd96ed505.
//
// Solidity: function minGasPrice() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackMinGasPrice(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("minGasPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceiptLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15075beb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptLeaf((uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackReceiptLeaf(r EnigmaBridgeReceipt, rec EnigmaBridgeRecord) []byte {
	enc, err := enigmaBridge.abi.Pack("receiptLeaf", r, rec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15075beb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptLeaf((uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackReceiptLeaf(r EnigmaBridgeReceipt, rec EnigmaBridgeRecord) ([]byte, error) {
	return enigmaBridge.abi.Pack("receiptLeaf", r, rec)
}

// UnpackReceiptLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15075beb.
//
// Solidity: function receiptLeaf((uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackReceiptLeaf(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("receiptLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed8846b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordHash((address,address,address,uint64,uint256,address,uint256) rec) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackRecordHash(rec EnigmaBridgeRecord) []byte {
	enc, err := enigmaBridge.abi.Pack("recordHash", rec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed8846b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordHash((address,address,address,uint64,uint256,address,uint256) rec) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackRecordHash(rec EnigmaBridgeRecord) ([]byte, error) {
	return enigmaBridge.abi.Pack("recordHash", rec)
}

// UnpackRecordHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ed8846b.
//
// Solidity: function recordHash((address,address,address,uint64,uint256,address,uint256) rec) pure returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackRecordHash(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("recordHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state() view returns(uint64 eventNonce, uint64 batchNonce, uint64 lastSequence, uint64 valsetNonce)
func (enigmaBridge *EnigmaBridge) PackState() []byte {
	enc, err := enigmaBridge.abi.Pack("state")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state() view returns(uint64 eventNonce, uint64 batchNonce, uint64 lastSequence, uint64 valsetNonce)
func (enigmaBridge *EnigmaBridge) TryPackState() ([]byte, error) {
	return enigmaBridge.abi.Pack("state")
}

// StateOutput serves as a container for the return parameters of contract
// method State.
type StateOutput struct {
	EventNonce   uint64
	BatchNonce   uint64
	LastSequence uint64
	ValsetNonce  uint64
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc19d93fb.
//
// Solidity: function state() view returns(uint64 eventNonce, uint64 batchNonce, uint64 lastSequence, uint64 valsetNonce)
func (enigmaBridge *EnigmaBridge) UnpackState(data []byte) (StateOutput, error) {
	out, err := enigmaBridge.abi.Unpack("state", data)
	outstruct := new(StateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.EventNonce = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.BatchNonce = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LastSequence = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ValsetNonce = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb7294ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch((uint64,bytes32,uint64,uint64,address[],address[],uint256[]) b, (address[],uint64[],uint64) current, (uint8,bytes32,bytes32)[] sigs) returns()
func (enigmaBridge *EnigmaBridge) PackSubmitBatch(b EnigmaBridgeBatch, current EnigmaBridgeValset, sigs []EnigmaBridgeSig) []byte {
	enc, err := enigmaBridge.abi.Pack("submitBatch", b, current, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb7294ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch((uint64,bytes32,uint64,uint64,address[],address[],uint256[]) b, (address[],uint64[],uint64) current, (uint8,bytes32,bytes32)[] sigs) returns()
func (enigmaBridge *EnigmaBridge) TryPackSubmitBatch(b EnigmaBridgeBatch, current EnigmaBridgeValset, sigs []EnigmaBridgeSig) ([]byte, error) {
	return enigmaBridge.abi.Pack("submitBatch", b, current, sigs)
}

// PackTaskIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x566b8ec8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskIdOf(address sender, bytes32 salt) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackTaskIdOf(sender common.Address, salt [32]byte) []byte {
	enc, err := enigmaBridge.abi.Pack("taskIdOf", sender, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x566b8ec8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskIdOf(address sender, bytes32 salt) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackTaskIdOf(sender common.Address, salt [32]byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("taskIdOf", sender, salt)
}

// UnpackTaskIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x566b8ec8.
//
// Solidity: function taskIdOf(address sender, bytes32 salt) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackTaskIdOf(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("taskIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTokenListNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88f063c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenListNonce() view returns(uint64)
func (enigmaBridge *EnigmaBridge) PackTokenListNonce() []byte {
	enc, err := enigmaBridge.abi.Pack("tokenListNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenListNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88f063c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenListNonce() view returns(uint64)
func (enigmaBridge *EnigmaBridge) TryPackTokenListNonce() ([]byte, error) {
	return enigmaBridge.abi.Pack("tokenListNonce")
}

// UnpackTokenListNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd88f063c.
//
// Solidity: function tokenListNonce() view returns(uint64)
func (enigmaBridge *EnigmaBridge) UnpackTokenListNonce(data []byte) (uint64, error) {
	out, err := enigmaBridge.abi.Unpack("tokenListNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTokenUpdateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be06fba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenUpdateDigest((uint64,address[],bool[]) u) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackTokenUpdateDigest(u EnigmaBridgeTokenUpdate) []byte {
	enc, err := enigmaBridge.abi.Pack("tokenUpdateDigest", u)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenUpdateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be06fba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenUpdateDigest((uint64,address[],bool[]) u) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackTokenUpdateDigest(u EnigmaBridgeTokenUpdate) ([]byte, error) {
	return enigmaBridge.abi.Pack("tokenUpdateDigest", u)
}

// UnpackTokenUpdateDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9be06fba.
//
// Solidity: function tokenUpdateDigest((uint64,address[],bool[]) u) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackTokenUpdateDigest(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("tokenUpdateDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUpdateEscrowTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1706ba0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateEscrowTokens((uint64,address[],bool[]) u, (address[],uint64[],uint64) current, (uint8,bytes32,bytes32)[] sigs) returns()
func (enigmaBridge *EnigmaBridge) PackUpdateEscrowTokens(u EnigmaBridgeTokenUpdate, current EnigmaBridgeValset, sigs []EnigmaBridgeSig) []byte {
	enc, err := enigmaBridge.abi.Pack("updateEscrowTokens", u, current, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateEscrowTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1706ba0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateEscrowTokens((uint64,address[],bool[]) u, (address[],uint64[],uint64) current, (uint8,bytes32,bytes32)[] sigs) returns()
func (enigmaBridge *EnigmaBridge) TryPackUpdateEscrowTokens(u EnigmaBridgeTokenUpdate, current EnigmaBridgeValset, sigs []EnigmaBridgeSig) ([]byte, error) {
	return enigmaBridge.abi.Pack("updateEscrowTokens", u, current, sigs)
}

// PackUpdateValset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe14d4072.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateValset((address[],uint64[],uint64) next, (address[],uint64[],uint64) current, (uint8,bytes32,bytes32)[] sigs) returns()
func (enigmaBridge *EnigmaBridge) PackUpdateValset(next EnigmaBridgeValset, current EnigmaBridgeValset, sigs []EnigmaBridgeSig) []byte {
	enc, err := enigmaBridge.abi.Pack("updateValset", next, current, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateValset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe14d4072.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateValset((address[],uint64[],uint64) next, (address[],uint64[],uint64) current, (uint8,bytes32,bytes32)[] sigs) returns()
func (enigmaBridge *EnigmaBridge) TryPackUpdateValset(next EnigmaBridgeValset, current EnigmaBridgeValset, sigs []EnigmaBridgeSig) ([]byte, error) {
	return enigmaBridge.abi.Pack("updateValset", next, current, sigs)
}

// PackValsetCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06110a76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackValsetCheckpoint() []byte {
	enc, err := enigmaBridge.abi.Pack("valsetCheckpoint")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValsetCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06110a76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackValsetCheckpoint() ([]byte, error) {
	return enigmaBridge.abi.Pack("valsetCheckpoint")
}

// UnpackValsetCheckpoint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackValsetCheckpoint(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("valsetCheckpoint", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (enigmaBridge *EnigmaBridge) PackWithdraw(token common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (enigmaBridge *EnigmaBridge) TryPackWithdraw(token common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("withdraw", token)
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dce4ab0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address token, address to) returns()
func (enigmaBridge *EnigmaBridge) PackWithdrawTo(token common.Address, to common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("withdrawTo", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dce4ab0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address token, address to) returns()
func (enigmaBridge *EnigmaBridge) TryPackWithdrawTo(token common.Address, to common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("withdrawTo", token, to)
}

// EnigmaBridgeBatchSubmitted represents a BatchSubmitted event raised by the EnigmaBridge contract.
type EnigmaBridgeBatchSubmitted struct {
	BatchNonce    uint64
	EventNonce    uint64
	Root          [32]byte
	FirstSequence uint64
	LastSequence  uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeBatchSubmittedEventName = "BatchSubmitted"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeBatchSubmitted) ContractEventName() string {
	return EnigmaBridgeBatchSubmittedEventName
}

// UnpackBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSubmitted(uint64 indexed batchNonce, uint64 eventNonce, bytes32 root, uint64 firstSequence, uint64 lastSequence)
func (enigmaBridge *EnigmaBridge) UnpackBatchSubmittedEvent(log *types.Log) (*EnigmaBridgeBatchSubmitted, error) {
	event := "BatchSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeBatchSubmitted)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeCallbackExecuted represents a CallbackExecuted event raised by the EnigmaBridge contract.
type EnigmaBridgeCallbackExecuted struct {
	TaskId [32]byte
	Target common.Address
	Ok     bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeCallbackExecutedEventName = "CallbackExecuted"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeCallbackExecuted) ContractEventName() string {
	return EnigmaBridgeCallbackExecutedEventName
}

// UnpackCallbackExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackExecuted(bytes32 indexed taskId, address indexed target, bool ok)
func (enigmaBridge *EnigmaBridge) UnpackCallbackExecutedEvent(log *types.Log) (*EnigmaBridgeCallbackExecuted, error) {
	event := "CallbackExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeCallbackExecuted)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeDeploymentRecordCreated represents a DeploymentRecordCreated event raised by the EnigmaBridge contract.
type EnigmaBridgeDeploymentRecordCreated struct {
	TaskId     [32]byte
	Sender     common.Address
	EventNonce uint64
	Salt       [32]byte
	CodeHash   [32]byte
	InputsHash [32]byte
	GasLimit   uint64
	GasPrice   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeDeploymentRecordCreatedEventName = "DeploymentRecordCreated"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeDeploymentRecordCreated) ContractEventName() string {
	return EnigmaBridgeDeploymentRecordCreatedEventName
}

// UnpackDeploymentRecordCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeploymentRecordCreated(bytes32 indexed taskId, address indexed sender, uint64 eventNonce, bytes32 salt, bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
func (enigmaBridge *EnigmaBridge) UnpackDeploymentRecordCreatedEvent(log *types.Log) (*EnigmaBridgeDeploymentRecordCreated, error) {
	event := "DeploymentRecordCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeDeploymentRecordCreated)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeEscrowTokensUpdated represents a EscrowTokensUpdated event raised by the EnigmaBridge contract.
type EnigmaBridgeEscrowTokensUpdated struct {
	TokenListNonce uint64
	Tokens         []common.Address
	Allowed        []bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeEscrowTokensUpdatedEventName = "EscrowTokensUpdated"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeEscrowTokensUpdated) ContractEventName() string {
	return EnigmaBridgeEscrowTokensUpdatedEventName
}

// UnpackEscrowTokensUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowTokensUpdated(uint64 indexed tokenListNonce, address[] tokens, bool[] allowed)
func (enigmaBridge *EnigmaBridge) UnpackEscrowTokensUpdatedEvent(log *types.Log) (*EnigmaBridgeEscrowTokensUpdated, error) {
	event := "EscrowTokensUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeEscrowTokensUpdated)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeRefundClaimed represents a RefundClaimed event raised by the EnigmaBridge contract.
type EnigmaBridgeRefundClaimed struct {
	TaskId [32]byte
	Sender common.Address
	Fee    *big.Int
	Escrow *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeRefundClaimedEventName = "RefundClaimed"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeRefundClaimed) ContractEventName() string {
	return EnigmaBridgeRefundClaimedEventName
}

// UnpackRefundClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundClaimed(bytes32 indexed taskId, address indexed sender, uint256 fee, uint256 escrow)
func (enigmaBridge *EnigmaBridge) UnpackRefundClaimedEvent(log *types.Log) (*EnigmaBridgeRefundClaimed, error) {
	event := "RefundClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeRefundClaimed)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeTaskRecordCreated represents a TaskRecordCreated event raised by the EnigmaBridge contract.
type EnigmaBridgeTaskRecordCreated struct {
	TaskId         [32]byte
	Sender         common.Address
	EventNonce     uint64
	Salt           [32]byte
	SecretContract common.Address
	InputsHash     [32]byte
	GasLimit       uint64
	GasPrice       *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeTaskRecordCreatedEventName = "TaskRecordCreated"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeTaskRecordCreated) ContractEventName() string {
	return EnigmaBridgeTaskRecordCreatedEventName
}

// UnpackTaskRecordCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskRecordCreated(bytes32 indexed taskId, address indexed sender, uint64 eventNonce, bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
func (enigmaBridge *EnigmaBridge) UnpackTaskRecordCreatedEvent(log *types.Log) (*EnigmaBridgeTaskRecordCreated, error) {
	event := "TaskRecordCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeTaskRecordCreated)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeTokenTaskRecordCreated represents a TokenTaskRecordCreated event raised by the EnigmaBridge contract.
type EnigmaBridgeTokenTaskRecordCreated struct {
	TaskId         [32]byte
	Sender         common.Address
	EventNonce     uint64
	Salt           [32]byte
	SecretContract common.Address
	InputsHash     [32]byte
	GasLimit       uint64
	GasPrice       *big.Int
	FeeToken       common.Address
	EscrowToken    common.Address
	EscrowAmount   *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeTokenTaskRecordCreatedEventName = "TokenTaskRecordCreated"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeTokenTaskRecordCreated) ContractEventName() string {
	return EnigmaBridgeTokenTaskRecordCreatedEventName
}

// UnpackTokenTaskRecordCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenTaskRecordCreated(bytes32 indexed taskId, address indexed sender, uint64 eventNonce, bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address feeToken, address escrowToken, uint256 escrowAmount)
func (enigmaBridge *EnigmaBridge) UnpackTokenTaskRecordCreatedEvent(log *types.Log) (*EnigmaBridgeTokenTaskRecordCreated, error) {
	event := "TokenTaskRecordCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeTokenTaskRecordCreated)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeValsetUpdated represents a ValsetUpdated event raised by the EnigmaBridge contract.
type EnigmaBridgeValsetUpdated struct {
	ValsetNonce uint64
	EventNonce  uint64
	Validators  []common.Address
	Powers      []uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeValsetUpdatedEventName = "ValsetUpdated"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeValsetUpdated) ContractEventName() string {
	return EnigmaBridgeValsetUpdatedEventName
}

// UnpackValsetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValsetUpdated(uint64 indexed valsetNonce, uint64 eventNonce, address[] validators, uint64[] powers)
func (enigmaBridge *EnigmaBridge) UnpackValsetUpdatedEvent(log *types.Log) (*EnigmaBridgeValsetUpdated, error) {
	event := "ValsetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeValsetUpdated)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnigmaBridgeWithdrawn represents a Withdrawn event raised by the EnigmaBridge contract.
type EnigmaBridgeWithdrawn struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeWithdrawn) ContractEventName() string {
	return EnigmaBridgeWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed token, uint256 amount)
func (enigmaBridge *EnigmaBridge) UnpackWithdrawnEvent(log *types.Log) (*EnigmaBridgeWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enigmaBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnigmaBridgeWithdrawn)
	if len(log.Data) > 0 {
		if err := enigmaBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enigmaBridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (enigmaBridge *EnigmaBridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["BadBatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackBadBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["BadTokenUpdate"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackBadTokenUpdateError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["BadValset"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackBadValsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["CallbackMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackCallbackMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["EscrowTokenNotAllowed"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackEscrowTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["FeeMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackFeeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["GasLimitTooHigh"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackGasLimitTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["GasPriceTooLow"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackGasPriceTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["InsufficientPower"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackInsufficientPowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["NotSuccessful"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackNotSuccessfulError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["OnlySelf"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackOnlySelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["OutsideBatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackOutsideBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["SignatureCountMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackSignatureCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["StaleNonce"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackStaleNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["TransferShortfall"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackTransferShortfallError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["ValsetMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackValsetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["ZeroGasLimit"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackZeroGasLimitError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EnigmaBridgeAlreadyClaimed represents a AlreadyClaimed error raised by the EnigmaBridge contract.
type EnigmaBridgeAlreadyClaimed struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(bytes32 taskId)
func EnigmaBridgeAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xc842648490cc51188535862204e42a629795f8186ccc73d6de558559a23ee12f")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackAlreadyClaimedError(raw []byte) (*EnigmaBridgeAlreadyClaimed, error) {
	out := new(EnigmaBridgeAlreadyClaimed)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeBadBatch represents a BadBatch error raised by the EnigmaBridge contract.
type EnigmaBridgeBadBatch struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBatch(string why)
func EnigmaBridgeBadBatchErrorID() common.Hash {
	return common.HexToHash("0x022b13bea80c5593c4c821f7a0dd3597d56e984c8b544e16a5bb21298096acf1")
}

// UnpackBadBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBatch(string why)
func (enigmaBridge *EnigmaBridge) UnpackBadBatchError(raw []byte) (*EnigmaBridgeBadBatch, error) {
	out := new(EnigmaBridgeBadBatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "BadBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeBadConfig represents a BadConfig error raised by the EnigmaBridge contract.
type EnigmaBridgeBadConfig struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig(string why)
func EnigmaBridgeBadConfigErrorID() common.Hash {
	return common.HexToHash("0x73f0bbc07ef4f6808d4c9cd4e62733b9c8ebc9c5ce76b2278fbd8c321c2b523a")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig(string why)
func (enigmaBridge *EnigmaBridge) UnpackBadConfigError(raw []byte) (*EnigmaBridgeBadConfig, error) {
	out := new(EnigmaBridgeBadConfig)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeBadTokenUpdate represents a BadTokenUpdate error raised by the EnigmaBridge contract.
type EnigmaBridgeBadTokenUpdate struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTokenUpdate(string why)
func EnigmaBridgeBadTokenUpdateErrorID() common.Hash {
	return common.HexToHash("0x48f35b45f09820239af75ab92836902ecac988a1d90462d58bcc834279592b7c")
}

// UnpackBadTokenUpdateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTokenUpdate(string why)
func (enigmaBridge *EnigmaBridge) UnpackBadTokenUpdateError(raw []byte) (*EnigmaBridgeBadTokenUpdate, error) {
	out := new(EnigmaBridgeBadTokenUpdate)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "BadTokenUpdate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeBadValset represents a BadValset error raised by the EnigmaBridge contract.
type EnigmaBridgeBadValset struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadValset(string why)
func EnigmaBridgeBadValsetErrorID() common.Hash {
	return common.HexToHash("0x4a923a39357b51a9d541554462d97fd11064e3991c3ba67a24a634c59e241893")
}

// UnpackBadValsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadValset(string why)
func (enigmaBridge *EnigmaBridge) UnpackBadValsetError(raw []byte) (*EnigmaBridgeBadValset, error) {
	out := new(EnigmaBridgeBadValset)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "BadValset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeCallbackMismatch represents a CallbackMismatch error raised by the EnigmaBridge contract.
type EnigmaBridgeCallbackMismatch struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackMismatch(bytes32 taskId)
func EnigmaBridgeCallbackMismatchErrorID() common.Hash {
	return common.HexToHash("0x106599d2f6b70cef0679d405c7bb2ed1daf27b2a6f62abf53f4b94dde99824fa")
}

// UnpackCallbackMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackMismatch(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCallbackMismatchError(raw []byte) (*EnigmaBridgeCallbackMismatch, error) {
	out := new(EnigmaBridgeCallbackMismatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "CallbackMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeEscrowTokenNotAllowed represents a EscrowTokenNotAllowed error raised by the EnigmaBridge contract.
type EnigmaBridgeEscrowTokenNotAllowed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowTokenNotAllowed(address token)
func EnigmaBridgeEscrowTokenNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xee66b9a58e0a62e66fb5e38b1dd9e4fb5fb38e66581d868fcc14b13c7508c257")
}

// UnpackEscrowTokenNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowTokenNotAllowed(address token)
func (enigmaBridge *EnigmaBridge) UnpackEscrowTokenNotAllowedError(raw []byte) (*EnigmaBridgeEscrowTokenNotAllowed, error) {
	out := new(EnigmaBridgeEscrowTokenNotAllowed)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "EscrowTokenNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeFeeMismatch represents a FeeMismatch error raised by the EnigmaBridge contract.
type EnigmaBridgeFeeMismatch struct {
	Paid *big.Int
	Owed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeMismatch(uint256 paid, uint256 owed)
func EnigmaBridgeFeeMismatchErrorID() common.Hash {
	return common.HexToHash("0xe1065931dd6f6c8e3d9368e314508b3c4bd24c8d21b94b92ef90145d559e1e5c")
}

// UnpackFeeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeMismatch(uint256 paid, uint256 owed)
func (enigmaBridge *EnigmaBridge) UnpackFeeMismatchError(raw []byte) (*EnigmaBridgeFeeMismatch, error) {
	out := new(EnigmaBridgeFeeMismatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "FeeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeGasLimitTooHigh represents a GasLimitTooHigh error raised by the EnigmaBridge contract.
type EnigmaBridgeGasLimitTooHigh struct {
	GasLimit   uint64
	MaxTaskGas uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitTooHigh(uint64 gasLimit, uint64 maxTaskGas)
func EnigmaBridgeGasLimitTooHighErrorID() common.Hash {
	return common.HexToHash("0xa2bb990ef27f39f7de714210b4834e2009804bd31812e04a5442d66f770db5ac")
}

// UnpackGasLimitTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitTooHigh(uint64 gasLimit, uint64 maxTaskGas)
func (enigmaBridge *EnigmaBridge) UnpackGasLimitTooHighError(raw []byte) (*EnigmaBridgeGasLimitTooHigh, error) {
	out := new(EnigmaBridgeGasLimitTooHigh)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "GasLimitTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeGasPriceTooLow represents a GasPriceTooLow error raised by the EnigmaBridge contract.
type EnigmaBridgeGasPriceTooLow struct {
	GasPrice    *big.Int
	MinGasPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasPriceTooLow(uint256 gasPrice, uint256 minGasPrice)
func EnigmaBridgeGasPriceTooLowErrorID() common.Hash {
	return common.HexToHash("0x30b5ddb64df5c17d08fb3284a7f77bf714ae8ae9ec15143f96b1e149c505d7dc")
}

// UnpackGasPriceTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasPriceTooLow(uint256 gasPrice, uint256 minGasPrice)
func (enigmaBridge *EnigmaBridge) UnpackGasPriceTooLowError(raw []byte) (*EnigmaBridgeGasPriceTooLow, error) {
	out := new(EnigmaBridgeGasPriceTooLow)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "GasPriceTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the EnigmaBridge contract.
type EnigmaBridgeInsufficientGasForCallback struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback(uint256 have, uint256 need)
func EnigmaBridgeInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x486594e4294b5c5cda5e4703b770d5a6063f94fe0fac7cf887908574a407e4b8")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback(uint256 have, uint256 need)
func (enigmaBridge *EnigmaBridge) UnpackInsufficientGasForCallbackError(raw []byte) (*EnigmaBridgeInsufficientGasForCallback, error) {
	out := new(EnigmaBridgeInsufficientGasForCallback)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeInsufficientPower represents a InsufficientPower error raised by the EnigmaBridge contract.
type EnigmaBridgeInsufficientPower struct {
	Signed *big.Int
	Total  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientPower(uint256 signed, uint256 total)
func EnigmaBridgeInsufficientPowerErrorID() common.Hash {
	return common.HexToHash("0x00bfb6abc91300e23f23fef9f8adbfb149cb9bb556ab8e6efed6c3856e12d198")
}

// UnpackInsufficientPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientPower(uint256 signed, uint256 total)
func (enigmaBridge *EnigmaBridge) UnpackInsufficientPowerError(raw []byte) (*EnigmaBridgeInsufficientPower, error) {
	out := new(EnigmaBridgeInsufficientPower)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "InsufficientPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeInvalidProof represents a InvalidProof error raised by the EnigmaBridge contract.
type EnigmaBridgeInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func EnigmaBridgeInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (enigmaBridge *EnigmaBridge) UnpackInvalidProofError(raw []byte) (*EnigmaBridgeInvalidProof, error) {
	out := new(EnigmaBridgeInvalidProof)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeInvalidSignature represents a InvalidSignature error raised by the EnigmaBridge contract.
type EnigmaBridgeInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func EnigmaBridgeInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (enigmaBridge *EnigmaBridge) UnpackInvalidSignatureError(raw []byte) (*EnigmaBridgeInvalidSignature, error) {
	out := new(EnigmaBridgeInvalidSignature)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeNotSuccessful represents a NotSuccessful error raised by the EnigmaBridge contract.
type EnigmaBridgeNotSuccessful struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSuccessful(bytes32 taskId)
func EnigmaBridgeNotSuccessfulErrorID() common.Hash {
	return common.HexToHash("0x03b9bb07fc735958db8081ba612877b9d3053d717eb66efae4ee2c14008232c4")
}

// UnpackNotSuccessfulError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSuccessful(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackNotSuccessfulError(raw []byte) (*EnigmaBridgeNotSuccessful, error) {
	out := new(EnigmaBridgeNotSuccessful)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "NotSuccessful", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeNothingToWithdraw represents a NothingToWithdraw error raised by the EnigmaBridge contract.
type EnigmaBridgeNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func EnigmaBridgeNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (enigmaBridge *EnigmaBridge) UnpackNothingToWithdrawError(raw []byte) (*EnigmaBridgeNothingToWithdraw, error) {
	out := new(EnigmaBridgeNothingToWithdraw)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeOnlySelf represents a OnlySelf error raised by the EnigmaBridge contract.
type EnigmaBridgeOnlySelf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySelf()
func EnigmaBridgeOnlySelfErrorID() common.Hash {
	return common.HexToHash("0x14d4a4e8a5140da60b7a280478fb427da973ca582a83cf5dbad8c5f2abee9ba4")
}

// UnpackOnlySelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySelf()
func (enigmaBridge *EnigmaBridge) UnpackOnlySelfError(raw []byte) (*EnigmaBridgeOnlySelf, error) {
	out := new(EnigmaBridgeOnlySelf)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "OnlySelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeOutsideBatch represents a OutsideBatch error raised by the EnigmaBridge contract.
type EnigmaBridgeOutsideBatch struct {
	Sequence uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideBatch(uint64 sequence)
func EnigmaBridgeOutsideBatchErrorID() common.Hash {
	return common.HexToHash("0x14deb49cff6b4a7ab0405f676fdf8eb6a982bf28c5524c6793e4c7d3a4a09b0e")
}

// UnpackOutsideBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideBatch(uint64 sequence)
func (enigmaBridge *EnigmaBridge) UnpackOutsideBatchError(raw []byte) (*EnigmaBridgeOutsideBatch, error) {
	out := new(EnigmaBridgeOutsideBatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "OutsideBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the EnigmaBridge contract.
type EnigmaBridgeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func EnigmaBridgeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (enigmaBridge *EnigmaBridge) UnpackReentrancyGuardReentrantCallError(raw []byte) (*EnigmaBridgeReentrancyGuardReentrantCall, error) {
	out := new(EnigmaBridgeReentrancyGuardReentrantCall)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the EnigmaBridge contract.
type EnigmaBridgeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func EnigmaBridgeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (enigmaBridge *EnigmaBridge) UnpackSafeERC20FailedOperationError(raw []byte) (*EnigmaBridgeSafeERC20FailedOperation, error) {
	out := new(EnigmaBridgeSafeERC20FailedOperation)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeSignatureCountMismatch represents a SignatureCountMismatch error raised by the EnigmaBridge contract.
type EnigmaBridgeSignatureCountMismatch struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureCountMismatch(uint256 got, uint256 want)
func EnigmaBridgeSignatureCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x0ad1c981b6e06f9ee5709234cd075cf16001a150211f2e31f2b89f639b246bc7")
}

// UnpackSignatureCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureCountMismatch(uint256 got, uint256 want)
func (enigmaBridge *EnigmaBridge) UnpackSignatureCountMismatchError(raw []byte) (*EnigmaBridgeSignatureCountMismatch, error) {
	out := new(EnigmaBridgeSignatureCountMismatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "SignatureCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeStaleNonce represents a StaleNonce error raised by the EnigmaBridge contract.
type EnigmaBridgeStaleNonce struct {
	Got  uint64
	Want uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleNonce(uint64 got, uint64 want)
func EnigmaBridgeStaleNonceErrorID() common.Hash {
	return common.HexToHash("0xaef79e28ffb5346feedf722506c2865b8a6f9fcfa1cba6c6e855c28094b831a9")
}

// UnpackStaleNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleNonce(uint64 got, uint64 want)
func (enigmaBridge *EnigmaBridge) UnpackStaleNonceError(raw []byte) (*EnigmaBridgeStaleNonce, error) {
	out := new(EnigmaBridgeStaleNonce)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "StaleNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeTransferFailed represents a TransferFailed error raised by the EnigmaBridge contract.
type EnigmaBridgeTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func EnigmaBridgeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (enigmaBridge *EnigmaBridge) UnpackTransferFailedError(raw []byte) (*EnigmaBridgeTransferFailed, error) {
	out := new(EnigmaBridgeTransferFailed)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeTransferShortfall represents a TransferShortfall error raised by the EnigmaBridge contract.
type EnigmaBridgeTransferShortfall struct {
	Token    common.Address
	Received *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferShortfall(address token, uint256 received, uint256 expected)
func EnigmaBridgeTransferShortfallErrorID() common.Hash {
	return common.HexToHash("0xe1f78324fec2d52db1c0fd6785a3b05eb25c4d07d4e662594854d0022e412a81")
}

// UnpackTransferShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferShortfall(address token, uint256 received, uint256 expected)
func (enigmaBridge *EnigmaBridge) UnpackTransferShortfallError(raw []byte) (*EnigmaBridgeTransferShortfall, error) {
	out := new(EnigmaBridgeTransferShortfall)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "TransferShortfall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeUnknownBatch represents a UnknownBatch error raised by the EnigmaBridge contract.
type EnigmaBridgeUnknownBatch struct {
	BatchNonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 batchNonce)
func EnigmaBridgeUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x29323ffff0d2ae0465a5a02be95b40fbdb0fc0656d05f820f3904c4580a7b0c1")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 batchNonce)
func (enigmaBridge *EnigmaBridge) UnpackUnknownBatchError(raw []byte) (*EnigmaBridgeUnknownBatch, error) {
	out := new(EnigmaBridgeUnknownBatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeValsetMismatch represents a ValsetMismatch error raised by the EnigmaBridge contract.
type EnigmaBridgeValsetMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValsetMismatch()
func EnigmaBridgeValsetMismatchErrorID() common.Hash {
	return common.HexToHash("0x3726c8541a192d641298990f53997a167a2a6ad32ef7d2fe974b85cccba1e448")
}

// UnpackValsetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValsetMismatch()
func (enigmaBridge *EnigmaBridge) UnpackValsetMismatchError(raw []byte) (*EnigmaBridgeValsetMismatch, error) {
	out := new(EnigmaBridgeValsetMismatch)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "ValsetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnigmaBridgeZeroGasLimit represents a ZeroGasLimit error raised by the EnigmaBridge contract.
type EnigmaBridgeZeroGasLimit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGasLimit()
func EnigmaBridgeZeroGasLimitErrorID() common.Hash {
	return common.HexToHash("0x3e267f95a9cad48e95d1e0b7e929093d87698b797ab545d7ff84ca63ed229349")
}

// UnpackZeroGasLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGasLimit()
func (enigmaBridge *EnigmaBridge) UnpackZeroGasLimitError(raw []byte) (*EnigmaBridgeZeroGasLimit, error) {
	out := new(EnigmaBridgeZeroGasLimit)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "ZeroGasLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}
