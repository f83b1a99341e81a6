import { Workbook } from 'exceljs';

import { seedId } from '../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../kernel/demo/demo-roster';
import { PRACTICE_EXAM_ID } from '../../subgraphs/training/seed/seed-exams';
import { parseCsv } from '../../subgraphs/training/spreadsheet/csv';
import {
  DistractorAnalysisDocument,
  ExamGradebookDocument,
  ExportExamGradebookDocument,
  ExportQuestionsDocument,
  ImportQuestionsDocument,
  TrainingComplianceRollupDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const HEADER = ['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '答案', '解析', '标签'];
const ROWS = [
  [
    '单选题',
    '网格巡查',
    '容易',
    '网格员巡查发现流动摊贩占道，首先应当怎么做？',
    '劝导至疏导点经营',
    '立即暂扣物品',
    '拍照后离开',
    'A',
    '先服务后执法，疏堵结合。',
    '夜市、新任队员',
  ],
  ['判断题', '网格巡查', '中等', '对首次占道经营且当场改正的摊贩，可以不予处罚。', '', '', '', '正确', '首违不罚，《行政处罚法》第三十三条。', ''],
];

async function workbook(rows: string[][]): Promise<string> {
  const book = new Workbook();
  const sheet = book.addWorksheet('题库');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function firstSheet(base64: string): Promise<string[][]> {
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const width = sheet.getRow(1).cellCount;
  return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: width }, (_c, c) => sheet.getRow(r + 1).getCell(c + 1).text));
}

/** Issue 10, part A: a trainer's import/export, gradebook, distractor analysis and compliance dashboard through the gateway. */
describe('trainer tools through the gateway (issue 10)', () => {
  let stack: Stack;
  let trainer: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-e2e-10a');
  });
  afterAll(() => stack.stop());

  it('imports a spreadsheet after a dry run that finds a bad row, then exports it back as CSV for Excel', async () => {
    const bad = await execute(
      stack.gatewayUrl,
      ImportQuestionsDocument,
      {
        input: {
          file: await workbook([HEADER, ...ROWS, ['多选题', '网格巡查', '难', '这一行有两个错误吗？', '甲', '乙', '', 'A', '说明']]),
          format: 'XLSX',
          dryRun: true,
        },
      },
      { token: trainer },
    );
    expect(bad.errors).toBeUndefined();
    expect(bad.data!.importQuestions.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, '答案', 'ANSWER'],
      [4, '难度', 'INVALID'],
    ]);
    const refused = await execute(
      stack.gatewayUrl,
      ImportQuestionsDocument,
      { input: { file: await workbook([HEADER, ...ROWS, ['多选题', '网格巡查', '难', '这一行有两个错误吗？', '甲', '乙', '', 'A', '说明']]), format: 'XLSX' } },
      { token: trainer },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const done = await execute(
      stack.gatewayUrl,
      ImportQuestionsDocument,
      { input: { file: await workbook([HEADER, ...ROWS]), format: 'XLSX' } },
      { token: trainer },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.importQuestions).toMatchObject({ dryRun: false, importedCount: 2 });
    const exported = await execute(stack.gatewayUrl, ExportQuestionsDocument, { filter: { topic: '网格巡查' }, format: 'CSV' }, { token: trainer });
    expect(exported.errors).toBeUndefined();
    const csv = Buffer.from(exported.data!.exportQuestions.content, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFF题型,知识点,难度,题干')).toBe(true);
    expect(csv).toContain('单选题,网格巡查,容易,网格员巡查发现流动摊贩占道，首先应当怎么做？,劝导至疏导点经营,立即暂扣物品,拍照后离开');
    expect(done.data!.importQuestions.questions.map((q) => q.tags)).toEqual([['夜市', '新任队员'], []]);
    // 标签 comes back in the export (separated by ；) and the tag filter finds the question
    expect(parseCsv(csv)[0].at(-1)).toBe('标签');
    const tagged = await execute(stack.gatewayUrl, ExportQuestionsDocument, { filter: { tag: '夜市', topic: '网格巡查' }, format: 'XLSX' }, { token: trainer });
    const sheet = await firstSheet(tagged.data!.exportQuestions.content);
    expect(sheet).toHaveLength(2);
    expect(sheet[1][sheet[0].indexOf('标签')]).toBe('夜市；新任队员');
  });

  it('refuses a row whose 标签 breaks the setQuestionTags rules: named in the dry run, nothing imported', async () => {
    const row = ['判断题', '标签校验', '容易', '标签过长的这一行不会被导入。', '', '', '', '正确', '说明文字', `夜市；${'长'.repeat(21)}`];
    const dry = await execute(
      stack.gatewayUrl,
      ImportQuestionsDocument,
      { input: { file: await workbook([HEADER, row]), format: 'XLSX', dryRun: true } },
      { token: trainer },
    );
    expect(dry.data!.importQuestions.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, '标签', 'LENGTH']]);
    const real = await execute(
      stack.gatewayUrl,
      ImportQuestionsDocument,
      { input: { file: await workbook([HEADER, row]), format: 'XLSX' } },
      { token: trainer },
    );
    expect(real.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const after = await execute(stack.gatewayUrl, ExportQuestionsDocument, { filter: { topic: '标签校验' }, format: 'CSV' }, { token: trainer });
    expect(after.data!.exportQuestions.rowCount).toBe(0);
  });

  it('refuses the import to an officer with FORBIDDEN', async () => {
    const officer = await tokenFor('OFFICER', demoOfficerId(3));
    const res = await execute(
      stack.gatewayUrl,
      ImportQuestionsDocument,
      { input: { file: await workbook([HEADER, ...ROWS]), format: 'XLSX', dryRun: true } },
      { token: officer },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows the gradebook with officers’ names and units joined from enforcement, and exports it as xlsx', async () => {
    const res = await execute(stack.gatewayUrl, ExamGradebookDocument, { examId: PRACTICE_EXAM_ID, first: 50 }, { token: trainer });
    expect(res.errors).toBeUndefined();
    const book = res.data!.exam.gradebook!;
    expect(book.totalCount).toBe(DEMO_OFFICER_COUNT);
    expect(
      book.edges.every((e) => e.node.officer.name.length > 0 && /^330781\d{4}$/.test(e.node.officer.badgeNumber) && e.node.unit!.shortName.length > 0),
    ).toBe(true);
    expect(book.edges.every((e) => e.node.passed === e.node.countedScorePercent! >= 60)).toBe(true);
    const file = await execute(stack.gatewayUrl, ExportExamGradebookDocument, { examId: PRACTICE_EXAM_ID, format: 'XLSX' }, { token: trainer });
    expect(file.data!.exportExamGradebook).toMatchObject({ rowCount: DEMO_OFFICER_COUNT, mimeType: expect.stringContaining('spreadsheetml') });
    // the file carries the same 姓名, 警号 and 单位 the graph joins from enforcement, from training's own copy
    const sheet = await firstSheet(file.data!.exportExamGradebook.content);
    expect(sheet[0].slice(0, 5)).toEqual(['姓名', '警号', '单位', '队员ID', '单位ID']);
    const fromGraph = book.edges.map((e) => [e.node.officer.name, e.node.officer.badgeNumber, e.node.unit!.shortName, e.node.officer.id, e.node.unit!.id]);
    expect(sheet.slice(1).map((r) => r.slice(0, 5))).toEqual(fromGraph);
  });

  it('refuses the gradebook export to an officer with FORBIDDEN', async () => {
    const officer = await tokenFor('OFFICER', demoOfficerId(3));
    const res = await execute(stack.gatewayUrl, ExportExamGradebookDocument, { examId: PRACTICE_EXAM_ID, format: 'CSV' }, { token: officer });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(res.data?.exportExamGradebook ?? null).toBeNull();
  });

  it('pages 10 and 36 gradebook rows with officers’ names in the same number of SQL statements', async () => {
    const count = async (first: number) => {
      stack.resetSql();
      const res = await execute(stack.gatewayUrl, ExamGradebookDocument, { examId: PRACTICE_EXAM_ID, first }, { token: trainer });
      expect(res.errors).toBeUndefined();
      expect(res.data!.exam.gradebook!.edges).toHaveLength(first);
      return stack.sqlTotal();
    };
    expect(await count(DEMO_OFFICER_COUNT)).toBe(await count(10));
  });

  it('analyses the practice exam’s options over the year and flags distractors nobody chose', async () => {
    const res = await execute(
      stack.gatewayUrl,
      DistractorAnalysisDocument,
      { examId: PRACTICE_EXAM_ID, from: '2026-01-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' },
      { token: trainer },
    );
    expect(res.errors).toBeUndefined();
    const { attemptCount, items } = res.data!.distractorAnalysis;
    expect(attemptCount).toBe(DEMO_OFFICER_COUNT);
    const single = items.filter((i) => i.question.type === 'SINGLE_CHOICE');
    expect(single.length).toBeGreaterThan(0);
    expect(single.every((i) => i.options.reduce((s, o) => s + o.chosenCount, 0) === i.responses)).toBe(true);
    expect(items.filter((i) => i.flags.includes('UNCHOSEN_DISTRACTOR')).every((i) => i.options.some((o) => o.unchosen && !o.correct))).toBe(true);
  });

  it('gives a supervisor the compliance roll-up of their brigade with unit names from enforcement', async () => {
    const supervisor = await tokenFor('SUPERVISOR', 'sup-e2e-10a', { unit: seedId('unit', 'urban') });
    const res = await execute(stack.gatewayUrl, TrainingComplianceRollupDocument, {}, { token: supervisor });
    expect(res.errors).toBeUndefined();
    const [brigade, ...squads] = res.data!.trainingComplianceRollup.units;
    expect(brigade.unit.shortName).toBe('城区大队');
    expect(squads.map((s) => s.unit.shortName).sort()).toEqual(['上华中队', '云山中队', '兰江中队', '女埠中队', '永昌中队', '赤溪中队'].sort());
    expect(brigade.stats.officerCount).toBe(brigade.directOfficerCount + squads.reduce((n, s) => n + s.stats.officerCount, 0));
    const other = await execute(stack.gatewayUrl, TrainingComplianceRollupDocument, { unitId: seedId('unit', 'towns') }, { token: supervisor });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
