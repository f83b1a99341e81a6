import type { RequestScope } from '../services/request-scope';

/** The GraphQL context of every subgraph resolver: the per-request scope. */
export type SubgraphContext = RequestScope;
