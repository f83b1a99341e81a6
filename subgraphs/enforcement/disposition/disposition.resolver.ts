import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Disposition } from './disposition.entity';
import { ConfirmRectificationInput, ConfirmRectificationPayload, RecordDispositionInput, RecordDispositionPayload } from './disposition.inputs';
import { DispositionService } from './disposition.service';
import { RectificationService } from './rectification.service';

@Resolver(() => Disposition)
export class DispositionResolver {
  @Mutation(() => RecordDispositionPayload, {
    description:
      '记录处置决定 — record a disposition; deviating from the recommendation needs a reason, harsher treatment of a first minor violation a supervisor',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  recordDisposition(@Arg('input', () => RecordDispositionInput) input: RecordDispositionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DispositionService).record(input);
  }

  @Mutation(() => ConfirmRectificationPayload, { description: '整改确认 — confirm a rectification notice was complied with' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  confirmRectification(@Arg('input', () => ConfirmRectificationInput) input: ConfirmRectificationInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(RectificationService).confirm(input);
  }
}
