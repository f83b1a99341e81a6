/** A closed-loop load generator over keep-alive HTTP: `concurrency` clients, each sends its next request when the last one answered. */
import http from 'node:http';

export interface LoadRequest {
  body: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  firstError?: string;
  seconds: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One POST; resolves with the status and the body text. A kept-alive socket the server closed while idle (its
 * keep-alive timeout ran out between two cells) is retried once on a new one, as browsers and HTTP clients do.
 */
export function post(url: string, req: LoadRequest, retried = false): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', ...req.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    r.on('error', (err: NodeJS.ErrnoException) => {
      if (!retried && r.reusedSocket && err.code === 'ECONNRESET') {
        resolve(post(url, req, true));
      } else {
        reject(err);
      }
    });
    r.end(req.body);
  });
}

/** Sends `requests` requests made by `make(i, worker)` with `concurrency` in flight; counts GraphQL errors as errors. */
export async function runLoad(
  url: string,
  make: (i: number, worker: number) => LoadRequest | Promise<LoadRequest>,
  requests: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const worker = async (w: number) => {
    while (next < requests) {
      const i = next++;
      const request = await make(i, w);
      const t = performance.now();
      const { status, text } = await post(url, request);
      latencies.push(performance.now() - t);
      if (status !== 200 || text.includes('"errors"')) {
        errors += 1;
        firstError ??= `${status} ${text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    firstError,
    seconds,
  };
}
