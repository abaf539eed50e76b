// Command auction runs the sealed-bid auction end to end on a running
// localnet with the Go client (README.md tells the story):
//
//	make localnet
//	go run ./examples/auction [-config .localnet/client.toml] [-json]
//
// The seller learns the secret auction's address from the deployment's
// salt before it exists, deploys the auction's Ethereum side naming it,
// then the secret side with sealed constructor arguments; three bidders
// send sealed bids escrowing deposits (one bids more than it deposited: the
// enclave refuses it and its refund is claimed); the seller settles; the
// callbacks the secret contract asked for are executed on Ethereum from the
// chain's proofs, and everyone withdraws what is theirs.
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/pelletier/go-toml/v2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// settings is the part of the localnet's client.toml the example reads.
type settings struct {
	ChainID        string `toml:"chain_id"`
	GRPC           string `toml:"grpc"`
	RPC            string `toml:"rpc"`
	Ingress        string `toml:"ingress"`
	EthRPC         string `toml:"eth_rpc"`
	EthKeyFile     string `toml:"eth_key_file"`
	AllowSimulated bool   `toml:"allow_simulated"`
	BridgeContract string `toml:"bridge_contract"`
}

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// tenths returns x/10 ETH in wei.
func tenths(x int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(x), ether), big.NewInt(10))
}

func main() {
	cfgPath := flag.String("config", filepath.Join(".localnet", "client.toml"), "the localnet's client settings")
	asJSON := flag.Bool("json", false, "print one JSON document at the end instead of the story")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	out, err := run(ctx, *cfgPath, func(format string, args ...any) {
		if !*asJSON {
			fmt.Printf(format+"\n", args...)
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	if *asJSON {
		_ = json.NewEncoder(os.Stdout).Encode(out)
	}
}

// result is what -json prints.
type result struct {
	Auction     string            `json:"auction"`
	House       string            `json:"house"`
	Winner      string            `json:"winner"`
	WinnerName  string            `json:"winner_name"`
	Price       string            `json:"price"`
	Bids        []bidResult       `json:"bids"`
	CarolRefund string            `json:"carol_refund_escrow"`
	Withdrawals map[string]string `json:"withdrawals"`
}

type bidResult struct {
	Who           string `json:"who"`
	TaskID        string `json:"task_id"`
	Status        string `json:"status"`
	EnvelopeBytes int    `json:"envelope_bytes"`
}

// task is what a user keeps of a task: its sealed data (with the result
// key) and its record on Ethereum.
type task struct {
	sealed client.Sealed
	rec    client.Recorded
}

func run(ctx context.Context, cfgPath string, say func(string, ...any)) (*result, error) {
	var s settings
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		return nil, fmt.Errorf("%v (start a localnet: make localnet)", err)
	}
	if err := toml.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("%s: %v", cfgPath, err)
	}
	keyFile := s.EthKeyFile
	if !filepath.IsAbs(keyFile) {
		keyFile = filepath.Join(filepath.Dir(cfgPath), keyFile)
	}
	sellerKey, err := ethkey.Load(keyFile)
	if err != nil {
		return nil, err
	}
	node, err := grpc.NewClient(s.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	defer node.Close()
	ingress, err := grpc.NewClient(s.Ingress, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	defer ingress.Close()
	eth, err := ethclient.DialContext(ctx, s.EthRPC)
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	c, err := client.New(client.Config{ChainID: s.ChainID, Node: node, Ingress: ingress, Events: s.RPC, AllowSimulated: s.AllowSimulated,
		Bridge: common.HexToAddress(s.BridgeContract)})
	if err != nil {
		return nil, err
	}
	defer c.Close()
	seller, err := c.Ethereum(ctx, eth, sellerKey)
	if err != nil {
		return nil, err
	}
	secret, err := contracts.Load("SealedBidAuction")
	if err != nil {
		return nil, err
	}
	price := big.NewInt(1) // wei per gas: the localnet bridge's minimum
	out := &result{Withdrawals: map[string]string{}}

	// 1. The secret auction's address, from the deployment's salt.
	salt := ids.NewSalt()
	deployID := seller.TaskID(salt)
	auction := ids.ContractAddress(deployID)
	br := bindings.NewEnigmaBridge()
	res, err := eth.CallContract(ctx, callMsg(seller.Sender(), seller.Bridge(), br.PackExecutorOf(auction)), nil)
	if err != nil {
		return nil, err
	}
	executor, err := br.UnpackExecutorOf(res)
	if err != nil {
		return nil, err
	}
	say("seller %s: the secret auction will be %s", seller.Sender(), auction)

	// 2. The dApp on Ethereum, which takes callbacks of that secret contract only.
	house := bindings.NewAuctionHouse()
	settleBy := big.NewInt(time.Now().Add(time.Hour).Unix())
	rcpt, err := deploy.Send(ctx, eth, sellerKey, nil, nil, append(common.FromHex(bindings.AuctionHouseMetaData.Bin), house.PackConstructor(executor, auction, settleBy)...))
	if err != nil {
		return nil, fmt.Errorf("deploying AuctionHouse: %w", err)
	}
	houseAddr := rcpt.ContractAddress
	say("AuctionHouse on Ethereum at %s (callbacks through %s)", houseAddr, executor)

	// 3. The secret contract: minimum bid 0.1 ETH, the dApp to call back.
	args, err := secret.ABI.Pack("", houseAddr, tenths(1))
	if err != nil {
		return nil, err
	}
	target, err := c.Target(ctx, auction)
	if err != nil {
		return nil, err
	}
	sealed, err := c.Seal(target, deployID, envelope.Call{Data: args}, envelope.SuiteX25519)
	if err != nil {
		return nil, err
	}
	if _, err := seller.RecordDeployment(ctx, salt, crypto.Keccak256Hash(secret.Bytecode), sealed.InputsHash, 2_000_000, price); err != nil {
		return nil, err
	}
	if _, err := c.SubmitWhenRecorded(ctx, sealed, secret.Bytecode); err != nil {
		return nil, err
	}
	if o, err := outcome(ctx, c, sealed); err != nil {
		return nil, err
	} else if o.Status != receipt.StatusSuccess {
		return nil, fmt.Errorf("the deployment ended %s", o.Status)
	}
	say("SealedBidAuction deployed at %s (worker %s, %d sealed bytes)", auction, target.Address(), len(sealed.Envelope))

	// 4. Three bidders with fresh accounts, funded by the dev key; carol
	// bids more than she deposits.
	type bidder struct {
		who          string
		key          *ecdsa.PrivateKey
		bid, deposit *big.Int
		eth          *client.Ethereum
		task         task
	}
	bidders := []*bidder{{who: "alice", bid: tenths(3), deposit: tenths(5)}, {who: "bob", bid: tenths(7), deposit: tenths(9)},
		{who: "carol", bid: tenths(20), deposit: tenths(10)}}
	for _, b := range bidders {
		if b.key, err = crypto.GenerateKey(); err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(b.key.PublicKey)
		if _, err := deploy.Send(ctx, eth, sellerKey, &addr, tenths(30), nil); err != nil {
			return nil, fmt.Errorf("funding %s: %w", b.who, err)
		}
		if b.eth, err = c.Ethereum(ctx, eth, b.key); err != nil {
			return nil, err
		}
		data, err := secret.ABI.Pack("bid", b.bid)
		if err != nil {
			return nil, err
		}
		if b.task, err = record(ctx, c, b.eth, auction, envelope.Call{Data: data, Amount: b.deposit}, price); err != nil {
			return nil, fmt.Errorf("%s's bid: %w", b.who, err)
		}
		say("%s (%s) bids a sealed amount (%d encrypted bytes), escrowing %s ETH: task %s", b.who, addr, len(b.task.sealed.Envelope),
			fmtEther(b.deposit), b.task.sealed.TaskID)
	}
	outcomes := make([]client.Outcome, len(bidders))
	for i, b := range bidders {
		if _, err := c.SubmitWhenRecorded(ctx, b.task.sealed, nil); err != nil {
			return nil, err
		}
		if outcomes[i], err = outcome(ctx, c, b.task.sealed); err != nil {
			return nil, err
		}
		why := ""
		if outcomes[i].Status == receipt.StatusRevert {
			why = " (" + reason(secret, outcomes[i].Output) + ")"
		}
		say("%s's bid: %s%s", b.who, outcomes[i].Status, why)
		out.Bids = append(out.Bids, bidResult{Who: b.who, TaskID: b.task.sealed.TaskID.Hex(), Status: outcomes[i].Status.String(), EnvelopeBytes: len(b.task.sealed.Envelope)})
	}

	// 5. The seller settles.
	data, err := secret.ABI.Pack("settle")
	if err != nil {
		return nil, err
	}
	settle, err := record(ctx, c, seller, auction, envelope.Call{Data: data}, price)
	if err != nil {
		return nil, err
	}
	if _, err := c.SubmitWhenRecorded(ctx, settle.sealed, nil); err != nil {
		return nil, err
	}
	so, err := outcome(ctx, c, settle.sealed)
	if err != nil {
		return nil, err
	}
	if so.Status != receipt.StatusSuccess {
		return nil, fmt.Errorf("the settlement ended %s (%s)", so.Status, reason(secret, so.Output))
	}
	values, err := secret.ABI.Unpack("settle", so.Output)
	if err != nil {
		return nil, err
	}
	winner, won := values[0].(common.Address), values[1].(*big.Int)
	out.Winner, out.Price, out.WinnerName = winner.Hex(), won.String(), winner.Hex()
	for _, b := range bidders {
		if crypto.PubkeyToAddress(b.key.PublicKey) == winner {
			out.WinnerName = b.who
		}
	}
	say("settled in the enclave: %s wins at %s ETH", out.WinnerName, fmtEther(won))

	// 6. On Ethereum: the callbacks (once each batch is there), carol's
	// refund, the withdrawals.
	for i, t := range []task{bidders[0].task, bidders[1].task, settle} {
		o := []client.Outcome{outcomes[0], outcomes[1], so}[i]
		r, err := onEthereum(ctx, c, o.Receipt, func(p *sctypes.QueryReceiptProofResponse) (*ethtypes.Receipt, error) {
			return seller.ExecuteCallback(ctx, p, t.rec.Record)
		})
		if err != nil {
			return nil, err
		}
		ev, ok := callbackExecuted(r)
		if !ok || !ev.Ok {
			return nil, fmt.Errorf("the callback of task %s did not run on Ethereum (tx %s)", t.sealed.TaskID, r.TxHash)
		}
		say("callback of task %s executed on Ethereum: tx %s", t.sealed.TaskID.Hex()[:10]+"…", r.TxHash)
	}
	carol := bidders[2]
	r, err := onEthereum(ctx, c, outcomes[2].Receipt, func(p *sctypes.QueryReceiptProofResponse) (*ethtypes.Receipt, error) {
		return carol.eth.ClaimRefund(ctx, p, carol.task.rec.Record)
	})
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := br.UnpackRefundClaimedEvent(l); err == nil {
			out.CarolRefund = ev.Escrow.String()
			say("carol's refund: her %s ETH deposit and %s wei of unused gas", fmtEther(ev.Escrow), ev.Fee)
		}
	}
	for _, w := range []struct {
		who string
		key *ecdsa.PrivateKey
	}{{"alice", bidders[0].key}, {"bob", bidders[1].key}, {"seller", sellerKey}} {
		r, err := deploy.Send(ctx, eth, w.key, &houseAddr, nil, house.PackWithdraw())
		if err != nil {
			return nil, fmt.Errorf("%s's withdrawal: %w", w.who, err)
		}
		for _, l := range r.Logs {
			if ev, err := house.UnpackWithdrawnEvent(l); err == nil {
				out.Withdrawals[w.who] = fmtEther(ev.Amount)
				say("%s withdraws %s ETH from AuctionHouse", w.who, fmtEther(ev.Amount))
			}
		}
	}
	out.Auction, out.House = auction.Hex(), houseAddr.Hex()
	return out, nil
}

// record seals a call for the contract's worker and records it on Ethereum
// (a payable task when the call escrows ETH).
func record(ctx context.Context, c *client.Client, user *client.Ethereum, contract common.Address, call envelope.Call, price *big.Int) (task, error) {
	salt := ids.NewSalt()
	target, err := c.Target(ctx, contract)
	if err != nil {
		return task{}, err
	}
	sealed, err := c.Seal(target, user.TaskID(salt), call, envelope.SuiteX25519)
	if err != nil {
		return task{}, err
	}
	req, err := user.RequestFor(sealed, salt, 300_000, price)
	if err != nil {
		return task{}, err
	}
	req.EscrowAmount = call.Amount
	recs, err := user.Record(ctx, req)
	if err != nil {
		return task{}, err
	}
	return task{sealed, recs[0]}, nil
}

// outcome waits for a task's receipt and opens it.
func outcome(ctx context.Context, c *client.Client, s client.Sealed) (client.Outcome, error) {
	r, err := c.Wait(ctx, s.TaskID)
	if err != nil {
		return client.Outcome{}, err
	}
	return c.Open(s, r)
}

// onEthereum waits for a receipt's batch to close and reach Ethereum, then
// runs f with the chain's proof (a callback or a refund).
func onEthereum(ctx context.Context, c *client.Client, r *sctypes.Receipt, f func(*sctypes.QueryReceiptProofResponse) (*ethtypes.Receipt, error)) (*ethtypes.Receipt, error) {
	for {
		p, err := c.Proof(ctx, r)
		if err == nil {
			var rcpt *ethtypes.Receipt
			if rcpt, err = f(p); err == nil {
				return rcpt, nil
			}
		}
		if !errors.Is(err, client.ErrNotReady) && !errors.Is(err, client.ErrEthereum) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("task %x: %v (last: %v)", r.TaskId, ctx.Err(), err)
		case <-time.After(time.Second): // the batch closes at the epoch's end, then the relayers commit it
		}
	}
}

func callbackExecuted(r *ethtypes.Receipt) (*bindings.EnigmaBridgeCallbackExecuted, bool) {
	br := bindings.NewEnigmaBridge()
	for _, l := range r.Logs {
		if ev, err := br.UnpackCallbackExecutedEvent(l); err == nil {
			return ev, true
		}
	}
	return nil, false
}

// reason names a revert: one of the contract's custom errors, or none.
func reason(a *contracts.Artifact, output []byte) string {
	if len(output) >= 4 {
		for name, e := range a.ABI.Errors {
			if string(e.ID[:4]) == string(output[:4]) {
				return name + "()"
			}
		}
	}
	return "no reason"
}

func fmtEther(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), new(big.Float).SetInt(ether))
	return f.Text('f', -1)
}

func callMsg(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}
