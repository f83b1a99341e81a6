import { demoOfficerId } from '../../kernel/demo/demo-roster';
import {
  ExemptViolationTypesDocument,
  OfficerProfileDocument,
  OfficerRosterDocument,
  ReportDeskDocument,
  SubmitReportDocument,
  TrackReportDocument,
} from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

describe('the federated graph through the gateway', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-e2e');
  });
  afterAll(() => stack.stop());

  it('serves public catalogue data to anonymous callers', async () => {
    const res = await execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 50 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.violationTypes.totalCount).toBe(12);
    const littering = res.data!.violationTypes.edges.find((e) => e.node.code === 'LT-01')!.node;
    expect(littering).toMatchObject({ nameZh: '乱扔果皮纸屑烟头', legalBasisArticle: '第三十四条', category: 'LITTERING' });
  });

  it('joins all three subgraphs in one query: report → grid and officer (enforcement) → training hours', async () => {
    const res = await execute(stack.gatewayUrl, ReportDeskDocument, { first: 50, year: 2026 }, { token: admin });
    expect(res.errors).toBeUndefined();
    const dispatched = res.data!.reports.edges.map((e) => e.node).find((r) => r.assignedOfficer)!;
    expect(dispatched.grid!.unit.shortName).toMatch(/中队$/);
    expect(dispatched.assignedOfficer!.badgeNumber).toMatch(/^330781\d{4}$/);
    expect(typeof dispatched.assignedOfficer!.trainingHours!.totalHours).toBe('number');
    const submitted = res.data!.reports.edges.map((e) => e.node).find((r) => r.status === 'SUBMITTED');
    expect(submitted?.assignedOfficer ?? null).toBeNull();
  });

  it('lets an officer read their own profile with training hours from the training subgraph', async () => {
    const id = demoOfficerId(4);
    const token = await tokenFor('OFFICER', id);
    const res = await execute(stack.gatewayUrl, OfficerProfileDocument, { id, year: 2026 }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.officer).toMatchObject({ id, badgeNumber: '3307810005', trainingHours: { year: 2026, requiredHours: 40 } });
    const { totalHours, byCategory } = res.data!.officer.trainingHours!;
    expect(byCategory.reduce((s, c) => s + c.hours, 0)).toBeCloseTo(totalHours);
  });

  it('accepts an anonymous citizen report and shows its progress by tracking code', async () => {
    const submitted = await execute(stack.gatewayUrl, SubmitReportDocument, {
      input: {
        category: 'STREET_VENDING',
        description: '兰江路小学门口有流动摊贩占道，放学时很拥挤',
        location: { lat: 29.185, lng: 119.445, address: '兰溪市兰江路小学门口' },
        photoUris: [],
        idempotencyKey: 'e2e-anonymous-report-0001',
      },
    });
    expect(submitted.errors).toBeUndefined();
    const { trackingCode } = submitted.data!.submitReport.report;
    expect(trackingCode).toMatch(/^SSP-[2-9A-Z]{8}$/);
    const tracked = await execute(stack.gatewayUrl, TrackReportDocument, { trackingCode });
    expect(tracked.data!.trackReport).toMatchObject({ trackingCode, status: 'SUBMITTED' });
  });

  it('rejects bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await stack.servers.participation.orm.em.fork().getConnection().execute('select count(*)::int as n from participation.report');
    const res = await execute(stack.gatewayUrl, SubmitReportDocument, {
      input: {
        category: 'LITTERING',
        description: '河边步道有很多烟头和饮料瓶',
        location: { lat: 95, lng: 119.44, address: '兰溪市中洲公园' },
        photoUris: [],
      },
    });
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.location.lat' });
    const after = await stack.servers.participation.orm.em.fork().getConnection().execute('select count(*)::int as n from participation.report');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses the officer roster to an anonymous caller with UNAUTHENTICATED', async () => {
    const res = await execute(stack.gatewayUrl, OfficerRosterDocument, { first: 5 });
    expect(res.data?.officers ?? null).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses staff lists to a citizen with FORBIDDEN', async () => {
    const token = await tokenFor('CITIZEN', 'citizen-e2e');
    const res = await execute(stack.gatewayUrl, ReportDeskDocument, { first: 5, year: 2026 }, { token });
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.reports' });
  });

  it('answers 401 UNAUTHENTICATED to a forged or expired token', async () => {
    const res = await execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 1 }, { token: `${admin}x` });
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a direct call to a subgraph that did not come through the gateway', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ceg-identity': 'v1.e30.forged' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { extensions: object }[] }).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    }
  });

  it('never shares a subgraph response between callers of the same query in flight (no cross-user dedupe)', async () => {
    const id = demoOfficerId(7);
    const query = `query($id: ID!) { officer(id: $id) { phone } }`;
    const officerToken = await tokenFor('OFFICER', demoOfficerId(8));
    const calls = Array.from({ length: 12 }, (_, i) =>
      executeRaw(stack.gatewayUrl, query, { id }, { authorization: `Bearer ${i % 2 === 0 ? admin : officerToken}` }),
    );
    const phones = (await Promise.all(calls)).map((r) => (r.data!.officer as { phone: string }).phone);
    phones.forEach((phone, i) => expect({ i, masked: phone.includes('*') }).toEqual({ i, masked: i % 2 === 1 }));
  });
});
