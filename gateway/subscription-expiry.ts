import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';

import { callerOf } from './auth-plugin';

/** What a subscriber receives when its token expires, before the stream ends. */
const tokenExpired = (): ExecutionResult => ({
  errors: [new GraphQLError('Token expired: subscribe again with a fresh token', { extensions: { code: 'UNAUTHENTICATED' } })],
});

/**
 * `source` until `at` (ms since the epoch); then one `last` result and the end. Returning it (the client left)
 * closes the source at once, even while it waits for the next event.
 */
export function until<T>(source: AsyncIterable<T>, at: number, last: T): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  let state: 'open' | 'expired' | 'done' = 'open';
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), Math.max(0, at - Date.now()))));
  const finish = async (): Promise<IteratorResult<T>> => {
    state = 'done';
    clearTimeout(timer);
    await iterator.return?.();
    return { value: undefined, done: true };
  };
  const self: AsyncIterableIterator<T> = {
    async next() {
      if (state !== 'open') {
        return finish();
      }
      const next = await Promise.race([iterator.next(), expired]);
      if (next === 'expired') {
        state = 'expired';
        return { value: last, done: false };
      }
      if (next.done) {
        return finish();
      }
      return next;
    },
    return: finish,
    [Symbol.asyncIterator]: () => self,
  };
  return self;
}

/**
 * A subscription lives no longer than the token that opened it: when the token expires the subscriber receives
 * UNAUTHENTICATED and the stream ends (over SSE and WebSocket alike), so a revoked or lapsed caller stops seeing
 * changes. Anonymous subscriptions (public data) are not limited.
 */
export function useSubscriptionExpiry(): GatewayPlugin {
  return {
    onSubscribe({ args }) {
      const expiresAt = callerOf(args.contextValue)?.expiresAt;
      if (!expiresAt) {
        return;
      }
      return {
        onSubscribeResult({ result, setResult }) {
          if (Symbol.asyncIterator in result) {
            setResult(until(result as AsyncIterable<ExecutionResult>, expiresAt, tokenExpired()));
          }
        },
      };
    },
  };
}
