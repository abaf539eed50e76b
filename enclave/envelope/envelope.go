package envelope

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hpke"
	"crypto/rand"
	"fmt"
)

// Wire format of an envelope (the task data whose keccak256 is the task
// record's inputs hash):
//
//	version (1) = 0x01 || suite (1) || enc (32 for X25519, 1120 for X-Wing) || HPKE ciphertext
//
// The ciphertext is HPKE single-shot base mode over EncodeCall(call) with
// empty AAD and the binding's Info.
const (
	Version1 byte = 0x01
	// MaxEnvelopeSize bounds what an enclave will try to open.
	MaxEnvelopeSize = 256 << 10
	// ResultKeyLabel is the HPKE exporter context of the result key.
	ResultKeyLabel = "enigma/result/v1"
	// ResultKeySize is the size of the result key (AES-256).
	ResultKeySize = 32
	headerSize    = 2
	// aeadOverhead is AES-GCM's tag size.
	aeadOverhead = 16
)

func ecdhX25519() ecdh.Curve { return ecdh.X25519() }

// PublicKey is a worker's encryption key as clients see it.
type PublicKey struct {
	Suite Suite
	Bytes []byte
}

// PrivateKeys are an enclave's HPKE decryption keys, one per suite it
// offers; XWing may be nil.
type PrivateKeys struct {
	X25519 hpke.PrivateKey
	XWing  hpke.PrivateKey
}

func (k PrivateKeys) forSuite(s Suite) (hpke.PrivateKey, error) {
	var key hpke.PrivateKey
	switch s {
	case SuiteX25519:
		key = k.X25519
	case SuiteXWing:
		key = k.XWing
	default:
		return nil, fmt.Errorf("%w: 0x%02x", ErrUnknownSuite, byte(s))
	}
	if key == nil {
		return nil, fmt.Errorf("%w: %s", ErrNoKey, s)
	}
	return key, nil
}

// Seal encrypts call to pub, bound to b. It returns the envelope and the key
// the result will be encrypted under; the client keeps the key.
func Seal(pub PublicKey, b Binding, call Call) (envelope, resultKey []byte, err error) {
	info, err := b.Info()
	if err != nil {
		return nil, nil, err
	}
	plaintext, err := EncodeCall(call)
	if err != nil {
		return nil, nil, err
	}
	kem, err := pub.Suite.KEM()
	if err != nil {
		return nil, nil, err
	}
	pk, err := kem.NewPublicKey(pub.Bytes)
	if err != nil {
		return nil, nil, fmt.Errorf("envelope: bad %s public key: %w", pub.Suite, err)
	}
	enc, sender, err := hpke.NewSender(pk, kdf(), aead(), info)
	if err != nil {
		return nil, nil, err
	}
	ct, err := sender.Seal(nil, plaintext)
	if err != nil {
		return nil, nil, err
	}
	resultKey, err = sender.Export(ResultKeyLabel, ResultKeySize)
	if err != nil {
		return nil, nil, err
	}
	envelope = make([]byte, 0, headerSize+len(enc)+len(ct))
	envelope = append(envelope, Version1, byte(pub.Suite))
	envelope = append(envelope, enc...)
	envelope = append(envelope, ct...)
	if len(envelope) > MaxEnvelopeSize {
		return nil, nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(envelope), MaxEnvelopeSize)
	}
	return envelope, resultKey, nil
}

// Parsed is an envelope split into its parts, before decryption.
type Parsed struct {
	Suite      Suite
	Enc        []byte
	Ciphertext []byte
}

// Parse checks an envelope's framing without decrypting it.
func Parse(envelope []byte) (Parsed, error) {
	if len(envelope) > MaxEnvelopeSize {
		return Parsed{}, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(envelope), MaxEnvelopeSize)
	}
	if len(envelope) < headerSize {
		return Parsed{}, fmt.Errorf("%w: %d bytes", ErrMalformed, len(envelope))
	}
	if envelope[0] != Version1 {
		return Parsed{}, fmt.Errorf("%w: version 0x%02x, want 0x%02x", ErrMalformed, envelope[0], Version1)
	}
	suite := Suite(envelope[1])
	if _, err := suite.KEM(); err != nil {
		return Parsed{}, err
	}
	body := envelope[headerSize:]
	if len(body) < suite.encSize()+aeadOverhead {
		return Parsed{}, fmt.Errorf("%w: %d bytes is too short for %s", ErrMalformed, len(envelope), suite)
	}
	return Parsed{Suite: suite, Enc: body[:suite.encSize()], Ciphertext: body[suite.encSize():]}, nil
}

// Opened is a decrypted envelope.
type Opened struct {
	Call      Call
	ResultKey []byte
}

// Open decrypts an envelope for binding b with the enclave's keys.
func Open(keys PrivateKeys, b Binding, envelope []byte) (Opened, error) {
	p, err := Parse(envelope)
	if err != nil {
		return Opened{}, err
	}
	key, err := keys.forSuite(p.Suite)
	if err != nil {
		return Opened{}, err
	}
	info, err := b.Info()
	if err != nil {
		return Opened{}, err
	}
	r, err := hpke.NewRecipient(p.Enc, key, kdf(), aead(), info)
	if err != nil {
		return Opened{}, ErrDecrypt
	}
	plaintext, err := r.Open(nil, p.Ciphertext)
	if err != nil {
		return Opened{}, ErrDecrypt
	}
	call, err := DecodeCall(plaintext)
	if err != nil {
		return Opened{}, err
	}
	resultKey, err := r.Export(ResultKeyLabel, ResultKeySize)
	if err != nil {
		return Opened{}, err
	}
	return Opened{Call: call, ResultKey: resultKey}, nil
}

// Result wire format: nonce (12, random) || AES-256-GCM(resultKey, nonce,
// output, aad = task id). The nonce is random because a task may be executed
// again after a crash, with another output under the same key.
const resultNonceSize = 12

// SealResult encrypts a task's output to the client.
func SealResult(resultKey, taskID, output []byte) ([]byte, error) {
	gcm, err := resultAEAD(resultKey)
	if err != nil {
		return nil, err
	}
	out := make([]byte, resultNonceSize, resultNonceSize+len(output)+gcm.Overhead())
	if _, err := rand.Read(out); err != nil {
		return nil, err
	}
	return gcm.Seal(out, out[:resultNonceSize], output, taskID), nil
}

// OpenResult decrypts a task's output with the key the client kept.
func OpenResult(resultKey, taskID, sealed []byte) ([]byte, error) {
	gcm, err := resultAEAD(resultKey)
	if err != nil {
		return nil, err
	}
	if len(sealed) < resultNonceSize+gcm.Overhead() {
		return nil, ErrResult
	}
	out, err := gcm.Open(nil, sealed[:resultNonceSize], sealed[resultNonceSize:], taskID)
	if err != nil {
		return nil, ErrResult
	}
	return out, nil
}

func resultAEAD(key []byte) (cipher.AEAD, error) {
	if len(key) != ResultKeySize {
		return nil, fmt.Errorf("envelope: result key must be %d bytes, got %d", ResultKeySize, len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
