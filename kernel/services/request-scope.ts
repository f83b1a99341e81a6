import type { EntityManager } from '@mikro-orm/postgresql';

import type { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import type { Config } from '../config/load-config';
import type { LoaderRegistry } from '../loaders/loader-registry';
import type { LiveHub } from '../live/live-hub';
import type { Logger } from '../log/logger';
import type { ServiceRegistry } from './service-registry';

/** Everything a service or loader may use during one request. Built per request, never global. */
export interface RequestScope {
  requestId: string;
  actor: Actor;
  /** The end client's IP address as the gateway saw it; null for background jobs and in-process calls. */
  clientAddress: string | null;
  em: EntityManager;
  loaders: LoaderRegistry;
  services: ServiceRegistry;
  config: Config;
  log: Logger;
  /** Unmasked personal-data reads of this request, written when the response is sent. */
  audit: AuditTrail;
  /** Live events of this subgraph (what GraphQL subscriptions follow; see kernel/live). */
  live: LiveHub;
}
