import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.entity';
import { caseById } from '../case/case.loaders';
import { Department } from '../department/department.entity';
import { departmentById } from '../department/department.loaders';
import { WhistleConnection } from './whistle.connection';
import { Whistle } from './whistle.entity';
import { AcknowledgeWhistleInput, BlowWhistleInput, RespondToWhistleInput, WhistlePayload } from './whistle.inputs';
import { whistlesByCase } from './whistle.loaders';
import { WhistleService } from './whistle.service';

@Resolver(() => Whistle)
export class WhistleResolver {
  @Query(() => WhistleConnection, { description: '吹哨超时 — whistles answered late or still unanswered past their deadline' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN', 'DEPARTMENT')
  whistleBreaches(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(WhistleService).breaches(args);
  }

  @Mutation(() => WhistlePayload, { description: '吹哨 — call a partner department in (NORMAL 24 h, URGENT 2 h)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  blowWhistle(@Arg('input', () => BlowWhistleInput) input: BlowWhistleInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(WhistleService).blow(input);
  }

  @Mutation(() => WhistlePayload, { description: '报到 — the whistled department acknowledges (DEPARTMENT users)' })
  @RequiresRoles('DEPARTMENT')
  acknowledgeWhistle(@Arg('input', () => AcknowledgeWhistleInput) input: AcknowledgeWhistleInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(WhistleService).acknowledge(input);
  }

  @Mutation(() => WhistlePayload, { description: '响应 — the whistled department answers (DEPARTMENT users)' })
  @RequiresRoles('DEPARTMENT')
  respondToWhistle(@Arg('input', () => RespondToWhistleInput) input: RespondToWhistleInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(WhistleService).respond(input);
  }

  @FieldResolver(() => Department, { description: '协作部门 — the department called in' })
  department(@Root() w: Whistle, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(departmentById).load(w.department.id);
  }

  @FieldResolver(() => String, { description: '案件编号 — number of the case (departments see the number, not the case file)' })
  async caseNumber(@Root() w: Whistle, @Ctx() ctx: SubgraphContext) {
    return (await ctx.loaders.get(caseById).load(w.case.id))!.number;
  }

  @FieldResolver(() => Boolean, { description: '超时 — answered late, or unanswered past the deadline' })
  breached(@Root() w: Whistle, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(WhistleService).breached(w);
  }
}

@Resolver(() => Case)
export class CaseWhistleResolver {
  @FieldResolver(() => [Whistle], { description: '吹哨记录 — whistles blown on this case' })
  whistles(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(whistlesByCase).load(c.id);
  }
}
