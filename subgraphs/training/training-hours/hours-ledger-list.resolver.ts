import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { HoursLedgerListService } from './hours-ledger-list.service';
import { TrainingHoursEntryConnection } from './hours-ledger.connection';
import { TrainingHoursEntry } from './training-hours-entry.entity';

@Resolver(() => Officer)
export class OfficerHoursLedgerResolver {
  @FieldResolver(() => TrainingHoursEntryConnection, {
    nullable: true,
    description: '学时台账 — the officer’s ledger entries with their source, newest first (the officer, supervisors of their unit or one above it, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  hoursLedger(
    @Root() officer: Officer,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('year', () => Int, { nullable: true, description: '年度 — only entries counting for this year (2000–2100); omit for all' }) year: number | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(HoursLedgerListService).entries(officer.id, year ?? null, args);
  }
}

@Resolver(() => TrainingHoursEntry)
export class HoursEntrySourceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      '来源记录 — what credited the entry: `enrollment:<id>` (a completed course), `claim:<id>` (an approved external claim); null for corrections and seeds',
  })
  sourceRef(@Root() e: TrainingHoursEntry): string | null {
    return e.sourceKey;
  }

  @FieldResolver(() => String, { nullable: true, description: '记录人 — who caused the entry (the officer, a trainer, system); null for seeded entries' })
  recordedBy(@Root() e: TrainingHoursEntry): string | null {
    return e.recordedBy;
  }
}
