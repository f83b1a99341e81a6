import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { OperationTypeNode } from 'graphql';

/** A fetch as the runtime hands it to `onFetch` hooks. */
export type FetchFn = (url: string, init?: RequestInit, ...rest: never[]) => Promise<Response>;

const CONNECTION_REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const CONNECTION_LOST = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Error codes anywhere in a fetch failure (`cause` chains, and AggregateError when v4 and v6 were both tried). */
function codesOf(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 4) {
    return [];
  }
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown[]; message?: unknown };
  const own = typeof e.code === 'string' ? [e.code] : [];
  const fromMessage = typeof e.message === 'string' ? (e.message.match(/\bE[A-Z_]{4,}\b/g) ?? []) : [];
  const nested = [e.cause, ...(Array.isArray(e.errors) ? e.errors : [])].flatMap((c) => codesOf(c, depth + 1));
  return [...own, ...fromMessage, ...nested];
}

/** The request never reached the instance: safe to send elsewhere, whatever the operation. */
export const neverReached = (err: unknown) => codesOf(err).some((c) => CONNECTION_REFUSED.has(c));
/** The connection broke after the request was sent: only a query may be sent again. */
export const connectionLost = (err: unknown) => codesOf(err).some((c) => CONNECTION_LOST.has(c));

/**
 * The instances of one subgraph. Each request goes to the instance with the fewest requests in flight (ties
 * in turn, so an idle pool is round-robin). An instance that refuses connections rests for `restMs` and the
 * request is sent to the next one; a connection lost mid-request is retried elsewhere only for queries.
 */
export class InstancePool {
  private readonly inFlight: number[];
  private readonly restingUntil: number[];
  private turn = 0;

  constructor(
    readonly urls: string[],
    private readonly restMs = 2000,
    private readonly now: () => number = Date.now,
  ) {
    this.inFlight = urls.map(() => 0);
    this.restingUntil = urls.map(() => 0);
  }

  /** Instance indexes in the order to try them. */
  order(): number[] {
    const n = this.urls.length;
    const start = this.turn++ % n;
    const t = this.now();
    const rotated = Array.from({ length: n }, (_, k) => (start + k) % n);
    const rank = (i: number) => (this.restingUntil[i] > t ? 1_000_000 : 0) + this.inFlight[i];
    return rotated.sort((a, b) => rank(a) - rank(b));
  }

  async fetch(fetchFn: FetchFn, init: RequestInit | undefined, idempotent: boolean, rest: never[]): Promise<Response> {
    let lastError: unknown;
    for (const i of this.order()) {
      this.inFlight[i] += 1;
      try {
        return await fetchFn(this.urls[i], init, ...rest);
      } catch (err) {
        lastError = err;
        const refused = neverReached(err);
        if (refused) {
          this.restingUntil[i] = this.now() + this.restMs;
        }
        if (!refused && !(idempotent && connectionLost(err))) {
          throw err;
        }
      } finally {
        this.inFlight[i] -= 1;
      }
    }
    throw lastError;
  }
}

/** Instances by subgraph name: config (`ENFORCEMENT_URL=a,b`), overridden by URLs given in code (tests, npm start). */
export function subgraphInstances(
  configured: Partial<Record<string, string[]>>,
  overrides: Partial<Record<string, string | string[]>>,
): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [name, urls] of Object.entries({ ...configured, ...overrides })) {
    const list = typeof urls === 'string' ? [urls] : (urls ?? []);
    if (list.length > 0) {
      merged[name] = list;
    }
  }
  return merged;
}

/**
 * Spreads subgraph requests across the instances configured for a subgraph (`ENFORCEMENT_URL=a,b`). The
 * transport is configured with the first URL; requests to it are sent to the pool instead.
 */
export function useSubgraphInstances(instances: Record<string, string[]>): GatewayPlugin {
  const pools = new Map<string, InstancePool>();
  for (const urls of Object.values(instances)) {
    if (urls.length > 1) {
      pools.set(urls[0], new InstancePool(urls));
    }
  }
  return {
    onFetch({ url, fetchFn, setFetchFn, executionRequest }) {
      const pool = pools.get(url);
      if (!pool) {
        return;
      }
      const idempotent = executionRequest?.operationType === OperationTypeNode.QUERY;
      setFetchFn(((_url: string, init?: RequestInit, ...rest: never[]) => pool.fetch(fetchFn as FetchFn, init, idempotent, rest)) as typeof fetchFn);
    },
  };
}
