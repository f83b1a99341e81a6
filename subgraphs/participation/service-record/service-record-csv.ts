import { ActivityKind } from '../activity/activity-enums';
import { chinaDate } from '../../../kernel/time/china-time';

/** Organiser recorded when an activity stores no organising unit (activities carry none yet). */
export const DEFAULT_ORGANIZER = '兰溪市综合行政执法局';

/** At most this many entries (the latest) in one record of service. */
export const SERVICE_RECORD_MAX_ENTRIES = 500;

export const KIND_LABEL: Record<ActivityKind, string> = {
  [ActivityKind.CIVILITY_PERSUASION]: '文明劝导',
  [ActivityKind.CLEAN_UP]: '环境清洁',
  [ActivityKind.TRAFFIC_GUIDANCE]: '交通疏导',
  [ActivityKind.SCHOOL_SAFETY]: '护学',
  [ActivityKind.OUTREACH]: '进社区 / 进学校',
  [ActivityKind.OPEN_DAY]: '城管开放日',
  [ActivityKind.LABOR_IN_LIEU]: '以劳代罚',
};

export interface ServiceRecordLine {
  organizer: string;
  activityTitle: string;
  kind: ActivityKind;
  /** YYYY-MM-DD, Beijing time. */
  date: string;
  hours: number;
}

export const CSV_HEADER = ['志愿者姓名', '组织单位', '活动名称', '活动类型', '服务日期', '认定时长（小时）'];

/** Calendar date of `at` in Beijing time (UTC+8, no daylight saving). */
export const beijingDate = chinaDate;

/** RFC 4180 quoting; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) {
    s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** 志愿服务记录 as CSV (UTF-8 text, CRLF rows): a Chinese header, one row per entry, then a 合计 row. */
export function serviceRecordCsv(name: string, lines: ServiceRecordLine[], totalHours: number): string {
  const rows = [
    CSV_HEADER,
    ...lines.map((l) => [name, l.organizer, l.activityTitle, KIND_LABEL[l.kind], l.date, l.hours]),
    [name, '', '合计', '', '', totalHours],
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
