import type { EntityManager } from '@mikro-orm/postgresql';

import { ANONYMOUS } from '../auth/actor';
import { IDENTITY_HEADER, signIdentity } from '../auth/identity';
import type { SubgraphName } from '../config/load-config';
import type { Logger } from '../log/logger';
import { inSpan, SpanKind, traceHeaders } from '../telemetry/trace-context';

export const MAX_ATTEMPTS = 25;
const BATCH = 20;

/** Exponential back-off: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(300, 2 ** Math.max(0, attempts - 1));
}

interface Row {
  id: string;
  destination: SubgraphName;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  trace_context: string | null;
}

export interface RelayOptions {
  source: string;
  identitySecret: string;
  /** URL of a subgraph's /graphql endpoint, by name; undefined when unknown right now. */
  peerUrl: (name: SubgraphName) => string | undefined;
  log: Logger;
  timeoutMs?: number;
}

/** One delivery, traced as a child of the request that wrote the message (its traceparent goes to the consumer). */
function deliver(row: Row, options: RelayOptions): Promise<string | null> {
  const attributes = {
    'messaging.system': 'outbox',
    'messaging.operation': 'publish',
    'messaging.destination.name': row.topic,
    'messaging.message.id': row.id,
  };
  return inSpan(`outbox deliver ${row.topic}`, { kind: SpanKind.PRODUCER, attributes, traceparent: row.trace_context }, () => post(row, options));
}

async function post(row: Row, options: RelayOptions): Promise<string | null> {
  const url = options.peerUrl(row.destination)?.replace(/\/graphql$/, '/events');
  if (!url) {
    return `no URL for subgraph ${row.destination}`;
  }
  const actor = { ...ANONYMOUS, subject: `subgraph:${options.source}`, roles: ['ADMIN' as const], name: options.source };
  try {
    const body = JSON.stringify({ id: row.id, source: options.source, topic: row.topic, payload: row.payload });
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...traceHeaders(),
        [IDENTITY_HEADER]: signIdentity(actor, row.id, options.identitySecret, Date.now(), undefined, body),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    return res.ok ? null : `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Delivers due outbox messages at least once (the consumer dedupes by id). Rows are locked with SKIP LOCKED,
 * so several instances of a subgraph can relay in parallel. Returns the number delivered.
 */
export async function relayOutbox(em: EntityManager, options: RelayOptions): Promise<number> {
  const schema = em.config.get('schema');
  let delivered = 0;
  await em.transactional(async (tx) => {
    const rows: Row[] = await tx.execute(
      `select id, destination, topic, payload, attempts, trace_context from "${schema}".outbox_message
       where delivered_at is null and dead_at is null and next_attempt_at <= now()
       order by created_at limit ${BATCH} for update skip locked`,
    );
    for (const row of rows) {
      const error = await deliver(row, options);
      if (!error) {
        delivered += 1;
        await tx.execute(`update "${schema}".outbox_message set delivered_at = now(), attempts = attempts + 1 where id = ?`, [row.id]);
        continue;
      }
      const attempts = row.attempts + 1;
      options.log.warn({ messageId: row.id, topic: row.topic, attempts, error }, 'outbox delivery failed; will retry');
      await tx.execute(
        `update "${schema}".outbox_message set attempts = ?, last_error = ?,
           next_attempt_at = now() + (? || ' seconds')::interval,
           dead_at = case when ? then now() else null end
         where id = ?`,
        [attempts, error, String(retryDelaySeconds(attempts)), attempts >= MAX_ATTEMPTS, row.id],
      );
    }
  });
  return delivered;
}
