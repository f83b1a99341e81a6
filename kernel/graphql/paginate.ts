import { Cursor, Utils } from '@mikro-orm/core';
import type { EntityName, FilterQuery, FindByCursorOptions, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { leanFind, leanMapper } from '../db/lean-find';
import { leanPage } from '../db/lean-page';
import { isReadOnly, readOptions } from '../db/read-only';
import { ValidationError } from '../errors/domain-error';
import type { ConnectionArgs, ConnectionShape } from './connection';

export interface PaginateOptions<T extends object> {
  where: FilterQuery<T>;
  /** Keyset order; must end with a unique column (e.g. `id`) so cursors are stable. */
  orderBy: QueryOrderMap<T>;
  maxPageSize: number;
  populate?: FindByCursorOptions<T>['populate'];
  /** An exact count cheaper than COUNT(*) over `where` (e.g. from a roll-up); defaults to `em.count`. */
  count?: () => Promise<number>;
}

/**
 * One page: MikroORM's `findByCursor`; when nothing is populated, the same rows read lean, as a prepared statement
 * (`leanPage`) where the condition is simple, else through MikroORM's cursor SQL (`leanFind`).
 */
async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  options: PaginateOptions<T>,
  first: number,
  after: string | undefined,
): Promise<Cursor<T, never, never, never, false>> {
  if (!options.populate && leanMapper(em, entity) && isReadOnly(em)) {
    const cursorOptions = { first, after, orderBy: options.orderBy, overfetch: true };
    const items = (await leanPage(em, entity, options.where, cursorOptions)) ?? (await leanFind(em, entity, options.where, { ...cursorOptions }));
    return new Cursor<T, never, never, never, false>(items as never, undefined, cursorOptions, em.getMetadata().get(Utils.className(entity)));
  }
  return em.findByCursor(entity, options.where, {
    first,
    after,
    orderBy: options.orderBy,
    includeCount: false,
    populate: options.populate,
    ...readOptions(em),
  });
}

/** Keyset (cursor) pagination with MikroORM's `findByCursor`; no OFFSET, count only when asked. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  args: ConnectionArgs,
  options: PaginateOptions<T>,
): Promise<ConnectionShape<T>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > options.maxPageSize) {
    throw new ValidationError('first', `first must be between 1 and ${options.maxPageSize}`);
  }
  const notOurs = () => new ValidationError('after', 'after is not a cursor returned by this list');
  let after: string | undefined;
  if (args.after) {
    let values: unknown;
    try {
      values = Cursor.decode(args.after);
    } catch {
      throw notOurs();
    }
    // one value per order column: MikroORM would ignore a cursor of another length and return the first page
    const definition = Cursor.getDefinition(em.getMetadata().get(Utils.className(entity)), options.orderBy);
    if (!Array.isArray(values) || values.length !== definition.length) {
      throw notOurs();
    }
    after = args.after;
  }
  const page = await findPage(em, entity, options, args.first, after).catch((e: unknown) => {
    // a value PostgreSQL cannot read as its column's type (SQLSTATE class 22, data exception) came from the cursor
    const code = (e as { code?: unknown }).code;
    const dataException = after !== undefined && typeof code === 'string' && code.startsWith('22');
    if (dataException || (e instanceof Error && /cursor/i.test(e.message))) {
      throw notOurs();
    }
    throw e;
  });
  // cursors are encoded when a client selects them (most lists read only nodes): 50 encodings were about 2 % of
  // the enforcement subgraph's CPU under the case list
  const edges = page.items.map((node) => ({
    node,
    get cursor() {
      return page.from(node);
    },
  }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage ?? false,
      hasPreviousPage: page.hasPrevPage ?? false,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      total ??= options.count ? options.count() : em.count(entity, options.where);
      return total;
    },
  };
}
