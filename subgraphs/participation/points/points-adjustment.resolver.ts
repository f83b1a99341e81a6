import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { AdjustVolunteerPointsInput, AdjustVolunteerPointsPayload } from './points-adjustment.inputs';
import { PointsAdjustmentService } from './points-adjustment.service';

@Resolver()
export class PointsAdjustmentResolver {
  @Mutation(() => AdjustVolunteerPointsPayload, {
    description: "积分调整 — grant or deduct a volunteer's points with a reason (ADMIN, SUPERVISOR); refused with CONFLICT when the balance would go below 0",
  })
  @RequiresRoles('ADMIN', 'SUPERVISOR')
  adjustVolunteerPoints(@Arg('input', () => AdjustVolunteerPointsInput) input: AdjustVolunteerPointsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PointsAdjustmentService).adjust(input);
  }
}
