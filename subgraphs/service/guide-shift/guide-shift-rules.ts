import type { OpeningWindow } from '../vending-zone/opening-window';
import { isOpenAt } from '../vending-zone/opening-window';

export const MIN_SHIFT_MINUTES = 30;
export const MAX_SHIFT_HOURS = 6;

/**
 * 摊位引导员 (721 工作总结: guides on duty at peak hours help street vendors into the zone): a shift lasts 30 min to
 * 6 h and lies inside the zone's opening window — a guide outside it would lead vendors to a closed market.
 * Returns the problem, or null when the shift is valid.
 */
export function shiftProblem(window: OpeningWindow, startsAt: Date, endsAt: Date): { field: string; message: string } | null {
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (!(minutes >= MIN_SHIFT_MINUTES && minutes <= MAX_SHIFT_HOURS * 60)) {
    return { field: 'input.endsAt', message: `a shift ends ${MIN_SHIFT_MINUTES} min to ${MAX_SHIFT_HOURS} h after it starts` };
  }
  if (!isOpenAt(window, startsAt)) {
    return { field: 'input.startsAt', message: 'the shift must start while the zone is open' };
  }
  if (!isOpenAt(window, new Date(endsAt.getTime() - 60_000))) {
    return { field: 'input.endsAt', message: 'the shift must end by the time the zone closes' };
  }
  return null;
}
