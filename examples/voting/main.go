// Command voting runs a secret ballot on a running localnet with the Go
// client: the organiser opens a vote on three choices, five voters vote,
// each vote sealed for the enclave; a second vote and a vote after the
// close are refused; the organiser closes the ballot and reads the totals,
// the only thing that was ever revealed (README.md).
//
//	make localnet
//	go run ./examples/voting [-config .localnet/client.toml] [-o json]
package main

import (
	"context"
	"math/big"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/examples/internal/story"
)

func main() { story.Main(run) }

// result is what -o json prints.
type result struct {
	Contract string   `json:"contract"`
	Votes    []string `json:"votes"` // each vote's status
	Twice    string   `json:"second_vote"`
	Late     string   `json:"late_vote"`
	Totals   []string `json:"totals"`
}

var choices = []string{"tea", "coffee", "water"}

func run(ctx context.Context, n *story.Net) (any, error) {
	art, err := contracts.Load("SecretVoting")
	if err != nil {
		return nil, err
	}
	out := &result{}
	organiser := n.Dev
	organiser.Name = "organiser"
	dep, err := n.Deploy(ctx, organiser, art, ids.NewSalt(), big.NewInt(int64(len(choices))))
	if err != nil {
		return nil, err
	}
	if _, err := n.Succeed(ctx, dep, art); err != nil {
		return nil, err
	}
	contract := dep.Sealed.Contract
	out.Contract = contract.Hex()
	n.Say("SecretVoting on %v deployed at %s", choices, contract)

	vote := func(u *story.User, choice int) (receipt.Status, error) {
		data, err := art.ABI.Pack("vote", big.NewInt(int64(choice)))
		if err != nil {
			return 0, err
		}
		t, err := n.Call(ctx, u, contract, data, nil)
		if err != nil {
			return 0, err
		}
		o, err := n.Finish(ctx, t)
		if o.Status != receipt.StatusSuccess && err == nil {
			n.Say("%s's vote: %s (%s)", u.Name, o.Status, story.Reason(art, o.Output))
		}
		return o.Status, err
	}
	// Each voter votes in turn; nobody but the enclave sees a choice.
	var voters []*story.User
	for i, name := range []string{"ana", "ben", "cho", "dee", "eli"} {
		u, err := n.NewUser(ctx, name, story.Tenths(5))
		if err != nil {
			return nil, err
		}
		voters = append(voters, u)
		n.Say("%s votes, sealed", name)
		s, err := vote(u, []int{1, 0, 1, 2, 1}[i])
		if err != nil {
			return nil, err
		}
		out.Votes = append(out.Votes, s.String())
	}
	twice, err := vote(voters[0], 2)
	if err != nil {
		return nil, err
	}
	out.Twice = twice.String()

	data, err := art.ABI.Pack("close")
	if err != nil {
		return nil, err
	}
	t, err := n.Call(ctx, organiser, contract, data, nil)
	if err != nil {
		return nil, err
	}
	o, err := n.Succeed(ctx, t, art)
	if err != nil {
		return nil, err
	}
	v, err := art.ABI.Unpack("close", o.Output)
	if err != nil {
		return nil, err
	}
	for i, total := range v[0].([]*big.Int) {
		out.Totals = append(out.Totals, total.String())
		n.Say("%-7s %s", choices[i], total)
	}
	late, err := vote(voters[1], 0)
	if err != nil {
		return nil, err
	}
	out.Late = late.String()
	return out, nil
}
