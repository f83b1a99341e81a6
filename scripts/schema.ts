/**
 * `npm run schema`: prints each subgraph's SDL, composes the supergraph, writes schema/.
 * `npm run schema -- --check`: composes and reports errors and stale files without writing.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { subgraphs } from '../subgraphs/registry';
import { buildSchemaFiles, SCHEMA_DIR } from './schema-pipeline';

async function main() {
  const { files, errors } = await buildSchemaFiles(subgraphs);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([name, content]) => {
      const file = path.join(SCHEMA_DIR, name);
      return !existsSync(file) || readFileSync(file, 'utf8') !== content;
    });
    console.log(stale.length === 0 ? 'schema files are up to date' : `stale: ${stale.map(([n]) => n).join(', ')}`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(SCHEMA_DIR, name), content);
    console.log(`wrote schema/${name}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
