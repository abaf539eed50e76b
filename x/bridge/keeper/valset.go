package keeper

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sort"

	"cosmossdk.io/collections"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/x/bridge/types"
)

// powerScale is what normalized powers add up to (about): 2^32, as in
// Gravity Bridge, so that a set's total fits the contract's arithmetic
// with room to spare.
const powerScale = uint64(1) << 32

// currentValset computes the bridge validator set from the powers of the
// last block: the 199 strongest validators with an orchestrator, and the
// sentinel (types.Sentinel) standing for all the other bonded power
// (validators without an orchestrator, or beyond the contract's 200
// members), which nobody can sign for. Powers are normalized to
// powerScale of the whole bonded power (at least 1 each: the contract
// refuses a member without power), members in ascending order of Ethereum
// address. So the contract's "more than 2/3 of the set" is more than 2/3
// of the chain's bonded power, as the chain's own tallies are. It has no
// members when no validator named an orchestrator.
func (k Keeper) currentValset(ctx context.Context) (types.Valset, error) {
	type member struct {
		eth   common.Address
		power int64
		val   string
	}
	var members []member
	total := new(big.Int)
	var iterErr error
	err := k.staking.IterateLastValidatorPowers(ctx, func(operator sdk.ValAddress, power int64) bool {
		if power <= 0 {
			return false
		}
		total.Add(total, big.NewInt(power))
		o, err := k.Orchestrators.Get(ctx, operator)
		if errors.Is(err, collections.ErrNotFound) {
			return false
		}
		if err != nil {
			iterErr = err
			return true
		}
		members = append(members, member{eth: common.HexToAddress(o.EthAddress), power: power, val: o.Validator})
		return false
	})
	if err == nil {
		err = iterErr
	}
	if err != nil || len(members) == 0 {
		return types.Valset{}, err
	}
	// The strongest first, ties by address, then cut to the contract's
	// limit, keeping a place for the sentinel.
	sort.Slice(members, func(i, j int) bool {
		if members[i].power != members[j].power {
			return members[i].power > members[j].power
		}
		return bytes.Compare(members[i].eth.Bytes(), members[j].eth.Bytes()) < 0
	})
	if len(members) > commitment.MaxValidators-1 {
		members = members[:commitment.MaxValidators-1]
	}
	normalize := func(power *big.Int) uint64 {
		p := new(big.Int).Mul(power, new(big.Int).SetUint64(powerScale))
		return max(p.Quo(p, total).Uint64(), 1)
	}
	v := types.Valset{Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	rest := new(big.Int).Set(total)
	for _, m := range members {
		rest.Sub(rest, big.NewInt(m.power))
		v.Members = append(v.Members, types.ValsetMember{EthAddress: m.eth.Hex(), Power: normalize(big.NewInt(m.power)), Validator: m.val})
	}
	if rest.Sign() > 0 {
		v.Members = append(v.Members, types.ValsetMember{EthAddress: types.Sentinel.Hex(), Power: normalize(rest)})
	}
	sort.Slice(v.Members, func(i, j int) bool {
		return bytes.Compare(common.HexToAddress(v.Members[i].EthAddress).Bytes(), common.HexToAddress(v.Members[j].EthAddress).Bytes()) < 0
	})
	return v, nil
}

// signable says whether the members who can sign (all but the sentinel)
// hold at least 3/4 of a set's power. A set whose signers held 2/3 or less
// could never get anything signed on the contract, not even the next set,
// and the bridge would stop for good; the margin above 2/3 keeps a set
// usable when members holding up to 1/12 of the power stop signing (a
// validator that leaves, one whose node is down) until the next set.
func signable(v types.Valset) bool {
	var signers, total uint64
	for _, m := range v.Members {
		total += m.Power
		if m.Validator != "" {
			signers += m.Power
		}
	}
	return 4*signers >= 3*total
}

// powerDiff is how far apart two sets' normalized powers are: the sum of
// the differences, members of one set only counting in full.
func powerDiff(a, b types.Valset) uint64 {
	powers := map[string]int64{}
	for _, m := range a.Members {
		powers[m.EthAddress] += int64(m.Power)
	}
	for _, m := range b.Members {
		powers[m.EthAddress] -= int64(m.Power)
	}
	var diff uint64
	for _, d := range powers {
		if d < 0 {
			d = -d
		}
		diff += uint64(d)
	}
	return diff
}

func sameMembers(a, b types.Valset) bool {
	if len(a.Members) != len(b.Members) {
		return false
	}
	for i := range a.Members {
		if a.Members[i].EthAddress != b.Members[i].EthAddress {
			return false
		}
	}
	return true
}

// updateValset makes a new validator set when the members changed or
// their power moved by more than valset_change_permille, and the
// orchestrators hold at least 3/4 of it (signable); until they do, the
// last set stays. Until the bridge
// contract is configured there is only set 0, remade as it changes: the
// contract is deployed with set 0 (its constructor takes nonce 0).
func (k Keeper) updateValset(ctx context.Context, params types.Params) error {
	cur, err := k.currentValset(ctx)
	if err != nil || len(cur.Members) == 0 || !signable(cur) {
		return err
	}
	latest, err := k.LatestValset.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return k.storeValset(ctx, cur, 0)
	}
	if err != nil {
		return err
	}
	prev, err := k.Valsets.Get(ctx, latest)
	if err != nil {
		return err
	}
	changed := !sameMembers(prev, cur) || powerDiff(prev, cur) > powerScale/1000*uint64(params.ValsetChangePermille)
	if !changed {
		return nil
	}
	if !params.Configured() {
		return k.storeValset(ctx, cur, 0)
	}
	return k.storeValset(ctx, cur, latest+1)
}

func (k Keeper) storeValset(ctx context.Context, v types.Valset, nonce uint64) error {
	v.Nonce = nonce
	if err := k.Valsets.Set(ctx, nonce, v); err != nil {
		return err
	}
	if err := k.LatestValset.Set(ctx, nonce); err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	return emit(ctx, &types.EventValsetCreated{Nonce: nonce, Members: uint32(len(v.Members)), Checkpoint: checkpointHex(params, v)})
}

// checkpoint is the contract's checkpoint of v under params.
func checkpoint(params types.Params, v types.Valset) common.Hash {
	return commitment.Checkpoint(new(big.Int).SetUint64(params.EthereumChainId), common.HexToAddress(params.BridgeContract), v.Commitment())
}

// checkpointHex is the checkpoint in hex, empty while the bridge is not
// configured (the checkpoint binds the contract's address).
func checkpointHex(params types.Params, v types.Valset) string {
	if !params.Configured() {
		return ""
	}
	return checkpoint(params, v).Hex()
}
