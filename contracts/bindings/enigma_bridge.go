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
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"contractIERC20\",\"name\":\"feeToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"callbackGas_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maxTaskGas_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minFeeTokenGasPrice_\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"escrowTokens\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadTokenUpdate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadValset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"CallbackMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"EscrowTokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxTaskGas\",\"type\":\"uint64\"}],\"name\":\"GasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"}],\"name\":\"GasPriceTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NotSuccessful\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"OutsideBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"SignatureCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"TransferShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGasLimit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"DeploymentRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"tokenListNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bool[]\",\"name\":\"allowed\",\"type\":\"bool[]\"}],\"name\":\"EscrowTokensUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"RefundClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"TaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"TokenTaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_DATA\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SUCCESS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKENS_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WITHDRAW_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"batchCommitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callbackHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"checkpointOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.BatchRef\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"deploymentTaskId\",\"type\":\"bytes32\"}],\"name\":\"contractAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createDeploymentRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"createPayableTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Permit\",\"name\":\"permit\",\"type\":\"tuple\"}],\"name\":\"createTaskRecordWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.TaskRequest[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"createTaskRecords\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"taskIds\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deliverCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"escrowTokenAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.BatchRef\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"executeCallback\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"}],\"name\":\"executorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTaskGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minFeeTokenGasPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"receiptLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"taskIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenListNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"allowed\",\"type\":\"bool[]\"}],\"internalType\":\"structEnigmaBridge.TokenUpdate\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"tokenUpdateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"tokens\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"allowed\",\"type\":\"bool[]\"}],\"internalType\":\"structEnigmaBridge.TokenUpdate\",\"name\":\"u\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateEscrowTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"next\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"withdrawDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawNonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"withdrawWithSignature\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EnigmaBridge",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161520138038061520183398101604081905261002f91610659565b61003988886102c2565b856001600160a01b03163b5f03610098576040516301cfc2ef60e61b815260206004820152601f60248201527f7468652066656520746f6b656e206973206e6f74206120636f6e74726163740060448201526064015b60405180910390fd5b8415806100a7575062e4e1c085115b156100e4576040516301cfc2ef60e61b815260206004820152600c60248201526b63616c6c6261636b2067617360a01b604482015260640161008f565b836001600160401b03165f0361012c576040516301cfc2ef60e61b815260206004820152600c60248201526b6d6178207461736b2067617360a01b604482015260640161008f565b821580610137575081155b15610175576040516301cfc2ef60e61b815260206004820152600d60248201526c6d696e2067617320707269636560981b604482015260640161008f565b6001600160a01b03861660805260a08590526001600160401b03841660c05260e08390526101008290526040516101ae602082016104d4565b601f1982820381018352601f90910116604052805160209190910120610120525f5b81518110156102a6578181815181106101eb576101eb610726565b60200260200101516001600160a01b03163b5f03610256576040516301cfc2ef60e61b815260206004820152602160248201527f616e20657363726f7720746f6b656e206973206e6f74206120636f6e747261636044820152601d60fa1b606482015260840161008f565b600160035f84848151811061026d5761026d610726565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff19169115159190911790556001016101d0565b506102b288885f610479565b5f555061080c9650505050505050565b815115806102d1575060c88251115b1561030857604051634a923a3960e01b815260040161008f9060208082526004908201526373697a6560e01b604082015260600190565b805182511461034b57604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b604482015260640161008f565b5f5f5b835181101561047357816001600160a01b031684828151811061037357610373610726565b60200260200101516001600160a01b0316116103ed57604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b606482015260840161008f565b8281815181106103ff576103ff610726565b60200260200101516001600160401b03165f0361044c57604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b604482015260640161008f565b83818151811061045e5761045e610726565b6020026020010151915080600101905061034e565b50505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f46308487876040516020016104b59695949392919061077d565b6040516020818303038152906040528051906020012090509392505050565b61025c80614fa583390190565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561051d5761051d6104e1565b604052919050565b5f6001600160401b0382111561053d5761053d6104e1565b5060051b60200190565b6001600160a01b038116811461055b575f5ffd5b50565b5f82601f83011261056d575f5ffd5b815161058061057b82610525565b6104f5565b8082825260208201915060208360051b8601019250858311156105a1575f5ffd5b602085015b838110156105c75780516105b981610547565b8352602092830192016105a6565b5095945050505050565b80516001600160401b03811681146105e7575f5ffd5b919050565b5f82601f8301126105fb575f5ffd5b815161060961057b82610525565b8082825260208201915060208360051b86010192508583111561062a575f5ffd5b602085015b838110156105c757610640816105d1565b83526020928301920161062f565b80516105e781610547565b5f5f5f5f5f5f5f5f610100898b031215610671575f5ffd5b88516001600160401b03811115610686575f5ffd5b6106928b828c0161055e565b60208b015190995090506001600160401b038111156106af575f5ffd5b6106bb8b828c016105ec565b9750506106ca60408a0161064e565b60608a015190965094506106e060808a016105d1565b60a08a015160c08b015160e08c015192965090945092506001600160401b0381111561070a575f5ffd5b6107168b828c0161055e565b9150509295985092959890939650565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156107735781516001600160401b031686526020958601959091019060010161074c565b5093949350505050565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156107ea5783516001600160a01b03168352602093840193909201916001016107c3565b505083810360a08501526107fe818661073a565b9a9950505050505050505050565b60805160a05160c05160e05161010051610120516146fe6108a75f395f6117b801525f818161079d0152611b7e01525f818161089b01528181610ce701528181611c3a015261262d01525f818161037b015281816126ad015261270401525f8181610719015281816115480152818161157201526115e001525f818161056f01528181611ba901528181611bd40152611c0301526146fe5ff3fe608060405260043610610269575f3560e01c8063714897df1161014a578063ad55c8f1116100be578063d96ed50511610078578063d96ed5051461088a578063e14d4072146108bd578063e1e7047a146108dc578063f5aa42bb1461090a578063fa09988314610935578063fb7294ed14610954575f5ffd5b8063ad55c8f114610779578063afc510b61461078c578063b3d79230146107bf578063bea9216d146107de578063c19d93fb146107f3578063d88f063c1461086b575f5ffd5b80638855e0921161010f5780638855e092146106a55780639be06fba146106ca5780639ed8846b146106e9578063a10132ad14610708578063a1706ba01461073b578063a9c5aab61461075a575f5ffd5b8063714897df146105f95780637a0f6e811461060d5780637acacfc61461062c5780637d2f819d1461065b578063848676a214610686575f5ffd5b80634aaa8e4b116101e157806359350292116101a657806359350292146104ae578063637cd7f014610528578063647846a51461055e5780636b71fd69146105915780636d9809a0146105c45780636dce4ab0146105da575f5ffd5b80634aaa8e4b146103f55780634f6feb351461042857806351cff8d91461043d578063566b8ec81461045c57806357e5abb31461047b575f5ffd5b806320c4f7741161023257806320c4f774146102f857806325d87aca1461031757806328091f971461034a57806331b272461461036a578063409abd79146103b5578063424e3a90146103d6575f5ffd5b8062839a731461026d57806306110a7614610293578063113331cf146102a757806315075beb146102c65780631a413184146102e5575b5f5ffd5b61028061027b36600461360c565b610973565b6040519081526020015b60405180910390f35b34801561029e575f5ffd5b506102805f5481565b3480156102b2575f5ffd5b506102806102c136600461366c565b610a14565b3480156102d1575f5ffd5b506102806102e03660046136ad565b610aca565b6102806102f33660046136e1565b610b76565b348015610303575f5ffd5b50610280610312366004613757565b610c1f565b348015610322575f5ffd5b506102807f1a940ee5c69710a026031578af93b66479482145ca8444abb2ffb80f89e59f6681565b61035d6103583660046137a5565b610c54565b60405161028a9190613814565b348015610375575f5ffd5b5061039d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161028a565b3480156103c0575f5ffd5b506103d46103cf366004613856565b610e19565b005b3480156103e1575f5ffd5b506103d46103f0366004613920565b610efe565b348015610400575f5ffd5b506102807fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d81565b348015610433575f5ffd5b5061028061400081565b348015610448575f5ffd5b506103d4610457366004613996565b611186565b348015610467575f5ffd5b506102806104763660046139af565b611193565b348015610486575f5ffd5b506102807f7abbc03b4f7d4a3a368fb8ca57cc781ca6d92dbf3fc4756be862fd4220b21f0181565b3480156104b9575f5ffd5b506105106104c83660046139d7565b60405171656e69676d612f636f6e74726163742f763160701b6020820152603281018290525f9060520160408051601f19818403018152919052805160209091012092915050565b6040516001600160a01b03909116815260200161028a565b348015610533575f5ffd5b506102806105423660046139ee565b600660209081525f928352604080842090915290825290205481565b348015610569575f5ffd5b506105107f000000000000000000000000000000000000000000000000000000000000000081565b34801561059c575f5ffd5b506102807f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f81565b3480156105cf575f5ffd5b5061028062e4e1c081565b3480156105e5575f5ffd5b506103d46105f43660046139ee565b6111c5565b348015610604575f5ffd5b5061028060c881565b348015610618575f5ffd5b506103d4610627366004613a16565b6111e4565b348015610637575f5ffd5b5061064b610646366004613a71565b6112e7565b604051901515815260200161028a565b348015610666575f5ffd5b50610280610675366004613b28565b60046020525f908152604090205481565b348015610691575f5ffd5b506105106106a0366004613996565b611777565b3480156106b0575f5ffd5b506106b85f81565b60405160ff909116815260200161028a565b3480156106d5575f5ffd5b506102806106e4366004613b41565b6117fa565b3480156106f4575f5ffd5b50610280610703366004613b72565b61185c565b348015610713575f5ffd5b506102807f000000000000000000000000000000000000000000000000000000000000000081565b348015610746575f5ffd5b506103d4610755366004613bcc565b61186e565b348015610765575f5ffd5b50610280610774366004613c5a565b611b75565b610280610787366004613cc0565b611c29565b348015610797575f5ffd5b506102807f000000000000000000000000000000000000000000000000000000000000000081565b3480156107ca575f5ffd5b506102806107d9366004613b41565b611d1b565b3480156107e9575f5ffd5b5061028061ea6081565b3480156107fe575f5ffd5b5060408051608080820183526001546001600160401b03808216808552600160401b830482166020808701829052600160801b85048416878901819052600160c01b909504909316606096870181905287519283529282015294850191909152918301919091520161028a565b348015610876575f5ffd5b5060025461039d906001600160401b031681565b348015610895575f5ffd5b506102807f000000000000000000000000000000000000000000000000000000000000000081565b3480156108c8575f5ffd5b506103d46108d7366004613bcc565b611dad565b3480156108e7575f5ffd5b5061064b6108f6366004613996565b60036020525f908152604090205460ff1681565b348015610915575f5ffd5b50610280610924366004613996565b60056020525f908152604090205481565b348015610940575f5ffd5b5061028061094f366004613d28565b612089565b34801561095f575f5ffd5b506103d461096e366004613d79565b612110565b5f61097e8383612625565b6109883387611193565b60018054919250339183917f5d17b963f8d1101b5760e4b6249655d1b7bfef661be9b1246788e66fdbed14a3915f906109c9906001600160401b0316613dc1565b91906101000a8154816001600160401b0302191690836001600160401b0316021790558989898989604051610a0396959493929190613deb565b60405180910390a395945050505050565b5f7fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d4630610a456020860186613b28565b6020860135610a5a6060880160408901613b28565b610a6a6080890160608a01613b28565b610a7760808a018a613e2f565b610a8460a08c018c613e2f565b610a9160c08e018e613e2f565b604051602001610aad9d9c9b9a99989796959493929190613eba565b604051602081830303815290604052805190602001209050919050565b5f610ad86020840184613b28565b8360200135610ae68461185c565b610af66060870160408801613f7d565b610b066080880160608901613b28565b604080516001600160401b03968716602082015290810194909452606084019290925260ff16608083810191909152921660a0828101919091529185013560c08201529084013560e0820152610100015b6040516020818303038152906040528051906020012090505b92915050565b5f610b818383612625565b610b8b3387611193565b60018054919250339183917f0d72c1251bd9ad7451483ac5d8783789be71a6a9887c1a691c8d4474b4e76303915f90610bcc906001600160401b0316613dc1565b82546001600160401b039182166101009390930a838102908302199091161790925560408051918252602082018c905281018a905260608101899052908716608082015260a0810186905260c001610a03565b5f838383604051602001610c3593929190613fc5565b6040516020818303038152906040528051906020012090509392505050565b6001546060906001600160401b03908116905f908490811115610c7957610c79613ff2565b604051908082528060200260200182016040528015610ca2578160200160208202803683370190505b5092505f5b84811015610dc25736868683818110610cc257610cc2614006565b905060a002019050610d0b816060016020810190610ce09190613b28565b82608001357f0000000000000000000000000000000000000000000000000000000000000000612681565b610d15908461401a565b92505f610d23338335611193565b905080868481518110610d3857610d38614006565b602090810291909101015233817f5d17b963f8d1101b5760e4b6249655d1b7bfef661be9b1246788e66fdbed14a3610d6f88613dc1565b9750878535610d846040880160208901613996565b6040880135610d9960808a0160608b01613b28565b8960800135604051610db096959493929190613deb565b60405180910390a35050600101610ca7565b50803414610df15760405163e106593160e01b8152346004820152602481018290526044015b60405180910390fd5b506001805467ffffffffffffffff19166001600160401b039290921691909117905592915050565b333014610e395760405163029a949d60e31b815260040160405180910390fd5b5f6001600160a01b038316610e4f575080610e69565b8115610e6957610e696001600160a01b0384168884612777565b610e7284611777565b6001600160a01b0316631cff79cd8289898988888b604051602001610e9b95949392919061402d565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401610ec7929190614066565b5f604051808303818588803b158015610ede575f5ffd5b505af1158015610ef0573d5f5f3e3d5ffd5b505050505050505050505050565b610f066127ac565b610f1385858585856127e3565b5f60ff610f236020870187613b28565b6001600160401b0316610f3691906140be565b90505f60ff610f486020880188613b28565b6001600160401b0316610f5b91906140d1565b5f83815260076020526040902054600190911b915080821615610fb45760208701803590610f899089613b28565b6040516387cde76160e01b815260048101929092526001600160401b03166024820152604401610de8565b5f838152600760205260408120828417600160ff1b17905560808088013590610fe2908a0160608b01613b28565b6001600160401b0316610ffb60808a0160608b01613b28565b6001600160401b031661100e91906140e4565b61101891906140f7565b90505f8061102c60608b0160408c01613f7d565b60ff1614158061103e57506080890135155b1561104a575060c08701355b61105a60c0890160a08a01613996565b6001600160a01b031661107360608a0160408b01613996565b6001600160a01b0316036110b5576110b061109160208a018a613996565b6110a160608b0160408c01613996565b6110ab848661401a565b6129cf565b611101565b6110db6110c560208a018a613996565b6110d560608b0160408c01613996565b846129cf565b6111016110eb60208a018a613996565b6110fb60c08b0160a08c01613996565b836129cf565b61110e6020890189613996565b6001600160a01b031660208a018035907f551609b1cabd480b565e81b9f373ee104bc322138ccfa6e4999193989457810f9061114a908d613b28565b604080516001600160401b03909216825260208201879052810185905260600160405180910390a3505050505061117f612a9e565b5050505050565b61119081336111c5565b50565b6040805146602082015230918101919091526001600160a01b0383166060820152608081018290525f9060a001610b57565b6111cd6127ac565b6111d8338383612ac8565b6111e0612a9e565b5050565b6111ec6127ac565b8142111561121057604051637c06dd7560e11b815260048101839052602401610de8565b6001600160a01b0385165f90815260056020526040812054908061125661123a898989878a612089565b6112476020870187613f7d565b86602001358760400135612b95565b5090925090505f81600381111561126f5761126f61410e565b14158061128e5750876001600160a01b0316826001600160a01b031614155b156112ae57604051630a57f30960e31b81525f6004820152602401610de8565b6112b983600161401a565b6001600160a01b0389165f908152600560205260409020556112dc888888612ac8565b50505061117f612a9e565b5f6112f06127ac565b6112fd89898989896127e3565b5f61130e60608a0160408b01613f7d565b60ff1614611335576040516303b9bb0760e01b815260208901356004820152602401610de8565b611340848484610c1f565b88608001351461136957604051630832cce960e11b815260208901356004820152602401610de8565b60085f61137960208b018b613b28565b6001600160401b0316815260208101919091526040015f205460ff16156113ab5760208801803590610f89908a613b28565b600160085f6113bd60208c018c613b28565b6001600160401b0316815260208101919091526040015f20805460ff19169115159190911790556140008211156114cf5760c08701351561146b5760c087013560065f61140d60208b018b613996565b6001600160a01b0316815260208101919091526040015f9081209061143860c08b0160a08c01613996565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611465919061401a565b90915550505b6001600160a01b038416602089018035907f0b262f95dcc42094df109e2aa03e1876d6344e5a5b7b20a2f7425c323eba3ed1906114a8908c613b28565b604080516001600160401b0390921682525f60208301520160405180910390a3505f611763565b6114e26106a06040890160208a01613996565b6001600160a01b03163b5f0361153d576115116115056040890160208a01613996565b6001600160a01b031690565b60405161151d906135ce565b8190604051809103905ff590508015801561153a573d5f5f3e3d5ffd5b50505b5f61ea6061156c603f7f00000000000000000000000000000000000000000000000000000000000000006140be565b611596907f000000000000000000000000000000000000000000000000000000000000000061401a565b6115a0919061401a565b9050805a10156115cf575a604051631219653960e21b8152600481019190915260248101829052604401610de8565b306001600160a01b031663409abd797f00000000000000000000000000000000000000000000000000000000000000008787878d60200160208101906116159190613996565b8e60a00160208101906116289190613996565b8f60c001356040518863ffffffff1660e01b815260040161164e96959493929190614122565b5f604051808303815f88803b158015611665575f5ffd5b5087f193505050508015611677575060015b6116fd5760c0880135156116f85760c088013560065f61169a60208c018c613996565b6001600160a01b0316815260208101919091526040015f908120906116c560c08c0160a08d01613996565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546116f2919061401a565b90915550505b611702565b600191505b6001600160a01b03851660208a018035907f0b262f95dcc42094df109e2aa03e1876d6344e5a5b7b20a2f7425c323eba3ed19061173f908d613b28565b604080516001600160401b03909216825286151560208301520160405180910390a3505b61176b612a9e565b98975050505050505050565b604080516001600160f81b03196020808301919091526bffffffffffffffffffffffff193060601b1660218301526001600160a01b039390931660358201527f0000000000000000000000000000000000000000000000000000000000000000605580830191909152825180830390910181526075909101909152805191012090565b5f7f7abbc03b4f7d4a3a368fb8ca57cc781ca6d92dbf3fc4756be862fd4220b21f01463061182b6020860186613b28565b6118386020870187613e2f565b6118456040890189613e2f565b604051602001610aad9897969594939291906141af565b5f81604051602001610aad919061420d565b600254611885906001600160401b031660016142a8565b6001600160401b031661189b6020860186613b28565b6001600160401b0316146118f9576118b66020850185613b28565b6002546118cd906001600160401b031660016142a8565b6040516315def3c560e31b81526001600160401b03928316600482015291166024820152604401610de8565b6119066040850185613e2f565b90506119156020860186613e2f565b905014611956576040516348f35b4560e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b6044820152606401610de8565b61195f83612c5d565b61197383838361196e886117fa565b612c8a565b6119806020850185613b28565b6002805467ffffffffffffffff19166001600160401b03929092169190911790555f5b6119b06020860186613e2f565b9050811015611b05576119c66040860186613e2f565b828181106119d6576119d6614006565b90506020020160208101906119eb91906142c7565b8015611a3057506119ff6020860186613e2f565b82818110611a0f57611a0f614006565b9050602002016020810190611a249190613996565b6001600160a01b03163b155b15611a6f576040516348f35b4560e01b815260206004820152600e60248201526d1b9bdd08184818dbdb9d1c9858dd60921b6044820152606401610de8565b611a7c6040860186613e2f565b82818110611a8c57611a8c614006565b9050602002016020810190611aa191906142c7565b60035f611ab16020890189613e2f565b85818110611ac157611ac1614006565b9050602002016020810190611ad69190613996565b6001600160a01b0316815260208101919091526040015f20805460ff19169115159190911790556001016119a3565b50611b136020850185613b28565b6001600160401b03167f8e14caad7a46aa7c498119f69f6a3d3be5b84d0da8f57f6adf5216af31a7bef8611b4a6020870187613e2f565b611b576040890189613e2f565b604051611b6794939291906142e0565b60405180910390a250505050565b5f5f611ba285857f0000000000000000000000000000000000000000000000000000000000000000612681565b9050611bcf7f00000000000000000000000000000000000000000000000000000000000000008285612ea9565b611bf97f000000000000000000000000000000000000000000000000000000000000000082612f57565b61176b88888888887f00000000000000000000000000000000000000000000000000000000000000005f5f613085565b5f611c326127ac565b5f611c5e86867f0000000000000000000000000000000000000000000000000000000000000000612681565b90506001600160a01b038416611c7f57611c78838261401a565b9050611ccc565b6001600160a01b0384165f9081526003602052604090205460ff16611cc25760405163ee66b9a560e01b81526001600160a01b0385166004820152602401610de8565b611ccc8484612f57565b803414611cf55760405163e106593160e01b815234600482015260248101829052604401610de8565b611d0589898989895f8a8a613085565b915050611d10612a9e565b979650505050505050565b5f610b70611d298380613e2f565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611d67925050506020850185613e2f565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611da8925050506060860160408701613b28565b61317a565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811683850152600160c01b90910416606080830182905291929091611e0691908801908801613b28565b6001600160401b031611611e3457611e246060860160408701613b28565b60608201516118cd9060016142a8565b611eb5611e418680613e2f565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611e7f925050506020880188613e2f565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506131b692505050565b611ebe84612c5d565b5f611f4b611ecc8780613e2f565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611f0a925050506020890189613e2f565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611da89250505060608a0160408b01613b28565b9050611f5985858584612c8a565b5f819055611f6d6060870160408801613b28565b6001600160401b0316606080840191909152611f8e90870160408801613b28565b6001600160401b03167f8697e903d222438c713266ebb9f337ef8965f61d381d07ef5ddf1229706c9411835f018051611fc690613dc1565b6001600160401b031690819052611fdd8980613e2f565b611fea60208c018c613e2f565b604051611ffb959493929190614306565b60405180910390a250805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166fffffffffffffffffffffffffffffffff928216600160401b026fffffffffffffffffffffffffffffffff19909416919095161791909117169190911791909117905550505050565b604080517f1a940ee5c69710a026031578af93b66479482145ca8444abb2ffb80f89e59f6660208083019190915246828401523060608301526001600160a01b03978816608083015295871660a08201529390951660c084015260e08301919091526101008083019190915283518083039091018152610120909101909252815191012090565b60408051608081018252600180546001600160401b038082168452600160401b8204811660208501819052600160801b8304821695850195909552600160c01b9091041660608301529091612164916142a8565b6001600160401b031661217a6020870187613b28565b6001600160401b0316146121a5576121956020860186613b28565b60208201516118cd9060016142a8565b60408101516121b59060016142a8565b6001600160401b03166121ce6060870160408801613b28565b6001600160401b031614158061221357506121ef6060860160408701613b28565b6001600160401b03166122086080870160608801613b28565b6001600160401b0316105b156122705760405163011589df60e11b815260206004820152602660248201527f73657175656e636573206d75737420636f6e74696e756520746865206c617374604482015265040c4c2e8c6d60d31b6064820152608401610de8565b61227d60a0860186613e2f565b905061228c6080870187613e2f565b90501415806122b757506122a360c0860186613e2f565b90506122b26080870187613e2f565b905014155b156123055760405163011589df60e11b815260206004820152601b60248201527f666565206172726179732064696666657220696e206c656e67746800000000006044820152606401610de8565b61230e84612c5d565b61231d84848461196e89610a14565b60208501356123326060870160408801613b28565b6123426080880160608901613b28565b6040805160208101949094526001600160401b03928316908401521660608201526080016040516020818303038152906040528051906020012060045f875f0160208101906123919190613b28565b6001600160401b03166001600160401b031681526020019081526020015f20819055505f5b6123c36080870187613e2f565b90508110156124af576123d960c0870187613e2f565b828181106123e9576123e9614006565b9050602002013560065f8880608001906124039190613e2f565b8581811061241357612413614006565b90506020020160208101906124289190613996565b6001600160a01b0316815260208101919091526040015f9081209061245060a08a018a613e2f565b8581811061246057612460614006565b90506020020160208101906124759190613996565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546124a2919061401a565b90915550506001016123b6565b505f60ff6124c36080880160608901613b28565b6001600160401b03166124d691906140be565b90505f60ff6124eb6060890160408a01613b28565b6001600160401b03166124fe91906140be565b90505b818111612541575f818152600760205260408120549003612531575f818152600760205260409020600160ff1b90555b61253a81614375565b9050612501565b5061254f6020870187613b28565b6001600160401b0316602083015261256d6080870160608801613b28565b6001600160401b031660408301526125886020870187613b28565b6001600160401b03167f06d7dc711960e1df69843a4ea1b9f4dc9f1fee1bf528943e9af030a91550751e835f0180516125c090613dc1565b6001600160401b03169081905260208901356125e260608b0160408c01613b28565b6125f260808c0160608d01613b28565b604080516001600160401b0395861681526020810194909452918416918301919091529091166060820152608001611ffb565b5f61265183837f0000000000000000000000000000000000000000000000000000000000000000612681565b905080341461267c5760405163e106593160e01b815234600482015260248101829052604401610de8565b505050565b5f836001600160401b03165f036126ab57604051633e267f9560e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316846001600160401b031611156127315760405163515dcc8760e11b81526001600160401b0380861660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610de8565b8183101561275c5760405163185aeedb60e11b81526004810184905260248101839052604401610de8565b61276f836001600160401b0386166140f7565b949350505050565b6127848383836001613367565b61267c57604051635274afe760e01b81526001600160a01b0384166004820152602401610de8565b6127b46133c9565b6127e160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613409565b565b5f6004816127f46020890189613b28565b6001600160401b0316815260208101919091526040015f2054905080612846576128216020870187613b28565b6040516329323fff60e01b81526001600160401b039091166004820152602401610de8565b6128566040870160208801613b28565b6001600160401b031661286c6020870187613b28565b6001600160401b031610806128ad575061288c6060870160408801613b28565b6001600160401b03166128a26020870187613b28565b6001600160401b0316115b156128e4576128bf6020860186613b28565b604051630537ad2760e21b81526001600160401b039091166004820152602401610de8565b5f6128f984846128f48989610aca565b613410565b9050818161290d60408a0160208b01613b28565b61291d60608b0160408c01613b28565b6040805160208101949094526001600160401b03928316908401521660608201526080016040516020818303038152906040528051906020012014612975576040516309bde33960e01b815260040160405180910390fd5b6129856080860160608701613b28565b6001600160401b031661299e6080880160608901613b28565b6001600160401b031611156129c6576040516309bde33960e01b815260040160405180910390fd5b50505050505050565b805f036129db57505050565b5f6001600160a01b038316612a40576040516001600160a01b0385169083905f81818185875af1925050503d805f8114612a30576040519150601f19603f3d011682016040523d82523d5f602084013e612a35565b606091505b505080915050612a57565b612a546001600160a01b0384168584613451565b90505b80612a98576001600160a01b038085165f90815260066020908152604080832093871683529290529081208054849290612a9290849061401a565b90915550505b50505050565b6127e15f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006127db565b6001600160a01b038084165f90815260066020908152604080832093861683529290529081205490819003612b1057604051630686827b60e51b815260040160405180910390fd5b6001600160a01b038085165f908152600660209081526040808320938716835292905290812055612b4282848361345e565b826001600160a01b0316846001600160a01b03167fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb83604051612b8791815260200190565b60405180910390a350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612bce57505f91506003905082612c53565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612c1f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612c4a57505f925060019150829050612c53565b92505f91508190505b9450945094915050565b5f54612c6c611d298380613e2f565b1461119057604051630dc9b21560e21b815260040160405180910390fd5b5f612c958580613e2f565b915050828114612cc257604051630ad1c98160e01b81526004810184905260248101829052604401610de8565b5f5f5b82811015612d1c57612cda6020880188613e2f565b82818110612cea57612cea614006565b9050602002016020810190612cff9190613b28565b612d12906001600160401b03168361401a565b9150600101612cc5565b505f5f5b83811015612e865736878783818110612d3b57612d3b614006565b606002919091019150612d5390506020820182613f7d565b60ff165f03612d625750612e7e565b5f80612d8488612d756020860186613f7d565b85602001358660400135612b95565b5090925090505f816003811115612d9d57612d9d61410e565b141580612dea5750612daf8b80613e2f565b85818110612dbf57612dbf614006565b9050602002016020810190612dd49190613996565b6001600160a01b0316826001600160a01b031614155b15612e0b57604051630a57f30960e31b815260048101859052602401610de8565b612e1860208c018c613e2f565b85818110612e2857612e28614006565b9050602002016020810190612e3d9190613b28565b612e50906001600160401b03168661401a565b9450612e5d8660026140f7565b612e688660036140f7565b1115612e7a5750505050505050612a98565b5050505b600101612d20565b5060405162bfb6ab60e01b81526004810182905260248101839052604401610de8565b6001600160a01b03831663d505accf3330858535612ecd6040880160208901613f7d565b604080516001600160e01b031960e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff16608483015284013560a4820152606084013560c482015260e4015f604051808303815f87803b158015612f3c575f5ffd5b505af1925050508015612f4d575060015b1561267c57505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015612f9b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fbf919061438d565b9050612fd66001600160a01b0384163330856134fc565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa15801561301c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613040919061438d565b61304a91906140e4565b9050828114612a985760405163387de0c960e21b81526001600160a01b03851660048201526024810182905260448101849052606401610de8565b5f613090338a611193565b60018054919250339183917ffd1703c369725bf88e57f8c979f04c3df5c4077ce01b0127d196ccb02503b76a915f906130d1906001600160401b0316613dc1565b91906101000a8154816001600160401b0302191690836001600160401b0316021790558c8c8c8c8c8c8c8c604051613166999897969594939291906001600160401b03998a16815260208101989098526001600160a01b039687166040890152606088019590955292909616608086015260a085015293821660c0840152921660e08201526101008101919091526101200190565b60405180910390a398975050505050505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f4630848787604051602001610c35969594939291906143dd565b815115806131c5575060c88251115b156131fc57604051634a923a3960e01b8152600401610de89060208082526004908201526373697a6560e01b604082015260600190565b805182511461323f57604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b6044820152606401610de8565b5f5f5b8351811015612a9857816001600160a01b031684828151811061326757613267614006565b60200260200101516001600160a01b0316116132e157604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b6064820152608401610de8565b8281815181106132f3576132f3614006565b60200260200101516001600160401b03165f0361334057604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b6044820152606401610de8565b83818151811061335257613352614006565b60200260200101519150806001019050613242565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166133bd5783831516156133b1573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156127e157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f81815b848110156134485761343e8287878481811061343257613432614006565b90506020020135613532565b9150600101613414565b50949350505050565b5f61276f8484845f613367565b805f0361346a57505050565b6001600160a01b0382166134e8575f836001600160a01b0316826040515f6040518083038185875af1925050503d805f81146134c1576040519150601f19603f3d011682016040523d82523d5f602084013e6134c6565b606091505b5050905080612a98576040516312171d8360e31b815260040160405180910390fd5b61267c6001600160a01b0383168483612777565b61350a848484846001613561565b612a9857604051635274afe760e01b81526001600160a01b0385166004820152602401610de8565b5f81831061354c575f82815260208490526040902061355a565b5f8381526020839052604090205b9392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166135bd5783831516156135b1573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b61025c8061446d83390190565b80356001600160a01b03811681146135f1575f5ffd5b919050565b80356001600160401b03811681146135f1575f5ffd5b5f5f5f5f5f60a08688031215613620575f5ffd5b85359450613630602087016135db565b935060408601359250613645606087016135f6565b949793965091946080013592915050565b5f60e08284031215613666575f5ffd5b50919050565b5f6020828403121561367c575f5ffd5b81356001600160401b03811115613691575f5ffd5b61276f84828501613656565b5f60c08284031215613666575f5ffd5b5f5f6101a083850312156136bf575f5ffd5b6136c9848461369d565b91506136d88460c08501613656565b90509250929050565b5f5f5f5f5f60a086880312156136f5575f5ffd5b853594506020860135935060408601359250613645606087016135f6565b5f5f83601f840112613723575f5ffd5b5081356001600160401b03811115613739575f5ffd5b602083019150836020828501011115613750575f5ffd5b9250929050565b5f5f5f60408486031215613769575f5ffd5b613772846135db565b925060208401356001600160401b0381111561378c575f5ffd5b61379886828701613713565b9497909650939450505050565b5f5f602083850312156137b6575f5ffd5b82356001600160401b038111156137cb575f5ffd5b8301601f810185136137db575f5ffd5b80356001600160401b038111156137f0575f5ffd5b85602060a083028401011115613804575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b8181101561384b57835183526020938401939092019160010161382d565b509095945050505050565b5f5f5f5f5f5f60a0878903121561386b575f5ffd5b613874876135db565b955060208701356001600160401b0381111561388e575f5ffd5b61389a89828a01613713565b90965094506138ad9050604088016135db565b92506138bb606088016135db565b95989497509295919493608090920135925050565b5f60608284031215613666575f5ffd5b5f5f83601f8401126138f0575f5ffd5b5081356001600160401b03811115613906575f5ffd5b6020830191508360208260051b8501011115613750575f5ffd5b5f5f5f5f5f6102208688031215613935575f5ffd5b61393f87876138d0565b945061394e876060880161369d565b935061395e876101208801613656565b92506102008601356001600160401b03811115613979575f5ffd5b613985888289016138e0565b969995985093965092949392505050565b5f602082840312156139a6575f5ffd5b61355a826135db565b5f5f604083850312156139c0575f5ffd5b6139c9836135db565b946020939093013593505050565b5f602082840312156139e7575f5ffd5b5035919050565b5f5f604083850312156139ff575f5ffd5b613a08836135db565b91506136d8602084016135db565b5f5f5f5f5f60e08688031215613a2a575f5ffd5b613a33866135db565b9450613a41602087016135db565b9350613a4f604087016135db565b925060608601359150613a6587608088016138d0565b90509295509295909350565b5f5f5f5f5f5f5f5f610260898b031215613a89575f5ffd5b613a938a8a6138d0565b9750613aa28a60608b0161369d565b9650613ab28a6101208b01613656565b95506102008901356001600160401b03811115613acd575f5ffd5b613ad98b828c016138e0565b9096509450613aed90506102208a016135db565b92506102408901356001600160401b03811115613b08575f5ffd5b613b148b828c01613713565b999c989b5096995094979396929594505050565b5f60208284031215613b38575f5ffd5b61355a826135f6565b5f60208284031215613b51575f5ffd5b81356001600160401b03811115613b66575f5ffd5b61276f848285016138d0565b5f60e08284031215613b82575f5ffd5b61355a8383613656565b5f5f83601f840112613b9c575f5ffd5b5081356001600160401b03811115613bb2575f5ffd5b602083019150836020606083028501011115613750575f5ffd5b5f5f5f5f60608587031215613bdf575f5ffd5b84356001600160401b03811115613bf4575f5ffd5b613c00878288016138d0565b94505060208501356001600160401b03811115613c1b575f5ffd5b613c27878288016138d0565b93505060408501356001600160401b03811115613c42575f5ffd5b613c4e87828801613b8c565b95989497509550505050565b5f5f5f5f5f5f868803610120811215613c71575f5ffd5b87359650613c81602089016135db565b955060408801359450613c96606089016135f6565b93506080888101359350609f1982011215613caf575f5ffd5b5060a0870190509295509295509295565b5f5f5f5f5f5f5f60e0888a031215613cd6575f5ffd5b87359650613ce6602089016135db565b955060408801359450613cfb606089016135f6565b935060808801359250613d1060a089016135db565b96999598509396929591949193505060c09091013590565b5f5f5f5f5f60a08688031215613d3c575f5ffd5b613d45866135db565b9450613d53602087016135db565b9350613d61604087016135db565b94979396509394606081013594506080013592915050565b5f5f5f5f60608587031215613d8c575f5ffd5b84356001600160401b03811115613da1575f5ffd5b613c0087828801613656565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b038103613de257613de2613dad565b60010192915050565b6001600160401b03968716815260208101959095526001600160a01b039390931660408501526060840191909152909216608082015260a081019190915260c00190565b5f5f8335601e19843603018112613e44575f5ffd5b8301803591506001600160401b03821115613e5d575f5ffd5b6020019150600581901b3603821315613750575f5ffd5b8183526020830192505f815f5b84811015613eb0576001600160a01b03613e9a836135db565b1686526020958601959190910190600101613e81565b5093949350505050565b8d81528c602082015260018060a01b038c1660408201526001600160401b038b1660608201528960808201526001600160401b03891660a08201526001600160401b03881660c082015261014060e08201525f613f1c6101408301888a613e74565b828103610100840152613f30818789613e74565b83810361012085015284815290505f6001600160fb1b03851115613f52575f5ffd5b8460051b8087602085013760208184010191505080925050509e9d5050505050505050505050505050565b5f60208284031215613f8d575f5ffd5b813560ff8116811461355a575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f90613fe99083018486613f9d565b95945050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820180821115610b7057610b70613dad565b848682376bffffffffffffffffffffffff19606094851b811695909101948552601485019290925290911b166034820152604801919050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826140cc576140cc6140aa565b500490565b5f826140df576140df6140aa565b500690565b81810381811115610b7057610b70613dad565b8082028115828204841417610b7057610b70613dad565b634e487b7160e01b5f52602160045260245ffd5b6001600160a01b038716815260a0602082018190525f906141469083018789613f9d565b6001600160a01b03958616604084015293909416606082015260800152949350505050565b803580151581146135f1575f5ffd5b8183526020830192505f815f5b84811015613eb0576141988261416b565b151586526020958601959190910190600101614187565b88815287602082015260018060a01b03871660408201526001600160401b038616606082015260c060808201525f6141eb60c083018688613e74565b82810360a08401526141fe81858761417a565b9b9a5050505050505050505050565b60e081016001600160a01b03614222846135db565b1682526001600160a01b03614239602085016135db565b1660208301526001600160a01b03614253604085016135db565b1660408301526001600160401b0361426d606085016135f6565b166060830152608083810135908301526001600160a01b0361429160a085016135db565b1660a083015260c092830135929091019190915290565b6001600160401b038181168382160190811115610b7057610b70613dad565b5f602082840312156142d7575f5ffd5b61355a8261416b565b604081525f6142f3604083018688613e74565b8281036020840152611d1081858761417a565b6001600160401b0386168152606060208201525f614328606083018688613e74565b828103604084015283815284906020015f5b85811015614368576001600160401b03614353846135f6565b1682526020928301929091019060010161433a565b5098975050505050505050565b5f6001820161438657614386613dad565b5060010190565b5f6020828403121561439d575f5ffd5b5051919050565b5f8151808452602084019350602083015f5b82811015613eb05781516001600160401b03168652602095860195909101906001016143b6565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b8181101561444a5783516001600160a01b0316835260209384019390920191600101614423565b505083810360a085015261445e81866143a4565b9a995050505050505050505056fe60a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea26469706673582212202247e16d7c00fa357eab4f190d90a44f951f172e92319e8af48b22ef8d5e503564736f6c63430008250033a2646970667358221220de21c20da2b0116403728c42ceb8ef7e50163c5f448dfeec0c71fe10b8bac22164736f6c6343000825003360a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea26469706673582212202247e16d7c00fa357eab4f190d90a44f951f172e92319e8af48b22ef8d5e503564736f6c63430008250033",
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
// Solidity: constructor(address[] validators, uint64[] powers, address feeToken_, uint256 callbackGas_, uint64 maxTaskGas_, uint256 minGasPrice_, uint256 minFeeTokenGasPrice_, address[] escrowTokens) returns()
func (enigmaBridge *EnigmaBridge) PackConstructor(validators []common.Address, powers []uint64, feeToken_ common.Address, callbackGas_ *big.Int, maxTaskGas_ uint64, minGasPrice_ *big.Int, minFeeTokenGasPrice_ *big.Int, escrowTokens []common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("", validators, powers, feeToken_, callbackGas_, maxTaskGas_, minGasPrice_, minFeeTokenGasPrice_, escrowTokens)
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

// PackMAXCALLBACKDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6feb35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_DATA() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackMAXCALLBACKDATA() []byte {
	enc, err := enigmaBridge.abi.Pack("MAX_CALLBACK_DATA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6feb35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_DATA() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackMAXCALLBACKDATA() ([]byte, error) {
	return enigmaBridge.abi.Pack("MAX_CALLBACK_DATA")
}

// UnpackMAXCALLBACKDATA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f6feb35.
//
// Solidity: function MAX_CALLBACK_DATA() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackMAXCALLBACKDATA(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("MAX_CALLBACK_DATA", data)
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

// PackWITHDRAWDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d87aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WITHDRAW_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackWITHDRAWDOMAIN() []byte {
	enc, err := enigmaBridge.abi.Pack("WITHDRAW_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWITHDRAWDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d87aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WITHDRAW_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackWITHDRAWDOMAIN() ([]byte, error) {
	return enigmaBridge.abi.Pack("WITHDRAW_DOMAIN")
}

// UnpackWITHDRAWDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25d87aca.
//
// Solidity: function WITHDRAW_DOMAIN() view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackWITHDRAWDOMAIN(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("WITHDRAW_DOMAIN", data)
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

// PackMinFeeTokenGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafc510b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minFeeTokenGasPrice() view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackMinFeeTokenGasPrice() []byte {
	enc, err := enigmaBridge.abi.Pack("minFeeTokenGasPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinFeeTokenGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafc510b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minFeeTokenGasPrice() view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackMinFeeTokenGasPrice() ([]byte, error) {
	return enigmaBridge.abi.Pack("minFeeTokenGasPrice")
}

// UnpackMinFeeTokenGasPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafc510b6.
//
// Solidity: function minFeeTokenGasPrice() view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackMinFeeTokenGasPrice(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("minFeeTokenGasPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackWithdrawDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa099883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawDigest(address account, address token, address to, uint256 nonce, uint256 deadline) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackWithdrawDigest(account common.Address, token common.Address, to common.Address, nonce *big.Int, deadline *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("withdrawDigest", account, token, to, nonce, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa099883.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawDigest(address account, address token, address to, uint256 nonce, uint256 deadline) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackWithdrawDigest(account common.Address, token common.Address, to common.Address, nonce *big.Int, deadline *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("withdrawDigest", account, token, to, nonce, deadline)
}

// UnpackWithdrawDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa099883.
//
// Solidity: function withdrawDigest(address account, address token, address to, uint256 nonce, uint256 deadline) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackWithdrawDigest(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("withdrawDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5aa42bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawNonces(address account) view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackWithdrawNonces(account common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("withdrawNonces", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5aa42bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawNonces(address account) view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackWithdrawNonces(account common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("withdrawNonces", account)
}

// UnpackWithdrawNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5aa42bb.
//
// Solidity: function withdrawNonces(address account) view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackWithdrawNonces(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("withdrawNonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackWithdrawWithSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a0f6e81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawWithSignature(address account, address token, address to, uint256 deadline, (uint8,bytes32,bytes32) sig) returns()
func (enigmaBridge *EnigmaBridge) PackWithdrawWithSignature(account common.Address, token common.Address, to common.Address, deadline *big.Int, sig EnigmaBridgeSig) []byte {
	enc, err := enigmaBridge.abi.Pack("withdrawWithSignature", account, token, to, deadline, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawWithSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a0f6e81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawWithSignature(address account, address token, address to, uint256 deadline, (uint8,bytes32,bytes32) sig) returns()
func (enigmaBridge *EnigmaBridge) TryPackWithdrawWithSignature(account common.Address, token common.Address, to common.Address, deadline *big.Int, sig EnigmaBridgeSig) ([]byte, error) {
	return enigmaBridge.abi.Pack("withdrawWithSignature", account, token, to, deadline, sig)
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
	TaskId   [32]byte
	Target   common.Address
	Sequence uint64
	Ok       bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeCallbackExecutedEventName = "CallbackExecuted"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeCallbackExecuted) ContractEventName() string {
	return EnigmaBridgeCallbackExecutedEventName
}

// UnpackCallbackExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackExecuted(bytes32 indexed taskId, address indexed target, uint64 sequence, bool ok)
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
	TaskId   [32]byte
	Sender   common.Address
	Sequence uint64
	Fee      *big.Int
	Escrow   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnigmaBridgeRefundClaimedEventName = "RefundClaimed"

// ContractEventName returns the user-defined event name.
func (EnigmaBridgeRefundClaimed) ContractEventName() string {
	return EnigmaBridgeRefundClaimedEventName
}

// UnpackRefundClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundClaimed(bytes32 indexed taskId, address indexed sender, uint64 sequence, uint256 fee, uint256 escrow)
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
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackExpiredError(raw[4:])
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
	TaskId   [32]byte
	Sequence uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(bytes32 taskId, uint64 sequence)
func EnigmaBridgeAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x87cde76133722f7e147a3ae917618616726e4f6eb8c091c063fd93af1fd787ef")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(bytes32 taskId, uint64 sequence)
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

// EnigmaBridgeExpired represents a Expired error raised by the EnigmaBridge contract.
type EnigmaBridgeExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(uint256 deadline)
func EnigmaBridgeExpiredErrorID() common.Hash {
	return common.HexToHash("0xf80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe9")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(uint256 deadline)
func (enigmaBridge *EnigmaBridge) UnpackExpiredError(raw []byte) (*EnigmaBridgeExpired, error) {
	out := new(EnigmaBridgeExpired)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
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
