import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseConnection } from './case.connection';
import { Case } from './case.entity';
import { AssignCaseInput, CaseFilter, CasePayload, CreateCaseInput, TransitionCaseInput } from './case.inputs';
import { CaseService } from './case.service';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: '案件列表 — cases, newest first (officers/supervisors: own unit; ADMIN: all)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  cases(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CaseService).list(args, filter ?? {});
  }

  @Query(() => Case, { description: '案件 — one case by id' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CaseService).get(id);
  }

  @Query(() => Case, { description: '按编号查案件 — one case by its number, e.g. ZF-2026-000123' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  caseByNumber(@Arg('number', () => String) number: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CaseService).getByNumber(number);
  }

  @Mutation(() => CasePayload, { description: '新建案件 — open a case (REPORTED) in a grid cell of your unit' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CaseService).create(input);
  }

  @Mutation(() => CasePayload, { description: '案件流转 — one lifecycle step; an illegal step answers CONFLICT' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  transitionCase(@Arg('input', () => TransitionCaseInput) input: TransitionCaseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CaseLifecycleService).transition(input);
  }

  @Mutation(() => CasePayload, { description: '派遣 — assign a case to an active officer of its unit (supervisors)' })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  assignCase(@Arg('input', () => AssignCaseInput) input: AssignCaseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CaseLifecycleService).assign(input);
  }
}
