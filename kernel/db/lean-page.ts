import { Cursor, ReferenceKind, Type, Utils } from '@mikro-orm/core';
import type { EntityMetadata, EntityName, EntityProperty, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { columnList, hasFilters, leanMapper, qualifiedTable, singleColumn } from './lean-find';
import { executePrepared } from './prepared';
import { isReadOnly } from './read-only';
import { sqlArray } from './sql-array';

/**
 * One keyset page of a list, read lean, as hand-written SQL run as a prepared statement: the read of every
 * `paginate` in a query whose condition is simple (see `compileWhere`). MikroORM's query builder, criteria processing,
 * its formatting of every parameter into the SQL text and its result mapping cost more CPU than the statement itself
 * (the roster's officers page, measured in the enforcement process; figures in the README), and the inlined text
 * makes PostgreSQL parse and plan each page afresh.
 *
 * The statement is `select <columns> from <table> where <condition> [and (<order columns>) > (<cursor>)]
 * order by <order columns> limit <first + 1>`: the same rows, order and overfetch as MikroORM's `findByCursor` for the
 * same `where`, `orderBy`, `first` and `after`. Its text depends on the shape of the condition only (values are
 * parameters), so each list has a few statements, each prepared once per connection.
 *
 * `undefined` means "not this way": a condition or order this compiler does not know, an entity with MikroORM
 * filters or without a column mapper, a mutation's EntityManager. The caller then reads through MikroORM.
 */
export async function leanPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { first: number; after?: string; orderBy: QueryOrderMap<T> },
): Promise<T[] | undefined> {
  if (!isReadOnly(em)) {
    return undefined;
  }
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const map = leanMapper(em, entity, 'columns');
  if (!map || hasFilters(em, meta)) {
    return undefined;
  }
  const sql: string[] = [];
  const params: unknown[] = [];
  if (!compileWhere(meta, where as Record<string, unknown>, sql, params)) {
    return undefined;
  }
  const order = compileOrder(meta, options.orderBy);
  if (!order) {
    return undefined;
  }
  if (options.after) {
    const values = Cursor.decode(options.after);
    if (values.length !== order.columns.length || !values.every((value, i) => acceptable(order.props[i], value))) {
      return undefined; // not this list's cursor (`paginate` refuses those before): MikroORM's handling
    }
    sql.push(`(${order.columns.join(', ')}) ${order.direction === 'asc' ? '>' : '<'} (${order.props.map(() => '?').join(', ')})`);
    params.push(...values.map((value, i) => parameter(order.props[i], value)));
  }
  const text =
    `select ${columnList(meta)} from ${qualifiedTable(em, meta.class)}` +
    (sql.length ? ` where ${sql.join(' and ')}` : '') +
    ` order by ${order.columns.map((c) => `${c} ${order.direction}`).join(', ')} limit ?`;
  params.push(options.first + 1);
  const rows = await executePrepared(em, text, params);
  return rows.map(map);
}

const COMPARISONS: Record<string, string> = { $eq: '=', $ne: '<>', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

function columnType(prop: EntityProperty): string {
  return prop.columnTypes[0];
}

/**
 * A property this compiler can write a condition on: one column, no value conversion. Parameters are not cast:
 * PostgreSQL types each by the column it is compared with (native enums live in the subgraph's own schema).
 */
function simpleProperty(meta: EntityMetadata, key: string): EntityProperty | null {
  const prop = meta.properties[key as never] as EntityProperty | undefined;
  if (!prop || singleColumn(prop) === null || !prop.columnTypes?.[0]) {
    return null;
  }
  const scalar = prop.kind === ReferenceKind.SCALAR && !prop.ref && !prop.array;
  const reference = prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
  if (!scalar && !reference) {
    return null;
  }
  // a type that converts values on their way to the database (JSON, big integers …) is MikroORM's to apply
  if (prop.customType && prop.customType.convertToDatabaseValue !== Type.prototype.convertToDatabaseValue) {
    return null;
  }
  return prop;
}

/** A value sent as is: text, numbers, booleans; a date only to a `timestamptz` column (pg sends it with its offset). */
function acceptable(prop: EntityProperty, value: unknown): boolean {
  if (value instanceof Date) {
    return /^timestamptz|^timestamp with time zone/.test(columnType(prop)) && !Number.isNaN(value.getTime());
  }
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
}

function parameter(prop: EntityProperty, value: unknown): unknown {
  return prop.runtimeType === 'boolean' && typeof value !== 'boolean' ? !!value : value;
}

/**
 * `where` as SQL conditions with `?` parameters, appended to `sql` and `params`; false when it holds anything but
 * properties of the entity compared with plain values (`=`, `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`,
 * `$nin`, null) and `$and` of such conditions.
 */
function compileWhere(meta: EntityMetadata, where: Record<string, unknown>, sql: string[], params: unknown[]): boolean {
  if (!Utils.isPlainObject(where)) {
    return false;
  }
  for (const key of Object.keys(where)) {
    const value = where[key];
    if (key === '$and') {
      if (!Array.isArray(value) || !value.every((part) => compileWhere(meta, part as Record<string, unknown>, sql, params))) {
        return false;
      }
      continue;
    }
    const prop = key.startsWith('$') ? null : simpleProperty(meta, key);
    if (!prop) {
      return false;
    }
    const column = `"${singleColumn(prop)}"`;
    if (value === null) {
      sql.push(`${column} is null`);
      continue;
    }
    if (!Utils.isPlainObject(value)) {
      if (!acceptable(prop, value)) {
        return false;
      }
      sql.push(`${column} = ?`);
      params.push(parameter(prop, value));
      continue;
    }
    const operators = value as Record<string, unknown>;
    for (const op of Object.keys(operators)) {
      const operand = operators[op];
      if (op === '$in' || op === '$nin') {
        if (!Array.isArray(operand) || !operand.every((v) => (typeof v === 'string' || typeof v === 'number') && acceptable(prop, v))) {
          return false;
        }
        sql.push(op === '$in' ? `${column} = any(?)` : `not (${column} = any(?))`);
        params.push(sqlArray(operand.map(String)));
        continue;
      }
      const comparison = COMPARISONS[op];
      if (!comparison) {
        return false;
      }
      if (operand === null && (op === '$eq' || op === '$ne')) {
        sql.push(`${column} is ${op === '$eq' ? '' : 'not '}null`);
        continue;
      }
      if (!acceptable(prop, operand)) {
        return false;
      }
      sql.push(`${column} ${comparison} ?`);
      params.push(parameter(prop, operand));
    }
  }
  return true;
}

interface Order {
  columns: string[];
  props: EntityProperty[];
  direction: 'asc' | 'desc';
}

/** A keyset order of non-null scalar columns, all in one direction (a row comparison then matches the index). */
function compileOrder(meta: EntityMetadata, orderBy: QueryOrderMap<object>): Order | null {
  if (!Utils.isPlainObject(orderBy)) {
    return null;
  }
  const props: EntityProperty[] = [];
  const directions = new Set<string>();
  for (const [key, direction] of Object.entries(orderBy)) {
    const prop = simpleProperty(meta, key);
    if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.nullable || typeof direction !== 'string' || !/^(asc|desc)$/i.test(direction)) {
      return null;
    }
    props.push(prop);
    directions.add(direction.toLowerCase());
  }
  if (props.length === 0 || directions.size !== 1) {
    return null;
  }
  return { columns: props.map((p) => `"${singleColumn(p)}"`), props, direction: [...directions][0] as 'asc' | 'desc' };
}
