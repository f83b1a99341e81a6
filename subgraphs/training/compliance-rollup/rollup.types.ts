import { Field, Float, Int, ObjectType } from 'type-graphql';

import { UnitTreeRow } from '../unit/unit-tree-row.types';
import { EXPIRING_WITHIN_DAYS } from './rollup';

@ObjectType({
  description: '合规汇总统计 — counts over a unit’s officers and its sub-units’; shares are percentages (0–100, one decimal), null without officers',
})
export class RollupStats {
  @Field(() => Int, { description: '人数 — officers with a training profile in the unit and its sub-units' })
  officerCount!: number;

  @Field(() => Int, { description: '完成必修培训人数 — no gap this year: ≥ 40 hours, every category quota, nothing overdue, new hires inducted' })
  trainingCompleteCount!: number;

  @Field(() => Float, { nullable: true, description: '完成率 — trainingCompleteCount / officerCount × 100' })
  trainingCompleteShare!: number | null;

  @Field(() => Int, { description: '可上岗人数 — duty-eligible today (持证上岗: certified, not expired or suspended, hours on pace)' })
  dutyEligibleCount!: number;

  @Field(() => Float, { nullable: true, description: '可上岗率 — dutyEligibleCount / officerCount × 100' })
  dutyEligibleShare!: number | null;

  @Field(() => Int, { description: `证书即将到期 — valid certificates expiring within ${EXPIRING_WITHIN_DAYS} days` })
  certificationExpiringCount!: number;

  @Field(() => Int, { description: '证书已过期 — current certificate expired' })
  certificationExpiredCount!: number;

  @Field(() => Int, { description: '证书暂停 — current certificate suspended' })
  certificationSuspendedCount!: number;

  @Field(() => Int, { description: '未取证 — no certificate at all' })
  notCertifiedCount!: number;
}

@ObjectType({ description: '单位合规汇总 — one unit of the tree with the statistics of its whole subtree' })
export class UnitComplianceRollup extends UnitTreeRow {
  @Field(() => RollupStats, { description: '统计 — this unit and every unit below it' })
  stats!: RollupStats;
}

@ObjectType({ description: '培训合规汇总 — the trainer’s and supervisor’s dashboard: per unit, rolled up to brigade and bureau, as of today (Asia/Shanghai)' })
export class TrainingComplianceRollup {
  @Field(() => String, { description: '截至 — date of the figures (YYYY-MM-DD, Asia/Shanghai); hours count its year' })
  asOf!: string;

  @Field(() => [UnitComplianceRollup], { description: '单位 — the requested unit and every unit below it, depth first (a bureau has tens of units)' })
  units!: UnitComplianceRollup[];
}
