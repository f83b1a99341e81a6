import { Field, Float, Int, ObjectType } from 'type-graphql';

import { CourseCategory } from '../course/course-category.enum';

@ObjectType({ description: '分类学时 — hours in one category' })
export class CategoryHours {
  @Field(() => CourseCategory, { description: '类别 — category' })
  category!: CourseCategory;

  @Field(() => Float, { description: '学时 — hours' })
  hours!: number;
}

@ObjectType({ description: '配额达标情况 — one category quota (categories combined) against its minimum' })
export class QuotaStatus {
  @Field(() => String, { description: '配额编号 — quota code, e.g. FLEXIBLE_AND_COMMUNICATION' })
  code!: string;

  @Field(() => String, { description: '配额名称 — name' })
  name!: string;

  @Field(() => [CourseCategory], { description: '计入类别 — categories whose hours count (combined)' })
  categories!: CourseCategory[];

  @Field(() => Float, { description: '最低学时 — minimum hours a year' })
  requiredHours!: number;

  @Field(() => Float, { description: '已获学时 — hours in these categories' })
  hours!: number;

  @Field(() => Boolean, { description: '是否达标 — hours ≥ requiredHours' })
  met!: boolean;
}

@ObjectType({ description: '年度培训学时 — an officer’s training hours in one year against the requirement' })
export class TrainingHoursSummary {
  @Field(() => Int, { description: '年度 — year' })
  year!: number;

  @Field(() => Float, { description: '已获学时 — hours credited in the year (corrections included)' })
  totalHours!: number;

  @Field(() => Float, { description: '年度要求 — hours required per year (≥ 40)' })
  requiredHours!: number;

  @Field(() => Boolean, { description: '是否达标 — totalHours ≥ requiredHours' })
  met!: boolean;

  @Field(() => [CategoryHours], { description: '分类明细 — hours per category' })
  byCategory!: CategoryHours[];

  @Field(() => [QuotaStatus], { description: '分类配额 — the category quotas of the year' })
  quotas!: QuotaStatus[];

  @Field(() => Boolean, { description: '配额全部达标 — every quota met' })
  quotasMet!: boolean;

  @Field(() => Boolean, { description: '学时合规 — met and quotasMet' })
  compliant!: boolean;
}
