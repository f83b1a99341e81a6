import { seedId } from '../../../kernel/db/seed-id';
import { CaseStatus as S } from '../case/case-enums';
import { chainNext } from '../timeline/append-event';
import type { EventInput } from '../timeline/append-event';
import type { ChainedEvent } from '../timeline/hash-chain';
import { DAY, HOUR } from './case-drafts';

export type Row = Record<string, unknown>;

/**
 * Writes one demo case's history the way the services would: every change goes through `step`, which appends a
 * hash-chained event with the before/after snapshot, so seeded timelines verify like live ones.
 */
export class CaseStory {
  readonly events: ChainedEvent[] = [];
  private tail: { seq: number; hash: string } | null = null;
  at: number;

  constructor(
    readonly row: Row,
    readonly officer: string,
    readonly leader: string,
  ) {
    this.at = (row.occurredAt as Date).getTime() + HOUR;
  }

  private snapshot() {
    const c = this.row;
    return { status: c.status, assigneeId: c.assignee, track: c.track, reworkCount: c.reworkCount, dueAt: c.dueAt, closedAt: c.closedAt };
  }

  private push(input: EventInput) {
    const e = chainNext(
      this.row.id as string,
      this.tail,
      { ...input, at: new Date(this.at) },
      seedId('case-event', `${this.row.number as string}-${(this.tail?.seq ?? 0) + 1}`),
    );
    this.events.push(e);
    this.tail = { seq: e.seq, hash: e.hash };
  }

  /** Applies `change` to the case and records it; the clock then moves on `hours`. */
  step(action: string, actor: string, change: Row = {}, extra: Row = {}, reason: string | null = null, hours = 5) {
    const before = this.snapshot();
    Object.assign(this.row, change);
    this.push({ action, actorSubject: actor, reason, before, after: { ...this.snapshot(), ...extra } });
    this.at += hours * HOUR;
  }

  create() {
    this.push({ action: 'CREATE', actorSubject: this.officer, after: { number: this.row.number, ...this.snapshot() } });
    this.at += 2 * HOUR;
  }

  now(): Date {
    return new Date(this.at);
  }

  file() {
    this.step('FILE', this.leader, { status: S.FILED, filedAt: this.now(), dueAt: new Date(this.at + 90 * DAY) });
  }

  close(status: S.CLOSED | S.REJECTED | S.REFERRED, reason: string | null = null) {
    const action = { CLOSED: 'CLOSE', REJECTED: 'REJECT', REFERRED: 'REFER' }[status];
    this.step(action, this.leader, { status, closedAt: this.now() }, {}, reason);
  }
}
