import { buildQuestionSeeds } from './question-templates';
import { LAW_ARTICLES, lawArticleIdForCitation } from './law-articles.data';

describe('law article catalogue seed', () => {
  it('has an entry for every law article a seeded question cites', () => {
    const cited = [
      ...new Set(
        buildQuestionSeeds()
          .map((s) => s.lawArticle)
          .filter((c): c is string => !!c),
      ),
    ];
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((c) => lawArticleIdForCitation(c) === null)).toEqual([]);
  });

  it('has unique law × article × version entries', () => {
    const keys = LAW_ARTICLES.map((a) => `${a.lawName}${a.article}@${a.versionLabel}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps no citation to no entry', () => {
    expect(lawArticleIdForCitation(null)).toBeNull();
    expect(lawArticleIdForCitation('《某法》第一条')).toBeNull();
  });
});
