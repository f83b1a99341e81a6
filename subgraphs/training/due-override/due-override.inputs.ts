import { IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Enrollment } from '../enrollment/enrollment.entity';
import { AssignmentDueOverride } from './assignment-due-override.entity';

@InputType({ description: '调整截止日期 — moves one officer’s due date for an assigned, not completed course' })
export class OverrideAssignmentDueDateInput {
  @Field(() => ID, { description: '学习记录 — the enrollment (Officer.enrollments, assignCourse)' })
  @IsUUID()
  enrollmentId!: string;

  @Field(() => String, { description: '新截止日期 — YYYY-MM-DD, today or later (Asia/Shanghai), not the date in force' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => String, { description: '理由 — 5–300 characters, kept with the change' })
  reason!: string;
}

@ObjectType({ description: 'Result of overrideAssignmentDueDate' })
export class OverrideAssignmentDueDatePayload {
  @Field(() => Enrollment, { description: 'The enrollment with its new due date' })
  enrollment!: Enrollment;

  @Field(() => AssignmentDueOverride, { description: 'The recorded change' })
  override!: AssignmentDueOverride;
}
