import { DispositionKind as K } from './disposition-enums';
import { checkDispositionInput, checkMeasures } from './disposition-checks';
import { PenaltyMeasure as M } from './penalty-measure';
import { recommendDisposition } from './disposition-ladder';
import { fieldOf } from '../test/error-field';

const type = { onExemptionList: false, laborInLieuAllowed: true, rectificationDays: 3, fineMinYuan: 100, fineMaxYuan: 1000 };
const penalty = recommendDisposition({
  priorCaseCount: 2,
  missedRectificationDeadline: false,
  minorHarm: false,
  correctedOnSpot: false,
  partyAgreesToLabor: false,
  type,
});

describe('recordDisposition input rules', () => {
  it('accepts the recommended penalty inside the range with recording evidence', () => {
    expect(fieldOf(() => checkDispositionInput({ kind: K.PENALTY, fineYuan: 100, partyAgreesToLabor: false }, penalty, type, 1))).toBeNull();
  });

  it('needs a reason for another kind', () => {
    expect(fieldOf(() => checkDispositionInput({ kind: K.WARNING, partyAgreesToLabor: false }, penalty, type, 1))).toBe('input.deviationReason');
  });

  it('checks both ends of the fine range', () => {
    expect(fieldOf(() => checkDispositionInput({ kind: K.PENALTY, fineYuan: 99, partyAgreesToLabor: false }, penalty, type, 1))).toBe('input.fineYuan');
    expect(fieldOf(() => checkDispositionInput({ kind: K.PENALTY, fineYuan: 1001, partyAgreesToLabor: false }, penalty, type, 1))).toBe('input.fineYuan');
    expect(fieldOf(() => checkDispositionInput({ kind: K.PENALTY, fineYuan: null, partyAgreesToLabor: false }, penalty, type, 1))).toBe('input.fineYuan');
  });

  it("needs positive labor hours and the party's consent for labor in lieu", () => {
    const reason = '当事人自愿参加公益劳动';
    expect(
      fieldOf(() => checkDispositionInput({ kind: K.LABOR_IN_LIEU, laborHours: -1, deviationReason: reason, partyAgreesToLabor: true }, penalty, type, 1)),
    ).toBe('input.laborHours');
    expect(
      fieldOf(() => checkDispositionInput({ kind: K.LABOR_IN_LIEU, laborHours: 4, deviationReason: reason, partyAgreesToLabor: false }, penalty, type, 1)),
    ).toBe('input.kind');
  });

  it('needs a recording for enforcement steps', () => {
    expect(fieldOf(() => checkDispositionInput({ kind: K.PENALTY, fineYuan: 100, partyAgreesToLabor: false }, penalty, type, 0))).toBe('input.kind');
  });

  describe('并处 — measures added to a penalty (《行政处罚法》第九条)', () => {
    it('accepts a confiscation with its value and a licence revocation on a penalty', () => {
      expect(fieldOf(() => checkMeasures(K.PENALTY, [M.CONFISCATE_ILLEGAL_GAINS, M.REVOKE_LICENCE], 3_200))).toBeNull();
    });

    it('refuses measures on anything but a penalty, twice the same measure, or suspension together with revocation', () => {
      expect(fieldOf(() => checkMeasures(K.WARNING, [M.SUSPEND_LICENCE], null))).toBe('input.measures');
      expect(fieldOf(() => checkMeasures(K.PENALTY, [M.ORDER_CLOSURE, M.ORDER_CLOSURE], null))).toBe('input.measures');
      expect(fieldOf(() => checkMeasures(K.PENALTY, [M.SUSPEND_LICENCE, M.REVOKE_LICENCE], null))).toBe('input.measures');
    });

    it('needs the confiscated value with a confiscation and refuses it without one', () => {
      expect(fieldOf(() => checkMeasures(K.PENALTY, [M.CONFISCATE_ILLEGAL_PROPERTY], null))).toBe('input.confiscatedValueYuan');
      expect(fieldOf(() => checkMeasures(K.PENALTY, [M.CONFISCATE_ILLEGAL_PROPERTY], 0))).toBe('input.confiscatedValueYuan');
      expect(fieldOf(() => checkMeasures(K.PENALTY, [M.SUSPEND_LICENCE], 500))).toBe('input.confiscatedValueYuan');
    });
  });

  it('names the person who serves labor in lieu: the party, or whom the party names (以劳代罚 binds the party)', () => {
    const labor = { kind: K.LABOR_IN_LIEU, laborHours: 4, fineYuan: 200, activityId: 'a', deviationReason: '当事人自愿参加公益劳动', partyAgreesToLabor: true };
    expect(fieldOf(() => checkDispositionInput(labor, penalty, type, 1))).toBe('input.laborServedBy');
    expect(fieldOf(() => checkDispositionInput({ ...labor, laborServedBy: '  ' }, penalty, type, 1))).toBe('input.laborServedBy');
    expect(fieldOf(() => checkDispositionInput({ ...labor, laborServedBy: 'citizen-party' }, penalty, type, 1))).toBeNull();
  });
});
