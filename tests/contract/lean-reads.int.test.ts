import { ReferenceKind } from '@mikro-orm/core';
import type { EntityMetadata } from '@mikro-orm/core';

import { leanFind, leanFindIn, leanKeyStatement, leanMapper } from '../../kernel/db/lean-find';
import { markReadOnly } from '../../kernel/db/read-only';
import { subgraphs } from '../../subgraphs/registry';
import { startSubgraph } from '../harness/subgraph-harness';
import type { SubgraphHarness } from '../harness/subgraph-harness';

/** What a reader sees of an entity: every persisted scalar and the id of every to-one relation. */
function readable(meta: EntityMetadata, entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.persist === false || prop.lazy || prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
      continue;
    }
    const value = entity[prop.name];
    if (prop.kind === ReferenceKind.SCALAR) {
      out[prop.name] = value instanceof Date ? value.toISOString() : value;
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      const pk = prop.targetMeta!.primaryKeys[0];
      out[prop.name] = value == null ? value : (value as Record<string, unknown>)[pk];
    }
  }
  return out;
}

describe.each(subgraphs.map((def) => [def.name, def] as const))('lean reads of the %s subgraph', (_name, def) => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startSubgraph(def, { seeded: true });
  }, 120_000);
  afterAll(() => harness.stop());

  it('read every seeded entity exactly as MikroORM hydrates it (scalars converted, to-one relations by id, same class)', async () => {
    const metas = Object.values(harness.em().getMetadata().getAll()).filter((m) => !m.embeddable && !m.virtual && !m.abstract && m.class);
    let compared = 0;
    let byKeyCompared = 0;
    let singleKeyed = 0;
    for (const meta of metas) {
      const tracked = harness.em();
      const lean = harness.em();
      markReadOnly(lean);
      if (!leanMapper(lean, meta.class)) {
        continue;
      }
      const orderBy = Object.fromEntries(meta.primaryKeys.map((k) => [k, 'asc' as const])) as never;
      const expected = await tracked.find(meta.class, {}, { orderBy, limit: 200 });
      const actual = await leanFind(lean, meta.class, {}, { orderBy, limit: 200 });
      expect({ entity: meta.className, rows: actual.map((e) => readable(meta, e as Record<string, unknown>)) }).toEqual({
        entity: meta.className,
        rows: expected.map((e) => readable(meta, e as Record<string, unknown>)),
      });
      expect(actual.every((e) => e instanceof meta.class)).toBe(true);
      // the batch loaders' read: by key, mapped by column
      if (meta.primaryKeys.length === 1 && expected.length > 0) {
        const pk = meta.primaryKeys[0];
        const keys = expected.map((e) => String((e as Record<string, unknown>)[pk]));
        // the statement of its own, not the fallback to the query builder
        expect({ entity: meta.className, statement: leanKeyStatement(lean, meta.class, pk, [[pk, 'asc']]) }).toEqual({
          entity: meta.className,
          statement: expect.stringMatching(/^select .* = any\(\?::[\w ()]+\[\]\) order by /),
        });
        const byKeys = await leanFindIn(lean, meta.class, pk as never, keys, [[pk, 'asc']]);
        expect({ entity: meta.className, rows: byKeys.map((e) => readable(meta, e as Record<string, unknown>)) }).toEqual({
          entity: meta.className,
          rows: expected.map((e) => readable(meta, e as Record<string, unknown>)),
        });
        expect(byKeys.every((e) => e instanceof meta.class)).toBe(true);
        byKeyCompared += byKeys.length;
        singleKeyed += expected.length;
      }
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(20);
    expect(byKeyCompared).toBe(singleKeyed);
    expect(singleKeyed).toBeGreaterThan(20);
  });
});
