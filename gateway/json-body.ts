import type { IncomingMessage, ServerResponse } from 'node:http';

import { readBody } from '../kernel/http/node-http';

const JSON_MEDIA_TYPE = /^\s*application\/(graphql\+)?json\s*(;|$)/i;

/**
 * Reads the body of a JSON POST (`Content-Length` within `maxBytes`) before the runtime sees the request, and
 * hands it over as `req.body`, the way the runtime's Node adapter (@whatwg-node/server) takes a body an Express
 * body parser has read: a parsed object becomes the request's `json()`, and the request has no body stream. That
 * spares every request Yoga's stream-based body-size limit (a TransformStream piped per request, about 6 % of the
 * gateway's CPU under small queries); the limit itself is ours (`useBodyLimit`: 411 without a length, 413 over).
 * A body that is not a JSON object with at least one member is handed over as text, so the runtime parses it and
 * answers as before. Anything else (GET, other media types, no or too large a length) goes to the runtime untouched.
 */
export function withJsonBody(maxBytes: number, handle: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const length = Number(req.headers['content-length']);
    if (req.method !== 'POST' || !(length > 0 && length <= maxBytes) || !JSON_MEDIA_TYPE.test(req.headers['content-type'] ?? '')) {
      handle(req, res);
      return;
    }
    readBody(req, maxBytes).then(
      (text) => {
        (req as IncomingMessage & { body?: unknown }).body = parsedObject(text) ?? text;
        handle(req, res);
      },
      () => req.destroy(),
    );
  };
}

function parsedObject(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && Object.keys(value).length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}
