import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { AssignmentTargetsInput } from '../enrollment/assignment-targets.inputs';
import { Exam } from '../exam/exam.entity';
import { ExamAssignment } from './exam-assignment.entity';

@InputType({
  description: '指派考试 — assigns a published exam to officers, a cohort and/or a unit with its sub-units; the due date is no later than the exam closes',
})
export class AssignExamInput extends AssignmentTargetsInput {
  @Field(() => ID, { description: '考试 — a published exam' })
  @IsUUID()
  examId!: string;
}

@ObjectType({ description: 'Result of assignExam' })
export class AssignExamPayload {
  @Field(() => Exam, { description: 'The exam' })
  exam!: Exam;

  @Field(() => [ExamAssignment], { description: 'The assignment of every targeted officer (new or already existing)' })
  assignments!: ExamAssignment[];

  @Field(() => Int, { description: '新建数 — assignments created by this call (0 when repeated)' })
  createdCount!: number;
}
