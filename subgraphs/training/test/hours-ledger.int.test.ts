import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { CourseCategory } from '../course/course-category.enum';
import { ClaimStatus } from '../external-claim/claim-enums';
import { ExternalTrainingClaim } from '../external-claim/external-training-claim.entity';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { training } from '..';

const CORRECT = /* GraphQL */ `
  mutation ($input: RecordHoursCorrectionInput!) {
    recordHoursCorrection(input: $input) {
      entry {
        hours
        cause
        note
      }
      summary {
        totalHours
        quotas {
          code
          hours
          met
        }
      }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitExternalTrainingClaimInput!) {
    submitExternalTrainingClaim(input: $input) {
      claim {
        id
        status
      }
    }
  }
`;
const REVIEW = /* GraphQL */ `
  mutation ($input: ReviewExternalTrainingClaimInput!) {
    reviewExternalTrainingClaim(input: $input) {
      claim {
        status
        reviewNote
      }
    }
  }
`;
const HOURS = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Officer {
        trainingHours(year: 2026) {
          totalHours
          met
          quotasMet
          compliant
          quotas {
            code
            requiredHours
            hours
            met
          }
        }
      }
    }
  }
`;

const o = demoOfficerId(4);
const claimInput = {
  title: '浙江省综合执法业务骨干培训班',
  provider: '浙江省综合行政执法指导办',
  completedOn: '2026-05-20',
  hours: 12,
  category: 'FLEXIBLE_ENFORCEMENT',
  evidenceUri: 'https://files.lanxi.example/cert/2026-0520.pdf',
};

describe('training-hours ledger (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: false });
    const em = h.em();
    em.create(TrainingHoursEntry, {
      officerId: o,
      year: 2026,
      hours: 30,
      category: CourseCategory.LAW_AND_REGULATION,
      cause: HoursCause.COURSE_COMPLETION,
      note: '完成课程 LAW-101',
    });
    await em.flush();
  });
  afterAll(() => h.stop());

  it('appends a correction as a new CORRECTION entry and leaves the original untouched', async () => {
    const res = await h.execute(
      CORRECT,
      { input: { officerId: o, year: 2026, category: 'LAW_AND_REGULATION', hours: -2, reason: '重复登记的课时' } },
      actors.trainer(),
    );
    expect(res.data).toMatchObject({
      recordHoursCorrection: { entry: { hours: -2, cause: 'CORRECTION', note: '更正：重复登记的课时' }, summary: { totalHours: 28 } },
    });
    const entries = await h.em().find(TrainingHoursEntry, { officerId: o }, { orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.hours, e.cause])).toEqual([
      [30, 'COURSE_COMPLETION'],
      [-2, 'CORRECTION'],
    ]);
  });

  it('refuses a correction that would leave negative hours with CONFLICT and writes nothing', async () => {
    const res = await h.execute(
      CORRECT,
      { input: { officerId: o, year: 2026, category: 'COMMUNICATION', hours: -1, reason: '错误登记的学时' } },
      actors.trainer(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.hours' });
    expect(await h.em().count(TrainingHoursEntry, { officerId: o })).toBe(2);
  });

  it('rejects a zero correction with BAD_USER_INPUT on input.hours', async () => {
    const res = await h.execute(
      CORRECT,
      { input: { officerId: o, year: 2026, category: 'COMMUNICATION', hours: 0, reason: '无效的更正记录' } },
      actors.trainer(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hours' });
  });

  it('refuses corrections by an officer with FORBIDDEN', async () => {
    const res = await h.execute(
      CORRECT,
      { input: { officerId: o, year: 2026, category: 'COMMUNICATION', hours: 5, reason: '给自己加学时' } },
      actors.officer(o),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(TrainingHoursEntry, { officerId: o })).toBe(2);
  });

  it('approves an external claim once, writing one EXTERNAL_TRAINING entry', async () => {
    const sub = await h.execute<{ submitExternalTrainingClaim: { claim: { id: string; status: string } } }>(SUBMIT, { input: claimInput }, actors.officer(o));
    const claimId = sub.data!.submitExternalTrainingClaim.claim.id;
    expect(sub.data!.submitExternalTrainingClaim.claim.status).toBe('PENDING');
    const ok = await h.execute(REVIEW, { input: { claimId, approve: true } }, actors.trainer());
    expect(ok.data).toEqual({ reviewExternalTrainingClaim: { claim: { status: 'APPROVED', reviewNote: null } } });
    const again = await h.execute(REVIEW, { input: { claimId, approve: true } }, actors.trainer());
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.claimId' });
    const entries = await h.em().find(TrainingHoursEntry, { officerId: o, cause: HoursCause.EXTERNAL_TRAINING });
    expect(entries.map((e) => [e.hours, e.category, e.year, e.sourceKey])).toEqual([[12, 'FLEXIBLE_ENFORCEMENT', 2026, `claim:${claimId}`]]);
  });

  it('shows the 40-hour requirement and the category quotas in trainingHours', async () => {
    const res = await h.execute(HOURS, { reps: [{ __typename: 'Officer', id: o }] }, actors.officer(o));
    expect(res.data).toEqual({
      _entities: [
        {
          trainingHours: {
            totalHours: 40,
            met: true,
            quotasMet: true,
            compliant: true,
            quotas: [
              { code: 'FLEXIBLE_AND_COMMUNICATION', requiredHours: 8, hours: 12, met: true },
              { code: 'LAW', requiredHours: 8, hours: 28, met: true },
            ],
          },
        },
      ],
    });
  });

  it('rejects a claim only with a note (BAD_USER_INPUT on input.note) and keeps it pending', async () => {
    const sub = await h.execute<{ submitExternalTrainingClaim: { claim: { id: string } } }>(SUBMIT, { input: claimInput }, actors.officer(o));
    const claimId = sub.data!.submitExternalTrainingClaim.claim.id;
    const res = await h.execute(REVIEW, { input: { claimId, approve: false } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    expect((await h.em().findOneOrFail(ExternalTrainingClaim, { id: claimId })).status).toBe(ClaimStatus.PENDING);
    const rej = await h.execute(REVIEW, { input: { claimId, approve: false, note: '证明材料不清晰' } }, actors.trainer());
    expect(rej.data).toEqual({ reviewExternalTrainingClaim: { claim: { status: 'REJECTED', reviewNote: '证明材料不清晰' } } });
    expect(await h.em().count(TrainingHoursEntry, { officerId: o, cause: HoursCause.EXTERNAL_TRAINING })).toBe(1);
  });

  it('rejects a claim dated in the future with BAD_USER_INPUT on input.completedOn', async () => {
    const res = await h.execute(SUBMIT, { input: { ...claimInput, completedOn: '2099-01-01' } }, actors.officer(o));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedOn' });
  });

  it('refuses claim reviews by officers with FORBIDDEN', async () => {
    const claim = await h.em().findOneOrFail(ExternalTrainingClaim, { status: ClaimStatus.REJECTED });
    const res = await h.execute(REVIEW, { input: { claimId: claim.id, approve: true } }, actors.officer(o));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
