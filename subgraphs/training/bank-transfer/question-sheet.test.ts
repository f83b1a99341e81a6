import { Difficulty, QuestionType } from '../question/question-enums';
import { parseCsv, writeCsv } from '../spreadsheet/csv';
import { ImportErrorCode } from './import-error.types';
import { headerRow, questionToRow, rowCells } from './question-sheet';
import type { SheetQuestion } from './question-sheet';
import { mapHeader, parseRow } from './question-sheet-parse';

const { index } = mapHeader(headerRow());
const parse = (cells: Partial<Record<string, string>>, row = 2) =>
  parseRow(
    headerRow().map((h) => cells[h] ?? ''),
    row,
    index,
  );
const base = {
  题型: '单选题',
  知识点: '721工作法',
  难度: '容易',
  题干: '约70%的问题应当通过哪种方式解决？',
  选项A: '服务',
  选项B: '执法',
  答案: 'A',
  解析: '721工作法：70%服务。',
};

describe('question spreadsheet layout (issue 10: bulk import with per-row errors)', () => {
  it('reads a single-choice row into the content createQuestion would store', () => {
    expect(parse(base)).toEqual({
      errors: [],
      draft: expect.objectContaining({
        row: 2,
        type: QuestionType.SINGLE_CHOICE,
        difficulty: Difficulty.EASY,
        topic: '721工作法',
        keywords: [],
        options: [
          { key: 'A', text: '服务', correct: true },
          { key: 'B', text: '执法', correct: false },
        ],
      }),
    });
  });

  it('accepts the English enum names and answers written as A,C', () => {
    const { draft } = parse({ ...base, 题型: 'MULTIPLE_CHOICE', 难度: 'hard', 选项C: '管理', 答案: 'A,C' });
    expect(draft?.options.filter((o) => o.correct).map((o) => o.key)).toEqual(['A', 'C']);
    expect(draft?.difficulty).toBe(Difficulty.HARD);
  });

  it('reports every refused cell of a row with its column, not only the first', () => {
    const { draft, errors } = parse({ ...base, 题型: '填空题', 难度: '很难', 题干: '短' }, 7);
    expect(draft).toBeNull();
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, '题干', ImportErrorCode.LENGTH],
      [7, '题型', ImportErrorCode.INVALID],
      [7, '难度', ImportErrorCode.INVALID],
    ]);
  });

  it('checks the answer against the type even when another cell of the row is refused', () => {
    const { errors } = parse({ ...base, 题型: '多选题', 难度: '难' });
    expect(errors.map((e) => [e.column, e.code])).toEqual([
      ['难度', ImportErrorCode.INVALID],
      ['答案', ImportErrorCode.ANSWER],
    ]);
  });

  it('refuses a single-choice answer naming two options, or a letter without an option, on 答案', () => {
    expect(parse({ ...base, 答案: 'AB' }).errors).toMatchObject([{ column: '答案', code: ImportErrorCode.ANSWER }]);
    expect(parse({ ...base, 答案: 'D' }).errors).toMatchObject([{ column: '答案', code: ImportErrorCode.ANSWER }]);
  });

  it('refuses a true/false row with options, and one whose answer is not 正确/错误', () => {
    expect(parse({ ...base, 题型: '判断题', 答案: '正确' }).errors).toMatchObject([{ column: '选项A', code: ImportErrorCode.INVALID }]);
    expect(parse({ ...base, 题型: '判断题', 选项A: '', 选项B: '', 答案: '也许' }).errors).toMatchObject([{ column: '答案', code: ImportErrorCode.ANSWER }]);
  });

  it('refuses a short-answer row without keywords on 关键词', () => {
    expect(parse({ ...base, 题型: '简答题', 选项A: '', 选项B: '', 答案: '' }).errors).toMatchObject([{ column: '关键词', code: ImportErrorCode.ANSWER }]);
  });

  it('names unknown and missing columns on row 1', () => {
    const { errors } = mapHeader(['题型', '知识点', '难度', '题干', '答案', '备注']);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, '备注', ImportErrorCode.UNKNOWN_COLUMN],
      [1, '解析', ImportErrorCode.MISSING],
    ]);
  });

  it('writes a row that reads back as the same question, through CSV with commas, quotes, line breaks and a leading =', () => {
    const q: SheetQuestion = {
      type: QuestionType.SHORT_ANSWER,
      topic: '柔性执法',
      difficulty: Difficulty.MEDIUM,
      stem: '=简述“先教育、后处罚”，并举例。',
      options: [],
      keywords: ['教育|说服', '劝导'],
      explanation: '要点：教育,劝导\n第二行',
      lawArticleId: null,
      lawArticleLabel: null,
      tags: ['夜市', '新任队员'],
    };
    const [header, cells] = parseCsv(writeCsv([headerRow(), rowCells(questionToRow(q))]).toString('utf8'));
    expect(header).toEqual(headerRow());
    const { draft } = parseRow(cells, 2, index);
    expect(draft).toMatchObject({ type: q.type, stem: q.stem, keywords: q.keywords, explanation: q.explanation, options: [], tags: q.tags });
    expect(cells[headerRow().indexOf('标签')]).toBe('夜市；新任队员');
  });

  describe('标签 column (the rules of setQuestionTags)', () => {
    it('reads tags separated by 、 , ， ; ； or line breaks, trimmed, repeats dropped, in file order', () => {
      expect(parse({ ...base, 标签: ' 夜市、占道经营,夜市；\n新任队员 ;' }).draft?.tags).toEqual(['夜市', '占道经营', '新任队员']);
      expect(parse(base).draft?.tags).toEqual([]);
    });

    it('refuses a tag over 20 characters and more than 10 tags as a LENGTH error on 标签', () => {
      const long = parse({ ...base, 标签: `夜市；${'长'.repeat(21)}` });
      expect(long.draft).toBeNull();
      expect(long.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, '标签', ImportErrorCode.LENGTH]]);
      const many = parse({ ...base, 标签: Array.from({ length: 11 }, (_, i) => `标签${i}`).join('；') }, 5);
      expect(many.errors.map((e) => [e.row, e.column, e.code])).toEqual([[5, '标签', ImportErrorCode.LENGTH]]);
    });
  });
});
