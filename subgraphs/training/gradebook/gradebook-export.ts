import type { EnrollmentStatus } from '../enrollment/enrollment-enums';
import type { Exam } from '../exam/exam.entity';
import { exportFile } from '../spreadsheet/export-file';
import type { ExportedFile } from '../spreadsheet/exported-file.types';
import type { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import type { GradebookRow } from './gradebook.types';
import { OFFICER_HEADER } from './officer-columns';

/** 状态 of an enrollment as a trainer reads it in an exported file. */
export const STATUS_LABELS: Record<EnrollmentStatus, string> = { ASSIGNED: '已指派', IN_PROGRESS: '学习中', COMPLETED: '已完成' };

const score = (n: number | null) => (n === null ? '' : String(n));
const yesNo = (b: boolean | null) => (b === null ? '' : b ? '是' : '否');
const time = (d: Date | null) => (d ? d.toISOString() : '');

/**
 * 成绩册导出: one row per officer (name, badge, unit, then the ids: see officerColumns), the summary columns, then
 * 第n次 score columns up to the most attempts anyone used (empty where not taken).
 */
export function gradebookFile(exam: Exam, rows: GradebookRow[], who: (officerId: string) => string[], format: SpreadsheetFormat): Promise<ExportedFile> {
  const most = Math.max(0, ...rows.map((r) => r.attempts.length));
  const header = [
    ...OFFICER_HEADER,
    '已用次数',
    '允许次数',
    '已评分次数',
    '作答中',
    '最高分',
    '最后得分',
    '计分成绩',
    '是否及格',
    '最后交卷',
    ...Array.from({ length: most }, (_, i) => `第${i + 1}次得分`),
  ];
  const cells = rows.map((r) => [
    ...who(r.officer.id),
    String(r.attemptsUsed),
    String(r.attemptsAllowed),
    String(r.gradedAttempts),
    yesNo(r.inProgress),
    score(r.bestScorePercent),
    score(r.lastScorePercent),
    score(r.countedScorePercent),
    yesNo(r.passed),
    time(r.lastSubmittedAt),
    ...Array.from({ length: most }, (_, i) => {
      const a = r.attempts.find((x) => x.attemptNo === i + 1);
      return a ? (a.scorePercent === null ? '作答中' : String(a.scorePercent)) : '';
    }),
  ]);
  return exportFile(`成绩册-${exam.code}`, header, cells, format);
}
