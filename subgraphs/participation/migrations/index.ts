import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261123004840 } from './Migration20261123004840';
import { Migration20261123013428_participation_domain } from './Migration20261123013428_participation_domain';
import { Migration20261123014153_report_case } from './Migration20261123014153_report_case';
import { Migration20261123015946_labor_in_lieu } from './Migration20261123015946_labor_in_lieu';
import { Migration20261123020436_satisfaction_survey } from './Migration20261123020436_satisfaction_survey';
import { Migration20261123020640_report_unit } from './Migration20261123020640_report_unit';
import { Migration20261123022931_auto_check_out } from './Migration20261123022931_auto_check_out';
import { Migration20261123023245_citizen_observers } from './Migration20261123023245_citizen_observers';
import { Migration20261123023425_volunteer_teams } from './Migration20261123023425_volunteer_teams';
import { Migration20261202060100_report_stats_indexes } from './Migration20261202060100_report_stats_indexes';
import { Migration20261202080100_report_day_stats } from './Migration20261202080100_report_day_stats';
import { Migration20261202130100_points_adjustment } from './Migration20261202130100_points_adjustment';
import { Migration20261202130200_closed_case } from './Migration20261202130200_closed_case';
import { Migration20261202154847_labor_assignment } from './Migration20261202154847_labor_assignment';
import { Migration20261202165218_labor_enrolment } from './Migration20261202165218_labor_enrolment';
import { Migration20261202184710_drop_rate_limit_window } from './Migration20261202184710_drop_rate_limit_window';

/** Applied in this order at start; never edit a migration that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123004840', class: Migration20261123004840 },
  { name: 'Migration20261123013428_participation_domain', class: Migration20261123013428_participation_domain },
  { name: 'Migration20261123014153_report_case', class: Migration20261123014153_report_case },
  { name: 'Migration20261123015946_labor_in_lieu', class: Migration20261123015946_labor_in_lieu },
  { name: 'Migration20261123020436_satisfaction_survey', class: Migration20261123020436_satisfaction_survey },
  { name: 'Migration20261123020640_report_unit', class: Migration20261123020640_report_unit },
  { name: 'Migration20261123022931_auto_check_out', class: Migration20261123022931_auto_check_out },
  { name: 'Migration20261123023245_citizen_observers', class: Migration20261123023245_citizen_observers },
  { name: 'Migration20261123023425_volunteer_teams', class: Migration20261123023425_volunteer_teams },
  { name: 'Migration20261202060100_report_stats_indexes', class: Migration20261202060100_report_stats_indexes },
  { name: 'Migration20261202080100_report_day_stats', class: Migration20261202080100_report_day_stats },
  { name: 'Migration20261202130100_points_adjustment', class: Migration20261202130100_points_adjustment },
  { name: 'Migration20261202130200_closed_case', class: Migration20261202130200_closed_case },
  { name: 'Migration20261202154847_labor_assignment', class: Migration20261202154847_labor_assignment },
  { name: 'Migration20261202165218_labor_enrolment', class: Migration20261202165218_labor_enrolment },
  { name: 'Migration20261202184710_drop_rate_limit_window', class: Migration20261202184710_drop_rate_limit_window },
];
