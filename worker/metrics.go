package worker

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the worker's Prometheus metrics (`enigmad worker start
// --metrics`). A nil *Metrics records nothing.
type Metrics struct {
	results    *prometheus.CounterVec
	held       *prometheus.CounterVec
	inFlight   prometheus.Gauge
	assigned   prometheus.Gauge
	perTx      prometheus.Histogram
	enclave    *prometheus.HistogramVec
	replayed   prometheus.Counter
	stepErrors *prometheus.CounterVec
	wakes      *prometheus.CounterVec
}

// NewMetrics registers the worker's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	opts := func(name, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: "enigma", Subsystem: "worker", Name: name, Help: help}
	}
	m := &Metrics{
		results: prometheus.NewCounterVec(prometheus.CounterOpts(opts("results_total",
			"Results sent, by outcome: committed (the chain took it), refused (the chain refused it in a block), lost (its transaction failed), unknown (in a block, the sender did not say which the chain took).")),
			[]string{"outcome"}),
		held: prometheus.NewCounterVec(prometheus.CounterOpts(opts("held_total",
			"Tasks and newcomers held back after a refusal, by who refused: enclave, chain, provision.")), []string{"by"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts(opts("results_in_flight", "Results sent and not yet in a block."))),
		assigned: prometheus.NewGauge(prometheus.GaugeOpts(opts("step_tasks", "Tasks the last step took (assigned, not in flight, not held)."))),
		perTx: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "enigma", Subsystem: "worker", Name: "results_per_transaction",
			Help: "Results in each MsgCommitResults.", Buckets: prometheus.ExponentialBuckets(1, 2, 11)}),
		enclave: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "enigma", Subsystem: "worker", Name: "enclave_seconds",
			Help:    "Enclave calls' latency, by call: execute (a contract's tasks of a step), deploy, apply_deltas (a page of replay).",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}, []string{"call"}),
		replayed: prometheus.NewCounter(prometheus.CounterOpts(opts("replayed_deltas_total", "Deltas replayed into the enclave from the chain's log."))),
		stepErrors: prometheus.NewCounterVec(prometheus.CounterOpts(opts("step_errors_total", "Failed steps, by loop: tasks, duties.")),
			[]string{"loop"}),
		wakes: prometheus.NewCounterVec(prometheus.CounterOpts(opts("wakes_total",
			"Idle waits ended, by what ended them: event (a chain event subscribed), landing (results in flight landed), poll (the interval).")),
			[]string{"by"}),
	}
	reg.MustRegister(m.results, m.held, m.inFlight, m.assigned, m.perTx, m.enclave, m.replayed, m.stepErrors, m.wakes)
	return m
}

func (m *Metrics) landed(outcome string, n int) {
	if m != nil {
		m.results.WithLabelValues(outcome).Add(float64(n))
	}
}

func (m *Metrics) heldBack(by string) {
	if m != nil {
		m.held.WithLabelValues(by).Inc()
	}
}

func (m *Metrics) flying(n int) {
	if m != nil {
		m.inFlight.Set(float64(n))
	}
}

func (m *Metrics) took(n int) {
	if m != nil {
		m.assigned.Set(float64(n))
	}
}

func (m *Metrics) sent(n int) {
	if m != nil {
		m.perTx.Observe(float64(n))
	}
}

// timed records an enclave call that started at start; defer it.
func (m *Metrics) timed(call string, start time.Time) {
	if m != nil {
		m.enclave.WithLabelValues(call).Observe(time.Since(start).Seconds())
	}
}

func (m *Metrics) replay(n int) {
	if m != nil {
		m.replayed.Add(float64(n))
	}
}

func (m *Metrics) failed(loop string) {
	if m != nil {
		m.stepErrors.WithLabelValues(loop).Inc()
	}
}

func (m *Metrics) woke(by string) {
	if m != nil {
		m.wakes.WithLabelValues(by).Inc()
	}
}
