import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { trace } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

import type { TracingConfig } from '../kernel/config/tracing-config';
import { REQUEST_ID_ATTRIBUTE } from '../kernel/telemetry/tracing';
import type { Tracing } from '../kernel/telemetry/tracing';
import { withRedactedDocument } from '../kernel/telemetry/redact';
import { callerOf } from './auth-plugin';

/**
 * The gateway's tracing through the runtime's own OpenTelemetry support (@graphql-hive/plugin-opentelemetry):
 * the setup registers the OTLP/HTTP exporter once per process; the plugin (see `gatewayTracingPlugins`) records
 * the HTTP request, parse, validate, plan and execute, one span per subgraph call, and sends `traceparent` to the
 * subgraphs. Documents are exported with their string literals redacted. Off: returns undefined and loads nothing.
 */
export async function startGatewayTracing(config: TracingConfig, service = 'ceg-gateway'): Promise<Tracing | undefined> {
  if (!config.enabled) {
    return undefined;
  }
  const [{ openTelemetrySetup }, { AsyncLocalStorageContextManager }, { OTLPTraceExporter }, base] = await Promise.all([
    import('@graphql-hive/plugin-opentelemetry/setup'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/sdk-trace-base'),
  ]);
  const otlp = new OTLPTraceExporter({ url: config.url, headers: config.headers });
  // the runtime records each operation's document: literals a client wrote into it are redacted before export
  const exporter: SpanExporter = {
    export: (spans, done) => otlp.export(spans.map(withRedactedDocument), done),
    shutdown: () => otlp.shutdown(),
    forceFlush: () => otlp.forceFlush(),
  };
  const processor = new base.BatchSpanProcessor(exporter);
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    resource: { serviceName: config.serviceName ?? service },
    traces: { processors: [processor] },
    samplingRate: config.sampleRatio,
    configureDiagLogger: false,
  });
  return { shutdown: () => processor.shutdown() };
}

/** The runtime's OpenTelemetry plugin, and the request id (the one in logs and sent to subgraphs) on the HTTP span. */
export function gatewayTracingPlugins(): GatewayPlugin[] {
  // loaded only when tracing is configured
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { useOpenTelemetry } = require('@graphql-hive/plugin-opentelemetry') as typeof import('@graphql-hive/plugin-opentelemetry');
  const otel = useOpenTelemetry({ traces: true });
  const requestId: GatewayPlugin = {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const id = callerOf(args.contextValue)?.requestId;
      const span = request && trace.getSpan(otel.getHttpContext(request) ?? otel.getActiveContext({ request }));
      if (id && span) {
        span.setAttribute(REQUEST_ID_ATTRIBUTE, id);
      }
    },
  };
  return [otel as GatewayPlugin, requestId];
}
