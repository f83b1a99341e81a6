import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { Kind, parse } from 'graphql';
import type { ObjectTypeDefinitionNode } from 'graphql';

/**
 * Root fields whose answers are the same for every anonymous caller and change only when the catalogue changes
 * (公开目录: the violation catalogue with legal bases and fines, grid cells, units, partner departments, the
 * law-article catalogue).
 */
export const PUBLIC_CATALOGUE_FIELDS = ['violationTypes', 'violationType', 'gridCells', 'gridCell', 'gridCellAt', 'units', 'unit', 'departments', 'lawArticles'];

/**
 * Response caching for anonymous callers of the public catalogue only. A request with an Authorization header is
 * never cached or answered from the cache; an anonymous operation that selects any other root field gets a TTL of
 * 0 (not cached); answers with errors are not cached. A mutation answered through this gateway invalidates every
 * cached answer that contains an entity it returns (by `id`, or `code` for violation types and grid cells); other
 * changes show after at most `ttlMs`.
 */
export function usePublicCatalogueCache(supergraphSdl: string, ttlMs: number) {
  const query = parse(supergraphSdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query',
  );
  const notPublic = (query?.fields ?? []).map((f) => f.name.value).filter((name) => !PUBLIC_CATALOGUE_FIELDS.includes(name));
  return useResponseCache({
    session: () => null,
    enabled: (request: Request) => !request.headers.get('authorization'),
    ttl: ttlMs,
    ttlPerSchemaCoordinate: Object.fromEntries(notPublic.map((name) => [`Query.${name}`, 0])),
    idFields: ['id', 'code'],
    includeExtensionMetadata: false,
  });
}
