import { buildSchema, graphql } from 'graphql';

import { guardInputs, isCodeId, MAX_STRING_LENGTH } from './input-guard';

const schema = guardInputs(
  buildSchema(`
    input Filter { gridCode: ID, officerIds: [ID!], note: String }
    type Query { find(id: ID!, filter: Filter): String, echo(text: String): String }
  `),
);
const rootValue = { find: () => 'reached', echo: () => 'reached' };
const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, rootValue, variableValues });
const ID = '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e5f';

describe('the kernel input guard', () => {
  it.each(['not-a-uuid-123', '', 'NaN', '12345', "1' OR '1'='1"])('refuses the id %j with BAD_USER_INPUT on id', async (id) => {
    const res = await run('query($id: ID!) { find(id: $id) }', { id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(res.data?.find ?? null).toBeNull();
  });

  it('names the input path of a bad id inside a list of an input object', async () => {
    const res = await run('query($f: Filter) { find(id: "' + ID + '", filter: $f) }', { f: { officerIds: [ID, 'x'] } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.officerIds.1' });
  });

  it('refuses a NUL character in a string input', async () => {
    const res = await run('query($t: String) { echo(text: $t) }', { t: 'abc\u0000def' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('refuses a string longer than the kernel maximum', async () => {
    const res = await run('query($t: String) { echo(text: $t) }', { t: 'x'.repeat(MAX_STRING_LENGTH + 1) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('lets a UUID, a grid code and text with line breaks through to the resolver', async () => {
    const res = await run(`{ find(id: "${ID}", filter: { gridCode: "LX-LJ-01", note: "a\\nb\\tc" }) }`);
    expect(res).toEqual({ data: { find: 'reached' } });
  });

  it('treats code, gridCode and violationTypeCodes as codes and everything else as UUIDs', () => {
    expect(['code', 'gridCode', 'violationTypeCodes', 'id', 'unitId', 'barcodeId'].map(isCodeId)).toEqual([true, true, true, false, false, false]);
  });
});
