import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoBadge, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { chinaDate } from '../../../kernel/time/china-time';
import { Certification } from '../certification/certification.entity';
import { addYears, CERTIFICATION_VALIDITY_YEARS } from '../certification/duty-eligibility';

/**
 * Issue date of demo officer `o`'s certificate, relative to the seeding date `today` (year Y): certified in
 * Y-2…Y (never after today), so every certificate is valid and those issued early in Y-2 expire early in Y+1 (the
 * expiring list); officer 10's was issued in Y-4 and expired last year.
 */
export function demoCertificateIssuedOn(o: number, today: string): string {
  const y = Number(today.slice(0, 4));
  if (o === 10) {
    return `${y - 4}-03-15`;
  }
  const issuedOn = `${y - 2 + (o % 3)}-${String(1 + (o % 12)).padStart(2, '0')}-15`;
  return issuedOn <= today ? issuedOn : `${Number(issuedOn.slice(0, 4)) - 1}${issuedOn.slice(4)}`;
}

/**
 * 执法资格 of the demo roster (see demoCertificateIssuedOn): officers 7 and 25, the new hires, not yet certified;
 * officer 10 expired; officer 11 suspended by a superseding record.
 */
export async function seedCertifications(em: EntityManager, today = chinaDate(new Date())): Promise<number> {
  if ((await em.count(Certification, {})) > 0) {
    return 0;
  }
  let n = 0;
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    if (o === 7 || o === 25) {
      continue;
    }
    const issuedOn = demoCertificateIssuedOn(o, today);
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
