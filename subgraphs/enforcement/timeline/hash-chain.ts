import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same value always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hashed content of one timeline event. */
export interface ChainedEvent {
  id: string;
  caseId: string;
  seq: number;
  action: string;
  actorSubject: string | null;
  at: Date;
  reason: string | null;
  before: unknown;
  after: unknown;
  prevHash: string | null;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the previous hash and the canonical JSON of the event's content. */
export function eventHash(e: Omit<ChainedEvent, 'hash' | 'id' | 'prevHash'>, prevHash: string | null): string {
  const content = canonicalJson({
    caseId: e.caseId,
    seq: e.seq,
    action: e.action,
    actorSubject: e.actorSubject,
    at: e.at,
    reason: e.reason,
    before: e.before,
    after: e.after,
  });
  return createHash('sha256')
    .update(`${prevHash ?? GENESIS_HASH}\n${content}`)
    .digest('hex');
}

export interface ChainVerdict {
  valid: boolean;
  firstBrokenEventId: string | null;
}

/** Recomputes the chain of one case's events (ordered by seq): the first event whose link or hash is wrong. */
export function verifyChain(events: readonly ChainedEvent[]): ChainVerdict {
  let prev: string | null = null;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prev || eventHash(e, prev) !== e.hash) {
      return { valid: false, firstBrokenEventId: e.id };
    }
    prev = e.hash;
  }
  return { valid: true, firstBrokenEventId: null };
}
