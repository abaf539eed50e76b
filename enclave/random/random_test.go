package random_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/random"
	"github.com/enigmad/enigmad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

// Vectors pin the derivation for other implementations and for later
// versions of this one.
type Vectors struct {
	Comment  string         `json:"comment"`
	Seed     hexutil.Bytes  `json:"seed"`
	Contract common.Address `json:"contract"`
	Tasks    []TaskVector   `json:"tasks"`
}

// TaskVector is one task's calls, in order.
type TaskVector struct {
	TaskID     common.Hash    `json:"task_id"`
	InputsHash common.Hash    `json:"inputs_hash"`
	Sender     common.Address `json:"sender"`
	GasLimit   uint64         `json:"gas_limit,string"`
	Calls      []CallVector   `json:"calls"`
}

// CallVector is one call: its length, personalization and bytes.
type CallVector struct {
	N               int           `json:"n,string"`
	Personalization hexutil.Bytes `json:"personalization"`
	Out             hexutil.Bytes `json:"out"`
}

var (
	seed     = common.FromHex("0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	contract = common.HexToAddress("0x5ec0000000000000000000000000000000000001")
)

func build(t *testing.T) Vectors {
	v := Vectors{Comment: "enigmad secret randomness (enclave/random): regenerate with go test ./enclave/random -update", Seed: seed, Contract: contract}
	for _, task := range []random.Task{
		{Contract: contract, ID: common.HexToHash("0x01"), InputsHash: common.HexToHash("0xa1"), Sender: common.HexToAddress("0x5e"), GasLimit: 300_000},
		{Contract: contract, ID: common.HexToHash("0x02"), InputsHash: common.HexToHash("0xa2"), Sender: common.HexToAddress("0x5e"), GasLimit: 1 << 40},
	} {
		src, err := random.NewSource(seed, task)
		require.NoError(t, err)
		tv := TaskVector{TaskID: task.ID, InputsHash: task.InputsHash, Sender: task.Sender, GasLimit: task.GasLimit}
		for _, c := range []struct {
			n    int
			pers string
		}{{32, ""}, {32, ""}, {1, "lottery"}, {100, "shuffle"}, {0, ""}, {1024, ""}} {
			out, err := src.Read(c.n, []byte(c.pers))
			require.NoError(t, err)
			tv.Calls = append(tv.Calls, CallVector{c.n, []byte(c.pers), out})
		}
		v.Tasks = append(v.Tasks, tv)
	}
	return v
}

func TestVectors(t *testing.T) {
	v := build(t)
	golden.CheckJSON(t, filepath.Join("testdata", "vectors.json"), v, *update)
	// The committed values against RFC 5869 written out here, so that
	// -update cannot bless a bug.
	for _, tv := range v.Tasks {
		salt := append(append([]byte("enigma/random/v1"), v.Contract.Bytes()...), tv.TaskID.Bytes()...)
		salt = append(append(salt, tv.InputsHash.Bytes()...), tv.Sender.Bytes()...)
		salt = binary.BigEndian.AppendUint64(salt, tv.GasLimit)
		prk := hmacSum(salt, v.Seed)
		for i, c := range tv.Calls {
			info := binary.BigEndian.AppendUint64(nil, uint64(i))
			info = binary.BigEndian.AppendUint32(info, uint32(c.N))
			info = append(info, c.Personalization...)
			var okm, prev []byte
			for b := byte(1); len(okm) < c.N; b++ {
				prev = hmacSum(prk, append(append(append([]byte{}, prev...), info...), b))
				okm = append(okm, prev...)
			}
			require.Equal(t, []byte(c.Out), append([]byte{}, okm[:c.N]...), "task %s call %d", tv.TaskID, i)
		}
	}
}

func hmacSum(key, data []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(data)
	return m.Sum(nil)
}

// TestProperties: the same task gives the same bytes again; another task,
// another call, another personalization or another contract, other bytes.
func TestProperties(t *testing.T) {
	base := random.Task{Contract: contract, ID: common.HexToHash("0x01"), InputsHash: common.HexToHash("0xa1"), Sender: common.HexToAddress("0x5e"), GasLimit: 300_000}
	with := func(f func(*random.Task)) random.Task { t := base; f(&t); return t }
	read := func(task random.Task, calls int, pers string) [][]byte {
		src, err := random.NewSource(seed, task)
		require.NoError(t, err)
		var out [][]byte
		for range calls {
			b, err := src.Read(32, []byte(pers))
			require.NoError(t, err)
			out = append(out, b)
		}
		require.Equal(t, uint64(calls), src.Calls())
		return out
	}
	a := read(base, 2, "")
	require.Equal(t, a, read(base, 2, ""), "re-executing a task cannot re-roll")
	require.NotEqual(t, a[0], a[1], "two calls of one task")
	require.NotEqual(t, a[0], read(base, 1, "x")[0], "two personalizations")
	for name, other := range map[string]random.Task{
		"another task id":   with(func(t *random.Task) { t.ID = common.HexToHash("0x02") }),
		"another contract":  with(func(t *random.Task) { t.Contract = common.HexToAddress("0x5ec1") }),
		"other task data":   with(func(t *random.Task) { t.InputsHash = common.HexToHash("0xa2") }),
		"another sender":    with(func(t *random.Task) { t.Sender = common.HexToAddress("0x5f") }),
		"another gas limit": with(func(t *random.Task) { t.GasLimit++ }),
	} {
		require.NotEqual(t, a[0], read(other, 1, "")[0], name)
	}
	other := append([]byte{}, seed...)
	other[0] ^= 1
	src, err := random.NewSource(other, base)
	require.NoError(t, err)
	b, err := src.Read(32, nil)
	require.NoError(t, err)
	require.NotEqual(t, a[0], b, "another seed")

	src, err = random.NewSource(seed, base)
	require.NoError(t, err)
	_, err = src.Read(random.MaxBytes+1, nil)
	require.ErrorIs(t, err, random.ErrTooMany)
	_, err = src.Read(32, make([]byte, random.MaxPersonalization+1))
	require.ErrorIs(t, err, random.ErrTooMany)
	_, err = random.NewSource(seed[:31], base)
	require.Error(t, err)
}
