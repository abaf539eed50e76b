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
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"contractIERC20\",\"name\":\"feeToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"callbackGas_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadValset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallbackFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"CallbackMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NotSuccessful\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"SignatureCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGasLimit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"DeploymentRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"RefundClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"TaskRecordCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SUCCESS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"deploymentTaskId\",\"type\":\"bytes32\"}],\"name\":\"contractAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createDeploymentRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"name\":\"createPayableTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"name\":\"createTaskRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Permit\",\"name\":\"permit\",\"type\":\"tuple\"}],\"name\":\"createTaskRecordWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.TaskRequest[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"createTaskRecords\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"taskIds\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deliverCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"executeCallback\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"nextTaskId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"callbackHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Receipt\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"receiptLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"escrowToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrowAmount\",\"type\":\"uint256\"}],\"internalType\":\"structEnigmaBridge.Record\",\"name\":\"rec\",\"type\":\"tuple\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"senderNonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eventNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"valsetNonce\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstSequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"feeTokens\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"feeTotals\",\"type\":\"uint256[]\"}],\"internalType\":\"structEnigmaBridge.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"next\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structEnigmaBridge.Valset\",\"name\":\"current\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEnigmaBridge.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EnigmaBridge",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051613b44380380613b4483398101604081905261002e91610387565b6100388484610061565b6001600160a01b03821660805260a081905261005584845f610221565b5f555061054992505050565b81511580610070575060c88251115b156100b057604051634a923a3960e01b81526004016100a79060208082526004908201526373697a6560e01b604082015260600190565b60405180910390fd5b80518251146100f357604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b60448201526064016100a7565b5f5f5b835181101561021b57816001600160a01b031684828151811061011b5761011b610463565b60200260200101516001600160a01b03161161019557604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b60648201526084016100a7565b8281815181106101a7576101a7610463565b60200260200101516001600160401b03165f036101f457604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b60448201526064016100a7565b83818151811061020657610206610463565b602002602001015191508060010190506100f6565b50505050565b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f463084878760405160200161025d969594939291906104ba565b6040516020818303038152906040528051906020012090509392505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156102b8576102b861027c565b604052919050565b5f6001600160401b038211156102d8576102d861027c565b5060051b60200190565b6001600160a01b03811681146102f6575f5ffd5b50565b5f82601f830112610308575f5ffd5b815161031b610316826102c0565b610290565b8082825260208201915060208360051b86010192508583111561033c575f5ffd5b602085015b8381101561036d5780516001600160401b038116811461035f575f5ffd5b835260209283019201610341565b5095945050505050565b8051610382816102e2565b919050565b5f5f5f5f6080858703121561039a575f5ffd5b84516001600160401b038111156103af575f5ffd5b8501601f810187136103bf575f5ffd5b80516103cd610316826102c0565b8082825260208201915060208360051b8501019250898311156103ee575f5ffd5b6020840193505b82841015610419578351610408816102e2565b8252602093840193909101906103f5565b6020890151909750925050506001600160401b03811115610438575f5ffd5b610444878288016102f9565b93505061045360408601610377565b6060959095015193969295505050565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b828110156104b05781516001600160401b0316865260209586019590910190600101610489565b5093949350505050565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156105275783516001600160a01b0316835260209384019390920191600101610500565b505083810360a085015261053b8186610477565b9a9950505050505050505050565b60805160a0516135b06105945f395f818161048d015281816115e20152818161160c015261167a01525f81816103bc0152818161180e01528181611841015261187301526135b05ff3fe6080604052600436106101af575f3560e01c80636b71fd69116100e7578063bea9216d11610087578063e14d407211610062578063e14d4072146105a6578063e6f121cc146105c5578063f3b26eac146105f4578063fb7294ed14610613575f5ffd5b8063bea9216d146104f9578063c19d93fb1461050e578063d3177ff414610586575f5ffd5b80639ed8846b116100c25780639ed8846b1461045d578063a10132ad1461047c578063b93a974f146104af578063bc444d77146104da575f5ffd5b80636b71fd69146103f1578063714897df146104245780638855e09214610438575f5ffd5b80634aaa8e4b11610152578063593502921161012d57806359350292146102fb578063637cd7f014610375578063647846a5146103ab578063669d27d2146103de575f5ffd5b80634aaa8e4b1461029657806351ac2719146102c957806351cff8d9146102dc575f5ffd5b80631c2354191161018d5780631c23541914610218578063295710ff146102395780634095c3b214610264578063409abd7914610277575f5ffd5b806306110a76146101b3578063113331cf146101da57806315075beb146101f9575b5f5ffd5b3480156101be575f5ffd5b506101c75f5481565b6040519081526020015b60405180910390f35b3480156101e5575f5ffd5b506101c76101f4366004612999565b610632565b348015610204575f5ffd5b506101c76102133660046129e2565b6106e8565b348015610223575f5ffd5b50610237610232366004612a78565b610794565b005b348015610244575f5ffd5b506101c7610253366004612b02565b60026020525f908152604090205481565b6101c7610272366004612b1b565b6109f0565b348015610282575f5ffd5b50610237610291366004612bb5565b610a88565b3480156102a1575f5ffd5b506101c77fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d81565b6101c76102d7366004612c2f565b610b7e565b3480156102e7575f5ffd5b506102376102f6366004612b02565b610d24565b348015610306575f5ffd5b5061035d610315366004612c69565b60405171656e69676d612f636f6e74726163742f763160701b6020820152603281018290525f9060520160408051601f19818403018152919052805160209091012092915050565b6040516001600160a01b0390911681526020016101d1565b348015610380575f5ffd5b506101c761038f366004612c80565b600460209081525f928352604080842090915290825290205481565b3480156103b6575f5ffd5b5061035d7f000000000000000000000000000000000000000000000000000000000000000081565b6101c76103ec366004612ca8565b610dea565b3480156103fc575f5ffd5b506101c77f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f81565b34801561042f575f5ffd5b506101c760c881565b348015610443575f5ffd5b5061044b5f81565b60405160ff90911681526020016101d1565b348015610468575f5ffd5b506101c7610477366004612cd9565b610f05565b348015610487575f5ffd5b506101c77f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ba575f5ffd5b506101c76104c9366004612cf3565b60036020525f908152604090205481565b3480156104e5575f5ffd5b506101c76104f4366004612b02565b610f17565b348015610504575f5ffd5b506101c761ea6081565b348015610519575f5ffd5b5060408051608080820183526001546001600160401b03808216808552600160401b830482166020808701829052600160801b85048416878901819052600160c01b90950490931660609687018190528751928352928201529485019190915291830191909152016101d1565b610599610594366004612d0c565b610f3a565b6040516101d19190612d7b565b3480156105b1575f5ffd5b506102376105c0366004612e0d565b6111af565b3480156105d0575f5ffd5b506105e46105df366004612e9b565b6114aa565b60405190151581526020016101d1565b3480156105ff575f5ffd5b506101c761060e366004612f50565b6117fb565b34801561061e575f5ffd5b5061023761062d366004612faf565b6118a4565b5f7fccf3e6633edb7320644c161e102ee9025129b81e349f90e1530d394dc8e0de0d46306106636020860186612cf3565b60208601356106786060880160408901612cf3565b6106886080890160608a01612cf3565b61069560808a018a612fe3565b6106a260a08c018c612fe3565b6106af60c08e018e612fe3565b6040516020016106cb9d9c9b9a9998979695949392919061306e565b604051602081830303815290604052805190602001209050919050565b5f6106f66020840184612cf3565b836020013561070484610f05565b6107146060870160408801613131565b6107246080880160608901612cf3565b604080516001600160401b03968716602082015290810194909452606084019290925260ff16608083810191909152921660a0828101919091529185013560c08201529084013560e0820152610100015b6040516020818303038152906040528051906020012090505b92915050565b61079c611d60565b6107a98585858585611d97565b5f60ff6107b96020870187612cf3565b6001600160401b03166107cc9190613179565b90505f60ff6107de6020880188612cf3565b6001600160401b03166107f1919061318c565b5f83815260056020526040902054600190911b91508082161561083257604051633210992160e21b8152602088013560048201526024015b60405180910390fd5b5f838152600560205260408120828417600160ff1b17905560808088013590610860908a0160608b01612cf3565b6001600160401b031661087960808a0160608b01612cf3565b6001600160401b031661088c919061319f565b61089691906131b2565b90505f806108aa60608b0160408c01613131565b60ff161415806108bc57506080890135155b156108c8575060c08701355b6108d860c0890160a08a01612b02565b6001600160a01b03166108f160608a0160408b01612b02565b6001600160a01b0316036109335761092e61090f60208a018a612b02565b61091f60608b0160408c01612b02565b61092984866131c9565b611e63565b61097f565b61095961094360208a018a612b02565b61095360608b0160408c01612b02565b84611e63565b61097f61096960208a018a612b02565b61097960c08b0160a08c01612b02565b83611e63565b61098c6020890189612b02565b6001600160a01b031689602001357f8e5e2dffc038ddecd3f82e841b3c9467cd6437847dff33496a539c274004e19784846040516109d4929190918252602082015260400190565b60405180910390a350505050506109e9611f0c565b5050505050565b5f6109f9611d60565b5f610a048686611f36565b90506001600160a01b038416610a2557610a1e83826131c9565b9050610a3a565b610a3a6001600160a01b038516333086611f7a565b803414610a635760405163e106593160e01b815234600482015260248101829052604401610829565b610a7333898989895f8a8a611fb0565b915050610a7e611f0c565b9695505050505050565b333014610aa85760405163029a949d60e31b815260040160405180910390fd5b5f6001600160a01b038316610abe575080610ad8565b8115610ad857610ad86001600160a01b0384168884612123565b5f876001600160a01b031682888888604051602001610af9939291906131dc565b60408051601f1981840301815290829052610b1391613202565b5f6040518083038185875af1925050503d805f8114610b4d576040519150601f19603f3d011682016040523d82523d5f602084013e610b52565b606091505b5050905080610b7457604051630443ec2b60e31b815260040160405180910390fd5b5050505050505050565b5f5f610b8a8484611f36565b9050803414610bb55760405163e106593160e01b815234600482015260248101829052604401610829565b60408051608081018252600180546001600160401b038082168452600160401b82048116602080860191909152600160801b8304821685870152600160c01b909204166060840152335f908152600290915292909220549091610c199082906131c9565b335f81815260026020526040902091909155610c359082612158565b9350336001600160a01b0316847f7a752d6ec2e9463a82c614b9023b1c90185e21fc159be9f71a6d23d033369253845f018051610c7190613218565b6001600160401b039081169182905260408051928352602083018e905282018c90528a1660608201526080810189905260a0015b60405180910390a350805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166001600160801b03928216600160401b026001600160801b0319909416919095161791909117169190911791909117905550949350505050565b610d2c611d60565b335f9081526004602090815260408083206001600160a01b038516845290915281205490819003610d7057604051630686827b60e51b815260040160405180910390fd5b335f8181526004602090815260408083206001600160a01b0387168452909152812055610d9e908383611e63565b6040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a350610de7611f0c565b50565b5f5f610df68484611f36565b9050803414610e215760405163e106593160e01b815234600482015260248101829052604401610829565b60408051608081018252600180546001600160401b038082168452600160401b82048116602080860191909152600160801b8304821685870152600160c01b909204166060840152335f908152600290915292909220549091610e859082906131c9565b335f81815260026020526040902091909155610ea19082612158565b9350336001600160a01b0316847fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460845f018051610edd90613218565b6001600160401b031690819052604051610ca591908d908d908d908d905f9081908190613242565b5f816040516020016106cb9190613297565b6001600160a01b0381165f9081526002602052604081205461078e908390612158565b604080516080810182526001546001600160401b038082168352600160401b82048116602080850191909152600160801b8304821684860152600160c01b9092048116606084810191909152335f90815260029093529382205491908590811115610fa757610fa7613332565b604051908082528060200260200182016040528015610fd0578160200160208202803683370190505b5093505f5b858110156110f05736878783818110610ff057610ff0613346565b905060800201905061101881604001602081019061100e9190612cf3565b8260600135611f36565b61102290846131c9565b92505f6110383361103385886131c9565b612158565b90508087848151811061104d5761104d613346565b602002602001018181525050336001600160a01b0316817fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460885f01805161109390613218565b6001600160401b0316908190526110ad6020870187612b02565b60208701356110c26060890160408a01612cf3565b88606001355f5f5f6040516110de989796959493929190613242565b60405180910390a35050600101610fd5565b5080341461111a5760405163e106593160e01b815234600482015260248101829052604401610829565b61112485836131c9565b335f908152600260209081526040918290209290925584516001805493870151928701516060909701516001600160401b03908116600160c01b026001600160c01b03988216600160801b02989098166001600160801b03948216600160401b026001600160801b031990961691909316179390931791909116179390931790925550909392505050565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811683850152600160c01b9091041660608083018290529192909161120891908801908801612cf3565b6001600160401b031611611262576112266060860160408701612cf3565b606082015161123690600161335a565b6040516315def3c560e31b81526001600160401b03928316600482015291166024820152604401610829565b6112e361126f8680612fe3565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506112ad925050506020880188612fe3565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061219c92505050565b6112ec8461234d565b5f61137e6112fa8780612fe3565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611338925050506020890189612fe3565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506113799250505060608a0160408b01612cf3565b6123f9565b905061138c85858584612454565b5f8190556113a06060870160408801612cf3565b6001600160401b03166060808401919091526113c190870160408801612cf3565b6001600160401b03167f8697e903d222438c713266ebb9f337ef8965f61d381d07ef5ddf1229706c9411835f0180516113f990613218565b6001600160401b0316908190526114108980612fe3565b61141d60208c018c612fe3565b60405161142e959493929190613379565b60405180910390a250805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166001600160801b03928216600160401b026001600160801b0319909416919095161791909117169190911791909117905550505050565b5f6114b3611d60565b6114c08989898989611d97565b5f6114d160608a0160408b01613131565b60ff16146114f8576040516303b9bb0760e01b815260208901356004820152602401610829565b83838360405160200161150d93929190613410565b6040516020818303038152906040528051906020012088608001351461154c57604051630832cce960e11b815260208901356004820152602401610829565b60065f61155c60208b018b612cf3565b6001600160401b0316815260208101919091526040015f205460ff161561159c57604051633210992160e21b815260208901356004820152602401610829565b600160065f6115ae60208c018c612cf3565b6001600160401b0316815260208101919091526040015f908120805460ff19169215159290921790915561ea60611606603f7f0000000000000000000000000000000000000000000000000000000000000000613179565b611630907f00000000000000000000000000000000000000000000000000000000000000006131c9565b61163a91906131c9565b9050805a1015611669575a604051631219653960e21b8152600481019190915260248101829052604401610829565b306001600160a01b031663409abd797f00000000000000000000000000000000000000000000000000000000000000008787878d60200160208101906116af9190612b02565b8e60a00160208101906116c29190612b02565b8f60c001356040518863ffffffff1660e01b81526004016116e89695949392919061343d565b5f604051808303815f88803b1580156116ff575f5ffd5b5087f193505050508015611711575060015b6117975760c0880135156117925760c088013560045f61173460208c018c612b02565b6001600160a01b0316815260208101919091526040015f9081209061175f60c08c0160a08d01612b02565b6001600160a01b03166001600160a01b031681526020019081526020015f205f82825461178c91906131c9565b90915550505b61179c565b600191505b846001600160a01b031689602001357f06ea621f9e9dfc6ec090cd40918256ea3ccfd600305a9b5c5f54eba8e92c777c846040516117de911515815260200190565b60405180910390a3506117ef611f0c565b98975050505050505050565b5f5f6118078585611f36565b90506118347f00000000000000000000000000000000000000000000000000000000000000008285612673565b6118696001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084611f7a565b61189933888888887f00000000000000000000000000000000000000000000000000000000000000005f5f611fb0565b979650505050505050565b60408051608081018252600180546001600160401b038082168452600160401b8204811660208501819052600160801b8304821695850195909552600160c01b90910416606083015290916118f89161335a565b6001600160401b031661190e6020870187612cf3565b6001600160401b031614611939576119296020860186612cf3565b602082015161123690600161335a565b604081015161194990600161335a565b6001600160401b03166119626060870160408801612cf3565b6001600160401b03161415806119a757506119836060860160408701612cf3565b6001600160401b031661199c6080870160608801612cf3565b6001600160401b0316105b15611a045760405163011589df60e11b815260206004820152602660248201527f73657175656e636573206d75737420636f6e74696e756520746865206c617374604482015265040c4c2e8c6d60d31b6064820152608401610829565b611a1160a0860186612fe3565b9050611a206080870187612fe3565b9050141580611a4b5750611a3760c0860186612fe3565b9050611a466080870187612fe3565b905014155b15611a995760405163011589df60e11b815260206004820152601b60248201527f666565206172726179732064696666657220696e206c656e67746800000000006044820152606401610829565b611aa28461234d565b611ab6848484611ab189610632565b612454565b602085018035906003905f90611acc9089612cf3565b6001600160401b03166001600160401b031681526020019081526020015f20819055505f5b611afe6080870187612fe3565b9050811015611bea57611b1460c0870187612fe3565b82818110611b2457611b24613346565b9050602002013560045f888060800190611b3e9190612fe3565b85818110611b4e57611b4e613346565b9050602002016020810190611b639190612b02565b6001600160a01b0316815260208101919091526040015f90812090611b8b60a08a018a612fe3565b85818110611b9b57611b9b613346565b9050602002016020810190611bb09190612b02565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611bdd91906131c9565b9091555050600101611af1565b505f60ff611bfe6080880160608901612cf3565b6001600160401b0316611c119190613179565b90505f60ff611c266060890160408a01612cf3565b6001600160401b0316611c399190613179565b90505b818111611c7c575f818152600560205260408120549003611c6c575f818152600560205260409020600160ff1b90555b611c7581613486565b9050611c3c565b50611c8a6020870187612cf3565b6001600160401b03166020830152611ca86080870160608801612cf3565b6001600160401b03166040830152611cc36020870187612cf3565b6001600160401b03167f06d7dc711960e1df69843a4ea1b9f4dc9f1fee1bf528943e9af030a91550751e835f018051611cfb90613218565b6001600160401b0316908190526020890135611d1d60608b0160408c01612cf3565b611d2d60808c0160608d01612cf3565b604080516001600160401b039586168152602081019490945291841691830191909152909116606082015260800161142e565b611d68612721565b611d9560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612761565b565b6001600160401b0385165f9081526003602052604090205480611dd8576040516329323fff60e01b81526001600160401b0387166004820152602401610829565b611ded838383611de889896106e8565b612768565b611e0a576040516309bde33960e01b815260040160405180910390fd5b611e1a6080850160608601612cf3565b6001600160401b0316611e336080870160608801612cf3565b6001600160401b03161115611e5b576040516309bde33960e01b815260040160405180910390fd5b505050505050565b805f03611e6f57505050565b6001600160a01b038216611ef3575f836001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611ec6576040519150601f19603f3d011682016040523d82523d5f602084013e611ecb565b606091505b5050905080611eed576040516312171d8360e31b815260040160405180910390fd5b50505050565b611f076001600160a01b0383168483612123565b505050565b611d955f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611d8f565b5f826001600160401b03165f03611f6057604051633e267f9560e01b815260040160405180910390fd5b611f73826001600160401b0385166131b2565b9392505050565b611f8884848484600161277f565b611eed57604051635274afe760e01b81526001600160a01b0385166004820152602401610829565b60408051608081018252600180546001600160401b038082168452600160401b82048116602080860191909152600160801b8304821685870152600160c01b9092041660608401526001600160a01b038c165f9081526002909152928320549061201b9082906131c9565b6001600160a01b038c165f9081526002602052604090205561203d8b82612158565b92508a6001600160a01b0316837fb2640860db83325db40b5ab8e8725bde784d5ac2c4fe27f514b443a2b4a57460845f01805161207990613218565b6001600160401b0316908190526040516120a191908f908f908f908f908f908f908f90613242565b60405180910390a350805160018054602084015160408501516060909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166001600160801b03928216600160401b026001600160801b0319909416919095161791909117169190911791909117905598975050505050505050565b61213083838360016127ec565b611f0757604051635274afe760e01b81526001600160a01b0384166004820152602401610829565b604080514660208201526bffffffffffffffffffffffff1930606090811b8216938301939093529184901b9091166054820152606881018290525f90608801610775565b815115806121ab575060c88251115b156121e257604051634a923a3960e01b81526004016108299060208082526004908201526373697a6560e01b604082015260600190565b805182511461222557604051634a923a3960e01b815260206004820152600e60248201526d3632b733ba3439903234b33332b960911b6044820152606401610829565b5f5f5b8351811015611eed57816001600160a01b031684828151811061224d5761224d613346565b60200260200101516001600160a01b0316116122c757604051634a923a3960e01b815260206004820152603260248201527f76616c696461746f7273206d757374206265207374726963746c7920617363656044820152716e64696e6720616e64206e6f6e2d7a65726f60701b6064820152608401610829565b8281815181106122d9576122d9613346565b60200260200101516001600160401b03165f0361232657604051634a923a3960e01b815260206004820152600a6024820152693d32b937903837bbb2b960b11b6044820152606401610829565b83818151811061233857612338613346565b60200260200101519150806001019050612228565b5f546123db61235c8380612fe3565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061239a925050506020850185612fe3565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611379925050506060860160408701612cf3565b14610de757604051630dc9b21560e21b815260040160405180910390fd5b5f7f89d0f60a3852265a7905bc09f7582122cb54a2b67ba3e121c69167eff67e5e0f4630848787604051602001612435969594939291906134d7565b6040516020818303038152906040528051906020012090509392505050565b5f61245f8580612fe3565b91505082811461248c57604051630ad1c98160e01b81526004810184905260248101829052604401610829565b5f5f5b828110156124e6576124a46020880188612fe3565b828181106124b4576124b4613346565b90506020020160208101906124c99190612cf3565b6124dc906001600160401b0316836131c9565b915060010161248f565b505f5f5b83811015612650573687878381811061250557612505613346565b60600291909101915061251d90506020820182613131565b60ff165f0361252c5750612648565b5f8061254e8861253f6020860186613131565b8560200135866040013561284e565b5090925090505f81600381111561256757612567613566565b1415806125b457506125798b80612fe3565b8581811061258957612589613346565b905060200201602081019061259e9190612b02565b6001600160a01b0316826001600160a01b031614155b156125d557604051630a57f30960e31b815260048101859052602401610829565b6125e260208c018c612fe3565b858181106125f2576125f2613346565b90506020020160208101906126079190612cf3565b61261a906001600160401b0316866131c9565b94506126278660026131b2565b6126328660036131b2565b11156126445750505050505050611eed565b5050505b6001016124ea565b5060405162bfb6ab60e01b81526004810182905260248101839052604401610829565b6001600160a01b03831663d505accf33308585356126976040880160208901613131565b604080516001600160e01b031960e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff16608483015284013560a4820152606084013560c482015260e4015f604051808303815f87803b158015612706575f5ffd5b505af1925050508015612717575060015b15611f0757505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611d9557604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f82612775868685612916565b1495945050505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166127db5783831516156127cf573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612842578383151615612836573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561288757505f9150600390508261290c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156128d8573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661290357505f92506001915082905061290c565b92505f91508190505b9450945094915050565b5f81815b8481101561294e576129448287878481811061293857612938613346565b90506020020135612957565b915060010161291a565b50949350505050565b5f818310612971575f828152602084905260409020611f73565b5f838152602083905260409020611f73565b5f60e08284031215612993575f5ffd5b50919050565b5f602082840312156129a9575f5ffd5b81356001600160401b038111156129be575f5ffd5b6129ca84828501612983565b949350505050565b5f60c08284031215612993575f5ffd5b5f5f6101a083850312156129f4575f5ffd5b6129fe84846129d2565b9150612a0d8460c08501612983565b90509250929050565b80356001600160401b0381168114612a2c575f5ffd5b919050565b5f5f83601f840112612a41575f5ffd5b5081356001600160401b03811115612a57575f5ffd5b6020830191508360208260051b8501011115612a71575f5ffd5b9250929050565b5f5f5f5f5f6101e08688031215612a8d575f5ffd5b612a9686612a16565b9450612aa587602088016129d2565b9350612ab48760e08801612983565b92506101c08601356001600160401b03811115612acf575f5ffd5b612adb88828901612a31565b969995985093965092949392505050565b80356001600160a01b0381168114612a2c575f5ffd5b5f60208284031215612b12575f5ffd5b611f7382612aec565b5f5f5f5f5f5f60c08789031215612b30575f5ffd5b612b3987612aec565b955060208701359450612b4e60408801612a16565b935060608701359250612b6360808801612aec565b9598949750929591949360a090920135925050565b5f5f83601f840112612b88575f5ffd5b5081356001600160401b03811115612b9e575f5ffd5b602083019150836020828501011115612a71575f5ffd5b5f5f5f5f5f5f60a08789031215612bca575f5ffd5b612bd387612aec565b955060208701356001600160401b03811115612bed575f5ffd5b612bf989828a01612b78565b9096509450612c0c905060408801612aec565b9250612c1a60608801612aec565b95989497509295919493608090920135925050565b5f5f5f5f60808587031215612c42575f5ffd5b8435935060208501359250612c5960408601612a16565b9396929550929360600135925050565b5f60208284031215612c79575f5ffd5b5035919050565b5f5f60408385031215612c91575f5ffd5b612c9a83612aec565b9150612a0d60208401612aec565b5f5f5f5f60808587031215612cbb575f5ffd5b612cc485612aec565b935060208501359250612c5960408601612a16565b5f60e08284031215612ce9575f5ffd5b611f738383612983565b5f60208284031215612d03575f5ffd5b611f7382612a16565b5f5f60208385031215612d1d575f5ffd5b82356001600160401b03811115612d32575f5ffd5b8301601f81018513612d42575f5ffd5b80356001600160401b03811115612d57575f5ffd5b8560208260071b8401011115612d6b575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b81811015612db2578351835260209384019390920191600101612d94565b509095945050505050565b5f60608284031215612993575f5ffd5b5f5f83601f840112612ddd575f5ffd5b5081356001600160401b03811115612df3575f5ffd5b602083019150836020606083028501011115612a71575f5ffd5b5f5f5f5f60608587031215612e20575f5ffd5b84356001600160401b03811115612e35575f5ffd5b612e4187828801612dbd565b94505060208501356001600160401b03811115612e5c575f5ffd5b612e6887828801612dbd565b93505060408501356001600160401b03811115612e83575f5ffd5b612e8f87828801612dcd565b95989497509550505050565b5f5f5f5f5f5f5f5f610220898b031215612eb3575f5ffd5b612ebc89612a16565b9750612ecb8a60208b016129d2565b9650612eda8a60e08b01612983565b95506101c08901356001600160401b03811115612ef5575f5ffd5b612f018b828c01612a31565b9096509450612f1590506101e08a01612aec565b92506102008901356001600160401b03811115612f30575f5ffd5b612f3c8b828c01612b78565b999c989b5096995094979396929594505050565b5f5f5f5f5f858703610100811215612f66575f5ffd5b612f6f87612aec565b955060208701359450612f8460408801612a16565b9350606087013592506080607f1982011215612f9e575f5ffd5b506080860190509295509295909350565b5f5f5f5f60608587031215612fc2575f5ffd5b84356001600160401b03811115612fd7575f5ffd5b612e4187828801612983565b5f5f8335601e19843603018112612ff8575f5ffd5b8301803591506001600160401b03821115613011575f5ffd5b6020019150600581901b3603821315612a71575f5ffd5b8183526020830192505f815f5b84811015613064576001600160a01b0361304e83612aec565b1686526020958601959190910190600101613035565b5093949350505050565b8d81528c602082015260018060a01b038c1660408201526001600160401b038b1660608201528960808201526001600160401b03891660a08201526001600160401b03881660c082015261014060e08201525f6130d06101408301888a613028565b8281036101008401526130e4818789613028565b83810361012085015284815290505f6001600160fb1b03851115613106575f5ffd5b8460051b8087602085013760208184010191505080925050509e9d5050505050505050505050505050565b5f60208284031215613141575f5ffd5b813560ff81168114611f73575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8261318757613187613151565b500490565b5f8261319a5761319a613151565b500690565b8181038181111561078e5761078e613165565b808202811582820484141761078e5761078e613165565b8082018082111561078e5761078e613165565b8284823760609190911b6bffffffffffffffffffffffff19169101908152601401919050565b5f82518060208501845e5f920191825250919050565b5f6001600160401b0382166001600160401b03810361323957613239613165565b60010192915050565b6001600160401b0398891681526001600160a01b03978816602082015260408101969096529390961660608501526080840191909152831660a08301529290911660c082015260e08101919091526101000190565b60e081016001600160a01b036132ac84612aec565b1682526001600160a01b036132c360208501612aec565b1660208301526001600160a01b036132dd60408501612aec565b1660408301526001600160401b036132f760608501612a16565b166060830152608083810135908301526001600160a01b0361331b60a08501612aec565b1660a083015260c092830135929091019190915290565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03818116838216019081111561078e5761078e613165565b6001600160401b0386168152606060208201525f61339b606083018688613028565b828103604084015283815284906020015f5b858110156133db576001600160401b036133c684612a16565b168252602092830192909101906001016133ad565b5098975050505050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f9061343490830184866133e8565b95945050505050565b6001600160a01b038716815260a0602082018190525f9061346190830187896133e8565b6001600160a01b03958616604084015293909416606082015260800152949350505050565b5f6001820161349757613497613165565b5060010190565b5f8151808452602084019350602083015f5b828110156130645781516001600160401b03168652602095860195909101906001016134b0565b86815260208082018790526001600160a01b03861660408301526001600160401b038516606083015260c06080830181905284519083018190525f9185019060e0840190835b818110156135445783516001600160a01b031683526020938401939092019160010161351d565b505083810360a0850152613558818661349e565b9a9950505050505050505050565b634e487b7160e01b5f52602160045260245ffdfea26469706673582212201ebef9bd8f9b9573f8261107b24e3ae0a3259779f95f0534f83ddc396021b56f64736f6c63430008250033",
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
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["CallbackFailed"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackCallbackFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enigmaBridge.abi.Errors["CallbackMismatch"].ID.Bytes()[:4]) {
		return enigmaBridge.UnpackCallbackMismatchError(raw[4:])
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

// EnigmaBridgeCallbackFailed represents a CallbackFailed error raised by the EnigmaBridge contract.
type EnigmaBridgeCallbackFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackFailed()
func EnigmaBridgeCallbackFailedErrorID() common.Hash {
	return common.HexToHash("0x221f615860194146ec194ea9d9a3c6430a08c54ee4fae5fec8d24045419576a2")
}

// UnpackCallbackFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackFailed()
func (enigmaBridge *EnigmaBridge) UnpackCallbackFailedError(raw []byte) (*EnigmaBridgeCallbackFailed, error) {
	out := new(EnigmaBridgeCallbackFailed)
	if err := enigmaBridge.abi.UnpackIntoInterface(out, "CallbackFailed", raw); err != nil {
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
