import { DispositionKind as K } from '../disposition/disposition-enums';
import { blackDotFor, CreditLevel, CreditMark, summariseCredit } from './credit-rules';

const now = new Date('2026-11-01T00:00:00Z');
const at = (month: number) => new Date(Date.UTC(2026, month, 1));
const dot = (kind: K, month = 9) => ({ mark: CreditMark.BLACK_DOT, points: blackDotFor(kind)!, at: at(month), dispositionKind: kind });
const flower = (points = 5, month = 9) => ({ mark: CreditMark.RED_FLOWER, points, at: at(month) });

describe('merchant credit file', () => {
  it('starts at 100, level A, without the civilized-merchant badge until a red flower', () => {
    expect(summariseCredit([], now)).toEqual({ score: 100, level: CreditLevel.A, redFlowers: 0, blackDots: 0, blacklisted: false, civilizedMerchant: false });
    expect(summariseCredit([flower()], now)).toMatchObject({ score: 100, civilizedMerchant: true });
  });

  it('leaves no black dot for a warning or service (首违不罚)', () => {
    expect([blackDotFor(K.WARNING), blackDotFor(K.SERVICE)]).toEqual([null, null]);
  });

  it('lowers the level with black dots: one penalty gives B, two give C, three blacklist at D', () => {
    expect(summariseCredit([dot(K.PENALTY)], now)).toMatchObject({ score: 85, level: CreditLevel.B, blacklisted: false });
    expect(summariseCredit([dot(K.PENALTY), dot(K.PENALTY)], now)).toMatchObject({ score: 70, level: CreditLevel.C });
    expect(summariseCredit([dot(K.PENALTY), dot(K.PENALTY), dot(K.LABOR_IN_LIEU)], now)).toMatchObject({ score: 60, level: CreditLevel.C, blacklisted: true });
    expect(summariseCredit([dot(K.PENALTY), dot(K.PENALTY), dot(K.PENALTY)], now)).toMatchObject({ score: 55, level: CreditLevel.D, blacklisted: true });
  });

  it('lets red flowers offset black dots, capped at 100', () => {
    expect(summariseCredit([dot(K.RECTIFICATION_NOTICE), flower(2)], now)).toMatchObject({ score: 97, level: CreditLevel.A, civilizedMerchant: false });
    expect(summariseCredit([flower(), flower()], now).score).toBe(100);
  });

  it('forgets entries older than 12 months', () => {
    const old = { ...dot(K.PENALTY), at: new Date('2025-10-31T00:00:00Z') };
    expect(summariseCredit([old], now)).toMatchObject({ score: 100, blackDots: 0 });
  });
});
