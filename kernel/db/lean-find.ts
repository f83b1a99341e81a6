import { ReferenceKind, Utils } from '@mikro-orm/core';
import type { EntityMetadata, EntityName, EntityProperty, FilterQuery, FindOptions, Platform } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

import { isReadOnly, readOptions } from './read-only';

/**
 * Lean reads for queries: rows become instances of the entity class without MikroORM's entity factory, unit of work
 * or reference wrappers. Profiled on the roster (50 officers + units + grids), MikroORM's hydration of untracked
 * entities (`EntityFactory.create` → `UnitOfWork.register` → `ensurePropagation`, one `em.fork` per find) was about
 * 40 % of the enforcement subgraph's CPU per request; a lean read keeps the query building and the SQL and drops
 * the rest.
 *
 * A lean entity has every persisted scalar converted as MikroORM's hydrator converts it (custom types, dates,
 * booleans) and every to-one relation as an uninitialised instance of the target class holding only its primary
 * key (so `officer.unit.id` works, as with a `Ref`); collections are left unset. It is for reading in a GraphQL
 * query only: on an EntityManager serving a mutation, or for an entity the lean mapper cannot represent (embedded
 * values, scalar references, composite foreign keys), `leanFind` is `em.find`.
 */
type Mapper<T> = (row: Record<string, unknown>) => T;

const mappers = new WeakMap<EntityMetadata, Mapper<object> | null>();

function convertScalar(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  if (prop.customType) {
    const type = prop.customType;
    return (value) => type.convertToJSValue(value, platform) as unknown;
  }
  if (prop.runtimeType === 'boolean') {
    return (value) => !!value;
  }
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    return (value) => (value instanceof Date ? value : new Date(value as string));
  }
  return (value) => value;
}

/**
 * MikroORM defines a setter on the entity prototype for each tracked property; the first assignment on an instance
 * creates its `WrappedEntity` and per-instance accessors (the cost a lean read avoids). A prototype in between with
 * plain writable slots shadows those setters, so assignments on a lean entity make ordinary own properties, and
 * `instanceof` the entity class still holds.
 */
function leanPrototype(entityPrototype: object, names: string[]): object {
  const proto = Object.create(entityPrototype) as object;
  for (const name of names) {
    Object.defineProperty(proto, name, { value: undefined, writable: true, enumerable: false, configurable: true });
  }
  return proto;
}

function buildMapper(meta: EntityMetadata, platform: Platform, metadataOf: (name: string) => EntityMetadata): Mapper<object> | null {
  const steps: ((entity: Record<string, unknown>, row: Record<string, unknown>) => void)[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.lazy || prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
      continue;
    }
    if (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) {
      continue;
    }
    const name = prop.name;
    if (prop.kind === ReferenceKind.SCALAR) {
      if (prop.ref) {
        return null;
      }
      const convert = convertScalar(prop, platform);
      steps.push((entity, row) => {
        const value = row[name];
        if (value !== undefined) {
          entity[name] = value === null ? null : convert(value);
        }
      });
      continue;
    }
    if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
      const target = metadataOf(prop.type);
      if (target.primaryKeys.length !== 1) {
        return null;
      }
      const pk = target.primaryKeys[0];
      const proto = leanPrototype(target.class.prototype as object, [pk]);
      steps.push((entity, row) => {
        const value = row[name];
        if (value !== undefined) {
          entity[name] = value === null ? null : Object.assign(Object.create(proto) as object, { [pk]: value });
        }
      });
      continue;
    }
    return null; // embedded and anything else: MikroORM's own hydration
  }
  const proto = leanPrototype(
    meta.class.prototype as object,
    meta.props.map((p) => p.name),
  );
  return (row) => {
    const entity = Object.create(proto) as Record<string, unknown>;
    for (const step of steps) {
      step(entity, row);
    }
    return entity;
  };
}

/** The lean mapper of an entity (property-named rows, as the driver returns them), or null when it has none. */
export function leanMapper<T extends object>(em: EntityManager, entity: EntityName<T>): Mapper<T> | null {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  if (!mappers.has(meta)) {
    mappers.set(
      meta,
      buildMapper(meta, em.getPlatform(), (name) => em.getMetadata().get(name)),
    );
  }
  return mappers.get(meta) as Mapper<T> | null;
}

type LeanOptions<T extends object> = Pick<FindOptions<T>, 'orderBy' | 'limit' | 'offset'> & {
  first?: number;
  after?: string;
  overfetch?: boolean;
};

interface ProcessesWhere {
  processWhere(entityName: string, where: unknown, options: object, type: 'read'): Promise<unknown>;
}

/** `em.find` for reads in a query: the same SQL, lean entities (see above); MikroORM's `find` everywhere else. */
export async function leanFind<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: LeanOptions<T> = {}): Promise<T[]> {
  const mapper = isReadOnly(em) ? leanMapper(em, entity) : null;
  if (!mapper) {
    return em.find(entity, where, { ...options, ...readOptions(em) });
  }
  const name = Utils.className(entity);
  const processed = await (em as unknown as ProcessesWhere).processWhere(name, where, options, 'read');
  const rows = await em.getDriver().find(name, processed as never, {
    ...options,
    orderBy: options.orderBy ?? {},
    populate: [],
    ctx: em.getTransactionContext<Knex.Transaction>(),
  });
  return (rows as Record<string, unknown>[]).map(mapper);
}

/**
 * Lean entities from column-named rows of hand-written SQL (a join the ORM would hydrate twice): each row is mapped
 * to property names by the driver, then read lean; `undefined` when the entity has no lean mapper.
 */
export function leanFromColumns<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): T[] | undefined {
  const mapper = leanMapper(em, entity);
  if (!mapper) {
    return undefined;
  }
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const driver = em.getDriver();
  return rows.map((row) => mapper(driver.mapResult(row as never, meta) as Record<string, unknown>));
}

/** `"schema"."table"` of an entity, for hand-written SQL. */
export function qualifiedTable(em: EntityManager, entity: EntityName<object>): string {
  const meta = em.getMetadata().get(Utils.className(entity));
  const schema = em.getDriver().getSchemaName(meta);
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/** The column of a property, for hand-written SQL. */
export function columnOf(em: EntityManager, entity: EntityName<object>, property: string): string {
  return `"${em.getMetadata().get(Utils.className(entity)).properties[property as never].fieldNames[0]}"`;
}
