import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, Kind, parse } from 'graphql';

import { loadConfig } from '../../kernel/config/load-config';
import { cachedOperationCost, operationCost } from '../query-cost';

const api = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(api, parse(query), variables);

describe('query cost (demand control)', () => {
  it('multiplies the fields below a connection by its first', () => {
    expect(cost('{ officers(first: 50) { edges { node { id name } } } }')).toBe(1 + 1 + 50 + 50 * 2); // officers, edges, node ×50, id and name ×50
  });

  it('reads first from the variables', () => {
    expect(cost('query($n: Int!) { officers(first: $n) { edges { node { id } } } }', { n: 100 })).toBe(1 + 1 + 100 + 100);
  });

  it('remembers a cost per document, operation and first variables, not across them', () => {
    const doc = parse(
      'query A($n: Int!, $name: String) { officers(first: $n) { edges { node { id } } } } query B { units(first: 3) { edges { node { id } } } }',
    );
    expect(cachedOperationCost(api, doc, { n: 100, name: 'x' }, 'A')).toBe(1 + 1 + 100 + 100);
    expect(cachedOperationCost(api, doc, { n: 100, name: 'y' }, 'A')).toBe(1 + 1 + 100 + 100);
    expect(cachedOperationCost(api, doc, { n: 10 }, 'A')).toBe(1 + 1 + 10 + 10);
    expect(cachedOperationCost(api, doc, { n: 10 }, 'B')).toBe(operationCost(api, doc, {}, 'B'));
    expect(cachedOperationCost(api, doc, { n: 100 }, 'A')).toBe(1 + 1 + 100 + 100);
  });

  it('multiplies nested lists, so a fan-out of fan-outs exceeds the default limit', () => {
    const fanOut = '{ officers(first: 100) { edges { node { mentees { mentees { mentees { grids { name } } } } } } } }';
    expect(cost(fanOut)).toBeGreaterThan(loadConfig({ JWT_SECRET: 'j'.repeat(32), IDENTITY_SECRET: 'i'.repeat(32) }).limits.maxCost);
  });

  it('lets every operation of the client catalogue through the default limit at the largest page size', () => {
    const max = loadConfig({ JWT_SECRET: 'j'.repeat(32), IDENTITY_SECRET: 'i'.repeat(32) }).limits;
    const dir = path.join(__dirname, '..', '..', 'clients', 'operations');
    for (const file of readdirSync(dir)) {
      const doc = parse(readFileSync(path.join(dir, file), 'utf8'));
      for (const op of doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        const variables = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, max.pageSizeMax]));
        const c = operationCost(api, doc, variables, op.name?.value);
        expect({ op: op.name?.value, ok: c <= max.maxCost }).toEqual({ op: op.name?.value, ok: true });
      }
    }
  });
});
