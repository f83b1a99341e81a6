import { readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { buildSchema } from 'graphql';
import type { GraphQLField } from 'graphql';

import { ERROR_CODES } from '../../kernel/errors/error-codes';
import { executeRaw } from '../harness/client';
import { badCalls } from '../harness/fuzz-inputs';
import type { FuzzCall } from '../harness/fuzz-inputs';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/**
 * Property-based fuzz (fast-check) of every mutation of the client API, and of every query taking an id or a
 * string, through the gateway over HTTP. Calls are generated from schema/api.graphql, each with at least one bad
 * value (tests/harness/fuzz-inputs.ts). For every answer: no INTERNAL_SERVER_ERROR, an error, a code from the
 * closed set on every error — and afterwards no row changed in any subgraph's tables. Fixed seed, bounded runs,
 * no shrinking (a failure is reported with its input and the seed that reproduces it).
 */
const SEED = 20261202;
const RUNS_PER_FIELD = 6;
type Field = GraphQLField<unknown, unknown>;

describe('fuzzed bad input for every mutation (property-based, fast-check)', () => {
  const api = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
  const mutations = Object.values(api.getMutationType()!.getFields());
  const mutation = (name: string) => mutations.find((m) => m.name === name)!;
  // queries taking an argument (the rest have nothing a guard could refuse)
  const queries = Object.values(api.getQueryType()!.getFields()).filter((f) => f.args.length > 0 && !f.name.startsWith('_'));
  let stack: Stack;
  let everyRole: string;

  /** Rows of every table of the subgraph schemas, as (count, hash of all rows) per table. */
  const snapshot = async () => {
    const conn = stack.servers.enforcement.orm.em.getConnection();
    const tables = await conn.execute<{ t: string }[]>(
      `select format('%I.%I', schemaname, tablename) as t from pg_tables
        where schemaname in ('enforcement', 'participation', 'training', 'service') and tablename <> 'identity_nonce' order by 1`,
    );
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const [row] = await conn.execute<{ n: string; h: string }[]>(`select count(*) as n, coalesce(sum(hashtext(x::text)::bigint), 0) as h from ${t} x`);
      out[t] = `${row.n}:${row.h}`;
    }
    return out;
  };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    // every role at once, so no mutation is refused by role before its input reaches the subgraph
    const roles = ['ADMIN', 'OFFICER', 'SUPERVISOR', 'TRAINER', 'VOLUNTEER', 'CITIZEN', 'OBSERVER', 'DEPARTMENT', 'LEGAL_REVIEWER'] as const;
    everyRole = await tokenFor([...roles], '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e5f', {
      unit: '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e60',
      dept: '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e61',
    });
  });
  afterAll(() => stack.stop());

  /** Why an answer breaks the property, or null when it holds. */
  const wrongAnswer = async (call: FuzzCall): Promise<string | null> => {
    const res = await executeRaw(stack.gatewayUrl, call.query, call.variables, { authorization: `Bearer ${everyRole}` });
    const errors = res.errors ?? [];
    const wrong = errors.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !ERROR_CODES.has(String(e.extensions?.code)));
    if (res.status >= 500 || errors.length === 0 || wrong.length > 0) {
      return `${call.field} with ${call.bad}: HTTP ${res.status} ${JSON.stringify(wrong.length ? wrong : res).slice(0, 300)}`;
    }
    return null;
  };

  /** Runs the property for each field; collects every field's first counterexample instead of stopping at one. */
  const fuzz = async (fields: Field[], operation: 'mutation' | 'query') => {
    const failures: string[] = [];
    let sent = 0;
    for (const field of fields) {
      const property = fc.asyncProperty(badCalls(field, operation), async (call) => {
        sent += 1;
        const wrong = await wrongAnswer(call);
        if (wrong) {
          failures.push(wrong);
        }
        return wrong === null;
      });
      await fc.check(property, { seed: SEED, numRuns: RUNS_PER_FIELD, endOnFailure: true });
    }
    return { sent, failures };
  };

  it.each([
    ['checkInToActivity', 'input.signUpId', 'not-a-uuid-123'],
    ['checkOutOfActivity', 'input.signUpId', ''],
    ['handOverEvidence', 'input.evidenceId', 'NaN'],
    ['handOverEvidence', 'input.evidenceId', 'a\u0000b'],
    ['scoreStreet', 'input.roundId', 12345],
    ['scoreStreet', 'input.roundId', "1' OR '1'='1"],
    ['submitSatisfactionSurvey', 'input.trackingCode', 'CX\u0000'],
  ])('refuses the reported %s with %s = %j as BAD_USER_INPUT on that field', async (name, at, bad) => {
    const [call] = fc.sample(badCalls(mutation(name), 'mutation', { path: at, bad }), { seed: SEED, numRuns: 1 });
    const res = await executeRaw(stack.gatewayUrl, call.query, call.variables, { authorization: `Bearer ${everyRole}` });
    expect(res.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: at }) })]);
  });

  it(`answers ${RUNS_PER_FIELD} generated bad inputs for each mutation without an internal error, with closed codes and no row changed`, async () => {
    expect(mutations.length).toBeGreaterThan(50);
    const before = await snapshot();
    const { sent, failures } = await fuzz(mutations, 'mutation');
    expect(failures).toEqual([]);
    expect(sent).toBe(mutations.length * RUNS_PER_FIELD);
    expect(await snapshot()).toEqual(before);
  });

  it(`answers ${RUNS_PER_FIELD} generated bad inputs for each query with arguments without an internal error`, async () => {
    expect(queries.length).toBeGreaterThan(20);
    const { sent, failures } = await fuzz(queries, 'query');
    expect(failures).toEqual([]);
    expect(sent).toBe(queries.length * RUNS_PER_FIELD);
  });
});
