import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger as RuntimeLogger } from '@graphql-hive/logger';
import useMeshPrometheus from '@graphql-mesh/plugin-prometheus';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

import type { OutcomeSink } from './request-outcome';

/**
 * What the runtime's Prometheus plugin measures here: requests and their latency per operation, and each subgraph
 * call's latency and errors per subgraph. Off: the per-phase timings and the summary (hooks on every request for
 * figures nobody graphs), deprecated-field scanning (walks every document), and the metrics labelled with the
 * request URL or the error path (a label per distinct value: unbounded series).
 */
const METRICS = {
  graphql_envelop_request: true,
  graphql_envelop_request_duration: true,
  graphql_envelop_request_time_summary: false,
  graphql_envelop_deprecated_field: false,
  graphql_envelop_phase_parse: false,
  graphql_envelop_phase_validate: false,
  graphql_envelop_phase_context: false,
  graphql_envelop_phase_execute: false,
  graphql_envelop_phase_subscribe: false,
  graphql_envelop_error_result: false,
  graphql_envelop_execute_resolver: false,
  graphql_envelop_schema_change: true,
  graphql_yoga_http_duration: false,
  graphql_gateway_fetch_duration: false,
  graphql_gateway_subgraph_execute_duration: true,
  graphql_gateway_subgraph_execute_errors: true,
} as const;

export interface GatewayMetrics {
  plugin: GatewayPlugin;
  /** Counts answered requests by HTTP status and errors by `extensions.code` (RATE_LIMITED: rate-limit refusals). */
  sink: OutcomeSink;
}

/** Prometheus `/metrics` on the gateway, with one registry per gateway (tests run several in one process). */
export function gatewayMetrics(log: RuntimeLogger): GatewayMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: 'ceg_gateway_http_requests_total',
    help: 'GraphQL HTTP requests answered, by status (refusals before parsing included)',
    labelNames: ['status'],
    registers,
  });
  const errors = new Counter({
    name: 'ceg_gateway_errors_total',
    help: 'Errors answered to clients, by extensions.code (RATE_LIMITED: rate-limit refusals)',
    labelNames: ['code'],
    registers,
  });
  return {
    plugin: useMeshPrometheus({ log, registry, endpoint: '/metrics', metrics: METRICS, labels: { subgraphName: true } }) as GatewayPlugin,
    sink: (outcome) => {
      requests.inc({ status: String(outcome.status) });
      for (const code of outcome.errorCodes) {
        errors.inc({ code });
      }
    },
  };
}
