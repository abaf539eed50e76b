//go:build !unix

package ingress_test

import (
	"errors"
	"time"
)

// processCPU is not measured here: BenchmarkIngress reports it on Unix.
func processCPU() (time.Duration, error) {
	return 0, errors.New("the process's CPU time is read on Unix only")
}
