import { ReportDeskDocument } from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { capturedLog } from '../harness/log-capture';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const accessLines = (lines: Record<string, unknown>[], requestId: unknown) => lines.filter((l) => l.component === 'access' && l.requestId === requestId);

describe('JSON access log, one info line per request in every service', () => {
  const capture = capturedLog();
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true, log: capture.log });
  });
  afterAll(() => stack.stop());

  it('logs a three-subgraph query once in the gateway and once in each subgraph, under one request id, with role and subject', async () => {
    const token = await tokenFor('ADMIN', 'admin-7');
    const res = await execute(stack.gatewayUrl, ReportDeskDocument, { first: 50, year: 2026 }, { token, headers: { 'x-request-id': 'req-access-1' } });
    expect(res.errors).toBeUndefined();
    const lines = accessLines(capture.lines(), 'req-access-1');
    const gateway = lines.filter((l) => l.subgraph === undefined);
    expect(gateway).toEqual([
      expect.objectContaining({ level: 30, msg: 'graphql request', operationName: 'ReportDesk', status: 200, roles: ['ADMIN'], subject: 'admin-7' }),
    ]);
    expect(typeof gateway[0].ms).toBe('number');
    const subgraphs = lines.filter((l) => l.subgraph !== undefined).map((l) => l.subgraph);
    expect([...new Set(subgraphs)].sort()).toEqual(['enforcement', 'participation', 'training']);
    expect(lines.every((l) => l.level === 30 && l.roles !== undefined && l.subject === 'admin-7')).toBe(true);
  });

  it('names the error codes of a refused request and the anonymous caller, and never logs the token', async () => {
    const token = await tokenFor('CITIZEN', 'citizen-9');
    await executeRaw(stack.gatewayUrl, 'query Broken { nope }', undefined, { 'x-request-id': 'req-access-2', authorization: `Bearer ${token}` });
    await executeRaw(stack.gatewayUrl, '{ violationTypes(first: 1) { totalCount } }', undefined, { 'x-request-id': 'req-access-3' });
    const [broken] = accessLines(capture.lines(), 'req-access-2');
    expect(broken).toMatchObject({ operationName: 'Broken', roles: ['CITIZEN'], subject: 'citizen-9', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    const [anonymous] = accessLines(capture.lines(), 'req-access-3');
    expect(anonymous).toMatchObject({ operationName: null, status: 200, roles: [], subject: null });
    expect(capture.raw()).not.toContain(token);
  });
});
