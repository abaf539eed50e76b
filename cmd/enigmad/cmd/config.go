package cmd

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/config"
)

// clientConfigKeys are the keys of client.toml that `config set` accepts.
var clientConfigKeys = []string{"chain-id", "keyring-backend", "keyring-default-keyname", "output", "node", "broadcast-mode"}

// configCmd reads and writes the client settings in <home>/config/client.toml
// (the SDK's confix does this for other chains; its module cannot be fetched
// here, and the client file is all a user of this CLI needs to set).
func configCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config [key] [value]",
		Short: "Show or set client settings (chain-id, node, keyring-backend, output, broadcast-mode)",
		Long: "With no argument, prints client.toml as JSON; with a key, prints its value; " +
			"with a key and a value, sets it. Keys: " + strings.Join(clientConfigKeys, ", ") + ".",
		Args: cobra.RangeArgs(0, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx := client.GetClientContextFromCmd(cmd)
			path := filepath.Join(clientCtx.HomeDir, "config", "client.toml")
			if _, err := os.Stat(path); err != nil {
				// ReadFromClientConfig writes the defaults when the file is missing.
				if _, err := config.ReadFromClientConfig(clientCtx); err != nil {
					return err
				}
			}
			v := viper.New()
			v.SetConfigFile(path)
			if err := v.ReadInConfig(); err != nil {
				return fmt.Errorf("read %s: %w", path, err)
			}
			var cfg config.ClientConfig
			if err := v.Unmarshal(&cfg); err != nil {
				return err
			}
			switch len(args) {
			case 0:
				out, err := json.MarshalIndent(cfg, "", "  ")
				if err != nil {
					return err
				}
				cmd.Println(string(out))
				return nil
			case 1:
				if !slices.Contains(clientConfigKeys, args[0]) {
					return fmt.Errorf("unknown key %q; known keys: %s", args[0], strings.Join(clientConfigKeys, ", "))
				}
				cmd.Println(v.GetString(args[0]))
				return nil
			}
			return setClientConfig(path, args[0], args[1])
		},
	}
	return cmd
}

// setClientConfig rewrites one `key = "value"` line of client.toml in place,
// keeping the file's comments.
func setClientConfig(path, key, value string) error {
	if !slices.Contains(clientConfigKeys, key) {
		return fmt.Errorf("unknown key %q; known keys: %s", key, strings.Join(clientConfigKeys, ", "))
	}
	if strings.ContainsAny(value, "\"\n\\") {
		return fmt.Errorf("value %q may not contain quotes, backslashes or newlines", value)
	}
	bz, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	line := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(key) + `\s*=.*$`)
	replacement := fmt.Sprintf("%s = %q", key, value)
	var out []byte
	if line.Match(bz) {
		out = line.ReplaceAll(bz, []byte(replacement))
	} else {
		out = append(bz, []byte("\n"+replacement+"\n")...)
	}
	return os.WriteFile(path, out, 0o600)
}
