package evm

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/random"
)

// Enigma's precompiles live at 0x0e00000000000000000000000000000000000000
// to 0x0e000000000000000000000000000000000000ff: far from Ethereum's (low
// addresses), so that no Ethereum fork can take them.
var (
	// RandomAddress serves a task's secret random bytes (enclave/random):
	// input abi.encode(uint256 numBytes, bytes personalization), numBytes
	// at most 1,024, personalization at most 256 bytes; output the bytes,
	// raw. Called outside a task (no
	// randomness), or with another input, the call fails.
	RandomAddress = common.HexToAddress("0x0e00000000000000000000000000000000000001")
)

// Gas of RandomAddress: RandomBaseGas, plus RandomWordGas per 32 bytes
// asked for, plus RandomInputWordGas per 32 bytes of input (an HKDF-SHA256
// expansion costs about as much per word as SHA-256 does per word times
// four; BenchmarkRandomPrecompile measures it against ecrecover).
const (
	RandomBaseGas      = 600
	RandomWordGas      = 60
	RandomInputWordGas = 12
)

// Randomness is a task's source of secret random bytes (random.Source).
type Randomness interface {
	Read(n int, personalization []byte) ([]byte, error)
}

// Errors of the randomness precompile (the EVM turns each into a failed
// call; its text is not visible to the contract).
var (
	ErrNoRandomness = errors.New("evm: no randomness outside a task")
	ErrRandomInput  = errors.New("evm: the randomness precompile takes abi.encode(uint256 numBytes, bytes personalization), numBytes at most 1024, personalization at most 256 bytes")
)

// randomPrecompile reads the randomness of the task its machine runs.
type randomPrecompile struct{ m *Machine }

func (p randomPrecompile) Name() string { return "ENIGMA_RANDOM_BYTES" }

func (p randomPrecompile) RequiredGas(input []byte) uint64 { return RandomPrecompileGas(input) }

// RandomPrecompileGas is the gas of a call to RandomAddress with input.
func RandomPrecompileGas(input []byte) uint64 {
	n := uint64(random.MaxBytes)
	if len(input) >= 32 {
		if w := new(big.Int).SetBytes(input[:32]); w.IsUint64() && w.Uint64() < n {
			n = w.Uint64()
		}
	}
	return RandomBaseGas + RandomWordGas*((n+31)/32) + RandomInputWordGas*((uint64(len(input))+31)/32)
}

func (p randomPrecompile) Run(input []byte) ([]byte, error) {
	n, pers, err := DecodeRandomInput(input)
	if err != nil {
		return nil, err
	}
	if p.m.random == nil {
		return nil, ErrNoRandomness
	}
	return p.m.random.Read(n, pers)
}

// DecodeRandomInput parses the randomness precompile's input, which must
// be exactly abi.encode(uint256 numBytes, bytes personalization) as
// Solidity writes it (offset 0x40, zero padding), numBytes at most 1,024,
// the personalization at most 256 bytes.
func DecodeRandomInput(input []byte) (int, []byte, error) {
	if len(input) < 96 {
		return 0, nil, ErrRandomInput
	}
	word := func(i int) (uint64, bool) {
		w := new(big.Int).SetBytes(input[32*i : 32*i+32])
		return w.Uint64(), w.IsUint64()
	}
	n, ok := word(0)
	if !ok || n > random.MaxBytes {
		return 0, nil, ErrRandomInput
	}
	if off, ok := word(1); !ok || off != 64 {
		return 0, nil, ErrRandomInput
	}
	l, ok := word(2)
	if !ok || l > random.MaxPersonalization || uint64(len(input)) != 96+(l+31)/32*32 {
		return 0, nil, ErrRandomInput
	}
	pers := input[96 : 96+l]
	for _, b := range input[96+l:] {
		if b != 0 {
			return 0, nil, ErrRandomInput
		}
	}
	return int(n), pers, nil
}
