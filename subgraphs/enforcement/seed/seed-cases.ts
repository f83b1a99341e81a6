import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { CaseReview } from '../case-review/case-review.entity';
import { CaseNumberCounter } from '../case/case-number-counter.entity';
import { Case } from '../case/case.entity';
import { Disposition } from '../disposition/disposition.entity';
import { CustodyAction, EvidenceCustodyEvent } from '../custody/custody-event.entity';
import { Evidence } from '../evidence/evidence.entity';
import { FollowUp } from '../follow-up/follow-up.entity';
import { Merchant } from '../party/merchant.entity';
import { PartyKind } from '../party/party-enums';
import { Person } from '../party/person.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { Whistle } from '../whistle/whistle.entity';
import { buildSeedCases } from './cases.builder';
import { seedCredit } from './seed-credit';
import type { SeedParty } from './cases.builder';
import { merchantSeeds, personSeeds } from './parties.data';
import { VIOLATION_TYPES } from './violation-types.data';

/** Parties and ≥ 200 cases of 兰溪 (inside the caller's transaction, after units, officers, grid and types). */
export function seedCases(tx: EntityManager, unitIdOf: (squadKey: string) => string): { parties: number; cases: number } {
  const parties: SeedParty[] = [];
  for (const m of merchantSeeds()) {
    const id = seedId('merchant', m.key);
    tx.create(Merchant, {
      id,
      name: m.name,
      creditCode: m.creditCode,
      businessType: m.type,
      address: m.address,
      operatorName: m.operator,
      operatorPhone: m.phone,
    });
    parties.push({ id, kind: PartyKind.MERCHANT, name: m.name, violations: m.violations });
  }
  for (const p of personSeeds(28)) {
    const id = seedId('person', p.key);
    tx.create(Person, { id, name: p.name, idNumber: p.idNumber, phone: p.phone });
    parties.push({ id, kind: PartyKind.PERSON, name: p.name, violations: p.violations });
  }
  const types = new Map(
    VIOLATION_TYPES.map((v) => [v.code, { code: v.code, zh: v.zh, exempt: v.exempt, labor: v.labor, days: v.days, min: v.min, max: v.max }]),
  );
  const built = buildSeedCases(parties, types, unitIdOf);
  for (const c of built.cases) {
    tx.create(Case, c as never);
  }
  for (const d of built.dispositions) {
    tx.create(Disposition, d as never);
  }
  for (const e of built.evidence) {
    tx.create(Evidence, e as never);
    const added = e as { id: string; capturedBy: string; createdAt: Date };
    tx.create(EvidenceCustodyEvent, { evidenceId: added.id, action: CustodyAction.ADDED, actorSubject: added.capturedBy, at: added.createdAt });
  }
  for (const f of built.followUps) {
    tx.create(FollowUp, f as never);
  }
  for (const w of built.whistles) {
    tx.create(Whistle, w as never);
  }
  for (const r of built.reviews) {
    tx.create(CaseReview, r as never);
  }
  for (const e of built.events) {
    tx.create(CaseEvent, e as never);
  }
  seedCredit(tx, built, parties);
  for (const [year, last] of built.counters) {
    tx.create(CaseNumberCounter, { year, last });
  }
  return { parties: parties.length, cases: built.cases.length };
}
