import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Enrollment } from '../enrollment/enrollment.entity';
import { AssignmentDueOverride } from './assignment-due-override.entity';
import { OverrideAssignmentDueDateInput, OverrideAssignmentDueDatePayload } from './due-override.inputs';
import { dueOverridesByEnrollment } from './due-override.loaders';
import { DueOverrideService } from './due-override.service';

@Resolver(() => Enrollment)
export class DueOverrideResolver {
  @Mutation(() => OverrideAssignmentDueDatePayload, {
    description: '调整截止日期 — moves one officer’s due date for an assigned course, with a reason kept on record (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  overrideAssignmentDueDate(@Arg('input', () => OverrideAssignmentDueDateInput) input: OverrideAssignmentDueDateInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DueOverrideService).override(input);
  }

  @FieldResolver(() => [AssignmentDueOverride], { description: '截止日期调整记录 — every change of this due date, oldest first (a handful at most)' })
  dueDateOverrides(@Root() e: Enrollment, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(dueOverridesByEnrollment).load(e.id);
  }
}
