import { Field, Float, Int, ObjectType } from 'type-graphql';

import { EXPIRING_WITHIN_DAYS } from '../compliance-rollup/rollup';
import { Officer } from '../officer/officer.stub';
import { UnitTreeRow } from '../unit/unit-tree-row.types';
import { Unit } from '../unit/unit.stub';

@ObjectType({
  description:
    '合规统计 — counts over a population (see TrainingComplianceReport). Coverages are percentages (0–100, one ' +
    'decimal) of that population; null when the population is empty.',
})
export class ComplianceStats {
  @Field(() => Int, { description: '人数 — officers in the population' })
  officerCount!: number;

  @Field(() => Int, { description: '学时达标人数 — officers with ≥ 40 hours in the year' })
  hoursMetCount!: number;

  @Field(() => Float, { nullable: true, description: '学时达标率 — hoursMetCount / officerCount × 100' })
  hoursCoverage!: number | null;

  @Field(() => Int, { description: '配额达标人数 — officers meeting every category quota' })
  quotasMetCount!: number;

  @Field(() => Float, { nullable: true, description: '配额达标率 — quotasMetCount / officerCount × 100' })
  quotaCoverage!: number | null;

  @Field(() => Int, { description: '有逾期人数 — officers with at least one overdue assignment' })
  officersWithOverdue!: number;

  @Field(() => Int, { description: '逾期指派数 — overdue assignments (past due, not completed)' })
  overdueAssignments!: number;

  @Field(() => Int, { description: '新入职人数 — officers hired in the year or the year before' })
  newHireCount!: number;

  @Field(() => Int, { description: '已完成岗前培训的新入职人数 — new hires who completed the induction course' })
  newHiresInducted!: number;

  @Field(() => Float, {
    nullable: true,
    description: '新入职培训覆盖率 — newHiresInducted / newHireCount × 100 (target 100); null without new hires',
  })
  newHireCoverage!: number | null;

  @Field(() => Int, {
    description: '完成必修培训人数 — officers with no gap (not on the gap list): ≥ 40 hours, every quota, nothing overdue, new hires inducted',
  })
  trainingCompleteCount!: number;

  @Field(() => Int, {
    description: `证书即将到期人数 — officers whose current certificate is valid but expires within ${EXPIRING_WITHIN_DAYS} days of asOf`,
  })
  certificationExpiringCount!: number;

  @Field(() => Int, { description: '证书已过期人数 — officers whose current certificate expired before asOf' })
  certificationExpiredCount!: number;

  @Field(() => Int, { description: '证书暂停人数 — officers whose current certificate is suspended (not expired)' })
  certificationSuspendedCount!: number;

  @Field(() => Int, { description: '未取证人数 — officers without any certificate' })
  notCertifiedCount!: number;

  @Field(() => Int, {
    description:
      '不可上岗人数 — officers not eligible for duty on asOf (持证上岗: not certified, certificate expired or suspended, or this year’s hours behind the pro-rata share of 40; as Officer.dutyEligible)',
  })
  dutyIneligibleCount!: number;
}

@ObjectType({ description: '单位合规 — the statistics of one unit’s officers in the population' })
export class UnitCompliance {
  @Field(() => Unit, { description: '单位 — unit (from the officer’s training profile)' })
  unit!: Unit;

  @Field(() => ComplianceStats, { description: '统计 — statistics' })
  stats!: ComplianceStats;
}

@ObjectType({ description: '分级合规 — one unit of the tree (局 / 大队 / 中队) with the statistics of the population in its whole subtree' })
export class UnitComplianceSubtree extends UnitTreeRow {
  @Field(() => ComplianceStats, { description: '统计 — this unit and every unit below it (a squad counts in its brigade and the bureau)' })
  stats!: ComplianceStats;
}

@ObjectType({ description: '未达标队员 — an officer of the population with at least one gap' })
export class OfficerComplianceGap {
  @Field(() => Officer, { description: '队员 — officer' })
  officer!: Officer;

  @Field(() => Unit, { description: '单位 — unit' })
  unit!: Unit;

  @Field(() => Float, { description: '年度学时 — hours in the year' })
  totalHours!: number;

  @Field(() => Boolean, { description: '学时不足 — fewer than 40 hours' })
  belowHours!: boolean;

  @Field(() => [String], { description: '未达标配额 — codes of the quotas missed (HOURS_QUOTAS)' })
  missedQuotas!: string[];

  @Field(() => Int, { description: '逾期指派 — overdue assignments' })
  overdueAssignments!: number;

  @Field(() => Boolean, { description: '新入职未完成岗前培训 — a new hire without the induction course (NEW-001)' })
  missingInduction!: boolean;
}

@ObjectType({
  description:
    '培训合规报告 — population: every officer with a training profile (HR roster replicated into training), ' +
    'narrowed to officerIds and/or the cohort’s members when given, and to the officers of unitId and the units ' +
    'below it when given. Hours ' +
    'and quotas count the given year; overdue, certificates and duty eligibility are as of today (asOf, ' +
    'Asia/Shanghai); new hires are those hired in the year or the year before.',
})
export class TrainingComplianceReport {
  @Field(() => Int, { description: '年度 — year' })
  year!: number;

  @Field(() => String, { description: '截至 — the date (YYYY-MM-DD, Asia/Shanghai) of the certificate, duty and overdue figures' })
  asOf!: string;

  @Field(() => ComplianceStats, { description: '全局 — the whole population' })
  overall!: ComplianceStats;

  @Field(() => [UnitCompliance], { description: '分单位 — per unit, the officers placed directly in it, by unit id' })
  byUnit!: UnitCompliance[];

  @Field(() => [UnitComplianceSubtree], {
    description:
      '分级汇总 — every unit of training’s copy of the unit tree (the bureau, its brigades, their squads; from unitId when given), depth first, children by name; each counts its whole subtree (tens of rows). An officer whose unit is not in the tree counts only in overall and byUnit.',
  })
  byUnitTree!: UnitComplianceSubtree[];

  @Field(() => [OfficerComplianceGap], { description: '未达标名单 — officers with a gap, by unit then officer id' })
  gaps!: OfficerComplianceGap[];
}
