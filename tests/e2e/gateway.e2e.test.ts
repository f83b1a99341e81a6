import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

import { createGateway } from '../../gateway/create-gateway';
import { EXPLORER_TABS } from '../../gateway/explorer-tabs';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { silentLog, testConfig } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

const SCHEMA = path.join(__dirname, '..', '..', 'schema');
const { limits } = testConfig();

describe('gateway behaviour', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it('answers /health and /ready', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('serves the GraphiQL explorer with every asset from the gateway itself (no CDN)', async () => {
    const html = await (await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('/explorer/assets/yoga-graphiql.umd.js');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    for (const asset of ['yoga-graphiql.umd.js', 'graphiql.css', 'monacoeditorwork/graphql.worker..bundle.js']) {
      const res = await fetch(`${base}/explorer/assets/${asset}`);
      expect({ asset, status: res.status }).toEqual({ asset, status: 200 });
    }
  });

  it('opens the explorer on the Chinese example tabs with a bearer-token header template, and the public tab answers', async () => {
    const html = await (await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } })).text();
    for (const title of ['公共目录', '随手拍进度查询', '执法队员工作台', '培训管理台']) {
      expect({ title, shown: html.includes(`# ${title}`) }).toEqual({ title, shown: true });
    }
    expect(html).toContain('"headers":"{\\n  \\"Authorization\\": \\"Bearer <token>\\"\\n}"');
    const res = await executeRaw(stack.gatewayUrl, EXPLORER_TABS[0].query);
    expect(res.errors).toBeUndefined();
    expect((res.data as { violationTypes: { edges: unknown[] } }).violationTypes.edges).toHaveLength(5);
  });

  it('rejects a query deeper than the limit before any subgraph is called', async () => {
    const deep = `{ gridCells(first: 1) { edges { node { unit { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }`;
    stack.resetSql();
    const res = await executeRaw(stack.gatewayUrl, deep);
    expect(res.errors![0].message).toMatch(new RegExp(`depth \\d+ exceeds the limit of ${limits.maxDepth}`));
    expect(stack.sqlTotal()).toBe(0);
  });

  it('rejects an operation with more aliases than allowed', async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: violationType(code: "LT-01") { code }`).join(' ');
    const res = await executeRaw(stack.gatewayUrl, `{ ${aliases} }`);
    expect(res.errors![0].message).toBe(`${limits.maxAliases + 1} aliases exceed the limit of ${limits.maxAliases}`);
  });

  it('rejects an oversized document by token count', async () => {
    const fields = Array.from({ length: limits.maxTokens + 10 }, () => 'a').join(' ');
    const res = await executeRaw(stack.gatewayUrl, `{ ${fields} }`);
    expect(res.errors![0].message).toMatch(`contains more than ${limits.maxTokens} tokens`);
  });

  it('passes a subgraph error through with the same code and field', async () => {
    const res = await executeRaw(stack.gatewayUrl, '{ gridCell(code: "NOPE") { code } }');
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });

  it('hides introspection and field suggestions in production', async () => {
    const config = testConfig({ NODE_ENV: 'production' });
    const gateway = createGateway(config, silentLog, stack.subgraphUrls);
    const url = await gateway.listen(0);
    try {
      const introspection = await executeRaw(url, '{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await executeRaw(url, '{ violationTypez(first: 1) { totalCount } }');
      expect(typo.errors![0].message).toBe('Cannot query field "violationTypez" on type "Query".');
      const explorer = await fetch(url, { headers: { accept: 'text/html' } });
      expect(await explorer.text()).not.toContain('yoga-graphiql');
    } finally {
      await gateway.stop();
    }
  });

  it('reloads the supergraph when the file changes, without a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ceg-supergraph-'));
    const file = path.join(dir, 'supergraph.graphql');
    const withoutTraining = composeServices(
      ['enforcement', 'participation'].map((name) => ({
        name,
        url: stack.subgraphUrls[name as 'enforcement'],
        typeDefs: parse(readFileSync(path.join(SCHEMA, `${name}.graphql`), 'utf8')),
      })),
    );
    writeFileSync(file, withoutTraining.supergraphSdl!);
    const gateway = createGateway(testConfig({ SUPERGRAPH_PATH: file }), silentLog, stack.subgraphUrls);
    const url = await gateway.listen(0);
    const token = await tokenFor('TRAINER', 'trainer-reload');
    const courses = () => executeRaw(url, '{ courses(first: 1) { totalCount } }', undefined, { authorization: `Bearer ${token}` });
    try {
      expect((await courses()).errors![0].message).toMatch(/Cannot query field "courses"/);
      copyFileSync(path.join(SCHEMA, 'supergraph.graphql'), file);
      let res = await courses();
      for (let i = 0; i < 50 && res.errors; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        res = await courses();
      }
      expect(res.errors).toBeUndefined();
      expect((res.data!.courses as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(10);
    } finally {
      await gateway.stop();
    }
  });
});
