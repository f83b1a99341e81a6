import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123004542 } from './Migration20261123004542';
import { Migration20261123014637_cases } from './Migration20261123014637_cases';
import { Migration20261123015119_case_source_report } from './Migration20261123015119_case_source_report';
import { Migration20261123015944_labor_in_lieu } from './Migration20261123015944_labor_in_lieu';
import { Migration20261123021405_handling_limits_hearing } from './Migration20261123021405_handling_limits_hearing';
import { Migration20261123021711_evidence_custody } from './Migration20261123021711_evidence_custody';
import { Migration20261202060000_scale_indexes } from './Migration20261202060000_scale_indexes';
import { Migration20261202070000_case_day_stats } from './Migration20261202070000_case_day_stats';
import { Migration20261202080000_case_event_index } from './Migration20261202080000_case_event_index';
import { Migration20261202124338_discretion_legal_review } from './Migration20261202124338_discretion_legal_review';
import { Migration20261202130000_one_decision } from './Migration20261202130000_one_decision';
import { Migration20261202131350_penalty_disclosure } from './Migration20261202131350_penalty_disclosure';
import { Migration20261202154842_labor_served_by } from './Migration20261202154842_labor_served_by';
import { Migration20261202155119_thresholds_measures } from './Migration20261202155119_thresholds_measures';
import { Migration20261202155224_visit_concern_cases } from './Migration20261202155224_visit_concern_cases';
import { Migration20261202155232_duty_eligibility_copy } from './Migration20261202155232_duty_eligibility_copy';

/** Applied in this order at start; never edit a migration that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123004542', class: Migration20261123004542 },
  { name: 'Migration20261123014637_cases', class: Migration20261123014637_cases },
  { name: 'Migration20261123015119_case_source_report', class: Migration20261123015119_case_source_report },
  { name: 'Migration20261123015944_labor_in_lieu', class: Migration20261123015944_labor_in_lieu },
  { name: 'Migration20261123021405_handling_limits_hearing', class: Migration20261123021405_handling_limits_hearing },
  { name: 'Migration20261123021711_evidence_custody', class: Migration20261123021711_evidence_custody },
  { name: 'Migration20261202060000_scale_indexes', class: Migration20261202060000_scale_indexes },
  { name: 'Migration20261202070000_case_day_stats', class: Migration20261202070000_case_day_stats },
  { name: 'Migration20261202080000_case_event_index', class: Migration20261202080000_case_event_index },
  { name: 'Migration20261202124338_discretion_legal_review', class: Migration20261202124338_discretion_legal_review },
  { name: 'Migration20261202130000_one_decision', class: Migration20261202130000_one_decision },
  { name: 'Migration20261202131350_penalty_disclosure', class: Migration20261202131350_penalty_disclosure },
  { name: 'Migration20261202154842_labor_served_by', class: Migration20261202154842_labor_served_by },
  { name: 'Migration20261202155119_thresholds_measures', class: Migration20261202155119_thresholds_measures },
  { name: 'Migration20261202155224_visit_concern_cases', class: Migration20261202155224_visit_concern_cases },
  { name: 'Migration20261202155232_duty_eligibility_copy', class: Migration20261202155232_duty_eligibility_copy },
];
