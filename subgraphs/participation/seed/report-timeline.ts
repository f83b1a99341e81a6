import { ReportStatus as S } from '../report/report-enums';
import { ReportActorRole as R } from '../report-event/report-event-enums';
import { DISPUTE_NOTES, PROGRESS_NOTES, RESOLUTION_NOTES } from './report-texts.data';

const HOUR = 3600_000;

export interface SeedStep {
  from: S | null;
  to: S;
  note: string;
  role: R;
  at: Date;
}

/** Where demo report `i` ends up, by its age (newest still open, older ones closed). */
export function demoFinalStatus(i: number): S {
  if (i < 6) {
    return S.SUBMITTED;
  }
  const p = i % 25;
  if (p === 0) {
    return S.REJECTED;
  }
  if (p === 1) {
    return S.REFERRED;
  }
  if (p === 2 && i < 40) {
    return S.DISPATCHED;
  }
  if ((p === 3 || p === 4) && i < 60) {
    return S.IN_PROGRESS;
  }
  if (p >= 5 && p <= 9 && i < 80) {
    return S.RESOLVED;
  }
  return S.CLOSED;
}

/** A consistent timeline for a demo report: each step follows the transition table, times increase. */
export function demoTimeline(i: number, final: S, submittedAt: Date, gridCode: string): SeedStep[] {
  const t = (hours: number) => new Date(submittedAt.getTime() + hours * HOUR);
  const steps: SeedStep[] = [{ from: null, to: S.SUBMITTED, note: '市民提交随手拍', role: R.CITIZEN, at: submittedAt }];
  if (final === S.SUBMITTED) {
    return steps;
  }
  steps.push({
    from: S.SUBMITTED,
    to: S.DISPATCHED,
    note: `系统自动派遣至网格 ${gridCode}`,
    role: R.SYSTEM,
    at: t(0.01),
  });
  const response = 0.5 + ((i * 37) % 40) / 10; // 0.5 … 4.4 h
  if (final === S.DISPATCHED) {
    return steps;
  }
  if (final === S.REJECTED) {
    steps.push({
      from: S.DISPATCHED,
      to: S.REJECTED,
      note: '经现场核实，所反映问题不存在',
      role: R.OFFICER,
      at: t(response),
    });
    return steps;
  }
  if (final === S.REFERRED) {
    steps.push({
      from: S.DISPATCHED,
      to: S.REFERRED,
      note: '不属于城管职责，已转交市场监管部门处理',
      role: R.OFFICER,
      at: t(response),
    });
    return steps;
  }
  steps.push({
    from: S.DISPATCHED,
    to: S.IN_PROGRESS,
    note: PROGRESS_NOTES[i % PROGRESS_NOTES.length],
    role: R.OFFICER,
    at: t(response),
  });
  if (final === S.IN_PROGRESS) {
    return steps;
  }
  const resolved = response + 2 + (i % 5);
  const fix = RESOLUTION_NOTES[i % RESOLUTION_NOTES.length];
  steps.push({ from: S.IN_PROGRESS, to: S.RESOLVED, note: fix, role: R.OFFICER, at: t(resolved) });
  if (final === S.CLOSED && i % 50 === 9) {
    const note = `市民申请复核：${DISPUTE_NOTES[i % DISPUTE_NOTES.length]}`;
    steps.push({
      from: S.RESOLVED,
      to: S.IN_PROGRESS,
      note,
      role: R.CITIZEN,
      at: t(resolved + 20),
    });
    steps.push({
      from: S.IN_PROGRESS,
      to: S.RESOLVED,
      note: '已再次到场处置并加强巡查',
      role: R.OFFICER,
      at: t(resolved + 26),
    });
  }
  if (final === S.CLOSED) {
    steps.push({
      from: S.RESOLVED,
      to: S.CLOSED,
      note: '经回访核实，予以办结',
      role: R.SUPERVISOR,
      at: t(resolved + 72),
    });
  }
  return steps;
}
