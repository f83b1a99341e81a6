import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { addWorkingDays } from '../calendar/working-calendar';
import { approvedLegalReview } from './legal-review-fixtures';
import { caseInProgress, createCase, gql, newPerson, officer, supervisor } from './case-fixtures';

const CASE = `query($id: ID!) { case(id: $id) { filedAt dueAt violationType { handlingWorkingDays } } }`;
const STEP = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { id } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { procedure hearingNoticeAt hearingRequestBy decidedAt } } }`;

describe('deadlines: handling limits on the working calendar, hearing notices', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  it('sets the due date from the violation type’s handling limit in working days when the case is filed', async () => {
    const c = await createCase(h, await newPerson(h));
    await gql(h, STEP, { input: { caseId: c.id, action: 'FILE' } }, supervisor());
    const { case: filed } = await gql<{ case: { filedAt: string; dueAt: string; violationType: { handlingWorkingDays: number } } }>(
      h,
      CASE,
      { id: c.id },
      officer(),
    );
    expect(filed.violationType.handlingWorkingDays).toBe(5);
    expect(filed.dueAt).toBe(addWorkingDays(new Date(filed.filedAt), 5).toISOString());
  });

  it('records a hearing notice with 5 days to request a hearing for a large fine, and none for a small one', async () => {
    const fine = async (violationTypeCode: string, fineYuan: number) => {
      const c = await caseInProgress(h, await newPerson(h), { violationTypeCode, minorHarm: false, correctedOnSpot: false });
      await gql(
        h,
        EVIDENCE,
        {
          input: {
            caseId: c.id,
            kind: 'RECORDING',
            uri: 'https://oss.lanxi.example/bodycam/1.mp4',
            sha256: 'c'.repeat(64),
            capturedAt: new Date().toISOString(),
          },
        },
        officer(),
      );
      const discretion = { grade: 'GENERAL', facts: '未安装净化设施，引起周边居民投诉' };
      if (fineYuan >= 5_000) {
        await approvedLegalReview(h, c.id, { kind: 'PENALTY', fineYuan, discretion }, supervisor());
      }
      const input = { caseId: c.id, kind: 'PENALTY', fineYuan, deviationReason: '情节较重，依法处罚', discretion };
      return (
        await gql<{
          recordDisposition: { disposition: { procedure: string; hearingNoticeAt: string | null; hearingRequestBy: string | null; decidedAt: string } };
        }>(h, RECORD, { input }, supervisor())
      ).recordDisposition.disposition;
    };
    const large = await fine('CF-01', 20_000);
    expect(large).toMatchObject({ procedure: 'GENERAL', hearingNoticeAt: large.decidedAt });
    expect(Date.parse(large.hearingRequestBy!) - Date.parse(large.decidedAt)).toBe(5 * 24 * 3600 * 1000);
    const small = await fine('SV-01', 200);
    expect(small).toMatchObject({ procedure: 'SIMPLE', hearingNoticeAt: null, hearingRequestBy: null });
  });
});
