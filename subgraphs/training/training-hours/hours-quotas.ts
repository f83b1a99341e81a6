import { CourseCategory } from '../course/course-category.enum';

export interface HoursQuota {
  /** Stable code shown to clients. */
  code: string;
  /** Chinese name. */
  name: string;
  /** Hours in any of these categories count towards the quota (combined). */
  categories: readonly CourseCategory[];
  minHours: number;
}

/**
 * 分类学时配额 — besides ≥ 40 hours a year, each officer needs these minimums (combined per quota). Changing the
 * bureau's policy means editing this constant; summaries and compliance reports read it.
 */
export const HOURS_QUOTAS: readonly HoursQuota[] = [
  {
    code: 'FLEXIBLE_AND_COMMUNICATION',
    name: '柔性执法与沟通技巧',
    categories: [CourseCategory.FLEXIBLE_ENFORCEMENT, CourseCategory.COMMUNICATION],
    minHours: 8,
  },
  { code: 'LAW', name: '法律法规', categories: [CourseCategory.LAW_AND_REGULATION], minHours: 8 },
];
