import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { Cohort } from '../cohort/cohort.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { Enrollment } from '../enrollment/enrollment.entity';
import { rosterReplica } from './roster-replica';
import { courseSeedId } from './seed-courses';

/**
 * 2026 assignments: every officer has COM-101 due 2026-12-31 (some started), the first twelve had DIG-101 due
 * 2026-10-31 (overdue), and the new hires of 2025–2026 (a cohort) have NEW-001: the first completed, the others not.
 */
export async function seedEnrollments(em: EntityManager): Promise<number> {
  if ((await em.count(Enrollment, {})) > 0) {
    return 0;
  }
  const roster = rosterReplica();
  const newHires = roster.map((r, i) => ({ ...r, i })).filter((r) => r.hiredOn >= '2025-01-01');
  em.create(Cohort, { id: seedId('cohort', '2026-new-hires'), name: '2025—2026年新入职队员培训班', officerIds: newHires.map((r) => r.officerId) });
  let n = 0;
  const add = (o: number, code: string, dueOn: string, state: EnrollmentStatus) => {
    em.create(Enrollment, {
      id: seedId('enrollment', `${o}:${code}`),
      officerId: demoOfficerId(o),
      courseId: courseSeedId(code),
      dueOn,
      assignedBy: 'trainer-seed',
      createdAt: new Date('2026-08-20T01:00:00Z'), // assigned before the autumn term, not at seed time (notifications read it)
      status: state,
      startedAt: state === EnrollmentStatus.ASSIGNED ? null : new Date('2026-09-01T01:00:00Z'),
      completedAt: state === EnrollmentStatus.COMPLETED ? new Date('2026-09-20T01:00:00Z') : null,
    });
    n += 1;
  };
  const started = (yes: boolean) => (yes ? EnrollmentStatus.IN_PROGRESS : EnrollmentStatus.ASSIGNED);
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    add(o, 'COM-101', '2026-12-31', started(o % 4 === 0));
    if (o < 12) {
      add(o, 'DIG-101', '2026-10-31', started(o % 3 === 0));
    }
  }
  newHires.forEach((r, k) => add(r.i, 'NEW-001', '2026-12-15', k === 0 ? EnrollmentStatus.COMPLETED : EnrollmentStatus.ASSIGNED));
  await em.flush();
  return n;
}
