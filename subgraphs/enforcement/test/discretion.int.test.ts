import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { actors } from '../../../tests/harness/actors';
import { enforcement } from '..';
import { DiscretionBenchmark } from '../discretion/discretion-benchmark.entity';
import { PenaltyDiscretion } from '../discretion/penalty-discretion.entity';
import { Disposition } from '../disposition/disposition.entity';
import { LegalReview } from '../legal-review/legal-review.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { caseInProgress, gql, newPerson, officer, supervisor } from './case-fixtures';
import { approvedLegalReview } from './legal-review-fixtures';

const BENCHMARK = `query($code: ID!, $at: DateTimeISO) { violationType(code: $code) {
  discretionBenchmark(at: $at) { version effectiveFrom adoptedBy grades { grade facts fineMinYuan fineMaxYuan } } discretionBenchmarkVersions { version } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) {
  disposition { id kind fineYuan discretion { grade facts benchmarkVersion bandMinYuan bandMaxYuan withinGrade outsideRangeReason } } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const PUBLISH = `mutation($input: PublishDiscretionBenchmarkInput!) { publishDiscretionBenchmark(input: $input) { benchmark { version effectiveFrom grades { grade fineMinYuan fineMaxYuan } } } }`;

type Recorded = { recordDisposition: { disposition: { id: string; discretion: Record<string, unknown> | null } } };

describe('行政处罚裁量基准 — discretion benchmarks on penalties (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  /** A third SV-01 (or other type) case of a new person, in progress, with a body-camera recording: the ladder recommends a penalty. */
  const penaltyCase = async (over: Record<string, unknown> = {}) => {
    const person = await newPerson(h);
    const { occurredAt: _when, ...type } = over;
    for (let i = 0; i < 2; i += 1) {
      await caseInProgress(h, person, { ...type, occurredAt: new Date(Date.now() - (40 + i) * 86_400_000).toISOString() });
    }
    const c = await caseInProgress(h, person, { minorHarm: false, correctedOnSpot: false, ...over });
    await gql(
      h,
      EVIDENCE,
      {
        input: { caseId: c.id, kind: 'RECORDING', uri: 'https://evidence.lanxi.example/d/1.mp4', sha256: 'd'.repeat(64), capturedAt: new Date().toISOString() },
      },
      officer(),
    );
    return c;
  };
  const record = (input: Record<string, unknown>) => h.execute<Recorded>(RECORD, { input }, officer());
  const nothingWritten = async (caseId: string) => {
    expect(await h.em().count(Disposition, { case: caseId })).toBe(0);
    expect(await h.em().count(PenaltyDiscretion, { disposition: { case: caseId } })).toBe(0);
    expect(await h.em().count(CaseEvent, { caseId, action: 'DISPOSITION' })).toBe(0);
  };

  it("shows every catalogue entry's seeded benchmark to an anonymous caller: three graded bands inside the legal range", async () => {
    const data = await gql<{ violationType: { discretionBenchmark: Record<string, unknown>; discretionBenchmarkVersions: unknown[] } }>(
      h,
      BENCHMARK,
      { code: 'SV-01' },
      actors.anonymous,
    );
    expect(data.violationType.discretionBenchmark).toMatchObject({
      version: 1,
      effectiveFrom: '2023-12-31T16:00:00.000Z',
      grades: [
        { grade: 'MINOR', fineMinYuan: 50, fineMaxYuan: 185 },
        { grade: 'GENERAL', fineMinYuan: 185, fineMaxYuan: 365 },
        { grade: 'SERIOUS', fineMinYuan: 365, fineMaxYuan: 500 },
      ],
    });
    expect(data.violationType.discretionBenchmarkVersions).toEqual([{ version: 1 }]);
    expect(await h.em().count(DiscretionBenchmark, {})).toBe(22);
  });

  it('refuses a penalty without its grade and facts with BAD_USER_INPUT on input.discretion and writes nothing', async () => {
    const c = await penaltyCase();
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 100 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.discretion' });
    await nothingWritten(c.id);
  });

  it('records the grade, the facts and the band of the version in force for a fine inside the grade', async () => {
    const c = await penaltyCase();
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 100, discretion: { grade: 'MINOR', facts: '占道约1平方米，未影响通行' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDisposition.disposition.discretion).toEqual({
      grade: 'MINOR',
      facts: '占道约1平方米，未影响通行',
      benchmarkVersion: 1,
      bandMinYuan: 50,
      bandMaxYuan: 185,
      withinGrade: true,
      outsideRangeReason: null,
    });
  });

  it('refuses a fine outside the grade without a written reason with BAD_USER_INPUT on input.discretion.outsideRangeReason', async () => {
    const c = await penaltyCase();
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 300, discretion: { grade: 'MINOR', facts: '占道约1平方米' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.discretion.outsideRangeReason' });
    await nothingWritten(c.id);
  });

  it('refuses a fine outside the grade with a reason but no legal review with CONFLICT naming the ground, and writes nothing', async () => {
    const c = await penaltyCase();
    const discretion = { grade: 'MINOR', facts: '占道约1平方米', outsideRangeReason: '节假日人流高峰，影响较大' };
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 300, discretion });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind', grounds: ['OUTSIDE_DISCRETION_GRADE'] });
    await nothingWritten(c.id);
  });

  it('records a fine outside the grade once the 法制科 approved exactly that proposal, and uses the approval once', async () => {
    const c = await penaltyCase();
    const discretion = { grade: 'MINOR', facts: '占道约1平方米', outsideRangeReason: '节假日人流高峰，影响较大' };
    const reviewId = await approvedLegalReview(h, c.id, { kind: 'PENALTY', fineYuan: 300, discretion });
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 300, discretion });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDisposition.disposition.discretion).toMatchObject({ withinGrade: false, outsideRangeReason: '节假日人流高峰，影响较大' });
    expect((await h.em().findOneOrFail(LegalReview, reviewId)).dispositionId).toBe(res.data!.recordDisposition.disposition.id);
    // a supervisor superseding the decision with the same proposal cannot reuse the spent approval (一案一决定 first, then the review)
    const again = await h.execute(
      RECORD,
      { input: { caseId: c.id, kind: 'PENALTY', fineYuan: 300, discretion, supersedeReason: '复核后重新作出处罚决定' } },
      supervisor(),
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind' });
    expect(await h.em().count(Disposition, { case: c.id })).toBe(1);
  });

  it('applies a new version only to cases that occur after it takes effect', async () => {
    const before = await penaltyCase({ violationTypeCode: 'SV-02' });
    const grades = [
      { grade: 'MINOR', facts: '占道面积2平方米以下，及时改正', fineMinYuan: 100, fineMaxYuan: 200 },
      { grade: 'GENERAL', facts: '占道面积2至5平方米，影响通行', fineMinYuan: 200, fineMaxYuan: 600 },
      { grade: 'SERIOUS', facts: '占用盲道或消防通道，拒不改正', fineMinYuan: 600, fineMaxYuan: 1000 },
    ];
    const published = await gql<{ publishDiscretionBenchmark: { benchmark: { version: number } } }>(
      h,
      PUBLISH,
      { input: { violationTypeCode: 'SV-02', effectiveFrom: new Date().toISOString(), adoptedBy: '兰综执〔2026〕8号', grades } },
      actors.admin(),
    );
    expect(published.publishDiscretionBenchmark.benchmark.version).toBe(2);
    const old = await record({ caseId: before.id, kind: 'PENALTY', fineYuan: 250, discretion: { grade: 'MINOR', facts: '占道约1平方米' } });
    expect(old.data!.recordDisposition.disposition.discretion).toMatchObject({ benchmarkVersion: 1, bandMinYuan: 100, bandMaxYuan: 370, withinGrade: true });
    const after = await penaltyCase({ violationTypeCode: 'SV-02', occurredAt: new Date(Date.now() + 2_000).toISOString() });
    const res = await record({ caseId: after.id, kind: 'PENALTY', fineYuan: 250, discretion: { grade: 'MINOR', facts: '占道约1平方米' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.discretion.outsideRangeReason' });
  });

  it('refuses a retroactive version and one with a band beyond the legal range, and lets no officer publish', async () => {
    const grades = (max: number) => [
      { grade: 'MINOR', facts: '情节轻微，及时改正', fineMinYuan: 20, fineMaxYuan: 40 },
      { grade: 'GENERAL', facts: '情节一般，影响市容', fineMinYuan: 40, fineMaxYuan: 70 },
      { grade: 'SERIOUS', facts: '情节严重，拒不改正', fineMinYuan: 70, fineMaxYuan: max },
    ];
    const input = {
      violationTypeCode: 'CA-01',
      effectiveFrom: new Date(Date.now() + 86_400_000).toISOString(),
      adoptedBy: '兰综执〔2026〕9号',
      grades: grades(100),
    };
    const past = await h.execute(PUBLISH, { input: { ...input, effectiveFrom: '2025-01-01T00:00:00Z' } }, actors.admin());
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    const wide = await h.execute(PUBLISH, { input: { ...input, grades: grades(150) } }, actors.admin());
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.grades.2.fineMaxYuan' });
    const byOfficer = await h.execute(PUBLISH, { input }, officer());
    expect(byOfficer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(DiscretionBenchmark, { violationType: 'CA-01' })).toBe(1);
  });
});
