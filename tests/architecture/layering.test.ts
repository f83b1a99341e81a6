import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Layering rules of CONVENTIONS.md P14 / P8 / P13, checked on the source text (the project has no ESLint run yet):
 * who may import whom, who may read process.env, no bare `throw new Error` in subgraphs, file size budget.
 */
const ROOT = path.resolve(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (['node_modules', '__generated__', '.data'].includes(name)) {
      return [];
    }
    return statSync(path.join(ROOT, rel)).isDirectory() ? files(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const imports = (file: string) =>
  [...source(file).matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => (m[1].startsWith('.') ? path.normalize(path.join(path.dirname(file), m[1])) : m[1]));
const isTest = (f: string) => /\.test\.ts$/.test(f);

const kernel = files('kernel').filter((f) => !isTest(f));
const gateway = files('gateway').filter((f) => !isTest(f));
const subgraphCode = files('subgraphs').filter((f) => !isTest(f) && !f.includes('/test/') && f !== 'subgraphs/registry.ts');

describe('architecture', () => {
  it('keeps the kernel free of subgraph and gateway imports', () => {
    const bad = kernel.flatMap((f) =>
      imports(f)
        .filter((i) => /^(subgraphs|gateway)\//.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the gateway free of subgraph imports', () => {
    const bad = gateway.flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('subgraphs/'))
        .map((i) => `${f} → ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('never imports one subgraph from another (no cross-subgraph SQL either)', () => {
    const bad = subgraphCode.flatMap((f) => {
      const own = f.split('/')[1];
      return imports(f)
        .filter((i) => i.startsWith('subgraphs/') && i.split('/')[1] !== own && i !== 'subgraphs/registry')
        .map((i) => `${f} → ${i}`);
    });
    expect(bad).toEqual([]);
  });

  it('keeps resolvers thin: no MikroORM imports in *.resolver.ts', () => {
    const bad = subgraphCode.filter((f) => f.endsWith('.resolver.ts') && imports(f).some((i) => i.startsWith('@mikro-orm')));
    expect(bad).toEqual([]);
  });

  it('reads process.env only in kernel/config (and test/bootstrap harness code)', () => {
    const bad = [...kernel, ...gateway, ...subgraphCode, ...files('scripts')].filter(
      (f) => !f.startsWith('kernel/config/') && /process\.env\b/.test(source(f)),
    );
    expect(bad).toEqual([]);
  });

  it('throws typed domain errors, not bare Error, in subgraph code', () => {
    const bad = subgraphCode.filter((f) => /throw new Error\(/.test(source(f)));
    expect(bad).toEqual([]);
  });

  it('keeps hand-written files under 300 lines (migrations and seed data exempt)', () => {
    const bad = [...kernel, ...gateway, ...subgraphCode, ...files('scripts'), ...files('tests')]
      .filter((f) => !f.includes('/migrations/') && !/\.data\.ts$/.test(f))
      .map((f) => ({
        f,
        lines: source(f)
          .split('\n')
          .filter((l) => l.trim() && !l.trim().startsWith('//') && !l.trim().startsWith('*')).length,
      }))
      .filter(({ lines }) => lines > 300)
      .map(({ f, lines }) => `${f}: ${lines}`);
    expect(bad).toEqual([]);
  });
});
