import { DispositionKind as K } from '../disposition/disposition-enums';
import { PartyKind } from '../party/party-enums';
import { checkOnTheSpot } from './on-the-spot-rules';

const base = { kind: K.PENALTY, fineYuan: 200, secondOfficerId: 'o2', evidenceCount: 1 };
const field = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { extensions: { field: string } }).extensions.field;
  }
};

describe('on-the-spot simple procedure (行政处罚法第四十二条、第五十一条)', () => {
  it('accepts ¥200 for a person and ¥3,000 for an organisation, not a yuan more (art. 51)', () => {
    expect(field(() => checkOnTheSpot(base, PartyKind.PERSON, 'o1'))).toBeNull();
    expect(field(() => checkOnTheSpot({ ...base, fineYuan: 201 }, PartyKind.PERSON, 'o1'))).toBe('input.fineYuan');
    expect(field(() => checkOnTheSpot({ ...base, fineYuan: 3000 }, PartyKind.MERCHANT, 'o1'))).toBeNull();
    expect(field(() => checkOnTheSpot({ ...base, fineYuan: 3001 }, PartyKind.MERCHANT, 'o1'))).toBe('input.fineYuan');
  });

  it('keeps rectification notices and labor in lieu out of the simple procedure', () => {
    expect(field(() => checkOnTheSpot({ ...base, kind: K.RECTIFICATION_NOTICE, fineYuan: null }, PartyKind.PERSON, 'o1'))).toBe('input.kind');
    expect(field(() => checkOnTheSpot({ ...base, kind: K.LABOR_IN_LIEU }, PartyKind.PERSON, 'o1'))).toBe('input.kind');
  });

  it('needs a second officer other than the deciding one (art. 42) and evidence of the scene', () => {
    expect(field(() => checkOnTheSpot({ ...base, secondOfficerId: 'o1' }, PartyKind.PERSON, 'o1'))).toBe('input.secondOfficerId');
    expect(field(() => checkOnTheSpot({ ...base, evidenceCount: 0 }, PartyKind.PERSON, 'o1'))).toBe('input.evidence');
  });

  it('refuses a fine on a warning', () => {
    expect(field(() => checkOnTheSpot({ ...base, kind: K.WARNING }, PartyKind.PERSON, 'o1'))).toBe('input.fineYuan');
    expect(field(() => checkOnTheSpot({ ...base, kind: K.WARNING, fineYuan: null }, PartyKind.PERSON, 'o1'))).toBeNull();
  });
});
