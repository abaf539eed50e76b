package receipt_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/receipt"
)

func sample() receipt.Receipt {
	return receipt.Receipt{
		TaskID:     common.HexToHash("0x01"),
		Contract:   common.HexToAddress("0xc0ffee"),
		Status:     receipt.StatusSuccess,
		OutputHash: crypto.Keccak256Hash([]byte("out")),
		DeltaIndex: 7,
		DeltaHash:  crypto.Keccak256Hash([]byte("delta")),
		GasUsed:    21000,
		Worker:     common.HexToAddress("0xbeef"),
	}
}

func TestHashIsABIEncoded(t *testing.T) {
	r := sample()
	r.CallbackHash = receipt.CallbackHash(common.HexToAddress("0xda99"), []byte{1, 2, 3})
	r.TaskHash = receipt.TaskHash(common.HexToAddress("0x5e"), common.Hash{1}, common.Hash{}, 300_000, common.Address{}, big.NewInt(7), 10, 20)
	r.StateHead = common.Hash{7}
	// abi.encode puts each of the eleven fields in its own 32-byte word.
	var words []byte
	word := func(b []byte) { words = append(words, common.LeftPadBytes(b, 32)...) }
	word(r.TaskID[:])
	word(r.Contract[:])
	word([]byte{byte(r.Status)})
	word(r.OutputHash[:])
	word(new(big.Int).SetUint64(r.DeltaIndex).Bytes())
	word(r.DeltaHash[:])
	word(new(big.Int).SetUint64(r.GasUsed).Bytes())
	word(r.Worker[:])
	word(r.CallbackHash[:])
	word(r.TaskHash[:])
	word(r.StateHead[:])
	require.Equal(t, crypto.Keccak256Hash(words), r.Hash())
	head := r
	head.StateHead = common.Hash{9}
	require.NotEqual(t, r.Hash(), head.Hash(), "the state run on is signed")
	other := r
	other.TaskHash = receipt.TaskHash(common.HexToAddress("0x5f"), common.Hash{1}, common.Hash{}, 300_000, common.Address{}, big.NewInt(7), 10, 20)
	require.NotEqual(t, r.Hash(), other.Hash(), "the task as run is signed")

	other = r
	other.Status = receipt.StatusRevert
	require.NotEqual(t, r.Hash(), other.Hash())
	other = r
	other.CallbackHash = receipt.CallbackHash(common.HexToAddress("0xda99"), []byte{1, 2, 4})
	require.NotEqual(t, r.Hash(), other.Hash(), "the callback is signed")
}

func TestCallbackHashIsABIEncoded(t *testing.T) {
	target, data := common.HexToAddress("0xda99"), []byte{1, 2, 3}
	// abi.encode(address, bytes): the address, the offset 64, the length, the padded data.
	enc := common.LeftPadBytes(target[:], 32)
	enc = append(enc, common.LeftPadBytes([]byte{64}, 32)...)
	enc = append(enc, common.LeftPadBytes([]byte{3}, 32)...)
	enc = append(enc, common.RightPadBytes(data, 32)...)
	require.Equal(t, crypto.Keccak256Hash(enc), receipt.CallbackHash(target, data))
}

func TestSignAndVerify(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := crypto.PubkeyToAddress(key.PublicKey)
	r := sample()
	sig, err := receipt.Sign(testChain, r, key)
	require.NoError(t, err)
	require.Len(t, sig, receipt.SignatureSize)
	require.Contains(t, []byte{27, 28}, sig[64])
	require.NoError(t, receipt.Verify(testChain, r, sig, signer))

	// Another receipt, another signer, a malleated or malformed signature.
	changed := r
	changed.GasUsed++
	require.ErrorIs(t, receipt.Verify(testChain, changed, sig, signer), receipt.ErrSignature)
	require.ErrorIs(t, receipt.Verify(testChain, r, sig, common.HexToAddress("0x01")), receipt.ErrSignature)
	require.ErrorIs(t, receipt.Verify(testChain, r, sig[:64], signer), receipt.ErrSignature)
	bad := bytes.Clone(sig)
	bad[64] = 1
	require.ErrorIs(t, receipt.Verify(testChain, r, bad, signer), receipt.ErrSignature)
	// High-s twin of a valid signature: s' = n - s, v flipped.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	twin := bytes.Clone(sig)
	copy(twin[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
	twin[64] = 55 - sig[64]
	require.ErrorIs(t, receipt.Verify(testChain, r, twin, signer), receipt.ErrSignature)
}

func FuzzSigner(f *testing.F) {
	key, _ := crypto.GenerateKey()
	sig, _ := receipt.Sign(testChain, sample(), key)
	f.Add(sig)
	f.Fuzz(func(t *testing.T, sig []byte) {
		_, _ = receipt.Signer(testChain, sample(), sig)
	})
}

func TestTaskHashIsABIEncoded(t *testing.T) {
	var words []byte
	word := func(b []byte) { words = append(words, common.LeftPadBytes(b, 32)...) }
	sender, token := common.HexToAddress("0x5e"), common.HexToAddress("0xe6")
	word(sender[:])
	word(common.Hash{1}.Bytes())
	word(common.Hash{2}.Bytes())
	word(big.NewInt(300_000).Bytes())
	word(token[:])
	word(big.NewInt(7).Bytes())
	word(big.NewInt(10).Bytes())
	word(big.NewInt(20).Bytes())
	require.Equal(t, crypto.Keccak256Hash(words), receipt.TaskHash(sender, common.Hash{1}, common.Hash{2}, 300_000, token, big.NewInt(7), 10, 20))
}

const testChain = "enigma-local-1"

// TestSignatureIsBoundToTheChain: a receipt an enclave signed for one chain
// id does not verify for another (an enclave started under another
// --chain-id keeps its key, but cannot sign for this chain).
func TestSignatureIsBoundToTheChain(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := crypto.PubkeyToAddress(key.PublicKey)
	r := sample()
	sig, err := receipt.Sign("other-chain", r, key)
	require.NoError(t, err)
	require.NoError(t, receipt.Verify("other-chain", r, sig, signer))
	require.ErrorIs(t, receipt.Verify(testChain, r, sig, signer), receipt.ErrSignature)
	want := crypto.Keccak256Hash([]byte("enigma/receipt/v1"), []byte{14}, []byte(testChain), r.Hash().Bytes())
	require.Equal(t, want, r.Digest(testChain))
}
