import type { EntityManager } from '@mikro-orm/postgresql';

import type { Actor } from '../auth/actor';
import type { Config } from '../config/load-config';
import type { LoaderRegistry } from '../loaders/loader-registry';
import type { Logger } from '../log/logger';
import type { ServiceRegistry } from './service-registry';

/** Everything a service or loader may use during one request. Built per request, never global. */
export interface RequestScope {
  requestId: string;
  actor: Actor;
  em: EntityManager;
  loaders: LoaderRegistry;
  services: ServiceRegistry;
  config: Config;
  log: Logger;
}
