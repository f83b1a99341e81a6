import { Client } from 'pg';

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock named `key`, on a connection of its own: instances
 * of one subgraph starting together (docker-compose replicas) migrate and seed one after the other.
 */
export async function withAdvisoryLock<T>(databaseUrl: string, key: string, fn: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Takes a transaction-level advisory lock named `key` inside the transaction of `em` (released at commit or
 * rollback): callers with the same key run that transaction one after the other.
 */
export async function lockForTransaction(em: { execute(sql: string, params: unknown[]): Promise<unknown> }, key: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}
