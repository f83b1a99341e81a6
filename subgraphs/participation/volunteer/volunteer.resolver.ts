import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, PersonalData, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { maskPhone } from '../../../kernel/privacy/mask';
import { pointsBalanceByVolunteer } from '../points/points.loaders';
import { maskName } from './mask-name';
import { VolunteerConnection } from './volunteer.connection';
import { Volunteer } from './volunteer.entity';
import { RegisterVolunteerInput, VetVolunteerInput, VolunteerFilter, VolunteerPayload } from './volunteer.inputs';
import { VolunteerService } from './volunteer.service';

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Mutation(() => VolunteerPayload, {
    description: '志愿者注册 — the signed-in caller registers; vetting follows',
  })
  @Authenticated()
  registerVolunteer(@Arg('input', () => RegisterVolunteerInput) input: RegisterVolunteerInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VolunteerService).register(input);
  }

  @Mutation(() => VolunteerPayload, {
    description: '志愿者审核 — vetting decision (supervisors, administrators)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  vetVolunteer(@Arg('input', () => VetVolunteerInput) input: VetVolunteerInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VolunteerService).vet(input);
  }

  @Query(() => Volunteer, {
    nullable: true,
    description: "我的志愿者档案 — the caller's volunteer profile, if registered",
  })
  @Authenticated()
  myVolunteerProfile(@Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VolunteerService).me();
  }

  @Query(() => VolunteerConnection, {
    description: '志愿者列表 — volunteers in registration order (staff)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  volunteers(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter: VolunteerFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(VolunteerService).list(args, filter ?? {});
  }

  @FieldResolver(() => String, {
    description: '姓名 — full name for the volunteer and supervisors, else masked (张**)',
  })
  @PersonalData()
  name(@Root() v: Volunteer, @Ctx() ctx: SubgraphContext): string {
    return ctx.services.get(VolunteerService).seesPrivate(v) ? v.name : maskName(v.name);
  }

  @FieldResolver(() => String, {
    description: '手机号 — full for the volunteer themself, else masked (138****5678)',
  })
  @PersonalData()
  phone(@Root() v: Volunteer, @Ctx() ctx: SubgraphContext): string {
    return v.subject === ctx.actor.subject ? v.phone : maskPhone(v.phone)!;
  }

  @FieldResolver(() => Int, { description: '积分余额 — points balance (sum of the ledger)' })
  pointsBalance(@Root() v: Volunteer, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(pointsBalanceByVolunteer).load(v.id);
  }
}
