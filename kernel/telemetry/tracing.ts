import type { IncomingMessage } from 'node:http';

import type { TracingConfig } from '../config/tracing-config';
import { redactSqlLiterals } from './redact';

/** Span attribute carrying the request id (`x-request-id`) the gateway gives every request and its logs. */
export const REQUEST_ID_ATTRIBUTE = 'ceg.request_id';

export interface Tracing {
  /** Flushes the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Tracing of a subgraph process (OpenTelemetry Node SDK, OTLP/HTTP exporter): HTTP server and client spans
 * (the gateway's `traceparent` makes them children of its trace), GraphQL parse/validate/execute and the
 * non-trivial resolvers (list items merged), and every PostgreSQL statement (string literals redacted). Call it before the server's
 * modules are loaded, so `http`, `graphql` and `pg` are instrumented. Off: returns undefined and loads nothing.
 */
export async function startNodeTracing(config: TracingConfig, service: string): Promise<Tracing | undefined> {
  if (!config.enabled) {
    return undefined;
  }
  const [{ NodeSDK }, { OTLPTraceExporter }, { HttpInstrumentation }, { GraphQLInstrumentation }, { PgInstrumentation }, base] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/sdk-trace-base'),
  ]);
  const sdk = new NodeSDK({
    serviceName: config.serviceName ?? service,
    traceExporter: new OTLPTraceExporter({ url: config.url, headers: config.headers }),
    sampler: new base.ParentBasedSampler({ root: new base.TraceIdRatioBasedSampler(config.sampleRatio) }),
    // traces only: metrics are Prometheus' (/metrics) and logs are pino's; without these the SDK would also start
    // OTLP metric and log exporters from its own defaults
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? ''),
        requestHook: (span, req) => {
          const id = (req as IncomingMessage).headers?.['x-request-id'];
          if (typeof id === 'string') {
            span.setAttribute(REQUEST_ID_ATTRIBUTE, id);
          }
        },
      }),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      // no parameter values, string literals redacted, and only statements inside a traced request or job
      new PgInstrumentation({
        enhancedDatabaseReporting: false,
        requireParentSpan: true,
        requestHook: (span, { query }) => span.setAttribute('db.query.text', redactSqlLiterals(query.text)),
      }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
