import { existsSync } from 'node:fs';
import path from 'node:path';

import { getIntrospectionQuery, Kind, parse } from 'graphql';

import { EXPLORER_TABS } from './explorer-tabs';
import { CATALOGUE_DIR, catalogueKeys } from './persisted-documents';
import { countTokens, documentShape } from './query-limits';

/** Partners' registered operations (checked by `npm run schema` too). */
export const PARTNER_OPERATIONS_DIR = path.resolve(__dirname, '..', 'schema', 'partners', 'operations');

export interface OwnOperation {
  name: string;
  /** The document exactly as it is sent (the catalogue's operations as typed clients print them). */
  body: string;
}

/** What the query limits see in a document: the deepest operation, aliases, directives, tokens and bytes. */
export interface OperationSize {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  bytes: number;
}

/**
 * Every document our own clients send through the gateway: the client catalogue (each operation with its
 * fragments), partners' registered operations, the explorer's example tabs, and the explorer's schema
 * introspection (every option GraphiQL may turn on). The query limits' defaults are derived from these.
 */
export function ownOperations(): OwnOperation[] {
  const catalogue = [CATALOGUE_DIR, PARTNER_OPERATIONS_DIR]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => [...catalogueKeys(dir)])
    .map((body) => {
      const op = parse(body).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      return { name: op && 'name' in op && op.name ? op.name.value : '(anonymous)', body };
    });
  const tabs = EXPLORER_TABS.map((tab, i) => ({ name: `explorer tab ${i + 1}`, body: tab.query }));
  const introspection = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  return [...catalogue, ...tabs, { name: 'explorer introspection', body: introspection }];
}

/** The size of one document as the limits measure it. */
export function operationSize(body: string): OperationSize {
  const { operations, aliases, directives } = documentShape(parse(body));
  return {
    depth: Math.max(0, ...operations),
    aliases,
    directives,
    tokens: countTokens(body, Number.MAX_SAFE_INTEGER),
    bytes: Buffer.byteLength(body, 'utf8'),
  };
}
