import { Workbook } from 'exceljs';

import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { parseCsv, writeCsv } from '../spreadsheet/csv';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { lawArticleSeedId } from '../seed/law-articles.data';
import { LAW } from '../seed/questions.data';
import { training } from '..';

const IMPORT = `mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) {
  dryRun rowCount validRowCount importedCount errors { row column code message } questions { id type topic lawArticle tags current { stem lawArticleId } } } }`;
const EXPORT = `query($filter: QuestionFilterInput, $format: SpreadsheetFormat!) { exportQuestions(filter: $filter, format: $format) { fileName mimeType rowCount content } }`;
const HEADER = ['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '关键词', '解析', '法条ID', '法条', '标签'];
const ART33 = lawArticleSeedId({ lawName: LAW, article: '第三十三条', versionLabel: '2021年修订' });
const TOPIC = '导入测试';
const ROWS = [
  [
    '单选题',
    TOPIC,
    '容易',
    '“721工作法”中，约70%的问题靠什么解决？',
    '服务',
    '管理',
    '执法',
    '',
    '',
    '',
    'A',
    '',
    '70%服务、20%管理、10%执法。',
    '',
    '',
    '夜市；新任队员',
  ],
  [
    '多选题',
    TOPIC,
    '中等',
    '首违不罚须同时满足哪些条件？',
    '初次违法',
    '危害后果轻微',
    '及时改正',
    '态度恶劣',
    '',
    '',
    'ABC',
    '',
    '《行政处罚法》第三十三条，三项同时满足。',
    ART33,
    '',
    '首违不罚',
  ],
  [
    '判断题',
    TOPIC,
    '中等',
    '当事人有证据足以证明没有主观过错的，不予行政处罚。',
    '',
    '',
    '',
    '',
    '',
    '',
    '正确',
    '',
    '第三十三条第二款，法律另有规定的除外。',
    '',
    '《行政处罚法》第三十三条',
    '',
  ],
  [
    '简答题',
    TOPIC,
    '困难',
    '简述“先教育、后处罚”的做法，并举一例。',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '教育|说服\n劝导',
    '要点：教育在先，说理劝导，记录在案。',
    '',
    '',
    '',
  ],
];
type Imported = {
  importQuestions: {
    dryRun: boolean;
    rowCount: number;
    validRowCount: number;
    importedCount: number;
    errors: { row: number; column: string; code: string }[];
    questions: { id: string; lawArticle: string | null; tags: string[]; current: { lawArticleId: string | null } }[];
  };
};
type Exported = { exportQuestions: { fileName: string; mimeType: string; rowCount: number; content: string } };

async function xlsx(rows: string[][]): Promise<string> {
  const book = new Workbook();
  const sheet = book.addWorksheet('题库');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function readXlsx(base64: string): Promise<string[][]> {
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  return Array.from({ length: sheet.rowCount }, (_, i) => HEADER.map((_h, c) => sheet.getRow(i + 1).getCell(c + 1).text ?? ''));
}

describe('question bank import and export (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const importFile = (file: string, format: string, dryRun = false) => h.execute<Imported>(IMPORT, { input: { file, format, dryRun } }, actors.trainer());
  const exportTopic = (format: string, topic = TOPIC) => h.execute<Exported>(EXPORT, { filter: { topic }, format }, actors.trainer());
  const countTopic = () => h.em().count(Question, { topic: TOPIC });

  it('refuses a file with one bad row as a whole: BAD_USER_INPUT on input.file with every refused cell, nothing written', async () => {
    const bad = [...ROWS.slice(0, 3), ['单选题', TOPIC, '容易', '这一行的答案不在选项里吗？', '甲', '乙', '', '', '', '', 'C', '', '说明文字', '', '']];
    const res = await importFile(await xlsx([HEADER, ...bad]), 'XLSX');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file', rowErrors: [{ row: 5, column: '答案', code: 'ANSWER' }] });
    expect(await countTopic()).toBe(0);
  });

  it('lists the errors of a dry run per row and column and writes nothing', async () => {
    const rows = [
      ROWS[0],
      ['判断题', TOPIC, '中等', '只读：这一行引用了不存在的法条。', '', '', '', '', '', '', '正确', '', '说明文字', '', '《行政处罚法》第九百条'],
      ROWS[0],
    ];
    const res = await importFile(writeCsv([HEADER, ...rows]).toString('base64'), 'CSV', true);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importQuestions).toMatchObject({ dryRun: true, rowCount: 3, validRowCount: 1, importedCount: 0, questions: [] });
    expect(res.data!.importQuestions.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '法条', 'LAW_ARTICLE'],
      [4, '题干', 'DUPLICATE'],
    ]);
    expect(await countTopic()).toBe(0);
  });

  it('checks the 标签 column as setQuestionTags does: a dry run names each refused row, a real import writes nothing', async () => {
    const rows = [
      [...ROWS[0].slice(0, 15), `夜市；${'长'.repeat(21)}`],
      [...ROWS[1].slice(0, 15), Array.from({ length: 11 }, (_, i) => `标签${i}`).join('、')],
      [...ROWS[2].slice(0, 15), '夜市, 夜市，新任队员'],
    ];
    const dry = await importFile(writeCsv([HEADER, ...rows]).toString('base64'), 'CSV', true);
    expect(dry.data!.importQuestions).toMatchObject({ rowCount: 3, validRowCount: 1, importedCount: 0 });
    expect(dry.data!.importQuestions.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '标签', 'LENGTH'],
      [3, '标签', 'LENGTH'],
    ]);
    const real = await importFile(await xlsx([HEADER, ...rows]), 'XLSX');
    expect(real.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.file',
      rowErrors: [
        { row: 2, column: '标签' },
        { row: 3, column: '标签' },
      ],
    });
    expect(await countTopic()).toBe(0);
  });

  it('imports a valid xlsx with Chinese text, linking law articles by id and by name', async () => {
    const res = await importFile(await xlsx([HEADER, ...ROWS]), 'XLSX');
    expect(res.errors).toBeUndefined();
    const { importedCount, questions } = res.data!.importQuestions;
    expect(importedCount).toBe(4);
    expect(questions.map((q) => q.current.lawArticleId)).toEqual([null, ART33, ART33, null]);
    expect(questions[2].lawArticle).toBe(`${LAW}第三十三条`);
    expect(questions.map((q) => q.tags)).toEqual([['夜市', '新任队员'], ['首违不罚'], [], []]);
    expect(await h.em().count(QuestionVersion, { questionId: { $in: questions.map((q) => q.id) } })).toBe(4);
  });

  it('exports the questions as xlsx and csv with the rows that were imported (round trip)', async () => {
    const x = await exportTopic('XLSX');
    expect(x.errors).toBeUndefined();
    expect(x.data!.exportQuestions).toMatchObject({ rowCount: 4, mimeType: expect.stringContaining('spreadsheetml') });
    expect(x.data!.exportQuestions.fileName).toMatch(/^题库-\d{8}\.xlsx$/);
    const expected = ROWS.map((r, i) =>
      i === 2 ? [...r.slice(0, 13), ART33, `${LAW}第三十三条`, r[15]] : i === 1 ? [...r.slice(0, 14), `${LAW}第三十三条`, r[15]] : r,
    );
    expect(await readXlsx(x.data!.exportQuestions.content)).toEqual([HEADER, ...expected]);
    const c = await exportTopic('CSV');
    const csv = Buffer.from(c.data!.exportQuestions.content, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([HEADER, ...expected]);
  });

  it('an exported file imports back as the same questions (here copied under a new topic)', async () => {
    const before = await readXlsx((await exportTopic('XLSX')).data!.exportQuestions.content);
    const copy = before.map((r, i) => (i === 0 ? r : [r[0], '导入副本', ...r.slice(2)]));
    const res = await importFile(await xlsx(copy), 'XLSX');
    expect(res.data?.importQuestions.importedCount).toBe(4);
    const after = await readXlsx((await exportTopic('XLSX', '导入副本')).data!.exportQuestions.content);
    expect(after).toEqual(copy);
  });

  it('re-importing an export adds nothing: every row is a duplicate of the question it came from', async () => {
    const seeded = await exportTopic('XLSX', '首违不罚');
    const again = await importFile(seeded.data!.exportQuestions.content, 'XLSX', true);
    const { rowCount, errors } = again.data!.importQuestions;
    expect(rowCount).toBe(seeded.data!.exportQuestions.rowCount);
    expect(errors.filter((e) => e.code === 'DUPLICATE')).toHaveLength(rowCount);
    expect(errors.every((e) => e.code === 'DUPLICATE' || e.code === 'LAW_ARTICLE')).toBe(true);
  });

  it('refuses a file that is not a workbook, and officers, without writing', async () => {
    const garbage = await importFile(Buffer.from('not a zip').toString('base64'), 'XLSX');
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const notBase64 = await importFile('%%%', 'CSV');
    expect(notBase64.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const officer = await h.execute(IMPORT, { input: { file: await xlsx([HEADER, ...ROWS]), format: 'XLSX' } }, actors.officer(demoOfficerId(1)));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await countTopic()).toBe(4);
  });
});
