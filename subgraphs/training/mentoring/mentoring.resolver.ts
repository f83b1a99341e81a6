import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import {
  CheckInPayload,
  CreateMentorshipInput,
  LogMentoringCheckInInput,
  MentorshipPayload,
  SignOffMentorshipInput,
  SubmitMenteeFeedbackInput,
} from './mentoring.inputs';
import { MentoringCheckIn } from './mentoring-check-in.entity';
import { checkInsByMentorship } from './mentoring.loaders';
import { MentoringService } from './mentoring.service';
import { Mentorship } from './mentorship.entity';

@Resolver(() => Mentorship)
export class MentoringResolver {
  @Mutation(() => MentorshipPayload, { description: '建立师徒关系 — one active mentor per new officer (trainers, supervisors)' })
  @RequiresRoles('TRAINER', 'SUPERVISOR', 'ADMIN')
  createMentorship(@Arg('input', () => CreateMentorshipInput) input: CreateMentorshipInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MentoringService).create(input);
  }

  @Mutation(() => CheckInPayload, { description: '记录带教 — by the mentor or the mentee' })
  @Authenticated()
  logMentoringCheckIn(@Arg('input', () => LogMentoringCheckInInput) input: LogMentoringCheckInInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MentoringService).logCheckIn(input);
  }

  @Mutation(() => MentorshipPayload, { description: '导师签字出师 — by the mentor, after at least one check-in' })
  @Authenticated()
  signOffMentorship(@Arg('input', () => SignOffMentorshipInput) input: SignOffMentorshipInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MentoringService).signOff(input);
  }

  @Mutation(() => MentorshipPayload, { description: '徒弟反馈 — the mentee rates once' })
  @Authenticated()
  submitMenteeFeedback(@Arg('input', () => SubmitMenteeFeedbackInput) input: SubmitMenteeFeedbackInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MentoringService).feedback(input);
  }

  @FieldResolver(() => Officer, { description: '导师 — mentor' })
  mentor(@Root() m: Mentorship): Officer {
    return { id: m.mentorId };
  }

  @FieldResolver(() => Officer, { description: '徒弟 — mentee' })
  mentee(@Root() m: Mentorship): Officer {
    return { id: m.menteeId };
  }

  @FieldResolver(() => [MentoringCheckIn], { description: '带教记录 — check-ins by date' })
  checkIns(@Root() m: Mentorship, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(checkInsByMentorship).load(m.id);
  }
}

@Resolver(() => Officer)
export class OfficerMentoringResolver {
  @FieldResolver(() => [Mentorship], { nullable: true, description: '师徒关系 — pairs where the officer is mentor or mentee (the officer, staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  mentorships(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MentoringService).list(officer.id);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '导师 — the officer’s mentor in an active pairing (the officer, staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  async mentor(@Root() officer: Officer, @Ctx() ctx: SubgraphContext): Promise<Officer | null> {
    return (await ctx.services.get(MentoringService).counterparts(officer.id)).mentor;
  }

  @FieldResolver(() => [Officer], { nullable: true, description: '徒弟 — officers this officer mentors in active pairings (the officer, staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  async mentees(@Root() officer: Officer, @Ctx() ctx: SubgraphContext): Promise<Officer[]> {
    return (await ctx.services.get(MentoringService).counterparts(officer.id)).mentees;
  }
}
