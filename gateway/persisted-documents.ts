import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, parse, print, visit } from 'graphql';
import type { DefinitionNode, DocumentNode, FragmentDefinitionNode } from 'graphql';

/** The client catalogue: the operations frontends send, one file per screen (codegen input). */
export const CATALOGUE_DIR = path.resolve(__dirname, '..', 'clients', 'operations');
/** The persisted-document manifest codegen writes from the catalogue (`sha256:<hex>` → document). */
export const MANIFEST_FILE = path.resolve(__dirname, '..', 'clients', 'typescript', 'sdk', 'persisted-documents.json');

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

const readManifest = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;

/** The catalogue's operations as the manifest holds them (codegen prints them with their fields sorted). */
export function manifestKeys(file = MANIFEST_FILE): Set<string> {
  return new Set(Object.values(readManifest(file)).map((document) => documentKey(parse(document))));
}

/** PERSISTED_DOCUMENTS_ONLY: an operation outside the client catalogue is refused before it is validated. */
export function usePersistedDocumentsOnly(keys = new Set([...catalogueKeys(), ...manifestKeys()])): GatewayPlugin {
  return {
    onParse() {
      // envelop types the parse result as `any` (it is framework-agnostic); graphql-js gives a document or an error
      return ({ result: parsed, replaceParseResult }) => {
        const result = parsed as DocumentNode | Error | null;
        if (result && 'kind' in result && result.kind === Kind.DOCUMENT && !keys.has(documentKey(result))) {
          replaceParseResult(
            new GraphQLError('Only registered operations are accepted here', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } }),
          );
        }
      };
    },
  };
}

/**
 * PERSISTED_DOCUMENTS_ONLY also takes a catalogue operation by its hash, as a client sending the manifest's ids does
 * (`extensions: { persistedQuery: { version: 1, sha256Hash } }`, with or without the `sha256:` prefix): the body
 * then carries no document at all. An unknown hash is PERSISTED_QUERY_NOT_FOUND.
 */
export function persistedDocumentsByHash(file = MANIFEST_FILE) {
  const manifest = readManifest(file);
  const refusal = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400 } } });
  return {
    // full documents stay allowed here; usePersistedDocumentsOnly accepts only the catalogue's
    allowArbitraryDocuments: true,
    getPersistedOperation: (hash: string) => manifest[hash.startsWith('sha256:') ? hash : `sha256:${hash}`] ?? null,
    customErrors: {
      notFound: refusal('Only registered operations are accepted here', 'PERSISTED_QUERY_NOT_FOUND'),
      keyNotFound: refusal('Send a query or the hash of a registered operation', 'BAD_REQUEST'),
    },
  };
}
