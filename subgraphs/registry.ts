import type { SubgraphDefinition } from '../kernel/server/subgraph-definition';
import { enforcement } from './enforcement';
import { participation } from './participation';
import { service } from './service';
import { training } from './training';

/** The only list of subgraphs served by this repository. `npm start`, `npm run schema` and the tests iterate it. */
export const subgraphs: SubgraphDefinition[] = [enforcement, participation, training, service];
