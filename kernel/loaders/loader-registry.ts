import type DataLoader from 'dataloader';

import type { RequestScope } from '../services/request-scope';
import type { LoaderDefinition } from './define-loader';

/** Per-request loaders, created lazily on first use; never shared between requests. */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly scope: () => RequestScope) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    const def = definition as unknown as LoaderDefinition<unknown, unknown>;
    let loader = this.loaders.get(def);
    if (!loader) {
      loader = def.create(this.scope());
      this.loaders.set(def, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }

  /** After a mutation: forget everything cached in this request. */
  clearAll(): void {
    for (const loader of this.loaders.values()) {
      loader.clearAll();
    }
  }
}
