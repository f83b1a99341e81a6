import { DispositionKind as K } from './disposition-enums';
import { checkDispositionInput } from './disposition-checks';
import { recommendDisposition } from './disposition-ladder';
import { fieldOf } from '../test/error-field';

const type = { onExemptionList: false, laborInLieuAllowed: true, rectificationDays: 3, fineMinYuan: 100, fineMaxYuan: 1000 };
const penalty = recommendDisposition({ priorCaseCount: 2, missedRectificationDeadline: false, minorHarm: false, correctedOnSpot: false, partyAgreesToLabor: false, type });

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

  it('needs positive labor hours and the party\'s consent for labor in lieu', () => {
    const reason = '当事人自愿参加公益劳动';
    expect(fieldOf(() => checkDispositionInput({ kind: K.LABOR_IN_LIEU, laborHours: -1, deviationReason: reason, partyAgreesToLabor: true }, penalty, type, 1))).toBe('input.laborHours');
    expect(fieldOf(() => checkDispositionInput({ kind: K.LABOR_IN_LIEU, laborHours: 4, deviationReason: reason, partyAgreesToLabor: false }, penalty, type, 1))).toBe('input.kind');
  });

  it('needs a recording for enforcement steps', () => {
    expect(fieldOf(() => checkDispositionInput({ kind: K.PENALTY, fineYuan: 100, partyAgreesToLabor: false }, penalty, type, 0))).toBe('input.kind');
  });

  it('names the person who serves labor in lieu: the party, or whom the party names (以劳代罚 binds the party)', () => {
    const labor = { kind: K.LABOR_IN_LIEU, laborHours: 4, fineYuan: 200, activityId: 'a', deviationReason: '当事人自愿参加公益劳动', partyAgreesToLabor: true };
    expect(fieldOf(() => checkDispositionInput(labor, penalty, type, 1))).toBe('input.laborServedBy');
    expect(fieldOf(() => checkDispositionInput({ ...labor, laborServedBy: '  ' }, penalty, type, 1))).toBe('input.laborServedBy');
    expect(fieldOf(() => checkDispositionInput({ ...labor, laborServedBy: 'citizen-party' }, penalty, type, 1))).toBeNull();
  });
});
