import type { RequestScope } from './request-scope';

export type ServiceClass<S> = new (scope: RequestScope) => S;

/** Per-request service instances, built lazily (`ctx.services.get(ReportService)`). */
export class ServiceRegistry {
  private readonly instances = new Map<ServiceClass<unknown>, unknown>();

  constructor(private readonly scope: () => RequestScope) {}

  get<S>(service: ServiceClass<S>): S {
    let instance = this.instances.get(service) as S | undefined;
    if (!instance) {
      instance = new service(this.scope());
      this.instances.set(service, instance);
    }
    return instance;
  }
}
