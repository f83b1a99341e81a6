import { createOrm } from '../../kernel/db/create-orm';
import { touchesHandWrittenIndex } from '../../kernel/db/hand-written-schema';
import { subgraphs } from '../../subgraphs/registry';
import { createTestDatabase } from '../harness/database';
import type { TestDatabase } from '../harness/database';

/**
 * The entities and the migrations describe the same schema: after every migration has run, MikroORM's diff — what
 * `npm run migration:create` would write — is empty for every subgraph (kernel tables and each subgraph's declared
 * hand-written tables and indexes aside). An entity changed without its migration, or a migration without its entity,
 * fails here instead of surprising the next engineer who generates a migration.
 */
describe('entities and migrations agree (migration:create has nothing to write)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it.each(subgraphs.map((def) => [def.name, def] as const))('%s', async (_name, def) => {
    const { orm } = await createOrm({
      url: db.url,
      schema: def.dbSchema,
      entities: def.entities,
      migrations: def.migrations,
      handWrittenTables: def.handWrittenTables,
      poolMax: 1,
    });
    try {
      const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: def.dbSchema });
      const statements = sql
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !touchesHandWrittenIndex(line, def.handWrittenIndexes ?? []));
      expect(statements).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });
});
