package cmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/client/settings"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Flags of `enigmad client`.
const (
	flagClientConfig = "config"
	flagClientChain  = "chain-id"
	flagClientGRPC   = "grpc"
	flagClientRPC    = "rpc"
	flagIngress      = "ingress"
	flagClientEthRPC = "eth-rpc"
	flagClientKey    = "eth-key-file"
	flagStateDir     = "state-dir"
	flagClientOutput = "output"
	flagValue        = "value"
	flagPayIn        = "fee"
	flagGasLimit     = "gas-limit"
	flagGasPrice     = "gas-price"
	flagSuite        = "suite"
	flagUntil        = "until"
	flagTimeout      = "timeout"
	flagRecordWait   = "record-timeout"
	flagReturns      = "returns"
	flagSalt         = "salt"
	// EnvClientConfig names a client.toml when --config does not.
	EnvClientConfig = settings.EnvFile
)

// clientConfig is client.toml (client/settings); flags override it.
type clientConfig = settings.Settings

func clientCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "client",
		Short: "Use the network as a dApp user: deploy and call secret contracts, read results, claim refunds, execute callbacks",
		Long: "Use the network as a dApp user. Each command verifies the selected worker's attestation before it encrypts anything for " +
			"it, records the task on Ethereum with the bridge contract, hands the sealed data to a node's ingress and follows the task " +
			"on chain. Endpoints come from client.toml (--config, else $" + EnvClientConfig + ", else .localnet/client.toml here or in a parent folder, else " +
			"~/.enigmad/client.toml) and flags; the Ethereum key from the file client.toml or --eth-key-file names, or from $" +
			ethkey.EnvKey + ". Each task's result key and record are kept in the state directory.",
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		// Not the node's: the root's hook would read the node's home
		// (config.toml, app.toml, its client.toml) into these flags.
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SilenceUsage = true
			return nil
		},
	}
	f := cmd.PersistentFlags()
	f.String(flagClientConfig, "", "client.toml to read (see above)")
	f.String(flagClientChain, "", "the network's chain id, which workers' quotes must bind (overrides client.toml)")
	f.String(flagClientGRPC, "", "a node's gRPC address (overrides client.toml)")
	f.String(flagClientRPC, "", "a node's CometBFT RPC, to follow blocks (overrides client.toml)")
	f.String(flagIngress, "", "a node's ingress address (overrides client.toml)")
	f.String(flagClientEthRPC, "", "the Ethereum node's JSON-RPC (overrides client.toml)")
	f.String(flagClientKey, "", "the file holding the Ethereum key: a keystore (password in $"+ethkey.EnvPassword+") or hex (overrides client.toml)")
	f.String(flagStateDir, "", "where each task's result key and record are kept (overrides client.toml)")
	f.StringP(flagClientOutput, "o", "text", "text or json")
	f.Duration(flagTimeout, 2*time.Minute, "how long to wait for a task's result (or its batch); 0: no limit")
	cmd.AddCommand(clientCallCmd(), clientDeployCmd(), clientAddressCmd(), clientSubmitCmd(), clientResultCmd(), clientStatusCmd(),
		clientRefundCmd(), clientCallbackCmd())
	return cmd
}

func clientCallCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "call CONTRACT SIGNATURE [ARGS...]",
		Short: "Call a secret contract: its arguments encrypted for the selected worker, the task recorded on Ethereum",
		Long: "Call a secret contract. SIGNATURE is the function as Solidity writes it, with its return types when the result " +
			"should be decoded: \"bid(uint256)\", \"increment() returns (uint256)\". ARGS are human values: decimal or 0x numbers, " +
			"0x addresses (checksummed when mixed-case) and bytes, true/false, text, [a,b] lists ([\"a\",\"b\"] for texts); put -- " +
			"before a negative number. With --value the task escrows that many wei for the contract " +
			"(a payable call). With --wait (default) it follows the task as it goes: recorded on Ethereum, observed by the chain, " +
			"data accepted, committed; --until batched or ethereum follows it into its batch and onto Ethereum.",
		Example: "enigmad client call 0xC0FFEE... \"increment() returns (uint256)\"\n" +
			"enigmad client call 0xA0C7... \"bid(uint256)\" 700000000000000000 --value 900000000000000000",
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			contract, err := client.ParseAddress(args[0])
			if err != nil {
				return client.ErrConfig.Wrapf("contract: %v", err)
			}
			m, err := client.ParseMethod(args[1])
			if err != nil {
				return err
			}
			if m.Name == "" {
				return client.ErrConfig.Wrapf("%q names no function (a constructor's types are for deploy)", args[1])
			}
			if returns, _ := cmd.Flags().GetString(flagReturns); returns != "" {
				if m, err = client.ParseMethod(args[1] + " returns (" + returns + ")"); err != nil {
					return err
				}
			}
			data, err := m.Pack(args[2:])
			if err != nil {
				return err
			}
			return runTask(cmd, taskSpec{contract: contract, data: data, method: m, defaultGas: 200_000})
		},
	}
	taskFlags(cmd)
	cmd.Flags().String(flagValue, "0", "wei to escrow for the contract (a payable call)")
	cmd.Flags().String(flagPayIn, "eth", "what pays the task's gas: eth, or eng (the bridge's fee token, approved by a permit signed here; no escrow)")
	cmd.Flags().String(flagReturns, "", "the return types, when SIGNATURE does not name them (e.g. uint256,address)")
	return cmd
}

func clientDeployCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deploy CONTRACT [CONSTRUCTOR ARGS...]",
		Short: "Deploy a secret contract; its address is known before anything is sent",
		Long: "Deploy a secret contract. CONTRACT is one of the built-in secret contracts (" + strings.Join(secretContracts(), ", ") +
			") or a file holding the creation bytecode in hex. CONSTRUCTOR is the constructor's argument types, \"(address,uint256)\", " +
			"followed by its ARGS. The constructor's arguments are encrypted like a call's; the bytecode is public.",
		Example: "enigmad client deploy Counter\nenigmad client deploy SealedBidAuction \"(address,uint256)\" 0xA0C7... 100",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code, err := bytecodeOf(args[0])
			if err != nil {
				return err
			}
			var data []byte
			if len(args) > 1 {
				m, err := client.ParseMethod(args[1])
				if err != nil {
					return err
				}
				if m.Name != "" {
					return client.ErrConfig.Wrapf("constructor types are written \"(type,...)\", not %q", args[1])
				}
				if data, err = m.Pack(args[2:]); err != nil {
					return err
				}
			}
			salt, err := saltFlag(cmd)
			if err != nil {
				return err
			}
			return runTask(cmd, taskSpec{deploy: true, bytecode: code, data: data, defaultGas: 2_000_000, salt: salt})
		},
	}
	taskFlags(cmd)
	cmd.Flags().String(flagSalt, "", "the deployment's salt, 32 bytes in 0x hex (default: random); the address it gives is "+
		"'enigmad client address SALT', known before anything is sent, so that a dApp naming the contract can be deployed first")
	return cmd
}

// saltFlag is --salt: nil when unset (a random salt).
func saltFlag(cmd *cobra.Command) (*common.Hash, error) {
	v, _ := cmd.Flags().GetString(flagSalt)
	if v == "" {
		return nil, nil
	}
	b, err := hexutil.Decode(v)
	if err != nil || len(b) != common.HashLength {
		return nil, client.ErrConfig.Wrapf("--salt %q is not 32 bytes in 0x hex", v)
	}
	h := common.BytesToHash(b)
	return &h, nil
}

func clientAddressCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "address [SALT]",
		Short: "The address a deployment from your Ethereum account with SALT gets (a new random salt when none is given)",
		Long: "Print the address of the secret contract that 'enigmad client deploy --salt SALT' deploys from your Ethereum " +
			"account: the deployment's task id is the bridge's hash of the sender and the salt, the contract's address is derived " +
			"from the task id. Nothing is sent. Use it to deploy a dApp that names the secret contract before the secret contract.",
		Example: "enigmad client address\nenigmad client address 0x5e1f...",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			salt := ids.NewSalt()
			if len(args) == 1 {
				b, err := hexutil.Decode(args[0])
				if err != nil || len(b) != common.HashLength {
					return client.ErrConfig.Wrapf("salt %q is not 32 bytes in 0x hex", args[0])
				}
				salt = common.BytesToHash(b)
			}
			ctx, stop, _ := serviceContext(cmd, "client")
			defer stop()
			s, err := openSession(cmd, false)
			if err != nil {
				return err
			}
			defer s.close()
			ctx, cancel := s.within(ctx)
			defer cancel()
			eth, err := s.ethereum(ctx)
			if err != nil {
				return err
			}
			id := eth.TaskID(salt)
			contract := ids.ContractAddress(id)
			result := map[string]any{"salt": salt.Hex(), "task_id": id.Hex(), "contract": contract.Hex(), "sender": eth.Sender().Hex()}
			return s.done(result, fmt.Sprintf("contract %s (salt %s, deployer %s, task %s)", contract, salt, eth.Sender(), id))
		},
	}
}

func taskFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.Uint64(flagGasLimit, 0, "the task's gas limit (default 200,000 for a call, 2,000,000 for a deployment)")
	f.String(flagGasPrice, "", "the task's gas price in wei (default: the bridge's minimum)")
	f.String(flagSuite, "x25519", "the encryption: x25519, or xwing (post-quantum hybrid, when the worker offers it)")
	f.Bool(flagWait, true, "follow the task until its result")
	f.String(flagUntil, "committed", "how far to follow it: committed, batched, ethereum")
	f.Duration(flagRecordWait, 10*time.Minute, "how long to wait for the chain to observe the Ethereum record before the data is handed over "+
		"(it takes the bridge's confirmations); past it, 'enigmad client submit TASK' hands it over")
}

func secretContracts() []string {
	return []string{"Counter", "Millionaires", "SecretVoting", "SealedBidAuction", "SecretLottery"}
}

// bytecodeOf is a file's bytecode or, when no file has that name, a
// built-in secret contract's.
func bytecodeOf(name string) ([]byte, error) {
	if _, err := os.Stat(name); err == nil {
		return bytecodeFile(name)
	}
	for _, c := range secretContracts() {
		if strings.EqualFold(c, name) {
			art, err := contracts.Load(c)
			if err != nil {
				return nil, err
			}
			return art.Bytecode, nil
		}
	}
	return nil, client.ErrConfig.Wrapf("%q is neither a file nor a built-in secret contract (%s)", name, strings.Join(secretContracts(), ", "))
}

func bytecodeFile(name string) ([]byte, error) {
	bz, err := os.ReadFile(name)
	if err != nil {
		return nil, client.ErrConfig.Wrapf("%v", err)
	}
	code, err := hexutil.Decode(strings.TrimSpace(string(bz)))
	if err != nil || len(code) == 0 {
		return nil, client.ErrConfig.Wrapf("%s must hold the creation bytecode as 0x hex", name)
	}
	return code, nil
}

// session is one command's connections.
type session struct {
	cfg     clientConfig
	cfgPath string
	c       *client.Client
	conns   []*grpc.ClientConn
	eth     *ethclient.Client
	out     io.Writer
	json    bool
	begun   time.Time
	stages  []map[string]any
	timeout time.Duration
}

func openSession(cmd *cobra.Command, needIngress bool) (*session, error) {
	cfg, cfgPath, err := loadClientConfig(cmd)
	if err != nil {
		return nil, err
	}
	output, _ := cmd.Flags().GetString(flagClientOutput)
	if output != "text" && output != "json" {
		return nil, client.ErrConfig.Wrapf("--output %q: text or json", output)
	}
	timeout, _ := cmd.Flags().GetDuration(flagTimeout)
	s := &session{cfg: cfg, cfgPath: cfgPath, out: cmd.OutOrStdout(), json: output == "json", begun: time.Now(), timeout: timeout}
	dial := func(addr, what string) (*grpc.ClientConn, error) {
		if addr == "" {
			return nil, client.ErrConfig.Wrapf("no %s address: set it in client.toml or with a flag", what)
		}
		conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20)))
		if err != nil {
			return nil, client.ErrConfig.Wrapf("%s %s: %v", what, addr, err)
		}
		s.conns = append(s.conns, conn)
		return conn, nil
	}
	node, err := dial(cfg.GRPC, "node gRPC")
	if err != nil {
		return nil, err
	}
	ccfg := client.Config{ChainID: cfg.ChainID, Node: node, Events: cfg.RPC, AllowSimulated: cfg.AllowSimulated,
		Bridge: common.HexToAddress(cfg.BridgeContract)}
	if needIngress {
		if ccfg.Ingress, err = dial(cfg.Ingress, "ingress"); err != nil {
			s.close()
			return nil, err
		}
	}
	if s.c, err = client.New(ccfg); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

func (s *session) close() {
	if s.c != nil {
		s.c.Close()
	}
	for _, c := range s.conns {
		_ = c.Close()
	}
	if s.eth != nil {
		s.eth.Close()
	}
}

// within is ctx bounded by the --timeout (0: no limit).
func (s *session) within(ctx context.Context) (context.Context, context.CancelFunc) {
	if s.timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, s.timeout)
}

// ethereum is the user's handle on the bridge the node names, refused
// when client.toml names another bridge or chain.
func (s *session) ethereum(ctx context.Context) (*client.Ethereum, error) {
	if s.cfg.EthRPC == "" {
		return nil, client.ErrConfig.Wrap("no Ethereum RPC: set eth_rpc in client.toml or --eth-rpc")
	}
	key, err := ethkey.Load(s.cfg.EthKeyFile)
	if err != nil {
		return nil, client.ErrConfig.Wrapf("%v", err)
	}
	if s.eth, err = ethclient.DialContext(ctx, s.cfg.EthRPC); err != nil {
		return nil, client.ErrConfig.Wrapf("Ethereum %s: %v", s.cfg.EthRPC, err)
	}
	if b := s.cfg.BridgeContract; !common.IsHexAddress(b) {
		return nil, client.ErrConfig.Wrapf("%s: bridge_contract, the bridge you pay, is required as a 0x address, got %q", s.cfgPath, b)
	}
	eth, err := s.c.Ethereum(ctx, s.eth, key)
	if err != nil {
		return nil, err
	}
	if id := s.cfg.EthChainID; id != 0 {
		if got, err := s.eth.ChainID(ctx); err != nil || !got.IsUint64() || got.Uint64() != id {
			return nil, client.ErrConfig.Wrapf("the Ethereum node is not on chain %d (%s): %v", id, s.cfgPath, got)
		}
	}
	return eth, nil
}

// stage reports a step as it happens: a line with the time since the
// command began, or one entry of the JSON document.
func (s *session) stage(name, text string, fields map[string]any) {
	at := time.Since(s.begun)
	if s.json {
		e := map[string]any{"stage": name, "elapsed_ms": at.Milliseconds()}
		for k, v := range fields {
			e[k] = v
		}
		s.stages = append(s.stages, e)
		return
	}
	fmt.Fprintf(s.out, "[%5.1fs] %-10s %s\n", at.Seconds(), name, text)
}

// failed prints, in JSON, the document of a task that failed on the way
// (its id, the stages so far, the error), so that a script keeps the task
// id it paid for; it returns err (nil: nothing failed, nothing printed).
func (s *session) failed(result map[string]any, err error) error {
	if err != nil && s.json && result != nil {
		result["error"] = err.Error()
		_ = s.done(result)
	}
	return err
}

// done prints the JSON document (the stages and the result) or, in text,
// the result's lines.
func (s *session) done(result map[string]any, lines ...string) error {
	if s.json {
		if s.stages != nil {
			result["stages"] = s.stages
		}
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		return enc.Encode(result)
	}
	for _, l := range lines {
		fmt.Fprintln(s.out, l)
	}
	return nil
}

// taskSpec is what runTask records and sends.
type taskSpec struct {
	contract   common.Address
	deploy     bool
	bytecode   []byte
	data       []byte
	method     *client.Method
	defaultGas uint64
	// salt is the deployment's salt (nil: a random one).
	salt *common.Hash
}

// runTask is call and deploy: select and verify, seal, keep the state,
// record, hand over, follow.
func runTask(cmd *cobra.Command, spec taskSpec) error {
	f := cmd.Flags()
	ctx, stop, _ := serviceContext(cmd, "client")
	defer stop()
	s, err := openSession(cmd, true)
	if err != nil {
		return err
	}
	defer s.close()
	// Everything that can be refused is, before anything is paid.
	until, _ := f.GetString(flagUntil)
	if until != "committed" && until != "batched" && until != "ethereum" {
		return client.ErrConfig.Wrapf("--until %q: committed, batched or ethereum", until)
	}
	recordWait, _ := f.GetDuration(flagRecordWait)
	gasLimit, _ := f.GetUint64(flagGasLimit)
	if gasLimit == 0 {
		gasLimit = spec.defaultGas
	}
	value := new(big.Int)
	if v, _ := f.GetString(flagValue); v != "" {
		n, ok := client.ParseNumber(v)
		if !ok || n.Sign() < 0 {
			return client.ErrConfig.Wrapf("--value %q is not a non-negative number of wei", v)
		}
		value = n
	}
	suite, err := suiteOf(f.Lookup(flagSuite).Value.String())
	if err != nil {
		return err
	}
	inENG := false
	if fee := f.Lookup(flagPayIn); fee != nil {
		switch fee.Value.String() {
		case "eth":
		case "eng":
			inENG = true
			if value.Sign() > 0 {
				return client.ErrConfig.Wrap("a task paid in ENG escrows nothing: --value needs --fee eth")
			}
		default:
			return client.ErrConfig.Wrapf("--fee %q: eth or eng", fee.Value.String())
		}
	}
	setup, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	eth, err := s.ethereum(setup)
	if err != nil {
		return err
	}
	gasPrice, err := s.gasPrice(setup, cmd, eth, inENG)
	if err != nil {
		return err
	}
	var feeToken common.Address
	if inENG {
		if feeToken, err = eth.FeeToken(setup); err != nil {
			return err
		}
	}

	salt := ids.NewSalt()
	if spec.salt != nil {
		salt = *spec.salt
	}
	id := eth.TaskID(salt)
	if spec.salt != nil {
		// A task id is paid for once: the chain refuses a second record of
		// it (its fee comes back only by a refund claim). One sent from
		// here may not be on chain yet: its kept state says so, and must
		// not be overwritten (it holds the result key and the record).
		if p, err := s.statePath(id); err == nil {
			if _, err := os.Stat(p); err == nil {
				return client.ErrConfig.Wrapf("salt %s was used before, from here: task %s ('enigmad client status %s'; 'enigmad client submit %s' "+
					"hands its data over if it stopped before)", salt, id, id, id)
			}
		}
		if _, err := s.c.Task(setup, id); err == nil {
			return client.ErrConfig.Wrapf("salt %s was used before: task %s is on chain ('enigmad client address' gives a new one)", salt, id)
		} else if status.Code(err) != codes.NotFound {
			return err
		}
	}
	contract := spec.contract
	if spec.deploy {
		contract = ids.ContractAddress(id)
	}
	result := map[string]any{"task_id": id.Hex(), "contract": contract.Hex()}
	s.stage("task", fmt.Sprintf("%s on contract %s (bridge %s, from %s, %s)", id, contract, eth.Bridge(), eth.Sender(), s.cfgPath),
		map[string]any{"task_id": id.Hex(), "contract": contract.Hex(), "bridge": eth.Bridge().Hex(), "sender": eth.Sender().Hex(), "config": s.cfgPath})
	t, err := s.c.Target(setup, contract)
	if err != nil {
		return err
	}
	s.stage("worker", fmt.Sprintf("%s selected in epoch %d, %s", t.Address(), t.Epoch, describeVerdict(t.Verdict)),
		map[string]any{"worker": t.Address().Hex(), "epoch": t.Epoch, "simulated": t.Verdict.Simulated, "tcb_status": t.Verdict.TCBStatus,
			"tcb_source": t.Verdict.TCBSource})
	sealed, err := s.c.Seal(t, id, envelope.Call{Data: spec.data, Amount: value}, suite)
	if err != nil {
		return err
	}
	s.stage("sealed", fmt.Sprintf("%d bytes (%s); the result key stays here", len(sealed.Envelope), sealed.Suite),
		map[string]any{"envelope_bytes": len(sealed.Envelope), "suite": sealed.Suite.String()})

	// Kept before anything is paid for: a command stopped after the record
	// can still hand the data over (`submit`), read the result or claim
	// the refund.
	st := taskState{TaskID: id, Deploy: spec.deploy, Contract: contract, Salt: salt, Epoch: sealed.Epoch, Worker: sealed.Worker,
		Suite: sealed.Suite.String(), ResultKey: sealed.ResultKey, Envelope: sealed.Envelope, Bytecode: spec.bytecode,
		Record: commitment.Record{Sender: eth.Sender(), SecretContract: contract, FeeToken: feeToken, GasLimit: gasLimit, GasPrice: gasPrice,
			EscrowAmount: value}}
	if spec.method != nil {
		st.Method = spec.method.Signature()
	}
	if err := s.save(st); err != nil {
		return err
	}
	var rec client.Recorded
	if spec.deploy {
		rec, err = eth.RecordDeployment(ctx, salt, crypto.Keccak256Hash(spec.bytecode), sealed.InputsHash, gasLimit, gasPrice)
	} else {
		req, rerr := eth.RequestFor(sealed, salt, gasLimit, gasPrice)
		if rerr != nil {
			return rerr
		}
		if inENG {
			rec, err = eth.RecordWithPermit(ctx, req, time.Now().Add(time.Hour))
		} else {
			req.EscrowAmount = value
			var recs []client.Recorded
			if recs, err = eth.Record(ctx, req); err == nil {
				rec = recs[0]
			}
		}
	}
	if err != nil {
		return s.failed(result, err)
	}
	if st.Record.Hash() != rec.Record.Hash() {
		return s.failed(result, client.ErrEthereum.Wrapf("the bridge recorded %+v, the client kept %+v", rec.Record, st.Record))
	}
	st.EthTx = rec.Tx
	if err := s.save(st); err != nil {
		return s.failed(result, err)
	}
	s.stage("recorded", fmt.Sprintf("on Ethereum: tx %s, block %d", rec.Tx, rec.Block), map[string]any{"eth_tx": rec.Tx.Hex(), "eth_block": rec.Block})
	if err := s.handOver(ctx, st, recordWait); err != nil {
		return s.failed(result, err)
	}
	if wait, _ := f.GetBool(flagWait); !wait {
		return s.done(result, fmt.Sprintf("task %s: `enigmad client result %s` reads its result", id, id))
	}
	return s.failed(result, s.follow(ctx, eth, st, spec.method, until, result))
}

// handOver waits until the chain has observed the task's record and hands
// its data to the ingress (a node that is a block behind is retried).
// Past recordWait, it tells how to hand it over later.
func (s *session) handOver(ctx context.Context, st taskState, recordWait time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, recordWait)
	defer cancel()
	later := fmt.Sprintf("`enigmad client submit %s` hands the data over later", st.TaskID)
	if _, err := s.c.WaitRecorded(ctx, st.TaskID); err != nil {
		return client.ErrNotReady.Wrapf("%v; %s", err, later)
	}
	s.stage("observed", "by the chain (the bridge's validators attested the record)", nil)
	var bytecode []byte
	if st.Deploy {
		bytecode = st.Bytecode
	}
	txHash, err := s.c.SubmitWhenRecorded(ctx, st.sealed(), bytecode)
	if err != nil {
		return fmt.Errorf("%w; %s", err, later)
	}
	s.stage("accepted", "by the ingress: data in transaction "+txHash, map[string]any{"data_tx": txHash})
	return nil
}

// follow waits for the task's receipt, opens it, and follows it into its
// batch and onto Ethereum as far as until says.
func (s *session) follow(ctx context.Context, eth *client.Ethereum, st taskState, m *client.Method, until string, result map[string]any) error {
	ctx, cancel := s.within(ctx)
	defer cancel()
	r, err := s.c.Wait(ctx, st.TaskID)
	if err != nil {
		return err
	}
	o, err := s.c.Open(st.sealed(), r)
	if err != nil {
		return err
	}
	s.stage("committed", fmt.Sprintf("%s, gas used %d", o.Status, o.GasUsed), map[string]any{"status": o.Status.String(), "gas_used": o.GasUsed})
	lines := s.outcome(result, st, o, m)
	if until != "committed" {
		p, err := s.waitProof(ctx, r)
		if err != nil {
			return err
		}
		s.stage("batched", fmt.Sprintf("in batch %d (sequence %d)", p.Batch, r.Sequence), map[string]any{"batch": p.Batch})
		if until == "ethereum" {
			if err := s.waitOnEthereum(ctx, eth, p.Batch); err != nil {
				return err
			}
			s.stage("ethereum", fmt.Sprintf("batch %d committed on the bridge", p.Batch), nil)
		}
	}
	return s.done(result, lines...)
}

func clientSubmitCmd() *cobra.Command {
	var recordWait time.Duration
	cmd := taskCommand("submit", "Hand a recorded task's data to the ingress, from the state kept when it was sealed (after a call or deploy stopped before)",
		true, true, func(ctx context.Context, s *session, id common.Hash, st taskState) error {
			if len(st.Envelope) == 0 {
				return client.ErrConfig.Wrapf("the state of task %s keeps no data to hand over", id)
			}
			result := map[string]any{"task_id": id.Hex(), "contract": st.Contract.Hex()}
			if err := s.handOver(ctx, st, recordWait); err != nil {
				return s.failed(result, err)
			}
			return s.done(result, fmt.Sprintf("task %s: `enigmad client result %s` reads its result", id, id))
		})
	cmd.Flags().DurationVar(&recordWait, flagRecordWait, 10*time.Minute, "how long to wait for the chain to observe the task's Ethereum record")
	return cmd
}

// outcome fills result and the text lines with a task's outcome.
func (s *session) outcome(result map[string]any, st taskState, o client.Outcome, m *client.Method) []string {
	result["status"], result["gas_used"] = o.Status.String(), o.GasUsed
	var lines []string
	switch {
	case o.Status == receipt.StatusSuccess && st.Deploy:
		lines = append(lines, "deployed: "+st.Contract.Hex())
	case o.Status == receipt.StatusSuccess && m != nil:
		vals, err := m.Unpack(o.Output)
		if err != nil {
			lines = append(lines, fmt.Sprintf("result: %s (%v)", hexutil.Encode(o.Output), err))
			result["output"] = hexutil.Encode(o.Output)
			break
		}
		result["output"], result["values"] = hexutil.Encode(o.Output), vals
		lines = append(lines, "result: "+strings.Join(vals, ", "))
	case o.Status == receipt.StatusSuccess:
		result["output"] = hexutil.Encode(o.Output)
		lines = append(lines, "result: "+hexutil.Encode(o.Output))
	default:
		result["output"] = hexutil.Encode(o.Output)
		why := hexutil.Encode(o.Output)
		if reason, ok := client.RevertReason(o.Output); ok {
			result["reason"], why = reason, strconv.Quote(reason)
		}
		lines = append(lines, fmt.Sprintf("failed: %s (%s); `enigmad client refund %s` claims the refund once its batch is on Ethereum",
			o.Status, why, st.TaskID))
	}
	return lines
}

func (s *session) waitProof(ctx context.Context, r *sctypes.Receipt) (*sctypes.QueryReceiptProofResponse, error) {
	for {
		p, err := s.c.Proof(ctx, r)
		if !errors.Is(err, client.ErrNotReady) {
			return p, err
		}
		select {
		case <-ctx.Done():
			return nil, client.ErrTimeout.Wrapf("task %x: not batched yet (a batch closes at each epoch's end): %v", r.TaskId, ctx.Err())
		case <-time.After(time.Second):
		}
	}
}

// waitOnEthereum waits until the bridge holds batch nonce.
func (s *session) waitOnEthereum(ctx context.Context, eth *client.Ethereum, batch uint64) error {
	b := bindings.NewEnigmaBridge()
	for {
		to := eth.Bridge()
		out, err := s.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: b.PackState()}, nil)
		if err == nil {
			if st, err := b.UnpackState(out); err == nil && st.BatchNonce >= batch {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return client.ErrTimeout.Wrapf("batch %d is not on Ethereum yet (the relayers commit it): %v", batch, ctx.Err())
		case <-time.After(time.Second):
		}
	}
}

func (s *session) gasPrice(ctx context.Context, cmd *cobra.Command, eth *client.Ethereum, inENG bool) (*big.Int, error) {
	if v, _ := cmd.Flags().GetString(flagGasPrice); v != "" {
		p, ok := client.ParseNumber(v)
		if !ok || p.Sign() < 0 {
			return nil, client.ErrConfig.Wrapf("--gas-price %q is not a non-negative number", v)
		}
		return p, nil
	}
	return eth.MinGasPrice(ctx, inENG)
}

func suiteOf(name string) (envelope.Suite, error) {
	switch strings.ToLower(name) {
	case "x25519", "":
		return envelope.SuiteX25519, nil
	case "xwing", "x-wing":
		return envelope.SuiteXWing, nil
	}
	return 0, client.ErrConfig.Wrapf("--suite %q: x25519 or xwing", name)
}

func describeVerdict(v client.Verdict) string {
	if v.Simulated {
		return "a simulated enclave (allowed on this chain and by this client)"
	}
	return fmt.Sprintf("an SGX enclave, MRENCLAVE %x, TCB %q (from the %s)", v.Report.UniqueID, v.TCBStatus, v.TCBSource)
}

// taskState is what the client keeps of a task, in STATE_DIR/TASK.json:
// the result key opens its result, the record claims its refund.
type taskState struct {
	TaskID    common.Hash    `json:"task_id"`
	Deploy    bool           `json:"deploy,omitempty"`
	Contract  common.Address `json:"contract"`
	Salt      common.Hash    `json:"salt"`
	Epoch     uint64         `json:"epoch"`
	Worker    common.Address `json:"worker"`
	Suite     string         `json:"suite"`
	ResultKey hexutil.Bytes  `json:"result_key"`
	// Envelope (and a deployment's Bytecode) is the sealed data, kept
	// until the ingress took it.
	Envelope hexutil.Bytes `json:"envelope"`
	Bytecode hexutil.Bytes `json:"bytecode,omitempty"`
	Method   string        `json:"method,omitempty"`
	// Record is the task's record as the bridge commits to it (in
	// bridge/commitment's JSON form).
	Record commitment.Record `json:"record"`
	EthTx  common.Hash       `json:"eth_tx"`
}

func (st taskState) sealed() client.Sealed {
	return client.Sealed{TaskID: st.TaskID, Contract: st.Contract, Epoch: st.Epoch, Worker: st.Worker, ResultKey: st.ResultKey,
		Envelope: st.Envelope, InputsHash: ids.InputsHash(st.Envelope)}
}

func (s *session) statePath(id common.Hash) (string, error) {
	if s.cfg.StateDir == "" {
		return "", client.ErrConfig.Wrap("no state directory: set state_dir in client.toml or --state-dir")
	}
	return filepath.Join(s.cfg.StateDir, id.Hex()+".json"), nil
}

// save writes a task's state, readable by its owner only (the result key
// opens the result).
func (s *session) save(st taskState) error {
	path, err := s.statePath(st.TaskID)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	bz, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	// On disk before anything is paid: written, synced, renamed, and the
	// directory synced.
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(bz); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

func (s *session) load(id common.Hash) (taskState, error) {
	var st taskState
	path, err := s.statePath(id)
	if err != nil {
		return st, err
	}
	bz, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return st, client.ErrConfig.Wrapf("no state for task %s in %s: only the client that sent a task can read its result or claim it", id, s.cfg.StateDir)
	} else if err != nil {
		return st, err
	}
	if err := json.Unmarshal(bz, &st); err != nil || st.TaskID != id {
		return st, client.ErrConfig.Wrapf("%s is not this task's state", path)
	}
	return st, nil
}

// taskCommand is a command on one task: TASK parsed, the session opened
// (with the ingress when it hands data over), and the state the client
// kept of the task loaded when stateful.
func taskCommand(use, short string, ingress, stateful bool, run func(ctx context.Context, s *session, id common.Hash, st taskState) error) *cobra.Command {
	return &cobra.Command{
		Use:   use + " TASK",
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := taskArg(args[0])
			if err != nil {
				return err
			}
			ctx, stop, _ := serviceContext(cmd, "client")
			defer stop()
			s, err := openSession(cmd, ingress)
			if err != nil {
				return err
			}
			defer s.close()
			var st taskState
			if stateful {
				if st, err = s.load(id); err != nil {
					return err
				}
			}
			return run(ctx, s, id, st)
		},
	}
}

func taskArg(arg string) (common.Hash, error) {
	b, err := hexutil.Decode(arg)
	if err != nil || len(b) != common.HashLength {
		return common.Hash{}, client.ErrConfig.Wrapf("task %q is not a 0x task id (32 bytes)", arg)
	}
	return common.BytesToHash(b), nil
}

func clientResultCmd() *cobra.Command {
	return taskCommand("result", "Read a task's result (waiting for it), checked against its receipt and decrypted with the key kept when it was sent",
		false, true, func(ctx context.Context, s *session, id common.Hash, st taskState) error {
			ctx, cancel := s.within(ctx)
			defer cancel()
			r, err := s.c.Wait(ctx, id)
			if err != nil {
				return err
			}
			o, err := s.c.Open(st.sealed(), r)
			if err != nil {
				return err
			}
			var m *client.Method
			if st.Method != "" {
				if m, err = client.ParseMethod(st.Method); err != nil {
					return err
				}
			}
			result := map[string]any{"task_id": id.Hex(), "contract": st.Contract.Hex()}
			return s.done(result, s.outcome(result, st, o, m)...)
		})
}

func clientStatusCmd() *cobra.Command {
	return taskCommand("status", "A task's status on chain: awaiting its data, pending, done or failed, its receipt and its batch",
		false, false, func(ctx context.Context, s *session, id common.Hash, _ taskState) error {
			ctx, cancel := s.within(ctx)
			defer cancel()
			res, err := s.c.Task(ctx, id)
			if err != nil {
				return err
			}
			t := res.Task
			result := map[string]any{"task_id": id.Hex(), "status": t.Status.String(), "contract": hexutil.Encode(t.Contract),
				"deadline_height": t.DeadlineHeight}
			lines := []string{fmt.Sprintf("task %s: %s (contract %s, deadline at height %d)", id, t.Status, hexutil.Encode(t.Contract), t.DeadlineHeight)}
			if r := res.Receipt; r != nil {
				result["receipt_status"], result["gas_used"], result["sequence"] = receipt.Status(r.Status).String(), r.GasUsed, r.Sequence
				lines = append(lines, fmt.Sprintf("receipt: %s, gas used %d, sequence %d", receipt.Status(r.Status), r.GasUsed, r.Sequence))
				if p, err := s.c.Proof(ctx, r); err == nil {
					result["batch"] = p.Batch
					lines = append(lines, fmt.Sprintf("batch %d", p.Batch))
				} else if errors.Is(err, client.ErrNotReady) {
					lines = append(lines, "not batched yet")
				} else {
					return err
				}
			}
			return s.done(result, lines...)
		})
}

func clientRefundCmd() *cobra.Command {
	return claimCmd("refund", "Claim a task's refund on Ethereum (its unused gas; its whole fee and escrow when it failed or was refused), "+
		"waiting for its batch there")
}

func clientCallbackCmd() *cobra.Command {
	return claimCmd("callback", "Execute the Ethereum callback a task asked for, waiting for its batch there (the bridge runs it once; "+
		"this reads the record the client kept when it sent the task)")
}

// claimCmd is refund and callback: the chain's proof, the kept record,
// the bridge.
func claimCmd(use, short string) *cobra.Command {
	return taskCommand(use, short, false, true, func(ctx context.Context, s *session, id common.Hash, st taskState) error {
		if st.Record.GasPrice == nil || st.Record.EscrowAmount == nil {
			return client.ErrConfig.Wrapf("the state of task %s has no record", id)
		}
		rec := st.Record
		ctx, cancel := s.within(ctx)
		defer cancel()
		eth, err := s.ethereum(ctx)
		if err != nil {
			return err
		}
		res, err := s.c.Task(ctx, id)
		if err != nil {
			return err
		}
		if res.Receipt == nil {
			return client.ErrNotReady.Wrapf("task %s is %s: no receipt yet ('enigmad client result %s' waits for it)", id, res.Task.Status, id)
		}
		if use == "callback" && len(res.Receipt.CallbackTarget) == 0 {
			return client.ErrConfig.Wrapf("task %s asked for no callback", id)
		}
		// The receipt's batch closes at the epoch's end and the relayers
		// commit it to Ethereum after: both are waited for (--timeout).
		p, err := s.waitProof(ctx, res.Receipt)
		if err != nil {
			return err
		}
		if err := s.waitOnEthereum(ctx, eth, p.Batch); err != nil {
			return err
		}
		var r *ethtypes.Receipt
		if use == "refund" {
			r, err = eth.ClaimRefund(ctx, p, rec)
		} else {
			r, err = eth.ExecuteCallback(ctx, p, rec)
		}
		if err != nil {
			return err
		}
		result := map[string]any{"task_id": id.Hex(), "eth_tx": r.TxHash.Hex(), "batch": p.Batch, "eth_gas_used": r.GasUsed}
		line := fmt.Sprintf("%s of task %s on Ethereum: tx %s", use, id, r.TxHash)
		// What the bridge says it did: the amounts refunded, whether the
		// callback's target ran (a target that reverts does not undo it).
		br := bindings.NewEnigmaBridge()
		for _, l := range r.Logs {
			if l.Address != eth.Bridge() {
				// A callback's target may log look-alikes.
				continue
			}
			if ev, err := br.UnpackRefundClaimedEvent(l); err == nil {
				result["fee_refund"], result["escrow_refund"] = ev.Fee.String(), ev.Escrow.String()
				line += fmt.Sprintf(": %s wei of the fee and %s wei of escrow to %s", ev.Fee, ev.Escrow, ev.Sender)
			}
			if ev, err := br.UnpackCallbackExecutedEvent(l); err == nil {
				result["callback_ok"] = ev.Ok
				if ev.Ok {
					line += fmt.Sprintf(": %s ran", ev.Target)
				} else {
					line += fmt.Sprintf(": %s reverted (the task's escrow is credited back to its sender)", ev.Target)
				}
			}
		}
		return s.done(result, line)
	})
}

// loadClientConfig reads client.toml (settings.Find: --config,
// $ENIGMA_CLIENT_CONFIG, .localnet/client.toml here or in a parent,
// ~/.enigmad/client.toml) and applies the flags over it; it returns the
// file's path ("flags" when none).
func loadClientConfig(cmd *cobra.Command) (clientConfig, string, error) {
	var cfg clientConfig
	path, _ := cmd.Flags().GetString(flagClientConfig)
	path = settings.Find(path)
	shown := "flags"
	if path != "" {
		var err error
		if cfg, err = settings.Read(path); err != nil {
			return cfg, "", client.ErrConfig.Wrapf("client config: %v", err)
		}
		shown = path
	}
	for flag, field := range map[string]*string{flagClientChain: &cfg.ChainID, flagClientGRPC: &cfg.GRPC, flagClientRPC: &cfg.RPC,
		flagIngress: &cfg.Ingress, flagClientEthRPC: &cfg.EthRPC, flagClientKey: &cfg.EthKeyFile, flagStateDir: &cfg.StateDir} {
		if v, _ := cmd.Flags().GetString(flag); v != "" {
			*field = v
		}
	}
	if cfg.ChainID == "" {
		return cfg, "", client.ErrConfig.Wrap("no chain id: set chain_id in client.toml (the client checks that workers' quotes bind it)")
	}
	return cfg, shown, nil
}
