import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamAttemptConnection } from '../attempt/attempt.connection';
import { Enrollment } from '../enrollment/enrollment.entity';
import { TrainingHoursSummary } from '../training-hours/training-hours.types';
import { OfficerTrainingService } from './officer-training.service';
import { Officer } from './officer.stub';

@Resolver(() => Officer)
export class OfficerTrainingResolver {
  @FieldResolver(() => TrainingHoursSummary, {
    nullable: true,
    description: '年度培训学时 — training hours in a year against the 40-hour requirement (the officer, supervisors, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  trainingHours(@Root() officer: Officer, @Arg('year', () => Int) year: number, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerTrainingService).hours(officer.id, year);
  }

  @FieldResolver(() => [Enrollment], {
    nullable: true,
    description: '学习记录 — every course enrollment of the officer, by due date (the officer, supervisors, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  enrollments(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerTrainingService).enrollments(officer.id);
  }

  @FieldResolver(() => ExamAttemptConnection, {
    nullable: true,
    description: '考试记录 — the officer’s exam attempts, latest first (the officer, supervisors, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  examAttempts(@Root() officer: Officer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerTrainingService).examAttempts(officer.id, args);
  }
}
