import { lockForTransaction } from '../../../kernel/db/advisory-lock';
import { publish } from '../../../kernel/outbox/publish';
import type { JobDefinition } from '../../../kernel/server/jobs';
import { withEntityManager } from '../../../kernel/services/create-request-scope';
import { shanghaiDate, shanghaiYear } from '../enrollment/shanghai-date';
import { trainingHoursByOfficerYear } from '../training-hours/training-hours.loaders';
import { currentCertificationByOfficer } from './certification.loaders';
import { dutyEligibility } from './duty-eligibility';
import { DutyEligibilityState } from './duty-eligibility-state.entity';

/** Topic training publishes (to enforcement) when officers' duty eligibility (持证上岗) changes. */
export const DUTY_ELIGIBILITY_CHANGED = 'duty-eligibility.changed';

/**
 * Every minute: recomputes the duty eligibility of every officer training knows (certified, with hours, or
 * published before) and publishes those that changed since the last message, all in one message
 * `{ officers: [{ officerId, eligible, reasons, asOf }] }`. Eligibility also changes with the calendar (a
 * certificate expires, the pro-rata hours grow), which is why this is a job and not only a hook on each write.
 */
export const dutyEligibilityJob: JobDefinition = {
  name: 'duty-eligibility',
  everyMs: 60_000,
  async run({ scope }) {
    return scope.em.transactional(async (em) => {
      await lockForTransaction(em, 'training:duty-eligibility');
      const ids: { officer_id: string }[] = await em.execute(
        `select officer_id from training.certification union select officer_id from training.training_hours_entry
         union select officer_id from training.duty_eligibility_state`,
      );
      const inner = withEntityManager(scope, em);
      const now = new Date();
      const [today, year] = [shanghaiDate(now), shanghaiYear(now)];
      const officerIds = ids.map((r) => r.officer_id);
      // one at a time: `em` is the job's transaction, whose one connection runs one statement at a time
      const certs = await inner.loaders.get(currentCertificationByOfficer).loadMany(officerIds);
      const hours = await inner.loaders.get(trainingHoursByOfficerYear).loadMany(officerIds.map((officerId) => ({ officerId, year })));
      const known = await em.find(DutyEligibilityState, { officerId: { $in: officerIds } });
      const last = new Map(known.map((k) => [k.officerId, k]));
      const changed = officerIds.flatMap((officerId, i) => {
        const cert = certs[i] instanceof Error ? null : (certs[i] ?? null);
        const total = hours[i] instanceof Error ? 0 : (hours[i] as { totalHours: number }).totalHours;
        const reasons = [...dutyEligibility(cert, total, today)].sort();
        const before = last.get(officerId);
        const same = before && before.eligible === (reasons.length === 0) && before.reasons.join() === reasons.join();
        return same ? [] : [{ officerId, eligible: reasons.length === 0, reasons, asOf: now.toISOString() }];
      });
      if (changed.length === 0) {
        return 0;
      }
      await em.upsertMany(
        DutyEligibilityState,
        changed.map((c) => ({ officerId: c.officerId, eligible: c.eligible, reasons: c.reasons, publishedAt: now })),
      );
      await publish(em, { to: 'enforcement', topic: DUTY_ELIGIBILITY_CHANGED, payload: { officers: changed } });
      return changed.length;
    });
  },
};
