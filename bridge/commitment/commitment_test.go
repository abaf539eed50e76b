package commitment_test

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

func TestVectors(t *testing.T) {
	path := filepath.Join("testdata", "vectors.json")
	golden.CheckJSON(t, path, commitment.BuildVectors(), *update)
	// The file reads back into the same values (a client's reader sees
	// what the Go side wrote).
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var v commitment.Vectors
	require.NoError(t, json.Unmarshal(raw, &v))
	again, err := json.Marshal(v)
	require.NoError(t, err)
	require.JSONEq(t, string(raw), string(again))
}

func TestRecordHashIsABIEncoded(t *testing.T) {
	r := commitment.Record{Sender: common.HexToAddress("0x01"), SecretContract: common.HexToAddress("0x02"), FeeToken: common.HexToAddress("0x03"),
		GasLimit: 4, GasPrice: big.NewInt(5), EscrowToken: common.HexToAddress("0x06"), EscrowAmount: big.NewInt(7)}
	var words []byte
	for i := byte(1); i <= 7; i++ {
		words = append(words, common.LeftPadBytes([]byte{i}, 32)...)
	}
	require.Equal(t, crypto.Keccak256Hash(words), r.Hash())
	r.EscrowAmount = nil
	require.NotEqual(t, crypto.Keccak256Hash(words), r.Hash(), "nil amounts hash as zero")
}

func TestLeafIsABIEncoded(t *testing.T) {
	l := commitment.Leaf{Sequence: 1, TaskID: common.BigToHash(big.NewInt(2)), RecordHash: common.BigToHash(big.NewInt(3)), Status: 4,
		GasUsed: 5, CallbackHash: common.BigToHash(big.NewInt(6)), ReceiptHash: common.BigToHash(big.NewInt(7))}
	var words []byte
	for i := byte(1); i <= 7; i++ {
		words = append(words, common.LeftPadBytes([]byte{i}, 32)...)
	}
	require.Equal(t, crypto.Keccak256Hash(words), l.Hash())
}

func TestValsetValidate(t *testing.T) {
	a, b := common.HexToAddress("0x0a"), common.HexToAddress("0x0b")
	require.NoError(t, commitment.Valset{Validators: []common.Address{a, b}, Powers: []uint64{1, 2}}.Validate())
	for name, v := range map[string]commitment.Valset{
		"empty":      {},
		"unsorted":   {Validators: []common.Address{b, a}, Powers: []uint64{1, 1}},
		"duplicate":  {Validators: []common.Address{a, a}, Powers: []uint64{1, 1}},
		"zero power": {Validators: []common.Address{a, b}, Powers: []uint64{1, 0}},
		"lengths":    {Validators: []common.Address{a, b}, Powers: []uint64{1}},
		"zero":       {Validators: []common.Address{{}}, Powers: []uint64{1}},
	} {
		require.Error(t, v.Validate(), name)
	}
}

func TestSignRecovers(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	d := crypto.Keccak256Hash([]byte("digest"))
	s, err := commitment.Sign(d, key)
	require.NoError(t, err)
	require.Contains(t, []uint8{27, 28}, s.V)
	sig := append(append(s.R.Bytes(), s.S.Bytes()...), s.V-27)
	pub, err := crypto.SigToPub(d.Bytes(), sig)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(*pub))
}
