import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { HoursEntryPayload, RecordHoursCorrectionInput } from './hours-correction.inputs';
import { HoursLedgerService } from './hours-ledger.service';

@Resolver()
export class HoursLedgerResolver {
  @Mutation(() => HoursEntryPayload, { description: '学时更正 — appends a CORRECTION entry (never edits one) (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  recordHoursCorrection(@Arg('input', () => RecordHoursCorrectionInput) input: RecordHoursCorrectionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(HoursLedgerService).recordCorrection(input);
  }
}
