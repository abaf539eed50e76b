package deltas_test

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/statekeys"
)

var contract = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")

func stateKey(t testing.TB) []byte {
	t.Helper()
	seed := make([]byte, statekeys.SeedSize)
	_, _ = rand.Read(seed)
	key, err := statekeys.ForContract(seed, contract)
	require.NoError(t, err)
	return key
}

func slot(i uint64) common.Hash {
	var h common.Hash
	binary.BigEndian.PutUint64(h[24:], i)
	return h
}

// one is a delta with the given changes, as Change literals without braces.
func one(changes ...deltas.Change) deltas.Delta { return deltas.Delta{Changes: changes} }

func TestEncodePadsToBuckets(t *testing.T) {
	for _, tc := range []struct{ changes, code, size int }{
		{0, 0, 256}, {3, 0, 256}, {4, 0, 1024}, {15, 0, 1024}, {16, 0, 4096},
		{deltas.MaxChanges, 0, 1 << 20}, {0, 200, 256}, {2, 5000, 16 << 10}, {0, deltas.MaxCodeSize, 64 << 10},
	} {
		t.Run(fmt.Sprintf("%d changes and %d bytes of code", tc.changes, tc.code), func(t *testing.T) {
			m := map[common.Hash]common.Hash{}
			for i := range tc.changes {
				m[slot(uint64(i))] = slot(uint64(i) + 1)
			}
			d := deltas.Delta{Changes: deltas.SortedChanges(m)}
			if tc.code > 0 {
				d.Code = bytes.Repeat([]byte{0x60}, tc.code)
			}
			pt, err := d.Encode()
			require.NoError(t, err)
			require.Len(t, pt, tc.size, "%d changes, %d bytes of code", tc.changes, tc.code)
			back, err := deltas.Decode(pt)
			require.NoError(t, err)
			require.Equal(t, d, back)
		})
	}
	_, err := deltas.Delta{Changes: make([]deltas.Change, deltas.MaxChanges+1)}.Encode()
	require.ErrorIs(t, err, deltas.ErrTooLarge)
	_, err = deltas.Delta{Code: make([]byte, deltas.MaxCodeSize+1)}.Encode()
	require.ErrorIs(t, err, deltas.ErrTooLarge)
	_, err = deltas.Delta{Changes: []deltas.Change{{Slot: slot(2)}, {Slot: slot(1)}}}.Encode()
	require.ErrorIs(t, err, deltas.ErrMalformed)
}

func TestDecodeRejectsNonCanonical(t *testing.T) {
	pt, err := deltas.Delta{Changes: []deltas.Change{{Slot: slot(1), Value: slot(9)}}}.Encode()
	require.NoError(t, err)
	bad := bytes.Clone(pt)
	bad[len(bad)-1] = 1
	_, err = deltas.Decode(bad)
	require.ErrorIs(t, err, deltas.ErrMalformed, "non-zero padding")
	_, err = deltas.Decode(pt[:100])
	require.ErrorIs(t, err, deltas.ErrMalformed, "not a bucket size")
	bad = bytes.Clone(pt)
	binary.BigEndian.PutUint32(bad, 5000)
	_, err = deltas.Decode(bad)
	require.ErrorIs(t, err, deltas.ErrMalformed, "count too large")
	big := make([]byte, 1024)
	binary.BigEndian.PutUint32(big, 1) // one change and no code fit 256 bytes
	_, err = deltas.Decode(big)
	require.ErrorIs(t, err, deltas.ErrMalformed, "padded into a bigger bucket than needed")
}

func TestLogReplay(t *testing.T) {
	key := stateKey(t)
	writer := deltas.NewLog(contract, key)
	type entry struct {
		index  uint64
		prev   common.Hash
		sealed []byte
	}
	var entries []entry
	for i := range 5 {
		prev, idx := writer.Head, writer.Next
		sealed, hash, err := writer.Append(one(deltas.Change{Slot: slot(uint64(i % 3)), Value: slot(uint64(100 + i))}))
		require.NoError(t, err)
		require.Equal(t, deltas.Hash(sealed), hash)
		entries = append(entries, entry{idx, prev, sealed})
	}
	// Setting a slot to zero deletes it.
	prev, idx := writer.Head, writer.Next
	sealed, _, err := writer.Append(one(deltas.Change{Slot: slot(0), Value: common.Hash{}}))
	require.NoError(t, err)
	entries = append(entries, entry{idx, prev, sealed})

	reader := deltas.NewLog(contract, key)
	for _, e := range entries {
		require.NoError(t, reader.Apply(e.index, e.prev, e.sealed))
	}
	require.Equal(t, writer.Storage, reader.Storage)
	require.Equal(t, writer.Head, reader.Head)
	require.Equal(t, uint64(6), reader.Next)
	_, has := reader.Storage[slot(0)]
	require.False(t, has)

	// Bad input: each rejected, the log unchanged.
	snapshot := func() (uint64, common.Hash, int) { return reader.Next, reader.Head, len(reader.Storage) }
	n, h, s := snapshot()
	require.ErrorIs(t, reader.Apply(entries[5].index, entries[5].prev, entries[5].sealed), deltas.ErrReplay)
	require.ErrorIs(t, reader.Apply(7, reader.Head, entries[5].sealed), deltas.ErrGap)
	require.ErrorIs(t, reader.Apply(6, common.Hash{1}, entries[5].sealed), deltas.ErrPrevHash)
	// The right position but another delta's ciphertext: AAD mismatch.
	require.ErrorIs(t, reader.Apply(6, reader.Head, entries[2].sealed), deltas.ErrOpen)
	tampered := bytes.Clone(entries[5].sealed)
	tampered[30] ^= 1
	fresh := deltas.NewLog(contract, key)
	require.ErrorIs(t, fresh.Apply(0, common.Hash{}, tampered[:10]), deltas.ErrOpen)
	n2, h2, s2 := snapshot()
	require.Equal(t, n, n2)
	require.Equal(t, h, h2)
	require.Equal(t, s, s2)

	// Only the deployment delta (index 0) may carry code.
	codeLate, _, err := writer.Append(deltas.Delta{Code: []byte{1}})
	require.NoError(t, err)
	require.ErrorIs(t, reader.Apply(6, reader.Head, codeLate), deltas.ErrMalformed)

	// Another contract's key cannot open it.
	other := deltas.NewLog(contract, stateKey(t))
	require.ErrorIs(t, other.Apply(0, common.Hash{}, entries[0].sealed), deltas.ErrOpen)
}

func TestSealUsesFreshNonces(t *testing.T) {
	key := stateKey(t)
	p := deltas.Position{Contract: contract}
	a, err := deltas.Seal(key, p, one(deltas.Change{Slot: slot(1), Value: slot(2)}))
	require.NoError(t, err)
	b, err := deltas.Seal(key, p, one(deltas.Change{Slot: slot(1), Value: slot(2)}))
	require.NoError(t, err)
	require.NotEqual(t, a[:deltas.NonceSize], b[:deltas.NonceSize])
}

func TestSnapshotRoundTrip(t *testing.T) {
	key := stateKey(t)
	l := deltas.NewLog(contract, key)
	_, _, err := l.Append(deltas.Delta{Code: []byte{0x60, 0x00, 0xf3}})
	require.NoError(t, err)
	for i := 1; i < 20; i++ {
		_, _, err := l.Append(one(deltas.Change{Slot: slot(uint64(i)), Value: slot(uint64(i * i))}))
		require.NoError(t, err)
	}
	snap, err := l.Snapshot()
	require.NoError(t, err)
	back, err := deltas.RestoreSnapshot(contract, key, snap)
	require.NoError(t, err)
	require.Equal(t, l.Storage, back.Storage)
	require.Equal(t, l.Code, back.Code)
	require.Equal(t, l.Next, back.Next)
	require.Equal(t, l.Head, back.Head)

	// It goes on from there like the original.
	sealed, _, err := l.Append(one(deltas.Change{Slot: slot(99), Value: slot(1)}))
	require.NoError(t, err)
	require.NoError(t, back.Apply(20, back.Head, sealed))

	tampered := bytes.Clone(snap)
	tampered[25] ^= 1 // the index in the clear header
	_, err = deltas.RestoreSnapshot(contract, key, tampered)
	require.ErrorIs(t, err, deltas.ErrSnapshot)
	_, err = deltas.RestoreSnapshot(common.HexToAddress("0x01"), key, snap)
	require.ErrorIs(t, err, deltas.ErrSnapshot)
}

func FuzzOpen(f *testing.F) {
	key := stateKey(f)
	p := deltas.Position{Contract: contract, Index: 3, PrevHash: common.Hash{7}}
	sealed, err := deltas.Seal(key, p, one(deltas.Change{Slot: slot(1), Value: slot(2)}))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sealed)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = deltas.Open(key, p, data)
	})
}

func FuzzDecode(f *testing.F) {
	pt, _ := one(deltas.Change{Slot: slot(1), Value: slot(2)}, deltas.Change{Slot: slot(3)}).Encode()
	f.Add(pt)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := deltas.Decode(data)
		if err != nil {
			return
		}
		again, err := d.Encode()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatal("decoded delta does not re-encode to the same bytes")
		}
	})
}

// BenchmarkReplay measures rebuilding state from the log: open, decode and
// apply one delta of a few slots (the target: ≥ 50,000 deltas/s).
func BenchmarkReplay(b *testing.B) {
	key := stateKey(b)
	w := deltas.NewLog(contract, key)
	type entry struct {
		prev   common.Hash
		sealed []byte
	}
	const n = 4096
	entries := make([]entry, n)
	for i := range n {
		prev := w.Head
		sealed, _, err := w.Append(one(deltas.Change{Slot: slot(uint64(i % 64)), Value: slot(uint64(i))}, deltas.Change{Slot: slot(1000), Value: slot(uint64(i))}))
		require.NoError(b, err)
		entries[i] = entry{prev, sealed}
	}
	b.ReportAllocs()
	b.ResetTimer()
	var r *deltas.Log
	for i := range b.N {
		if i%n == 0 {
			r = deltas.NewLog(contract, key)
		}
		e := entries[i%n]
		if err := r.Apply(uint64(i%n), e.prev, e.sealed); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "deltas/s")
}
