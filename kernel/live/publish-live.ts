import type { EntityManager } from '@mikro-orm/postgresql';

/** A change subscribers may follow: `topic` names the kind (e.g. `report.progress`), `key` the thing followed. */
export interface LiveEvent {
  topic: string;
  key: string;
  /** Small facts about the change (ids, the new status); subscribers re-read the rest. NOTIFY caps it at 8000 bytes. */
  data?: Record<string, string | number | boolean | null>;
}

/** One PostgreSQL channel per subgraph schema: instances of a subgraph hear each other, not other subgraphs. */
export function liveChannel(dbSchema: string): string {
  return `ceg_live_${dbSchema}`;
}

/**
 * Announces a change to live subscribers (GraphQL subscriptions) of every instance of this subgraph. Sent with
 * `pg_notify` in the caller's transaction: PostgreSQL delivers it only when that transaction commits, once to each
 * listening instance, after the change is visible. Call it with the transactional EntityManager.
 */
export async function publishLive(em: EntityManager, event: LiveEvent): Promise<void> {
  const channel = liveChannel(em.config.get<'schema', string>('schema'));
  await em.execute('select pg_notify(?, ?)', [channel, JSON.stringify(event)]);
}
