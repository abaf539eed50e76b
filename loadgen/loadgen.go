// Package loadgen puts a steady load of secret computations on a running
// network, as many dApp users at once would, and measures it end to end:
// tasks recorded on Ethereum in batches (createTaskRecords) by several
// accounts, each task's inputs sealed for its worker after the worker's
// attestation is verified, handed to a node's ingress once the chain has
// observed the record, and its result read from the chain, checked and
// decrypted. It reports tasks per second, the latency from the record
// mined to the decrypted result with where it goes, and the Ethereum gas
// each task really cost (its record, and its share of the batches and
// validator-set updates the relayers committed). BankSends measures the
// same network's bank transfers, the yardstick the chain is held to.
package loadgen

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/bridge/commitment"
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

// Config is one load run.
type Config struct {
	// Settings says where the network is (client.toml); its Ethereum key
	// funds the load's accounts.
	Settings settings.Settings
	// Tasks is how many calls (Counter.increment) are sent.
	Tasks int
	// Batch is how many records one Ethereum transaction carries
	// (default 100); Senders how many accounts record at once (default 4).
	Batch, Senders int
	// Contracts is how many Counter contracts the calls spread over
	// (default 4), so that every worker gets some.
	Contracts int
	// InFlight bounds the tasks recorded and not yet answered (default
	// 4,000): past it, the senders wait, as a dApp's users would not.
	InFlight int
	// Submitters and Openers are how many ingress requests and result
	// reads run at once (default 1,024 and 8). The ingress answers a
	// request once the data's transaction is broadcast, so the requests
	// in flight, as many users' would be, are what fills its transactions.
	Submitters, Openers int
	// Suite is the encryption (default X25519).
	Suite envelope.Suite
	// GasLimit is each task's gas limit (default 100,000).
	GasLimit uint64
	// Refunds claims every failed task's refund on Ethereum after the
	// run, twice: the first must pay, the second must be refused.
	Refunds bool
	// Rate, when above 0, paces the records at that many tasks a second
	// (a batch every Batch/Rate seconds) instead of as fast as the
	// in-flight bound lets them go: below the network's capacity, the
	// latency measured is the pipeline's, not a queue's.
	Rate float64
	// AfterSend, when set, runs once every task of the run is recorded
	// (or failed to be): a fault test strikes the network then.
	AfterSend func()
	// Logf, when set, receives progress lines.
	Logf func(format string, args ...any)
}

func (c *Config) defaults() {
	if c.Batch <= 0 {
		c.Batch = 100
	}
	if c.Senders <= 0 {
		c.Senders = 4
	}
	if c.Contracts <= 0 {
		c.Contracts = 4
	}
	if c.InFlight <= 0 {
		c.InFlight = 4000
	}
	if c.Submitters <= 0 {
		c.Submitters = 1024
	}
	if c.Openers <= 0 {
		c.Openers = 8
	}
	if c.GasLimit == 0 {
		c.GasLimit = 100_000
	}
	if c.Logf == nil {
		c.Logf = func(string, ...any) {}
	}
}

// task is one call's life as the load sees it.
type task struct {
	sealed                                          client.Sealed
	sender                                          *client.Ethereum
	record                                          commitment.Record
	mined, observed, assigned, committed, decrypted time.Time
	status                                          string
	receipt                                         *sctypes.Receipt
	// value is what Counter.increment returned (0 when it failed).
	value uint64
	// unsure: its record's transaction failed or was not seen mined.
	unsure bool
}

// Network is the connections a run uses.
type Network struct {
	Client   *client.Client
	Eth      *ethclient.Client
	Dev      *ecdsa.PrivateKey
	GasPrice *big.Int
	settings settings.Settings
	conns    []*grpc.ClientConn
	// counts is what each Counter returned to each caller over every run:
	// each value 1, 2, 3, ... exactly once, or a task was applied twice or
	// an increment lost.
	countsMu sync.Mutex
	counts   map[counter][]uint64
}

// counter is one caller's count in one Counter contract.
type counter struct{ contract, caller common.Address }

// Connect opens the network client.toml describes.
func Connect(ctx context.Context, s settings.Settings) (*Network, error) {
	n := &Network{settings: s, counts: map[counter][]uint64{}}
	dev, err := ethkey.Load(s.EthKeyFile)
	if err != nil {
		return nil, err
	}
	n.Dev = dev
	var conns [2]*grpc.ClientConn
	for i, addr := range []string{s.GRPC, s.Ingress} {
		// Large blocks of results: the default 4 MiB is enough, but many
		// requests share the connection.
		if conns[i], err = grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials())); err != nil {
			n.Close()
			return nil, err
		}
		n.conns = append(n.conns, conns[i])
	}
	if n.Eth, err = ethclient.DialContext(ctx, s.EthRPC); err != nil {
		n.Close()
		return nil, err
	}
	if n.Client, err = client.New(client.Config{ChainID: s.ChainID, Node: conns[0], Ingress: conns[1], Events: s.RPC,
		AllowSimulated: s.AllowSimulated, Bridge: common.HexToAddress(s.BridgeContract)}); err != nil {
		n.Close()
		return nil, err
	}
	eth, err := n.Client.Ethereum(ctx, n.Eth, dev)
	if err != nil {
		n.Close()
		return nil, err
	}
	if n.GasPrice, err = eth.MinGasPrice(ctx, false); err != nil {
		n.Close()
		return nil, err
	}
	return n, nil
}

// Close closes the connections.
func (n *Network) Close() {
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

// Accounts makes k Ethereum accounts funded with wei each by the dev key.
func (n *Network) Accounts(ctx context.Context, k int, wei *big.Int) ([]*client.Ethereum, error) {
	out := make([]*client.Ethereum, k)
	for i := range out {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		if _, err := deploy.Send(ctx, n.Eth, n.Dev, &addr, wei, nil); err != nil {
			return nil, fmt.Errorf("funding a load account: %w", err)
		}
		if out[i], err = n.Client.Ethereum(ctx, n.Eth, key); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DeployCounters deploys k Counter contracts at once, one per account
// (round robin), and returns their addresses.
func (n *Network) DeployCounters(ctx context.Context, accounts []*client.Ethereum, k int) ([]common.Address, error) {
	art, err := contracts.Load("Counter")
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, k)
	errs := make([]error, k)
	var wg sync.WaitGroup
	for i := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs[i] = fmt.Errorf("deploying a counter: %v", r)
				}
			}()
			eth := accounts[i%len(accounts)]
			salt := ids.NewSalt()
			id := eth.TaskID(salt)
			contract := ids.ContractAddress(id)
			t, err := n.Client.Target(ctx, contract)
			if err != nil {
				errs[i] = err
				return
			}
			s, err := n.Client.Seal(t, id, envelope.Call{}, envelope.SuiteX25519)
			if err != nil {
				errs[i] = err
				return
			}
			if _, err = eth.RecordDeployment(ctx, salt, crypto.Keccak256Hash(art.Bytecode), s.InputsHash, 2_000_000, n.GasPrice); err != nil {
				errs[i] = err
				return
			}
			if _, err = n.Client.SubmitWhenRecorded(ctx, s, art.Bytecode); err != nil {
				errs[i] = err
				return
			}
			r, err := n.Client.Wait(ctx, id)
			if err != nil {
				errs[i] = err
				return
			}
			if o, err := n.Client.Open(s, r); err != nil || o.Status != receipt.StatusSuccess {
				errs[i] = fmt.Errorf("deploying a counter: %v %v", o.Status, err)
				return
			}
			out[i] = contract
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// run is one Run's shared state.
type run struct {
	cfg      Config
	net      *Network
	mu       sync.Mutex
	tasks    map[string]*task
	tokens   chan struct{}
	submitQ  chan *task
	openQ    chan *task
	done     atomic.Int64
	failed   atomic.Int64
	errMu    sync.Mutex
	errs     []string
	finished chan struct{}
	// Ethereum gas of the records.
	recordGas, recordTxs, recordedTasks atomic.Uint64
	blocks                              []block
}

func (r *run) errorf(format string, args ...any) {
	r.errMu.Lock()
	defer r.errMu.Unlock()
	if len(r.errs) < 20 {
		r.errs = append(r.errs, fmt.Sprintf(format, args...))
	}
}

// finish counts a task as answered (or lost) and frees its place.
func (r *run) finish(failed bool) {
	if failed {
		r.failed.Add(1)
	}
	<-r.tokens
	if int(r.done.Add(1)) == r.cfg.Tasks {
		close(r.finished)
	}
}

// Run sends cfg.Tasks calls of Counter.increment spread over the given
// contracts and follows each to its decrypted result.
func (n *Network) Run(ctx context.Context, cfg Config, senders []*client.Ethereum, counters []common.Address) (*Report, error) {
	cfg.defaults()
	if cfg.Tasks <= 0 || len(senders) == 0 || len(counters) == 0 {
		return nil, errors.New("loadgen: no tasks, senders or contracts")
	}
	art, err := contracts.Load("Counter")
	if err != nil {
		return nil, err
	}
	call, err := art.ABI.Pack("increment")
	if err != nil {
		return nil, err
	}
	// Each sender takes its batch's places one by one: fewer places than
	// the senders' batches together could leave each holding part of
	// what it needs, waiting on the others.
	cfg.InFlight = max(cfg.InFlight, cfg.Batch*len(senders))
	r := &run{cfg: cfg, net: n, tasks: map[string]*task{}, tokens: make(chan struct{}, cfg.InFlight),
		submitQ: make(chan *task, cfg.Tasks), openQ: make(chan *task, cfg.Tasks), finished: make(chan struct{})}
	f := newFollower(n.settings.RPC)
	from, err := f.height(ctx)
	if err != nil {
		return nil, err
	}
	ethFrom, err := n.Eth.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	blocks := make(chan block, 64)
	go func() { _ = f.follow(ctx, from, 100*time.Millisecond, blocks) }()
	go r.consume(ctx, blocks)
	for range cfg.Submitters {
		go r.submitter(ctx)
	}
	for range cfg.Openers {
		go r.opener(ctx)
	}

	start := time.Now()
	var next atomic.Int64
	var wg sync.WaitGroup
	for si, eth := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				first := int(next.Add(int64(cfg.Batch))) - cfg.Batch
				if first >= cfg.Tasks || ctx.Err() != nil {
					return
				}
				k := min(cfg.Batch, cfg.Tasks-first)
				if cfg.Rate > 0 {
					at := start.Add(time.Duration(float64(first) / cfg.Rate * float64(time.Second)))
					select {
					case <-time.After(time.Until(at)):
					case <-ctx.Done():
						return
					}
				}
				r.send(ctx, eth, counters, si+first, k, call)
			}
		}()
	}
	struck := make(chan struct{})
	go func() {
		defer close(struck)
		wg.Wait()
		if cfg.AfterSend != nil {
			cfg.AfterSend()
		}
	}()
	progress := time.NewTicker(5 * time.Second)
	defer progress.Stop()
wait:
	for {
		select {
		case <-r.finished:
			break wait
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-progress.C:
			cfg.Logf("loadgen: %d of %d tasks answered after %.0fs", r.done.Load(), cfg.Tasks, time.Since(start).Seconds())
		}
	}
	end := time.Now()
	// The run is over once its strike is too: a fault test must not
	// begin the next while this one is still restarting something.
	select {
	case <-struck:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	rep := r.report(start, end)
	recorded, err := n.ethereumSide(ctx, r, ethFrom, rep)
	if err != nil {
		rep.Errors = append(rep.Errors, "ethereum: "+err.Error())
	}
	n.account(ctx, r, recorded, rep)
	return rep, nil
}

// send seals k calls (spread over the contracts from offset on), records
// them in one Ethereum transaction and registers them for the follower.
func (r *run) send(ctx context.Context, eth *client.Ethereum, counters []common.Address, offset, k int, call []byte) {
	for range k {
		select {
		case r.tokens <- struct{}{}:
		case <-ctx.Done():
			return
		}
	}
	targets := map[common.Address]client.Target{}
	reqs := make([]client.Request, 0, k)
	batch := make([]*task, 0, k)
	// A failure before the record counts the whole batch (its places
	// were all taken) as lost.
	fail := func(err error) {
		r.errorf("%v", err)
		for range k {
			r.finish(true)
		}
	}
	for i := range k {
		contract := counters[(offset+i)%len(counters)]
		t, ok := targets[contract]
		if !ok {
			var err error
			if t, err = r.net.Client.Target(ctx, contract); err != nil {
				fail(err)
				return
			}
			targets[contract] = t
		}
		salt := ids.NewSalt()
		s, err := r.net.Client.Seal(t, eth.TaskID(salt), envelope.Call{Data: call}, r.cfg.Suite)
		if err != nil {
			fail(err)
			return
		}
		req, err := eth.RequestFor(s, salt, r.cfg.GasLimit, r.net.GasPrice)
		if err != nil {
			fail(err)
			return
		}
		reqs = append(reqs, req)
		batch = append(batch, &task{sealed: s, sender: eth})
	}
	r.mu.Lock()
	for _, t := range batch {
		r.tasks[hexID(t.sealed.TaskID)] = t
	}
	r.mu.Unlock()
	recs, err := eth.Record(ctx, reqs...)
	now := time.Now()
	if err != nil {
		// Perhaps recorded, perhaps not: the run does not wait for these,
		// but they stay known, and the accounting reads Ethereum for them.
		r.mu.Lock()
		for _, t := range batch {
			t.unsure = true
		}
		r.mu.Unlock()
		fail(fmt.Errorf("recording %d tasks: %w", k, err))
		return
	}
	r.mu.Lock()
	for i, t := range batch {
		t.mined, t.record = now, recs[i].Record
	}
	r.mu.Unlock()
	if rc, err := r.net.Eth.TransactionReceipt(ctx, recs[0].Tx); err == nil {
		r.recordGas.Add(rc.GasUsed)
		r.recordTxs.Add(1)
		r.recordedTasks.Add(uint64(k))
	}
}

func hexID(h common.Hash) string { return h.Hex() }

// consume applies the follower's blocks: a record observed hands the data
// over, a receipt committed has the result read.
func (r *run) consume(ctx context.Context, blocks <-chan block) {
	for {
		var b block
		select {
		case <-ctx.Done():
			return
		case b = <-blocks:
		}
		r.mu.Lock()
		r.blocks = append(r.blocks, block{height: b.height, txs: b.txs, at: b.at})
		for _, e := range b.events {
			t, ok := r.tasks[e.taskID]
			if !ok {
				continue
			}
			switch e.kind {
			case evRecorded:
				if t.observed.IsZero() {
					t.observed = e.at
					r.submitQ <- t
				}
			case evAssigned:
				t.assigned = e.at
			case evCompleted, evFailed, evRefused:
				if t.committed.IsZero() {
					t.committed = e.at
					r.openQ <- t
				}
			}
		}
		r.mu.Unlock()
	}
}

// submitter hands observed tasks' data to the ingress, retrying what the
// node is not ready for (a full queue, a record it has not seen yet).
func (r *run) submitter(ctx context.Context) {
	for {
		var t *task
		select {
		case <-ctx.Done():
			return
		case t = <-r.submitQ:
		}
		deadline := time.Now().Add(time.Minute)
		for {
			_, err := r.net.Client.Submit(ctx, t.sealed)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return
			}
			if time.Now().After(deadline) {
				r.errorf("ingress, task %s: %v", t.sealed.TaskID, err)
				// Its receipt (a timeout) still comes: the opener counts it.
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
}

// opener reads committed tasks' receipts and decrypts their results.
func (r *run) opener(ctx context.Context) {
	for {
		var t *task
		select {
		case <-ctx.Done():
			return
		case t = <-r.openQ:
		}
		// A block's results are out (block_results) before the app has
		// committed its state: the receipt may show a moment later.
		var res *sctypes.QueryTaskResponse
		var err error
		for range 100 {
			if res, err = r.net.Client.Task(ctx, t.sealed.TaskID); err == nil && res.Receipt != nil {
				break
			}
			if ctx.Err() != nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil || res.Receipt == nil {
			r.errorf("task %s: no receipt 10 s after its block: %v", t.sealed.TaskID, err)
			r.finish(true)
			continue
		}
		o, err := r.net.Client.Open(t.sealed, res.Receipt)
		now := time.Now()
		r.mu.Lock()
		t.decrypted, t.receipt = now, res.Receipt
		if err != nil {
			t.status = "unopened"
		} else {
			t.status = o.Status.String()
			if o.Status == receipt.StatusSuccess && len(o.Output) == 32 {
				t.value = new(big.Int).SetBytes(o.Output).Uint64()
			}
		}
		unsure := t.unsure
		r.mu.Unlock()
		if err != nil {
			r.errorf("task %s: %v", t.sealed.TaskID, err)
		}
		if !unsure { // an unsure task was counted when its record failed
			r.finish(err != nil || o.Status != receipt.StatusSuccess)
		}
	}
}

// maxSequence is the highest receipt sequence of the run's tasks.
func (r *run) maxSequence() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	var m uint64
	for _, t := range r.tasks {
		if t.receipt != nil {
			m = max(m, t.receipt.Sequence)
		}
	}
	return m
}

// percentiles of a set of durations.
func percentiles(ds []time.Duration) Percentiles {
	if len(ds) == 0 {
		return Percentiles{}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) time.Duration { return ds[min(len(ds)-1, int(q*float64(len(ds))))] }
	return Percentiles{P50: at(0.50), P99: at(0.99), Max: ds[len(ds)-1]}
}
