import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { DispositionRecommendation } from '../disposition/disposition.inputs';
import { Disposition } from '../disposition/disposition.entity';
import { dispositionsByCase } from '../disposition/disposition.loaders';
import { DispositionService } from '../disposition/disposition.service';
import { Evidence } from '../evidence/evidence.entity';
import { evidenceByCase, evidenceCountByCase } from '../evidence/evidence.loaders';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { gridCellByCode } from '../grid-cell/grid-cell.loaders';
import { Officer } from '../officer/officer.entity';
import { officerById } from '../officer/officer.loaders';
import { CaseParty } from '../party/case-party.union';
import { PartyKind } from '../party/party-enums';
import { merchantById, personById } from '../party/party.loaders';
import { CaseEvent } from '../timeline/case-event.entity';
import { TimelineVerification } from '../timeline/timeline.inputs';
import { TimelineService } from '../timeline/timeline.service';
import { Unit } from '../unit/unit.entity';
import { unitById } from '../unit/unit.loaders';
import { ViolationType } from '../violation-type/violation-type.entity';
import { violationTypeByCode } from '../violation-type/violation-type.loaders';
import { CaseAction } from './case-enums';
import { allowedActions } from './case-transitions';
import { Case } from './case.entity';

/** Nested fields of a case; every one goes through a per-request loader (no N+1). */
@Resolver(() => Case)
export class CaseFieldsResolver {
  @FieldResolver(() => CaseParty, { nullable: true, description: '当事人 — the merchant or person' })
  party(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return c.partyKind === PartyKind.MERCHANT ? ctx.loaders.get(merchantById).load(c.partyId) : ctx.loaders.get(personById).load(c.partyId);
  }

  @FieldResolver(() => ViolationType, { description: '违法行为类型 — violation type' })
  violationType(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(violationTypeByCode).load(c.violationType.code);
  }

  @FieldResolver(() => GridCell, { description: '网格 — grid cell' })
  gridCell(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(gridCellByCode).load(c.gridCell.code);
  }

  @FieldResolver(() => Unit, { description: '承办单位 — unit that owns the case' })
  unit(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(unitById).load(c.unit.id);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '承办人 — assigned officer' })
  assignee(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return c.assignee ? ctx.loaders.get(officerById).load(c.assignee.id) : null;
  }

  @FieldResolver(() => [Disposition], { description: '处置决定 — dispositions, oldest first' })
  dispositions(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(dispositionsByCase).load(c.id);
  }

  @FieldResolver(() => [Evidence], { description: '证据 — evidence items, in capture order' })
  evidence(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(evidenceByCase).load(c.id);
  }

  @FieldResolver(() => Int, { description: '证据数 — number of evidence items' })
  evidenceCount(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(evidenceCountByCase).load(c.id);
  }

  @FieldResolver(() => [CaseEvent], { description: '流转记录 — append-only, hash-chained timeline' })
  timeline(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(TimelineService).events(c.id);
  }

  @FieldResolver(() => TimelineVerification, { description: '时间线校验 — recomputes the hash chain' })
  timelineVerified(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(TimelineService).verify(c.id);
  }

  @FieldResolver(() => DispositionRecommendation, {
    description:
      "处置建议 — the flexible-enforcement ladder's recommendation; LABOR_IN_LIEU is acceptable only when partyAgreesToLabor is true and the violation type allows it",
  })
  recommendedDisposition(
    @Root() c: Case,
    @Arg('partyAgreesToLabor', () => Boolean, {
      defaultValue: false,
      description:
        '当事人同意以劳代罚 — whether the party consents to labor in lieu (default false: without consent only PENALTY is acceptable for a repeat violation)',
    })
    partyAgreesToLabor: boolean,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(DispositionService).recommendationFor(c, partyAgreesToLabor);
  }

  @FieldResolver(() => [CaseAction], { description: '可用操作 — lifecycle steps allowed from the current status' })
  allowedActions(@Root() c: Case) {
    return allowedActions(c.status);
  }
}
