import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { WorkKind } from './work-mix-shares';

registerEnumType(WorkKind, {
  name: 'WorkKind',
  description: '721 工作类别 — the three kinds of work of the 721 method',
  valuesConfig: {
    SERVICE: {
      description:
        '服务 — merchant visits, stall allocations, service-point service days, stall guide shifts, outreach events held, SERVICE decisions on cases (target 70 %)',
    },
    MANAGEMENT: { description: '管理 — visit concerns handed on as management tasks, warnings (温馨提示), rectification notices (target 20 %)' },
    ENFORCEMENT: { description: '执法 — penalties: fines and labour in lieu (target 10 %)' },
  },
});

@ObjectType({ description: '721 占比 — one kind of work in the split' })
export class WorkShare {
  @Field(() => WorkKind, { description: 'Kind of work' })
  kind!: WorkKind;

  @Field(() => Int, { description: '件数 — work items of this kind in the period (see WorkKind for what counts)' })
  items!: number;

  @Field(() => Float, { nullable: true, description: '占比 — items / all items (0–1); null when there was no work' })
  share!: number | null;

  @Field(() => Float, { description: '目标 — the 721 target: 0.7, 0.2 or 0.1' })
  target!: number;

  @Field(() => Float, { nullable: true, description: '差距 — share − target (negative: below target); null when there was no work' })
  gap!: number | null;
}

@ObjectType({ description: '721 分布 — the split over all work: service-subgraph counts, enforcement counts, shares and the distance from 70/20/10' })
export class WorkMixSplit {
  @Field(() => Int, { description: '走访 — merchant visits made in the period by officers of these units' })
  visits!: number;

  @Field(() => Int, { description: '当场解决 — concerns solved on the spot in those visits (part of the visits; not counted again)' })
  concernsSolvedOnTheSpot!: number;

  @Field(() => Int, { description: '转管理任务 — concerns not solved on the spot, handed on as management tasks (management work)' })
  managementTasks!: number;

  @Field(() => Int, { description: '摊位分配 — stalls allocated in the period in vending zones these units run' })
  stallAllocations!: number;

  @Field(() => Int, { description: '服务点服务日 — days (China time) a service point of these units served at least one visitor, within the period' })
  servicePointDays!: number;

  @Field(() => Int, { description: '服务人次 — visitors served at those service points on those days (shown; the work item is the service day)' })
  servicePointVisits!: number;

  @Field(() => Int, { description: '引导员值班 — stall guide shifts that started in the period at zones these units run' })
  guideShifts!: number;

  @Field(() => Int, { description: '宣传教育 — outreach events of these units that started in the period (and have started by now)' })
  outreachEvents!: number;

  @Field(() => Int, { description: '参加人次 — people who attended those events (shown; the work item is the event)' })
  outreachAttendance!: number;

  @Field(() => [WorkShare], { description: '721 占比 — SERVICE, MANAGEMENT and ENFORCEMENT, in this order' })
  shares!: WorkShare[];

  @Field(() => Float, {
    nullable: true,
    description: '偏离度 — ½·Σ|share − target| over the three kinds: 0 is exactly 70/20/10, 1 the farthest; null when there was no work',
  })
  distanceFrom721!: number | null;
}
