import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { attemptsByOfficerExam } from '../attempt/attempt.loaders';
import { Exam } from '../exam/exam.entity';
import { examById } from '../exam/exam.loaders';
import { OfficerTrainingService } from '../officer/officer-training.service';
import { Officer } from '../officer/officer.stub';
import { examAssignmentDone } from './exam-assignment-rules';
import { ExamAssignment } from './exam-assignment.entity';
import { AssignExamInput, AssignExamPayload } from './exam-assignment.inputs';
import { ExamAssignmentService } from './exam-assignment.service';

@Resolver(() => ExamAssignment)
export class ExamAssignmentResolver {
  @Mutation(() => AssignExamPayload, {
    description: '指派考试 — assigns an exam to officers, a cohort or a unit and its sub-units; idempotent per officer (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  assignExam(@Arg('input', () => AssignExamInput) input: AssignExamInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamAssignmentService).assign(input);
  }

  @FieldResolver(() => Exam, { description: '考试 — the exam' })
  exam(@Root() a: ExamAssignment, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(examById).load(a.examId);
  }

  @FieldResolver(() => Officer, { description: '队员 — the assigned officer' })
  officer(@Root() a: ExamAssignment): Officer {
    return { id: a.officerId };
  }

  @FieldResolver(() => Boolean, { description: '已完成 — the officer has a graded attempt of the exam (a case analysis counts once a trainer graded it)' })
  async completed(@Root() a: ExamAssignment, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    const attempts = await ctx.loaders.get(attemptsByOfficerExam).load(`${a.officerId}|${a.examId}`);
    return examAssignmentDone(attempts);
  }
}

@Resolver(() => Officer)
export class OfficerExamAssignmentResolver {
  @FieldResolver(() => [ExamAssignment], {
    nullable: true,
    description: '考试指派 — every exam assigned to the officer, by due date (one per exam; the officer, supervisors, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  examAssignments(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerTrainingService).examAssignments(officer.id);
  }
}
