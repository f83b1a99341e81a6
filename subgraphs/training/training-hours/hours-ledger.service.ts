import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { CourseCategory } from '../course/course-category.enum';
import { HoursCause } from './hours-cause.enum';
import type { HoursEntryPayload, RecordHoursCorrectionInput } from './hours-correction.inputs';
import { summarizeHours } from './summarize-hours';
import { TrainingHoursEntry } from './training-hours-entry.entity';

/** 学时台账: append-only. Corrections are new CORRECTION entries by a trainer; nothing is ever edited. */
export class HoursLedgerService extends BaseService {
  async recordCorrection(input: RecordHoursCorrectionInput): Promise<HoursEntryPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    if (input.hours === 0 || Math.round(input.hours * 2) !== input.hours * 2) {
      throw new ValidationError('input.hours', 'hours must be a non-zero multiple of 0.5');
    }
    return this.em.transactional(async (em) => {
      await lockOfficerYear(em, input.officerId, input.year);
      const before = await categoryTotal(em, input.officerId, input.year, input.category);
      if (before + input.hours < 0) {
        throw new ConflictError(`The correction would leave ${before + input.hours} hours in ${input.category}`, { field: 'input.hours' });
      }
      const entry = em.create(TrainingHoursEntry, {
        officerId: input.officerId,
        year: input.year,
        hours: input.hours,
        category: input.category,
        cause: HoursCause.CORRECTION,
        note: `更正：${input.reason.trim()}`,
        recordedBy: this.actor.subject,
      });
      await em.flush();
      return { entry, summary: await yearSummary(em, input.officerId, input.year) };
    });
  }
}

/** Serialises ledger writes for one officer and year (transaction-scoped advisory lock). */
export async function lockOfficerYear(em: EntityManager, officerId: string, year: number): Promise<void> {
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`hours:${officerId}:${year}`], 'all', em.getTransactionContext());
}

async function categoryTotal(em: EntityManager, officerId: string, year: number, category: CourseCategory): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ total: string | null }[]>(
      'select sum(hours) as total from training.training_hours_entry where officer_id = ? and year = ? and category = ?',
      [officerId, year, category],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0]?.total ?? 0);
}

export async function yearSummary(em: EntityManager, officerId: string, year: number) {
  const rows = await em
    .getConnection()
    .execute<{ category: CourseCategory; hours: string }[]>(
      'select category, sum(hours) as hours from training.training_hours_entry where officer_id = ? and year = ? group by category',
      [officerId, year],
      'all',
      em.getTransactionContext(),
    );
  return summarizeHours(
    year,
    rows.map((r) => ({ category: r.category, hours: Number(r.hours) })),
  );
}
