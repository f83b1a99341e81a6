import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { PRACTICE_EXAM_ID, questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const REPORT = `query($examId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { distractorAnalysis(examId: $examId, from: $from, to: $to) {
  attemptCount exam { code } items { question { id type } version responses omitted difficulty discrimination upperCorrectShare flags
  options { key correct chosenCount chosenShare unchosen } } } }`;
type Item = {
  question: { id: string; type: string };
  responses: number;
  flags: string[];
  options: { key: string; correct: boolean; chosenCount: number; unchosen: boolean }[];
};
type Report = { distractorAnalysis: { attemptCount: number; items: Item[] } };

describe('distractor analysis over a period (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const run = (from: string, to: string, as = actors.trainer()) => h.execute<Report>(REPORT, { examId: PRACTICE_EXAM_ID, from, to }, as);

  it('counts each option’s choices from the graded attempts of the period, as stored', async () => {
    const res = await run('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(res.errors).toBeUndefined();
    const report = res.data!.distractorAnalysis;
    const attempts = await h
      .em()
      .find(ExamAttempt, { examId: PRACTICE_EXAM_ID, submittedAt: { $gte: new Date('2026-01-01T00:00:00Z'), $lt: new Date('2027-01-01T00:00:00Z') } });
    expect(report.attemptCount).toBe(attempts.length);
    expect(report.items).toHaveLength(10);
    const q = report.items.find((i) => i.question.id === questionSeedId('721-0'))!;
    const stored = await h.em().find(AttemptItem, { questionId: questionSeedId('721-0'), attemptId: { $in: attempts.map((a) => a.id) } });
    const expected = q.options.map((o) => stored.filter((s) => s.selectedKeys?.includes(o.key)).length);
    expect(q.options.map((o) => o.chosenCount)).toEqual(expected);
    expect(q.responses).toBe(stored.length);
  });

  it('flags the distractors nobody chose (every wrong answer in the demo picks the first wrong option)', async () => {
    const report = (await run('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).data!.distractorAnalysis;
    const q = report.items.find((i) => i.question.id === questionSeedId('721-0'))!;
    expect(q.flags).toContain('UNCHOSEN_DISTRACTOR');
    expect(q.options.filter((o) => o.unchosen).every((o) => !o.correct && o.chosenCount === 0)).toBe(true);
    expect(q.options.filter((o) => !o.correct && !o.unchosen)).toHaveLength(1);
  });

  it('narrows to the attempts submitted in the period', async () => {
    const march = await run('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    const inMarch = await h
      .em()
      .count(ExamAttempt, { examId: PRACTICE_EXAM_ID, submittedAt: { $gte: new Date('2026-03-01T00:00:00Z'), $lt: new Date('2026-04-01T00:00:00Z') } });
    expect(inMarch).toBeGreaterThan(0);
    expect(march.data!.distractorAnalysis.attemptCount).toBe(inMarch);
    expect(march.data!.distractorAnalysis.items.every((i) => i.responses === inMarch)).toBe(true);
  });

  it('refuses a period that ends before it starts with BAD_USER_INPUT on to, and officers with FORBIDDEN', async () => {
    const bad = await run('2026-05-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const officer = await run('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', actors.officer(demoOfficerId(1)));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
