// Package e2e drives a running localnet (make localnet) with the real
// binaries, as a dApp developer and an operator would: the Go CLI
// (`enigmad client`), the TypeScript client (clients/js), geth, the
// localnet script. It is built only with the "e2e" tag (make e2e) and
// leaves the network running, with what it did on it.
package e2e
