//go:build localnet

package localnet

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/internal/submit"
)

// submitter starts a one-node localnet and returns a Submitter for the dev
// account key, and bob's balance in ueng.
func submitter(t *testing.T, key string) (context.Context, *submit.Submitter, func() int64) {
	t.Helper()
	n := startNet(t, 1)
	waitFor(t, "height 2", 30*time.Second, func() bool { return height(0) >= 2 })
	app.SetConfig()
	enc := app.MakeEncodingConfig()
	kr, err := keyring.New("enigmad", keyring.BackendTest, filepath.Join(n.dir, "node0"), nil, enc.Codec)
	require.NoError(t, err)
	conn, err := grpc.NewClient("127.0.0.1:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	s, err := submit.New(ctx, conn, submit.Config{ChainID: "enigma-local-1", Keyring: kr, KeyName: key, TxConfig: enc.TxConfig})
	require.NoError(t, err)
	bank := banktypes.NewQueryClient(conn)
	return ctx, s, func() int64 {
		res, err := bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: devAddresses["bob"], Denom: "ueng"})
		require.NoError(t, err)
		return res.Balance.Amount.Int64()
	}
}

// TestSubmitUnorderedTransactions sends transactions through
// internal/submit to a real node: many at once from one key (unordered, so
// none waits for another's sequence), each included once; and a refusal by
// the chain comes back as a Refusal, not retried.
func TestSubmitUnorderedTransactions(t *testing.T) {
	ctx, s, balance := submitter(t, "alice")
	require.Equal(t, devAddresses["alice"], s.Address().String())
	bob := sdk.MustAccAddressFromBech32(devAddresses["bob"])
	before := balance()
	const count = 8
	var wg sync.WaitGroup
	hashes := make([]string, count)
	errs := make([]error, count)
	for i := range count {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var res *sdk.TxResponse
			res, errs[i] = s.SendAndWait(ctx, banktypes.NewMsgSend(s.Address(), bob, sdk.NewCoins(sdk.NewInt64Coin("ueng", 1000))))
			if res != nil {
				hashes[i] = res.TxHash
			}
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for i := range count {
		require.NoError(t, errs[i], "transaction %d", i)
		require.False(t, seen[hashes[i]], "eight transactions, eight hashes")
		seen[hashes[i]] = true
	}
	require.Equal(t, before+count*1000, balance(), "each included once")

	// More than alice has: refused (by the simulation, before any fee), at once.
	start := time.Now()
	_, err := s.SendAndWait(ctx, banktypes.NewMsgSend(s.Address(), bob, sdk.NewCoins(sdk.NewInt64Coin("ueng", 1<<62))))
	require.Error(t, err)
	require.True(t, errors.Is(err, submit.ErrRefused), "%v", err)
	t.Logf("refusal: %v", err)
	require.Less(t, time.Since(start), 10*time.Second, "a refusal is not retried")
	require.Equal(t, before+count*1000, balance())
}

// TestBatcher: messages added at once go out in transactions of at most
// five; a batch the chain refuses because of one bad message is split, so
// the good messages are included anyway and only the bad one fails.
func TestBatcher(t *testing.T) {
	_, s, balance := submitter(t, "carol")
	bob := sdk.MustAccAddressFromBech32(devAddresses["bob"])
	before := balance()

	b := submit.NewBatcher(s, 5, 300*time.Millisecond)
	var outs []<-chan submit.Result
	for i := range 12 {
		amount := int64(1000)
		if i == 7 {
			amount = 1 << 62 // more than carol has: refused
		}
		outs = append(outs, b.Add(banktypes.NewMsgSend(s.Address(), bob, sdk.NewCoins(sdk.NewInt64Coin("ueng", amount)))))
	}
	hashes := map[string]int{}
	for i, out := range outs {
		r := <-out
		if i == 7 {
			require.ErrorIs(t, r.Err, submit.ErrRefused)
			continue
		}
		require.NoError(t, r.Err, "message %d", i)
		hashes[r.TxHash]++
	}
	require.Equal(t, before+11*1000, balance(), "every good message included once")
	require.LessOrEqual(t, len(hashes), 2+5, "two full batches, the refused one split")
	t.Logf("11 good messages in %d transactions", len(hashes))
	b.Close()
	require.ErrorIs(t, (<-b.Add(banktypes.NewMsgSend(s.Address(), bob, sdk.NewCoins(sdk.NewInt64Coin("ueng", 1))))).Err, submit.ErrClosed)
}
