import { ValidationError } from '../../../kernel/errors/domain-error';
import { checkEffectiveOn, requireText, reviewReason } from './law-rules';

describe('checkEffectiveOn', () => {
  it('accepts a real date', () => {
    expect(checkEffectiveOn('2021-07-15')).toBe('2021-07-15');
  });

  it('refuses other formats and impossible dates on input.effectiveOn', () => {
    for (const v of ['2021/07/15', '2021-02-30', '15.07.2021', '']) {
      expect(() => checkEffectiveOn(v)).toThrow(ValidationError);
    }
  });
});

describe('requireText', () => {
  it('trims and counts characters, not bytes', () => {
    expect(requireText(' 新法施行 ', 4, 'input.reason')).toBe('新法施行');
    expect(() => requireText(' 新法 ', 4, 'input.reason')).toThrow(ValidationError);
  });
});

describe('reviewReason', () => {
  it('names the cited article and the change', () => {
    expect(reviewReason('AMENDED', '《行政处罚法》第三十三条（2021年修订）', '2026年修订')).toBe(
      '所引法条《行政处罚法》第三十三条（2021年修订）已修订（2026年修订），请复核',
    );
    expect(reviewReason('RETIRED', '某条', '废止')).toBe('所引法条某条已废止（废止），请复核');
  });
});
