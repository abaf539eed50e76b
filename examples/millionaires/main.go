// Command millionaires runs Yao's millionaires' problem on a running
// localnet with the Go client: three people submit their wealth, each
// sealed for the enclave; anyone then asks who is the richest, and learns
// that and nothing else (README.md).
//
//	make localnet
//	go run ./examples/millionaires [-config .localnet/client.toml] [-o json]
package main

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/examples/internal/story"
)

func main() { story.Main(run) }

// result is what -o json prints.
type result struct {
	Contract      string   `json:"contract"`
	Tasks         []string `json:"tasks"`
	EnvelopeBytes []int    `json:"envelope_bytes"`
	Richest       string   `json:"richest"`
	RichestName   string   `json:"richest_name"`
	EarlyAnswer   string   `json:"early_answer"`
}

func run(ctx context.Context, n *story.Net) (any, error) {
	art, err := contracts.Load("Millionaires")
	if err != nil {
		return nil, err
	}
	out := &result{}
	n.Dev.Name = "dev"
	dep, err := n.Deploy(ctx, n.Dev, art, ids.NewSalt())
	if err != nil {
		return nil, err
	}
	if _, err := n.Succeed(ctx, dep, art); err != nil {
		return nil, err
	}
	contract := dep.Sealed.Contract
	out.Contract = contract.Hex()
	n.Say("Millionaires deployed at %s", contract)

	people := []struct {
		name   string
		wealth int64
	}{{"alice", 3_000_000}, {"bob", 5_500_000}, {"carol", 4_200_000}}
	users := map[common.Address]string{}
	ask := func(who *story.User) (common.Address, receipt.Status, error) {
		data, err := art.ABI.Pack("whoIsRichest")
		if err != nil {
			return common.Address{}, 0, err
		}
		t, err := n.Call(ctx, who, contract, data, nil)
		if err != nil {
			return common.Address{}, 0, err
		}
		o, err := n.Finish(ctx, t)
		if err != nil || o.Status != receipt.StatusSuccess {
			return common.Address{}, o.Status, err
		}
		v, err := art.ABI.Unpack("whoIsRichest", o.Output)
		if err != nil {
			return common.Address{}, 0, err
		}
		return v[0].(common.Address), o.Status, nil
	}
	for i, p := range people {
		u, err := n.NewUser(ctx, p.name, story.Tenths(5))
		if err != nil {
			return nil, err
		}
		users[u.Addr] = p.name
		data, err := art.ABI.Pack("submit", big.NewInt(p.wealth))
		if err != nil {
			return nil, err
		}
		n.Say("%s (%s) submits their wealth, sealed", p.name, u.Addr)
		t, err := n.Call(ctx, u, contract, data, nil)
		if err != nil {
			return nil, err
		}
		if _, err := n.Succeed(ctx, t, art); err != nil {
			return nil, err
		}
		out.Tasks = append(out.Tasks, t.Sealed.TaskID.Hex())
		out.EnvelopeBytes = append(out.EnvelopeBytes, len(t.Sealed.Envelope))
		if i == 0 {
			// With one participant the contract refuses to answer: the
			// answer would be her alone.
			_, status, err := ask(u)
			if err != nil {
				return nil, err
			}
			out.EarlyAnswer = status.String()
			n.Say("asked with one participant: %s (NotEnoughParticipants)", status)
		}
	}
	richest, _, err := ask(n.Dev)
	if err != nil {
		return nil, err
	}
	if richest == (common.Address{}) {
		return nil, fmt.Errorf("no answer")
	}
	out.Richest, out.RichestName = richest.Hex(), users[richest]
	n.Say("the richest is %s (%s); nobody learned anyone's wealth", out.RichestName, richest)
	return out, nil
}
