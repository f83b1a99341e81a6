import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Merchant } from '../merchant/merchant.stub';
import { Officer } from '../officer/officer.stub';
import { MerchantVisit } from './merchant-visit.entity';
import { RecordMerchantVisitInput, RecordMerchantVisitPayload } from './merchant-visit.inputs';
import { concernsByVisit } from './merchant-visit.loaders';
import { MerchantVisitService } from './merchant-visit.service';
import { VisitConcern } from './visit-concern.entity';

@Resolver(() => MerchantVisit)
export class MerchantVisitResolver {
  @Mutation(() => RecordMerchantVisitPayload, { description: '登记走访 — the visiting officer records a visit and the concerns raised (OFFICER of a squad)' })
  @RequiresRoles('OFFICER')
  recordMerchantVisit(@Arg('input', () => RecordMerchantVisitInput) input: RecordMerchantVisitInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MerchantVisitService).record(input);
  }

  @Query(() => MerchantVisit, { description: '走访记录 — one visit with its concerns (the visiting officer, staff of the squad, ADMIN)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  merchantVisit(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MerchantVisitService).get(id);
  }

  @FieldResolver(() => [VisitConcern], { description: '诉求 — the concerns raised (at most 20), in the order recorded' })
  concerns(@Root() visit: MerchantVisit, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(concernsByVisit).load(visit.id);
  }

  @FieldResolver(() => Merchant, { description: '商户 — the merchant visited' })
  merchant(@Root() visit: MerchantVisit): Merchant {
    return { id: visit.merchantId };
  }

  @FieldResolver(() => Officer, { description: '走访队员 — the visiting officer' })
  officer(@Root() visit: MerchantVisit): Officer {
    return { id: visit.officerId };
  }

  @FieldResolver(() => GridCell, { description: '网格 — where the merchant trades' })
  grid(@Root() visit: MerchantVisit): GridCell {
    return { code: visit.gridCode };
  }
}
