import { createServer } from 'node:http';

import { closeServer, listenOn } from '../../kernel/http/listen';

/** One span as the OTLP/HTTP JSON encoding sends it, with its service's name. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean | undefined>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpRequest {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { spans?: (Omit<ReceivedSpan, 'attributes' | 'service'> & { attributes?: OtlpAttribute[] })[] }[];
  }[];
}

const value = (v: OtlpValue) => v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : (v.boolValue ?? v.doubleValue));
const attributes = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map((a) => [a.key, value(a.value)]));

/** A tiny OTLP/HTTP (JSON) trace receiver, what a collector would be: it keeps every span it is sent. */
/** Traces in JSON only (OTEL_EXPORTER_OTLP_PROTOCOL=http/json); anything else (metrics, logs, protobuf) is refused and listed in `refused`. */
export async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; refused: string[]; stop(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const refused: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url !== '/v1/traces' || !String(req.headers['content-type']).startsWith('application/json')) {
        refused.push(`${req.url} ${req.headers['content-type']} ${req.headers['user-agent']}`);
        res.writeHead(415).end();
        return;
      }
      const request = JSON.parse(body || '{}') as OtlpRequest;
      for (const resource of request.resourceSpans ?? []) {
        const service = String(attributes(resource.resource?.attributes)['service.name']);
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({ ...span, service, attributes: attributes(span.attributes) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const url = await listenOn(server, 0, '127.0.0.1', '');
  return { url, spans, refused, stop: () => closeServer(server) };
}
