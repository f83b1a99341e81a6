import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, Kind, parse } from 'graphql';
import type { ObjectTypeDefinitionNode } from 'graphql';

import { ANONYMOUS } from '../../kernel/auth/actor';
import { IDENTITY_HEADER, signIdentity } from '../../kernel/auth/identity';
import { seedId } from '../../kernel/db/seed-id';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { subgraphs } from '../../subgraphs/registry';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { TEST_IDENTITY_SECRET } from '../harness/test-env';

const WORK_MIX_KEY = `bureau~${new Date(Date.now() - 30 * 86_400_000).toISOString()}~${new Date().toISOString()}`;

/** One known representation per resolvable @key type of each subgraph (demo data; `null` ids are read from the database). */
const SAMPLES: Record<string, Record<string, Record<string, unknown>>> = {
  enforcement: {
    Officer: { id: demoOfficerId(0) },
    Unit: { id: seedId('unit', 'bureau') },
    GridCell: { code: 'LX-YS-01' },
    ViolationType: { code: 'LT-01' },
    Case: { id: seedId('case', 'ZF-2025-000001') },
    Merchant: { id: seedId('merchant', 'm-0-0') },
    Department: { id: seedId('department', 'market') },
    WorkMix: { id: WORK_MIX_KEY },
  },
  participation: {
    Report: { id: seedId('report', '0') },
    Activity: { id: seedId('activity', '0') },
    Officer: { id: demoOfficerId(0) },
  },
  training: { Course: { id: seedId('course', 'LAW-101') }, Officer: { id: demoOfficerId(0) } },
  service: {
    VendingZone: { id: seedId('vending-zone', 'lanjiang-night') },
    Stall: { id: seedId('stall', 'lanjiang-night:A-01') },
    ServicePoint: { id: seedId('service-point', 'yunshan-station') },
    Officer: { id: demoOfficerId(3) },
    MerchantVisit: { id: null }, // visits are seeded with random ids
    WorkMix: { id: WORK_MIX_KEY },
  },
};

function resolvableKeyTypes(sdl: string): string[] {
  return parse(sdl)
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((d) =>
      (d.directives ?? []).some(
        (dir) =>
          dir.name.value === 'key' && !(dir.arguments ?? []).some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
      ),
    )
    .map((d) => d.name.value)
    .sort();
}

describe.each(subgraphs.map((s) => s.name))('subgraph contract: %s', (name) => {
  let stack: Stack;
  let url: string;
  // an admin caller: some references (Case) apply the same access rules as their queries
  const admin = { ...ANONYMOUS, subject: 'contract-admin', roles: ['ADMIN' as const] };
  const signed = (body: string) => ({
    'content-type': 'application/json',
    [IDENTITY_HEADER]: signIdentity(admin, 'contract', TEST_IDENTITY_SECRET, Date.now(), undefined, body),
  });
  const post = (body: string) => fetch(url, { method: 'POST', headers: signed(body), body });
  const call = async (query: string, variables?: object) =>
    (await (await post(JSON.stringify({ query, variables }))).json()) as {
      data?: Record<string, unknown>;
      errors?: unknown[];
    };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    url = stack.subgraphUrls[name];
    if (name === 'service') {
      const [visit] = await stack.servers.service.orm.em.fork().execute<{ id: string }[]>('select id from service.merchant_visit limit 1');
      SAMPLES.service.MerchantVisit = { id: visit.id };
    }
  });
  afterAll(() => stack.stop());

  it('serves over HTTP the same SDL that is committed in schema/', async () => {
    const res = await call('{ _service { sdl } }');
    const served = (res.data!._service as { sdl: string }).sdl;
    const committed = readFileSync(path.join(__dirname, '..', '..', 'schema', `${name}.graphql`), 'utf8');
    expect(`${served.trim()}\n`).toBe(committed.replace(/^#.*\n/, ''));
  });

  it('resolves every resolvable @key through _entities', async () => {
    const sdl = readFileSync(path.join(__dirname, '..', '..', 'schema', `${name}.graphql`), 'utf8');
    const types = resolvableKeyTypes(sdl);
    expect(Object.keys(SAMPLES[name] ?? {}).sort()).toEqual(types);
    const representations = types.map((t) => ({ __typename: t, ...SAMPLES[name][t] }));
    const res = await call('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: representations });
    expect(res.errors).toBeUndefined();
    expect((res.data!._entities as { __typename: string }[]).map((e) => e?.__typename)).toEqual(types);
  });

  it('refuses an unsigned request with 401 UNAUTHENTICATED', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(401);
  });

  it('refuses a captured identity header replayed with the same body', async () => {
    const body = '{"query":"{ __typename }"}';
    const headers = signed(body);
    expect((await fetch(url, { method: 'POST', headers, body })).status).toBe(200);
    const replay = await fetch(url, { method: 'POST', headers, body });
    expect({ status: replay.status, body: await replay.json() }).toMatchObject({
      status: 401,
      body: { errors: [{ message: expect.stringContaining('replayed') }] },
    });
  });

  it('refuses a captured identity header sent with another body', async () => {
    const headers = signed('{"query":"{ __typename }"}');
    const res = await fetch(url, { method: 'POST', headers, body: '{"query":"{ _service { sdl } }"}' });
    expect({ status: res.status, body: await res.json() }).toMatchObject({
      status: 401,
      body: { errors: [{ message: expect.stringContaining('other-request') }] },
    });
  });

  it('refuses an identity issued a day in the future', async () => {
    const body = '{"query":"{ __typename }"}';
    const header = signIdentity(admin, 'contract', TEST_IDENTITY_SECRET, Date.now() + 86_400_000, undefined, body);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header }, body });
    expect(res.status).toBe(401);
  });

  it('answers /health and /ready without a signature', async () => {
    const base = url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', service: name });
  });

  it('publishes a schema that graphql-js accepts as a valid subgraph schema', () => {
    const sdl = readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8');
    expect(() => buildSchema(sdl)).not.toThrow();
  });
});
