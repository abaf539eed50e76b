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

// configCmd reads and writes the client settings in <home>/config/client.toml.
// Other chains use the SDK's confix for this; its module cannot be fetched
// here, and the client file is all that this CLI's users need to set.
func configCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or set client settings (chain-id, node, keyring-backend, output, broadcast-mode)",
		Long:  "Prints client.toml as JSON. Keys: " + strings.Join(clientConfigKeys, ", ") + ".",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, err := readClientConfig(cmd)
			if err != nil {
				return err
			}
			var cfg config.ClientConfig
			if err := v.Unmarshal(&cfg); err != nil {
				return err
			}
			out, err := json.MarshalIndent(cfg, "", "  ")
			if err != nil {
				return err
			}
			cmd.Println(string(out))
			return nil
		},
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "get [key]",
			Short: "Print one client setting",
			Args:  cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				if err := checkKey(args[0]); err != nil {
					return err
				}
				v, err := readClientConfig(cmd)
				if err != nil {
					return err
				}
				cmd.Println(v.GetString(args[0]))
				return nil
			},
		},
		&cobra.Command{
			Use:   "set [key] [value]",
			Short: "Set one client setting",
			Args:  cobra.ExactArgs(2),
			RunE: func(cmd *cobra.Command, args []string) error {
				if _, err := readClientConfig(cmd); err != nil {
					return err
				}
				return setClientConfig(clientConfigPath(cmd), args[0], args[1])
			},
		},
	)
	return cmd
}

func clientConfigPath(cmd *cobra.Command) string {
	return filepath.Join(client.GetClientContextFromCmd(cmd).HomeDir, "config", "client.toml")
}

// readClientConfig reads client.toml, writing the defaults first if it is
// missing (as every other command does on its first run).
func readClientConfig(cmd *cobra.Command) (*viper.Viper, error) {
	path := clientConfigPath(cmd)
	if _, err := os.Stat(path); err != nil {
		if _, err := config.ReadFromClientConfig(client.GetClientContextFromCmd(cmd)); err != nil {
			return nil, err
		}
	}
	v := viper.New()
	v.SetConfigFile(path)
	if err := v.ReadInConfig(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return v, nil
}

func checkKey(key string) error {
	if !slices.Contains(clientConfigKeys, key) {
		return fmt.Errorf("unknown key %q; known keys: %s", key, strings.Join(clientConfigKeys, ", "))
	}
	return nil
}

// setClientConfig rewrites one `key = "value"` line of client.toml in place,
// keeping the file's comments.
func setClientConfig(path, key, value string) error {
	if err := checkKey(key); err != nil {
		return err
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
