/** Exits 1 and names the files when the committed codegen output differs from what codegen.yml produces. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const config = parse(readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8')) as object;
  const outputs = (await generate({ ...config, cwd: ROOT, silent: true } as never, false)) as { filename: string; content: string }[];
  const stale = outputs
    .filter((o) => {
      const file = path.resolve(ROOT, o.filename);
      return !existsSync(file) || readFileSync(file, 'utf8') !== o.content;
    })
    .map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename)));
  console.log(JSON.stringify({ checked: outputs.length, stale }));
  process.exit(stale.length === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
