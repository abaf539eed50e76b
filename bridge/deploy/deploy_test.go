package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
)

// The token and the bridge land where Predict says, with the checkpoint of
// the validator set they were given.
func TestDeploy(t *testing.T) {
	eth, err := sim.New(sim.Options{})
	require.NoError(t, err)
	defer eth.Close()
	// A miner: the simulated chain makes blocks only when told.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			eth.Backend.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()
	key := eth.Users[0].Key
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := eth.Client.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	wantToken, wantBridge := deploy.Predict(from, nonce, true)

	set := commitment.Valset{Validators: eth.Valset.Validators, Powers: []uint64{1, 2, 3, 4}}
	res, err := deploy.Deploy(ctx, eth.Client, key, deploy.Options{
		Validators: set.Validators, Powers: set.Powers, TokenSupply: big.NewInt(1e18), CallbackGas: 300_000,
		MaxTaskGas: 30_000_000, MinGasPrice: big.NewInt(1), MinFeeTokenGasPrice: big.NewInt(1),
	})
	require.NoError(t, err)
	require.Equal(t, wantToken, res.Token)
	require.Equal(t, wantBridge, res.Bridge)
	require.NotZero(t, res.Block)

	b := bindings.NewEnigmaBridge()
	var out []byte
	require.NoError(t, eth.Call(from, res.Bridge, nil, b.PackValsetCheckpoint(), &out))
	cp, err := b.UnpackValsetCheckpoint(out)
	require.NoError(t, err)
	require.Equal(t, commitment.Checkpoint(eth.ChainID, res.Bridge, set), common.Hash(cp))
}
