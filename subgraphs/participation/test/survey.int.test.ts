import { randomUUID } from 'node:crypto';

import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';

const SUBMIT = `mutation($input: SubmitSatisfactionSurveyInput!) { submitSatisfactionSurvey(input: $input) { survey { subject speed attitude outcome } } }`;
const STATS = `query($p: SurveyPeriodInput!) { satisfactionStats(period: $p) { subject responses speed attitude outcome satisfiedShare } }`;

describe('satisfaction surveys (满意度调查)', () => {
  let h: SubgraphHarness;
  let resolved: { tracking_code: string; reporter_subject: string };
  let open: { tracking_code: string; reporter_subject: string };
  const count = async () => (await h.em().getConnection().execute('select count(*)::int as n from participation.satisfaction_survey'))[0].n as number;

  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
    const sql = h.em().getConnection();
    [resolved] = await sql.execute(
      `select tracking_code, reporter_subject from participation.report where status = 'RESOLVED' and reporter_subject is not null limit 1`,
    );
    [open] = await sql.execute(
      `select tracking_code, reporter_subject from participation.report where status = 'IN_PROGRESS' and reporter_subject is not null limit 1`,
    );
  });
  afterAll(() => h.stop());

  it('lets the reporter rate a resolved report once', async () => {
    const input = { trackingCode: resolved.tracking_code, speed: 5, attitude: 4, outcome: 4, comment: '处理及时' };
    const first = await h.execute(SUBMIT, { input }, actors.citizen(resolved.reporter_subject));
    expect(first.data).toEqual({ submitSatisfactionSurvey: { survey: { subject: 'REPORT', speed: 5, attitude: 4, outcome: 4 } } });
    const again = await h.execute(SUBMIT, { input }, actors.citizen(resolved.reporter_subject));
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.trackingCode' });
  });

  it('refuses someone who is not the reporter, and writes nothing', async () => {
    const before = await count();
    const res = await h.execute(SUBMIT, { input: { trackingCode: open.tracking_code, speed: 1, attitude: 1, outcome: 1 } }, actors.citizen('someone-else'));
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count()).toBe(before);
  });

  it('opens only when the report is resolved', async () => {
    const res = await h.execute(
      SUBMIT,
      { input: { trackingCode: open.tracking_code, speed: 3, attitude: 3, outcome: 3 } },
      actors.citizen(open.reporter_subject),
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.trackingCode' });
  });

  it('rejects a score outside 1–5 with BAD_USER_INPUT on the field', async () => {
    const res = await h.execute(SUBMIT, { input: { caseId: randomUUID(), speed: 6, attitude: 3, outcome: 3 } }, actors.officer('o-1'));
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.speed' });
  });

  it('lets staff record a party’s answers at a case follow-up, and not citizens', async () => {
    // participation learns closed cases from enforcement's case.closed event (its own copy, never enforcement's tables)
    const caseId = randomUUID();
    const unitId = randomUUID();
    await h.em().getConnection().execute(`insert into participation.closed_case (id, unit_id, closed_at) values (?, ?, now())`, [caseId, unitId]);
    const before = await count();
    const unknown = await h.execute(SUBMIT, { input: { caseId: randomUUID(), speed: 3, attitude: 5, outcome: 2 } }, actors.officer('o-1', unitId));
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseId' });
    const otherUnit = await h.execute(SUBMIT, { input: { caseId, speed: 3, attitude: 5, outcome: 2 } }, actors.officer('o-2', randomUUID()));
    expect(otherUnit.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count()).toBe(before);
    const staff = await h.execute(SUBMIT, { input: { caseId, speed: 3, attitude: 5, outcome: 2 } }, actors.officer('o-1', unitId));
    expect(staff.errors).toBeUndefined();
    const citizen = await h.execute(SUBMIT, { input: { caseId: randomUUID(), speed: 5, attitude: 5, outcome: 5 } }, actors.citizen());
    expect(citizen.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports the averages per subject for supervisors', async () => {
    const p = { from: new Date(Date.now() - 3600_000).toISOString(), to: new Date(Date.now() + 3600_000).toISOString() };
    const res = await h.execute(STATS, { p }, actors.supervisor('s-1'));
    expect(res.data!.satisfactionStats).toEqual([
      { subject: 'REPORT', responses: 1, speed: 5, attitude: 4, outcome: 4, satisfiedShare: 1 },
      { subject: 'CASE_FOLLOW_UP', responses: 1, speed: 3, attitude: 5, outcome: 2, satisfiedShare: 0 },
    ]);
  });
});
