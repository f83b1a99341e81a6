import type { Actor } from '../../kernel/auth/actor';
import { ANONYMOUS } from '../../kernel/auth/actor';
import type { Role } from '../../kernel/auth/roles';

/** Callers for integration tests (what the gateway would have verified and signed). */
export function actor(roles: Role[], subject: string, extra: Partial<Actor> = {}): Actor {
  return { subject, roles, unitId: null, departmentId: null, name: null, ...extra };
}

export const actors = {
  anonymous: ANONYMOUS,
  citizen: (subject = 'citizen-1') => actor(['CITIZEN'], subject),
  volunteer: (subject = 'volunteer-1') => actor(['VOLUNTEER'], subject),
  observer: (subject = 'observer-1') => actor(['OBSERVER'], subject),
  officer: (subject: string, unitId: string | null = null) => actor(['OFFICER'], subject, { unitId }),
  supervisor: (subject: string, unitId: string | null = null) => actor(['SUPERVISOR'], subject, { unitId }),
  trainer: (subject = 'trainer-1') => actor(['TRAINER'], subject),
  admin: (subject = 'admin-1') => actor(['ADMIN'], subject),
  department: (subject: string, departmentId: string) => actor(['DEPARTMENT'], subject, { departmentId }),
  legalReviewer: (subject = 'legal-reviewer-1') => actor(['LEGAL_REVIEWER'], subject),
};
