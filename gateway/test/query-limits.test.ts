import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, parse, validate } from 'graphql';

import { loadConfig } from '../../kernel/config/load-config';
import { operationSize, ownOperations } from '../own-operations';
import type { OperationSize } from '../own-operations';
import { countTokens, limitsRule } from '../query-limits';

const SECRETS = { JWT_SECRET: 'j'.repeat(32), IDENTITY_SECRET: 'i'.repeat(32) };
const api = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));

/**
 * The margin over what our own operations need: two more levels of depth, five more aliases or directives,
 * half again as many tokens and bytes. A default above this is looser than needed (issue 12, finding 3).
 */
const loosest = (need: OperationSize) => ({
  maxDepth: need.depth + 2,
  maxAliases: need.aliases + 5,
  maxDirectives: need.directives + 5,
  maxTokens: Math.ceil(need.tokens * 1.5),
  maxDocumentBytes: Math.ceil(need.bytes * 1.5),
});

describe('query limit defaults derived from our own operations', () => {
  const { limits } = loadConfig(SECRETS);
  const operations = ownOperations();
  const sizes = operations.map((op) => operationSize(op.body));
  const need: OperationSize = {
    depth: Math.max(...sizes.map((s) => s.depth)),
    aliases: Math.max(...sizes.map((s) => s.aliases)),
    directives: Math.max(...sizes.map((s) => s.directives)),
    tokens: Math.max(...sizes.map((s) => s.tokens)),
    bytes: Math.max(...sizes.map((s) => s.bytes)),
  };

  it('covers the client catalogue, the explorer tabs and the explorer introspection', () => {
    const names = operations.map((op) => op.name);
    expect(names).toEqual(expect.arrayContaining(['OfficerRoster', 'TrackReport', 'explorer tab 1', 'explorer introspection']));
    expect(operations.length).toBeGreaterThan(25);
  });

  it('lets every operation we ship through the default limits, valid against the client API', () => {
    const refused = operations.flatMap((op) => {
      const problems = validate(api, parse(op.body), [limitsRule(limits)]).map((e) => e.message);
      if (countTokens(op.body, limits.maxTokens) > limits.maxTokens) {
        problems.push(`more than ${limits.maxTokens} tokens`);
      }
      if (Buffer.byteLength(op.body, 'utf8') > limits.maxDocumentBytes) {
        problems.push(`more than ${limits.maxDocumentBytes} bytes`);
      }
      return problems.map((p) => `${op.name}: ${p}`);
    });
    expect(refused).toEqual([]);
  });

  it('sets no default looser than what our operations need plus the margin', () => {
    const bound = loosest(need);
    const { maxDepth, maxAliases, maxDirectives, maxTokens, maxDocumentBytes } = limits;
    const tooLoose = Object.entries({ maxDepth, maxAliases, maxDirectives, maxTokens, maxDocumentBytes })
      .filter(([key, value]) => value > bound[key as keyof typeof bound])
      .map(([key, value]) => `${key} ${value} > ${bound[key as keyof typeof bound]}`);
    expect(tooLoose).toEqual([]);
  });

  it('measures depth through fragments and counts aliases, directives and comments', () => {
    const doc = `# a comment\nquery Q($s: Boolean!) { a: gridCells(first: 1) { ...E } b: __typename @skip(if: $s) }
fragment E on GridCellConnection { edges { node { unit { name } } } }`;
    expect(operationSize(doc)).toEqual({ depth: 5, aliases: 2, directives: 1, tokens: 51, bytes: Buffer.byteLength(doc) });
  });
});
