import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261202124112_service_vending_zones } from './Migration20261202124112_service_vending_zones';
import { Migration20261202125800_stall_permits } from './Migration20261202125800_stall_permits';
import { Migration20261202133000_visits_service_points } from './Migration20261202133000_visits_service_points';
import { Migration20261202154855_operators_revocation_escalation } from './Migration20261202154855_operators_revocation_escalation';
import { Migration20261202161026_shifts_committees_outreach_community } from './Migration20261202161026_shifts_committees_outreach_community';
import { Migration20261202163608_community_ratings } from './Migration20261202163608_community_ratings';
import { Migration20261202164022_permit_renewal } from './Migration20261202164022_permit_renewal';
import { Migration20261202165221_service_point_volunteers } from './Migration20261202165221_service_point_volunteers';

/** Applied in this order at start; never edit a migration that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261202124112_service_vending_zones', class: Migration20261202124112_service_vending_zones },
  { name: 'Migration20261202125800_stall_permits', class: Migration20261202125800_stall_permits },
  { name: 'Migration20261202133000_visits_service_points', class: Migration20261202133000_visits_service_points },
  { name: 'Migration20261202154855_operators_revocation_escalation', class: Migration20261202154855_operators_revocation_escalation },
  { name: 'Migration20261202161026_shifts_committees_outreach_community', class: Migration20261202161026_shifts_committees_outreach_community },
  { name: 'Migration20261202163608_community_ratings', class: Migration20261202163608_community_ratings },
  { name: 'Migration20261202164022_permit_renewal', class: Migration20261202164022_permit_renewal },
  { name: 'Migration20261202165221_service_point_volunteers', class: Migration20261202165221_service_point_volunteers },
];
