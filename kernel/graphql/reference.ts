import type { LoaderDefinition } from '../loaders/define-loader';
import type { SubgraphContext } from './context';

/** `__resolveReference` through a per-request loader: the gateway's batch stays one SQL statement. */
export function referenceVia<K extends string, V>(loader: LoaderDefinition<string, V>, key: K) {
  return {
    __resolveReference: (ref: Record<K, string>, ctx: SubgraphContext) => ctx.loaders.get(loader).load(ref[key]),
  };
}
