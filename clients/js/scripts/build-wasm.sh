#!/usr/bin/env bash
# Builds the repository's DCAP verifier (enclave/attestation/dcap, through
# clients/js/wasm/dcap) to WebAssembly for the TypeScript client:
# clients/js/dist/dcap.wasm, with Go's JS glue clients/js/dist/wasm_exec.js
# (it must come from the same Go release as the compiler). Works from any
# directory.
set -euo pipefail

js_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "$js_dir/../.." && pwd)"
dist="$js_dir/dist"
mkdir -p "$dist"

cd "$repo"
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$dist/dcap.wasm" ./clients/js/wasm/dcap

goroot="$(go env GOROOT)"
# Go 1.24 moved wasm_exec.js from misc/wasm to lib/wasm.
for f in "$goroot/lib/wasm/wasm_exec.js" "$goroot/misc/wasm/wasm_exec.js"; do
	if [[ -f "$f" ]]; then
		cp "$f" "$dist/wasm_exec.js"
		echo "built $dist/dcap.wasm ($(wc -c <"$dist/dcap.wasm") bytes) and copied $f"
		exit 0
	fi
done
echo "wasm_exec.js not found under $goroot/lib/wasm or $goroot/misc/wasm" >&2
exit 1
