import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Activity } from '../activity/activity.stub';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Unit } from '../unit/unit.stub';
import { ServicePoint } from './service-point.entity';
import {
  RecordServicePointVisitsInput,
  RecordServicePointVisitsPayload,
  ServicePointConnection,
  ServicePointFilter,
  StaffServicePointInput,
} from './service-point.inputs';
import { visitCountByServicePoint } from './service-point.loaders';
import { ServicePointService } from './service-point.service';

@Resolver(() => ServicePoint)
export class ServicePointResolver {
  @Query(() => ServicePointConnection, { description: '便民服务点 — service points by name (public)' })
  servicePoints(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ServicePointFilter, { nullable: true }) filter: ServicePointFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ServicePointService).list(args, filter ?? {});
  }

  @Query(() => ServicePoint, { description: '便民服务点 — one service point (public)' })
  servicePoint(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ServicePointService).get(id);
  }

  @Mutation(() => RecordServicePointVisitsPayload, {
    description: "登记服务人次 — add a day's visits of one visitor group (staff of the squad, ADMIN); counts to the service share of 721",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  recordServicePointVisits(@Arg('input', () => RecordServicePointVisitsInput) input: RecordServicePointVisitsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ServicePointService).recordVisits(input);
  }

  @Mutation(() => RecordServicePointVisitsPayload, {
    description: '志愿者驻点 — name the participation activity whose volunteers staff the point, or null to end it (staff of the squad, ADMIN)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  staffServicePoint(@Arg('input', () => StaffServicePointInput) input: StaffServicePointInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ServicePointService).staff(input);
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: '志愿者驻点 — the participation activity whose volunteers staff the point (places and sign-ups from participation); null when none',
  })
  volunteerActivity(@Root() point: ServicePoint): Activity | null {
    return point.volunteerActivityId ? { id: point.volunteerActivityId } : null;
  }

  @FieldResolver(() => Int, { description: '累计服务人次 — visits counted since the point opened' })
  visitCount(@Root() point: ServicePoint, @Ctx() ctx: SubgraphContext): Promise<number> {
    return ctx.loaders.get(visitCountByServicePoint).load(point.id);
  }

  @FieldResolver(() => GridCell, { description: '所在网格 — grid cell it lies in' })
  grid(@Root() point: ServicePoint): GridCell {
    return { code: point.gridCode };
  }

  @FieldResolver(() => Unit, { description: '管理中队 — the squad that runs it' })
  unit(@Root() point: ServicePoint): Unit {
    return { id: point.unitId };
  }
}
