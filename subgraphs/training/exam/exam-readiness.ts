import { Difficulty } from '../question/question-enums';

export interface RuleLike {
  topic: string;
  difficulty: Difficulty;
  count: number;
}

/** Questions of one topic × difficulty: drawable, and held back because their cited law changed. */
export interface Supply {
  available: number;
  underReview: number;
}

export interface Shortfall extends Supply {
  topic: string;
  difficulty: Difficulty;
  needed: number;
}

export const supplyKey = (topic: string, difficulty: Difficulty) => `${topic}|${difficulty}`;

/** 组卷检查: every rule of a random paper needs `count` drawable questions (those needing review are skipped). */
export function shortfalls(rules: RuleLike[], supply: (key: string) => Supply): Shortfall[] {
  return rules.flatMap((r) => {
    const s = supply(supplyKey(r.topic, r.difficulty));
    return s.available < r.count ? [{ topic: r.topic, difficulty: r.difficulty, needed: r.count, ...s }] : [];
  });
}

const DIFFICULTY_WORDS: Record<Difficulty, string> = { [Difficulty.EASY]: '容易', [Difficulty.MEDIUM]: '中等', [Difficulty.HARD]: '困难' };

/**
 * The refusal an officer reads when a paper cannot be drawn: what is missing, why, that no attempt was used, and
 * whom to ask. Plain words, no internal terms.
 */
export function shortfallMessage(list: Shortfall[]): string {
  const parts = list.map((s) => {
    const held = s.underReview > 0 ? `，另有${s.underReview}道因所引法条修订正在复核` : '';
    return `「${s.topic}」${DIFFICULTY_WORDS[s.difficulty]}难度的题目现有${s.available}道、需要${s.needed}道${held}`;
  });
  return `本场考试暂时无法开始：题库题目不足（${parts.join('；')}）。本次没有占用作答次数，请联系培训管理员，题目补齐或复核完成后即可参加。`;
}
