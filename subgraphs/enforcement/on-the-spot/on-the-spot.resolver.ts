import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.entity';
import { RecordOnTheSpotInput, RecordOnTheSpotPayload } from './on-the-spot.inputs';
import { OnTheSpotService } from './on-the-spot.service';

@Resolver(() => Case)
export class OnTheSpotResolver {
  @Mutation(() => RecordOnTheSpotPayload, {
    description:
      '当场处置 — open, file, take and decide a case on the street in one step (WARNING, SERVICE or a simple-procedure fine ≤ ¥200 person / ≤ ¥3,000 organisation), ' +
      'naming the second officer present; the case ends RESOLVED and someone else verifies and closes it',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR')
  recordOnTheSpot(@Arg('input', () => RecordOnTheSpotInput) input: RecordOnTheSpotInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OnTheSpotService).record(input);
  }
}
