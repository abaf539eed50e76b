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

// AuctionHouseMetaData contains all meta data concerning the AuctionHouse contract.
var AuctionHouseMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"callbackExecutor_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretAuction_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"settleBy_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCallbackExecutor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"OnlyEther\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongSecretContract\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"AuctionSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BidDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"winner_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price_\",\"type\":\"uint256\"}],\"name\":\"auctionSettled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"bidDeposited\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackExecutor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"deposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"entitlement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"secretAuction\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"seller\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settleBy\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AuctionHouse",
	Bin: "0x610100604052348015610010575f5ffd5b50604051610ab4380380610ab483398101604081905261002f91610069565b6001600160a01b03928316608052911660a0523360c05260e0526100a2565b80516001600160a01b0381168114610064575f5ffd5b919050565b5f5f5f6060848603121561007b575f5ffd5b6100848461004e565b92506100926020850161004e565b9150604084015190509250925092565b60805160a05160c05160e0516109a861010c5f395f8181610236015281816103c20152818161047b01526105d201525f818160d4015261067d01525f81816101590152818161034e015261074101525f818161018c015281816102df01526106d201526109a85ff3fe6080604052600436106100bf575f3560e01c80638f7758391161007c578063ca8f4ca111610057578063ca8f4ca114610258578063dfbf53ae14610277578063f303618514610296578063fc7e286d146102a9575f5ffd5b80638f775839146101e7578063a035b1fe14610210578063b63c497714610225575f5ffd5b806308551a53146100c35780632d20f510146101135780633ccfd60b146101345780636901fe73146101485780636aed4fc41461017b5780636ef61092146101ae575b5f5ffd5b3480156100ce575f5ffd5b506100f67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561011e575f5ffd5b5061013261012d366004610883565b6102d4565b005b34801561013f575f5ffd5b5061013261046b565b348015610153575f5ffd5b506100f67f000000000000000000000000000000000000000000000000000000000000000081565b348015610186575f5ffd5b506100f67f000000000000000000000000000000000000000000000000000000000000000081565b3480156101b9575f5ffd5b506101d96101c83660046108ab565b60016020525f908152604090205481565b60405190815260200161010a565b3480156101f2575f5ffd5b506004546102009060ff1681565b604051901515815260200161010a565b34801561021b575f5ffd5b506101d960035481565b348015610230575f5ffd5b506101d97f000000000000000000000000000000000000000000000000000000000000000081565b348015610263575f5ffd5b506101d96102723660046108ab565b6105c4565b348015610282575f5ffd5b506002546100f6906001600160a01b031681565b6101326102a43660046108ab565b6106c7565b3480156102b4575f5ffd5b506101d96102c33660046108ab565b5f6020819052908152604090205481565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461031d57604051631da89f8d60e11b815260040160405180910390fd5b5f803661032b6014826108d8565b6103369282906108eb565b61033f91610912565b60601c90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016811461039d5760405163b3f274b760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60045460ff16156103c05760405162560ff960e81b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000004211156104015760405163ecdd1c2960e01b815260040160405180910390fd5b6004805460ff19166001179055600280546001600160a01b0385166001600160a01b0319909116811790915560038390556040518381527f15bff754355d68fa38fb3ca8459829a807947cbf186c0f47d283d8dbbfcad568906020015b60405180910390a2505050565b60045460ff1615801561049e57507f00000000000000000000000000000000000000000000000000000000000000004211155b156104bc5760405163ba329a9b60e01b815260040160405180910390fd5b335f8181526001602052604081205490916104d6906105c4565b6104e091906108d8565b9050805f0361050257604051630686827b60e51b815260040160405180910390fd5b335f908152600160205260408120805483929061052090849061095f565b90915550506040515f90339083908381818185875af1925050503d805f8114610564576040519150601f19603f3d011682016040523d82523d5f602084013e610569565b606091505b505090508061058b576040516312171d8360e31b815260040160405180910390fd5b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a25050565b6004545f9060ff1661061c577f000000000000000000000000000000000000000000000000000000000000000042116105fd575f610616565b6001600160a01b0382165f908152602081905260409020545b92915050565b6003546002546001600160a01b03165f90815260208190526040812054909161064491610851565b6001600160a01b038085165f818152602081905260409020546002549095509293509116900361067b5761067881836108d8565b91505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316036106c1576106be818361095f565b91505b50919050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461071057604051631da89f8d60e11b815260040160405180910390fd5b5f803661071e6014826108d8565b6107299282906108eb565b61073291610912565b60601c90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016811461078b5760405163b3f274b760e01b81526001600160a01b0382166004820152602401610394565b5f80366107996048826108d8565b906107a56034366108d8565b926107b2939291906108eb565b6107bb91610912565b60601c905080156107ea57604051633773266f60e01b81526001600160a01b0382166004820152602401610394565b6001600160a01b0383165f908152602081905260408120805434929061081190849061095f565b90915550506040513481526001600160a01b038416907f0cf69d53ee4288e605c0b02d140bcc638974931c745230ca26e634e691371bbf9060200161045e565b5f81831061085f5781610861565b825b9392505050565b80356001600160a01b038116811461087e575f5ffd5b919050565b5f5f60408385031215610894575f5ffd5b61089d83610868565b946020939093013593505050565b5f602082840312156108bb575f5ffd5b61086182610868565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610616576106166108c4565b5f5f858511156108f9575f5ffd5b83861115610905575f5ffd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015610958576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b80820180821115610616576106166108c456fea2646970667358221220a0d7cc4a021b5d21e80057375998e0e5dd42fddad3635f7d5318f436bb0832ec64736f6c63430008250033",
}

// AuctionHouse is an auto generated Go binding around an Ethereum contract.
type AuctionHouse struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AuctionHouse) GetABI() abi.ABI {
	return c.abi
}

// NewAuctionHouse creates a new instance of AuctionHouse.
func NewAuctionHouse() *AuctionHouse {
	parsed, err := AuctionHouseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AuctionHouse{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AuctionHouse) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address callbackExecutor_, address secretAuction_, uint256 settleBy_) returns()
func (auctionHouse *AuctionHouse) PackConstructor(callbackExecutor_ common.Address, secretAuction_ common.Address, settleBy_ *big.Int) []byte {
	enc, err := auctionHouse.abi.Pack("", callbackExecutor_, secretAuction_, settleBy_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAuctionSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d20f510.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auctionSettled(address winner_, uint256 price_) returns()
func (auctionHouse *AuctionHouse) PackAuctionSettled(winner common.Address, price *big.Int) []byte {
	enc, err := auctionHouse.abi.Pack("auctionSettled", winner, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuctionSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d20f510.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auctionSettled(address winner_, uint256 price_) returns()
func (auctionHouse *AuctionHouse) TryPackAuctionSettled(winner common.Address, price *big.Int) ([]byte, error) {
	return auctionHouse.abi.Pack("auctionSettled", winner, price)
}

// PackBidDeposited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3036185.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidDeposited(address bidder) payable returns()
func (auctionHouse *AuctionHouse) PackBidDeposited(bidder common.Address) []byte {
	enc, err := auctionHouse.abi.Pack("bidDeposited", bidder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidDeposited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3036185.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidDeposited(address bidder) payable returns()
func (auctionHouse *AuctionHouse) TryPackBidDeposited(bidder common.Address) ([]byte, error) {
	return auctionHouse.abi.Pack("bidDeposited", bidder)
}

// PackCallbackExecutor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aed4fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackExecutor() view returns(address)
func (auctionHouse *AuctionHouse) PackCallbackExecutor() []byte {
	enc, err := auctionHouse.abi.Pack("callbackExecutor")
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
func (auctionHouse *AuctionHouse) TryPackCallbackExecutor() ([]byte, error) {
	return auctionHouse.abi.Pack("callbackExecutor")
}

// UnpackCallbackExecutor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6aed4fc4.
//
// Solidity: function callbackExecutor() view returns(address)
func (auctionHouse *AuctionHouse) UnpackCallbackExecutor(data []byte) (common.Address, error) {
	out, err := auctionHouse.abi.Unpack("callbackExecutor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e286d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposits(address bidder) view returns(uint256)
func (auctionHouse *AuctionHouse) PackDeposits(bidder common.Address) []byte {
	enc, err := auctionHouse.abi.Pack("deposits", bidder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e286d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposits(address bidder) view returns(uint256)
func (auctionHouse *AuctionHouse) TryPackDeposits(bidder common.Address) ([]byte, error) {
	return auctionHouse.abi.Pack("deposits", bidder)
}

// UnpackDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc7e286d.
//
// Solidity: function deposits(address bidder) view returns(uint256)
func (auctionHouse *AuctionHouse) UnpackDeposits(data []byte) (*big.Int, error) {
	out, err := auctionHouse.abi.Unpack("deposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEntitlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca8f4ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entitlement(address account) view returns(uint256 total)
func (auctionHouse *AuctionHouse) PackEntitlement(account common.Address) []byte {
	enc, err := auctionHouse.abi.Pack("entitlement", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntitlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca8f4ca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entitlement(address account) view returns(uint256 total)
func (auctionHouse *AuctionHouse) TryPackEntitlement(account common.Address) ([]byte, error) {
	return auctionHouse.abi.Pack("entitlement", account)
}

// UnpackEntitlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca8f4ca1.
//
// Solidity: function entitlement(address account) view returns(uint256 total)
func (auctionHouse *AuctionHouse) UnpackEntitlement(data []byte) (*big.Int, error) {
	out, err := auctionHouse.abi.Unpack("entitlement", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (auctionHouse *AuctionHouse) PackPrice() []byte {
	enc, err := auctionHouse.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (auctionHouse *AuctionHouse) TryPackPrice() ([]byte, error) {
	return auctionHouse.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (auctionHouse *AuctionHouse) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := auctionHouse.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSecretAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6901fe73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function secretAuction() view returns(address)
func (auctionHouse *AuctionHouse) PackSecretAuction() []byte {
	enc, err := auctionHouse.abi.Pack("secretAuction")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSecretAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6901fe73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function secretAuction() view returns(address)
func (auctionHouse *AuctionHouse) TryPackSecretAuction() ([]byte, error) {
	return auctionHouse.abi.Pack("secretAuction")
}

// UnpackSecretAuction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6901fe73.
//
// Solidity: function secretAuction() view returns(address)
func (auctionHouse *AuctionHouse) UnpackSecretAuction(data []byte) (common.Address, error) {
	out, err := auctionHouse.abi.Unpack("secretAuction", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSeller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08551a53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seller() view returns(address)
func (auctionHouse *AuctionHouse) PackSeller() []byte {
	enc, err := auctionHouse.abi.Pack("seller")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08551a53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seller() view returns(address)
func (auctionHouse *AuctionHouse) TryPackSeller() ([]byte, error) {
	return auctionHouse.abi.Pack("seller")
}

// UnpackSeller is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08551a53.
//
// Solidity: function seller() view returns(address)
func (auctionHouse *AuctionHouse) UnpackSeller(data []byte) (common.Address, error) {
	out, err := auctionHouse.abi.Unpack("seller", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSettleBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb63c4977.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBy() view returns(uint256)
func (auctionHouse *AuctionHouse) PackSettleBy() []byte {
	enc, err := auctionHouse.abi.Pack("settleBy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb63c4977.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBy() view returns(uint256)
func (auctionHouse *AuctionHouse) TryPackSettleBy() ([]byte, error) {
	return auctionHouse.abi.Pack("settleBy")
}

// UnpackSettleBy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb63c4977.
//
// Solidity: function settleBy() view returns(uint256)
func (auctionHouse *AuctionHouse) UnpackSettleBy(data []byte) (*big.Int, error) {
	out, err := auctionHouse.abi.Unpack("settleBy", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f775839.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled() view returns(bool)
func (auctionHouse *AuctionHouse) PackSettled() []byte {
	enc, err := auctionHouse.abi.Pack("settled")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f775839.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled() view returns(bool)
func (auctionHouse *AuctionHouse) TryPackSettled() ([]byte, error) {
	return auctionHouse.abi.Pack("settled")
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f775839.
//
// Solidity: function settled() view returns(bool)
func (auctionHouse *AuctionHouse) UnpackSettled(data []byte) (bool, error) {
	out, err := auctionHouse.abi.Unpack("settled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfbf53ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winner() view returns(address)
func (auctionHouse *AuctionHouse) PackWinner() []byte {
	enc, err := auctionHouse.abi.Pack("winner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfbf53ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winner() view returns(address)
func (auctionHouse *AuctionHouse) TryPackWinner() ([]byte, error) {
	return auctionHouse.abi.Pack("winner")
}

// UnpackWinner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfbf53ae.
//
// Solidity: function winner() view returns(address)
func (auctionHouse *AuctionHouse) UnpackWinner(data []byte) (common.Address, error) {
	out, err := auctionHouse.abi.Unpack("winner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (auctionHouse *AuctionHouse) PackWithdraw() []byte {
	enc, err := auctionHouse.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (auctionHouse *AuctionHouse) TryPackWithdraw() ([]byte, error) {
	return auctionHouse.abi.Pack("withdraw")
}

// PackWithdrawn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef61092.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawn(address account) view returns(uint256)
func (auctionHouse *AuctionHouse) PackWithdrawn(account common.Address) []byte {
	enc, err := auctionHouse.abi.Pack("withdrawn", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef61092.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawn(address account) view returns(uint256)
func (auctionHouse *AuctionHouse) TryPackWithdrawn(account common.Address) ([]byte, error) {
	return auctionHouse.abi.Pack("withdrawn", account)
}

// UnpackWithdrawn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ef61092.
//
// Solidity: function withdrawn(address account) view returns(uint256)
func (auctionHouse *AuctionHouse) UnpackWithdrawn(data []byte) (*big.Int, error) {
	out, err := auctionHouse.abi.Unpack("withdrawn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// AuctionHouseAuctionSettled represents a AuctionSettled event raised by the AuctionHouse contract.
type AuctionHouseAuctionSettled struct {
	Winner common.Address
	Price  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionHouseAuctionSettledEventName = "AuctionSettled"

// ContractEventName returns the user-defined event name.
func (AuctionHouseAuctionSettled) ContractEventName() string {
	return AuctionHouseAuctionSettledEventName
}

// UnpackAuctionSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionSettled(address indexed winner, uint256 price)
func (auctionHouse *AuctionHouse) UnpackAuctionSettledEvent(log *types.Log) (*AuctionHouseAuctionSettled, error) {
	event := "AuctionSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionHouse.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionHouseAuctionSettled)
	if len(log.Data) > 0 {
		if err := auctionHouse.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionHouse.abi.Events[event].Inputs {
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

// AuctionHouseBidDeposited represents a BidDeposited event raised by the AuctionHouse contract.
type AuctionHouseBidDeposited struct {
	Bidder common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionHouseBidDepositedEventName = "BidDeposited"

// ContractEventName returns the user-defined event name.
func (AuctionHouseBidDeposited) ContractEventName() string {
	return AuctionHouseBidDepositedEventName
}

// UnpackBidDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidDeposited(address indexed bidder, uint256 amount)
func (auctionHouse *AuctionHouse) UnpackBidDepositedEvent(log *types.Log) (*AuctionHouseBidDeposited, error) {
	event := "BidDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionHouse.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionHouseBidDeposited)
	if len(log.Data) > 0 {
		if err := auctionHouse.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionHouse.abi.Events[event].Inputs {
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

// AuctionHouseWithdrawn represents a Withdrawn event raised by the AuctionHouse contract.
type AuctionHouseWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionHouseWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AuctionHouseWithdrawn) ContractEventName() string {
	return AuctionHouseWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (auctionHouse *AuctionHouse) UnpackWithdrawnEvent(log *types.Log) (*AuctionHouseWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionHouse.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionHouseWithdrawn)
	if len(log.Data) > 0 {
		if err := auctionHouse.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionHouse.abi.Events[event].Inputs {
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
func (auctionHouse *AuctionHouse) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["NotCallbackExecutor"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackNotCallbackExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["NotSettled"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["OnlyEther"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackOnlyEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["TooLate"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["WrongSecretContract"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackWrongSecretContractError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AuctionHouseAlreadySettled represents a AlreadySettled error raised by the AuctionHouse contract.
type AuctionHouseAlreadySettled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled()
func AuctionHouseAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x560ff9008ab0d89403f103ee2cd475e901636532247fbd507d24749c29264d99")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled()
func (auctionHouse *AuctionHouse) UnpackAlreadySettledError(raw []byte) (*AuctionHouseAlreadySettled, error) {
	out := new(AuctionHouseAlreadySettled)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseNotCallbackExecutor represents a NotCallbackExecutor error raised by the AuctionHouse contract.
type AuctionHouseNotCallbackExecutor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCallbackExecutor()
func AuctionHouseNotCallbackExecutorErrorID() common.Hash {
	return common.HexToHash("0x3b513f1a9298d68448baf0db212103f9508cddae5cbf00d551fb30ac80a19791")
}

// UnpackNotCallbackExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCallbackExecutor()
func (auctionHouse *AuctionHouse) UnpackNotCallbackExecutorError(raw []byte) (*AuctionHouseNotCallbackExecutor, error) {
	out := new(AuctionHouseNotCallbackExecutor)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "NotCallbackExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseNotSettled represents a NotSettled error raised by the AuctionHouse contract.
type AuctionHouseNotSettled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettled()
func AuctionHouseNotSettledErrorID() common.Hash {
	return common.HexToHash("0xba329a9ba88ea34e96b72c575515344032eb5ca11490926c149f35dc9dd0d722")
}

// UnpackNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettled()
func (auctionHouse *AuctionHouse) UnpackNotSettledError(raw []byte) (*AuctionHouseNotSettled, error) {
	out := new(AuctionHouseNotSettled)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "NotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseNothingToWithdraw represents a NothingToWithdraw error raised by the AuctionHouse contract.
type AuctionHouseNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func AuctionHouseNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (auctionHouse *AuctionHouse) UnpackNothingToWithdrawError(raw []byte) (*AuctionHouseNothingToWithdraw, error) {
	out := new(AuctionHouseNothingToWithdraw)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseOnlyEther represents a OnlyEther error raised by the AuctionHouse contract.
type AuctionHouseOnlyEther struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyEther(address token)
func AuctionHouseOnlyEtherErrorID() common.Hash {
	return common.HexToHash("0x3773266f4d04ed2be6f22f7d007673d201bc8c12f7dee6a4f4de779dedfd5ce3")
}

// UnpackOnlyEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyEther(address token)
func (auctionHouse *AuctionHouse) UnpackOnlyEtherError(raw []byte) (*AuctionHouseOnlyEther, error) {
	out := new(AuctionHouseOnlyEther)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "OnlyEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseTooLate represents a TooLate error raised by the AuctionHouse contract.
type AuctionHouseTooLate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLate()
func AuctionHouseTooLateErrorID() common.Hash {
	return common.HexToHash("0xecdd1c29e1637c8bfa8cc1f1073ba3a2f674b640f167e7c16246364c720ada92")
}

// UnpackTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLate()
func (auctionHouse *AuctionHouse) UnpackTooLateError(raw []byte) (*AuctionHouseTooLate, error) {
	out := new(AuctionHouseTooLate)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "TooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseTransferFailed represents a TransferFailed error raised by the AuctionHouse contract.
type AuctionHouseTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func AuctionHouseTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (auctionHouse *AuctionHouse) UnpackTransferFailedError(raw []byte) (*AuctionHouseTransferFailed, error) {
	out := new(AuctionHouseTransferFailed)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionHouseWrongSecretContract represents a WrongSecretContract error raised by the AuctionHouse contract.
type AuctionHouseWrongSecretContract struct {
	Got common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSecretContract(address got)
func AuctionHouseWrongSecretContractErrorID() common.Hash {
	return common.HexToHash("0xb3f274b7564d0ae489ee3ebb3dda3abb0532f91c632ffa7d9ca357280730dcdd")
}

// UnpackWrongSecretContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSecretContract(address got)
func (auctionHouse *AuctionHouse) UnpackWrongSecretContractError(raw []byte) (*AuctionHouseWrongSecretContract, error) {
	out := new(AuctionHouseWrongSecretContract)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "WrongSecretContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}
