import { ArrayMaxSize, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** 指派对象 — who an assignment (course or exam) is for, and by when; shared by assignCourse and assignExam. */
@InputType('AssignmentTargetsInput', { description: '指派对象 — base of AssignCourseInput and AssignExamInput (never used on its own)' })
export abstract class AssignmentTargetsInput {
  @Field(() => [ID], { defaultValue: [], description: '队员 — officer ids (≤ 500); with cohortId and/or unitId, the union' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  officerIds!: string[];

  @Field(() => ID, { nullable: true, description: '培训班 — every member of this cohort' })
  @IsOptional()
  @IsUUID()
  cohortId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '单位 — every officer of this unit (and of its sub-units unless includeSubUnits is false); ≤ 2000 officers in all',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: '含下级单位 — with unitId: also every unit below it (default true)' })
  includeSubUnits!: boolean;

  @Field(() => String, { description: '截止日期 — due date YYYY-MM-DD, today or later (Asia/Shanghai)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn!: string;
}
