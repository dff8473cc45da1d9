import { Registry, collectDefaultMetrics, Histogram } from 'prom-client';

/** Prometheus metrics: process defaults plus request latency by route and status (no personal data in labels). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestSeconds = new Histogram({
    name: 'pulse_http_request_duration_seconds',
    help: 'HTTP request duration by route and status class',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  return { registry, requestSeconds };
}
export type Metrics = ReturnType<typeof createMetrics>;
