import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Certification } from '../certification/certification.entity';
import { addYears } from '../certification/duty-eligibility';
import { CourseCategory as C } from '../course/course-category.enum';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { TrainingProfile } from '../profile/training-profile.entity';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { training } from '..';

const REPORT = `query($year: Int!) { trainingCompliance(year: $year) { asOf overall { officerCount hoursMetCount dutyIneligibleCount certificationExpiredCount } } }`;
type Report = { trainingCompliance: { asOf: string; overall: Record<string, number> } };
const UNIT = '0c000000-0000-4000-8000-00000000000c';
const [BEHIND_NOW, ON_PACE] = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];

/**
 * 持证上岗 is judged today, whatever year the report is for: last year's report counts an officer with 50 hours last
 * year but none this year as not eligible for duty, and one on pace this year as eligible.
 */
describe('trainingCompliance for a past year: certificates and duty eligibility as of today', () => {
  let h: SubgraphHarness;
  const today = shanghaiDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: false });
    const em = h.em();
    for (const [officerId, lastYearHours, thisYearHours] of [
      [BEHIND_NOW, 50, 0],
      [ON_PACE, 50, 45],
    ] as const) {
      em.create(TrainingProfile, { officerId, unitId: UNIT, hiredOn: '2015-03-01' });
      em.create(Certification, { officerId, number: `T-${officerId.slice(-2)}`, issuedOn: today, expiresOn: addYears(today, 3), reason: '通过认证考试' });
      for (const [year, hours] of [
        [thisYear - 1, lastYearHours],
        [thisYear, thisYearHours],
      ]) {
        if (hours > 0) {
          em.create(TrainingHoursEntry, { officerId, year, hours, category: C.LAW_AND_REGULATION, cause: HoursCause.COURSE_COMPLETION, note: 't' });
        }
      }
    }
    await em.flush();
  });
  afterAll(() => h.stop());

  it('counts hours for the report’s year but duty eligibility on this year’s hours', async () => {
    const last = await h.execute<Report>(REPORT, { year: thisYear - 1 }, actors.trainer());
    expect(last.errors).toBeUndefined();
    expect(last.data!.trainingCompliance).toEqual({
      asOf: today,
      overall: { officerCount: 2, hoursMetCount: 2, dutyIneligibleCount: 1, certificationExpiredCount: 0 },
    });
    const current = await h.execute<Report>(REPORT, { year: thisYear }, actors.trainer());
    expect(current.data!.trainingCompliance.overall).toMatchObject({ hoursMetCount: 1, dutyIneligibleCount: 1 });
  });
});
