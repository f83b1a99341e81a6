import { DomainError } from '../../../kernel/errors/domain-error';

/** Where a point belongs: the grid cell containing it and that cell's responsible officer (网格员). */
export interface GridLocation {
  gridCode: string;
  officerId: string | null;
  /** The enforcement unit (中队) responsible for the cell; its officers see the report. */
  unitId?: string | null;
}

/** Answers which grid cell contains a point; null when the point lies outside every cell. Throws when unreachable. */
export interface GridLocator {
  locate(lat: number, lng: number): Promise<GridLocation | null>;
}

/** The grid owner (enforcement) could not be asked; the caller retries later. */
export class GridLocatorUnavailableError extends DomainError {
  constructor(reason: string) {
    super('INTERNAL_SERVER_ERROR', `Grid locator unavailable: ${reason}`);
  }
}
