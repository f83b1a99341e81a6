import { Entity, Enum, Index, OptionalProps, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

export enum DrillRunStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  FINISHED = 'FINISHED',
}

registerEnumType(DrillRunStatus, {
  name: 'DrillRunStatus',
  description: '演练状态 — state of a drill run',
  valuesConfig: {
    IN_PROGRESS: { description: '进行中 — scores hidden' },
    FINISHED: { description: '已结束 — an ending or a critical failure was reached; scores and debrief visible' },
  },
});

export interface PathEntry {
  stepKey: string;
  choiceKey: string;
}

/** 演练记录 — one officer's run through a drill. */
@Entity({ tableName: 'drill_run' })
@ObjectType({ description: '演练记录 — a run through a drill; `result` only after it ends' })
@Index({ properties: ['drillId', 'createdAt'] })
export class DrillRun extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Property({ type: 'uuid' })
  drillId!: string;

  @Index()
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => DrillRunStatus, { description: '状态 — status' })
  @Enum({ items: () => DrillRunStatus, nativeEnumName: 'drill_run_status' })
  status: DrillRunStatus = DrillRunStatus.IN_PROGRESS;

  @Property({ type: 'string', length: 30 })
  currentStepKey!: string;

  @Property({ type: 'json' })
  path: Opt<PathEntry[]> = [];

  @Property({ type: 'boolean' })
  criticalFailure: Opt<boolean> = false;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '结束时间 — when it ended' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
