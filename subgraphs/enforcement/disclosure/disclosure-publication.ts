import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import type { BaseEntity } from '../../../kernel/db/base.entity';
import type { JobDefinition } from '../../../kernel/server/jobs';
import { Case } from '../case/case.entity';
import { Disposition } from '../disposition/disposition.entity';
import { Merchant } from '../party/merchant.entity';
import { PartyKind } from '../party/party-enums';
import { Person } from '../party/person.entity';
import { appendEvent } from '../timeline/append-event';
import { Unit } from '../unit/unit.entity';
import { ViolationType } from '../violation-type/violation-type.entity';
import { DisclosureStatus, WithholdGround } from './disclosure-enums';
import { thresholdsInForce } from '../thresholds/thresholds-rules';
import { loadThresholdVersions, thresholdsAt } from '../thresholds/thresholds.service';
import { decisionText, isMinorAt, publicationDueBy, surnameOnly } from './disclosure-rules';
import { PenaltyDisclosure } from './penalty-disclosure.entity';

/** A disclosure before it is stored. */
export type DisclosureRow = Omit<PenaltyDisclosure, keyof BaseEntity>;

export interface PublishOptions {
  limit: number;
  /** Append DISCLOSURE_PUBLISHED / DISCLOSURE_WITHHELD to each case's timeline (not for seeded history). */
  timeline: boolean;
  publishedAt?: (decidedAt: Date) => Date;
}

/**
 * Penalty decisions still waiting for disclosure whose hold-back window has passed, claimed with SKIP LOCKED. Only the
 * waiting ones are in the partial index disposition_disclosure_pending_index, so each run reads what is due and no more,
 * however many decisions were published before (tests/scale/scale-plans.int.test.ts checks the plan).
 */
export const CLAIM_DUE_SQL = `select d.id from enforcement.disposition d
  where d.disclosure_pending and d.decided_at <= ?
  order by d.decided_at, d.id limit ? for update of d skip locked`;

async function claimUndisclosed(em: EntityManager, now: Date, reviewHours: number, limit: number): Promise<Disposition[]> {
  const rows: Array<{ id: string }> = await em
    .getConnection()
    .execute(CLAIM_DUE_SQL, [new Date(now.getTime() - reviewHours * 3600_000), limit], 'all', em.getTransactionContext());
  return rows.length === 0 ? [] : em.find(Disposition, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { decidedAt: 'asc', id: 'asc' } });
}

/** The public record of a decision: what the rules allow, the person by surname, withheld for a minor. */
export async function disclosuresFor(em: EntityManager, dispositions: Disposition[], cases: Case[]): Promise<DisclosureRow[]> {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const ids = (kind: PartyKind) => cases.filter((c) => c.partyKind === kind).map((c) => c.partyId);
  // one after the other: `em` is the publishing transaction, whose one connection runs one statement at a time
  // (concurrent queries on one pg client are deprecated and go in pg 9)
  const units = await em.find(Unit, { id: { $in: [...new Set(cases.map((c) => c.unit.id))] } });
  const types = await em.find(ViolationType, { code: { $in: [...new Set(cases.map((c) => c.violationType.code))] } });
  const persons = await em.find(Person, { id: { $in: ids(PartyKind.PERSON) } });
  const merchants = await em.find(Merchant, { id: { $in: ids(PartyKind.MERCHANT) } });
  const versions = await loadThresholdVersions(em);
  const find = <T extends { id?: string; code?: string }>(rows: T[], key: string) => rows.find((r) => (r.id ?? r.code) === key)!;
  return dispositions.map((d) => {
    const c = byId.get(d.case.id)!;
    const type = find(types, c.violationType.code);
    const person = c.partyKind === PartyKind.PERSON ? find(persons, c.partyId) : null;
    const merchant = c.partyKind === PartyKind.MERCHANT ? find(merchants, c.partyId) : null;
    const minor = person ? isMinorAt(person.idNumber, d.decidedAt) : false;
    return {
      dispositionId: d.id,
      caseId: c.id,
      caseNumber: c.number,
      unitId: c.unit.id,
      unitName: find(units, c.unit.id).name,
      status: minor ? DisclosureStatus.WITHHELD : DisclosureStatus.PUBLISHED,
      violationTypeCode: type.code,
      violationName: type.nameZh,
      legalBasis: `${type.legalBasisLaw}${type.legalBasisArticle}`,
      decision: decisionText(d.fineYuan!, d.measures, d.confiscatedValueYuan ?? null),
      fineYuan: d.fineYuan!,
      partyKind: c.partyKind,
      partyName: person ? surnameOnly(person.name) : merchant!.name,
      partyCreditCode: merchant?.creditCode ?? null,
      decidedAt: d.decidedAt,
      dueBy: publicationDueBy(d.decidedAt, thresholdsInForce(versions, d.decidedAt).publicationWorkingDays),
      publishedAt: null,
      withholdGround: minor ? WithholdGround.MINOR : null,
      withholdReason: minor ? '当事人为未成年人，依法不予公开（《未成年人保护法》）' : null,
    };
  });
}

/** Publishes (or, for a minor, withholds) every claimed decision; returns how many were handled. */
export async function publishDueDecisions(em: EntityManager, now: Date, options: PublishOptions): Promise<number> {
  const claimed = await claimUndisclosed(em, now, (await thresholdsAt(em, now)).disclosureReviewHours, options.limit);
  if (claimed.length === 0) {
    return 0;
  }
  // a case someone is changing right now (its row locked for the timeline) is published on the next run
  const cases = await em.find(Case, { id: { $in: [...new Set(claimed.map((d) => d.case.id))] } }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
  const ours = claimed.filter((d) => cases.some((c) => c.id === d.case.id));
  ours.forEach((d) => (d.disclosurePending = false));
  for (const row of await disclosuresFor(em, ours, cases)) {
    const published = row.status === DisclosureStatus.PUBLISHED;
    const at = published ? (options.publishedAt?.(row.decidedAt) ?? now) : null;
    const disclosure = em.create(PenaltyDisclosure, { ...row, publishedAt: at });
    if (options.timeline) {
      await appendEvent(em, row.caseId, {
        action: published ? 'DISCLOSURE_PUBLISHED' : 'DISCLOSURE_WITHHELD',
        actorSubject: 'subgraph:enforcement',
        at: now,
        reason: published ? null : row.withholdReason,
        after: { disclosureId: disclosure.id, status: row.status, dueBy: row.dueBy },
      });
    }
  }
  return ours.length;
}

/** 行政执法公示: publishes penalty decisions once their hold-back window has passed, well inside the publication deadline. */
export const disclosurePublicationJob: JobDefinition = {
  name: 'disclosure-publication',
  everyMs: 60_000,
  run({ scope }) {
    return scope.em.transactional((em) => publishDueDecisions(em, new Date(), { limit: 200, timeline: true }));
  },
};
