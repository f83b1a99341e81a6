import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { FormattedExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A subscription a frontend holds open through the gateway, with what it received so far. */
export interface LiveSubscription<T> {
  results: FormattedExecutionResult<T>[];
  /** Resolves once `count` results have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<FormattedExecutionResult<T>[]>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): Promise<void>;
}

function collector<T>() {
  const results: FormattedExecutionResult<T>[] = [];
  const waiters = new Set<() => void>();
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const push = (r: FormattedExecutionResult<T>) => {
    results.push(r);
    waiters.forEach((w) => w());
  };
  const waitFor = (count: number, timeoutMs = 1000) =>
    new Promise<FormattedExecutionResult<T>[]>((resolve, reject) => {
      const check = () => {
        if (results.length >= count) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(results);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`expected ${count} result(s) within ${timeoutMs} ms, got ${results.length}: ${JSON.stringify(results)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return { results, push, waitFor, ended, end };
}

/** Subscribes over server-sent events (POST with `accept: text/event-stream`), as `EventSource`-style clients do. */
export async function subscribeSse<T, V>(url: string, document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<LiveSubscription<T>> {
  const c = collector<T>();
  const abort = new AbortController();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
    signal: abort.signal,
  });
  if (!res.headers.get('content-type')?.includes('text/event-stream')) {
    c.push((await res.json()) as FormattedExecutionResult<T>);
    c.end();
    return { results: c.results, waitFor: c.waitFor, ended: c.ended, close: async () => undefined };
  }
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = message
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (data) {
            c.push(JSON.parse(data) as FormattedExecutionResult<T>);
          }
        }
      }
    } catch {
      // aborted by close()
    }
    c.end();
  })();
  return {
    results: c.results,
    waitFor: c.waitFor,
    ended: c.ended,
    async close() {
      abort.abort();
      await c.ended;
    },
  };
}

/** Subscribes over WebSocket with the graphql-ws protocol, the token in the connection parameters. */
export function subscribeWs<T, V>(
  url: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
): LiveSubscription<T> & { closeCode: Promise<number> } {
  const c = collector<T>();
  let closed!: (code: number) => void;
  const closeCode = new Promise<number>((resolve) => (closed = resolve));
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (event) => closed((event as { code: number }).code) },
  });
  const unsubscribe = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (r) => c.push(r as FormattedExecutionResult<T>),
      error: (err) => {
        c.push({ errors: Array.isArray(err) ? err : [{ message: String((err as Error)?.message ?? err) }] });
        c.end();
      },
      complete: () => c.end(),
    },
  );
  return {
    results: c.results,
    waitFor: c.waitFor,
    ended: c.ended,
    closeCode,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** Waits until the subgraph instances behind `healthUrls` hold `count` live subscriptions between them (0: none left). */
export async function waitForSubscribers(healthUrls: string[], count: number, timeoutMs = 5000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const each = await Promise.all(healthUrls.map(async (u) => ((await (await fetch(u)).json()) as { liveSubscriptions: number }).liveSubscriptions));
    const total = each.reduce((a, b) => a + b, 0);
    if ((count === 0 ? total === 0 : total >= count) || Date.now() > deadline) {
      return each;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
