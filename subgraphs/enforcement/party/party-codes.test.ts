import { creditCodeCheckChar, idNumberCheckChar, isMobilePhone, isValidCreditCode, isValidIdNumber } from './party-codes';

describe('party codes', () => {
  it('accepts an ID number with the right check character and refuses a wrong one', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(idNumberCheckChar('33078119900101123')).toMatch(/^[\dX]$/);
  });

  it('accepts a unified social credit code with the right check character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100YI3')).toBe(false);
    expect(creditCodeCheckChar('91330781MA2000001')).toHaveLength(1);
  });

  it('accepts mainland mobile numbers only', () => {
    expect([isMobilePhone('13857901234'), isMobilePhone('12857901234'), isMobilePhone('1385790123')]).toEqual([true, false, false]);
  });
});
