/**
 * Creates the two template databases of a test run (migrated; migrated + demo data). Run by global-setup in a
 * child process, so that entity metadata never loads into Jest's parent realm.
 */
import 'reflect-metadata';
import { Client } from 'pg';

import { createOrm, migrate } from '../../kernel/db/create-orm';
import { withDatabase } from '../../kernel/db/database-url';
import { createDatabaseIfMissing } from '../../kernel/db/provision';
import { createLogger } from '../../kernel/log/logger';
import { subgraphs } from '../../subgraphs/registry';
import { TEMPLATE_EMPTY, TEMPLATE_SEEDED } from './template-names';

async function main(adminUrl: string) {
  const log = createLogger('silent', 'test');
  for (const [name, seeded] of [
    [TEMPLATE_EMPTY, false],
    [TEMPLATE_SEEDED, true],
  ] as const) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
    await createDatabaseIfMissing(adminUrl, name);
    for (const def of subgraphs) {
      const { orm } = await createOrm({
        url: withDatabase(adminUrl, name),
        schema: def.dbSchema,
        entities: def.entities,
        migrations: def.migrations,
        poolMax: 2,
      });
      await migrate(orm, def.dbSchema);
      if (seeded && def.seed) {
        await def.seed(orm.em.fork(), log);
      }
      await orm.close(true);
    }
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
