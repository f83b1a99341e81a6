import { maskIdNumber, maskPhone } from './mask';

describe('masking personal data', () => {
  it('masks a mainland mobile number as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks an 18-digit ID number as 110***********1234', () => {
    expect(maskIdNumber('110101199001011234')).toBe('110***********1234');
  });

  it('never reveals short values', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskIdNumber('1234')).toBe('****');
  });

  it('returns null for missing values', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskIdNumber(undefined)).toBeNull();
  });
});
