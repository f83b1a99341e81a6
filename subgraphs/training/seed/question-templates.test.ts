import { QuestionType } from '../question/question-enums';
import { normalizeContent } from '../question/question-content';
import { buildQuestionSeeds } from './question-templates';

describe('question bank seed', () => {
  const seeds = buildQuestionSeeds();

  it('has at least 80 questions with unique keys', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(80);
    expect(new Set(seeds.map((s) => s.key)).size).toBe(seeds.length);
  });

  it('uses every question type', () => {
    expect(new Set(seeds.map((s) => s.type))).toEqual(new Set(Object.values(QuestionType)));
  });

  it('produces content that passes the authoring rules', () => {
    for (const s of seeds) {
      const tf = s.type === QuestionType.TRUE_FALSE ? s.options[0].correct : null;
      expect(() => normalizeContent(s.type, { options: s.options, trueFalseAnswer: tf, keywords: s.keywords })).not.toThrow();
    }
  });
});
