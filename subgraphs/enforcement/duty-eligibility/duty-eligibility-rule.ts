import { ForbiddenError } from '../../../kernel/errors/domain-error';
import { DispositionKind as K } from '../disposition/disposition-enums';

export interface KnownEligibility {
  eligible: boolean;
  reasons: string[];
  asOf: Date;
}

/** Decisions that impose a penalty: only a duty-eligible officer records them (持证上岗). */
const PENALISING = new Set<K>([K.PENALTY, K.LABOR_IN_LIEU]);

/**
 * 持证上岗 at the point of decision (行政处罚法第四十二条: 行政处罚应当由具有行政执法资格的执法人员实施): an officer whose last known eligibility from training is false may not record a
 * penalty, a labor-in-lieu decision or an on-the-spot fine. Warnings, rectification notices and service stay
 * allowed. With nothing known yet (training never published for this officer) the decision is not blocked.
 */
export function checkDutyEligible(kind: K, known: KnownEligibility | null): void {
  if (!PENALISING.has(kind) || !known || known.eligible) {
    return;
  }
  throw new ForbiddenError(
    `持证上岗: you are not eligible for duty (${known.reasons.join(', ')}, as of ${known.asOf.toISOString()}), so you may not record a ${kind}`,
    { field: 'input.kind', reasons: known.reasons, eligibilityAsOf: known.asOf.toISOString() },
  );
}
