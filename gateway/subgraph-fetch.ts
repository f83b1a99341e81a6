import { STATUS_CODES } from 'node:http';

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Agent, request } from 'undici';

import { flatHeaders } from '../kernel/http/node-http';
import type { FetchFn } from './subgraph-instances';

export type ResponseClass = new (body: string, init: ResponseInit) => Response;

/** The subgraph requests sent on undici's own client: plain JSON POSTs whose answer is read whole. */
export function isPlainPost(url: string, init: RequestInit | undefined): init is RequestInit & { body: string } {
  if (!init || init.method !== 'POST' || typeof init.body !== 'string' || !url.startsWith('http')) {
    return false;
  }
  const headers = init.headers as Record<string, string> | undefined;
  if (!headers || typeof headers !== 'object' || Array.isArray(headers) || headers instanceof Headers) {
    return false;
  }
  // a subscription's event stream is read as it comes; the runtime's own fetch does that
  return !(headers.accept ?? headers.Accept ?? '').includes('text/event-stream');
}

/**
 * Sends the gateway's subgraph requests with undici's `request` (Node's own HTTP client, without the fetch
 * ponyfill's streams, abort controller and `DOMException` per call). Only plain JSON POSTs take this path:
 * anything else (a subscription's event stream, a non-string body) goes to the runtime's fetch as before.
 * The answer is read whole and handed on as the runtime's own `Response`, so every later hook sees what it saw.
 * Connection failures keep their codes (ECONNREFUSED, UND_ERR_SOCKET), which the instance pool reads.
 */
export function useSubgraphFetch(agent: Agent): GatewayPlugin {
  let send: FetchFn | undefined;
  return {
    onYogaInit({ yoga }) {
      send = subgraphFetch(agent, yoga.fetchAPI.Response);
    },
    onFetch({ fetchFn, setFetchFn }) {
      if (!send) {
        return;
      }
      const [fast, fallback] = [send, fetchFn as FetchFn];
      setFetchFn(((url: string, init?: RequestInit, ...rest: never[]) =>
        isPlainPost(url, init) ? fast(url, init) : fallback(url, init, ...rest)) as typeof fetchFn);
    },
  };
}

/** One plain JSON POST on `agent`, its answer read whole into a `ResponseImpl`. */
export function subgraphFetch(agent: Agent, ResponseImpl: ResponseClass): FetchFn {
  return async (url, init) => {
    const res = await request(url, {
      method: 'POST',
      headers: init?.headers as Record<string, string>,
      body: init?.body as string,
      signal: init?.signal ?? undefined,
      dispatcher: agent,
    });
    const text = await res.body.text();
    return new ResponseImpl(text, { status: res.statusCode, statusText: STATUS_CODES[res.statusCode] ?? '', headers: flatHeaders(res.headers) });
  };
}

/** The keep-alive connection pool of the gateway's subgraph requests; closed when the gateway stops. */
export function subgraphAgent(): Agent {
  return new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 60_000 });
}
