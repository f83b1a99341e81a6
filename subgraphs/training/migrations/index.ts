import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261123004842 } from './Migration20261123004842';

/** Applied in this order at start; never edit a migration that has shipped, add a new one. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261123004842', class: Migration20261123004842 }];
