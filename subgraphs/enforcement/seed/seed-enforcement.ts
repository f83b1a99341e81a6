import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { demoTile, GRID_CELLS } from '../../../kernel/demo/demo-grid';
import type { Logger } from '../../../kernel/log/logger';
import { Case } from '../case/case.entity';
import { publishCreditSnapshots } from '../credit/credit-snapshot';
import { publishSeededCases } from './seed-case-events';
import { Department } from '../department/department.entity';
import { seedDisclosures } from '../disclosure/seed-disclosures';
import { seedDiscretionBenchmarks } from '../discretion/seed-discretion';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { OfficerGridAssignment } from '../officer/officer-grid-assignment.entity';
import { Merchant } from '../party/merchant.entity';
import { Officer } from '../officer/officer.entity';
import { UnitLevel } from '../unit/unit-level.enum';
import { Unit } from '../unit/unit.entity';
import { ViolationType } from '../violation-type/violation-type.entity';
import { DEPARTMENTS } from './departments.data';
import { officerSeeds } from './officers.data';
import { seedCases } from './seed-cases';
import { BRIGADES, BUREAU, SQUADS } from './units.data';
import { VIOLATION_TYPES } from './violation-types.data';

/** Demo data for 兰溪市: the organisation (skipped when units exist), then the case domain (skipped when cases exist). */
export async function seedEnforcement(em: EntityManager, log: Logger): Promise<void> {
  await seedOrganisation(em, log);
  await seedDiscretionBenchmarks(em, log);
  await seedCaseDomain(em, log);
}

async function seedOrganisation(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Unit, {})) > 0) {
    return;
  }
  await em.transactional(async (tx) => {
    const units = new Map<string, Unit>();
    const unit = (key: string, data: Pick<Unit, 'name' | 'shortName' | 'level' | 'jurisdiction'> & { parent?: Unit }) => {
      const u = tx.create(Unit, { id: seedId('unit', key), ...data });
      units.set(key, u);
      return u;
    };
    const bureau = unit('bureau', BUREAU);
    for (const b of BRIGADES) {
      unit(b.key, { name: b.name, shortName: b.shortName, jurisdiction: b.jurisdiction, level: UnitLevel.BRIGADE, parent: bureau });
    }
    for (const s of SQUADS) {
      const name = `兰溪市综合行政执法局${s.shortName}`;
      unit(s.key, { name, shortName: s.shortName, level: UnitLevel.SQUAD, jurisdiction: s.street, parent: units.get(s.brigade) });
    }
    const officers = officerSeeds(SQUADS.map((s) => s.key)).map((o) =>
      tx.create(Officer, {
        id: seedId('officer', o.badge),
        badgeNumber: o.badge,
        name: o.name,
        unit: units.get(o.unitKey)!,
        position: o.position,
        hiredOn: new Date(o.hiredOn),
        phone: o.phone,
      }),
    );
    for (const [i, g] of GRID_CELLS.entries()) {
      const squadOfficers = officers.filter((o) => o.unit.id === units.get(g.squad)!.id);
      const responsible = squadOfficers[1 + (i % 2)] ?? squadOfficers[0];
      const cell = tx.create(GridCell, {
        code: g.code,
        name: `${g.street}${g.community}网格`,
        district: '兰溪市',
        street: g.street,
        community: g.community,
        ...demoTile(i),
        unit: units.get(g.squad)!,
        responsibleOfficer: responsible,
      });
      for (const o of squadOfficers.slice(1)) {
        tx.create(OfficerGridAssignment, { officer: o, gridCell: cell, since: new Date('2025-01-01') });
      }
    }
    for (const v of VIOLATION_TYPES) {
      tx.create(ViolationType, {
        code: v.code,
        nameZh: v.zh,
        nameEn: v.en,
        category: v.cat,
        legalBasisLaw: v.law,
        legalBasisArticle: v.art,
        fineMinYuan: v.min,
        fineMaxYuan: v.max,
        onExemptionList: v.exempt,
        exemptionConditions: v.conditions,
        laborInLieuAllowed: v.labor,
        rectificationDays: v.days,
        handlingWorkingDays: v.handlingWorkingDays,
      });
    }
    log.info({ units: units.size, officers: officers.length, gridCells: GRID_CELLS.length }, 'seeded enforcement organisation');
  });
}

/** Departments, parties and cases; units are found by their deterministic ids (also on databases seeded earlier). */
async function seedCaseDomain(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Case, {})) > 0 || (await em.count(Unit, {})) === 0) {
    return;
  }
  await em.transactional(async (tx) => {
    if ((await tx.count(Department, {})) === 0) {
      for (const { key, ...d } of DEPARTMENTS) {
        tx.create(Department, { id: seedId('department', key), ...d });
      }
      await tx.flush();
    }
    const cases = seedCases(tx, (squadKey) => seedId('unit', squadKey));
    // the service subgraph learns every demo merchant's credit level (stall priority) through the outbox
    await publishCreditSnapshots(
      tx,
      (await tx.find(Merchant, {}, { fields: ['id'] })).map((m) => m.id),
    );
    await publishSeededCases(tx);
    log.info(cases, 'seeded enforcement cases');
  });
  await seedDisclosures(em, log);
}
