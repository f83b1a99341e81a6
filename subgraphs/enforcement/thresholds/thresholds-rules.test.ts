import { fieldOf } from '../test/error-field';
import { checkThresholdVersion, STATUTORY_THRESHOLDS, thresholdsInForce } from './thresholds-rules';
import type { ThresholdVersion } from './thresholds-rules';

const v = (version: number, effectiveFrom: string, person: number): ThresholdVersion => ({
  version,
  effectiveFrom: new Date(effectiveFrom),
  largeFinePersonYuan: person,
  largeFineOrganisationYuan: 50_000,
  confiscationReviewFromYuan: 0,
  publicationWorkingDays: 7,
  withdrawalWorkingDays: 3,
  disclosureReviewHours: 24,
});

describe('执法制度阈值 — thresholds a bureau sets within the law (《行政处罚法》第四十八、五十八、六十三条, 国办发〔2018〕118号)', () => {
  const versions = [v(1, '2024-01-01T00:00:00Z', 5_000), v(2, '2026-06-01T00:00:00Z', 3_000)];

  it('judges a decision by the version in force when it was made, never a later one', () => {
    expect(thresholdsInForce(versions, new Date('2026-05-31T23:59:59Z')).largeFineYuan.person).toBe(5_000);
    expect(thresholdsInForce(versions, new Date('2026-06-01T00:00:00Z'))).toMatchObject({ version: 2, largeFineYuan: { person: 3_000 } });
  });

  it('falls back to the statutory defaults before any version (7 and 3 working days, ¥5,000 / ¥50,000)', () => {
    expect(thresholdsInForce(versions, new Date('2023-01-01T00:00:00Z'))).toEqual(STATUTORY_THRESHOLDS);
    expect(STATUTORY_THRESHOLDS).toMatchObject({ publicationWorkingDays: 7, withdrawalWorkingDays: 3, largeFineYuan: { person: 5_000, organisation: 50_000 } });
  });

  it('refuses a version that reaches back in time or before the latest one (history is not rewritten)', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(fieldOf(() => checkThresholdVersion({ ...v(0, '2026-12-01T00:00:00Z', 5_000) }, versions[1], now))).toBe('input.effectiveFrom');
    expect(fieldOf(() => checkThresholdVersion({ ...v(0, '2026-12-02T00:00:00Z', 5_000) }, v(3, '2027-01-01T00:00:00Z', 5_000), now))).toBe(
      'input.effectiveFrom',
    );
    expect(fieldOf(() => checkThresholdVersion({ ...v(0, '2026-12-02T00:00:00Z', 5_000) }, versions[1], now))).toBeNull();
  });

  it("keeps an organisation's large amount at or above a person's, and the hold-back inside the publication deadline", () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(fieldOf(() => checkThresholdVersion({ ...v(0, '2026-12-03T00:00:00Z', 60_000) }, null, now))).toBe('input.largeFineOrganisationYuan');
    expect(
      fieldOf(() => checkThresholdVersion({ ...v(0, '2026-12-03T00:00:00Z', 5_000), publicationWorkingDays: 1, disclosureReviewHours: 25 }, null, now)),
    ).toBe('input.disclosureReviewHours');
  });
});
