import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { trackingLine } from '../../clients/typescript/examples/track-report';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const CLIENT = path.join(__dirname, '..', '..', 'clients', 'typescript');

/** Type errors of a consumer file compiled as a frontend would (strict, with the SDK package's sources). */
function typeErrors(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2023,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the typed SDK, as a frontend uses it', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it('type-checks the plain-fetch example consumer', () => {
    expect(typeErrors(path.join(CLIENT, 'examples', 'track-report.ts'))).toEqual([]);
  });

  it('refuses a field the operation did not select, and wrong variables', () => {
    const file = path.join(CLIENT, 'examples', `.unselected-${process.pid}.ts`);
    writeFileSync(
      file,
      `import { request } from './track-report';
import { TrackReportDocument } from '../sdk/graphql';
export async function f() {
  const { trackReport } = await request('http://x/graphql', TrackReportDocument, { trackingCode: 'A' });
  const wrong = await request('http://x/graphql', TrackReportDocument, { code: 'A' });
  return [trackReport.description, wrong];
}
`,
    );
    try {
      const errors = typeErrors(file);
      expect(errors).toEqual([expect.stringMatching(/^TS2353: .*'code'/), expect.stringMatching(/^TS2339: Property 'description' does not exist/)]);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('runs the example against the gateway: a citizen tracks a report by its code', async () => {
    const admin = await tokenFor('ADMIN', 'admin-1');
    const listed = await executeRaw(stack.gatewayUrl, '{ reports(first: 1) { edges { node { trackingCode status } } } }', undefined, {
      authorization: `Bearer ${admin}`,
    });
    const { trackingCode, status } = (listed.data as { reports: { edges: { node: { trackingCode: string; status: string } }[] } }).reports.edges[0].node;
    expect(await trackingLine(stack.gatewayUrl, trackingCode)).toMatch(new RegExp(`^${trackingCode} ${status} \\S`));
  });

  it('ships a persisted-document manifest whose keys are the SHA-256 of each document', () => {
    const manifest = JSON.parse(readFileSync(path.join(CLIENT, 'sdk', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const entries = Object.entries(manifest);
    const catalogue = path.join(__dirname, '..', '..', 'clients', 'operations');
    const operations = readdirSync(catalogue).flatMap(
      (f) => readFileSync(path.join(catalogue, f), 'utf8').match(/^(?:query|mutation|subscription) \w+/gm) ?? [],
    );
    expect(entries.length).toBe(operations.length);
    for (const [hash, document] of entries) {
      expect({ document, hash }).toEqual({ document, hash: `sha256:${createHash('sha256').update(document).digest('hex')}` });
    }
  });
});
