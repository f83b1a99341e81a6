import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Case } from '../case/case.entity';
import { Disposition } from '../disposition/disposition.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { caseInProgress, createCase, gql, newPerson, officer, supervisor } from './case-fixtures';

const RECOMMEND = `query($id: ID!) { case(id: $id) { recommendedDisposition { kind colour basis priorCaseCount fineMinYuan fineMaxYuan rectificationDays } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) {
  recordDisposition(input: $input) { disposition { kind colour recommendedKind fineYuan procedure decisionDueAt } case { track } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const SHA = 'a'.repeat(64);

describe('recordDisposition and the flexible-enforcement ladder (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  const record = (input: Record<string, unknown>, as = officer()) =>
    h.execute<{ recordDisposition: { disposition: Record<string, unknown>; case: { track: string } } }>(RECORD, { input }, as);
  const nothingWritten = async (caseId: string, events: number) => {
    expect(await h.em().count(Disposition, { case: caseId })).toBe(0);
    expect(await h.em().count(CaseEvent, { caseId })).toBe(events);
    expect((await h.em().findOneOrFail(Case, caseId)).track).toBeNull();
  };
  /** A person with `prior` earlier SV-01 cases, and a new case in progress. */
  const withHistory = async (prior: number, over: Record<string, unknown> = {}) => {
    const person = await newPerson(h);
    for (let i = 0; i < prior; i += 1) {
      await createCase(h, person, { occurredAt: new Date(Date.now() - (30 + i) * 86_400_000).toISOString() });
    }
    return caseInProgress(h, person, over);
  };

  it('recommends a YELLOW warning citing 第三十三条 for a first minor violation corrected on the spot', async () => {
    const c = await withHistory(0);
    const data = await gql<{ case: { recommendedDisposition: Record<string, unknown> } }>(h, RECOMMEND, { id: c.id }, officer());
    expect(data.case.recommendedDisposition).toMatchObject({ kind: 'WARNING', colour: 'YELLOW', priorCaseCount: 0, fineMinYuan: null });
    expect(data.case.recommendedDisposition.basis).toContain('第三十三条');
  });

  it('recommends an ORANGE rectification notice for the second case', async () => {
    const c = await withHistory(1, { minorHarm: false, correctedOnSpot: false });
    const data = await gql<{ case: { recommendedDisposition: Record<string, unknown> } }>(h, RECOMMEND, { id: c.id }, officer());
    expect(data.case.recommendedDisposition).toMatchObject({ kind: 'RECTIFICATION_NOTICE', colour: 'ORANGE', priorCaseCount: 1, rectificationDays: 1 });
  });

  it('records the recommended warning and tags the case MANAGEMENT', async () => {
    const c = await withHistory(0);
    const res = await record({ caseId: c.id, kind: 'WARNING' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDisposition).toMatchObject({
      disposition: { kind: 'WARNING', colour: 'YELLOW', recommendedKind: 'WARNING', fineYuan: null },
      case: { track: 'MANAGEMENT' },
    });
    expect(await h.em().count(CaseEvent, { caseId: c.id, action: 'DISPOSITION' })).toBe(1);
  });

  it('refuses a deviation without a written reason with BAD_USER_INPUT on input.deviationReason', async () => {
    const c = await withHistory(0);
    const res = await record({ caseId: c.id, kind: 'SERVICE' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deviationReason' });
    await nothingWritten(c.id, 4);
  });

  it('accepts a deviation towards service with a written reason and tags the case SERVICE', async () => {
    const c = await withHistory(0);
    const res = await record({ caseId: c.id, kind: 'SERVICE', deviationReason: '引导至兰江夜市疏导点规范经营' });
    expect(res.data!.recordDisposition.case.track).toBe('SERVICE');
  });

  it('refuses an officer treating a first minor violation more harshly with FORBIDDEN', async () => {
    const c = await withHistory(0);
    const res = await record({ caseId: c.id, kind: 'RECTIFICATION_NOTICE', deviationReason: '当事人态度恶劣，拒不配合' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    await nothingWritten(c.id, 4);
  });

  it('lets a supervisor treat a first minor violation more harshly with a reason', async () => {
    const c = await withHistory(0);
    const res = await record({ caseId: c.id, kind: 'RECTIFICATION_NOTICE', deviationReason: '当事人态度恶劣，拒不配合' }, supervisor());
    expect(res.data!.recordDisposition).toMatchObject({ disposition: { kind: 'RECTIFICATION_NOTICE', colour: 'ORANGE' }, case: { track: 'MANAGEMENT' } });
  });

  it('refuses a penalty without recording evidence with BAD_USER_INPUT on input.kind', async () => {
    const c = await withHistory(2);
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 100 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    await nothingWritten(c.id, 4);
  });

  it('refuses a fine outside the legal range with BAD_USER_INPUT on input.fineYuan', async () => {
    const c = await withHistory(2);
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 600 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineYuan' });
    await nothingWritten(c.id, 4);
  });

  it('refuses labor in lieu of 0 hours with BAD_USER_INPUT on input.laborHours', async () => {
    const c = await withHistory(2);
    const res = await record({ caseId: c.id, kind: 'LABOR_IN_LIEU', laborHours: 0, partyAgreesToLabor: true });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.laborHours' });
    await nothingWritten(c.id, 4);
  });

  it('records a third-case penalty with recording evidence: RED, ENFORCEMENT, general procedure due 90 days after filing', async () => {
    const c = await withHistory(2);
    await gql(
      h,
      EVIDENCE,
      { input: { caseId: c.id, kind: 'RECORDING', uri: 'https://evidence.lanxi.example/t/1.mp4', sha256: SHA, capturedAt: new Date().toISOString() } },
      officer(),
    );
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 300, discretion: { grade: 'GENERAL', facts: '占道面积约3平方米，影响行人通行' } });
    expect(res.errors).toBeUndefined();
    const filedAt = (await h.em().findOneOrFail(Case, c.id)).filedAt!;
    expect(res.data!.recordDisposition).toMatchObject({
      disposition: {
        kind: 'PENALTY',
        colour: 'RED',
        recommendedKind: 'PENALTY',
        fineYuan: 300,
        procedure: 'GENERAL',
        decisionDueAt: new Date(filedAt.getTime() + 90 * 86_400_000).toISOString(),
      },
      case: { track: 'ENFORCEMENT' },
    });
  });

  it('uses the simple procedure for a fine of ¥200 on a person', async () => {
    const c = await withHistory(2);
    await gql(
      h,
      EVIDENCE,
      { input: { caseId: c.id, kind: 'RECORDING', uri: 'https://evidence.lanxi.example/t/2.mp4', sha256: SHA, capturedAt: new Date().toISOString() } },
      officer(),
    );
    const res = await record({ caseId: c.id, kind: 'PENALTY', fineYuan: 200, discretion: { grade: 'GENERAL', facts: '占道面积约3平方米，影响行人通行' } });
    expect(res.data!.recordDisposition.disposition).toMatchObject({ procedure: 'SIMPLE' });
  });

  it('recommends a penalty on the second case when the first rectification deadline was missed', async () => {
    const person = await newPerson(h);
    const first = await caseInProgress(h, person, { minorHarm: false, occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString() });
    await gql(h, RECORD, { input: { caseId: first.id, kind: 'RECTIFICATION_NOTICE' } }, officer());
    await h.em().getConnection().execute(`update "enforcement"."disposition" set rectify_by = now() - interval '1 day' where case_id = ?`, [first.id]);
    const second = await caseInProgress(h, person);
    const data = await gql<{ case: { recommendedDisposition: Record<string, unknown> } }>(h, RECOMMEND, { id: second.id }, officer());
    expect(data.case.recommendedDisposition).toMatchObject({ kind: 'PENALTY', colour: 'RED', priorCaseCount: 1, fineMinYuan: 50, fineMaxYuan: 500 });
  });

  it('no longer escalates once the rectification is confirmed, and refuses confirming twice with CONFLICT', async () => {
    const person = await newPerson(h);
    const first = await caseInProgress(h, person, { minorHarm: false, occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString() });
    const rec = await gql<{ recordDisposition: { disposition: { id: string } } }>(
      h,
      RECORD.replace('disposition { kind', 'disposition { id kind'),
      { input: { caseId: first.id, kind: 'RECTIFICATION_NOTICE' } },
      officer(),
    );
    const dispositionId = rec.recordDisposition.disposition.id;
    const CONFIRM = `mutation($input: ConfirmRectificationInput!) { confirmRectification(input: $input) { disposition { rectifiedAt } } }`;
    await gql(
      h,
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`,
      {
        input: {
          caseId: first.id,
          kind: 'PHOTO',
          uri: 'https://oss.lanxi.example/recheck/1.jpg',
          sha256: 'd'.repeat(64),
          capturedAt: new Date().toISOString(),
        },
      },
      officer(),
    );
    const ok = await h.execute(CONFIRM, { input: { dispositionId } }, officer());
    expect(ok.errors).toBeUndefined();
    await h.em().getConnection().execute(`update "enforcement"."disposition" set rectify_by = now() - interval '1 day' where id = ?`, [dispositionId]);
    const second = await caseInProgress(h, person);
    const data = await gql<{ case: { recommendedDisposition: { kind: string } } }>(h, RECOMMEND, { id: second.id }, officer());
    expect(data.case.recommendedDisposition.kind).toBe('RECTIFICATION_NOTICE');
    const again = await h.execute(CONFIRM, { input: { dispositionId } }, officer());
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().count(CaseEvent, { caseId: first.id, action: 'RECTIFIED' })).toBe(1);
  });
});
