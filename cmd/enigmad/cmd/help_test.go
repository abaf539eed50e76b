package cmd_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/cmd/enigmad/cmd"
)

// ourModules are the modules whose commands this repository defines.
var ourModules = []string{"epoch", "registry", "secretcompute", "bridge"}

// argName finds the positional arguments in a command's Use.
var argName = regexp.MustCompile(`\[([a-z][a-z-]*)\]`)

// TestEveryFlagIsDescribed: each flag and each positional argument of our
// modules' query and tx commands says what it is, so that `--help` helps.
func TestEveryFlagIsDescribed(t *testing.T) {
	root := cmd.NewRootCmd()
	var missing []string
	for _, group := range []string{"query", "tx"} {
		g, _, err := root.Find([]string{group})
		require.NoError(t, err)
		for _, m := range ourModules {
			mc, _, err := g.Find([]string{m})
			require.NoError(t, err)
			require.Equal(t, m, mc.Name(), "%s %s exists", group, m)
			walk(mc, func(c *cobra.Command) {
				c.LocalFlags().VisitAll(func(f *pflag.Flag) {
					if strings.TrimSpace(f.Usage) == "" {
						missing = append(missing, c.CommandPath()+" --"+f.Name)
					}
				})
				// Each positional argument ([name] in Use) is explained in
				// the long help.
				for _, m := range argName.FindAllStringSubmatch(c.Use, -1) {
					if !strings.Contains(c.Long, m[1]) {
						missing = append(missing, c.CommandPath()+" "+m[0])
					}
				}
			})
		}
	}
	require.Empty(t, missing, "flags without a description")
}

func walk(c *cobra.Command, f func(*cobra.Command)) {
	f(c)
	for _, sub := range c.Commands() {
		walk(sub, f)
	}
}

// TestMissingArgumentIsNamed: a required input left out is refused by the
// CLI before any request is sent, naming what is missing.
func TestMissingArgumentIsNamed(t *testing.T) {
	err := run(t, "q", "registry", "selected", "--node", "tcp://127.0.0.1:1")
	require.ErrorContains(t, err, "accepts 1 arg(s), received 0")
}

// TestQueriesPrintHex: every query command of our modules has its output
// rewritten to 0x hex (cmd/hexout.go), so a query added later cannot
// silently print base64.
func TestQueriesPrintHex(t *testing.T) {
	root := cmd.NewRootCmd()
	q, _, err := root.Find([]string{"query"})
	require.NoError(t, err)
	n := 0
	for _, m := range ourModules {
		mc, _, err := q.Find([]string{m})
		require.NoError(t, err)
		for _, c := range mc.Commands() {
			if c.Runnable() && c.Name() != "help" {
				require.NotEmpty(t, c.Annotations["enigmad/hexjson"], "%s prints bytes as base64", c.CommandPath())
				n++
			}
		}
	}
	require.Greater(t, n, 15)
}
