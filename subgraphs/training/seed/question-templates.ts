import { Difficulty, QuestionType } from '../question/question-enums';
import { ARTICLES, CASE_ANALYSIS, FIRST_OFFENCE_CASES, LAW, METHOD_721, MULTIPLE, NUMBERS, SHORT, SIMPLE_PROCEDURE, STATEMENTS } from './questions.data';

export interface QuestionSeed {
  key: string;
  type: QuestionType;
  topic: string;
  lawArticle: string | null;
  difficulty: Difficulty;
  stem: string;
  options: { text: string; correct: boolean }[];
  keywords: string[];
  explanation: string;
}

const TF = (truth: boolean) => [
  { text: '正确', correct: truth },
  { text: '错误', correct: !truth },
];
/** The correct option first, then distractors, rotated by `i` so the correct key varies. */
const choices = (correct: string, wrong: string[], i: number) => {
  const all = [{ text: correct, correct: true }, ...wrong.map((text) => ({ text, correct: false }))];
  const r = i % all.length;
  return [...all.slice(r), ...all.slice(0, r)];
};

/** 题库 from the data tables: 8 templates, 80 questions. */
export function buildQuestionSeeds(): QuestionSeed[] {
  const out: QuestionSeed[] = [];
  const q = (s: Omit<QuestionSeed, 'keywords'> & { keywords?: string[] }) => out.push({ keywords: [], ...s });
  SIMPLE_PROCEDURE.forEach(([party, yuan, ok], i) =>
    q({
      key: `simple-${i}`,
      type: QuestionType.TRUE_FALSE,
      topic: '简易程序',
      lawArticle: `${LAW}第五十一条`,
      difficulty: Difficulty.MEDIUM,
      stem: `违法事实确凿并有法定依据，对${party}处以${yuan}元罚款的，可以适用简易程序当场作出处罚决定。`,
      options: TF(ok),
      explanation: '简易程序限额：公民二百元以下，法人或者其他组织三千元以下（或警告）。',
    }),
  );
  METHOD_721.forEach(([pct, way], i) =>
    q({
      key: `721-${i}`,
      type: QuestionType.SINGLE_CHOICE,
      topic: '721工作法',
      lawArticle: null,
      difficulty: Difficulty.EASY,
      stem: `按照“721工作法”，约${pct}%的城市管理问题应当通过哪种方式解决？`,
      options: choices(way, ['服务', '管理', '执法', '媒体曝光'].filter((w) => w !== way).slice(0, 3), i),
      explanation: '721工作法：70%服务、20%管理、10%执法。',
    }),
  );
  FIRST_OFFENCE_CASES.forEach((c, i) => {
    q({
      key: `first-${i}-a`,
      type: QuestionType.TRUE_FALSE,
      topic: '首违不罚',
      lawArticle: `${LAW}第三十三条`,
      difficulty: Difficulty.MEDIUM,
      stem: `当事人初次${c}，危害后果轻微，经执法人员劝导当场改正，可以不予行政处罚，但应当对其进行教育。`,
      options: TF(true),
      explanation: '第三十三条：初次违法且危害后果轻微并及时改正的，可以不予行政处罚；不予处罚的应当进行教育。',
    });
    q({
      key: `first-${i}-b`,
      type: QuestionType.TRUE_FALSE,
      topic: '首违不罚',
      lawArticle: `${LAW}第三十三条`,
      difficulty: Difficulty.MEDIUM,
      stem: `当事人一个月内第三次${c}，且拒不改正，仍可适用“首违不罚”。`,
      options: TF(false),
      explanation: '多次违法、拒不改正的，不符合“初次违法并及时改正”的条件。',
    });
  });
  ARTICLES.forEach(([art, text, diff], i) => {
    const others = ARTICLES.filter((a) => a[0] !== art).map((a) => a[0]);
    q({
      key: `article-sc-${i}`,
      type: QuestionType.SINGLE_CHOICE,
      topic: '法条',
      lawArticle: `${LAW}${art}`,
      difficulty: Difficulty.HARD,
      stem: `${LAW}中，“${text}”规定在哪一条？`,
      options: choices(art, [others[i % others.length], others[(i + 3) % others.length], others[(i + 6) % others.length]], i),
      explanation: `见${LAW}${art}。`,
    });
    const claimed = i % 2 === 0 ? art : others[(i + 1) % others.length];
    q({
      key: `article-tf-${i}`,
      type: QuestionType.TRUE_FALSE,
      topic: '法条',
      lawArticle: `${LAW}${art}`,
      difficulty: Difficulty[diff],
      stem: `“${text}”是${LAW}${claimed}的规定。`,
      options: TF(claimed === art),
      explanation: `该规定见${art}。`,
    });
  });
  NUMBERS.forEach(([stem, right, ...wrong], i) =>
    q({
      key: `number-${i}`,
      type: QuestionType.SINGLE_CHOICE,
      topic: '程序规定',
      lawArticle: null,
      difficulty: Difficulty.EASY,
      stem,
      options: choices(right, wrong, i),
      explanation: `正确答案：${right}。`,
    }),
  );
  STATEMENTS.forEach(([topic, stem, truth, explanation], i) =>
    q({
      key: `statement-${i}`,
      type: QuestionType.TRUE_FALSE,
      topic,
      lawArticle: null,
      difficulty: Difficulty.EASY,
      stem,
      options: TF(truth),
      explanation,
    }),
  );
  MULTIPLE.forEach(([topic, stem, right, wrong, explanation], i) =>
    q({
      key: `multiple-${i}`,
      type: QuestionType.MULTIPLE_CHOICE,
      topic,
      lawArticle: null,
      difficulty: Difficulty.MEDIUM,
      stem,
      options: [...right.map((text) => ({ text, correct: true })), ...wrong.map((text) => ({ text, correct: false }))],
      explanation,
    }),
  );
  SHORT.forEach(([topic, lawArticle, stem, keywords, explanation], i) =>
    q({
      key: `short-${i}`,
      type: QuestionType.SHORT_ANSWER,
      topic,
      lawArticle,
      difficulty: Difficulty.HARD,
      stem,
      options: [],
      keywords,
      explanation,
    }),
  );
  CASE_ANALYSIS.forEach(([topic, lawArticle, stem, keywords, explanation], i) =>
    q({
      key: `case-analysis-${i}`,
      type: QuestionType.CASE_ANALYSIS,
      topic,
      lawArticle,
      difficulty: Difficulty.HARD,
      stem,
      options: [],
      keywords,
      explanation,
    }),
  );
  return out;
}
