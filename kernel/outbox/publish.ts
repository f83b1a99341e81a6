import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import type { SubgraphName } from '../config/load-config';
import { currentTraceparent } from '../telemetry/trace-context';

export interface OutgoingMessage {
  /** The subgraph that must learn about the change. */
  to: SubgraphName;
  /** e.g. `case.opened-from-report` */
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * Writes a message to the outbox in the caller's transaction: it is delivered if and only if the change
 * commits. The request's trace context goes with it (relay and consumer continue that trace). Call it inside `em.transactional(...)` with the transactional EntityManager.
 */
export async function publish(em: EntityManager, message: OutgoingMessage): Promise<string> {
  const id = randomUUID();
  const schema = em.config.get('schema');
  await em.execute(`insert into "${schema}".outbox_message (id, destination, topic, payload, trace_context) values (?, ?, ?, ?::jsonb, ?)`, [
    id,
    message.to,
    message.topic,
    JSON.stringify(message.payload),
    currentTraceparent(),
  ]);
  return id;
}
