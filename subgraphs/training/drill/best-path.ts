import type { DrillStepDef } from './drill-graph';

const total = (c: { legality: number; communication: number; deEscalation: number; service: number }) =>
  c.legality + c.communication + c.deEscalation + c.service;

/**
 * 最佳路径 — what a model officer would do: at every step the non-critical choice with the highest score (sum of the
 * four dimensions; the first such choice on a tie), from the start to an ending. Judging each decision on its own
 * keeps a detour (a harsh move followed by a recovery) from outscoring the right first move by collecting more points.
 * Returns the choice texts in order.
 */
export function bestPath(start: string, steps: DrillStepDef[]): string[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const path: string[] = [];
  const seen = new Set<string>();
  let step = byKey.get(start);
  while (step && step.choices.length > 0 && !seen.has(step.key)) {
    seen.add(step.key);
    const best = step.choices.filter((c) => !c.critical).reduce<(typeof step.choices)[number] | null>((b, c) => (!b || total(c) > total(b) ? c : b), null);
    if (!best) {
      break;
    }
    path.push(best.text);
    step = byKey.get(best.next);
  }
  return path;
}
