import type { Config, SubgraphName } from '../config/load-config';

/**
 * Where a subgraph reaches another one (outbox deliveries, dispatch lookups): a live URL given in code (tests,
 * `npm start`), else the configured instances in turn, so a delivery that failed on one instance is retried on the
 * next, else the default local port.
 */
export function createPeerUrls(config: Config, live?: Partial<Record<SubgraphName, string>>): (name: SubgraphName) => string {
  const turns = new Map<SubgraphName, number>();
  return (name) => {
    const given = live?.[name];
    if (given) {
      return given;
    }
    const instances = config.subgraphUrls[name];
    if (!instances?.length) {
      return `http://127.0.0.1:${config.ports[name]}/graphql`;
    }
    const turn = turns.get(name) ?? 0;
    turns.set(name, turn + 1);
    return instances[turn % instances.length];
  };
}
