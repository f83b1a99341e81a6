import { itemStatistics } from '../attempt/item-statistics';
import type { ScoredAttempt } from '../attempt/item-statistics';

export enum ItemFlag {
  UNCHOSEN_DISTRACTOR = 'UNCHOSEN_DISTRACTOR',
  MISSED_BY_TOP_GROUP = 'MISSED_BY_TOP_GROUP',
  NEGATIVE_DISCRIMINATION = 'NEGATIVE_DISCRIMINATION',
}

/** The best performers "miss" a question when fewer than this share of the upper group answer it fully right. */
export const TOP_GROUP_MISS_SHARE = 0.5;

export interface ResponseFacts {
  attemptId: string;
  questionVersionId: string;
  /** Original option keys chosen; null or empty when left unanswered (or a text answer). */
  selectedKeys: string[] | null;
  score: number;
}

export interface VersionFacts {
  id: string;
  options: { key: string; text: string; correct: boolean }[];
}

export interface OptionAnalysis {
  key: string;
  text: string;
  correct: boolean;
  chosenCount: number;
  /** Share of all responses to the item that chose it (0…1). */
  chosenShare: number;
  upperShare: number | null;
  lowerShare: number | null;
  unchosen: boolean;
}

export interface ItemAnalysis {
  questionVersionId: string;
  responses: number;
  omitted: number;
  difficulty: number;
  discrimination: number | null;
  upperCorrectShare: number | null;
  options: OptionAnalysis[];
  flags: ItemFlag[];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const share = (n: number, d: number) => (d === 0 ? null : round3(n / d));

/** Upper and lower 27 % of attempts by total score, as itemStatistics groups them. */
function groups(attempts: ScoredAttempt[]): { upper: Set<string>; lower: Set<string> } {
  const sorted = [...attempts].sort((a, b) => b.totalScore - a.totalScore || a.attemptId.localeCompare(b.attemptId));
  const k = Math.max(1, Math.ceil(sorted.length * 0.27));
  return { upper: new Set(sorted.slice(0, k).map((a) => a.attemptId)), lower: new Set(sorted.slice(-k).map((a) => a.attemptId)) };
}

/**
 * 干扰项分析 — per drawn question version: how often each option was chosen (overall, upper and lower 27 %),
 * difficulty and discrimination (itemStatistics), and flags: a wrong option nobody chose (it distracts no one),
 * a question fewer than half of the upper group answer fully right, a negative discrimination.
 */
export function distractorAnalysis(attempts: ScoredAttempt[], responses: ResponseFacts[], versions: VersionFacts[]): ItemAnalysis[] {
  const stats = new Map(itemStatistics(attempts, responses).map((s) => [s.questionVersionId, s]));
  const { upper, lower } = groups(attempts);
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const byVersion = new Map<string, ResponseFacts[]>();
  responses.forEach((r) => byVersion.set(r.questionVersionId, [...(byVersion.get(r.questionVersionId) ?? []), r]));
  return [...stats.values()].map((s) => {
    const list = byVersion.get(s.questionVersionId) ?? [];
    const up = list.filter((r) => upper.has(r.attemptId));
    const low = list.filter((r) => lower.has(r.attemptId));
    const chose = (rs: ResponseFacts[], key: string) => rs.filter((r) => r.selectedKeys?.includes(key)).length;
    const options = (versionById.get(s.questionVersionId)?.options ?? []).map((o) => {
      const chosenCount = chose(list, o.key);
      return {
        key: o.key,
        text: o.text,
        correct: o.correct,
        chosenCount,
        chosenShare: share(chosenCount, list.length) ?? 0,
        upperShare: share(chose(up, o.key), up.length),
        lowerShare: share(chose(low, o.key), low.length),
        unchosen: !o.correct && chosenCount === 0,
      };
    });
    const upperCorrectShare = share(up.filter((r) => r.score === 1).length, up.length);
    const flags = [
      ...(options.some((o) => o.unchosen) ? [ItemFlag.UNCHOSEN_DISTRACTOR] : []),
      ...(upperCorrectShare !== null && upperCorrectShare < TOP_GROUP_MISS_SHARE ? [ItemFlag.MISSED_BY_TOP_GROUP] : []),
      ...(s.discrimination !== null && s.discrimination < 0 ? [ItemFlag.NEGATIVE_DISCRIMINATION] : []),
    ];
    const omitted = list.filter((r) => !r.selectedKeys?.length && options.length > 0).length;
    return {
      questionVersionId: s.questionVersionId,
      responses: list.length,
      omitted,
      difficulty: s.difficulty,
      discrimination: s.discrimination,
      upperCorrectShare,
      options,
      flags,
    };
  });
}
