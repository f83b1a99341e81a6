import { Field, Int, ObjectType } from 'type-graphql';

import { DiscretionGrade } from './discretion-grade.enum';

/** One grade of a benchmark version: the facts that define it and its fine band (stored as JSON in the version row). */
@ObjectType({ description: '裁量阶次 — one graded circumstance of a benchmark: the facts that define it and its fine band' })
export class GradeBand {
  @Field(() => DiscretionGrade, { description: '阶次 — grade' })
  grade!: DiscretionGrade;

  @Field(() => String, { description: '情形 — the facts that put a violation in this grade' })
  facts!: string;

  @Field(() => Int, { description: '罚款下限（元） — lowest fine of the grade, in yuan' })
  fineMinYuan!: number;

  @Field(() => Int, { description: '罚款上限（元） — highest fine of the grade, in yuan' })
  fineMaxYuan!: number;
}
