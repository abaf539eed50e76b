// Command cmtversion is a go build -toolexec wrapper that compiles CometBFT's
// version package with the version go.mod pins.
//
// CometBFT v0.40.0 reports version.TMCoreSemVer, a constant it left at
// "0.39.0", in /status, in its handshake and in `enigmad comet version`. A
// constant cannot be set with -ldflags -X, and go build refuses an -overlay
// of a file in the module cache, so `make build` runs the compiler through
// this wrapper: when it compiles github.com/cometbft/cometbft/version it hands
// the compiler a copy of version.go with the constant rewritten, written in
// the package's own build directory (which the go command trims from the
// object's file names). Every other tool call runs unchanged.
// docs/decisions.md says why this and not a fork.
//
// Usage (the Makefile's CMT_FLAGS; MARKER names the version and the
// wrapper's source, so that a changed wrapper builds anew):
//
//	go build -toolexec 'build/cmtversion 0.40.0 MARKER' \
//	  -gcflags 'github.com/cometbft/cometbft/version=-D=MARKER' ./cmd/enigmad
//
// The -gcflags marker gives the rewritten package an action ID of its own in
// the build cache: without it the rewritten object would be cached under the
// plain build's ID and served to builds that never asked for it. The wrapper
// refuses to compile the package without the marker; a build with the
// marker but not the wrapper would cache a plain object under it, which the
// Makefile's check of the built binary's version catches.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// versionPackage is the package whose constant is rewritten.
const versionPackage = "github.com/cometbft/cometbft/version"

var semver = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$`)

// constLine is the line version.go declares the constant on.
var constLine = regexp.MustCompile(`(?m)^(\s*TMCoreSemVer\s*=\s*)"[^"]*"`)

// Rewrite returns src with TMCoreSemVer set to v, or an error when src does
// not declare it once (a CometBFT upgrade moved it: the wrapper must then be
// looked at, not silently skipped).
func Rewrite(src []byte, v string) ([]byte, error) {
	if n := len(constLine.FindAllIndex(src, -1)); n != 1 {
		return nil, fmt.Errorf("cmtversion: version.go declares TMCoreSemVer %d times, want once", n)
	}
	return constLine.ReplaceAll(src, []byte(`${1}"`+v+`"`)), nil
}

// patchArgs returns the compile arguments with version.go replaced by a
// rewritten copy in the package's build directory (the directory of its -o
// output); ok is false when the call does not compile the version package.
func patchArgs(args []string, v, marker string) (out []string, ok bool, err error) {
	pkg, marked, dir := "", false, ""
	for i, a := range args {
		if i+1 < len(args) {
			switch a {
			case "-p":
				pkg = args[i+1]
			case "-o":
				dir = filepath.Dir(args[i+1])
			case "-D":
				marked = marked || args[i+1] == marker
			}
		}
		if a == "-D="+marker {
			marked = true
		}
	}
	if pkg != versionPackage {
		return args, false, nil
	}
	if !marked {
		return nil, false, fmt.Errorf("cmtversion: compiling %s without -gcflags '%s=-D=%s': the build cache would mix rewritten and plain objects", versionPackage, versionPackage, marker)
	}
	if dir == "" {
		return nil, false, fmt.Errorf("cmtversion: no -o in the compile of %s", versionPackage)
	}
	out = append([]string(nil), args...)
	found := false
	for i, a := range out {
		if filepath.Base(a) != "version.go" || !strings.HasSuffix(filepath.Dir(a), "version") {
			continue
		}
		src, err := os.ReadFile(a)
		if err != nil {
			return nil, false, err
		}
		patched, err := Rewrite(src, v)
		if err != nil {
			return nil, false, err
		}
		p := filepath.Join(dir, "cmtversion_version.go")
		if err := os.WriteFile(p, patched, 0o600); err != nil {
			return nil, false, err
		}
		out[i], found = p, true
	}
	if !found {
		return nil, false, fmt.Errorf("cmtversion: no version.go among the files compiled for %s", versionPackage)
	}
	return out, true, nil
}

func main() {
	if len(os.Args) < 4 || !semver.MatchString(os.Args[1]) || os.Args[2] == "" {
		fmt.Fprintln(os.Stderr, "usage: cmtversion VERSION MARKER TOOL [ARGS...] (go build -toolexec 'cmtversion 0.40.0 MARKER'); VERSION is empty when go.mod's CometBFT has no version")
		os.Exit(2)
	}
	v, marker, tool, args := os.Args[1], os.Args[2], os.Args[3], os.Args[4:]
	if strings.TrimSuffix(filepath.Base(tool), ".exe") == "compile" {
		patched, _, err := patchArgs(args, v, marker)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		args = patched
	}
	os.Exit(run(tool, args))
}

// run runs the tool with our standard streams and returns its exit code.
func run(tool string, args []string) int {
	cmd := exec.Command(tool, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
