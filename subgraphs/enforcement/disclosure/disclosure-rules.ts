import { addWorkingDays } from '../calendar/working-calendar';
import { CONFISCATIONS, MEASURE_TEXT } from '../disposition/penalty-measure';
import type { PenaltyMeasure } from '../disposition/penalty-measure';

/**
 * 行政执法公示 (国办发〔2018〕118号; 《行政处罚法》第四十八条): a penalty decision with a certain social impact is
 * published within 7 working days of the decision; when it is changed, revoked or found unlawful it is withdrawn within
 * 3 working days (《行政处罚法》第八十五条: "日" in these limits are working days). What may be published: the
 * bureau, the violation and its legal basis, the decision, the date; an organisation's name and credit code; a natural
 * person's surname only (张某), never an ID number, phone or address. The day counts and the hold-back hours are the
 * bureau's thresholds in force (enforcementThresholds, at most 7 and 3 working days).
 */
export function publicationDueBy(decidedAt: Date, workingDays: number): Date {
  return addWorkingDays(decidedAt, workingDays);
}

export function withdrawalDueBy(changedAt: Date, workingDays: number): Date {
  return addWorkingDays(changedAt, workingDays);
}

/** Two-character surnames common enough to matter (复姓); everything else keeps its first character. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '司徒',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
  '宇文',
  '夏侯',
  '公孙',
  '端木',
  '南宫',
  '西门',
  '独孤',
  '轩辕',
  '澹台',
];

/** A natural person's name reduced to the surname: 张三 → 张某, 欧阳修 → 欧阳某. */
export function surnameOnly(name: string): string {
  const trimmed = name.trim();
  const compound = COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > s.length);
  return `${compound ?? [...trimmed][0] ?? ''}某`;
}

/** Under 18 at `at`, read from the birth date in an 18-digit resident ID number (GB 11643); false when unreadable. */
export function isMinorAt(idNumber: string, at: Date): boolean {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(idNumber);
  if (!m) {
    return false;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const adultFrom = Date.UTC(year + 18, month - 1, day) - 8 * 3600 * 1000; // 00:00 China time of the 18th birthday
  return at.getTime() < adultFrom;
}

/** The decision in plain words: 罚款人民币500元；没收违法所得人民币3200元；吊销许可证件. */
export function decisionText(fineYuan: number, measures: readonly PenaltyMeasure[] = [], confiscatedValueYuan: number | null = null): string {
  const parts = [`罚款人民币${fineYuan}元`];
  const confiscations = measures.filter((m) => CONFISCATIONS.includes(m));
  if (confiscations.length > 0) {
    parts.push(`${confiscations.map((m) => MEASURE_TEXT[m]).join('、')}（价值人民币${confiscatedValueYuan}元）`);
  }
  parts.push(...measures.filter((m) => !CONFISCATIONS.includes(m)).map((m) => MEASURE_TEXT[m]));
  return parts.join('；');
}
