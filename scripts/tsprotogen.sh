#!/usr/bin/env bash
# Regenerates the TypeScript protobuf types (ts-proto) of our chain modules
# into clients/js/src/proto, offline: buf plus ts-proto from clients/js's
# node_modules (`make ts-proto` runs npm ci there first).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x clients/js/node_modules/.bin/protoc-gen-ts_proto ] || { echo "run 'cd clients/js && npm ci' first (make ts-proto does)"; exit 1; }
rm -rf .gen
buf generate --template proto/buf.gen.ts.yaml \
  --path proto/enigma/bridge --path proto/enigma/epoch --path proto/enigma/registry --path proto/enigma/secretcompute
rm -rf clients/js/src/proto
mkdir -p clients/js/src/proto
cp -r .gen/ts/. clients/js/src/proto/
rm -rf .gen
