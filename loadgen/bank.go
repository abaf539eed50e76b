package loadgen

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"cosmossdk.io/math"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"google.golang.org/grpc"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/internal/submit"
)

// BankReport is the chain's rate of bank transfers.
type BankReport struct {
	Sends          int      `json:"sends"`
	Seconds        float64  `json:"seconds"`
	SendsPerSecond float64  `json:"sends_per_second"`
	Errors         []string `json:"errors,omitempty"`
}

// BankSends sends n bank transfers of 1 unit of denom, one MsgSend per
// transaction, from the keys named (a keyring-backend test keyring in
// home) to the first of them, concurrency at a time, as unordered
// transactions with a fixed gas limit (no simulation), and measures the
// time from the first broadcast until the recipient's balance shows all
// of them. It is the yardstick: a chain's plainest transaction.
func BankSends(ctx context.Context, conn *grpc.ClientConn, chainID, home, denom string, keys []string, n, concurrency int) (*BankReport, error) {
	app.SetConfig()
	enc := app.MakeEncodingConfig()
	kr, err := keyring.New("enigmad", keyring.BackendTest, home, nil, enc.Codec)
	if err != nil {
		return nil, err
	}
	subs := make([]*submit.Submitter, len(keys))
	for i, k := range keys {
		if subs[i], err = submit.New(ctx, conn, submit.Config{ChainID: chainID, Keyring: kr, KeyName: k, TxConfig: enc.TxConfig,
			Gas: 200_000, TTL: 5 * time.Minute}); err != nil {
			return nil, err
		}
	}
	to := subs[0].Address()
	bank := banktypes.NewQueryClient(conn)
	balance := func() (math.Int, error) {
		res, err := bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: to.String(), Denom: denom})
		if err != nil {
			return math.Int{}, err
		}
		return res.Balance.Amount, nil
	}
	before, err := balance()
	if err != nil {
		return nil, err
	}
	// Sends from the recipient to itself do not change its balance: only
	// the others' count, so the others send them all.
	senders := subs[1:]
	if len(senders) == 0 {
		return nil, fmt.Errorf("loadgen: bank sends need two keys at least")
	}
	rep := &BankReport{Sends: n}
	var next, failed atomic.Int64
	var errMu sync.Mutex
	start := time.Now()
	var wg sync.WaitGroup
	for w := range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := senders[w%len(senders)]
			for next.Add(1) <= int64(n) {
				msg := banktypes.NewMsgSend(s.Address(), to, sdk.NewCoins(sdk.NewInt64Coin(denom, 1)))
				if _, err := s.Send(ctx, msg); err != nil {
					failed.Add(1)
					errMu.Lock()
					if len(rep.Errors) < 10 {
						rep.Errors = append(rep.Errors, err.Error())
					}
					errMu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	want := before.AddRaw(int64(n) - failed.Load())
	deadline := time.Now().Add(5 * time.Minute)
	for {
		got, err := balance()
		if err == nil && got.GTE(want) {
			break
		}
		if time.Now().After(deadline) {
			return rep, fmt.Errorf("loadgen: the bank sends were not all included after 5 minutes (balance %v, want %v)", got, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
	rep.Seconds = time.Since(start).Seconds()
	rep.SendsPerSecond = float64(int64(n)-failed.Load()) / rep.Seconds
	return rep, nil
}
