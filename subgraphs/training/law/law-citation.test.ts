import { citationKey } from './law-citation';

describe('citationKey (issue 10 fault 2: free-text tags become catalogue links)', () => {
  it('matches the short and the full name of a law, with or without brackets and spaces', () => {
    expect(citationKey('《行政处罚法》第三十三条')).toBe(citationKey('《中华人民共和国行政处罚法》 第三十三条'));
  });

  it('keeps different articles apart', () => {
    expect(citationKey('《行政处罚法》第三十三条')).not.toBe(citationKey('《行政处罚法》第三十六条'));
  });
});
