import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { DrillConnection, DrillRunConnection } from './drill.connection';
import { Drill } from './drill.entity';
import { DrillRun } from './drill-run.entity';
import { DrillService } from './drill.service';
import { ChooseDrillOptionInput, CreateDrillInput, DrillPayload, DrillResult, DrillRunPayload, DrillStepView, StartDrillRunInput } from './drill.types';

@Resolver(() => DrillRun)
export class DrillResolver {
  @Mutation(() => DrillPayload, { description: '新建情景模拟 — validated graph (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  createDrill(@Arg('input', () => CreateDrillInput) input: CreateDrillInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).create(input);
  }

  @Query(() => DrillConnection, { description: '情景模拟 — drills by code (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  drills(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).list(args);
  }

  @Mutation(() => DrillRunPayload, { description: '开始演练 — starts a run (the officer)' })
  @RequiresRoles('OFFICER')
  startDrillRun(@Arg('input', () => StartDrillRunInput) input: StartDrillRunInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).start(input);
  }

  @Mutation(() => DrillRunPayload, { description: '作出选择 — picks a choice; an ending or a critical failure ends the run (the officer)' })
  @RequiresRoles('OFFICER')
  chooseDrillOption(@Arg('input', () => ChooseDrillOptionInput) input: ChooseDrillOptionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).choose(input);
  }

  @Query(() => DrillRun, { description: '演练记录 — one run (the trainee, trainers)' })
  @Authenticated()
  drillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).get(id);
  }

  @Query(() => DrillRunConnection, { description: '讲评列表 — finished runs of a drill, newest first (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  drillRuns(@Arg('drillId', () => ID) drillId: string, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).runs(drillId, args);
  }

  @FieldResolver(() => Drill, { description: '情景模拟 — the drill' })
  drill(@Root() run: DrillRun, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).drillFor(run);
  }

  @FieldResolver(() => Officer, { description: '学员 — the trainee' })
  officer(@Root() run: DrillRun): Officer {
    return { id: run.officerId };
  }

  @FieldResolver(() => DrillStepView, { description: '当前情景 — where the run stands (no scores)' })
  currentStep(@Root() run: DrillRun, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).currentStep(run);
  }

  @FieldResolver(() => DrillResult, { description: '演练结果 — scores and debrief; CONFLICT while in progress' })
  result(@Root() run: DrillRun, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DrillService).result(run);
  }
}
