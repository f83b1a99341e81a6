import { randomUUID } from 'node:crypto';

import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { CourseCategory as C } from '../course/course-category.enum';
import { Course } from '../course/course.entity';
import { Cohort } from '../cohort/cohort.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { Enrollment } from '../enrollment/enrollment.entity';
import { TrainingProfile } from '../profile/training-profile.entity';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { training } from '..';

const REPORT = /* GraphQL */ `
  query ($year: Int!, $officerIds: [ID!], $cohortId: ID) {
    trainingCompliance(year: $year, officerIds: $officerIds, cohortId: $cohortId) {
      overall {
        officerCount
        hoursMetCount
        hoursCoverage
        quotasMetCount
        quotaCoverage
        officersWithOverdue
        overdueAssignments
        newHireCount
        newHiresInducted
        newHireCoverage
      }
      byUnit {
        unit {
          id
        }
        stats {
          officerCount
          hoursMetCount
        }
      }
      gaps {
        officer {
          id
        }
        unit {
          id
        }
        totalHours
        belowHours
        missedQuotas
        overdueAssignments
        missingInduction
      }
    }
  }
`;
type Report = {
  trainingCompliance: {
    overall: Record<string, number | null>;
    byUnit: { unit: { id: string }; stats: Record<string, number> }[];
    gaps: Record<string, unknown>[];
  };
};

const UNIT_A = '0a000000-0000-4000-8000-00000000000a';
const UNIT_B = '0b000000-0000-4000-8000-00000000000b';
const ids = Array.from({ length: 4 }, (_, i) => `00000000-0000-4000-8000-00000000000${i + 1}`);

describe('training compliance (integration)', () => {
  let h: SubgraphHarness;
  let cohortId: string;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: false });
    const em = h.em();
    const induction = em.create(Course, {
      code: 'NEW-001',
      title: '岗前培训',
      category: C.LAW_AND_REGULATION,
      summary: '岗前必修',
      creditHours: 16,
      published: true,
    });
    const other = em.create(Course, { code: 'COM-101', title: '说理式执法', category: C.COMMUNICATION, summary: '沟通', creditHours: 4, published: true });
    // 1: compliant veteran; 2: 40 h but no flexible/communication hours; 3: new hire without induction, overdue; 4: new hire inducted, 10 h.
    const profiles: [string, string, string][] = [
      [ids[0], UNIT_A, '2015-03-01'],
      [ids[1], UNIT_A, '2016-03-01'],
      [ids[2], UNIT_B, '2026-02-01'],
      [ids[3], UNIT_B, '2025-07-01'],
    ];
    profiles.forEach(([officerId, unitId, hiredOn]) => em.create(TrainingProfile, { officerId, unitId, hiredOn }));
    const hours = (officerId: string, h0: number, category: C, year = 2026) =>
      em.create(TrainingHoursEntry, { officerId, year, hours: h0, category, cause: HoursCause.COURSE_COMPLETION, note: 't' });
    hours(ids[0], 30, C.LAW_AND_REGULATION);
    hours(ids[0], 10, C.FLEXIBLE_ENFORCEMENT);
    hours(ids[1], 40, C.LAW_AND_REGULATION);
    hours(ids[1], 50, C.COMMUNICATION, 2025);
    hours(ids[3], 10, C.LAW_AND_REGULATION);
    em.create(Enrollment, { officerId: ids[3], courseId: induction.id, status: EnrollmentStatus.COMPLETED, dueOn: '2026-03-01' });
    em.create(Enrollment, { officerId: ids[2], courseId: other.id, status: EnrollmentStatus.ASSIGNED, dueOn: '2026-01-31' });
    cohortId = em.create(Cohort, { name: 'B班', officerIds: [ids[2], ids[3]] }).id;
    await em.flush();
  });
  afterAll(() => h.stop());

  it('reports hours, quotas, overdue and new-hire coverage overall and per unit', async () => {
    const res = await h.execute<Report>(REPORT, { year: 2026 }, actors.trainer());
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainingCompliance.overall).toEqual({
      officerCount: 4,
      hoursMetCount: 2,
      hoursCoverage: 50,
      quotasMetCount: 1,
      quotaCoverage: 25,
      officersWithOverdue: 1,
      overdueAssignments: 1,
      newHireCount: 2,
      newHiresInducted: 1,
      newHireCoverage: 50,
    });
    expect(res.data!.trainingCompliance.byUnit).toEqual([
      { unit: { id: UNIT_A }, stats: { officerCount: 2, hoursMetCount: 2 } },
      { unit: { id: UNIT_B }, stats: { officerCount: 2, hoursMetCount: 0 } },
    ]);
  });

  it('lists every officer with a gap and what the gap is', async () => {
    const res = await h.execute<Report>(REPORT, { year: 2026 }, actors.trainer());
    expect(res.data!.trainingCompliance.gaps).toEqual([
      {
        officer: { id: ids[1] },
        unit: { id: UNIT_A },
        totalHours: 40,
        belowHours: false,
        missedQuotas: ['FLEXIBLE_AND_COMMUNICATION'],
        overdueAssignments: 0,
        missingInduction: false,
      },
      {
        officer: { id: ids[2] },
        unit: { id: UNIT_B },
        totalHours: 0,
        belowHours: true,
        missedQuotas: ['FLEXIBLE_AND_COMMUNICATION', 'LAW'],
        overdueAssignments: 1,
        missingInduction: true,
      },
      {
        officer: { id: ids[3] },
        unit: { id: UNIT_B },
        totalHours: 10,
        belowHours: true,
        missedQuotas: ['FLEXIBLE_AND_COMMUNICATION'],
        overdueAssignments: 0,
        missingInduction: false,
      },
    ]);
  });

  it('narrows the population to a cohort', async () => {
    const res = await h.execute<Report>(REPORT, { year: 2026, cohortId }, actors.trainer());
    expect(res.data!.trainingCompliance.overall).toMatchObject({ officerCount: 2, hoursMetCount: 0, hoursCoverage: 0, newHireCoverage: 50 });
  });

  it('answers null coverages for an empty population', async () => {
    const res = await h.execute<Report>(REPORT, { year: 2026, officerIds: [] }, actors.trainer());
    expect(res.data!.trainingCompliance.overall).toMatchObject({ officerCount: 0, hoursCoverage: null, newHireCoverage: null });
  });

  it('refuses officers with FORBIDDEN', async () => {
    const res = await h.execute(REPORT, { year: 2026 }, actors.officer(ids[0]));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('costs the same number of SQL statements for 10 and for 200 officers', async () => {
    const em = h.em();
    const many = Array.from({ length: 200 }, () => randomUUID());
    many.forEach((officerId, i) => {
      em.create(TrainingProfile, { officerId, unitId: i % 2 ? UNIT_A : UNIT_B, hiredOn: '2020-01-01' });
      em.create(TrainingHoursEntry, { officerId, year: 2026, hours: i % 50, category: C.COMMUNICATION, cause: HoursCause.COURSE_COMPLETION, note: 't' });
    });
    await em.flush();
    const count = async (officerIds: string[]) => {
      h.server.sql.reset();
      const res = await h.execute<Report>(REPORT, { year: 2026, officerIds }, actors.trainer());
      expect(res.data!.trainingCompliance.overall.officerCount).toBe(officerIds.length);
      return h.server.sql.total;
    };
    const ten = await count(many.slice(0, 10));
    const all = await count(many);
    expect(ten).toBe(2);
    expect(all).toBe(ten);
  });
});
