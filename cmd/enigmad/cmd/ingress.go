package cmd

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"cosmossdk.io/log/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"golang.org/x/sync/errgroup"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/server"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/ingress"
	"github.com/enigmad/enigmad/internal/submit"
)

// ingressConfig is app.toml's [ingress] section.
type ingressConfig struct {
	Enable         bool          `mapstructure:"enable"`
	Address        string        `mapstructure:"address"`
	KeyName        string        `mapstructure:"key-name"`
	KeyringBackend string        `mapstructure:"keyring-backend"`
	QueueSize      int           `mapstructure:"queue-size"`
	Senders        int           `mapstructure:"senders"`
	FlushInterval  time.Duration `mapstructure:"flush-interval"`
	MaxRequests    int           `mapstructure:"max-requests"`
	RequestTimeout time.Duration `mapstructure:"request-timeout"`
}

func defaultIngressConfig() ingressConfig {
	return ingressConfig{Address: "127.0.0.1:1318", KeyName: "ingress", KeyringBackend: keyring.BackendTest, QueueSize: 4096, Senders: 4,
		FlushInterval: 100 * time.Millisecond, MaxRequests: 1024, RequestTimeout: 30 * time.Second}
}

const ingressConfigTemplate = `
###############################################################################
###                          Ingress Configuration                          ###
###############################################################################

# The ingress (ingress/README.md) takes task data from users who hold no
# chain account, over HTTP/JSON and gRPC on one loopback port, checks it
# against the latest state and puts it on chain in fee-less transactions
# signed by the node's ingress key.
[ingress]

# Serve the ingress.
enable = {{ .Ingress.Enable }}

# Loopback address of the HTTP/JSON and gRPC routes. Put a proxy in front
# of it to publish it.
address = "{{ .Ingress.Address }}"

# The key in the node's keyring (--home) that signs the fee-less
# transactions; "enigmad ingress key" creates it. Its account must exist
# on chain (send it any amount once); it pays no fees.
key-name = "{{ .Ingress.KeyName }}"

# The keyring backend holding key-name ("test": unencrypted, for a key
# that holds nothing).
keyring-backend = "{{ .Ingress.KeyringBackend }}"

# Task data checked and waiting for a transaction; beyond it, 503.
queue-size = {{ .Ingress.QueueSize }}

# Transactions in the making at once.
senders = {{ .Ingress.Senders }}

# How long the first queued data waits for others to share its transaction.
flush-interval = "{{ .Ingress.FlushInterval }}"

# Requests (HTTP and gRPC) served at once; beyond it, 503 / Unavailable
# before the request's body is read.
max-requests = {{ .Ingress.MaxRequests }}

# How long a request may take, its body's reading included; past it, 408 /
# DeadlineExceeded (data already checked stays queued: GET its status).
request-timeout = "{{ .Ingress.RequestTimeout }}"
`

func readIngressConfig(v *viper.Viper) ingressConfig {
	c := defaultIngressConfig()
	if v.IsSet("ingress.enable") {
		c.Enable = v.GetBool("ingress.enable")
	}
	for key, dst := range map[string]*string{"ingress.address": &c.Address, "ingress.key-name": &c.KeyName, "ingress.keyring-backend": &c.KeyringBackend} {
		if s := v.GetString(key); s != "" {
			*dst = s
		}
	}
	if n := v.GetInt("ingress.queue-size"); n > 0 {
		c.QueueSize = n
	}
	if n := v.GetInt("ingress.senders"); n > 0 {
		c.Senders = n
	}
	if d := v.GetDuration("ingress.flush-interval"); d > 0 {
		c.FlushInterval = d
	}
	if n := v.GetInt("ingress.max-requests"); n > 0 {
		c.MaxRequests = n
	}
	if d := v.GetDuration("ingress.request-timeout"); d > 0 {
		c.RequestTimeout = d
	}
	return c
}

// startedApp is the app `enigmad start` made, for the services the node
// runs beside it (the ingress).
var startedApp atomic.Pointer[app.App]

// startIngress is the start command's PostSetup: with [ingress] enable, it
// serves the ingress and sends its transactions through the node's own
// gRPC, with the gas its checks measured (simulated in process only when
// that was refused as too little).
func startIngress(svrCtx *server.Context, clientCtx client.Context, ctx context.Context, g *errgroup.Group) error {
	cfg := readIngressConfig(svrCtx.Viper)
	if !cfg.Enable {
		return nil
	}
	a := startedApp.Load()
	if a == nil {
		return errors.New("ingress: the app is not started")
	}
	if clientCtx.GRPCClient == nil {
		return errors.New("ingress: it sends through the node's gRPC server: set [grpc] enable = true in app.toml")
	}
	logger := svrCtx.Logger.With("module", "ingress")
	kr, err := keyring.New(sdk.KeyringServiceName(), cfg.KeyringBackend, svrCtx.Config.RootDir, nil, clientCtx.Codec)
	if err != nil {
		return fmt.Errorf("ingress: keyring: %w", err)
	}
	rec, err := kr.Key(cfg.KeyName)
	if err != nil {
		return fmt.Errorf("ingress: key %q (%s keyring in %s): %w; create it with `enigmad ingress key --home %s`",
			cfg.KeyName, cfg.KeyringBackend, svrCtx.Config.RootDir, err, svrCtx.Config.RootDir)
	}
	addr, err := rec.GetAddress()
	if err != nil {
		return err
	}
	in := ingress.New(ingress.Config{QueueSize: cfg.QueueSize, Senders: cfg.Senders, FlushInterval: cfg.FlushInterval,
		MaxRequests: cfg.MaxRequests, RequestTimeout: cfg.RequestTimeout, Logger: logger},
		a.SecretComputeKeeper, ingress.QueryState(a), addr.String(), ingress.NewMetrics(prometheus.DefaultRegisterer))
	// The ingress failing (its port taken, a panic) stops the ingress, not
	// the validator: it logs and the node goes on.
	g.Go(func() error {
		defer recoverService(logger)
		if err := in.Serve(ctx, cfg.Address); err != nil {
			logger.Error("ingress stopped", "err", err)
		}
		return nil
	})
	g.Go(func() error {
		defer recoverService(logger)
		if err := in.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("ingress stopped", "err", err)
		}
		return nil
	})
	g.Go(func() error {
		// The account must be on chain before anything can be signed: until
		// it is, the ingress answers ErrNotReady.
		for told := false; ; told = true {
			s, err := submit.New(ctx, clientCtx.GRPCClient, submit.Config{ChainID: a.ChainID(), Keyring: kr, KeyName: cfg.KeyName,
				TxConfig: a.TxConfig(), TTL: 5 * time.Minute, Simulate: func(tx []byte) (uint64, error) {
					info, _, err := a.Simulate(tx)
					return info.GasUsed, err
				}})
			if err == nil {
				in.SetSender(s)
				logger.Info("ingress serving", "address", cfg.Address, "account", addr.String())
				return nil
			}
			if !told {
				logger.Info("ingress waiting for its account on chain (and the chain for its first block): fund it if it has nothing", "account", addr.String(), "err", err)
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(5 * time.Second):
			}
		}
	})
	return nil
}

func ingressCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ingress",
		Short: "The node's ingress: task data from users without a chain account, put on chain fee-less",
		RunE:  client.ValidateCmd,
	}
	cmd.AddCommand(ingressKeyCmd())
	return cmd
}

func ingressKeyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "key",
		Short: "Print the ingress key's account address, creating the key first if the keyring has none",
		Long: "Print the address of the key that signs the ingress's fee-less transactions (app.toml [ingress] key-name, in the node's " +
			"keyring), creating the key if it does not exist. Its account must exist on chain before the ingress can send: fund it " +
			"in genesis (enigmad genesis add-genesis-account) or send it any amount once. It pays no fees.",
		Example: "enigmad ingress key --home ~/.enigmad",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			svrCtx := server.GetServerContextFromCmd(cmd)
			cfg := readIngressConfig(svrCtx.Viper)
			home, _ := cmd.Flags().GetString(flags.FlagHome)
			clientCtx := client.GetClientContextFromCmd(cmd)
			if b, _ := cmd.Flags().GetString(flags.FlagKeyringBackend); cmd.Flags().Changed(flags.FlagKeyringBackend) {
				cfg.KeyringBackend = b
			}
			kr, err := keyring.New(sdk.KeyringServiceName(), cfg.KeyringBackend, home, cmd.InOrStdin(), clientCtx.Codec)
			if err != nil {
				return err
			}
			rec, err := kr.Key(cfg.KeyName)
			if err != nil {
				rec, _, err = kr.NewMnemonic(cfg.KeyName, keyring.English, sdk.FullFundraiserPath, keyring.DefaultBIP39Passphrase, hd.Secp256k1)
				if err != nil {
					return err
				}
			}
			addr, err := rec.GetAddress()
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.String())
			return nil
		},
	}
	cmd.Flags().String(flags.FlagKeyringBackend, keyring.BackendTest, "the keyring backend (default: app.toml [ingress] keyring-backend)")
	return cmd
}

// recoverService logs a service goroutine's panic instead of ending the
// node.
func recoverService(logger log.Logger) {
	if p := recover(); p != nil {
		logger.Error("ingress panicked: the ingress is stopped, the node goes on", "panic", p)
	}
}
