// Package story is what the Go examples share: the running localnet as a
// dApp sees it (its client.toml, a node, its ingress, geth), funded users,
// and a task told as it happens: sealed, recorded on Ethereum, handed
// over, committed, and on Ethereum for its callback or refund.
package story

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/client/settings"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Ether is 10^18 wei.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tenths is x/10 ETH in wei.
func Tenths(x int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(x), Ether), big.NewInt(10))
}

// FormatEther prints wei as ETH.
func FormatEther(wei *big.Int) string {
	return new(big.Float).Quo(new(big.Float).SetInt(wei), new(big.Float).SetInt(Ether)).Text('f', -1)
}

// Main runs an example: its flags (-config, -o json), the localnet opened,
// the story told, and with -o json one document at the end (with the error
// if it failed).
func Main(run func(ctx context.Context, n *Net) (any, error)) {
	cfg := flag.String("config", "", "the localnet's client.toml (default: $ENIGMA_CLIENT_CONFIG, else .localnet/client.toml here or in a parent folder)")
	output := flag.String("o", "text", "text (the story) or json (one document at the end)")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	asJSON := *output == "json"
	n, err := Open(ctx, *cfg, asJSON)
	var doc any
	if err == nil {
		defer n.Close()
		doc, err = run(ctx, n)
	}
	if asJSON {
		if err != nil {
			doc = map[string]string{"error": err.Error()}
		}
		_ = json.NewEncoder(os.Stdout).Encode(doc)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// Net is the running localnet as a dApp sees it.
type Net struct {
	Client *client.Client
	Eth    *ethclient.Client
	// Dev is the localnet's funded Ethereum dev account (TEST ONLY).
	Dev *User
	// GasPrice is what tasks pay: the bridge's minimum.
	GasPrice *big.Int
	conns    []*grpc.ClientConn
	began    time.Time
	quiet    bool
}

// User is an account on Ethereum with its side of the bridge.
type User struct {
	Name string
	Key  *ecdsa.PrivateKey
	Addr common.Address
	Eth  *client.Ethereum
}

// Open connects to the localnet that the client.toml at path (or found as
// Main's -config says) describes.
func Open(ctx context.Context, path string, quiet bool) (*Net, error) {
	// A localnet's settings only (no ~/.enigmad fallback): the examples
	// fund new accounts from the configured key.
	path = settings.FindLocalnet(path)
	if path == "" {
		return nil, settings.ErrNotFound
	}
	s, err := settings.Read(path)
	if err != nil {
		return nil, err
	}
	devKey, err := ethkey.Load(s.EthKeyFile)
	if err != nil {
		return nil, err
	}
	n := &Net{began: time.Now(), quiet: quiet}
	dial := func(addr string) (*grpc.ClientConn, error) {
		c, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err == nil {
			n.conns = append(n.conns, c)
		}
		return c, err
	}
	node, err := dial(s.GRPC)
	if err != nil {
		return nil, err
	}
	ingress, err := dial(s.Ingress)
	if err != nil {
		n.Close()
		return nil, err
	}
	if n.Eth, err = ethclient.DialContext(ctx, s.EthRPC); err != nil {
		n.Close()
		return nil, err
	}
	n.Client, err = client.New(client.Config{ChainID: s.ChainID, Node: node, Ingress: ingress, Events: s.RPC, AllowSimulated: s.AllowSimulated,
		Bridge: common.HexToAddress(s.BridgeContract)})
	if err != nil {
		n.Close()
		return nil, err
	}
	if n.Dev, err = n.User(ctx, "dev", devKey); err != nil {
		n.Close()
		return nil, err
	}
	if n.GasPrice, err = n.Dev.Eth.MinGasPrice(ctx, false); err != nil {
		n.Close()
		return nil, err
	}
	return n, nil
}

// Close closes the connections.
func (n *Net) Close() {
	if n.Client != nil {
		n.Client.Close()
	}
	if n.Eth != nil {
		n.Eth.Close()
	}
	for _, c := range n.conns {
		_ = c.Close()
	}
}

// Say prints a line of the story (not with -o json).
func (n *Net) Say(format string, args ...any) {
	if !n.quiet {
		fmt.Printf(format+"\n", args...)
	}
}

// stage prints a step of a user's task with the time since the story began.
func (n *Net) stage(who, stage, format string, args ...any) {
	n.Say("[%5.1fs] %-7s %-9s %s", time.Since(n.began).Seconds(), who, stage, fmt.Sprintf(format, args...))
}

// User is an account of the given key.
func (n *Net) User(ctx context.Context, name string, key *ecdsa.PrivateKey) (*User, error) {
	eth, err := n.Client.Ethereum(ctx, n.Eth, key)
	if err != nil {
		return nil, err
	}
	return &User{Name: name, Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey), Eth: eth}, nil
}

// NewUser is a fresh account funded with wei by the dev account. Its key
// lives in memory only: an example's throwaway account.
func (n *Net) NewUser(ctx context.Context, name string, wei *big.Int) (*User, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	u, err := n.User(ctx, name, key)
	if err != nil {
		return nil, err
	}
	if _, err := n.Send(ctx, n.Dev, &u.Addr, wei, nil); err != nil {
		return nil, fmt.Errorf("funding %s: %w", name, err)
	}
	return u, nil
}

// Send sends an Ethereum transaction from u and waits until it is mined.
func (n *Net) Send(ctx context.Context, u *User, to *common.Address, value *big.Int, data []byte) (*ethtypes.Receipt, error) {
	return deploy.Send(ctx, n.Eth, u.Key, to, value, data)
}

// Task is what a user keeps of a task: its sealed data (with the result
// key) and its record on Ethereum.
type Task struct {
	Who    string
	Sealed client.Sealed
	Rec    client.Recorded
}

// Deploy deploys a secret contract with its constructor's arguments
// sealed; the salt (ids.NewSalt, chosen earlier when something must name
// the contract before it exists) gives its address.
func (n *Net) Deploy(ctx context.Context, u *User, art *contracts.Artifact, salt common.Hash, args ...any) (*Task, error) {
	ctorArgs, err := art.ABI.Pack("", args...)
	if err != nil {
		return nil, err
	}
	id := u.Eth.TaskID(salt)
	t, err := n.seal(ctx, u, ids.ContractAddress(id), id, envelope.Call{Data: ctorArgs})
	if err != nil {
		return nil, err
	}
	if t.Rec, err = u.Eth.RecordDeployment(ctx, salt, crypto.Keccak256Hash(art.Bytecode), t.Sealed.InputsHash, 2_000_000, n.GasPrice); err != nil {
		return nil, err
	}
	return t, n.handOver(ctx, t, art.Bytecode)
}

// Call seals a call of u for the contract's worker (with an ETH escrow,
// msg.value inside, when amount is set), records it on Ethereum and hands
// its data over once the chain observed the record. Finish waits for it.
func (n *Net) Call(ctx context.Context, u *User, contract common.Address, data []byte, amount *big.Int) (*Task, error) {
	salt := ids.NewSalt()
	t, err := n.seal(ctx, u, contract, u.Eth.TaskID(salt), envelope.Call{Data: data, Amount: amount})
	if err != nil {
		return nil, err
	}
	req, err := u.Eth.RequestFor(t.Sealed, salt, 300_000, n.GasPrice)
	if err != nil {
		return nil, err
	}
	req.EscrowAmount = amount
	recs, err := u.Eth.Record(ctx, req)
	if err != nil {
		return nil, err
	}
	t.Rec = recs[0]
	return t, n.handOver(ctx, t, nil)
}

func (n *Net) seal(ctx context.Context, u *User, contract common.Address, id common.Hash, call envelope.Call) (*Task, error) {
	target, err := n.Client.Target(ctx, contract)
	if err != nil {
		return nil, err
	}
	sealed, err := n.Client.Seal(target, id, call, envelope.SuiteX25519)
	if err != nil {
		return nil, err
	}
	how := "a simulated enclave"
	if !target.Verdict.Simulated {
		how = "SGX, TCB " + target.Verdict.TCBStatus
	}
	n.stage(u.Name, "sealed", "task %s: %d bytes for worker %s (%s)", id, len(sealed.Envelope), target.Address(), how)
	return &Task{Who: u.Name, Sealed: sealed}, nil
}

func (n *Net) handOver(ctx context.Context, t *Task, bytecode []byte) error {
	n.stage(t.Who, "recorded", "on Ethereum: tx %s, block %d", t.Rec.Tx, t.Rec.Block)
	hash, err := n.Client.SubmitWhenRecorded(ctx, t.Sealed, bytecode)
	if err != nil {
		return err
	}
	n.stage(t.Who, "accepted", "by the ingress: data in transaction %s", hash)
	return nil
}

// Finish waits for a task's receipt, checks it and decrypts the result.
func (n *Net) Finish(ctx context.Context, t *Task) (client.Outcome, error) {
	r, err := n.Client.Wait(ctx, t.Sealed.TaskID)
	if err != nil {
		return client.Outcome{}, err
	}
	o, err := n.Client.Open(t.Sealed, r)
	if err != nil {
		return client.Outcome{}, err
	}
	n.stage(t.Who, "committed", "%s, gas used %d", o.Status, o.GasUsed)
	return o, nil
}

// Succeed is Finish for a task that must succeed; art names a revert.
func (n *Net) Succeed(ctx context.Context, t *Task, art *contracts.Artifact) (client.Outcome, error) {
	o, err := n.Finish(ctx, t)
	if err == nil && o.Status != receipt.StatusSuccess {
		err = fmt.Errorf("%s's task %s: %s (%s)", t.Who, t.Sealed.TaskID, o.Status, Reason(art, o.Output))
	}
	return o, err
}

// OnEthereum waits until a receipt's batch is closed and on Ethereum, then
// runs f with the chain's proof (a callback or a refund). Only "not yet"
// is waited out: the batch closes at the epoch's end, then the relayers
// commit it (the bridge says UnknownBatch until then).
func (n *Net) OnEthereum(ctx context.Context, r *sctypes.Receipt, f func(*sctypes.QueryReceiptProofResponse) (*ethtypes.Receipt, error)) (*ethtypes.Receipt, error) {
	for {
		p, err := n.Client.Proof(ctx, r)
		if err == nil {
			var rcpt *ethtypes.Receipt
			if rcpt, err = f(p); err == nil {
				return rcpt, nil
			}
			if !strings.Contains(err.Error(), "UnknownBatch") {
				return nil, err
			}
		} else if !errors.Is(err, client.ErrNotReady) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("task %x: %v (last: %v)", r.TaskId, ctx.Err(), err)
		case <-time.After(time.Second):
		}
	}
}

// Reason names a revert: Solidity's Error(string), one of the contract's
// custom errors, or none.
func Reason(a *contracts.Artifact, output []byte) string {
	if len(output) >= 4 {
		if msg, err := abi.UnpackRevert(output); err == nil {
			return msg
		}
		for name, e := range a.ABI.Errors {
			if string(e.ID[:4]) != string(output[:4]) {
				continue
			}
			args, err := e.Inputs.Unpack(output[4:])
			if err != nil {
				return name + "(…)"
			}
			parts := make([]string, len(args))
			for i, v := range args {
				parts[i] = fmt.Sprintf("%s=%v", e.Inputs[i].Name, v)
			}
			return name + "(" + strings.Join(parts, ", ") + ")"
		}
	}
	return "no reason given"
}
