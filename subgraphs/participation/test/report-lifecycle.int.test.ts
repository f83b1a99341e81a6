import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { ReportEvent } from '../report-event/report-event.entity';
import { Report } from '../report/report.entity';
import { advance, CHANGE, submitReport } from './report-fixtures';

const OFFICER = demoOfficerId(5);
const DISPATCH = { status: 'DISPATCHED', gridCode: 'LX-YS-01', assignedOfficerId: OFFICER };

describe('report lifecycle (integration, real PostgreSQL)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(() => h.stop());

  const statusOf = async (id: string) => (await h.em().findOneOrFail(Report, { id })).status;
  const eventCount = (id: string) => h.em().count(ReportEvent, { reportId: id });

  it('records the submission as the first step of the timeline', async () => {
    const r = await submitReport(h, actors.citizen('c-timeline'));
    const events = await h.em().find(ReportEvent, { reportId: r.id });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.note, e.actorRole])).toEqual([[null, 'SUBMITTED', '市民提交随手拍', 'CITIZEN']]);
  });

  it('walks the whole path and records every step with from/to, note, role and time', async () => {
    const r = await submitReport(h, actors.citizen('c-path'));
    await advance(h, r.id, [{ status: 'ACCEPTED' }, DISPATCH], actors.admin());
    await advance(h, r.id, [{ status: 'IN_PROGRESS' }, { status: 'RESOLVED' }], actors.officer(OFFICER));
    await advance(h, r.id, [{ status: 'CLOSED' }], actors.supervisor('sup-1'));
    const report = await h.em().findOneOrFail(Report, { id: r.id });
    expect(report).toMatchObject({
      status: 'CLOSED',
      gridCode: 'LX-YS-01',
      assignedOfficerId: OFFICER,
    });
    expect(report.firstResponseAt).toBeInstanceOf(Date);
    expect(report.resolvedAt).toBeInstanceOf(Date);
    const events = await h.em().find(ReportEvent, { reportId: r.id }, { orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorRole, e.note])).toEqual([
      [null, 'SUBMITTED', 'CITIZEN', '市民提交随手拍'],
      ['SUBMITTED', 'ACCEPTED', 'ADMIN', '处理：ACCEPTED'],
      ['ACCEPTED', 'DISPATCHED', 'ADMIN', '处理：DISPATCHED'],
      ['DISPATCHED', 'IN_PROGRESS', 'OFFICER', '处理：IN_PROGRESS'],
      ['IN_PROGRESS', 'RESOLVED', 'OFFICER', '处理：RESOLVED'],
      ['RESOLVED', 'CLOSED', 'SUPERVISOR', '处理：CLOSED'],
    ]);
  });

  it('refuses a status change without a note with BAD_USER_INPUT on input.note and changes nothing', async () => {
    const r = await submitReport(h, actors.citizen('c-note'));
    const res = await h.execute(CHANGE, { input: { reportId: r.id, status: 'ACCEPTED', note: '  ' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
    expect(await statusOf(r.id)).toBe('SUBMITTED');
    expect(await eventCount(r.id)).toBe(1);
  });

  it('answers an illegal transition with CONFLICT and changes nothing', async () => {
    const r = await submitReport(h, actors.citizen('c-illegal'));
    const res = await h.execute(CHANGE, { input: { reportId: r.id, status: 'RESOLVED', note: '已处理' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect(await statusOf(r.id)).toBe('SUBMITTED');
    expect(await eventCount(r.id)).toBe(1);
  });

  it('refuses to leave a final status', async () => {
    const r = await submitReport(h, actors.citizen('c-final'));
    await advance(h, r.id, [{ status: 'REJECTED', note: '非城管职责范围' }], actors.admin());
    const res = await h.execute(CHANGE, { input: { reportId: r.id, status: 'ACCEPTED', note: '重新受理' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await statusOf(r.id)).toBe('REJECTED');
  });

  it('refuses a dispatch without a grid cell with BAD_USER_INPUT on input.gridCode', async () => {
    const r = await submitReport(h, actors.citizen('c-nogrid'));
    const res = await h.execute(CHANGE, { input: { reportId: r.id, status: 'DISPATCHED', note: '派遣' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.gridCode',
    });
    expect(await statusOf(r.id)).toBe('SUBMITTED');
  });

  it('refuses an officer the report is not dispatched to with FORBIDDEN and changes nothing', async () => {
    const r = await submitReport(h, actors.citizen('c-other'));
    await advance(h, r.id, [DISPATCH], actors.admin());
    const res = await h.execute(CHANGE, { input: { reportId: r.id, status: 'IN_PROGRESS', note: '到场' } }, actors.officer(demoOfficerId(6)));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await statusOf(r.id)).toBe('DISPATCHED');
    expect(await eventCount(r.id)).toBe(2);
  });

  it('refuses citizens with FORBIDDEN and anonymous callers with UNAUTHENTICATED', async () => {
    const r = await submitReport(h, actors.citizen('c-self'));
    const input = { reportId: r.id, status: 'ACCEPTED', note: '受理' };
    const citizen = await h.execute(CHANGE, { input }, actors.citizen('c-self'));
    const anonymous = await h.execute(CHANGE, { input });
    expect(citizen.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await statusOf(r.id)).toBe('SUBMITTED');
  });

  it('answers NOT_FOUND for an unknown report id', async () => {
    const res = await h.execute(
      CHANGE,
      {
        input: {
          reportId: '00000000-0000-4000-8000-000000000000',
          status: 'ACCEPTED',
          note: '受理',
        },
      },
      actors.admin(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.reportId',
    });
  });
});
