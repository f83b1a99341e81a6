import { Arg, Args, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CaseConnection } from '../case/case.connection';
import { CaseFilter } from '../case/case.inputs';
import { CaseService } from '../case/case.service';
import { Officer } from './officer.entity';
import { OfficerService } from './officer.service';

@Resolver(() => Officer)
export class OfficerCasesResolver {
  /** Also what training's `Officer.assessment` @requires; null (not an error) for callers who may not see it. */
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      '人性化程度：教育在先比例 — of the officer’s cases with a disposition, the share whose first disposition was SERVICE, WARNING or ' +
      'RECTIFICATION_NOTICE; null without such cases or unless the caller is the officer, a supervisor, trainer or admin',
  })
  educationFirstShare(@Root() officer: Officer, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    return ctx.services.get(OfficerService).educationFirstShare(officer);
  }

  @FieldResolver(() => CaseConnection, {
    description:
      '承办案件 — cases assigned to this officer, newest first, scoped as `cases` is (officers and supervisors: their own unit ' +
      "only, so an officer of another unit lists none; ADMIN: all); the filter's officerId is replaced by this officer",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  cases(
    @Root() officer: Officer,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CaseFilter, { nullable: true, description: '筛选 — as for `cases`' }) filter: CaseFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CaseService).list(args, { ...filter, officerId: officer.id });
  }
}
