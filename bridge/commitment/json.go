package commitment

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// The JSON form of these types, for the shared vectors (testdata) and any
// client: snake_case names, 0x hex for addresses and hashes, and integers as
// decimal strings, so that no JSON reader rounds a uint64 or a uint256.

// Dec is an integer written as a decimal string in JSON.
type Dec struct{ Int *big.Int }

// MarshalText writes the integer in decimal (0 when nil).
func (d Dec) MarshalText() ([]byte, error) {
	if d.Int == nil {
		return []byte("0"), nil
	}
	return []byte(d.Int.String()), nil
}

// UnmarshalText reads a decimal integer.
func (d *Dec) UnmarshalText(b []byte) error {
	x, ok := new(big.Int).SetString(string(b), 10)
	if !ok {
		return fmt.Errorf("commitment: %q is not a decimal integer", b)
	}
	d.Int = x
	return nil
}

func decs(xs []*big.Int) []Dec {
	out := make([]Dec, len(xs))
	for i, x := range xs {
		out[i] = Dec{x}
	}
	return out
}

func bigs(ds []Dec) []*big.Int {
	if ds == nil {
		return nil
	}
	out := make([]*big.Int, len(ds))
	for i, d := range ds {
		out[i] = d.Int
	}
	return out
}

func u64s(xs []uint64) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strconv.FormatUint(x, 10)
	}
	return out
}

func parseU64s(ss []string) ([]uint64, error) {
	if ss == nil {
		return nil, nil
	}
	out := make([]uint64, len(ss))
	for i, s := range ss {
		x, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("commitment: %q is not a uint64: %w", s, err)
		}
		out[i] = x
	}
	return out, nil
}

type recordJSON struct {
	Sender         common.Address `json:"sender"`
	SecretContract common.Address `json:"secret_contract"`
	FeeToken       common.Address `json:"fee_token"`
	GasLimit       uint64         `json:"gas_limit,string"`
	GasPrice       Dec            `json:"gas_price"`
	EscrowToken    common.Address `json:"escrow_token"`
	EscrowAmount   Dec            `json:"escrow_amount"`
}

// MarshalJSON writes the record in the vectors' JSON form.
func (r Record) MarshalJSON() ([]byte, error) {
	return json.Marshal(recordJSON{r.Sender, r.SecretContract, r.FeeToken, r.GasLimit, Dec{r.GasPrice}, r.EscrowToken, Dec{r.EscrowAmount}})
}

// UnmarshalJSON reads the vectors' JSON form.
func (r *Record) UnmarshalJSON(b []byte) error {
	var j recordJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Record{j.Sender, j.SecretContract, j.FeeToken, j.GasLimit, j.GasPrice.Int, j.EscrowToken, j.EscrowAmount.Int}
	return nil
}

type leafJSON struct {
	Sequence     uint64      `json:"sequence,string"`
	TaskID       common.Hash `json:"task_id"`
	RecordHash   common.Hash `json:"record_hash"`
	Status       uint8       `json:"status"`
	GasUsed      uint64      `json:"gas_used,string"`
	CallbackHash common.Hash `json:"callback_hash"`
	ReceiptHash  common.Hash `json:"receipt_hash"`
}

// MarshalJSON writes the leaf in the vectors' JSON form.
func (l Leaf) MarshalJSON() ([]byte, error) { return json.Marshal(leafJSON(l)) }

// UnmarshalJSON reads the vectors' JSON form.
func (l *Leaf) UnmarshalJSON(b []byte) error {
	var j leafJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*l = Leaf(j)
	return nil
}

type valsetJSON struct {
	Validators []common.Address `json:"validators"`
	Powers     []string         `json:"powers"`
	Nonce      uint64           `json:"nonce,string"`
}

// MarshalJSON writes the set in the vectors' JSON form.
func (v Valset) MarshalJSON() ([]byte, error) {
	return json.Marshal(valsetJSON{nonNil(v.Validators), u64s(v.Powers), v.Nonce})
}

// UnmarshalJSON reads the vectors' JSON form.
func (v *Valset) UnmarshalJSON(b []byte) error {
	var j valsetJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	powers, err := parseU64s(j.Powers)
	if err != nil {
		return err
	}
	*v = Valset{Validators: j.Validators, Powers: powers, Nonce: j.Nonce}
	return nil
}

type batchJSON struct {
	Nonce         uint64           `json:"nonce,string"`
	Root          common.Hash      `json:"root"`
	FirstSequence uint64           `json:"first_sequence,string"`
	LastSequence  uint64           `json:"last_sequence,string"`
	Workers       []common.Address `json:"workers"`
	FeeTokens     []common.Address `json:"fee_tokens"`
	FeeTotals     []Dec            `json:"fee_totals"`
}

// MarshalJSON writes the batch in the vectors' JSON form.
func (b Batch) MarshalJSON() ([]byte, error) {
	return json.Marshal(batchJSON{b.Nonce, b.Root, b.FirstSequence, b.LastSequence, nonNil(b.Workers), nonNil(b.FeeTokens), decs(b.FeeTotals)})
}

// UnmarshalJSON reads the vectors' JSON form.
func (b *Batch) UnmarshalJSON(data []byte) error {
	var j batchJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*b = Batch{j.Nonce, j.Root, j.FirstSequence, j.LastSequence, j.Workers, j.FeeTokens, bigs(j.FeeTotals)}
	return nil
}

type tokenUpdateJSON struct {
	Nonce   uint64           `json:"nonce,string"`
	Tokens  []common.Address `json:"tokens"`
	Allowed []bool           `json:"allowed"`
}

// MarshalJSON writes the update in the vectors' JSON form.
func (u TokenUpdate) MarshalJSON() ([]byte, error) {
	allowed := u.Allowed
	if allowed == nil {
		allowed = []bool{}
	}
	return json.Marshal(tokenUpdateJSON{u.Nonce, nonNil(u.Tokens), allowed})
}

// UnmarshalJSON reads the vectors' JSON form.
func (u *TokenUpdate) UnmarshalJSON(b []byte) error {
	var j tokenUpdateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*u = TokenUpdate(j)
	return nil
}
