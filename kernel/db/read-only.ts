import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Request EntityManagers serving a GraphQL query (not a mutation). Reads through them skip the identity map
 * (`disableIdentityMap`) or MikroORM's hydration altogether (`leanFind`): a query changes nothing, so tracking every
 * loaded entity for a flush that never comes only costs time.
 */
const readOnly = new WeakSet<EntityManager>();

export function markReadOnly(em: EntityManager): void {
  readOnly.add(em);
}

export function isReadOnly(em: EntityManager): boolean {
  return readOnly.has(em);
}

/** Find options for a read on `em`: untracked entities when it serves a query. */
export function readOptions(em: EntityManager): { disableIdentityMap?: true } {
  return readOnly.has(em) ? { disableIdentityMap: true } : {};
}
