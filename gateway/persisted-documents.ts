import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, parse, print, visit } from 'graphql';
import type { DefinitionNode, DocumentNode, FragmentDefinitionNode } from 'graphql';

/** The client catalogue: the operations frontends send, one file per screen (codegen input). */
export const CATALOGUE_DIR = path.resolve(__dirname, '..', 'clients', 'operations');

/** A document's identity whatever its layout, comments or definition order: its printed definitions, sorted. */
export function documentKey(doc: DocumentNode): string {
  return doc.definitions
    .map((d) => print(d))
    .sort()
    .join('\n');
}

/** Each operation of the catalogue with the fragments it uses (as a typed document sends it). */
export function catalogueKeys(dir = CATALOGUE_DIR): Set<string> {
  const definitions = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')).definitions);
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const withFragments = (root: DefinitionNode): DefinitionNode[] => {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(root);
    return [root, ...used.values()];
  };
  return new Set(
    definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((op) => documentKey({ kind: Kind.DOCUMENT, definitions: withFragments(op) })),
  );
}

/** PERSISTED_DOCUMENTS_ONLY: an operation outside the client catalogue is refused before it is validated. */
export function usePersistedDocumentsOnly(keys = catalogueKeys()): GatewayPlugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result && 'kind' in result && result.kind === Kind.DOCUMENT && !keys.has(documentKey(result))) {
          replaceParseResult(
            new GraphQLError('Only registered operations are accepted here', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } }),
          );
        }
      };
    },
  };
}
