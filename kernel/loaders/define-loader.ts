import DataLoader from 'dataloader';

import { leanFindIn } from '../db/lean-find';
import type { RequestScope } from '../services/request-scope';

/** A loader definition: a batch function built per request from the request scope. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  create(scope: RequestScope): DataLoader<K, V>;
}

type BatchFactory<K, V> = (scope: RequestScope) => (keys: readonly K[]) => Promise<readonly (V | Error)[]>;

export function defineLoader<K, V>(name: string, factory: BatchFactory<K, V>, maxBatchSize = 500): LoaderDefinition<K, V> {
  return {
    name,
    create: (scope) => new DataLoader<K, V>(factory(scope), { maxBatchSize }),
  };
}

/** Orders rows by the requested keys: same length and order as `keys`, `null` where nothing matched. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) {
    map.set(keyOf(row), row);
  }
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows by the requested keys: one (possibly empty) array per key. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) {
      list.push(row);
    } else {
      map.set(k, [row]);
    }
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** The common loader: entities by a unique column, one `where key = any(…)` statement per batch (`leanFindIn`). */
export function defineKeyLoader<T extends object, K extends keyof T & string>(name: string, entity: new () => T, key: K): LoaderDefinition<string, T | null> {
  return defineLoader<string, T | null>(name, (scope) => async (keys) => {
    const rows = await leanFindIn<T>(scope.em, entity, key, keys);
    return byKeys(keys, rows, (row) => String(row[key]));
  });
}
