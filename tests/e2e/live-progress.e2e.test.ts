import { CaseUpdatesDocument, ReportProgressDocument } from '../__generated__/graphql';
import { executeRaw } from '../harness/client';
import { subscribeSse, subscribeWs, waitForSubscribers } from '../harness/live-client';
import type { LiveSubscription } from '../harness/live-client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { signDevToken } from '../../kernel/auth/dev-token';
import { TEST_JWT_SECRET } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

/** Live progress through the gateway: report progress for citizens, a unit's cases for its officers. */
describe('subscriptions through the gateway (SSE and WebSocket)', () => {
  let stack: Stack;
  let admin: string;
  const open: LiveSubscription<unknown>[] = [];
  const health = (name: 'participation' | 'enforcement') => [stack.subgraphUrls[name].replace(/\/graphql$/, '/health')];
  const sql = (query: string, params: unknown[] = []) =>
    stack.servers.participation.orm.em.fork().getConnection().execute<Record<string, string>[]>(query, params);
  /** Seeded reports with a grid cell and no case, put in DISPATCHED (the seed has few in that state). */
  const dispatchedReports = async (count: number) => {
    const rows = await sql(
      `select id, tracking_code from participation.report where grid_code is not null and case_id is null and status = 'IN_PROGRESS'
       order by submitted_at desc limit ${count}`,
    );
    await sql(
      `update participation.report set status = 'DISPATCHED' where id in (${rows.map(() => '?').join(', ')})`,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ id: r.id, code: r.tracking_code }));
  };
  const changeStatus = (reportId: string, status: string) =>
    executeRaw(
      stack.gatewayUrl,
      'mutation($input: ChangeReportStatusInput!) { changeReportStatus(input: $input) { report { status } } }',
      { input: { reportId, status, note: '已到场处置' } },
      { authorization: `Bearer ${admin}` },
    );
  const keep = <T>(s: T) => (open.push(s as LiveSubscription<unknown>), s);

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-live');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  afterAll(() => stack.stop());

  it('sends an anonymous citizen over SSE each status change of their report once, within a second', async () => {
    const [report] = (await dispatchedReports(1)) as [{ id: string; code: string }];
    const live = keep(await subscribeSse(stack.gatewayUrl, ReportProgressDocument, { trackingCode: report.code }));
    await waitForSubscribers(health('participation'), 1);
    const started = Date.now();
    expect((await changeStatus(report.id, 'IN_PROGRESS')).errors).toBeUndefined();
    const [first] = await live.waitFor(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(first.errors).toBeUndefined();
    expect(first.data!.reportProgress).toMatchObject({ trackingCode: report.code, status: 'IN_PROGRESS', grid: { code: expect.any(String) } });
    expect(first.data!.reportProgress.timeline.at(-1)).toEqual({ toStatus: 'IN_PROGRESS', note: '已到场处置' });

    expect((await changeStatus(report.id, 'RESOLVED')).errors).toBeUndefined();
    await live.waitFor(2, 1000);
    await new Promise((r) => setTimeout(r, 300)); // nothing further arrives: each change once
    expect(live.results.map((r) => r.data!.reportProgress.status)).toEqual(['IN_PROGRESS', 'RESOLVED']);
  });

  it('sends a WebSocket subscriber only the report it follows', async () => {
    const [followed, other] = (await dispatchedReports(2)) as [{ id: string; code: string }, { id: string }];
    const live = keep(subscribeWs(stack.gatewayUrl, ReportProgressDocument, { trackingCode: followed.code }));
    await waitForSubscribers(health('participation'), 1);
    expect((await changeStatus(other.id, 'IN_PROGRESS')).errors).toBeUndefined();
    expect((await changeStatus(followed.id, 'IN_PROGRESS')).errors).toBeUndefined();
    await live.waitFor(1, 1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(live.results).toHaveLength(1);
    expect(live.results[0].data!.reportProgress).toMatchObject({ trackingCode: followed.code, status: 'IN_PROGRESS' });
  });

  it('answers an unknown tracking code with NOT_FOUND and ends the stream', async () => {
    const live = keep(await subscribeSse(stack.gatewayUrl, ReportProgressDocument, { trackingCode: 'SSP-NOPE-0000' }));
    await live.ended;
    expect(live.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('lets nobody subscribe at a subgraph directly, bypassing the gateway', async () => {
    const res = await fetch(stack.subgraphUrls.participation, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { reportProgress(trackingCode: "SSP-0000") { status } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('caseUpdates(unitId)', () => {
    let unitId: string;
    let otherUnitId: string;
    let caseId: string;
    beforeAll(async () => {
      const conn = stack.servers.enforcement.orm.em.fork().getConnection();
      const [row] = await conn.execute<{ id: string; unit_id: string }[]>(
        `select id, unit_id from enforcement."case" where status = 'REPORTED' order by created_at desc limit 1`,
      );
      const [other] = await conn.execute<{ id: string }[]>(`select id from enforcement.unit where id <> ? limit 1`, [row.unit_id]);
      unitId = row.unit_id;
      caseId = row.id;
      otherUnitId = other.id;
    });
    const fileCase = () =>
      executeRaw(
        stack.gatewayUrl,
        'mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { status } } }',
        { input: { caseId, action: 'FILE' } },
        { authorization: `Bearer ${admin}` },
      );

    it('sends the supervisors of the unit each step of its cases once, and nobody else anything', async () => {
      const supervisor = await tokenFor('SUPERVISOR', 'sup-live', { unit: unitId });
      const elsewhere = await tokenFor('SUPERVISOR', 'sup-elsewhere', { unit: otherUnitId });
      const mine = keep(subscribeWs(stack.gatewayUrl, CaseUpdatesDocument, { unitId }, supervisor));
      const sse = keep(await subscribeSse(stack.gatewayUrl, CaseUpdatesDocument, { unitId }, supervisor));
      const theirs = keep(subscribeWs(stack.gatewayUrl, CaseUpdatesDocument, { unitId: otherUnitId }, elsewhere));
      await waitForSubscribers(health('enforcement'), 3);
      const started = Date.now();
      expect((await fileCase()).errors).toBeUndefined();
      await Promise.all([mine.waitFor(1, 1000), sse.waitFor(1, 1000)]);
      expect(Date.now() - started).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 300));
      for (const live of [mine, sse]) {
        expect(live.results).toHaveLength(1);
        expect(live.results[0].data!.caseUpdates).toMatchObject({ id: caseId, status: 'FILED', unit: { id: unitId } });
      }
      expect(theirs.results).toEqual([]);
    });

    it('refuses another unit with FORBIDDEN, a citizen with FORBIDDEN and an anonymous caller with UNAUTHENTICATED', async () => {
      const officerElsewhere = await tokenFor('OFFICER', 'off-elsewhere', { unit: otherUnitId });
      const citizen = await tokenFor('CITIZEN', 'citizen-live');
      const codes = async (token?: string) => {
        const live = keep(subscribeWs(stack.gatewayUrl, CaseUpdatesDocument, { unitId }, token));
        await Promise.race([live.ended, live.waitFor(1, 2000)]);
        return live.results.flatMap((r) => r.errors ?? []).map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
      };
      expect(await codes(officerElsewhere)).toEqual(['FORBIDDEN']);
      expect(await codes(citizen)).toEqual(['FORBIDDEN']);
      expect(await codes()).toEqual(['UNAUTHENTICATED']);
    });

    it('ends a subscription with UNAUTHENTICATED when the token that opened it expires (SSE and WebSocket)', async () => {
      const shortLived = await signDevToken({ sub: 'sup-short', roles: ['SUPERVISOR'], unit: unitId, expiresIn: '2s' }, TEST_JWT_SECRET, 'test');
      const ws = keep(subscribeWs(stack.gatewayUrl, CaseUpdatesDocument, { unitId }, shortLived));
      const sse = keep(await subscribeSse(stack.gatewayUrl, CaseUpdatesDocument, { unitId }, shortLived));
      await Promise.all([ws.ended, sse.ended]);
      for (const live of [ws, sse]) {
        expect(live.results.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      expect((await waitForSubscribers(health('enforcement'), 0))[0]).toBe(0); // the subgraph let go of both
    });

    it('closes a WebSocket whose token is invalid with 4403', async () => {
      const live = subscribeWs(stack.gatewayUrl, CaseUpdatesDocument, { unitId }, 'not-a-token');
      expect(await live.closeCode).toBe(4403);
      await live.close();
    });
  });
});
