import type { EntityManager } from '@mikro-orm/postgresql';

import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import type { Config } from '../config/load-config';
import { LoaderRegistry } from '../loaders/loader-registry';
import type { LiveHub } from '../live/live-hub';
import type { Logger } from '../log/logger';
import type { RequestScope } from './request-scope';
import { ServiceRegistry } from './service-registry';

/** Builds the per-request scope: a forked EntityManager, fresh loaders and services. */
export function createRequestScope(input: {
  em: EntityManager;
  actor: Actor;
  requestId: string;
  config: Config;
  log: Logger;
  clientAddress?: string | null;
  live: LiveHub;
}): RequestScope {
  const scope = {} as RequestScope;
  Object.assign(scope, {
    requestId: input.requestId,
    actor: input.actor,
    clientAddress: input.clientAddress ?? null,
    audit: new AuditTrail(),
    em: input.em.fork({ clear: true, useContext: false }),
    config: input.config,
    live: input.live,
    log: input.log.child({ requestId: input.requestId }),
    loaders: new LoaderRegistry(() => scope),
    services: new ServiceRegistry(() => scope),
  });
  return scope;
}

/** The same caller and request, on another EntityManager (e.g. inside a transaction), with fresh loaders and services. */
export function withEntityManager(scope: RequestScope, em: EntityManager): RequestScope {
  const child = { ...scope, em };
  child.loaders = new LoaderRegistry(() => child);
  child.services = new ServiceRegistry(() => child);
  return child;
}
