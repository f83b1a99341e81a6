import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceCustodyEvent } from './custody-event.entity';
import { HandOverEvidenceInput, HandOverEvidencePayload } from './custody.inputs';
import { custodyByEvidence } from './custody.loaders';
import { CustodyService } from './custody.service';

@Resolver(() => Evidence)
export class EvidenceCustodyResolver {
  @FieldResolver(() => String, { description: '存储地址 — URI of the stored file; every read is recorded in the chain of custody' })
  uri(@Root() evidence: Evidence, @Ctx() ctx: SubgraphContext): string {
    return ctx.services.get(CustodyService).uriFor(evidence);
  }

  @FieldResolver(() => [EvidenceCustodyEvent], { description: '保管链 — additions, accesses and hand-overs, oldest first' })
  custody(@Root() evidence: Evidence, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(custodyByEvidence).load(evidence.id);
  }

  @Mutation(() => HandOverEvidencePayload, { description: '证据移交 — record a hand-over of an evidence item (appended, never edited)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  handOverEvidence(@Arg('input', () => HandOverEvidenceInput) input: HandOverEvidenceInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CustodyService).handOver(input);
  }
}
