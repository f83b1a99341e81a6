import { seedId } from '../db/seed-id';

/**
 * The demo city's officer roster as other subgraphs know it: badge numbers 3307810001… and the ids derived
 * from them. Enforcement owns the officers; training and participation seed data refer to them by these ids,
 * as a real department would import the HR roster, without reading enforcement's tables.
 */
export const DEMO_OFFICER_COUNT = 36;

export function demoBadge(index: number): string {
  return `330781${String(10001 + index).slice(1)}`;
}

export function demoOfficerId(index: number): string {
  return seedId('officer', demoBadge(index));
}
