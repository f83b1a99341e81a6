import { Field, Int, ObjectType } from 'type-graphql';

import { Unit } from './unit.stub';

/** One unit of training's copy of the unit tree in a roll-up (its statistics are the subclass's `stats`). */
@ObjectType()
export abstract class UnitTreeRow {
  @Field(() => Unit, { description: '单位 — unit' })
  unit!: Unit;

  @Field(() => Unit, { nullable: true, description: '上级单位 — parent unit; null for the bureau' })
  parentUnit!: Unit | null;

  @Field(() => String, { description: '简称 — short name as replicated into training, e.g. 云山中队' })
  shortName!: string;

  @Field(() => Int, { description: '层级 — 0 for the requested root (the bureau when none is given), 1 for its children, …' })
  depth!: number;

  @Field(() => Int, { description: '本级人数 — officers (of the population) placed directly in this unit' })
  directOfficerCount!: number;
}

/** A row of rollUpTree (compliance-rollup/rollup.ts) as the API answers it. */
export function unitTreeRow<S>(u: { unitId: string; parentUnitId: string | null; shortName: string; depth: number; directOfficerCount: number; stats: S }) {
  return {
    unit: { id: u.unitId },
    parentUnit: u.parentUnitId ? { id: u.parentUnitId } : null,
    shortName: u.shortName,
    depth: u.depth,
    directOfficerCount: u.directOfficerCount,
    stats: u.stats,
  };
}
