import type { RequestScope } from '../../../kernel/services/request-scope';
import { DispatchService } from './dispatch.service';
import type { DispatchResult } from './dispatch.service';
import type { GridLocator } from './grid-locator';

export type { DispatchResult } from './dispatch.service';
export type { GridLocation, GridLocator } from './grid-locator';
export { createEnforcementGridLocator, DISPATCHER_ACTOR } from './enforcement-grid-locator';

/**
 * One dispatch run for a background hook: takes up to 50 SUBMITTED reports without a grid cell, oldest first, and
 * dispatches them (or flags them for manual triage). Safe to call every few seconds and from several instances.
 */
export function runDispatch(scope: RequestScope, locator: GridLocator): Promise<DispatchResult> {
  return scope.services.get(DispatchService).dispatchPending(locator);
}
