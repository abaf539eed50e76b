// Package faults strikes a running four-validator localnet under a steady
// load of tasks (cmd/enigma-loadgen's package, loadgen): a validator, a
// worker, an orchestrator, an enclave and geth killed and restarted, a
// worker kept down. After each, the accounting must hold: every task
// recorded on Ethereum answered exactly once, every increment applied
// once, every failure refunded once. Built only with the "faults" tag
// (make test-faults; FAULTS=short for CI's shorter run).
package faults
