import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { isCalendarDate, shanghaiDate, shanghaiYear } from '../enrollment/shanghai-date';
import { trainingHoursByOfficerYear } from '../training-hours/training-hours.loaders';
import { certificationHistory } from './certification-history';
import type { CertEvent } from './certification-history';
import { certificationRecordsByOfficer } from './certification-history.loaders';
import { Certification } from './certification.entity';
import { currentCertificationByOfficer, NOT_SUPERSEDED } from './certification.loaders';
import type { CorrectCertificationInput, DutyEligibility } from './certification.types';
import { addYears, CERTIFICATION_VALIDITY_YEARS, dutyEligibility } from './duty-eligibility';

/** Issues a certification for a passed CERTIFICATION attempt (inside the grading transaction); once per attempt. */
export async function issueCertification(em: EntityManager, officerId: string, attemptId: string, examCode: string, at: Date): Promise<void> {
  const current = await currentOf(em, officerId);
  const issuedOn = shanghaiDate(at);
  em.create(Certification, {
    officerId,
    number: `LXZF-${issuedOn.slice(0, 4)}-${attemptId.slice(0, 8).toUpperCase()}`,
    issuedOn,
    expiresOn: addYears(issuedOn, CERTIFICATION_VALIDITY_YEARS),
    supersedesId: current?.id ?? null,
    reason: `通过${examCode}认证考试`,
    issuedBy: 'system',
    sourceAttemptId: attemptId,
  });
}

/**
 * Suspends the certificate a CERTIFICATION attempt issued when a regrade fails that attempt: a record superseding the
 * officer's current one with suspended = true, but only while the current one is that attempt's certificate or a
 * correction of it (a later exam's certificate stands). Returns whether it suspended.
 */
export async function revokeAttemptCertification(em: EntityManager, officerId: string, attemptId: string, reason: string, by: string): Promise<boolean> {
  const current = await currentOf(em, officerId);
  const records = await em.find(Certification, { officerId });
  let cursor = current;
  while (cursor && cursor.sourceAttemptId === null && cursor.supersedesId) {
    cursor = records.find((r) => r.id === cursor!.supersedesId) ?? null;
  }
  if (!current || cursor?.sourceAttemptId !== attemptId || current.suspended) {
    return false;
  }
  regradeRecord(em, current, { suspended: true, reason, by, attemptId });
  return true;
}

/** A record superseding `current` with only its suspension changed, written by a regrade of `attemptId`. */
function regradeRecord(em: EntityManager, current: Certification, c: { suspended: boolean; reason: string; by: string; attemptId: string }): void {
  em.create(Certification, {
    officerId: current.officerId,
    number: current.number,
    issuedOn: current.issuedOn,
    expiresOn: current.expiresOn,
    suspended: c.suspended,
    supersedesId: current.id,
    reason: c.reason,
    issuedBy: c.by,
    regradeAttemptId: c.attemptId,
  });
}

/**
 * Lifts the suspension a regrade of this attempt made, when a later regrade passes the attempt again: a record
 * superseding it with suspended = false, but only while that suspension is still the officer's current record (a
 * trainer's later correction, or a later exam's certificate, stands). Returns whether it reinstated.
 */
export async function reinstateAttemptCertification(em: EntityManager, officerId: string, attemptId: string, reason: string, by: string): Promise<boolean> {
  const current = await currentOf(em, officerId);
  if (!current || !current.suspended || current.regradeAttemptId !== attemptId) {
    return false;
  }
  regradeRecord(em, current, { suspended: false, reason, by, attemptId });
  return true;
}

/** The head of the officer's chain (locked serialisation is the unique supersedes_id: a racing writer fails). */
async function currentOf(em: EntityManager, officerId: string): Promise<Certification | null> {
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(
      `select * from training.certification c where c.officer_id = ? and ${NOT_SUPERSEDED}`,
      [officerId],
      'all',
      em.getTransactionContext(),
    );
  return rows[0] ? em.map(Certification, rows[0]) : null;
}

export class CertificationService extends BaseService {
  current(officerId: string): Promise<Certification | null> {
    this.requireSelfOrStaff(officerId);
    return this.scope.loaders.get(currentCertificationByOfficer).load(officerId);
  }

  /** 资格变更史 of the officer's chain, read off its records (see certificationHistory). */
  async history(officerId: string): Promise<CertEvent<Certification>[]> {
    this.requireSelfOrStaff(officerId);
    const records = await this.scope.loaders.get(certificationRecordsByOfficer).load(officerId);
    return certificationHistory(records, shanghaiDate(new Date()));
  }

  async dutyEligible(officerId: string): Promise<DutyEligibility> {
    this.requireSelfOrStaff(officerId);
    const now = new Date();
    const [cert, hours] = await Promise.all([
      this.scope.loaders.get(currentCertificationByOfficer).load(officerId),
      this.scope.loaders.get(trainingHoursByOfficerYear).load({ officerId, year: shanghaiYear(now) }),
    ]);
    const reasons = dutyEligibility(cert, hours.totalHours, shanghaiDate(now));
    return { eligible: reasons.length === 0, reasons };
  }

  /** 到期提醒: current, not suspended certifications expiring from today to today + withinDays. */
  async expiring(withinDays: number): Promise<Certification[]> {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 365) {
      throw new ValidationError('withinDays', 'withinDays must be between 1 and 365');
    }
    const today = shanghaiDate(new Date());
    const until = shanghaiDate(new Date(Date.now() + withinDays * 86_400_000));
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select * from training.certification c where ${NOT_SUPERSEDED}
       and c.suspended = false and c.expires_on between ? and ? order by c.expires_on, c.officer_id`,
      [today, until],
    );
    return rows.map((r) => this.em.map(Certification, r));
  }

  async correct(input: CorrectCertificationInput): Promise<{ certification: Certification }> {
    this.requireRole('TRAINER', 'ADMIN');
    if (input.expiresOn && !isCalendarDate(input.expiresOn)) {
      throw new ValidationError('input.expiresOn', 'expiresOn must be a real date');
    }
    if (input.expiresOn == null && input.suspended == null) {
      throw new ValidationError('input.expiresOn', 'Give a new expiresOn and/or suspended');
    }
    return this.em.transactional(async (em) => {
      const current = await currentOf(em, input.officerId);
      if (!current) {
        throw new NotFoundError('Certification', input.officerId, 'input.officerId');
      }
      const certification = em.create(Certification, {
        officerId: current.officerId,
        number: current.number,
        issuedOn: current.issuedOn,
        expiresOn: input.expiresOn ?? current.expiresOn,
        suspended: input.suspended ?? current.suspended,
        supersedesId: current.id,
        reason: input.reason.trim(),
        issuedBy: this.actor.subject,
      });
      return { certification };
    });
  }

  private requireSelfOrStaff(officerId: string): void {
    this.requireSignedIn();
    if (this.actor.subject !== officerId && !hasRole(this.actor, 'SUPERVISOR', 'TRAINER', 'ADMIN')) {
      throw new ForbiddenError('Only the officer, supervisors and trainers may see this');
    }
  }
}
