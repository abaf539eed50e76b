#!/usr/bin/env bash
# Regenerates all protobuf Go code offline: gogoproto messages and gRPC
# services (x/*/types), grpc-gateway routes, and pulsar API types (api/).
# Needs buf, protoc-gen-gocosmos, protoc-gen-grpc-gateway and
# protoc-gen-go-pulsar on PATH (`make proto-tools` installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf .gen
buf generate --template proto/buf.gen.gogo.yaml --path proto/enigma
buf generate --template proto/buf.gen.pulsar.yaml --path proto/enigma

# gocosmos writes by go_package: move our files into place.
module=github.com/enigmad/enigmad
find x enclave ingress -name '*.pb.go' -o -name '*.pb.gw.go' | xargs -r rm -f
cp -r ".gen/gogo/$module/." .
rm -rf api/enigma
mkdir -p api
cp -r .gen/pulsar/. api/
rm -rf .gen
