// Command auction runs the sealed-bid auction end to end on a running
// localnet with the Go client (README.md tells the story):
//
//	make localnet
//	go run ./examples/auction [-config .localnet/client.toml] [-o json]
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
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/examples/internal/story"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

func main() { story.Main(run) }

// result is what -o json prints.
type result struct {
	Auction     string            `json:"auction"`
	House       string            `json:"house"`
	Winner      string            `json:"winner"`
	WinnerName  string            `json:"winner_name"`
	Price       string            `json:"price"`
	Bids        []bid             `json:"bids"`
	CarolRefund string            `json:"carol_refund_escrow"`
	Withdrawals map[string]string `json:"withdrawals"`
}

type bid struct {
	Who           string `json:"who"`
	TaskID        string `json:"task_id"`
	Status        string `json:"status"`
	Reason        string `json:"reason,omitempty"`
	EnvelopeBytes int    `json:"envelope_bytes"`
}

func run(ctx context.Context, n *story.Net) (any, error) {
	secret, err := contracts.Load("SealedBidAuction")
	if err != nil {
		return nil, err
	}
	out := &result{Withdrawals: map[string]string{}}
	seller := n.Dev
	seller.Name = "seller"

	// 1. The secret auction's address, from the deployment's salt.
	salt := ids.NewSalt()
	auction := ids.ContractAddress(seller.Eth.TaskID(salt))
	br := bindings.NewEnigmaBridge()
	bridge := seller.Eth.Bridge()
	res, err := n.Eth.CallContract(ctx, ethereum.CallMsg{From: seller.Addr, To: &bridge, Data: br.PackExecutorOf(auction)}, nil)
	if err != nil {
		return nil, err
	}
	executor, err := br.UnpackExecutorOf(res)
	if err != nil {
		return nil, err
	}
	n.Say("seller %s: the secret auction will be %s", seller.Addr, auction)

	// 2. The dApp on Ethereum, which takes callbacks of that secret contract only.
	house := bindings.NewAuctionHouse()
	settleBy := big.NewInt(time.Now().Add(time.Hour).Unix())
	rcpt, err := n.Send(ctx, seller, nil, nil, append(common.FromHex(bindings.AuctionHouseMetaData.Bin), house.PackConstructor(executor, auction, settleBy)...))
	if err != nil {
		return nil, fmt.Errorf("deploying AuctionHouse: %w", err)
	}
	houseAddr := rcpt.ContractAddress
	n.Say("AuctionHouse on Ethereum at %s (callbacks through %s)", houseAddr, executor)

	// 3. The secret contract: minimum bid 0.1 ETH, the dApp to call back.
	dep, err := n.Deploy(ctx, seller, secret, salt, houseAddr, story.Tenths(1))
	if err != nil {
		return nil, err
	}
	if _, err := n.Succeed(ctx, dep, secret); err != nil {
		return nil, err
	}
	n.Say("SealedBidAuction deployed at %s", auction)

	// 4. Three bidders with fresh accounts, funded by the dev account;
	// carol bids more than she deposits. Each bid is handed over as soon as
	// it is recorded (its data names the epoch it was sealed in).
	type bidder struct {
		*story.User
		bid, deposit *big.Int
		task         *story.Task
		outcome      client.Outcome
	}
	bidders := []*bidder{{bid: story.Tenths(3), deposit: story.Tenths(5)}, {bid: story.Tenths(7), deposit: story.Tenths(9)},
		{bid: story.Tenths(20), deposit: story.Tenths(10)}}
	for i, name := range []string{"alice", "bob", "carol"} {
		b := bidders[i]
		if b.User, err = n.NewUser(ctx, name, story.Tenths(30)); err != nil {
			return nil, err
		}
		data, err := secret.ABI.Pack("bid", b.bid)
		if err != nil {
			return nil, err
		}
		n.Say("%s (%s) bids a sealed amount, escrowing %s ETH", name, b.Addr, story.FormatEther(b.deposit))
		if b.task, err = n.Call(ctx, b.User, auction, data, b.deposit); err != nil {
			return nil, fmt.Errorf("%s's bid: %w", name, err)
		}
	}
	for _, b := range bidders {
		if b.outcome, err = n.Finish(ctx, b.task); err != nil {
			return nil, err
		}
		r := bid{Who: b.Name, TaskID: b.task.Sealed.TaskID.Hex(), Status: b.outcome.Status.String(), EnvelopeBytes: len(b.task.Sealed.Envelope)}
		why := ""
		if b.outcome.Status != receipt.StatusSuccess {
			r.Reason = story.Reason(secret, b.outcome.Output)
			why = " (" + r.Reason + ")"
		}
		n.Say("%s's bid: %s%s", b.Name, b.outcome.Status, why)
		out.Bids = append(out.Bids, r)
	}

	// 5. The seller settles.
	data, err := secret.ABI.Pack("settle")
	if err != nil {
		return nil, err
	}
	settle, err := n.Call(ctx, seller, auction, data, nil)
	if err != nil {
		return nil, err
	}
	so, err := n.Succeed(ctx, settle, secret)
	if err != nil {
		return nil, err
	}
	values, err := secret.ABI.Unpack("settle", so.Output)
	if err != nil {
		return nil, err
	}
	winner, price := values[0].(common.Address), values[1].(*big.Int)
	out.Winner, out.Price, out.WinnerName = winner.Hex(), price.String(), winner.Hex()
	for _, b := range bidders {
		if b.Addr == winner {
			out.WinnerName = b.Name
		}
	}
	n.Say("settled in the enclave: %s wins at %s ETH", out.WinnerName, story.FormatEther(price))

	// 6. On Ethereum: the callbacks of the tasks that succeeded (once each
	// batch is there; anyone may execute them), the refused bid's refund,
	// the withdrawals.
	type finished struct {
		t *story.Task
		o client.Outcome
	}
	var done []finished
	for _, b := range bidders {
		if b.outcome.Status == receipt.StatusSuccess {
			done = append(done, finished{b.task, b.outcome})
		}
	}
	done = append(done, finished{settle, so})
	for _, d := range done {
		r, err := n.OnEthereum(ctx, d.o.Receipt, func(p *sctypes.QueryReceiptProofResponse) (*ethtypes.Receipt, error) {
			return seller.Eth.ExecuteCallback(ctx, p, d.t.Rec.Record)
		})
		if err != nil {
			return nil, err
		}
		ok := false
		for _, l := range r.Logs {
			if ev, err := br.UnpackCallbackExecutedEvent(l); err == nil {
				ok = ev.Ok
			}
		}
		if !ok {
			return nil, fmt.Errorf("the callback of %s's task %s did not run on Ethereum (tx %s)", d.t.Who, d.t.Sealed.TaskID, r.TxHash)
		}
		n.Say("callback of %s's task %s executed on Ethereum: tx %s", d.t.Who, d.t.Sealed.TaskID.Hex()[:10]+"…", r.TxHash)
	}
	for _, b := range bidders {
		if b.outcome.Status == receipt.StatusSuccess {
			continue
		}
		r, err := n.OnEthereum(ctx, b.outcome.Receipt, func(p *sctypes.QueryReceiptProofResponse) (*ethtypes.Receipt, error) {
			return b.Eth.ClaimRefund(ctx, p, b.task.Rec.Record)
		})
		if err != nil {
			return nil, err
		}
		for _, l := range r.Logs {
			if ev, err := br.UnpackRefundClaimedEvent(l); err == nil {
				if b.Name == "carol" {
					out.CarolRefund = ev.Escrow.String()
				}
				n.Say("%s's refund: her %s ETH deposit and %s wei of unused gas", b.Name, story.FormatEther(ev.Escrow), ev.Fee)
			}
		}
	}
	for _, u := range []*story.User{bidders[0].User, bidders[1].User, seller} {
		r, err := n.Send(ctx, u, &houseAddr, nil, house.PackWithdraw())
		if err != nil {
			return nil, fmt.Errorf("%s's withdrawal: %w", u.Name, err)
		}
		for _, l := range r.Logs {
			if ev, err := house.UnpackWithdrawnEvent(l); err == nil {
				out.Withdrawals[u.Name] = story.FormatEther(ev.Amount)
				n.Say("%s withdraws %s ETH from AuctionHouse", u.Name, story.FormatEther(ev.Amount))
			}
		}
	}
	out.Auction, out.House = auction.Hex(), houseAddr.Hex()
	return out, nil
}
