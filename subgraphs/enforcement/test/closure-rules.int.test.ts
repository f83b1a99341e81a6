import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { actors } from '../../../tests/harness/actors';
import { enforcement } from '..';
import { Case } from '../case/case.entity';
import { CaseFinding } from '../closure/case-finding.entity';
import { Disposition } from '../disposition/disposition.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { ASSIGN_CASE, LEADER, TRANSITION, YUNSHAN, caseInProgress, createCase, gql, newPerson, officer, supervisor } from './case-fixtures';

const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { id kind effective } case { track } } }`;
const FINDING = `mutation($input: RecordCaseFindingInput!) { recordCaseFinding(input: $input) { finding { kind reason evidenceCount } case { id status } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const CONFIRM = `mutation($input: ConfirmRectificationInput!) { confirmRectification(input: $input) { disposition { rectifiedAt } } }`;
const CASE = `query($id: ID!) { case(id: $id) { status track finding { kind } dispositions { kind effective supersedeReason supersededBy } timeline { action } } }`;
const STATS = `query($period: StatsPeriodInput!) { enforcementStats(period: $period) { decisionChanges byTrack { track cases } } }`;

const photo = (caseId: string) => ({
  input: { caseId, kind: 'PHOTO', uri: 'https://oss.lanxi.example/t/p.jpg', sha256: 'e'.repeat(64), capturedAt: new Date().toISOString() },
});
/** Another supervisor of the same unit: the one who checks the work. */
const deputy = () => actors.supervisor('deputy-leader-yunshan', YUNSHAN);

describe('closure that cannot be gamed and one effective decision per case (issue 9)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());
  const step = (caseId: string, action: string, as = supervisor()) => h.execute(TRANSITION, { input: { caseId, action } }, as);
  const events = (caseId: string) => h.em().count(CaseEvent, { caseId });

  it('refuses to verify a case with neither a disposition nor a finding with CONFLICT, changing nothing', async () => {
    const c = await caseInProgress(h, await newPerson(h));
    expect((await step(c.id, 'RESOLVE', officer())).errors).toBeUndefined();
    const before = await events(c.id);
    const res = await step(c.id, 'VERIFY');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'DECISION_REQUIRED' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('RESOLVED');
    expect(await events(c.id)).toBe(before);
  });

  it('ends a case by a finding only with evidence and a reason, then lets it be verified and closed', async () => {
    const c = await caseInProgress(h, await newPerson(h));
    const input = { caseId: c.id, kind: 'NO_VIOLATION', reason: '到场核查，摊位已自行撤离且无占道痕迹' };
    const bare = await h.execute(FINDING, { input }, officer());
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    expect(await h.em().count(CaseFinding, { case: c.id })).toBe(0);
    await gql(h, EVIDENCE, photo(c.id), officer());
    const res = await gql<{ recordCaseFinding: { finding: unknown } }>(h, FINDING, { input }, officer());
    expect(res.recordCaseFinding.finding).toEqual({ kind: 'NO_VIOLATION', reason: input.reason, evidenceCount: 1 });
    const late = await h.execute(RECORD, { input: { caseId: c.id, kind: 'WARNING' } }, officer());
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    for (const [action, as] of [
      ['RESOLVE', officer()],
      ['VERIFY', supervisor()],
      ['CLOSE', supervisor()],
    ] as const) {
      expect((await step(c.id, action, as)).errors).toBeUndefined();
    }
    const data = await gql<{ case: { status: string; track: string | null; finding: { kind: string } } }>(h, CASE, { id: c.id }, supervisor());
    expect(data.case).toMatchObject({ status: 'CLOSED', track: null, finding: { kind: 'NO_VIOLATION' } });
  });

  it('closes a rectification case only after the rectification is confirmed with evidence', async () => {
    const c = await caseInProgress(h, await newPerson(h), { minorHarm: false, correctedOnSpot: false });
    const d = await gql<{ recordDisposition: { disposition: { id: string } } }>(
      h,
      RECORD,
      { input: { caseId: c.id, kind: 'RECTIFICATION_NOTICE', deviationReason: '占道面积较大，需限期整改' } },
      supervisor(),
    );
    await step(c.id, 'RESOLVE', officer());
    expect((await step(c.id, 'VERIFY', deputy())).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'RECTIFICATION_OPEN' });
    const dispositionId = d.recordDisposition.disposition.id;
    const noEvidence = await h.execute(CONFIRM, { input: { dispositionId } }, officer());
    expect(noEvidence.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dispositionId' });
    expect((await h.em().findOneOrFail(Disposition, dispositionId)).rectifiedAt).toBeNull();
    await gql(h, EVIDENCE, photo(c.id), officer());
    expect((await h.execute(CONFIRM, { input: { dispositionId } }, officer())).errors).toBeUndefined();
    await step(c.id, 'RESOLVE', officer());
    expect((await step(c.id, 'VERIFY', deputy())).errors).toBeUndefined();
    expect((await step(c.id, 'CLOSE', deputy())).errors).toBeUndefined();
  });

  it('refuses the supervisor who handled a case as its verifier with FORBIDDEN; another supervisor may verify', async () => {
    const c = await createCase(h, await newPerson(h));
    await gql(h, TRANSITION, { input: { caseId: c.id, action: 'FILE' } }, supervisor());
    await gql(h, ASSIGN_CASE, { input: { caseId: c.id, officerId: LEADER } }, supervisor());
    await gql(h, TRANSITION, { input: { caseId: c.id, action: 'START' } }, supervisor());
    await gql(h, RECORD, { input: { caseId: c.id, kind: 'WARNING' } }, supervisor());
    await gql(h, TRANSITION, { input: { caseId: c.id, action: 'RESOLVE' } }, supervisor());
    expect((await step(c.id, 'VERIFY', supervisor())).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('RESOLVED');
    expect((await step(c.id, 'VERIFY', deputy())).errors).toBeUndefined();
    expect((await step(c.id, 'CLOSE', supervisor())).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await step(c.id, 'CLOSE', deputy())).errors).toBeUndefined();
  });

  it('keeps one effective decision: a second needs a supervisor and a reason, the track stays, the change is counted', async () => {
    const period = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
    type Stats = { enforcementStats: { decisionChanges: number; byTrack: { track: string; cases: number }[] } };
    const before = (await gql<Stats>(h, STATS, { period }, supervisor())).enforcementStats;
    const c = await caseInProgress(h, await newPerson(h));
    await gql(h, RECORD, { input: { caseId: c.id, kind: 'WARNING' } }, officer());
    const service = { caseId: c.id, kind: 'SERVICE', deviationReason: '引导至兰江夜市疏导点规范经营' };
    expect((await h.execute(RECORD, { input: service }, officer())).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.supersedeReason',
    });
    const byOfficer = await h.execute(RECORD, { input: { ...service, supersedeReason: '当事人已入驻疏导点' } }, officer());
    expect(byOfficer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(Disposition, { case: c.id })).toBe(1);
    const ok = await gql<{ recordDisposition: { disposition: { effective: boolean }; case: { track: string } } }>(
      h,
      RECORD,
      { input: { ...service, supersedeReason: '当事人已入驻疏导点' } },
      supervisor(),
    );
    expect(ok.recordDisposition).toMatchObject({ disposition: { effective: true }, case: { track: 'MANAGEMENT' } });
    const data = await gql<{ case: { track: string; dispositions: unknown[]; timeline: { action: string }[] } }>(h, CASE, { id: c.id }, supervisor());
    expect(data.case.dispositions).toEqual([
      { kind: 'WARNING', effective: false, supersedeReason: '当事人已入驻疏导点', supersededBy: LEADER },
      { kind: 'SERVICE', effective: true, supersedeReason: null, supersededBy: null },
    ]);
    expect(data.case.timeline.map((e) => e.action).slice(-3)).toEqual(['DISPOSITION', 'SUPERSEDE', 'DISPOSITION']);
    const after = (await gql<Stats>(h, STATS, { period }, supervisor())).enforcementStats;
    expect(after.decisionChanges).toBe(before.decisionChanges + 1);
    const cases = (s: Stats['enforcementStats'], t: string) => s.byTrack.find((x) => x.track === t)!.cases;
    expect([cases(after, 'MANAGEMENT'), cases(after, 'SERVICE')]).toEqual([cases(before, 'MANAGEMENT') + 1, cases(before, 'SERVICE')]);
  });

  it('refuses confirming a rectification after the case is closed with CONFLICT', async () => {
    const c = await caseInProgress(h, await newPerson(h), { minorHarm: false, correctedOnSpot: false });
    const d = await gql<{ recordDisposition: { disposition: { id: string } } }>(
      h,
      RECORD,
      { input: { caseId: c.id, kind: 'RECTIFICATION_NOTICE', deviationReason: '占道面积较大，需限期整改' } },
      supervisor(),
    );
    await gql(
      h,
      RECORD,
      { input: { caseId: c.id, kind: 'SERVICE', deviationReason: '引导至兰江夜市疏导点规范经营', supersedeReason: '逾期未整改，改为引导入点经营' } },
      deputy(),
    );
    await gql(h, EVIDENCE, photo(c.id), officer());
    for (const [action, as] of [
      ['RESOLVE', officer()],
      ['VERIFY', actors.admin()],
      ['CLOSE', actors.admin()],
    ] as const) {
      expect((await step(c.id, action, as)).errors).toBeUndefined();
    }
    const res = await h.execute(CONFIRM, { input: { dispositionId: d.recordDisposition.disposition.id } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await h.em().findOneOrFail(Disposition, d.recordDisposition.disposition.id)).rectifiedAt).toBeNull();
  });
});
