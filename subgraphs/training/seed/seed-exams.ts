import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { gradeItem } from '../attempt/grade-item';
import { CountingPolicy, ExamKind, PaperMode } from '../exam/exam-enums';
import { Exam } from '../exam/exam.entity';
import { defaultReviewPolicy } from '../exam/review-policy';
import { normalizeContent } from '../question/question-content';
import { Difficulty, QuestionType } from '../question/question-enums';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { lawArticleIdForCitation } from './law-articles.data';
import { buildQuestionSeeds } from './question-templates';

export const questionSeedId = (key: string) => seedId('question', key);
export const CERT_EXAM_ID = seedId('exam', 'CERT-2026');
export const PRACTICE_EXAM_ID = seedId('exam', 'PRACTICE-101');
const PRACTICE_KEYS = ['first-0-a', 'simple-2', '721-0', 'number-0', 'statement-1', 'multiple-0', 'multiple-2', 'short-0', 'article-sc-0', 'statement-3'];

/** 题库 (80 questions), the 2026 certification exam (random paper) and a fixed practice exam. */
export async function seedExams(em: EntityManager): Promise<{ questions: number; attempts: number }> {
  if ((await em.count(Question, {})) > 0) {
    return { questions: 0, attempts: 0 };
  }
  const versions = new Map<string, { type: QuestionType; version: QuestionVersion }>();
  for (const s of buildQuestionSeeds()) {
    const id = questionSeedId(s.key);
    em.create(Question, { id, type: s.type, topic: s.topic, lawArticle: s.lawArticle, difficulty: s.difficulty, currentVersion: 1 });
    const tf = s.type === QuestionType.TRUE_FALSE ? s.options[0].correct : null;
    const content = normalizeContent(s.type, { options: s.options, trueFalseAnswer: tf, keywords: s.keywords });
    const version = em.create(QuestionVersion, {
      id: seedId('question-version', `${s.key}#1`),
      questionId: id,
      version: 1,
      stem: s.stem,
      ...content,
      explanation: s.explanation,
      lawArticleId: lawArticleIdForCitation(s.lawArticle),
      authoredBy: 'trainer-seed',
    });
    versions.set(s.key, { type: s.type, version });
  }
  // open from 2026 until two years after the demo data is loaded (a fixed end date would close the demo exams)
  const common = { availableFrom: new Date('2026-01-01T00:00:00+08:00'), availableUntil: new Date(Date.now() + 2 * 365 * 86_400_000), published: true };
  em.create(Exam, {
    id: CERT_EXAM_ID,
    code: 'CERT-2026',
    title: '2026年度城管执法资格认证考试',
    kind: ExamKind.CERTIFICATION,
    mode: PaperMode.RANDOM,
    rules: [
      { topic: '首违不罚', difficulty: Difficulty.MEDIUM, count: 4 },
      { topic: '简易程序', difficulty: Difficulty.MEDIUM, count: 3 },
      { topic: '法条', difficulty: Difficulty.HARD, count: 4 },
      { topic: '程序规定', difficulty: Difficulty.EASY, count: 4 },
      { topic: '柔性执法', difficulty: Difficulty.EASY, count: 3 },
      { topic: '721工作法', difficulty: Difficulty.EASY, count: 2 },
    ],
    timeLimitMinutes: 60,
    passMarkPercent: 80,
    maxAttempts: 3,
    countingPolicy: CountingPolicy.HIGHEST,
    ...common,
    reviewPolicy: defaultReviewPolicy({ kind: ExamKind.CERTIFICATION, mode: PaperMode.RANDOM, maxAttempts: 3 }),
  });
  em.create(Exam, {
    id: PRACTICE_EXAM_ID,
    code: 'PRACTICE-101',
    title: '《行政处罚法》与柔性执法练习卷',
    kind: ExamKind.PRACTICE,
    mode: PaperMode.FIXED,
    questionIds: PRACTICE_KEYS.map(questionSeedId),
    timeLimitMinutes: 30,
    passMarkPercent: 60,
    maxAttempts: 5,
    countingPolicy: CountingPolicy.LAST,
    ...common,
    reviewPolicy: defaultReviewPolicy({ kind: ExamKind.PRACTICE, mode: PaperMode.FIXED, maxAttempts: 5 }),
  });
  const attempts = seedPracticeAttempts(em, versions);
  await em.flush();
  return { questions: versions.size, attempts };
}

/** Graded practice attempts of the demo roster: officer o answers item p correctly when (o·7 + p·3) mod 10 < ability. */
function seedPracticeAttempts(em: EntityManager, versions: Map<string, { type: QuestionType; version: QuestionVersion }>): number {
  let n = 0;
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    const ability = 3 + (o % 8);
    const started = new Date(Date.UTC(2026, 2 + (o % 6), 1 + o, 1));
    const attempt = em.create(ExamAttempt, {
      id: seedId('attempt', `${o}:PRACTICE-101:1`),
      examId: PRACTICE_EXAM_ID,
      officerId: demoOfficerId(o),
      attemptNo: 1,
      status: AttemptStatus.GRADED,
      startedAt: started,
      deadline: new Date(started.getTime() + 30 * 60_000),
      submittedAt: new Date(started.getTime() + 20 * 60_000),
    });
    let total = 0;
    PRACTICE_KEYS.forEach((key, p) => {
      const { type, version } = versions.get(key)!;
      const right = (o * 7 + p * 3) % 10 < ability;
      const correct = version.options.filter((x) => x.correct).map((x) => x.key);
      const wrong = version.options.filter((x) => !x.correct).map((x) => x.key);
      const selectedKeys = type === QuestionType.SHORT_ANSWER ? [] : right ? correct : [wrong[0] ?? correct[0]];
      const answerText = type === QuestionType.SHORT_ANSWER ? (right ? version.keywords.map((k) => k.split('|')[0]).join('，') : '不清楚') : null;
      const score = gradeItem(type, version, { selectedKeys, text: answerText });
      total += score;
      em.create(AttemptItem, {
        attemptId: attempt.id,
        position: p + 1,
        questionId: questionSeedId(key),
        questionVersionId: version.id,
        optionOrder: version.options.map((x) => x.key),
        selectedKeys,
        answerText,
        answeredAt: attempt.submittedAt,
        score,
      });
    });
    attempt.scorePercent = Math.round((total / PRACTICE_KEYS.length) * 10000) / 100;
    attempt.passed = attempt.scorePercent >= 60;
    n += 1;
  }
  return n;
}
