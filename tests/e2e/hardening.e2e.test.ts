import { readFileSync } from 'node:fs';

import { print } from 'graphql';

import { createGateway } from '../../gateway/create-gateway';
import { MANIFEST_FILE } from '../../gateway/persisted-documents';

import { ExemptViolationTypesDocument } from '../__generated__/graphql';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { silentLog, testConfig } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

const { limits } = testConfig();
const JOIN_TEAM = 'mutation($input: JoinVolunteerTeamInput!) { joinVolunteerTeam(input: $input) { __typename } }';

/** A body sent in chunks, with no Content-Length. */
const chunked = (text: string) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

describe('gateway hardening: request size, error codes, refusals', () => {
  let stack: Stack;
  let volunteer: Record<string, string>;
  const post = (body: string) => fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    volunteer = { authorization: `Bearer ${await tokenFor('VOLUNTEER', 'volunteer-hardening')}` };
  });
  afterAll(() => stack.stop());

  it('refuses a body over 100 kB (padding in variables) with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } }));
    expect({ status: res.status, body: await res.json() }).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
  });

  it('refuses a document over the size limit made of one comment', async () => {
    const res = await executeRaw(stack.gatewayUrl, `# ${'c'.repeat(limits.maxDocumentBytes)}\n{ __typename }`);
    expect(res.errors![0]).toMatchObject({
      message: expect.stringContaining(`exceeds the limit of ${limits.maxDocumentBytes}`),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('counts comments against the token limit', async () => {
    const res = await executeRaw(stack.gatewayUrl, `${'#c\n'.repeat(limits.maxTokens + 1)}{ __typename }`);
    expect(res.errors![0].message).toBe(`Document contains more than ${limits.maxTokens} tokens (comments included)`);
  });

  it('refuses a list fan-out over the cost limit before any subgraph is called', async () => {
    const admin = await tokenFor('ADMIN', 'admin-cost');
    stack.resetSql();
    const res = await executeRaw(
      stack.gatewayUrl,
      '{ officers(first: 100) { edges { node { mentees { mentees { mentees { grids { name } } } } } } } }',
      {},
      { authorization: `Bearer ${admin}` },
    );
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/cost \d+ exceeds the limit of 50000/),
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
    expect(stack.sqlTotal()).toBe(0);
  });

  it('gives an unknown input field in a variable BAD_USER_INPUT with the field', async () => {
    const res = await executeRaw(stack.gatewayUrl, JOIN_TEAM, { input: { teamId: 12345, x: 1 } }, volunteer);
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.x' } })]);
  });

  it('gives a variable of the wrong type BAD_USER_INPUT with the variable', async () => {
    const res = await executeRaw(stack.gatewayUrl, 'query($n: Int!) { violationTypes(first: $n) { totalCount } }', { n: 'x' });
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'n' } })]);
  });

  it('gives a missing required variable BAD_USER_INPUT with the variable', async () => {
    const res = await executeRaw(stack.gatewayUrl, 'query($n: Int!) { violationTypes(first: $n) { totalCount } }', {});
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'n' } })]);
  });

  it('answers a body that is not JSON with BAD_REQUEST and no parser internals', async () => {
    const res = await post('{bad json');
    expect(await res.json()).toEqual({ errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it.each([
    [
      'GET with variables that are not JSON',
      400,
      'BAD_REQUEST',
      () => fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}&variables=%7Bx`),
    ],
    [
      'a POST body as text/plain',
      415,
      'BAD_REQUEST',
      () => fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }),
    ],
    ['an operationName the document lacks', 400, 'BAD_REQUEST', () => post(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }))],
    ['two operations and no operationName', 400, 'BAD_REQUEST', () => post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }))],
    ['a subscription (the API has none)', 200, 'GRAPHQL_VALIDATION_FAILED', () => post(JSON.stringify({ query: 'subscription { __typename }' }))],
    ['a PUT', 405, 'BAD_REQUEST', () => fetch(stack.gatewayUrl, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })],
    // JSON bodies that are no request object: the gateway reads a JSON body before the runtime, which must still refuse these
    // no query: 200 under the legacy application/json response, as the GraphQL over HTTP draft allows
    ['an empty JSON object', 200, 'BAD_REQUEST', () => post('{}')],
    ['an empty JSON array', 400, 'BAD_REQUEST', () => post('[]')],
    ['a JSON null', 400, 'BAD_REQUEST', () => post('null')],
    ['a JSON number', 400, 'BAD_REQUEST', () => post('5')],
    ['a request object without a query', 200, 'BAD_REQUEST', () => post('{"variables":{}}')],
    [
      'a JSON body without Content-Length (chunked)',
      411,
      'PAYLOAD_TOO_LARGE',
      () =>
        fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: chunked('{"query":"{ __typename }"}'),
          duplex: 'half',
        } as RequestInit),
    ],
  ])('answers %s with JSON and a closed code, not an internal error', async (_what, status, code, send) => {
    const res = await send();
    expect({ status: res.status, body: await res.json() }).toEqual({
      status,
      body: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code }) })] },
    });
  });

  it('answers a malformed id with BAD_USER_INPUT on the input field, not an internal error', async () => {
    const res = await executeRaw(stack.gatewayUrl, JOIN_TEAM, { input: { teamId: "1' OR '1'='1" } }, volunteer);
    expect(res.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.teamId' }) })]);
  });

  it('serves an explorer whose page and assets load nothing from another host', async () => {
    const html = await (await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } })).text();
    const references = [...html.matchAll(/\b(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]);
    const workers = [...html.matchAll(/["'](\/explorer\/assets\/[^"']+)["']/g)].map((m) => m[1]);
    expect(references.filter((r) => r.startsWith('/explorer/assets/')).length).toBeGreaterThan(1);
    expect([...references, ...workers].filter((r) => /^(https?:)?\/\//i.test(r))).toEqual([]);
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    for (const asset of new Set([...references, ...workers].filter((r) => r.startsWith('/')))) {
      const res = await fetch(new URL(asset, `${base}/`));
      const text = await res.text();
      expect({ asset, status: res.status }).toEqual({ asset, status: 200 });
      // CDN hosts an asset could load from (documentation links in strings are not loaded)
      expect({ asset, remote: text.match(/unpkg\.com|jsdelivr|cdnjs|raw\.githubusercontent|fonts\.googleapis/g) }).toEqual({ asset, remote: null });
    }
  });

  it('serves no explorer page or asset in production', async () => {
    const gateway = createGateway(testConfig({ NODE_ENV: 'production' }), silentLog, stack.subgraphUrls);
    const url = await gateway.listen(0);
    try {
      const asset = await fetch(url.replace(/\/graphql$/, '/explorer/assets/yoga-graphiql.umd.js'));
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect({ asset: asset.status, page: (await page.text()).includes('graphiql') }).toEqual({ asset: 404, page: false });
    } finally {
      await gateway.stop();
    }
  });

  it('accepts only catalogue operations with PERSISTED_DOCUMENTS_ONLY=true', async () => {
    const gateway = createGateway(testConfig({ PERSISTED_DOCUMENTS_ONLY: 'true' }), silentLog, stack.subgraphUrls);
    const url = await gateway.listen(0);
    try {
      const registered = await executeRaw(url, `# a comment\n${print(ExemptViolationTypesDocument)}`, { first: 2 });
      const other = await executeRaw(url, '{ violationTypes(first: 2) { edges { node { code } } } }');
      expect(registered.errors).toBeUndefined();
      expect(other.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) })]);

      // by the hash of the SDK's manifest, with no document in the body (as a trusted-documents client sends it)
      const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;
      const [hash] = Object.entries(manifest).find(([, doc]) => doc.startsWith('query ExemptViolationTypes'))!;
      const byHash = (sha256Hash: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ variables: { first: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { data?: { violationTypes: { edges: unknown[] } }; errors?: { extensions?: { code?: string } }[] },
        }));
      const known = await byHash(hash.replace(/^sha256:/, ''));
      expect(known).toMatchObject({ status: 200, body: { data: { violationTypes: { edges: [expect.anything(), expect.anything()] } } } });
      expect(known.body.errors).toBeUndefined();
      expect((await byHash(hash)).body.errors).toBeUndefined();
      const unknown = await byHash('0'.repeat(64));
      expect(unknown.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    } finally {
      await gateway.stop();
    }
  });

  it('gives ten concurrent submitReport calls with one idempotency key the one report', async () => {
    const input = {
      category: 'NOISE',
      description: '夜间施工噪音，同一时刻重复提交',
      location: { lat: 29.21, lng: 119.45, address: '兰溪市丹溪大道12号' },
      idempotencyKey: 'e2e-hardening-concurrent-0001',
    };
    const submit = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { id trackingCode } } }';
    const answers = await Promise.all(Array.from({ length: 10 }, () => executeRaw(stack.gatewayUrl, submit, { input })));
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const reports = answers.map((a) => (a.data!.submitReport as { report: { id: string; trackingCode: string } }).report);
    expect(new Set(reports.map((r) => r.id)).size).toBe(1);
  });

  describe('an officer asking for training fields of other officers', () => {
    let officers: { id: string; unit: { id: string } }[];
    beforeAll(async () => {
      const admin = await tokenFor('ADMIN', 'admin-hardening');
      const res = await executeRaw(stack.gatewayUrl, '{ officers(first: 3) { edges { node { id unit { id } } } } }', {}, { authorization: `Bearer ${admin}` });
      officers = (res.data!.officers as { edges: { node: { id: string; unit: { id: string } } }[] }).edges.map((e) => e.node);
    });

    it('gets FORBIDDEN for the refused fields only, with the other officers still listed', async () => {
      const me = officers[0];
      const token = await tokenFor('OFFICER', me.id, { unit: me.unit.id });
      const res = await executeRaw(
        stack.gatewayUrl,
        '{ officers(first: 3) { edges { node { id certification { id } dutyEligible { eligible } } } } }',
        {},
        { authorization: `Bearer ${token}` },
      );
      const nodes = (res.data!.officers as { edges: { node: { id: string; dutyEligible: unknown } }[] }).edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toEqual(officers.map((o) => o.id));
      expect(nodes.slice(1).map((n) => n.dutyEligible)).toEqual([null, null]);
      expect(new Set(res.errors!.map((e) => e.extensions!.code))).toEqual(new Set(['FORBIDDEN']));
      expect(new Set(res.errors!.map((e) => e.extensions!.field))).toEqual(new Set(['Officer.certification', 'Officer.dutyEligible']));
    });

    it('answers an officer without a unit claim about themself without an internal error', async () => {
      for (const me of officers) {
        const token = await tokenFor('OFFICER', me.id);
        const res = await executeRaw(
          stack.gatewayUrl,
          `{ officer(id: "${me.id}") { certification { number } dutyEligible { eligible } } }`,
          {},
          { authorization: `Bearer ${token}` },
        );
        expect(res.errors ?? []).not.toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) }));
        expect(res.data?.officer).toMatchObject({ dutyEligible: { eligible: expect.any(Boolean) } });
      }
    });
  });
});
