import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { GRID_CELLS } from '../../../kernel/demo/demo-grid';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { Volunteer } from '../volunteer/volunteer.entity';
import { GIVEN_NAMES, SKILL_SETS, SURNAMES } from './volunteers.data';
import { SEED_NOW } from './seed-reports';

export const DEMO_VOLUNTEERS = 90;

function statusOf(i: number): VolunteerStatus {
  if (i % 15 === 13) {
    return VolunteerStatus.PENDING;
  }
  if (i % 30 === 14) {
    return VolunteerStatus.REJECTED;
  }
  if (i % 45 === 29) {
    return VolunteerStatus.SUSPENDED;
  }
  return VolunteerStatus.ACTIVE;
}

/**
 * 90 volunteers. The first 40 use the subjects `citizen-0` … `citizen-39` that also filed the signed-in demo
 * reports, so their resolved reports earn points; the others are `volunteer-40` ….
 */
export function seedVolunteers(em: EntityManager): Volunteer[] {
  return Array.from({ length: DEMO_VOLUNTEERS }, (_, i) => {
    const status = statusOf(i);
    return em.create(Volunteer, {
      id: seedId('volunteer', String(i)),
      subject: i < 40 ? `citizen-${i}` : `volunteer-${i}`,
      name: SURNAMES[i % SURNAMES.length] + GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length],
      phone: `1370579${String(1000 + i).slice(-4)}`,
      skills: SKILL_SETS[i % SKILL_SETS.length],
      status,
      gridCode: GRID_CELLS[i % GRID_CELLS.length].code,
      vettingNote: status === VolunteerStatus.PENDING ? null : status === VolunteerStatus.ACTIVE ? '资料齐全，审核通过' : '经核查暂不符合条件',
      vettedAt: status === VolunteerStatus.PENDING ? null : new Date(SEED_NOW - (100 - i) * 86_400_000),
      createdAt: new Date(SEED_NOW - (120 - i) * 86_400_000),
    });
  });
}
