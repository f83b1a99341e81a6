/**
 * `npm run seed:scale -- --cases 1000000 [--database-url postgres://…] [--batch 50000]`: a thin wrapper around
 * seedScale. Without a URL it uses the database `npm start` uses (DATABASE_URL, else the embedded one, started here
 * if it is not running). The database must be migrated (start the stack once).
 */
import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { loadRuntimeConfig } from '../../kernel/config/dev-secrets';
import { provisionDatabase } from '../../kernel/db/provision';
import { createLogger } from '../../kernel/log/logger';
import { seedScale } from './index';

async function main() {
  const { values } = parseArgs({
    options: { cases: { type: 'string', default: '100000' }, 'database-url': { type: 'string' }, batch: { type: 'string' } },
  });
  const config = loadRuntimeConfig();
  const url = values['database-url'] ?? config.db.url;
  const db = url ? { url, stop: async () => undefined } : await provisionDatabase(config, createLogger('warn', 'seed-scale'));
  try {
    const summary = await seedScale(db.url, {
      cases: Number(values.cases),
      batchSize: values.batch ? Number(values.batch) : undefined,
      log: (line) => console.log(line),
    });
    console.log(
      `seed:scale: ${summary.cases} cases, ${summary.reports} reports, ${summary.officers} officers, ${summary.parties} parties in ${summary.seconds.toFixed(1)} s`,
    );
  } finally {
    await db.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
