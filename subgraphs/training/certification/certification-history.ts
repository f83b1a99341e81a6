import { chinaDate } from '../../../kernel/time/china-time';

export enum CertificationEventKind {
  GRANTED = 'GRANTED',
  RENEWED = 'RENEWED',
  EXPIRY_CHANGED = 'EXPIRY_CHANGED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  CORRECTED = 'CORRECTED',
  EXPIRED = 'EXPIRED',
}

export interface CertRecord {
  id: string;
  issuedOn: string;
  expiresOn: string;
  suspended: boolean;
  supersedesId: string | null;
  reason: string;
  issuedBy: string | null;
  sourceAttemptId: string | null;
  createdAt: Date;
}

export interface CertEvent<R extends CertRecord = CertRecord> {
  kind: CertificationEventKind;
  occurredOn: string;
  reason: string;
  by: string | null;
  expiresOn: string;
  record: R;
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The chain from its first record to its head (each record supersedes the one before). */
export function chainOrder<R extends CertRecord>(records: R[]): R[] {
  const bySuperseded = new Map(records.filter((r) => r.supersedesId).map((r) => [r.supersedesId!, r]));
  const chain: R[] = [];
  let r = records.find((x) => x.supersedesId === null);
  while (r && chain.length < records.length) {
    chain.push(r);
    r = bySuperseded.get(r.id);
  }
  return chain;
}

/** What one record changed relative to the one it supersedes (a correction may change expiry and suspension). */
function changesOf(prev: CertRecord | null, r: CertRecord): CertificationEventKind[] {
  if (!prev) {
    return r.suspended ? [CertificationEventKind.GRANTED, CertificationEventKind.SUSPENDED] : [CertificationEventKind.GRANTED];
  }
  if (r.sourceAttemptId) {
    return [CertificationEventKind.RENEWED];
  }
  const kinds: CertificationEventKind[] = [];
  if (r.suspended !== prev.suspended) {
    kinds.push(r.suspended ? CertificationEventKind.SUSPENDED : CertificationEventKind.REINSTATED);
  }
  if (r.expiresOn !== prev.expiresOn) {
    kinds.push(CertificationEventKind.EXPIRY_CHANGED);
  }
  return kinds.length > 0 ? kinds : [CertificationEventKind.CORRECTED];
}

/**
 * 资格变更史 — every grant, renewal, correction, suspension (吊销/暂停), reinstatement and expiry of an officer's
 * certification, oldest first. Records are immutable and each supersedes the previous, so the history is read off
 * the chain: a record issued by an exam (or the first one) is a grant/renewal dated its issue date, a trainer's
 * superseding record is dated when it was written, and an expiry is derived — the record in force passed its
 * `expiresOn` (valid through that day, as for 持证上岗) before the next record replaced it or before `today`,
 * so it expired the next day. Events follow the chain (the order the bureau recorded them), not their dates: a
 * back-dated issue date never moves a grant behind the suspension that superseded it.
 */
export function certificationHistory<R extends CertRecord>(records: R[], today: string): CertEvent<R>[] {
  const chain = chainOrder(records);
  const events: CertEvent<R>[] = [];
  let expiredOn: string | null = null;
  chain.forEach((r, i) => {
    const prev = chain[i - 1] ?? null;
    const granted = !prev || r.sourceAttemptId !== null;
    const occurredOn = granted ? r.issuedOn : chinaDate(r.createdAt);
    for (const kind of changesOf(prev, r)) {
      events.push({ kind, occurredOn, reason: r.reason, by: r.issuedBy, expiresOn: r.expiresOn, record: r });
    }
    const next = chain[i + 1];
    const endOfForce = next ? (next.sourceAttemptId !== null ? next.issuedOn : chinaDate(next.createdAt)) : today;
    if (r.expiresOn < endOfForce && expiredOn !== r.expiresOn) {
      expiredOn = r.expiresOn;
      events.push({
        kind: CertificationEventKind.EXPIRED,
        occurredOn: nextDay(r.expiresOn),
        reason: '有效期届满',
        by: null,
        expiresOn: r.expiresOn,
        record: r,
      });
    }
  });
  return events;
}
