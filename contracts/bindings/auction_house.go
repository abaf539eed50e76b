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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"callbackExecutor_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secretAuction_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCallbackExecutor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"PriceAboveDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongSecretContract\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"AuctionSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BidDeposited\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"winner_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price_\",\"type\":\"uint256\"}],\"name\":\"auctionSettled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"bidDeposited\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackExecutor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"deposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"secretAuction\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"seller\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AuctionHouse",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516108d83803806108d883398101604081905261002e91610064565b6001600160a01b039182166080523360a0521660c052610095565b80516001600160a01b038116811461005f575f5ffd5b919050565b5f5f60408385031215610075575f5ffd5b61007e83610049565b915061008c60208401610049565b90509250929050565b60805160a05160c0516107f76100e15f395f8181610134015281816102d701526105cf01525f818160af01526103e401525f818161016701528181610268015261056001526107f75ff3fe60806040526004361061009a575f3560e01c80638f775839116100625780638f77583914610189578063a035b1fe146101b2578063ce513b6f146101d5578063dfbf53ae14610200578063f30361851461021f578063fc7e286d14610232575f5ffd5b806308551a531461009e5780632d20f510146100ee5780633ccfd60b1461010f5780636901fe73146101235780636aed4fc414610156575b5f5ffd5b3480156100a9575f5ffd5b506100d17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156100f9575f5ffd5b5061010d6101083660046106c5565b61025d565b005b34801561011a575f5ffd5b5061010d610469565b34801561012e575f5ffd5b506100d17f000000000000000000000000000000000000000000000000000000000000000081565b348015610161575f5ffd5b506100d17f000000000000000000000000000000000000000000000000000000000000000081565b348015610194575f5ffd5b506004546101a29060ff1681565b60405190151581526020016100e5565b3480156101bd575f5ffd5b506101c760035481565b6040519081526020016100e5565b3480156101e0575f5ffd5b506101c76101ef3660046106ed565b60016020525f908152604090205481565b34801561020b575f5ffd5b506002546100d1906001600160a01b031681565b61010d61022d3660046106ed565b610555565b34801561023d575f5ffd5b506101c761024c3660046106ed565b5f6020819052908152604090205481565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102a657604051631da89f8d60e11b815260040160405180910390fd5b5f80366102b4601482610721565b6102bf92829061073a565b6102c891610761565b60601c90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681146103265760405163b3f274b760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60045460ff16156103495760405162560ff960e81b815260040160405180910390fd5b6001600160a01b0383165f908152602081905260409020548083111561038c576040516363b3684960e01b8152600481018490526024810182905260440161031d565b6004805460ff19166001179055600280546001600160a01b0386166001600160a01b031990911617905560038390556103c58382610721565b6001600160a01b038086165f90815260208181526040808320949094557f00000000000000000000000000000000000000000000000000000000000000009092168152600190915290812080548592906104209084906107ae565b90915550506040518381526001600160a01b038516907f15bff754355d68fa38fb3ca8459829a807947cbf186c0f47d283d8dbbfcad5689060200160405180910390a250505050565b60045460ff1661048c5760405163ba329a9b60e01b815260040160405180910390fd5b335f908152602081815260408083205460019092528220546104ae91906107ae565b9050805f036104d057604051630686827b60e51b815260040160405180910390fd5b335f818152600160209081526040808320839055908290528082208290555190919083908381818185875af1925050503d805f811461052a576040519150601f19603f3d011682016040523d82523d5f602084013e61052f565b606091505b5050905080610551576040516312171d8360e31b815260040160405180910390fd5b5050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461059e57604051631da89f8d60e11b815260040160405180910390fd5b5f80366105ac601482610721565b6105b792829061073a565b6105c091610761565b60601c90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681146106195760405163b3f274b760e01b81526001600160a01b038216600482015260240161031d565b60045460ff161561063c5760405162560ff960e81b815260040160405180910390fd5b6001600160a01b0382165f90815260208190526040812080543492906106639084906107ae565b90915550506040513481526001600160a01b038316907f0cf69d53ee4288e605c0b02d140bcc638974931c745230ca26e634e691371bbf9060200160405180910390a25050565b80356001600160a01b03811681146106c0575f5ffd5b919050565b5f5f604083850312156106d6575f5ffd5b6106df836106aa565b946020939093013593505050565b5f602082840312156106fd575f5ffd5b610706826106aa565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107345761073461070d565b92915050565b5f5f85851115610748575f5ffd5b83861115610754575f5ffd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156107a7576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b808201808211156107345761073461070d56fea2646970667358221220d74b2f75b55f76cd3c7752951856122a89fd4ee92e84a953d50ca85cf799d1fa64736f6c63430008250033",
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
// Solidity: constructor(address callbackExecutor_, address secretAuction_) returns()
func (auctionHouse *AuctionHouse) PackConstructor(callbackExecutor_ common.Address, secretAuction_ common.Address) []byte {
	enc, err := auctionHouse.abi.Pack("", callbackExecutor_, secretAuction_)
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

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address account) view returns(uint256)
func (auctionHouse *AuctionHouse) PackWithdrawable(account common.Address) []byte {
	enc, err := auctionHouse.abi.Pack("withdrawable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address account) view returns(uint256)
func (auctionHouse *AuctionHouse) TryPackWithdrawable(account common.Address) ([]byte, error) {
	return auctionHouse.abi.Pack("withdrawable", account)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce513b6f.
//
// Solidity: function withdrawable(address account) view returns(uint256)
func (auctionHouse *AuctionHouse) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := auctionHouse.abi.Unpack("withdrawable", data)
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
	if bytes.Equal(raw[:4], auctionHouse.abi.Errors["PriceAboveDeposit"].ID.Bytes()[:4]) {
		return auctionHouse.UnpackPriceAboveDepositError(raw[4:])
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

// AuctionHousePriceAboveDeposit represents a PriceAboveDeposit error raised by the AuctionHouse contract.
type AuctionHousePriceAboveDeposit struct {
	Price   *big.Int
	Deposit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveDeposit(uint256 price, uint256 deposit)
func AuctionHousePriceAboveDepositErrorID() common.Hash {
	return common.HexToHash("0x63b368496024899c9b0afd4bcfd6187887d95ed5c1dec194cda26c6deff6038c")
}

// UnpackPriceAboveDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveDeposit(uint256 price, uint256 deposit)
func (auctionHouse *AuctionHouse) UnpackPriceAboveDepositError(raw []byte) (*AuctionHousePriceAboveDeposit, error) {
	out := new(AuctionHousePriceAboveDeposit)
	if err := auctionHouse.abi.UnpackIntoInterface(out, "PriceAboveDeposit", raw); err != nil {
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
