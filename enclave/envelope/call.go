package envelope

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/internal/abihash"
)

// Call is the plaintext of a task envelope: the EVM calldata (function
// selector and ABI arguments, or constructor arguments for a deployment)
// and, for a payable function, the token and amount sent along (the zero
// address is ETH). The enclave checks them against the escrow of the task
// record; the contract sees an ETH Amount as msg.value (an ERC20 escrow is
// not value inside the EVM).
type Call struct {
	Data   []byte
	Token  common.Address
	Amount *big.Int
}

var callArgs = abi.Arguments(abihash.New("bytes", "address", "uint256"))

// EncodeCall returns abi.encode(bytes data, address token, uint256 amount),
// which any Ethereum library can produce.
func EncodeCall(c Call) ([]byte, error) {
	amount := c.Amount
	if amount == nil {
		amount = new(big.Int)
	}
	if amount.Sign() < 0 {
		return nil, fmt.Errorf("%w: negative amount", ErrMalformedCall)
	}
	data := c.Data
	if data == nil {
		data = []byte{}
	}
	return callArgs.Pack(data, c.Token, amount)
}

// DecodeCall parses a call and accepts only its canonical encoding, so that
// one call has exactly one plaintext.
func DecodeCall(plaintext []byte) (Call, error) {
	values, err := callArgs.Unpack(plaintext)
	if err != nil {
		return Call{}, fmt.Errorf("%w: %s", ErrMalformedCall, err)
	}
	c := Call{Data: values[0].([]byte), Token: values[1].(common.Address), Amount: values[2].(*big.Int)}
	again, err := EncodeCall(c)
	if err != nil || !bytes.Equal(again, plaintext) {
		return Call{}, fmt.Errorf("%w: not canonically encoded", ErrMalformedCall)
	}
	return c, nil
}
