import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamAccommodationPayload, GrantExamAccommodationInput } from './accommodation.inputs';
import { AccommodationService } from './accommodation.service';

@Resolver()
export class AccommodationResolver {
  @Mutation(() => ExamAccommodationPayload, { description: '给予考试便利 — extra time for one officer in one exam (trainers)' })
  @RequiresRoles('TRAINER')
  grantExamAccommodation(@Arg('input', () => GrantExamAccommodationInput) input: GrantExamAccommodationInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AccommodationService).grant(input);
  }
}
