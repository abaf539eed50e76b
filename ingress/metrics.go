package ingress

import (
	"context"
	"errors"
	"strconv"
	"time"

	errorsmod "cosmossdk.io/errors"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the ingress's Prometheus metrics. A nil *Metrics records
// nothing.
type Metrics struct {
	accepted_ prometheus.Counter
	refused_  *prometheus.CounterVec
	queued    prometheus.Gauge
	txs       *prometheus.CounterVec
	perTx     prometheus.Histogram
	sendTime  prometheus.Histogram
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		accepted_: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "ingress", Name: "accepted_total",
			Help: "Task data that passed the check and was queued."}),
		refused_: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "ingress", Name: "refused_total",
			Help: "Task data refused, by reason (codespace/code of the registered error)."}, []string{"reason"}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "enigma", Subsystem: "ingress", Name: "queue_length",
			Help: "Task data checked and waiting for a transaction."}),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "enigma", Subsystem: "ingress", Name: "transactions_total",
			Help: "Fee-less transactions made, by outcome (broadcast, refused, failed)."}, []string{"outcome"}),
		perTx: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "enigma", Subsystem: "ingress", Name: "messages_per_transaction",
			Help: "Task data messages per transaction.", Buckets: []float64{1, 2, 4, 8, 12, 16}}),
		sendTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "enigma", Subsystem: "ingress", Name: "send_seconds",
			Help: "Time to sign and broadcast one transaction (and simulate it, when it asked for too little gas).", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
	}
	reg.MustRegister(m.accepted_, m.refused_, m.queued, m.txs, m.perTx, m.sendTime)
	return m
}

func (m *Metrics) accepted() {
	if m != nil {
		m.accepted_.Inc()
	}
}

// refused counts a refusal by its registered error ("secretcompute/9"),
// "canceled", or "other".
func (m *Metrics) refused(err error) {
	if m == nil {
		return
	}
	reason := "other"
	var reg *errorsmod.Error
	switch {
	case errors.As(err, &reg):
		reason = reg.Codespace() + "/" + strconv.FormatUint(uint64(reg.ABCICode()), 10)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		reason = "canceled"
	}
	m.refused_.WithLabelValues(reason).Inc()
}

func (m *Metrics) setQueued(n int) {
	if m != nil {
		m.queued.Set(float64(n))
	}
}

func (m *Metrics) sent(messages int, took time.Duration, err error) {
	if m == nil {
		return
	}
	outcome := "broadcast"
	switch {
	case err == nil:
		m.perTx.Observe(float64(messages))
	case isRefusal(err):
		outcome = "refused"
	default:
		outcome = "failed"
	}
	m.txs.WithLabelValues(outcome).Inc()
	m.sendTime.Observe(took.Seconds())
}
