import { ValidationError } from '../../../kernel/errors/domain-error';
import { normalizeTags } from './question-tags';

const fieldOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (err) {
    return err instanceof ValidationError ? err.extensions.field : 'other';
  }
};

describe('标签 — question tags (issue 10: the bank has categories and tags beside the topic)', () => {
  it('trims, drops repeats and keeps the order', () => {
    expect(normalizeTags([' 夜市 ', '新任队员', '夜市'], 'input.tags')).toEqual(['夜市', '新任队员']);
  });

  it('refuses an empty or over-long tag, a tag with a separator inside and more than ten tags', () => {
    expect(fieldOf(() => normalizeTags(['  '], 'input.tags'))).toBe('input.tags');
    expect(fieldOf(() => normalizeTags(['一二三四五六七八九十一二三四五六七八九十一'], 'input.tags'))).toBe('input.tags');
    expect(fieldOf(() => normalizeTags(['夜市、早市'], 'input.tags'))).toBe('input.tags');
    expect(
      fieldOf(() =>
        normalizeTags(
          Array.from({ length: 11 }, (_, i) => `t${i}`),
          'input.tags',
        ),
      ),
    ).toBe('input.tags');
    expect(
      fieldOf(() =>
        normalizeTags(
          Array.from({ length: 10 }, (_, i) => `t${i}`),
          'input.tags',
        ),
      ),
    ).toBeNull();
  });
});
