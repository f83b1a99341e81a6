import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { CaseEvent } from './case-event.entity';
import { eventHash } from './hash-chain';

export interface EventInput {
  action: string;
  actorSubject: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

/** The next link of a chain (pure apart from the id): seq, prevHash and hash from the tail. */
export function chainNext(caseId: string, tail: { seq: number; hash: string } | null, input: EventInput, id: string = randomUUID()) {
  const content = {
    caseId,
    seq: (tail?.seq ?? 0) + 1,
    action: input.action,
    actorSubject: input.actorSubject,
    at: input.at ?? new Date(),
    reason: input.reason ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const prevHash = tail?.hash ?? null;
  return { ...content, id, prevHash, hash: eventHash(content, prevHash) };
}

/**
 * Appends one event to a case's chain (persisted with the caller's transaction). Call after locking the case row
 * (CaseAccess.lockCase), so two writers never read the same tail.
 */
export async function appendEvent(em: EntityManager, caseId: string, input: EventInput): Promise<CaseEvent> {
  const tail = await em.findOne(CaseEvent, { caseId }, { orderBy: { seq: 'desc' } });
  const event = em.create(CaseEvent, chainNext(caseId, tail ? { seq: tail.seq, hash: tail.hash } : null, input));
  em.persist(event);
  return event;
}
