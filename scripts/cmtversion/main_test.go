package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cometVersionFile is version.go of the CometBFT go.mod pins, from the
// module cache.
func cometVersionFile(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}", versionPackage).Output()
	if err != nil {
		t.Fatalf("go list %s: %v", versionPackage, err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "version.go")
}

// TestRewritePinnedCometBFT rewrites the pinned CometBFT's own version.go:
// it fails when an upgrade moves or renames the constant.
func TestRewritePinnedCometBFT(t *testing.T) {
	src, err := os.ReadFile(cometVersionFile(t))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Rewrite(src, "9.8.7")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `TMCoreSemVer = "9.8.7"`) {
		t.Fatalf("constant not rewritten:\n%s", out)
	}
	if strings.Count(string(out), "\n") != strings.Count(string(src), "\n") {
		t.Fatal("the rewrite changed the file's lines (positions in errors would move)")
	}
}

func TestRewriteRefusesAFileWithoutTheConstantOnce(t *testing.T) {
	for _, src := range []string{
		"package version\n",
		"package version\nconst (\n\tTMCoreSemVer = \"1\"\n\tTMCoreSemVer = \"2\"\n)\n",
	} {
		if _, err := Rewrite([]byte(src), "1.0.0"); err == nil {
			t.Errorf("Rewrite(%q) succeeded", src)
		}
	}
}

func TestPatchArgs(t *testing.T) {
	file := cometVersionFile(t)
	dir := t.TempDir()
	const mark = "cmtversion-0.40.0-abc"
	base := []string{"-o", filepath.Join(dir, "_pkg_.a"), "-p", versionPackage, "-complete", file}

	// Another package passes through untouched.
	other := []string{"-p", "github.com/cometbft/cometbft/node", file}
	got, ok, err := patchArgs(other, "0.40.0", mark)
	if err != nil || ok || strings.Join(got, " ") != strings.Join(other, " ") {
		t.Fatalf("other package: %v %v %v", got, ok, err)
	}

	// Without the cache marker (of this version and wrapper) the compile
	// is refused.
	for _, marker := range [][]string{nil, {"-D=cmtversion-0.40.0-old"}} {
		if _, _, err := patchArgs(append(append([]string{}, marker...), base...), "0.40.0", mark); err == nil {
			t.Fatalf("compiled without the marker %v", marker)
		}
	}

	// With it, version.go is replaced by a rewritten copy in the
	// package's build directory.
	for _, marker := range [][]string{{"-D=" + mark}, {"-D", mark}} {
		got, ok, err = patchArgs(append(append([]string{}, marker...), base...), "0.40.0", mark)
		if err != nil || !ok {
			t.Fatalf("marked compile: %v %v", ok, err)
		}
		patched := got[len(got)-1]
		if patched == file || filepath.Dir(patched) != dir {
			t.Fatalf("version.go not replaced: %v", got)
		}
		src, err := os.ReadFile(patched)
		if err != nil || !strings.Contains(string(src), `TMCoreSemVer = "0.40.0"`) {
			t.Fatalf("copy not rewritten: %v\n%s", err, src)
		}
	}
}
