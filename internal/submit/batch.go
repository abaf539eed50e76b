package submit

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
)

// Result is the outcome of one message sent through a Batcher: the
// transaction that carried it once included, or why it was not.
type Result struct {
	TxHash string
	Err    error
}

// ErrClosed is the result of messages added to a closed Batcher (Close
// sends what was pending before).
var ErrClosed = errors.New("submit: the batcher is closed")

// Batcher gathers messages into transactions of at most MaxMsgs messages,
// sent at the latest Delay after the first message of a batch arrived, so
// that a busy service pays one transaction per batch rather than per
// message. If the chain refuses a batch (one bad message fails the whole
// transaction), each of its messages is sent again alone, so that one bad
// message costs the others only a delay.
type Batcher struct {
	s       *Submitter
	maxMsgs int
	delay   time.Duration

	mu      sync.Mutex
	pending []item
	timer   *time.Timer
	closed  bool
	wg      sync.WaitGroup
}

type item struct {
	msg sdk.Msg
	out chan Result
}

// NewBatcher returns a Batcher sending through s.
func NewBatcher(s *Submitter, maxMsgs int, delay time.Duration) *Batcher {
	if maxMsgs < 1 {
		maxMsgs = 1
	}
	return &Batcher{s: s, maxMsgs: maxMsgs, delay: delay}
}

// Add queues msg and returns where its result will arrive (once, buffered).
func (b *Batcher) Add(msg sdk.Msg) <-chan Result {
	out := make(chan Result, 1)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		out <- Result{Err: ErrClosed}
		return out
	}
	b.pending = append(b.pending, item{msg, out})
	switch {
	case len(b.pending) >= b.maxMsgs:
		b.flushLocked()
	case b.timer == nil:
		b.timer = time.AfterFunc(b.delay, b.Flush)
	}
	return out
}

// Flush sends what is pending now.
func (b *Batcher) Flush() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.flushLocked()
}

func (b *Batcher) flushLocked() {
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	for len(b.pending) > 0 {
		n := min(len(b.pending), b.maxMsgs)
		batch := b.pending[:n:n]
		b.pending = b.pending[n:]
		b.wg.Add(1)
		go b.send(batch)
	}
}

// Close sends what is pending, waits for every batch in flight and
// refuses what is added later.
func (b *Batcher) Close() {
	b.mu.Lock()
	b.flushLocked()
	b.closed = true
	b.mu.Unlock()
	b.wg.Wait()
}

// send sends one batch and delivers each message's result. It runs on its
// own goroutine: a panic there (a message that cannot be encoded, say)
// becomes the batch's error instead of stopping the service.
func (b *Batcher) send(batch []item) {
	defer b.wg.Done()
	delivered := false
	defer func() {
		if p := recover(); p != nil && !delivered {
			for _, it := range batch {
				it.out <- Result{Err: fmt.Errorf("submit: sending the batch panicked: %v", p)}
			}
		}
	}()
	ctx := context.Background()
	msgs := make([]sdk.Msg, len(batch))
	for i, it := range batch {
		msgs[i] = it.msg
	}
	res, err := b.s.SendAndWait(ctx, msgs...)
	if len(batch) > 1 && blameable(err) {
		// One message may be to blame: each alone, so that the others go on.
		for _, it := range batch {
			b.wg.Add(1)
			go b.send([]item{it})
		}
		delivered = true
		return
	}
	r := Result{Err: err}
	if res != nil {
		r.TxHash = res.TxHash
	}
	for _, it := range batch {
		it.out <- r
	}
	delivered = true
}

// blameable reports whether a batch's refusal may be one message's fault,
// so that sending the messages alone helps: a refused simulation or a
// failure in the block, but not a full mempool or a fee or balance the
// whole transaction lacked.
func blameable(err error) bool {
	var r *Refusal
	if !errors.As(err, &r) {
		return false
	}
	if r.Codespace != sdkerrors.RootCodespace {
		return true // a module's refusal, or a refused simulation
	}
	switch r.Code {
	case sdkerrors.ErrMempoolIsFull.ABCICode(), sdkerrors.ErrInsufficientFee.ABCICode(), sdkerrors.ErrOutOfGas.ABCICode(),
		sdkerrors.ErrTxInMempoolCache.ABCICode():
		return false
	}
	return true
}
