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
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"contractIERC20\",\"name\":\"feeToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"callbackGas_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadValset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"CallbackMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"EscrowShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NotSuccessful\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"SignatureCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGasLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGasPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"DeploymentRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"RefundClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"TaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SUCCESS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackExecutor\",\"outputs\":[{\"internalType\":\"contractCallbackExecutor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callbackHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"checkpointOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"deploymentTaskId\",\"type\":\"bytes32\"}],\"name\":\"contractAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createDeploymentRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"createPayableTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Permit\",\"name\":\"permit\",\"type\":\"tuple\"}],\"name\":\"createTaskRecordWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.TaskRequest[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"createTaskRecords\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"taskIds\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deliverCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"executeCallback\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"nextTaskId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"receiptLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"senderNonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"next\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EnigmaBridge",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051613f3c380380613f3c83398101604081905261002e916103c6565b6100388484610093565b6001600160a01b03821660805260a0819052604051610056906102ae565b604051809103905ff08015801561006f573d5f5f3e3d5ffd5b506001600160a01b031660c05261008784845f610253565b5f555061058892505050565b815115806100a2575060c88251115b156100e257604051634a923a3960e01b81526004016100d99060208082526004908201526373697a6560e01b604082015260600190565b60405180910390fd5b805182511461012557604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b60448201526064016100d9565b5f5f5b835181101561024d57816001600160a01b031684828151811061014d5761014d6104a2565b60200260200101516001600160a01b0316116101c757604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b60648201526084016100d9565b8281815181106101d9576101d96104a2565b60200260200101516001600160401b03165f0361022657604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b60448201526064016100d9565b838181518110610238576102386104a2565b60200260200101519150806001019050610128565b50505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f463084878760405160200161028f969594939291906104f9565b6040516020818303038152906040528051906020012090509392505050565b61025c80613ce083390190565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156102f7576102f76102bb565b604052919050565b5f6001600160401b03821115610317576103176102bb565b5060051b60200190565b6001600160a01b0381168114610335575f5ffd5b50565b5f82601f830112610347575f5ffd5b815161035a610355826102ff565b6102cf565b8082825260208201915060208360051b86010192508583111561037b575f5ffd5b602085015b838110156103ac5780516001600160401b038116811461039e575f5ffd5b835260209283019201610380565b5095945050505050565b80516103c181610321565b919050565b5f5f5f5f608085870312156103d9575f5ffd5b84516001600160401b038111156103ee575f5ffd5b8501601f810187136103fe575f5ffd5b805161040c610355826102ff565b8082825260208201915060208360051b85010192508983111561042d575f5ffd5b6020840193505b8284101561045857835161044781610321565b825260209384019390910190610434565b6020890151909750925050506001600160401b03811115610477575f5ffd5b61048387828801610338565b935050610492604086016103b6565b6060959095015193969295505050565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156104ef5781516001600160401b03168652602095860195909101906001016104c8565b5093949350505050565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156105665783516001600160a01b031683526020938401939092019160010161053f565b505083810360a085015261057a81866104b6565b9a9950505050505050505050565b60805160a05160c0516136fd6105e35f395f818161044d0152610cd801525f818161052a015281816116460152818161167001526116de01525f818161040701528181611872015281816118a501526118d701526136fd5ff3fe6080604052600436106101db575f3560e01c80636b71fd69116100fd578063bc444d7711610092578063e14d407211610062578063e14d407214610662578063e6f121cc14610681578063f3b26eac146106b0578063fb7294ed146106cf575f5ffd5b8063bc444d7714610596578063bea9216d146105b5578063c19d93fb146105ca578063d3177ff414610642575f5ffd5b80639ed8846b116100cd5780639ed8846b146104fa578063a10132ad14610519578063b3d792301461054c578063b93a974f1461056b575f5ffd5b80636b71fd691461046f5780636dce4ab0146104a2578063714897df146104c15780638855e092146104d5575f5ffd5b80634aaa8e4b11610173578063637cd7f011610143578063637cd7f0146103c0578063647846a5146103f6578063669d27d2146104295780636aed4fc41461043c575f5ffd5b80634aaa8e4b146102e157806351ac27191461031457806351cff8d9146103275780635935029214610346575f5ffd5b806320c4f774116101ae57806320c4f77414610265578063295710ff146102845780634095c3b2146102af578063409abd79146102c2575f5ffd5b806306110a76146101df578063113331cf1461020657806315075beb146102255780631c23541914610244575b5f5ffd5b3480156101ea575f5ffd5b506101f35f5481565b6040519081526020015b60405180910390f35b348015610211575f5ffd5b506101f3610220366004612a20565b6106ee565b348015610230575f5ffd5b506101f361023f366004612a61565b6107a4565b34801561024f575f5ffd5b5061026361025e366004612af7565b610850565b005b348015610270575f5ffd5b506101f361027f366004612bbe565b610aac565b34801561028f575f5ffd5b506101f361029e366004612c0c565b60026020525f908152604090205481565b6101f36102bd366004612c25565b610ae1565b3480156102cd575f5ffd5b506102636102dc366004612c82565b610c86565b3480156102ec575f5ffd5b506101f37fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d81565b6101f3610322366004612cfc565b610d83565b348015610332575f5ffd5b50610263610341366004612c0c565b610e04565b348015610351575f5ffd5b506103a8610360366004612d36565b60405171656e69676d612f636f6e74726163742f763160701b6020820152603281018290525f9060520160408051601f19818403018152919052805160209091012092915050565b6040516001600160a01b0390911681526020016101fd565b3480156103cb575f5ffd5b506101f36103da366004612d4d565b600460209081525f928352604080842090915290825290205481565b348015610401575f5ffd5b506103a87f000000000000000000000000000000000000000000000000000000000000000081565b6101f3610437366004612d75565b610e11565b348015610447575f5ffd5b506103a87f000000000000000000000000000000000000000000000000000000000000000081565b34801561047a575f5ffd5b506101f37f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f81565b3480156104ad575f5ffd5b506102636104bc366004612d4d565b610e35565b3480156104cc575f5ffd5b506101f360c881565b3480156104e0575f5ffd5b506104e85f81565b60405160ff90911681526020016101fd565b348015610505575f5ffd5b506101f3610514366004612da6565b610efc565b348015610524575f5ffd5b506101f37f000000000000000000000000000000000000000000000000000000000000000081565b348015610557575f5ffd5b506101f3610566366004612dd0565b610f0e565b348015610576575f5ffd5b506101f3610585366004612e01565b60036020525f908152604090205481565b3480156105a1575f5ffd5b506101f36105b0366004612c0c565b610fa0565b3480156105c0575f5ffd5b506101f361ea6081565b3480156105d5575f5ffd5b5060408051608080820183526001546001600160401b03808216808552600160401b830482166020808701829052600160801b85048416878901819052600160c01b90950490931660609687018190528751928352928201529485019190915291830191909152016101fd565b610655610650366004612e1a565b610fc3565b6040516101fd9190612e89565b34801561066d575f5ffd5b5061026361067c366004612f0b565b611238565b34801561068c575f5ffd5b506106a061069b366004612f99565b61152e565b60405190151581526020016101fd565b3480156106bb575f5ffd5b506101f36106ca36600461304e565b61185f565b3480156106da575f5ffd5b506102636106e93660046130ad565b611908565b5f7fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d463061071f6020860186612e01565b60208601356107346060880160408901612e01565b6107446080890160608a01612e01565b61075160808a018a6130e1565b61075e60a08c018c6130e1565b61076b60c08e018e6130e1565b6040516020016107879d9c9b9a9998979695949392919061316c565b604051602081830303815290604052805190602001209050919050565b5f6107b26020840184612e01565b83602001356107c084610efc565b6107d0606087016040880161322f565b6107e06080880160608901612e01565b604080516001600160401b03968716602082015290810194909452606084019290925260ff16608083810191909152921660a0828101919091529185013560c08201529084013560e0820152610100015b6040516020818303038152906040528051906020012090505b92915050565b610858611dc4565b6108658585858585611dfb565b5f60ff6108756020870187612e01565b6001600160401b03166108889190613277565b90505f60ff61089a6020880188612e01565b6001600160401b03166108ad919061328a565b5f83815260056020526040902054600190911b9150808216156108ee57604051633210992160e21b8152602088013560048201526024015b60405180910390fd5b5f838152600560205260408120828417600160ff1b1790556080808801359061091c908a0160608b01612e01565b6001600160401b031661093560808a0160608b01612e01565b6001600160401b0316610948919061329d565b61095291906132b0565b90505f8061096660608b0160408c0161322f565b60ff1614158061097857506080890135155b15610984575060c08701355b61099460c0890160a08a01612c0c565b6001600160a01b03166109ad60608a0160408b01612c0c565b6001600160a01b0316036109ef576109ea6109cb60208a018a612c0c565b6109db60608b0160408c01612c0c565b6109e584866132c7565b611ec7565b610a3b565b610a156109ff60208a018a612c0c565b610a0f60608b0160408c01612c0c565b84611ec7565b610a3b610a2560208a018a612c0c565b610a3560c08b0160a08c01612c0c565b83611ec7565b610a486020890189612c0c565b6001600160a01b031689602001357f8e5e2dffc038ddecd3f82e841b3c9467cd6437847dff33496a539c274004e1978484604051610a90929190918252602082015260400190565b60405180910390a35050505050610aa5611f96565b5050505050565b5f838383604051602001610ac293929190613302565b6040516020818303038152906040528051906020012090509392505050565b5f610aea611dc4565b5f610af58686611fc0565b90506001600160a01b038416610b1657610b0f83826132c7565b9050610c38565b6040516370a0823160e01b81523060048201525f906001600160a01b038616906370a0823190602401602060405180830381865afa158015610b5a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7e9190613326565b9050610b956001600160a01b038616333087612024565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038816906370a0823190602401602060405180830381865afa158015610bdb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bff9190613326565b610c09919061329d565b9050848114610c3557604051630303b1b160e61b815260048101829052602481018690526044016108e5565b50505b803414610c615760405163e106593160e01b8152346004820152602481018290526044016108e5565b610c7133898989895f8a8a61205a565b915050610c7c611f96565b9695505050505050565b333014610ca65760405163029a949d60e31b815260040160405180910390fd5b5f6001600160a01b038316610cbc575080610cd6565b8115610cd657610cd66001600160a01b03841688846120ca565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631cff79cd8289898988888b604051602001610d2095949392919061333d565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401610d4c929190613376565b5f604051808303818588803b158015610d63575f5ffd5b505af1158015610d75573d5f5f3e3d5ffd5b505050505050505050505050565b5f610d8e8383612104565b5f610d983361213a565b604080516001600160401b038084168252602082018b90529181018990529087166060820152608081018690529193509150339083907f7a752d6ec2e9463a82c614b9023b1c90185e21fc159be9f71a6d23d0333692539060a00160405180910390a350949350505050565b610e0e8133610e35565b50565b5f610e1c8383612104565b610e2c33868686865f5f5f61205a565b95945050505050565b610e3d611dc4565b335f9081526004602090815260408083206001600160a01b038616845290915281205490819003610e8157604051630686827b60e51b815260040160405180910390fd5b335f9081526004602090815260408083206001600160a01b0387168452909152812055610eaf8284836121ca565b6040518181526001600160a01b0384169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a350610ef8611f96565b5050565b5f8160405160200161078791906133ba565b5f61084a610f1c83806130e1565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610f5a9250505060208501856130e1565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610f9b925050506060860160408701612e01565b612268565b6001600160a01b0381165f9081526002602052604081205461084a9083906122a4565b604080516080810182526001546001600160401b038082168352600160401b82048116602080850191909152600160801b8304821684860152600160c01b9092048116606084810191909152335f9081526002909352938220549190859081111561103057611030613455565b604051908082528060200260200182016040528015611059578160200160208202803683370190505b5093505f5b85811015611179573687878381811061107957611079613469565b90506080020190506110a18160400160208101906110979190612e01565b8260600135611fc0565b6110ab90846132c7565b92505f6110c1336110bc85886132c7565b6122a4565b9050808784815181106110d6576110d6613469565b602002602001018181525050336001600160a01b0316817fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460885f01805161111c9061347d565b6001600160401b0316908190526111366020870187612c0c565b602087013561114b6060890160408a01612e01565b88606001355f5f5f6040516111679897969594939291906134a7565b60405180910390a3505060010161105e565b508034146111a35760405163e106593160e01b8152346004820152602481018290526044016108e5565b6111ad85836132c7565b335f908152600260209081526040918290209290925584516001805493870151928701516060909701516001600160401b03908116600160c01b026001600160c01b03988216600160801b02989098166001600160801b03948216600160401b026001600160801b031990961691909316179390931791909116179390931790925550909392505050565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811683850152600160c01b9091041660608083018290529192909161129191908801908801612e01565b6001600160401b0316116112eb576112af6060860160408701612e01565b60608201516112bf9060016134fc565b6040516315def3c560e31b81526001600160401b039283166004820152911660248201526044016108e5565b61136c6112f886806130e1565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506113369250505060208801886130e1565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506122e892505050565b61137584612499565b5f61140261138387806130e1565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506113c19250505060208901896130e1565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610f9b9250505060608a0160408b01612e01565b9050611410858585846124c6565b5f8190556114246060870160408801612e01565b6001600160401b031660608084019190915261144590870160408801612e01565b6001600160401b03167f8697e903d222438c713266ebb9f337ef8965f61d381d07ef5ddf1229706c9411835f01805161147d9061347d565b6001600160401b03169081905261149489806130e1565b6114a160208c018c6130e1565b6040516114b295949392919061351b565b60405180910390a250805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166001600160801b03928216600160401b026001600160801b0319909416919095161791909117169190911791909117905550505050565b5f611537611dc4565b6115448989898989611dfb565b5f61155560608a0160408b0161322f565b60ff161461157c576040516303b9bb0760e01b8152602089013560048201526024016108e5565b611587848484610aac565b8860800135146115b057604051630832cce960e11b8152602089013560048201526024016108e5565b60065f6115c060208b018b612e01565b6001600160401b0316815260208101919091526040015f205460ff161561160057604051633210992160e21b8152602089013560048201526024016108e5565b600160065f61161260208c018c612e01565b6001600160401b0316815260208101919091526040015f908120805460ff19169215159290921790915561ea6061166a603f7f0000000000000000000000000000000000000000000000000000000000000000613277565b611694907f00000000000000000000000000000000000000000000000000000000000000006132c7565b61169e91906132c7565b9050805a10156116cd575a604051631219653960e21b81526004810191909152602481018290526044016108e5565b306001600160a01b031663409abd797f00000000000000000000000000000000000000000000000000000000000000008787878d60200160208101906117139190612c0c565b8e60a00160208101906117269190612c0c565b8f60c001356040518863ffffffff1660e01b815260040161174c9695949392919061358a565b5f604051808303815f88803b158015611763575f5ffd5b5087f193505050508015611775575060015b6117fb5760c0880135156117f65760c088013560045f61179860208c018c612c0c565b6001600160a01b0316815260208101919091526040015f908120906117c360c08c0160a08d01612c0c565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546117f091906132c7565b90915550505b611800565b600191505b846001600160a01b031689602001357f06ea621f9e9dfc6ec090cd40918256ea3ccfd600305a9b5c5f54eba8e92c777c84604051611842911515815260200190565b60405180910390a350611853611f96565b98975050505050505050565b5f5f61186b8585611fc0565b90506118987f000000000000000000000000000000000000000000000000000000000000000082856126e5565b6118cd6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084612024565b6118fd33888888887f00000000000000000000000000000000000000000000000000000000000000005f5f61205a565b979650505050505050565b60408051608081018252600180546001600160401b038082168452600160401b8204811660208501819052600160801b8304821695850195909552600160c01b909104166060830152909161195c916134fc565b6001600160401b03166119726020870187612e01565b6001600160401b03161461199d5761198d6020860186612e01565b60208201516112bf9060016134fc565b60408101516119ad9060016134fc565b6001600160401b03166119c66060870160408801612e01565b6001600160401b0316141580611a0b57506119e76060860160408701612e01565b6001600160401b0316611a006080870160608801612e01565b6001600160401b0316105b15611a685760405163011589df60e11b815260206004820152602660248201527f73657175656e636573206d75737420636f6e74696e756520746865206c617374604482015265040c4c2e8c6d60d31b60648201526084016108e5565b611a7560a08601866130e1565b9050611a8460808701876130e1565b9050141580611aaf5750611a9b60c08601866130e1565b9050611aaa60808701876130e1565b905014155b15611afd5760405163011589df60e11b815260206004820152601b60248201527f666565206172726179732064696666657220696e206c656e677468000000000060448201526064016108e5565b611b0684612499565b611b1a848484611b15896106ee565b6124c6565b602085018035906003905f90611b309089612e01565b6001600160401b03166001600160401b031681526020019081526020015f20819055505f5b611b6260808701876130e1565b9050811015611c4e57611b7860c08701876130e1565b82818110611b8857611b88613469565b9050602002013560045f888060800190611ba291906130e1565b85818110611bb257611bb2613469565b9050602002016020810190611bc79190612c0c565b6001600160a01b0316815260208101919091526040015f90812090611bef60a08a018a6130e1565b85818110611bff57611bff613469565b9050602002016020810190611c149190612c0c565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611c4191906132c7565b9091555050600101611b55565b505f60ff611c626080880160608901612e01565b6001600160401b0316611c759190613277565b90505f60ff611c8a6060890160408a01612e01565b6001600160401b0316611c9d9190613277565b90505b818111611ce0575f818152600560205260408120549003611cd0575f818152600560205260409020600160ff1b90555b611cd9816135d3565b9050611ca0565b50611cee6020870187612e01565b6001600160401b03166020830152611d0c6080870160608801612e01565b6001600160401b03166040830152611d276020870187612e01565b6001600160401b03167f06d7dc711960e1df69843a4ea1b9f4dc9f1fee1bf528943e9af030a91550751e835f018051611d5f9061347d565b6001600160401b0316908190526020890135611d8160608b0160408c01612e01565b611d9160808c0160608d01612e01565b604080516001600160401b03958616815260208101949094529184169183019190915290911660608201526080016114b2565b611dcc612793565b611df960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906127d3565b565b6001600160401b0385165f9081526003602052604090205480611e3c576040516329323fff60e01b81526001600160401b03871660048201526024016108e5565b611e51838383611e4c89896107a4565b6127da565b611e6e576040516309bde33960e01b815260040160405180910390fd5b611e7e6080850160608601612e01565b6001600160401b0316611e976080870160608801612e01565b6001600160401b03161115611ebf576040516309bde33960e01b815260040160405180910390fd5b505050505050565b805f03611ed357505050565b5f6001600160a01b038316611f38576040516001600160a01b0385169083905f81818185875af1925050503d805f8114611f28576040519150601f19603f3d011682016040523d82523d5f602084013e611f2d565b606091505b505080915050611f4f565b611f4c6001600160a01b03841685846127f1565b90505b80611f90576001600160a01b038085165f90815260046020908152604080832093871683529290529081208054849290611f8a9084906132c7565b90915550505b50505050565b611df95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611df3565b5f826001600160401b03165f03611fea57604051633e267f9560e01b815260040160405180910390fd5b815f0361200a57604051630e661aed60e41b815260040160405180910390fd5b61201d826001600160401b0385166132b0565b9392505050565b612032848484846001612806565b611f9057604051635274afe760e01b81526001600160a01b03851660048201526024016108e5565b5f5f6120658a61213a565b8092508193505050896001600160a01b0316827fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460838c8c8c8c8c8c8c6040516120b59897969594939291906134a7565b60405180910390a35098975050505050505050565b6120d78383836001612873565b6120ff57604051635274afe760e01b81526001600160a01b03841660048201526024016108e5565b505050565b5f61210f8383611fc0565b90508034146120ff5760405163e106593160e01b8152346004820152602481018290526044016108e5565b6001600160a01b0381165f90815260026020526040812054819061215f8160016132c7565b6001600160a01b0385165f9081526002602052604081209190915560018054909190612193906001600160401b031661347d565b91906101000a8154816001600160401b0302191690836001600160401b03160217905591506121c284826122a4565b925050915091565b805f036121d657505050565b6001600160a01b038216612254575f836001600160a01b0316826040515f6040518083038185875af1925050503d805f811461222d576040519150601f19603f3d011682016040523d82523d5f602084013e612232565b606091505b5050905080611f90576040516312171d8360e31b815260040160405180910390fd5b6120ff6001600160a01b03831684836120ca565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f4630848787604051602001610ac296959493929190613624565b604080514660208201526bffffffffffffffffffffffff1930606090811b8216938301939093529184901b9091166054820152606881018290525f90608801610831565b815115806122f7575060c88251115b1561232e57604051634a923a3960e01b81526004016108e59060208082526004908201526373697a6560e01b604082015260600190565b805182511461237157604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b60448201526064016108e5565b5f5f5b8351811015611f9057816001600160a01b031684828151811061239957612399613469565b60200260200101516001600160a01b03161161241357604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b60648201526084016108e5565b82818151811061242557612425613469565b60200260200101516001600160401b03165f0361247257604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b60448201526064016108e5565b83818151811061248457612484613469565b60200260200101519150806001019050612374565b5f546124a8610f1c83806130e1565b14610e0e57604051630dc9b21560e21b815260040160405180910390fd5b5f6124d185806130e1565b9150508281146124fe57604051630ad1c98160e01b815260048101849052602481018290526044016108e5565b5f5f5b828110156125585761251660208801886130e1565b8281811061252657612526613469565b905060200201602081019061253b9190612e01565b61254e906001600160401b0316836132c7565b9150600101612501565b505f5f5b838110156126c2573687878381811061257757612577613469565b60600291909101915061258f9050602082018261322f565b60ff165f0361259e57506126ba565b5f806125c0886125b1602086018661322f565b856020013586604001356128d5565b5090925090505f8160038111156125d9576125d96136b3565b14158061262657506125eb8b806130e1565b858181106125fb576125fb613469565b90506020020160208101906126109190612c0c565b6001600160a01b0316826001600160a01b031614155b1561264757604051630a57f30960e31b8152600481018590526024016108e5565b61265460208c018c6130e1565b8581811061266457612664613469565b90506020020160208101906126799190612e01565b61268c906001600160401b0316866132c7565b94506126998660026132b0565b6126a48660036132b0565b11156126b65750505050505050611f90565b5050505b60010161255c565b5060405162bfb6ab60e01b815260048101829052602481018390526044016108e5565b6001600160a01b03831663d505accf3330858535612709604088016020890161322f565b604080516001600160e01b031960e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff16608483015284013560a4820152606084013560c482015260e4015f604051808303815f87803b158015612778575f5ffd5b505af1925050508015612789575060015b156120ff57505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611df957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f826127e786868561299d565b1495945050505050565b5f6127fe8484845f612873565b949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612862578383151615612856573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166128c95783831516156128bd573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561290e57505f91506003905082612993565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561295f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661298a57505f925060019150829050612993565b92505f91508190505b9450945094915050565b5f81815b848110156129d5576129cb828787848181106129bf576129bf613469565b905060200201356129de565b91506001016129a1565b50949350505050565b5f8183106129f8575f82815260208490526040902061201d565b5f83815260208390526040902061201d565b5f60e08284031215612a1a575f5ffd5b50919050565b5f60208284031215612a30575f5ffd5b81356001600160401b03811115612a45575f5ffd5b6127fe84828501612a0a565b5f60c08284031215612a1a575f5ffd5b5f5f6101a08385031215612a73575f5ffd5b612a7d8484612a51565b9150612a8c8460c08501612a0a565b90509250929050565b80356001600160401b0381168114612aab575f5ffd5b919050565b5f5f83601f840112612ac0575f5ffd5b5081356001600160401b03811115612ad6575f5ffd5b6020830191508360208260051b8501011115612af0575f5ffd5b9250929050565b5f5f5f5f5f6101e08688031215612b0c575f5ffd5b612b1586612a95565b9450612b248760208801612a51565b9350612b338760e08801612a0a565b92506101c08601356001600160401b03811115612b4e575f5ffd5b612b5a88828901612ab0565b969995985093965092949392505050565b80356001600160a01b0381168114612aab575f5ffd5b5f5f83601f840112612b91575f5ffd5b5081356001600160401b03811115612ba7575f5ffd5b602083019150836020828501011115612af0575f5ffd5b5f5f5f60408486031215612bd0575f5ffd5b612bd984612b6b565b925060208401356001600160401b03811115612bf3575f5ffd5b612bff86828701612b81565b9497909650939450505050565b5f60208284031215612c1c575f5ffd5b61201d82612b6b565b5f5f5f5f5f5f60c08789031215612c3a575f5ffd5b612c4387612b6b565b955060208701359450612c5860408801612a95565b935060608701359250612c6d60808801612b6b565b9598949750929591949360a090920135925050565b5f5f5f5f5f5f60a08789031215612c97575f5ffd5b612ca087612b6b565b955060208701356001600160401b03811115612cba575f5ffd5b612cc689828a01612b81565b9096509450612cd9905060408801612b6b565b9250612ce760608801612b6b565b95989497509295919493608090920135925050565b5f5f5f5f60808587031215612d0f575f5ffd5b8435935060208501359250612d2660408601612a95565b9396929550929360600135925050565b5f60208284031215612d46575f5ffd5b5035919050565b5f5f60408385031215612d5e575f5ffd5b612d6783612b6b565b9150612a8c60208401612b6b565b5f5f5f5f60808587031215612d88575f5ffd5b612d9185612b6b565b935060208501359250612d2660408601612a95565b5f60e08284031215612db6575f5ffd5b61201d8383612a0a565b5f60608284031215612a1a575f5ffd5b5f60208284031215612de0575f5ffd5b81356001600160401b03811115612df5575f5ffd5b6127fe84828501612dc0565b5f60208284031215612e11575f5ffd5b61201d82612a95565b5f5f60208385031215612e2b575f5ffd5b82356001600160401b03811115612e40575f5ffd5b8301601f81018513612e50575f5ffd5b80356001600160401b03811115612e65575f5ffd5b8560208260071b8401011115612e79575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b81811015612ec0578351835260209384019390920191600101612ea2565b509095945050505050565b5f5f83601f840112612edb575f5ffd5b5081356001600160401b03811115612ef1575f5ffd5b602083019150836020606083028501011115612af0575f5ffd5b5f5f5f5f60608587031215612f1e575f5ffd5b84356001600160401b03811115612f33575f5ffd5b612f3f87828801612dc0565b94505060208501356001600160401b03811115612f5a575f5ffd5b612f6687828801612dc0565b93505060408501356001600160401b03811115612f81575f5ffd5b612f8d87828801612ecb565b95989497509550505050565b5f5f5f5f5f5f5f5f610220898b031215612fb1575f5ffd5b612fba89612a95565b9750612fc98a60208b01612a51565b9650612fd88a60e08b01612a0a565b95506101c08901356001600160401b03811115612ff3575f5ffd5b612fff8b828c01612ab0565b909650945061301390506101e08a01612b6b565b92506102008901356001600160401b0381111561302e575f5ffd5b61303a8b828c01612b81565b999c989b5096995094979396929594505050565b5f5f5f5f5f858703610100811215613064575f5ffd5b61306d87612b6b565b95506020870135945061308260408801612a95565b9350606087013592506080607f198201121561309c575f5ffd5b506080860190509295509295909350565b5f5f5f5f606085870312156130c0575f5ffd5b84356001600160401b038111156130d5575f5ffd5b612f3f87828801612a0a565b5f5f8335601e198436030181126130f6575f5ffd5b8301803591506001600160401b0382111561310f575f5ffd5b6020019150600581901b3603821315612af0575f5ffd5b8183526020830192505f815f5b84811015613162576001600160a01b0361314c83612b6b565b1686526020958601959190910190600101613133565b5093949350505050565b8d81528c602082015260018060a01b038c1660408201526001600160401b038b1660608201528960808201526001600160401b03891660a08201526001600160401b03881660c082015261014060e08201525f6131ce6101408301888a613126565b8281036101008401526131e2818789613126565b83810361012085015284815290505f6001600160fb1b03851115613204575f5ffd5b8460051b8087602085013760208184010191505080925050509e9d5050505050505050505050505050565b5f6020828403121561323f575f5ffd5b813560ff8116811461201d575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826132855761328561324f565b500490565b5f826132985761329861324f565b500690565b8181038181111561084a5761084a613263565b808202811582820484141761084a5761084a613263565b8082018082111561084a5761084a613263565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f90610e2c90830184866132da565b5f60208284031215613336575f5ffd5b5051919050565b848682376bffffffffffffffffffffffff19606094851b811695909101948552601485019290925290911b166034820152604801919050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b60e081016001600160a01b036133cf84612b6b565b1682526001600160a01b036133e660208501612b6b565b1660208301526001600160a01b0361340060408501612b6b565b1660408301526001600160401b0361341a60608501612a95565b166060830152608083810135908301526001600160a01b0361343e60a08501612b6b565b1660a083015260c092830135929091019190915290565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6001600160401b0382166001600160401b03810361349e5761349e613263565b60010192915050565b6001600160401b0398891681526001600160a01b03978816602082015260408101969096529390961660608501526080840191909152831660a08301529290911660c082015260e08101919091526101000190565b6001600160401b03818116838216019081111561084a5761084a613263565b6001600160401b0386168152606060208201525f61353d606083018688613126565b828103604084015283815284906020015f5b8581101561357d576001600160401b0361356884612a95565b1682526020928301929091019060010161354f565b5098975050505050505050565b6001600160a01b038716815260a0602082018190525f906135ae90830187896132da565b6001600160a01b03958616604084015293909416606082015260800152949350505050565b5f600182016135e4576135e4613263565b5060010190565b5f8151808452602084019350602083015f5b828110156131625781516001600160401b03168652602095860195909101906001016135fd565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156136915783516001600160a01b031683526020938401939092019160010161366a565b505083810360a08501526136a581866135eb565b9a9950505050505050505050565b634e487b7160e01b5f52602160045260245ffdfea26469706673582212203723deffecfe5bea44df6fcca3b7a34708eedcf00e5bfbf83f6b61440af3988864736f6c6343000825003360a0604052348015600e575f5ffd5b503360805260805161022c6100305f395f818160520152609b015261022c5ff3fe608060405260043610610028575f3560e01c80631cff79cd1461002c578063e78cea9214610041575b5f5ffd5b61003f61003a36600461015c565b610090565b005b34801561004c575f5ffd5b506100747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d9576040516338da3b1560e01b815260040160405180910390fd5b5f836001600160a01b03163484846040516100f59291906101e7565b5f6040518083038185875af1925050503d805f811461012f576040519150601f19603f3d011682016040523d82523d5f602084013e610134565b606091505b505090508061015657604051630443ec2b60e31b815260040160405180910390fd5b50505050565b5f5f5f6040848603121561016e575f5ffd5b83356001600160a01b0381168114610184575f5ffd5b9250602084013567ffffffffffffffff81111561019f575f5ffd5b8401601f810186136101af575f5ffd5b803567ffffffffffffffff8111156101c5575f5ffd5b8660208284010111156101d6575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea26469706673582212207a328a6d16ec1ceb6bb366bfe4f4d873d7d1e0e1f15ec6c68a2fbef89b50ae5464736f6c63430008250033",
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
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["ZeroGasPrice"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackZeroGasPriceError(raw[4:])
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

// EnigmaBridgeZeroGasPrice represents a ZeroGasPrice error raised by the EnigmaBridge contract.
type EnigmaBridgeZeroGasPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGasPrice()
func EnigmaBridgeZeroGasPriceErrorID() common.Hash {
	return common.HexToHash("0xe661aed0fc75a229c1205d986d4990cfcd42935ba6604b5038e10d9ce6be0896")
}

// UnpackZeroGasPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGasPrice()
func (enigmaBridge *EnigmaBridge) UnpackZeroGasPriceError(raw []byte) (*EnigmaBridgeZeroGasPrice, error) {
	out := new(EnigmaBridgeZeroGasPrice)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "ZeroGasPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}
