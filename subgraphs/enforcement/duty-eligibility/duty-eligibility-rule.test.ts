import { DispositionKind as K } from '../disposition/disposition-enums';
import { checkDutyEligible } from './duty-eligibility-rule';

const asOf = new Date('2026-12-01T08:00:00Z');
const expired = { eligible: false, reasons: ['CERTIFICATION_EXPIRED'], asOf };

describe('持证上岗 at the point of decision (执法人员持证上岗; 行政处罚法第四十二条)', () => {
  it('refuses a penalty or labor in lieu by an officer training last reported ineligible, with the reasons and their age', () => {
    for (const kind of [K.PENALTY, K.LABOR_IN_LIEU]) {
      expect(() => checkDutyEligible(kind, expired)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'FORBIDDEN', reasons: ['CERTIFICATION_EXPIRED'], eligibilityAsOf: asOf.toISOString() }),
        }),
      );
    }
  });

  it('keeps warnings, rectification notices and service allowed', () => {
    for (const kind of [K.WARNING, K.RECTIFICATION_NOTICE, K.SERVICE]) {
      expect(() => checkDutyEligible(kind, expired)).not.toThrow();
    }
  });

  it('allows a penalty by an eligible officer, or when training has not reported on the officer yet', () => {
    expect(() => checkDutyEligible(K.PENALTY, { eligible: true, reasons: [], asOf })).not.toThrow();
    expect(() => checkDutyEligible(K.PENALTY, null)).not.toThrow();
  });
});
