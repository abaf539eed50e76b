package envelope

import "errors"

// Errors of envelope handling. Each says what was wrong with the input; none
// reveals anything about a key.
var (
	ErrUnknownSuite  = errors.New("envelope: unknown HPKE suite")
	ErrMalformed     = errors.New("envelope: malformed envelope")
	ErrTooLarge      = errors.New("envelope: too large")
	ErrDecrypt       = errors.New("envelope: cannot decrypt: wrong key, wrong binding (chain, contract or task id) or tampered ciphertext")
	ErrNoKey         = errors.New("envelope: this enclave has no key for the envelope's suite")
	ErrMalformedCall = errors.New("envelope: malformed call (want abi.encode(bytes data, address token, uint256 amount))")
	ErrResult        = errors.New("envelope: cannot open result: wrong key or tampered output")
)
