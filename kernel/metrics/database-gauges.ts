import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** Connections of the subgraph's write pool in use, idle and awaited, and its size. */
export function poolGauges(orm: MikroORM<PostgreSqlDriver>, registers: Registry[]): void {
  const pool = () => (orm.em.getConnection('write').getKnex().client as { pool?: TarnPool }).pool;
  new Gauge({
    name: 'ceg_db_pool_connections',
    help: 'Database pool connections by state (used, idle, pending acquires, max)',
    labelNames: ['state'],
    registers,
    collect() {
      const p = pool();
      if (p) {
        this.set({ state: 'used' }, p.numUsed());
        this.set({ state: 'idle' }, p.numFree());
        this.set({ state: 'pending' }, p.numPendingAcquires());
        this.set({ state: 'max' }, p.max);
      }
    },
  });
}

/**
 * The outbox at scrape time: undelivered messages, the age of the oldest, dead ones (parked after the last
 * attempt, waiting for an operator). Two statements on partial indexes, run only when Prometheus scrapes.
 */
export function outboxGauges(orm: MikroORM<PostgreSqlDriver>, schema: string, registers: Registry[]): void {
  const read = async () => {
    const [row] = await orm.em.getConnection('write').execute<{ backlog: string; oldest: number | null; dead: string }[]>(
      `select (select count(*) from "${schema}".outbox_message where delivered_at is null and dead_at is null) as backlog,
              (select extract(epoch from now() - min(created_at))::float8 from "${schema}".outbox_message
                where delivered_at is null and dead_at is null) as oldest,
              (select count(*) from "${schema}".outbox_message where dead_at is not null) as dead`,
    );
    return row;
  };
  let pending: ReturnType<typeof read> | null = null;
  // one query serves the three gauges of a scrape
  const shared = () => (pending ??= read().finally(() => setTimeout(() => (pending = null), 0)));
  new Gauge({
    name: 'ceg_outbox_backlog',
    help: 'Outbox messages not yet delivered (and not dead)',
    registers,
    async collect() {
      this.set(Number((await shared()).backlog));
    },
  });
  new Gauge({
    name: 'ceg_outbox_oldest_undelivered_seconds',
    help: 'Age of the oldest undelivered outbox message (0: none)',
    registers,
    async collect() {
      this.set((await shared()).oldest ?? 0);
    },
  });
  new Gauge({
    name: 'ceg_outbox_dead',
    help: 'Outbox messages parked as dead after their last attempt',
    registers,
    async collect() {
      this.set(Number((await shared()).dead));
    },
  });
}
