// Command enigmad is the enigmad node and its services (the worker, the
// orchestrator, the ingress) and the dApp user's client (docs/design.md §1).
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
		// The message alone: %v of a registered error would append the
		// source line it was wrapped at.
		fmt.Fprintln(os.Stderr, err.Error())
		os.Exit(1)
	}
}
