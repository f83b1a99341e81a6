import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType } from 'graphql';
import type { GraphQLField, GraphQLInputType } from 'graphql';

import { ERROR_CODES } from '../../kernel/errors/error-codes';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/**
 * Property-based fuzz of every mutation of the client API, through the gateway over HTTP: inputs are generated
 * from the schema by a seeded generator (fast-check is not installed), each with at least one bad value (a
 * malformed id, a control character, an over-long string, an unknown field, a value of the wrong type). For
 * every answer: no INTERNAL_SERVER_ERROR, a code from the closed set on every error, and no row changed.
 */
const SEED = 20261202;
const RUNS_PER_MUTATION = 6;
const BAD_IDS = ['', 'NaN', '12345', "1' OR '1'='1", 'not-a-uuid-123', 'a\u0000b', '../../etc/passwd', '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e5f\u0000'];
const BAD_STRINGS = ['\u0000', 'abc\u0000def', 'bell\u0007', 'x'.repeat(10_001), 'esc\u001b[31m'];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof prng>;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const uuid = (rand: Rand) => '00000000-0000-4000-8000-000000000000'.replace(/0/g, () => pick(rand, [...'0123456789abcdef']));

interface Leaf {
  path: string;
  scalar: 'ID' | 'String';
}

/** The ID and String leaves of an argument (the places a bad value can go). */
function textLeaves(type: GraphQLInputType, at: string, depth = 0): Leaf[] {
  const named = getNamedType(type);
  if (named.name === 'ID' || named.name === 'String') {
    return [{ path: at, scalar: named.name }];
  }
  if (!isInputObjectType(named) || depth > 4) {
    return [];
  }
  return Object.values(named.getFields()).flatMap((f) => textLeaves(f.type, `${at}.${f.name}`, depth + 1));
}

/** A well-shaped value of `type`, with `bad` put at the leaf `target` (a path below `at`). */
function generate(type: GraphQLInputType, at: string, target: string | null, bad: unknown, rand: Rand, depth = 0): unknown {
  if (at === target) {
    return bad;
  }
  if (isNonNullType(type)) {
    return generate(type.ofType, at, target, bad, rand, depth);
  }
  if (isListType(type)) {
    return [generate(type.ofType as GraphQLInputType, at, target, bad, rand, depth + 1)];
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const path = `${at}.${f.name}`;
      if (isNonNullType(f.type) || (target?.startsWith(`${path}`) ?? false) || (depth < 3 && rand() < 0.3)) {
        out[f.name] = generate(f.type, path, target, bad, rand, depth + 1);
      }
    }
    return out;
  }
  if (isEnumType(type)) {
    return pick(rand, type.getValues()).name;
  }
  const scalars: Record<string, () => unknown> = {
    ID: () => uuid(rand),
    String: () => pick(rand, ['兰溪', 'test', 'a b c', '12345678901']),
    Int: () => Math.floor(rand() * 10) + 1,
    Float: () => 29 + rand(),
    Boolean: () => rand() < 0.5,
    DateTimeISO: () => new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 300))).toISOString(),
  };
  return isLeafType(type) ? (scalars[type.name] ?? (() => 'x'))() : null;
}

interface Case {
  mutation: string;
  query: string;
  variables: Record<string, unknown>;
  bad: string;
}

function casesFor(field: GraphQLField<unknown, unknown>, rand: Rand, operation = 'mutation'): Case[] {
  const decl = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${operation}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const leaves = field.args.flatMap((a) => textLeaves(a.type, a.name));
  const cases: Case[] = [];
  for (let run = 0; run < RUNS_PER_MUTATION; run += 1) {
    const leaf = leaves.length > 0 && run < RUNS_PER_MUTATION - 1 ? pick(rand, leaves) : null;
    const target = leaf?.path ?? null;
    // a code-like ID (gridCode) is text, not a UUID: only a control character or an over-long value is bad there
    const codeId = leaf ? /(^|\.)(codes?|\w+Codes?)$/.test(leaf.path) : false;
    const bad = leaf ? pick(rand, leaf.scalar === 'ID' && !codeId ? BAD_IDS : BAD_STRINGS) : null;
    const variables: Record<string, unknown> = {};
    for (const a of field.args) {
      variables[a.name] = generate(a.type, a.name, target, bad, rand);
    }
    if (!target) {
      // no text leaf to spoil (or the last run): an unknown field, or a value of the wrong type
      const first = field.args[0];
      if (first && isInputObjectType(getNamedType(first.type))) {
        variables[first.name] = { ...(variables[first.name] as object), unknownField: 1 };
      } else if (first) {
        variables[first.name] = { wrong: 'type' };
      }
    }
    cases.push({ mutation: field.name, query, variables, bad: leaf ? `${leaf.path}=${JSON.stringify(bad).slice(0, 40)} (${leaf.scalar})` : 'unknown field / wrong type' });
  }
  return cases;
}

describe('fuzzed bad input for every mutation (property-based)', () => {
  const api = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
  const mutations = Object.values(api.getMutationType()!.getFields());
  // queries taking an id or a string (the rest have nothing a guard could refuse)
  const queries = Object.values(api.getQueryType()!.getFields()).filter((f) => f.args.some((a) => textLeaves(a.type, a.name).length > 0));
  let stack: Stack;
  let everyRole: string;

  /** Rows of every table of the three subgraph schemas, as (count, hash of all rows) per table. */
  const snapshot = async () => {
    const conn = stack.servers.enforcement.orm.em.getConnection();
    const tables = await conn.execute<{ t: string }[]>(
      `select format('%I.%I', schemaname, tablename) as t from pg_tables where schemaname in ('enforcement', 'participation', 'training') order by 1`,
    );
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const [row] = await conn.execute<{ n: string; h: string }[]>(`select count(*) as n, coalesce(sum(hashtext(x::text)::bigint), 0) as h from ${t} x`);
      out[t] = `${row!.n}:${row!.h}`;
    }
    return out;
  };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    // every role at once, so no mutation is refused by role before its input reaches the subgraph
    const roles = ['ADMIN', 'OFFICER', 'SUPERVISOR', 'TRAINER', 'VOLUNTEER', 'CITIZEN', 'OBSERVER', 'DEPARTMENT', 'LEGAL_REVIEWER'] as const;
    everyRole = await tokenFor([...roles], '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e5f', { unit: '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e60', dept: '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e61' });
  });
  afterAll(() => stack.stop());

  const fuzz = async (fields: GraphQLField<unknown, unknown>[], operation: string) => {
    const rand = prng(SEED);
    const failures: string[] = [];
    let sent = 0;
    for (const field of fields) {
      for (const c of casesFor(field, rand, operation)) {
        const res = await executeRaw(stack.gatewayUrl, c.query, c.variables, { authorization: `Bearer ${everyRole}` });
        sent += 1;
        const errors = res.errors ?? [];
        const wrong = errors.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !ERROR_CODES.has(String(e.extensions?.code)));
        if (res.status >= 500 || errors.length === 0 || wrong.length > 0) {
          failures.push(`${c.mutation} with ${c.bad} (seed ${SEED}): HTTP ${res.status} ${JSON.stringify(wrong.length ? wrong : res).slice(0, 300)}`);
        }
      }
    }
    return { sent, failures };
  };

  it(`answers ${RUNS_PER_MUTATION} bad inputs for each mutation without an internal error, with closed codes and no row changed`, async () => {
    expect(mutations.length).toBeGreaterThan(50);
    const before = await snapshot();
    const { sent, failures } = await fuzz(mutations, 'mutation');
    expect(sent).toBe(mutations.length * RUNS_PER_MUTATION);
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it(`answers ${RUNS_PER_MUTATION} bad inputs for each query with an id or string argument without an internal error`, async () => {
    expect(queries.length).toBeGreaterThan(20);
    const { sent, failures } = await fuzz(queries, 'query');
    expect(sent).toBe(queries.length * RUNS_PER_MUTATION);
    expect(failures).toEqual([]);
  });
});
