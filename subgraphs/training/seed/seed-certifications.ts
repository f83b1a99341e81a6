import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoBadge, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { Certification } from '../certification/certification.entity';
import { addYears, CERTIFICATION_VALIDITY_YEARS } from '../certification/duty-eligibility';

/**
 * 执法资格 of the demo roster: certified in 2024–2026 (officers 7 and 25, the new hires, not yet); those issued in
 * early 2024 expire in early 2027 (the expiring list); officer 10 expired; officer 11 suspended by a superseding record.
 */
export async function seedCertifications(em: EntityManager): Promise<number> {
  if ((await em.count(Certification, {})) > 0) {
    return 0;
  }
  let n = 0;
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    if (o === 7 || o === 25) {
      continue;
    }
    const issuedOn = o === 10 ? '2023-03-15' : `${2024 + (o % 3)}-${String(1 + (o % 12)).padStart(2, '0')}-15`;
    const first = em.create(Certification, {
      id: seedId('certification', `${o}:1`),
      officerId: demoOfficerId(o),
      number: `LXZF-${issuedOn.slice(0, 4)}-${demoBadge(o).slice(-4)}`,
      issuedOn,
      expiresOn: addYears(issuedOn, CERTIFICATION_VALIDITY_YEARS),
      reason: '通过年度执法资格认证考试',
      issuedBy: 'trainer-seed',
    });
    n += 1;
    if (o === 11) {
      em.create(Certification, {
        id: seedId('certification', `${o}:2`),
        officerId: first.officerId,
        number: first.number,
        issuedOn: first.issuedOn,
        expiresOn: first.expiresOn,
        suspended: true,
        supersedesId: first.id,
        reason: '涉嫌违规执法被投诉，调查期间暂停执法资格',
        issuedBy: 'trainer-seed',
      });
      n += 1;
    }
  }
  await em.flush();
  return n;
}
