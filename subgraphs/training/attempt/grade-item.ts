import { QuestionType } from '../question/question-enums';
import type { StoredOption } from '../question/question-version.entity';

export interface GradableVersion {
  options: StoredOption[];
  keywords: string[];
}

export interface ItemResponse {
  /** Original option keys chosen (choice types). */
  selectedKeys: string[];
  /** Free text (SHORT_ANSWER). */
  text: string | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * 自动评分 — the score of one item, 0…1 (every item weighs 1 point).
 * - SINGLE_CHOICE, TRUE_FALSE: 1 for exactly the correct option, else 0.
 * - MULTIPLE_CHOICE (少选得部分分，错选不得分): any wrong option selected → 0; otherwise the share of the correct
 *   options selected (all correct → 1; 2 of 3 → 0.67); nothing selected → 0.
 * - SHORT_ANSWER: the share of keywords found in the answer (case- and space-insensitive); a keyword may list
 *   alternatives separated by `|`, any one of which counts.
 * - CASE_ANALYSIS: an answer is graded by a trainer (hand-grading/); only an unanswered one is scored here.
 * An unanswered item scores 0.
 */
export function gradeItem(type: QuestionType, version: GradableVersion, response: ItemResponse | null): number {
  if (!response) {
    return 0;
  }
  if (type === QuestionType.SHORT_ANSWER) {
    const text = (response.text ?? '').replace(/\s+/g, '').toLowerCase();
    if (!text || version.keywords.length === 0) {
      return 0;
    }
    const hits = version.keywords.filter((k) => k.split('|').some((alt) => alt && text.includes(alt.replace(/\s+/g, '').toLowerCase())));
    return round2(hits.length / version.keywords.length);
  }
  const correct = new Set(version.options.filter((o) => o.correct).map((o) => o.key));
  const selected = new Set(response.selectedKeys);
  if (selected.size === 0 || [...selected].some((k) => !correct.has(k))) {
    return 0;
  }
  if (type === QuestionType.MULTIPLE_CHOICE) {
    return round2(selected.size / correct.size);
  }
  return selected.size === 1 && correct.size === 1 ? 1 : 0;
}
