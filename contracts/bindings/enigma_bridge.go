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
	SecretContract common.Address
	InputsHash     [32]byte
	GasLimit       uint64
	GasPrice       *big.Int
}

// EnigmaBridgeValset is an auto generated low-level Go binding around an user-defined struct.
type EnigmaBridgeValset struct {
	Validators []common.Address
	Powers     []uint64
	Nonce      uint64
}

// EnigmaBridgeMetaData contains all meta data concerning the EnigmaBridge contract.
var EnigmaBridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"contractIERC20\",\"name\":\"feeToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"callbackGas_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadValset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"CallbackMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"EscrowShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NotSuccessful\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"SignatureCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGasLimit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"DeploymentRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"RefundClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"TaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SUCCESS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackExecutor\",\"outputs\":[{\"internalType\":\"contractCallbackExecutor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callbackHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"checkpointOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"deploymentTaskId\",\"type\":\"bytes32\"}],\"name\":\"contractAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createDeploymentRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"createPayableTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Permit\",\"name\":\"permit\",\"type\":\"tuple\"}],\"name\":\"createTaskRecordWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.TaskRequest[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"createTaskRecords\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"taskIds\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deliverCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"executeCallback\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"nextTaskId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"receiptLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"senderNonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"next\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EnigmaBridge",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051613df7380380613df783398101604081905261002e916103c6565b6100388484610093565b6001600160a01b03821660805260a0819052604051610056906102ae565b604051809103905ff08015801561006f573d5f5f3e3d5ffd5b506001600160a01b031660c05261008784845f610253565b5f555061058892505050565b815115806100a2575060c88251115b156100e257604051634a923a3960e01b81526004016100d99060208082526004908201526373697a6560e01b604082015260600190565b60405180910390fd5b805182511461012557604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b60448201526064016100d9565b5f5f5b835181101561024d57816001600160a01b031684828151811061014d5761014d6104a2565b60200260200101516001600160a01b0316116101c757604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b60648201526084016100d9565b8281815181106101d9576101d96104a2565b60200260200101516001600160401b03165f0361022657604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b60448201526064016100d9565b838181518110610238576102386104a2565b60200260200101519150806001019050610128565b50505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f463084878760405160200161028f969594939291906104f9565b6040516020818303038152906040528051906020012090509392505050565b61025c80613b9b83390190565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156102f7576102f76102bb565b604052919050565b5f6001600160401b03821115610317576103176102bb565b5060051b60200190565b6001600160a01b0381168114610335575f5ffd5b50565b5f82601f830112610347575f5ffd5b815161035a610355826102ff565b6102cf565b8082825260208201915060208360051b86010192508583111561037b575f5ffd5b602085015b838110156103ac5780516001600160401b038116811461039e575f5ffd5b835260209283019201610380565b5095945050505050565b80516103c181610321565b919050565b5f5f5f5f608085870312156103d9575f5ffd5b84516001600160401b038111156103ee575f5ffd5b8501601f810187136103fe575f5ffd5b805161040c610355826102ff565b8082825260208201915060208360051b85010192508983111561042d575f5ffd5b6020840193505b8284101561045857835161044781610321565b825260209384019390910190610434565b6020890151909750925050506001600160401b03811115610477575f5ffd5b61048387828801610338565b935050610492604086016103b6565b6060959095015193969295505050565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156104ef5781516001600160401b03168652602095860195909101906001016104c8565b5093949350505050565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156105665783516001600160a01b031683526020938401939092019160010161053f565b505083810360a085015261057a81866104b6565b9a9950505050505050505050565b60805160a05160c0516135b86105e35f395f81816104420152610cae01525f81816105000152818161160a0152818161163401526116a201525f81816103fc0152818161183601528181611869015261189b01526135b85ff3fe6080604052600436106101d0575f3560e01c80636aed4fc4116100fd578063bc444d7711610092578063e14d407211610062578063e14d407214610638578063e6f121cc14610657578063f3b26eac14610686578063fb7294ed146106a5575f5ffd5b8063bc444d771461056c578063bea9216d1461058b578063c19d93fb146105a0578063d3177ff414610618575f5ffd5b80639ed8846b116100cd5780639ed8846b146104d0578063a10132ad146104ef578063b3d7923014610522578063b93a974f14610541575f5ffd5b80636aed4fc4146104315780636b71fd6914610464578063714897df146104975780638855e092146104ab575f5ffd5b8063409abd79116101735780635935029211610143578063593502921461033b578063637cd7f0146103b5578063647846a5146103eb578063669d27d21461041e575f5ffd5b8063409abd79146102b75780634aaa8e4b146102d657806351ac27191461030957806351cff8d91461031c575f5ffd5b80631c235419116101ae5780631c2354191461023957806320c4f7741461025a578063295710ff146102795780634095c3b2146102a4575f5ffd5b806306110a76146101d4578063113331cf146101fb57806315075beb1461021a575b5f5ffd5b3480156101df575f5ffd5b506101e85f5481565b6040519081526020015b60405180910390f35b348015610206575f5ffd5b506101e86102153660046128e6565b6106c4565b348015610225575f5ffd5b506101e861023436600461292f565b61077a565b348015610244575f5ffd5b506102586102533660046129c5565b610826565b005b348015610265575f5ffd5b506101e8610274366004612a8c565b610a82565b348015610284575f5ffd5b506101e8610293366004612ada565b60026020525f908152604090205481565b6101e86102b2366004612af3565b610ab7565b3480156102c2575f5ffd5b506102586102d1366004612b50565b610c5c565b3480156102e1575f5ffd5b506101e87fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d81565b6101e8610317366004612bca565b610d55565b348015610327575f5ffd5b50610258610336366004612ada565b610dd6565b348015610346575f5ffd5b5061039d610355366004612c04565b60405171656e69676d612f636f6e74726163742f763160701b6020820152603281018290525f9060520160408051601f19818403018152919052805160209091012092915050565b6040516001600160a01b0390911681526020016101f2565b3480156103c0575f5ffd5b506101e86103cf366004612c1b565b600460209081525f928352604080842090915290825290205481565b3480156103f6575f5ffd5b5061039d7f000000000000000000000000000000000000000000000000000000000000000081565b6101e861042c366004612c43565b610e9c565b34801561043c575f5ffd5b5061039d7f000000000000000000000000000000000000000000000000000000000000000081565b34801561046f575f5ffd5b506101e87f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f81565b3480156104a2575f5ffd5b506101e860c881565b3480156104b6575f5ffd5b506104be5f81565b60405160ff90911681526020016101f2565b3480156104db575f5ffd5b506101e86104ea366004612c74565b610ec0565b3480156104fa575f5ffd5b506101e87f000000000000000000000000000000000000000000000000000000000000000081565b34801561052d575f5ffd5b506101e861053c366004612c9e565b610ed2565b34801561054c575f5ffd5b506101e861055b366004612ccf565b60036020525f908152604090205481565b348015610577575f5ffd5b506101e8610586366004612ada565b610f64565b348015610596575f5ffd5b506101e861ea6081565b3480156105ab575f5ffd5b5060408051608080820183526001546001600160401b03808216808552600160401b830482166020808701829052600160801b85048416878901819052600160c01b90950490931660609687018190528751928352928201529485019190915291830191909152016101f2565b61062b610626366004612ce8565b610f87565b6040516101f29190612d57565b348015610643575f5ffd5b50610258610652366004612dd9565b6111fc565b348015610662575f5ffd5b50610676610671366004612e67565b6114f2565b60405190151581526020016101f2565b348015610691575f5ffd5b506101e86106a0366004612f1c565b611823565b3480156106b0575f5ffd5b506102586106bf366004612f7b565b6118cc565b5f7fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d46306106f56020860186612ccf565b602086013561070a6060880160408901612ccf565b61071a6080890160608a01612ccf565b61072760808a018a612faf565b61073460a08c018c612faf565b61074160c08e018e612faf565b60405160200161075d9d9c9b9a9998979695949392919061303a565b604051602081830303815290604052805190602001209050919050565b5f6107886020840184612ccf565b836020013561079684610ec0565b6107a660608701604088016130fd565b6107b66080880160608901612ccf565b604080516001600160401b03968716602082015290810194909452606084019290925260ff16608083810191909152921660a0828101919091529185013560c08201529084013560e0820152610100015b6040516020818303038152906040528051906020012090505b92915050565b61082e611d88565b61083b8585858585611dbf565b5f60ff61084b6020870187612ccf565b6001600160401b031661085e9190613145565b90505f60ff6108706020880188612ccf565b6001600160401b03166108839190613158565b5f83815260056020526040902054600190911b9150808216156108c457604051633210992160e21b8152602088013560048201526024015b60405180910390fd5b5f838152600560205260408120828417600160ff1b179055608080880135906108f2908a0160608b01612ccf565b6001600160401b031661090b60808a0160608b01612ccf565b6001600160401b031661091e919061316b565b610928919061317e565b90505f8061093c60608b0160408c016130fd565b60ff1614158061094e57506080890135155b1561095a575060c08701355b61096a60c0890160a08a01612ada565b6001600160a01b031661098360608a0160408b01612ada565b6001600160a01b0316036109c5576109c06109a160208a018a612ada565b6109b160608b0160408c01612ada565b6109bb8486613195565b611e8b565b610a11565b6109eb6109d560208a018a612ada565b6109e560608b0160408c01612ada565b84611e8b565b610a116109fb60208a018a612ada565b610a0b60c08b0160a08c01612ada565b83611e8b565b610a1e6020890189612ada565b6001600160a01b031689602001357f8e5e2dffc038ddecd3f82e841b3c9467cd6437847dff33496a539c274004e1978484604051610a66929190918252602082015260400190565b60405180910390a35050505050610a7b611f34565b5050505050565b5f838383604051602001610a98939291906131d0565b6040516020818303038152906040528051906020012090509392505050565b5f610ac0611d88565b5f610acb8686611f5e565b90506001600160a01b038416610aec57610ae58382613195565b9050610c0e565b6040516370a0823160e01b81523060048201525f906001600160a01b038616906370a0823190602401602060405180830381865afa158015610b30573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b5491906131f4565b9050610b6b6001600160a01b038616333087611fa2565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038816906370a0823190602401602060405180830381865afa158015610bb1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bd591906131f4565b610bdf919061316b565b9050848114610c0b57604051630303b1b160e61b815260048101829052602481018690526044016108bb565b50505b803414610c375760405163e106593160e01b8152346004820152602481018290526044016108bb565b610c4733898989895f8a8a611fd8565b915050610c52611f34565b9695505050505050565b333014610c7c5760405163029a949d60e31b815260040160405180910390fd5b5f6001600160a01b038316610c92575080610cac565b8115610cac57610cac6001600160a01b0384168884612048565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631cff79cd8289898989604051602001610cf29392919061320b565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401610d1e929190613231565b5f604051808303818588803b158015610d35575f5ffd5b505af1158015610d47573d5f5f3e3d5ffd5b505050505050505050505050565b5f610d60838361207d565b5f610d6a336120b3565b604080516001600160401b038084168252602082018b90529181018990529087166060820152608081018690529193509150339083907f7a752d6ec2e9463a82c614b9023b1c90185e21fc159be9f71a6d23d0333692539060a00160405180910390a350949350505050565b610dde611d88565b335f9081526004602090815260408083206001600160a01b038516845290915281205490819003610e2257604051630686827b60e51b815260040160405180910390fd5b335f8181526004602090815260408083206001600160a01b0387168452909152812055610e50908383611e8b565b6040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a350610e99611f34565b50565b5f610ea7838361207d565b610eb733868686865f5f5f611fd8565b95945050505050565b5f8160405160200161075d9190613275565b5f610820610ee08380612faf565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610f1e925050506020850185612faf565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610f5f925050506060860160408701612ccf565b612143565b6001600160a01b0381165f9081526002602052604081205461082090839061217f565b604080516080810182526001546001600160401b038082168352600160401b82048116602080850191909152600160801b8304821684860152600160c01b9092048116606084810191909152335f90815260029093529382205491908590811115610ff457610ff4613310565b60405190808252806020026020018201604052801561101d578160200160208202803683370190505b5093505f5b8581101561113d573687878381811061103d5761103d613324565b905060800201905061106581604001602081019061105b9190612ccf565b8260600135611f5e565b61106f9084613195565b92505f611085336110808588613195565b61217f565b90508087848151811061109a5761109a613324565b602002602001018181525050336001600160a01b0316817fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460885f0180516110e090613338565b6001600160401b0316908190526110fa6020870187612ada565b602087013561110f6060890160408a01612ccf565b88606001355f5f5f60405161112b989796959493929190613362565b60405180910390a35050600101611022565b508034146111675760405163e106593160e01b8152346004820152602481018290526044016108bb565b6111718583613195565b335f908152600260209081526040918290209290925584516001805493870151928701516060909701516001600160401b03908116600160c01b026001600160c01b03988216600160801b02989098166001600160801b03948216600160401b026001600160801b031990961691909316179390931791909116179390931790925550909392505050565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811683850152600160c01b9091041660608083018290529192909161125591908801908801612ccf565b6001600160401b0316116112af576112736060860160408701612ccf565b60608201516112839060016133b7565b6040516315def3c560e31b81526001600160401b039283166004820152911660248201526044016108bb565b6113306112bc8680612faf565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506112fa925050506020880188612faf565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506121c392505050565b61133984612374565b5f6113c66113478780612faf565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611385925050506020890189612faf565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610f5f9250505060608a0160408b01612ccf565b90506113d4858585846123a1565b5f8190556113e86060870160408801612ccf565b6001600160401b031660608084019190915261140990870160408801612ccf565b6001600160401b03167f8697e903d222438c713266ebb9f337ef8965f61d381d07ef5ddf1229706c9411835f01805161144190613338565b6001600160401b0316908190526114588980612faf565b61146560208c018c612faf565b6040516114769594939291906133d6565b60405180910390a250805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166001600160801b03928216600160401b026001600160801b0319909416919095161791909117169190911791909117905550505050565b5f6114fb611d88565b6115088989898989611dbf565b5f61151960608a0160408b016130fd565b60ff1614611540576040516303b9bb0760e01b8152602089013560048201526024016108bb565b61154b848484610a82565b88608001351461157457604051630832cce960e11b8152602089013560048201526024016108bb565b60065f61158460208b018b612ccf565b6001600160401b0316815260208101919091526040015f205460ff16156115c457604051633210992160e21b8152602089013560048201526024016108bb565b600160065f6115d660208c018c612ccf565b6001600160401b0316815260208101919091526040015f908120805460ff19169215159290921790915561ea6061162e603f7f0000000000000000000000000000000000000000000000000000000000000000613145565b611658907f0000000000000000000000000000000000000000000000000000000000000000613195565b6116629190613195565b9050805a1015611691575a604051631219653960e21b81526004810191909152602481018290526044016108bb565b306001600160a01b031663409abd797f00000000000000000000000000000000000000000000000000000000000000008787878d60200160208101906116d79190612ada565b8e60a00160208101906116ea9190612ada565b8f60c001356040518863ffffffff1660e01b815260040161171096959493929190613445565b5f604051808303815f88803b158015611727575f5ffd5b5087f193505050508015611739575060015b6117bf5760c0880135156117ba5760c088013560045f61175c60208c018c612ada565b6001600160a01b0316815260208101919091526040015f9081209061178760c08c0160a08d01612ada565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546117b49190613195565b90915550505b6117c4565b600191505b846001600160a01b031689602001357f06ea621f9e9dfc6ec090cd40918256ea3ccfd600305a9b5c5f54eba8e92c777c84604051611806911515815260200190565b60405180910390a350611817611f34565b98975050505050505050565b5f5f61182f8585611f5e565b905061185c7f000000000000000000000000000000000000000000000000000000000000000082856125c0565b6118916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084611fa2565b6118c133888888887f00000000000000000000000000000000000000000000000000000000000000005f5f611fd8565b979650505050505050565b60408051608081018252600180546001600160401b038082168452600160401b8204811660208501819052600160801b8304821695850195909552600160c01b9091041660608301529091611920916133b7565b6001600160401b03166119366020870187612ccf565b6001600160401b031614611961576119516020860186612ccf565b60208201516112839060016133b7565b60408101516119719060016133b7565b6001600160401b031661198a6060870160408801612ccf565b6001600160401b03161415806119cf57506119ab6060860160408701612ccf565b6001600160401b03166119c46080870160608801612ccf565b6001600160401b0316105b15611a2c5760405163011589df60e11b815260206004820152602660248201527f73657175656e636573206d75737420636f6e74696e756520746865206c617374604482015265040c4c2e8c6d60d31b60648201526084016108bb565b611a3960a0860186612faf565b9050611a486080870187612faf565b9050141580611a735750611a5f60c0860186612faf565b9050611a6e6080870187612faf565b905014155b15611ac15760405163011589df60e11b815260206004820152601b60248201527f666565206172726179732064696666657220696e206c656e677468000000000060448201526064016108bb565b611aca84612374565b611ade848484611ad9896106c4565b6123a1565b602085018035906003905f90611af49089612ccf565b6001600160401b03166001600160401b031681526020019081526020015f20819055505f5b611b266080870187612faf565b9050811015611c1257611b3c60c0870187612faf565b82818110611b4c57611b4c613324565b9050602002013560045f888060800190611b669190612faf565b85818110611b7657611b76613324565b9050602002016020810190611b8b9190612ada565b6001600160a01b0316815260208101919091526040015f90812090611bb360a08a018a612faf565b85818110611bc357611bc3613324565b9050602002016020810190611bd89190612ada565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611c059190613195565b9091555050600101611b19565b505f60ff611c266080880160608901612ccf565b6001600160401b0316611c399190613145565b90505f60ff611c4e6060890160408a01612ccf565b6001600160401b0316611c619190613145565b90505b818111611ca4575f818152600560205260408120549003611c94575f818152600560205260409020600160ff1b90555b611c9d8161348e565b9050611c64565b50611cb26020870187612ccf565b6001600160401b03166020830152611cd06080870160608801612ccf565b6001600160401b03166040830152611ceb6020870187612ccf565b6001600160401b03167f06d7dc711960e1df69843a4ea1b9f4dc9f1fee1bf528943e9af030a91550751e835f018051611d2390613338565b6001600160401b0316908190526020890135611d4560608b0160408c01612ccf565b611d5560808c0160608d01612ccf565b604080516001600160401b0395861681526020810194909452918416918301919091529091166060820152608001611476565b611d9061266e565b611dbd60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906126ae565b565b6001600160401b0385165f9081526003602052604090205480611e00576040516329323fff60e01b81526001600160401b03871660048201526024016108bb565b611e15838383611e10898961077a565b6126b5565b611e32576040516309bde33960e01b815260040160405180910390fd5b611e426080850160608601612ccf565b6001600160401b0316611e5b6080870160608801612ccf565b6001600160401b03161115611e83576040516309bde33960e01b815260040160405180910390fd5b505050505050565b805f03611e9757505050565b6001600160a01b038216611f1b575f836001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611eee576040519150601f19603f3d011682016040523d82523d5f602084013e611ef3565b606091505b5050905080611f15576040516312171d8360e31b815260040160405180910390fd5b50505050565b611f2f6001600160a01b0383168483612048565b505050565b611dbd5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611db7565b5f826001600160401b03165f03611f8857604051633e267f9560e01b815260040160405180910390fd5b611f9b826001600160401b03851661317e565b9392505050565b611fb08484848460016126cc565b611f1557604051635274afe760e01b81526001600160a01b03851660048201526024016108bb565b5f5f611fe38a6120b3565b8092508193505050896001600160a01b0316827fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460838c8c8c8c8c8c8c604051612033989796959493929190613362565b60405180910390a35098975050505050505050565b6120558383836001612739565b611f2f57604051635274afe760e01b81526001600160a01b03841660048201526024016108bb565b5f6120888383611f5e565b9050803414611f2f5760405163e106593160e01b8152346004820152602481018290526044016108bb565b6001600160a01b0381165f9081526002602052604081205481906120d8816001613195565b6001600160a01b0385165f908152600260205260408120919091556001805490919061210c906001600160401b0316613338565b91906101000a8154816001600160401b0302191690836001600160401b031602179055915061213b848261217f565b925050915091565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f4630848787604051602001610a98969594939291906134df565b604080514660208201526bffffffffffffffffffffffff1930606090811b8216938301939093529184901b9091166054820152606881018290525f90608801610807565b815115806121d2575060c88251115b1561220957604051634a923a3960e01b81526004016108bb9060208082526004908201526373697a6560e01b604082015260600190565b805182511461224c57604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b60448201526064016108bb565b5f5f5b8351811015611f1557816001600160a01b031684828151811061227457612274613324565b60200260200101516001600160a01b0316116122ee57604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b60648201526084016108bb565b82818151811061230057612300613324565b60200260200101516001600160401b03165f0361234d57604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b60448201526064016108bb565b83818151811061235f5761235f613324565b6020026020010151915080600101905061224f565b5f54612383610ee08380612faf565b14610e9957604051630dc9b21560e21b815260040160405180910390fd5b5f6123ac8580612faf565b9150508281146123d957604051630ad1c98160e01b815260048101849052602481018290526044016108bb565b5f5f5b82811015612433576123f16020880188612faf565b8281811061240157612401613324565b90506020020160208101906124169190612ccf565b612429906001600160401b031683613195565b91506001016123dc565b505f5f5b8381101561259d573687878381811061245257612452613324565b60600291909101915061246a905060208201826130fd565b60ff165f036124795750612595565b5f8061249b8861248c60208601866130fd565b8560200135866040013561279b565b5090925090505f8160038111156124b4576124b461356e565b14158061250157506124c68b80612faf565b858181106124d6576124d6613324565b90506020020160208101906124eb9190612ada565b6001600160a01b0316826001600160a01b031614155b1561252257604051630a57f30960e31b8152600481018590526024016108bb565b61252f60208c018c612faf565b8581811061253f5761253f613324565b90506020020160208101906125549190612ccf565b612567906001600160401b031686613195565b945061257486600261317e565b61257f86600361317e565b11156125915750505050505050611f15565b5050505b600101612437565b5060405162bfb6ab60e01b815260048101829052602481018390526044016108bb565b6001600160a01b03831663d505accf33308585356125e460408801602089016130fd565b604080516001600160e01b031960e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff16608483015284013560a4820152606084013560c482015260e4015f604051808303815f87803b158015612653575f5ffd5b505af1925050508015612664575060015b15611f2f57505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611dbd57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f826126c2868685612863565b1495945050505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661272857838315161561271c573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661278f578383151615612783573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156127d457505f91506003905082612859565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612825573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661285057505f925060019150829050612859565b92505f91508190505b9450945094915050565b5f81815b8481101561289b576128918287878481811061288557612885613324565b905060200201356128a4565b9150600101612867565b50949350505050565b5f8183106128be575f828152602084905260409020611f9b565b5f838152602083905260409020611f9b565b5f60e082840312156128e0575f5ffd5b50919050565b5f602082840312156128f6575f5ffd5b81356001600160401b0381111561290b575f5ffd5b612917848285016128d0565b949350505050565b5f60c082840312156128e0575f5ffd5b5f5f6101a08385031215612941575f5ffd5b61294b848461291f565b915061295a8460c085016128d0565b90509250929050565b80356001600160401b0381168114612979575f5ffd5b919050565b5f5f83601f84011261298e575f5ffd5b5081356001600160401b038111156129a4575f5ffd5b6020830191508360208260051b85010111156129be575f5ffd5b9250929050565b5f5f5f5f5f6101e086880312156129da575f5ffd5b6129e386612963565b94506129f2876020880161291f565b9350612a018760e088016128d0565b92506101c08601356001600160401b03811115612a1c575f5ffd5b612a288882890161297e565b969995985093965092949392505050565b80356001600160a01b0381168114612979575f5ffd5b5f5f83601f840112612a5f575f5ffd5b5081356001600160401b03811115612a75575f5ffd5b6020830191508360208285010111156129be575f5ffd5b5f5f5f60408486031215612a9e575f5ffd5b612aa784612a39565b925060208401356001600160401b03811115612ac1575f5ffd5b612acd86828701612a4f565b9497909650939450505050565b5f60208284031215612aea575f5ffd5b611f9b82612a39565b5f5f5f5f5f5f60c08789031215612b08575f5ffd5b612b1187612a39565b955060208701359450612b2660408801612963565b935060608701359250612b3b60808801612a39565b9598949750929591949360a090920135925050565b5f5f5f5f5f5f60a08789031215612b65575f5ffd5b612b6e87612a39565b955060208701356001600160401b03811115612b88575f5ffd5b612b9489828a01612a4f565b9096509450612ba7905060408801612a39565b9250612bb560608801612a39565b95989497509295919493608090920135925050565b5f5f5f5f60808587031215612bdd575f5ffd5b8435935060208501359250612bf460408601612963565b9396929550929360600135925050565b5f60208284031215612c14575f5ffd5b5035919050565b5f5f60408385031215612c2c575f5ffd5b612c3583612a39565b915061295a60208401612a39565b5f5f5f5f60808587031215612c56575f5ffd5b612c5f85612a39565b935060208501359250612bf460408601612963565b5f60e08284031215612c84575f5ffd5b611f9b83836128d0565b5f606082840312156128e0575f5ffd5b5f60208284031215612cae575f5ffd5b81356001600160401b03811115612cc3575f5ffd5b61291784828501612c8e565b5f60208284031215612cdf575f5ffd5b611f9b82612963565b5f5f60208385031215612cf9575f5ffd5b82356001600160401b03811115612d0e575f5ffd5b8301601f81018513612d1e575f5ffd5b80356001600160401b03811115612d33575f5ffd5b8560208260071b8401011115612d47575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b81811015612d8e578351835260209384019390920191600101612d70565b509095945050505050565b5f5f83601f840112612da9575f5ffd5b5081356001600160401b03811115612dbf575f5ffd5b6020830191508360206060830285010111156129be575f5ffd5b5f5f5f5f60608587031215612dec575f5ffd5b84356001600160401b03811115612e01575f5ffd5b612e0d87828801612c8e565b94505060208501356001600160401b03811115612e28575f5ffd5b612e3487828801612c8e565b93505060408501356001600160401b03811115612e4f575f5ffd5b612e5b87828801612d99565b95989497509550505050565b5f5f5f5f5f5f5f5f610220898b031215612e7f575f5ffd5b612e8889612963565b9750612e978a60208b0161291f565b9650612ea68a60e08b016128d0565b95506101c08901356001600160401b03811115612ec1575f5ffd5b612ecd8b828c0161297e565b9096509450612ee190506101e08a01612a39565b92506102008901356001600160401b03811115612efc575f5ffd5b612f088b828c01612a4f565b999c989b5096995094979396929594505050565b5f5f5f5f5f858703610100811215612f32575f5ffd5b612f3b87612a39565b955060208701359450612f5060408801612963565b9350606087013592506080607f1982011215612f6a575f5ffd5b506080860190509295509295909350565b5f5f5f5f60608587031215612f8e575f5ffd5b84356001600160401b03811115612fa3575f5ffd5b612e0d878288016128d0565b5f5f8335601e19843603018112612fc4575f5ffd5b8301803591506001600160401b03821115612fdd575f5ffd5b6020019150600581901b36038213156129be575f5ffd5b8183526020830192505f815f5b84811015613030576001600160a01b0361301a83612a39565b1686526020958601959190910190600101613001565b5093949350505050565b8d81528c602082015260018060a01b038c1660408201526001600160401b038b1660608201528960808201526001600160401b03891660a08201526001600160401b03881660c082015261014060e08201525f61309c6101408301888a612ff4565b8281036101008401526130b0818789612ff4565b83810361012085015284815290505f6001600160fb1b038511156130d2575f5ffd5b8460051b8087602085013760208184010191505080925050509e9d5050505050505050505050505050565b5f6020828403121561310d575f5ffd5b813560ff81168114611f9b575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826131535761315361311d565b500490565b5f826131665761316661311d565b500690565b8181038181111561082057610820613131565b808202811582820484141761082057610820613131565b8082018082111561082057610820613131565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f90610eb790830184866131a8565b5f60208284031215613204575f5ffd5b5051919050565b8284823760609190911b6bffffffffffffffffffffffff19169101908152601401919050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b60e081016001600160a01b0361328a84612a39565b1682526001600160a01b036132a160208501612a39565b1660208301526001600160a01b036132bb60408501612a39565b1660408301526001600160401b036132d560608501612963565b166060830152608083810135908301526001600160a01b036132f960a08501612a39565b1660a083015260c092830135929091019190915290565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6001600160401b0382166001600160401b03810361335957613359613131565b60010192915050565b6001600160401b0398891681526001600160a01b03978816602082015260408101969096529390961660608501526080840191909152831660a08301529290911660c082015260e08101919091526101000190565b6001600160401b03818116838216019081111561082057610820613131565b6001600160401b0386168152606060208201525f6133f8606083018688612ff4565b828103604084015283815284906020015f5b85811015613438576001600160401b0361342384612963565b1682526020928301929091019060010161340a565b5098975050505050505050565b6001600160a01b038716815260a0602082018190525f9061346990830187896131a8565b6001600160a01b03958616604084015293909416606082015260800152949350505050565b5f6001820161349f5761349f613131565b5060010190565b5f8151808452602084019350602083015f5b828110156130305781516001600160401b03168652602095860195909101906001016134b8565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b8181101561354c5783516001600160a01b0316835260209384019390920191600101613525565b505083810360a085015261356081866134a6565b9a9950505050505050505050565b634e487b7160e01b5f52602160045260245ffdfea26469706673582212203879b100567a13bf821bffcb8a7edf6430ef227dd52768c4f1c3823d2e06a17064736f6c6343000825003360a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea2646970667358221220e5aa3c46c7674fca85f868e102166ba1645c1d7890c9c06b23be0c3aaffec90264736f6c63430008250033",
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
// Solidity: constructor(address[] validators, uint64[] powers, address feeToken_, uint256 callbackGas_) returns()
func (enigmaBridge *EnigmaBridge) PackConstructor(validators []common.Address, powers []uint64, feeToken_ common.Address, callbackGas_ *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("", validators, powers, feeToken_, callbackGas_)
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

// PackBatchRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb93a974f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRoots(uint64 batchNonce) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackBatchRoots(batchNonce uint64) []byte {
	enc, err := enigmaBridge.abi.Pack("batchRoots", batchNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb93a974f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchRoots(uint64 batchNonce) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackBatchRoots(batchNonce uint64) ([]byte, error) {
	return enigmaBridge.abi.Pack("batchRoots", batchNonce)
}

// UnpackBatchRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb93a974f.
//
// Solidity: function batchRoots(uint64 batchNonce) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackBatchRoots(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("batchRoots", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCallbackExecutor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aed4fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackExecutor() view returns(address)
func (enigmaBridge *EnigmaBridge) PackCallbackExecutor() []byte {
	enc, err := enigmaBridge.abi.Pack("callbackExecutor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackExecutor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aed4fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackExecutor() view returns(address)
func (enigmaBridge *EnigmaBridge) TryPackCallbackExecutor() ([]byte, error) {
	return enigmaBridge.abi.Pack("callbackExecutor")
}

// UnpackCallbackExecutor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6aed4fc4.
//
// Solidity: function callbackExecutor() view returns(address)
func (enigmaBridge *EnigmaBridge) UnpackCallbackExecutor(data []byte) (common.Address, error) {
	out, err := enigmaBridge.abi.Unpack("callbackExecutor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
// the contract method with ID 0x1c235419.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRefund(uint64 batchNonce, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof) returns()
func (enigmaBridge *EnigmaBridge) PackClaimRefund(batchNonce uint64, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte) []byte {
	enc, err := enigmaBridge.abi.Pack("claimRefund", batchNonce, r, rec, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c235419.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRefund(uint64 batchNonce, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof) returns()
func (enigmaBridge *EnigmaBridge) TryPackClaimRefund(batchNonce uint64, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("claimRefund", batchNonce, r, rec, proof)
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
// the contract method with ID 0x51ac2719.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDeploymentRecord(bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreateDeploymentRecord(codeHash [32]byte, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("createDeploymentRecord", codeHash, inputsHash, gasLimit, gasPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDeploymentRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51ac2719.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDeploymentRecord(bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreateDeploymentRecord(codeHash [32]byte, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("createDeploymentRecord", codeHash, inputsHash, gasLimit, gasPrice)
}

// UnpackCreateDeploymentRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51ac2719.
//
// Solidity: function createDeploymentRecord(bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreateDeploymentRecord(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createDeploymentRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreatePayableTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4095c3b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createPayableTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address escrowToken, uint256 escrowAmount) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreatePayableTaskRecord(secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, escrowToken common.Address, escrowAmount *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("createPayableTaskRecord", secretContract, inputsHash, gasLimit, gasPrice, escrowToken, escrowAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatePayableTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4095c3b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createPayableTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address escrowToken, uint256 escrowAmount) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreatePayableTaskRecord(secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, escrowToken common.Address, escrowAmount *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("createPayableTaskRecord", secretContract, inputsHash, gasLimit, gasPrice, escrowToken, escrowAmount)
}

// UnpackCreatePayableTaskRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4095c3b2.
//
// Solidity: function createPayableTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address escrowToken, uint256 escrowAmount) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreatePayableTaskRecord(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createPayableTaskRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669d27d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreateTaskRecord(secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) []byte {
	enc, err := enigmaBridge.abi.Pack("createTaskRecord", secretContract, inputsHash, gasLimit, gasPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTaskRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669d27d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreateTaskRecord(secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int) ([]byte, error) {
	return enigmaBridge.abi.Pack("createTaskRecord", secretContract, inputsHash, gasLimit, gasPrice)
}

// UnpackCreateTaskRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x669d27d2.
//
// Solidity: function createTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice) payable returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreateTaskRecord(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createTaskRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateTaskRecordWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3b26eac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTaskRecordWithPermit(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, (uint256,uint8,bytes32,bytes32) permit) returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) PackCreateTaskRecordWithPermit(secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, permit EnigmaBridgePermit) []byte {
	enc, err := enigmaBridge.abi.Pack("createTaskRecordWithPermit", secretContract, inputsHash, gasLimit, gasPrice, permit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTaskRecordWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3b26eac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTaskRecordWithPermit(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, (uint256,uint8,bytes32,bytes32) permit) returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) TryPackCreateTaskRecordWithPermit(secretContract common.Address, inputsHash [32]byte, gasLimit uint64, gasPrice *big.Int, permit EnigmaBridgePermit) ([]byte, error) {
	return enigmaBridge.abi.Pack("createTaskRecordWithPermit", secretContract, inputsHash, gasLimit, gasPrice, permit)
}

// UnpackCreateTaskRecordWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3b26eac.
//
// Solidity: function createTaskRecordWithPermit(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, (uint256,uint8,bytes32,bytes32) permit) returns(bytes32 taskId)
func (enigmaBridge *EnigmaBridge) UnpackCreateTaskRecordWithPermit(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("createTaskRecordWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateTaskRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3177ff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTaskRecords((address,bytes32,uint64,uint256)[] tasks) payable returns(bytes32[] taskIds)
func (enigmaBridge *EnigmaBridge) PackCreateTaskRecords(tasks []EnigmaBridgeTaskRequest) []byte {
	enc, err := enigmaBridge.abi.Pack("createTaskRecords", tasks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTaskRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3177ff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTaskRecords((address,bytes32,uint64,uint256)[] tasks) payable returns(bytes32[] taskIds)
func (enigmaBridge *EnigmaBridge) TryPackCreateTaskRecords(tasks []EnigmaBridgeTaskRequest) ([]byte, error) {
	return enigmaBridge.abi.Pack("createTaskRecords", tasks)
}

// UnpackCreateTaskRecords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3177ff4.
//
// Solidity: function createTaskRecords((address,bytes32,uint64,uint256)[] tasks) payable returns(bytes32[] taskIds)
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

// PackExecuteCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f121cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeCallback(uint64 batchNonce, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof, address target, bytes data) returns(bool ok)
func (enigmaBridge *EnigmaBridge) PackExecuteCallback(batchNonce uint64, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte, target common.Address, data []byte) []byte {
	enc, err := enigmaBridge.abi.Pack("executeCallback", batchNonce, r, rec, proof, target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f121cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeCallback(uint64 batchNonce, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof, address target, bytes data) returns(bool ok)
func (enigmaBridge *EnigmaBridge) TryPackExecuteCallback(batchNonce uint64, r EnigmaBridgeReceipt, rec EnigmaBridgeRecord, proof [][32]byte, target common.Address, data []byte) ([]byte, error) {
	return enigmaBridge.abi.Pack("executeCallback", batchNonce, r, rec, proof, target, data)
}

// UnpackExecuteCallback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6f121cc.
//
// Solidity: function executeCallback(uint64 batchNonce, (uint64,bytes32,uint8,uint64,bytes32,bytes32) r, (address,address,address,uint64,uint256,address,uint256) rec, bytes32[] proof, address target, bytes data) returns(bool ok)
func (enigmaBridge *EnigmaBridge) UnpackExecuteCallback(data []byte) (bool, error) {
	out, err := enigmaBridge.abi.Unpack("executeCallback", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackNextTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc444d77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextTaskId(address sender) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) PackNextTaskId(sender common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("nextTaskId", sender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc444d77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextTaskId(address sender) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) TryPackNextTaskId(sender common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("nextTaskId", sender)
}

// UnpackNextTaskId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc444d77.
//
// Solidity: function nextTaskId(address sender) view returns(bytes32)
func (enigmaBridge *EnigmaBridge) UnpackNextTaskId(data []byte) ([32]byte, error) {
	out, err := enigmaBridge.abi.Unpack("nextTaskId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackSenderNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295710ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function senderNonces(address sender) view returns(uint256)
func (enigmaBridge *EnigmaBridge) PackSenderNonces(sender common.Address) []byte {
	enc, err := enigmaBridge.abi.Pack("senderNonces", sender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSenderNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295710ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function senderNonces(address sender) view returns(uint256)
func (enigmaBridge *EnigmaBridge) TryPackSenderNonces(sender common.Address) ([]byte, error) {
	return enigmaBridge.abi.Pack("senderNonces", sender)
}

// UnpackSenderNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295710ff.
//
// Solidity: function senderNonces(address sender) view returns(uint256)
func (enigmaBridge *EnigmaBridge) UnpackSenderNonces(data []byte) (*big.Int, error) {
	out, err := enigmaBridge.abi.Unpack("senderNonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// Solidity: event DeploymentRecordCreated(bytes32 indexed taskId, address indexed sender, uint64 eventNonce, bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
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
	SecretContract common.Address
	InputsHash     [32]byte
	GasLimit       uint64
	GasPrice       *big.Int
	FeeToken       common.Address
	EscrowToken    common.Address
	EscrowAmount   *big.Int
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
// Solidity: event TaskRecordCreated(bytes32 indexed taskId, address indexed sender, uint64 eventNonce, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice, address feeToken, address escrowToken, uint256 escrowAmount)
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
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["BadValset"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackBadValsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["CallbackMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackCallbackMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["EscrowShortfall"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackEscrowShortfallError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["FeeMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackFeeMismatchError(raw[4:])
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

// EnigmaBridgeEscrowShortfall represents a EscrowShortfall error raised by the EnigmaBridge contract.
type EnigmaBridgeEscrowShortfall struct {
	Received *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowShortfall(uint256 received, uint256 expected)
func EnigmaBridgeEscrowShortfallErrorID() common.Hash {
	return common.HexToHash("0xc0ec6c404a515662dacc9a8064d4c5a88668a157689a51d7db83ae116787a735")
}

// UnpackEscrowShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowShortfall(uint256 received, uint256 expected)
func (enigmaBridge *EnigmaBridge) UnpackEscrowShortfallError(raw []byte) (*EnigmaBridgeEscrowShortfall, error) {
	out := new(EnigmaBridgeEscrowShortfall)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "EscrowShortfall", raw); err != nil {
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
