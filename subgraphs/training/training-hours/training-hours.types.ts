import { Field, Float, Int, ObjectType } from 'type-graphql';

import { CourseCategory } from '../course/course-category.enum';

@ObjectType({ description: '分类学时 — hours in one category' })
export class CategoryHours {
  @Field(() => CourseCategory, { description: '类别 — category' })
  category!: CourseCategory;

  @Field(() => Float, { description: '学时 — hours' })
  hours!: number;
}

@ObjectType({ description: '年度培训学时 — an officer’s training hours in one year against the requirement' })
export class TrainingHoursSummary {
  @Field(() => Int, { description: '年度 — year' })
  year!: number;

  @Field(() => Float, { description: '已获学时 — hours credited in the year' })
  totalHours!: number;

  @Field(() => Float, { description: '年度要求 — hours required per year (≥ 40)' })
  requiredHours!: number;

  @Field(() => Boolean, { description: '是否达标 — totalHours ≥ requiredHours' })
  met!: boolean;

  @Field(() => [CategoryHours], { description: '分类明细 — hours per category' })
  byCategory!: CategoryHours[];
}
