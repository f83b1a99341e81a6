/**
 * The stack as separate Node processes — one per subgraph and one for the gateway — so that the services use
 * every core. `npm start` and the benchmark use it. The parent owns the database; each child is told its URL,
 * its port and the URLs of the others through the environment, and stops when the parent disconnects.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

import { SUBGRAPH_NAMES } from '../kernel/config/load-config';
import type { SubgraphName } from '../kernel/config/load-config';
import { freePort } from '../kernel/http/free-port';

/** Where the entry points are: the project root, or dist/ when compiled. */
const ROOT = path.resolve(__dirname, '..');

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

export interface ProcessStack {
  gateway: ServiceProcess;
  subgraphs: ServiceProcess[];
  stop(): Promise<void>;
}

export interface ProcessStackOptions {
  /** Environment every service gets (secrets, log level …); DATABASE_URL is set from `databaseUrl`. */
  env: Record<string, string | undefined>;
  databaseUrl: string;
  /** Fixed ports, or free ones picked by the OS (tests, benchmark). */
  ports: 'free' | ({ gateway: number } & Record<SubgraphName, number>);
  /** Children's stdout/stderr: shown (npm start) or dropped. */
  output: 'inherit' | 'ignore';
  /** Extra Node flags for every service (e.g. the benchmark's --cpu-prof; not allowed in NODE_OPTIONS). */
  nodeArgs?: string[];
  /** All four subgraphs in one process (each on its own port) beside the gateway's: two processes, less memory. */
  subgraphsTogether?: boolean;
}

/** Compiled (`npm run build`, dist/) when this file runs compiled, TypeScript through swc otherwise. */
const COMPILED = __filename.endsWith('.js');

/**
 * V8 heap sizes for every service process unless the caller names its own. Node sizes the young generation and the
 * old-space limit for a whole machine; four services each growing to those sizes held 1.5 GiB after the benchmark.
 * A 160 MiB old-space limit keeps each service near its live data. The young generation is where a GraphQL request's
 * garbage dies (a roster request allocates about 2.6 MB in the enforcement subgraph): a 16 MiB semi-space gave
 * 15–30 % less CPU per request than 4 MiB (scavenges were a fifth of the subgraph's busy time) for about 100 MiB
 * more PSS over five processes; 32 MiB another 7–10 % at 8 concurrent requests and 17–21 % at 32 (the requests in
 * flight no longer get promoted) for about 130 MiB more, measured side by side in the README.
 * `--subgraphs-together` with a small young generation is the layout for small memory.
 */
export const SERVICE_HEAP_FLAGS = ['--max-semi-space-size=32', '--max-old-space-size=160'];

/** Node flags given as one option's text (`--service-flags="--a=1 --b"` of npm start and the bench). */
export function nodeFlags(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function withHeapFlags(nodeArgs: string[]): string[] {
  const own = (flag: string) => nodeArgs.some((a) => a.startsWith(`${flag}=`));
  return [...SERVICE_HEAP_FLAGS.filter((f) => !own(f.split('=')[0])), ...nodeArgs];
}

/**
 * Starts `script` (a path without extension, from the project root) on this Node, with an IPC channel: the child
 * stops when it closes. Heap sizes: SERVICE_HEAP_FLAGS unless `nodeArgs` sets them.
 */
export function spawnService(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  output: 'inherit' | 'ignore',
  nodeArgs: string[] = [],
): ChildProcess {
  const entry = COMPILED ? [path.join(ROOT, `${script}.js`)] : ['-r', '@swc-node/register', path.join(ROOT, `${script}.ts`)];
  return spawn(process.execPath, [...withHeapFlags(nodeArgs), ...entry, ...args], {
    cwd: process.cwd(),
    env: env,
    // own process group: Ctrl-C reaches the parent only, which stops the children once, in order
    detached: true,
    stdio: ['ignore', output, output, 'ipc'],
  });
}

/** Resolves when `url` answers 200; rejects when the child exits first or after `timeoutMs`. */
export async function waitUntilReady(child: ChildProcess, name: string, url: string, init?: RequestInit, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `${name} exited (${signal ?? code}) before it was ready`;
  });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(exited);
    }
    const ok = await fetch(url, init)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} was not ready at ${url} after ${timeoutMs} ms`);
}

/** Asks a child to stop (SIGTERM), waits for it, and kills it after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Every subgraph of the registry (in parallel: each migrates and seeds its own schema), then the gateway. */
export async function startProcessStack(options: ProcessStackOptions): Promise<ProcessStack> {
  const port = async (name: 'gateway' | SubgraphName) => (options.ports === 'free' ? freePort() : options.ports[name]);
  const base = { ...options.env, DATABASE_URL: options.databaseUrl };
  const urls: Record<string, string> = {};
  const ports: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    ports[name] = await port(name);
    urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
  }
  const children: ServiceProcess[] = [];
  const stopAll = async () => {
    for (const child of new Set([...children].reverse().map((s) => s.child))) {
      await stopChild(child);
    }
  };
  try {
    if (options.subgraphsTogether) {
      const env = { ...base, ...urls, ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_PORT`, String(ports[n])])) };
      // one process holds the four subgraphs: their old-space limits add up
      const child = spawnService('scripts/run-subgraph', [SUBGRAPH_NAMES.join(',')], env, options.output, [
        '--max-old-space-size=480',
        ...(options.nodeArgs ?? []),
      ]);
      children.push(...SUBGRAPH_NAMES.map((name) => ({ name, url: urls[`${name.toUpperCase()}_URL`], child })));
    } else {
      for (const name of SUBGRAPH_NAMES) {
        const env = { ...base, ...urls, [`${name.toUpperCase()}_PORT`]: String(ports[name]) };
        children.push({
          name,
          url: urls[`${name.toUpperCase()}_URL`],
          child: spawnService('scripts/run-subgraph', [name], env, options.output, options.nodeArgs),
        });
      }
    }
    await Promise.all(children.map((s) => waitUntilReady(s.child, s.name, s.url.replace(/\/graphql$/, '/ready'))));
    const gatewayPort = await port('gateway');
    const gatewayEnv = { ...base, ...urls, GATEWAY_PORT: String(gatewayPort) };
    const gateway = {
      name: 'gateway',
      url: `http://127.0.0.1:${gatewayPort}/graphql`,
      child: spawnService('gateway/main', [], gatewayEnv, options.output, options.nodeArgs),
    };
    children.push(gateway);
    await waitUntilReady(gateway.child, 'gateway', gateway.url.replace(/\/graphql$/, '/health'));
    return { gateway, subgraphs: children.slice(0, -1), stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The same stack in ONE child process (`start-all --single-process`), for comparing layouts in the benchmark. */
export async function startSingleProcessStack(options: ProcessStackOptions): Promise<ProcessStack> {
  const port = async (name: 'gateway' | SubgraphName) => (options.ports === 'free' ? freePort() : options.ports[name]);
  const env: Record<string, string | undefined> = { ...options.env, DATABASE_URL: options.databaseUrl };
  const urls: [SubgraphName, string][] = [];
  for (const name of SUBGRAPH_NAMES) {
    const p = await port(name);
    env[`${name.toUpperCase()}_PORT`] = String(p);
    urls.push([name, `http://127.0.0.1:${p}/graphql`]);
  }
  const gatewayPort = await port('gateway');
  env.GATEWAY_PORT = String(gatewayPort);
  // one process holds every service: four times the old-space limit of one
  const child = spawnService('scripts/start-all', ['--single-process'], env, options.output, ['--max-old-space-size=640', ...(options.nodeArgs ?? [])]);
  const gateway = { name: 'gateway', url: `http://127.0.0.1:${gatewayPort}/graphql`, child };
  try {
    await waitUntilReady(child, 'single-process stack', gateway.url.replace(/\/graphql$/, '/health'));
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return { gateway, subgraphs: urls.map(([name, url]) => ({ name, url, child })), stop: () => stopChild(child) };
}
