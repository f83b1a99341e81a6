import { Entity, Index, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';

import { GridCell } from '../grid-cell/grid-cell.entity';
import { Officer } from './officer.entity';

/** 网格员分配 — an officer assigned to patrol a grid cell. */
@Entity({ tableName: 'officer_grid_assignment' })
export class OfficerGridAssignment {
  [PrimaryKeyProp]?: ['officer', 'gridCell'];

  @ManyToOne({ entity: () => Officer, ref: true, primary: true })
  officer!: Ref<Officer>;

  @Index()
  @ManyToOne({ entity: () => GridCell, ref: true, primary: true })
  gridCell!: Ref<GridCell>;

  @Property({ type: 'datetime' })
  since: Opt<Date> = new Date();
}
