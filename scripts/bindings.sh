#!/usr/bin/env bash
# Generates the abigen v2 Go bindings of the Ethereum contracts from their
# committed artifacts (contracts/build/<Name>.json) into contracts/bindings.
# Needs abigen v1.17.8 on PATH (make abigen).
set -euo pipefail
cd "$(dirname "$0")/.."
out=contracts/bindings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in EnigmaBridge CallbackExecutor EnigmaToken AuctionHouse; do
  node -e '
    const a = require(process.argv[1]);
    require("fs").writeFileSync(process.argv[2], JSON.stringify(a.abi));
    require("fs").writeFileSync(process.argv[3], a.bytecode.replace(/^0x/, ""));
  ' "$PWD/contracts/build/$name.json" "$tmp/$name.abi" "$tmp/$name.bin"
  file=$(echo "$name" | sed -E 's/([a-z])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
  abigen --v2 --abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --pkg bindings --type "$name" --out "$out/$file.go"
done
chmod 644 "$out"/*.go
