export interface ScoredAttempt {
  attemptId: string;
  totalScore: number;
}

export interface ScoredItem {
  attemptId: string;
  questionVersionId: string;
  score: number;
}

export interface ItemStatistic {
  questionVersionId: string;
  responses: number;
  /** 难度 (P) — share of responses fully correct (score = 1), 0…1. */
  difficulty: number;
  /** 区分度 (D) — share correct in the upper 27 % minus the lower 27 % of attempts by total score; null if too few. */
  discrimination: number | null;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * 试题分析 — classical item statistics over graded attempts. Groups: attempts sorted by total score, the top
 * and bottom ⌈27 % × n⌉ (at least 1; discrimination needs n ≥ 2). An item counts only in groups where it was drawn.
 */
export function itemStatistics(attempts: ScoredAttempt[], items: ScoredItem[]): ItemStatistic[] {
  const sorted = [...attempts].sort((a, b) => b.totalScore - a.totalScore || a.attemptId.localeCompare(b.attemptId));
  const k = Math.max(1, Math.ceil(sorted.length * 0.27));
  const upper = new Set(sorted.slice(0, k).map((a) => a.attemptId));
  const lower = new Set(sorted.slice(-k).map((a) => a.attemptId));
  const byVersion = new Map<string, ScoredItem[]>();
  for (const item of items) {
    byVersion.set(item.questionVersionId, [...(byVersion.get(item.questionVersionId) ?? []), item]);
  }
  const share = (list: ScoredItem[]) => (list.length === 0 ? null : list.filter((i) => i.score === 1).length / list.length);
  return [...byVersion.entries()]
    .map(([questionVersionId, list]) => {
      const pu = share(list.filter((i) => upper.has(i.attemptId)));
      const pl = share(list.filter((i) => lower.has(i.attemptId)));
      return {
        questionVersionId,
        responses: list.length,
        difficulty: round3(share(list) ?? 0),
        discrimination: sorted.length >= 2 && pu !== null && pl !== null ? round3(pu - pl) : null,
      };
    })
    .sort((a, b) => a.questionVersionId.localeCompare(b.questionVersionId));
}
