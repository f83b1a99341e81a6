import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123004842 } from './Migration20261123004842';
import { Migration20261123011734_courses_assignments } from './Migration20261123011734_courses_assignments';
import { Migration20261123012822_ledger_claims_profiles } from './Migration20261123012822_ledger_claims_profiles';
import { Migration20261123013500_exams } from './Migration20261123013500_exams';
import { Migration20261123013941_certification } from './Migration20261123013941_certification';
import { Migration20261123014322_drills } from './Migration20261123014322_drills';
import { Migration20261123014444_mentoring } from './Migration20261123014444_mentoring';
import { Migration20261123022452_exam_accommodations } from './Migration20261123022452_exam_accommodations';
import { Migration20261123022713_law_articles_question_review } from './Migration20261123022713_law_articles_question_review';
import { Migration20261202080200_hours_year_index } from './Migration20261202080200_hours_year_index';
import { Migration20261202124000_exam_review_policy } from './Migration20261202124000_exam_review_policy';
import { Migration20261202125000_link_question_law_articles } from './Migration20261202125000_link_question_law_articles';
import { Migration20261202134500_exam_overrides } from './Migration20261202134500_exam_overrides';
import { Migration20261202155130_assignments_notifications } from './Migration20261202155130_assignments_notifications';
import { Migration20261202155259_typical_case_duty_state } from './Migration20261202155259_typical_case_duty_state';
import { Migration20261202160739_case_analysis_grading } from './Migration20261202160739_case_analysis_grading';
import { Migration20261202160831_unit_tree } from './Migration20261202160831_unit_tree';
import { Migration20261202162412_exam_assignments } from './Migration20261202162412_exam_assignments';
import { Migration20261202165058_attempt_score_history } from './Migration20261202165058_attempt_score_history';
import { Migration20261202173000_question_tags } from './Migration20261202173000_question_tags';
import { Migration20261202182757_certification_regrade_attempt } from './Migration20261202182757_certification_regrade_attempt';

/** Applied in this order at start; never edit a migration that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123004842', class: Migration20261123004842 },
  { name: 'Migration20261123011734_courses_assignments', class: Migration20261123011734_courses_assignments },
  { name: 'Migration20261123012822_ledger_claims_profiles', class: Migration20261123012822_ledger_claims_profiles },
  { name: 'Migration20261123013500_exams', class: Migration20261123013500_exams },
  { name: 'Migration20261123013941_certification', class: Migration20261123013941_certification },
  { name: 'Migration20261123014322_drills', class: Migration20261123014322_drills },
  { name: 'Migration20261123014444_mentoring', class: Migration20261123014444_mentoring },
  { name: 'Migration20261123022452_exam_accommodations', class: Migration20261123022452_exam_accommodations },
  { name: 'Migration20261123022713_law_articles_question_review', class: Migration20261123022713_law_articles_question_review },
  { name: 'Migration20261202080200_hours_year_index', class: Migration20261202080200_hours_year_index },
  { name: 'Migration20261202124000_exam_review_policy', class: Migration20261202124000_exam_review_policy },
  { name: 'Migration20261202125000_link_question_law_articles', class: Migration20261202125000_link_question_law_articles },
  { name: 'Migration20261202134500_exam_overrides', class: Migration20261202134500_exam_overrides },
  { name: 'Migration20261202155130_assignments_notifications', class: Migration20261202155130_assignments_notifications },
  { name: 'Migration20261202155259_typical_case_duty_state', class: Migration20261202155259_typical_case_duty_state },
  { name: 'Migration20261202160739_case_analysis_grading', class: Migration20261202160739_case_analysis_grading },
  { name: 'Migration20261202160831_unit_tree', class: Migration20261202160831_unit_tree },
  { name: 'Migration20261202162412_exam_assignments', class: Migration20261202162412_exam_assignments },
  { name: 'Migration20261202165058_attempt_score_history', class: Migration20261202165058_attempt_score_history },
  { name: 'Migration20261202173000_question_tags', class: Migration20261202173000_question_tags },
  { name: 'Migration20261202182757_certification_regrade_attempt', class: Migration20261202182757_certification_regrade_attempt },
];
