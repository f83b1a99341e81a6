import { z } from 'zod';

/**
 * OpenTelemetry tracing, from the standard OTEL_* variables. Off unless an OTLP endpoint is set (and neither
 * OTEL_SDK_DISABLED=true nor OTEL_TRACES_EXPORTER=none): then no part of the SDK is even loaded.
 */
export interface TracingConfig {
  enabled: boolean;
  /** OTLP/HTTP traces URL: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, else OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces. */
  url?: string;
  /** OTEL_EXPORTER_OTLP_(TRACES_)HEADERS, `key=value,key=value`. */
  headers: Record<string, string>;
  /** OTEL_SERVICE_NAME overrides the service's own name (`ceg-gateway`, `ceg-enforcement` …). */
  serviceName?: string;
  /** OTEL_TRACES_SAMPLER_ARG: share of new traces recorded (0–1); a caller's sampled trace is always followed. */
  sampleRatio: number;
}

/** As the OpenTelemetry specification says, an empty value is the same as an unset one (compose files pass `""`). */
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

export const tracingEnvSchema = z.object({
  OTEL_SDK_DISABLED: unsetIfBlank(z.enum(['true', 'false']).default('false')),
  OTEL_TRACES_EXPORTER: unsetIfBlank(z.string().default('otlp')),
  OTEL_EXPORTER_OTLP_ENDPOINT: unsetIfBlank(z.string().url().optional()),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: unsetIfBlank(z.string().url().optional()),
  OTEL_EXPORTER_OTLP_HEADERS: unsetIfBlank(z.string().optional()),
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: unsetIfBlank(z.string().optional()),
  OTEL_SERVICE_NAME: unsetIfBlank(z.string().optional()),
  OTEL_TRACES_SAMPLER_ARG: unsetIfBlank(z.coerce.number().min(0).max(1).default(1)),
});

function parseHeaders(list: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (list ?? '')
      .split(',')
      .map((pair) => pair.split('=').map((part) => decodeURIComponent(part.trim())))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0].length > 0),
  );
}

export function tracingConfig(e: z.infer<typeof tracingEnvSchema>): TracingConfig {
  const url =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces` : undefined);
  const exporters = e.OTEL_TRACES_EXPORTER.split(',').map((x) => x.trim());
  return {
    enabled: Boolean(url) && e.OTEL_SDK_DISABLED !== 'true' && exporters.includes('otlp'),
    url,
    headers: { ...parseHeaders(e.OTEL_EXPORTER_OTLP_HEADERS), ...parseHeaders(e.OTEL_EXPORTER_OTLP_TRACES_HEADERS) },
    serviceName: e.OTEL_SERVICE_NAME,
    sampleRatio: e.OTEL_TRACES_SAMPLER_ARG,
  };
}

/** For a process entry point that must start tracing before anything else is loaded (no secrets needed). */
export function tracingConfigFromEnvironment(source: Record<string, string | undefined> = process.env): TracingConfig {
  return tracingConfig(tracingEnvSchema.parse(source));
}
