package orchestrator

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the orchestrator's Prometheus metrics. A nil *Metrics
// records nothing.
type Metrics struct {
	lastClaimed   prometheus.Gauge
	lagBlocks     prometheus.Gauge
	pendingValset prometheus.Gauge
	pendingBatch  prometheus.Gauge
	claims        prometheus.Counter
	confirms      prometheus.Counter
	relays        *prometheus.CounterVec
	relayGas      prometheus.Counter
	errors        *prometheus.CounterVec
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		lastClaimed: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "last_claimed_nonce",
			Help: "The validator's last claimed event nonce, as the chain has it."}),
		lagBlocks: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "lag_blocks",
			Help: "Ethereum blocks between the safe head and the last claimed event's block."}),
		pendingValset: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "pending_valsets",
			Help: "Validator sets the validator has yet to sign."}),
		pendingBatch: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "pending_batches",
			Help: "Batches the validator has yet to sign."}),
		claims: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "events_claimed_total",
			Help: "Events claimed on chain."}),
		confirms: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "confirmations_total",
			Help: "Validator set and batch confirmations sent."}),
		relays: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "relays_total",
			Help: "Transactions relayed to the bridge contract, by kind."}, []string{"kind"}),
		relayGas: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "relay_gas_used_total",
			Help: "Ethereum gas the mined relays used."}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "orchestrator", Name: "step_errors_total",
			Help: "Failed steps, by loop."}, []string{"loop"}),
	}
	reg.MustRegister(m.lastClaimed, m.lagBlocks, m.pendingValset, m.pendingBatch, m.claims, m.confirms, m.relays, m.relayGas, m.errors)
	return m
}

func (m *Metrics) setClaimed(n uint64) {
	if m != nil {
		m.lastClaimed.Set(float64(n))
	}
}

func (m *Metrics) setLag(safe, claimedBlock uint64) {
	if m != nil && safe >= claimedBlock {
		m.lagBlocks.Set(float64(safe - claimedBlock))
	}
}

func (m *Metrics) setPending(valsets, batches int) {
	if m != nil {
		m.pendingValset.Set(float64(valsets))
		m.pendingBatch.Set(float64(batches))
	}
}

func (m *Metrics) claimsSent(n uint64) {
	if m != nil {
		m.claims.Add(float64(n))
	}
}

func (m *Metrics) confirmsSent(n int) {
	if m != nil {
		m.confirms.Add(float64(n))
	}
}

func (m *Metrics) relayed(kind string) {
	if m != nil {
		m.relays.WithLabelValues(kind).Inc()
	}
}

func (m *Metrics) gasSpent(gas uint64) {
	if m != nil {
		m.relayGas.Add(float64(gas))
	}
}

func (m *Metrics) errorsInc(loop string) {
	if m != nil {
		m.errors.WithLabelValues(loop).Inc()
	}
}
