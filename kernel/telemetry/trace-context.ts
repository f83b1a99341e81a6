import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { SpanOptions } from '@opentelemetry/api';

/**
 * W3C trace context carried by an outbox message: taken from the request that wrote it, restored by the relay
 * that delivers it and by the consumer that applies it, so the three are one trace. With tracing off the
 * OpenTelemetry API is a no-op: nothing is recorded and messages carry null.
 */
export function currentTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The headers that continue the active trace in another service (`traceparent`, `tracestate`). */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

const tracer = () => trace.getTracer('civic-enforcement-graph');

/** Runs `fn` in a span; `traceparent` (from a message) makes it a child of that trace, else of the active one. */
export function inSpan<T>(name: string, options: SpanOptions & { traceparent?: string | null }, fn: () => Promise<T>): Promise<T> {
  const parent = options.traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent: options.traceparent }) : context.active();
  return tracer().startActiveSpan(name, options, parent, async (span) => {
    try {
      return await fn();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };
