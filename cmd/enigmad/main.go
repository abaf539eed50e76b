// Command enigmad is the enigmad node: the chain node today; the worker,
// relayer and client commands join it in later releases (docs/design.md §1).
package main

import (
	"fmt"
	"os"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/cmd/enigmad/cmd"
)

func main() {
	if err := svrcmd.Execute(cmd.NewRootCmd(), "ENIGMAD", app.DefaultNodeHome); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
