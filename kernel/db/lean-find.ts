import { ReferenceKind, Utils } from '@mikro-orm/core';
import type { EntityMetadata, EntityName, EntityProperty, FilterQuery, FindOptions, Platform } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

import { executePrepared } from './prepared';
import { isReadOnly, readOptions } from './read-only';
import { sqlArray } from './sql-array';

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

const mappers: Record<RowShape, WeakMap<EntityMetadata, Mapper<object> | null>> = { properties: new WeakMap(), columns: new WeakMap() };

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
 * What MikroORM's result mapper does to a column's value before hydration (booleans, dates: a string without an
 * offset is in the configured time zone), for rows read by column.
 */
function resultMapping(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  if (prop.runtimeType === 'boolean') {
    return (value) => !!value;
  }
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    const tz = platform.getTimezone();
    const zoned = !tz || tz === 'local' ? (v: string) => v : (v: string) => (v.includes('+') || v.lastIndexOf('-') > 10 || v.endsWith('Z') ? v : v + tz);
    return (value) => (value instanceof Date ? value : platform.parseDate(typeof value === 'string' ? zoned(value) : (value as number)));
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

/** Where a row holds a property: its name (rows the driver mapped) or its column (rows as PostgreSQL returns them). */
type RowShape = 'properties' | 'columns';

/** The properties a lean entity carries: persisted scalars and owning to-one relations, nothing lazy. */
function leanProps(meta: EntityMetadata): EntityProperty[] {
  return meta.props.filter(
    (prop) =>
      prop.persist !== false &&
      !prop.lazy &&
      prop.kind !== ReferenceKind.ONE_TO_MANY &&
      prop.kind !== ReferenceKind.MANY_TO_MANY &&
      !(prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner),
  );
}

/** The one column a property is stored in, or null (computed, not persisted, or spread over several columns). */
export function singleColumn(prop: EntityProperty | undefined): string | null {
  return prop && !prop.formula && prop.persist !== false && prop.fieldNames?.length === 1 ? prop.fieldNames[0] : null;
}

function buildMapper(meta: EntityMetadata, platform: Platform, metadataOf: (name: string) => EntityMetadata, shape: RowShape): Mapper<object> | null {
  const steps: ((entity: Record<string, unknown>, row: Record<string, unknown>) => void)[] = [];
  for (const prop of leanProps(meta)) {
    const name = shape === 'columns' ? singleColumn(prop) : prop.name;
    if (name === null) {
      return null; // computed or multi-column: only MikroORM's own mapping knows it
    }
    if (prop.kind === ReferenceKind.SCALAR) {
      if (prop.ref) {
        return null;
      }
      const hydrate = convertScalar(prop, platform);
      const mapped = resultMapping(prop, platform);
      const convert = shape === 'columns' ? (value: unknown) => hydrate(mapped(value)) : hydrate;
      const target = prop.name;
      steps.push((entity, row) => {
        const value = row[name];
        if (value !== undefined) {
          entity[target] = value === null ? null : convert(value);
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
      const property = prop.name;
      steps.push((entity, row) => {
        const value = row[name];
        if (value !== undefined) {
          entity[property] = value === null ? null : Object.assign(Object.create(proto) as object, { [pk]: value });
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

/**
 * The lean mapper of an entity, or null when it has none: for property-named rows (as the driver returns them) or,
 * with `shape: 'columns'`, for column-named rows straight from PostgreSQL.
 */
export function leanMapper<T extends object>(em: EntityManager, entity: EntityName<T>, shape: RowShape = 'properties'): Mapper<T> | null {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const cache = mappers[shape];
  if (!cache.has(meta)) {
    cache.set(
      meta,
      buildMapper(meta, em.getPlatform(), (name) => em.getMetadata().get(name), shape),
    );
  }
  return cache.get(meta) as Mapper<T> | null;
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
 * Lean entities from column-named rows of hand-written SQL (a join the ORM would hydrate twice), mapped by column;
 * an entity the column mapper cannot represent goes through the driver's own mapping first; `undefined` when the
 * entity has no lean mapper at all.
 */
export function leanFromColumns<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): T[] | undefined {
  const direct = leanMapper(em, entity, 'columns');
  if (direct) {
    return rows.map(direct);
  }
  const mapper = leanMapper(em, entity);
  if (!mapper) {
    return undefined;
  }
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const driver = em.getDriver();
  return rows.map((row) => mapper(driver.mapResult(row as never, meta) as Record<string, unknown>));
}

/** An ordering for `leanFindIn`: property names and directions, most significant first. */
export type LeanOrder = readonly (readonly [string, 'asc' | 'desc'])[];

/** Whether MikroORM filters (entity or global) apply to reads of this entity: hand-written SQL would skip them. */
export function hasFilters(em: EntityManager, meta: EntityMetadata): boolean {
  return Object.keys(meta.filters ?? {}).length > 0 || Object.keys(em.config.get('filters') ?? {}).length > 0;
}

interface KeyPlan {
  sql: string;
  map: Mapper<object>;
}

const keyPlans = new WeakMap<EntityMetadata, Map<string, KeyPlan | null>>();
const SQL_TYPE = /^[a-z][a-z0-9_ ]*(\(\d+(, ?\d+)?\))?$/i;

function buildKeyPlan(em: EntityManager, meta: EntityMetadata, key: string, orderBy: LeanOrder): KeyPlan | null {
  const map = leanMapper(em, meta.class, 'columns');
  const filtered = hasFilters(em, meta);
  const column = (name: string) => {
    const found = singleColumn(meta.properties[name as never] as EntityProperty | undefined);
    return found === null ? null : `"${found}"`;
  };
  const keyColumn = column(key);
  const keyType = (meta.properties[key as never] as EntityProperty | undefined)?.columnTypes?.[0];
  const order = orderBy.map(([name, direction]) => (column(name) && /^(asc|desc)$/.test(direction) ? `${column(name)} ${direction}` : null));
  if (!map || filtered || !keyColumn || !keyType || !SQL_TYPE.test(keyType) || order.includes(null)) {
    return null;
  }
  const sql = `select ${columnList(meta)} from ${qualifiedTable(em, meta.class)} where ${keyColumn} = any(?::${keyType}[])${order.length ? ` order by ${order.join(', ')}` : ''}`;
  return { sql, map };
}

function keyPlan<T extends object>(em: EntityManager, entity: EntityName<T>, key: string, orderBy: LeanOrder): KeyPlan | null {
  const meta = em.getMetadata().get(Utils.className(entity));
  let plans = keyPlans.get(meta);
  if (!plans) {
    plans = new Map();
    keyPlans.set(meta, plans);
  }
  const planKey = `${key}|${orderBy.map(([name, direction]) => `${name} ${direction}`).join(',')}`;
  if (!plans.has(planKey)) {
    plans.set(planKey, buildKeyPlan(em, meta, key, orderBy));
  }
  return plans.get(planKey) ?? null;
}

/** The statement `leanFindIn` runs for this entity, key and order, or null where it falls back to `leanFind`. */
export function leanKeyStatement<T extends object>(em: EntityManager, entity: EntityName<T>, key: string, orderBy: LeanOrder = []): string | null {
  return keyPlan(em, entity, key, orderBy)?.sql ?? null;
}

/**
 * Lean entities whose `key` (a scalar or a to-one relation) is one of `keys`, in `orderBy` order: the read of every
 * batch loader. Its statement, `select <columns> from <table> where <column> = any(?::<type>[]) order by …`, is
 * written once per entity, key and order, runs as a prepared statement (`executePrepared`), and its rows are mapped
 * by column. MikroORM's query builder, criteria
 * processing and result mapping for the same `{ key: { $in: keys } }` took twice the CPU per batch (50 officers by
 * id: 1.1 ms against 0.5 ms, the statement itself 0.3 ms). Where a lean read does not apply (a mutation's
 * EntityManager, an entity with filters or columns the mapper cannot represent) it is `leanFind`.
 */
export async function leanFindIn<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: keyof T & string,
  keys: readonly (string | number)[],
  orderBy: LeanOrder = [],
): Promise<T[]> {
  const plan = isReadOnly(em) ? keyPlan(em, entity, key, orderBy) : null;
  if (!plan) {
    return leanFind(em, entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, { orderBy: Object.fromEntries(orderBy) as never });
  }
  if (keys.length === 0) {
    return [];
  }
  const rows = await executePrepared(em, plan.sql, [sqlArray(keys.map(String))]);
  return rows.map(plan.map) as T[];
}

/** `"schema"."table"` of an entity, for hand-written SQL. */
export function qualifiedTable(em: EntityManager, entity: EntityName<object>): string {
  const meta = em.getMetadata().get(Utils.className(entity));
  const schema = em.getDriver().getSchemaName(meta);
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/**
 * The columns a lean entity is read from (`alias."column", …`), for hand-written SQL mapped by `leanFromColumns`;
 * null when the entity has no column mapper. Named columns rather than `alias.*`: a prepared statement's result
 * must keep its shape when a migration adds a column while the statement is cached on a connection.
 */
export function leanColumns(em: EntityManager, entity: EntityName<object>, alias: string): string | null {
  return leanMapper(em, entity, 'columns') ? columnList(em.getMetadata().get(Utils.className(entity)), `${alias}.`) : null;
}

/** The lean properties' columns, quoted, each after `prefix` (an alias and a dot, or nothing). */
export function columnList(meta: EntityMetadata, prefix = ''): string {
  return leanProps(meta)
    .map((prop) => `${prefix}"${prop.fieldNames[0]}"`)
    .join(', ');
}

/** The column of a property, for hand-written SQL. */
export function columnOf(em: EntityManager, entity: EntityName<object>, property: string): string {
  return `"${em.getMetadata().get(Utils.className(entity)).properties[property as never].fieldNames[0]}"`;
}
