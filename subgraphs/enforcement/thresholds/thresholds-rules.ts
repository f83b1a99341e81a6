import { ValidationError } from '../../../kernel/errors/domain-error';

/**
 * 执法制度阈值 — the numbers behind the three enforcement systems that a bureau sets for itself within the law:
 * - 较大数额 (《行政处罚法》第五十八、六十三条; the province sets the amount): a fine at or above it gets a hearing notice
 *   and is a major decision needing legal review;
 * - 没收 (第五十八、六十三条): a confiscation valued at or above `confiscationReviewFromYuan` is major (0: every one);
 * - 公示 (国办发〔2018〕118号): a decision is published within `publicationWorkingDays` (at most 7) working days;
 * - 撤回 (第四十八条): a changed, revoked or unlawful decision is withdrawn within `withdrawalWorkingDays` (at most 3);
 * - the hours the publication job waits so the unit can hold a decision back (不予公开).
 * Versions are never edited: an ADMIN adopts a new one from now on; a decision uses the version in force when made.
 */
export interface Thresholds {
  version: number;
  largeFineYuan: { person: number; organisation: number };
  confiscationReviewFromYuan: number;
  publicationWorkingDays: number;
  withdrawalWorkingDays: number;
  disclosureReviewHours: number;
}

/** The law's own defaults (version 0), used only if the bureau has adopted no version. */
export const STATUTORY_THRESHOLDS: Thresholds = {
  version: 0,
  largeFineYuan: { person: 5_000, organisation: 50_000 },
  confiscationReviewFromYuan: 0,
  publicationWorkingDays: 7,
  withdrawalWorkingDays: 3,
  disclosureReviewHours: 24,
};

/** Upper limits set by law: a bureau may shorten the disclosure deadlines, never lengthen them. */
export const THRESHOLD_LIMITS = { publicationWorkingDays: 7, withdrawalWorkingDays: 3, disclosureReviewHours: 24 } as const;

export interface ThresholdVersion {
  version: number;
  effectiveFrom: Date;
  largeFinePersonYuan: number;
  largeFineOrganisationYuan: number;
  confiscationReviewFromYuan: number;
  publicationWorkingDays: number;
  withdrawalWorkingDays: number;
  disclosureReviewHours: number;
}

export function toThresholds(v: ThresholdVersion): Thresholds {
  return {
    version: v.version,
    largeFineYuan: { person: v.largeFinePersonYuan, organisation: v.largeFineOrganisationYuan },
    confiscationReviewFromYuan: v.confiscationReviewFromYuan,
    publicationWorkingDays: v.publicationWorkingDays,
    withdrawalWorkingDays: v.withdrawalWorkingDays,
    disclosureReviewHours: v.disclosureReviewHours,
  };
}

/** The version in force at `at`: the latest effective at or before it; the statutory defaults before any. */
export function thresholdsInForce(versions: ThresholdVersion[], at: Date): Thresholds {
  const inForce = versions
    .filter((v) => v.effectiveFrom.getTime() <= at.getTime())
    .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime() || b.version - a.version)[0];
  return inForce ? toThresholds(inForce) : STATUTORY_THRESHOLDS;
}

/** Rules across fields that class-validator cannot express; field names are those of SetEnforcementThresholdsInput. */
export function checkThresholdVersion(next: Omit<ThresholdVersion, 'version'>, latest: ThresholdVersion | null, now: Date): void {
  if (next.largeFineOrganisationYuan < next.largeFinePersonYuan) {
    throw new ValidationError('input.largeFineOrganisationYuan', 'the large-fine amount of an organisation is not below that of a person');
  }
  if (next.disclosureReviewHours > next.publicationWorkingDays * 24) {
    throw new ValidationError('input.disclosureReviewHours', 'the hold-back window must end well inside the publication deadline');
  }
  // history is not rewritten: a version takes effect from now on (a minute's clock skew tolerated), after the latest
  if (next.effectiveFrom.getTime() < now.getTime() - 60_000 || (latest && next.effectiveFrom < latest.effectiveFrom)) {
    throw new ValidationError('input.effectiveFrom', 'a new version takes effect from now on, not before the latest version');
  }
}
