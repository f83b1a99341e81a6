import { Cursor, ReferenceKind } from '@mikro-orm/core';
import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';

import { leanFind, leanFindIn, leanKeyStatement, leanMapper } from '../../kernel/db/lean-find';
import { leanPage } from '../../kernel/db/lean-page';
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

  it('pages every seeded entity as findByCursor does, as a prepared statement (orders, cursors, conditions)', async () => {
    const metas = Object.values(harness.em().getMetadata().getAll()).filter((m) => !m.embeddable && !m.virtual && !m.abstract && m.class);
    let pages = 0;
    let conditions = 0;
    for (const meta of metas) {
      const probe = harness.em();
      markReadOnly(probe);
      if (!leanMapper(probe, meta.class, 'columns') || meta.primaryKeys.length !== 1) {
        continue;
      }
      const pk = meta.primaryKeys[0];
      const scalars = meta.props.filter((p) => p.kind === ReferenceKind.SCALAR && p.persist !== false && !p.formula && !p.lazy && p.fieldNames?.length === 1);
      const sortable = scalars.find((p) => !p.nullable && p.name !== pk && /^(timestamptz|varchar|text|int)/.test(p.columnTypes?.[0] ?? ''));
      const orders: Record<string, 'asc' | 'desc'>[] = [{ [pk]: 'asc' }, ...(sortable ? [{ [sortable.name]: 'desc' as const, [pk]: 'desc' as const }] : [])];
      const sample = (await harness.em().find(meta.class, {}, { limit: 1, orderBy: { [pk]: 'desc' } as never }))[0] as Record<string, unknown> | undefined;
      const wheres: Record<string, unknown>[] = [{}];
      const plain = (prop: EntityProperty) => (sample ? sample[prop.name] : undefined);
      const enumLike = scalars.find((p) => p.enum && !p.array && typeof plain(p) === 'string');
      if (enumLike) {
        const v = plain(enumLike);
        wheres.push({ [enumLike.name]: v }, { [enumLike.name]: { $in: [v] } }, { [enumLike.name]: { $ne: v } }, { $and: [{ [enumLike.name]: { $nin: [v] } }] });
      }
      const nullable = scalars.find((p) => p.nullable && p.runtimeType !== 'Date' && !/(\[\]|json)/.test(p.columnTypes?.[0] ?? ''));
      if (nullable) {
        wheres.push({ [nullable.name]: null }, { [nullable.name]: { $ne: null } });
      }
      const dated = scalars.find((p) => p.runtimeType === 'Date' && plain(p) instanceof Date);
      if (dated) {
        wheres.push({ [dated.name]: { $gte: plain(dated), $lt: new Date('2100-01-01T00:00:00Z') } });
      }
      const reference = meta.props.find((p) => p.kind === ReferenceKind.MANY_TO_ONE && sample?.[p.name]);
      if (reference) {
        const key = (sample![reference.name] as Record<string, unknown>)[reference.targetMeta!.primaryKeys[0]];
        wheres.push({ [reference.name]: key });
      }
      for (const orderBy of orders) {
        for (const where of wheres) {
          let after: string | undefined;
          for (let page = 0; page < 4; page++) {
            const lean = harness.em();
            markReadOnly(lean);
            const rows = await leanPage(lean, meta.class, where as never, { first: 3, after, orderBy: orderBy as never });
            expect({ entity: meta.className, where, orderBy, compiled: rows !== undefined }).toEqual({
              entity: meta.className,
              where,
              orderBy,
              compiled: true,
            });
            const actual = new Cursor<object, never, never, never, false>(rows as object[], undefined, { first: 3, after, orderBy, overfetch: true }, meta);
            const expected = await harness.em().findByCursor(meta.class, where, { first: 3, after, orderBy, overfetch: true, includeCount: false });
            expect({
              entity: meta.className,
              where,
              orderBy,
              page,
              next: actual.hasNextPage,
              rows: actual.items.map((e) => readable(meta, e as Record<string, unknown>)),
            }).toEqual({
              entity: meta.className,
              where,
              orderBy,
              page,
              next: expected.hasNextPage,
              rows: expected.items.map((e) => readable(meta, e as Record<string, unknown>)),
            });
            pages++;
            if (!expected.hasNextPage || !expected.endCursor) {
              break;
            }
            after = expected.endCursor;
          }
          conditions++;
        }
      }
    }
    expect(conditions).toBeGreaterThan(20);
    expect(pages).toBeGreaterThan(conditions);
  });

  it('leaves to MikroORM what it cannot write: relations traversed, $or, other operators, mixed directions, a mutation', async () => {
    const metas = Object.values(harness.em().getMetadata().getAll()).filter(
      (m) => m.class && m.primaryKeys.length === 1 && leanMapper(harness.em(), m.class, 'columns'),
    );
    const meta = metas.find((m) => m.props.some((p) => p.kind === ReferenceKind.MANY_TO_ONE)) ?? metas[0];
    const pk = meta.primaryKeys[0];
    const other = meta.props.find((p) => p.kind === ReferenceKind.SCALAR && p.name !== pk && !p.nullable && p.fieldNames?.length === 1)!;
    const reference = meta.props.find((p) => p.kind === ReferenceKind.MANY_TO_ONE);
    const lean = harness.em();
    markReadOnly(lean);
    const page = (where: object, orderBy: object, em = lean) => leanPage(em, meta.class, where as never, { first: 3, orderBy: orderBy as never });
    if (reference) {
      expect(await page({ [reference.name]: { [reference.targetMeta!.primaryKeys[0]]: { $ne: null } } }, { [pk]: 'asc' })).toBeUndefined();
    }
    expect(await page({ $or: [{ [pk]: { $ne: null } }] }, { [pk]: 'asc' })).toBeUndefined();
    expect(await page({ [pk]: { $like: '%' } }, { [pk]: 'asc' })).toBeUndefined();
    expect(await page({}, { [other.name]: 'asc', [pk]: 'desc' })).toBeUndefined();
    expect(await page({}, { [pk]: 'asc' }, harness.em())).toBeUndefined();
    expect(await page({}, { [pk]: 'asc' })).toBeDefined();
  });
});
