import type { EntityManager } from '@mikro-orm/postgresql';

import type { MessageHandler } from '../../../kernel/outbox/consume';
import { publish } from '../../../kernel/outbox/publish';
import { CaseSource } from '../case/case-enums';
import { allocateCaseNumber, caseYear } from '../case/case-number';
import { caseSnapshot } from '../case/case-snapshot';
import { Case } from '../case/case.entity';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { Merchant } from '../party/merchant.entity';
import { PartyKind } from '../party/party-enums';
import { appendEvent } from '../timeline/append-event';
import { ViolationType } from '../violation-type/violation-type.entity';
import { CASE_OPENED_FROM_VISIT_CONCERN } from './merchant-visit.stub';

interface ConcernEscalated {
  concernId: string;
  visitId: string;
  merchantId: string;
  gridCode: string;
  occurredAt: string;
  description: string;
  violationTypeCode: string;
  escalatedBy: string;
}

const reply = (em: EntityManager, payload: Record<string, unknown>) => publish(em, { to: 'service', topic: CASE_OPENED_FROM_VISIT_CONCERN, payload });

/**
 * 走访转立案: opens a REPORTED case (source MERCHANT_VISIT, the merchant as party) in the inbox transaction, so it
 * happens once; the unique `source_visit_concern_id` guards a second message about the same concern. Answers the
 * service subgraph with the case, or with why none was opened (unknown grid cell, merchant or violation type).
 */
export const onVisitConcernEscalated: MessageHandler = async (scope, payload) => {
  const p = payload as unknown as ConcernEscalated;
  const em = scope.em;
  const existing = await em.findOne(Case, { sourceVisitConcernId: p.concernId }, { fields: ['id', 'number'] });
  if (existing) {
    await reply(em, { concernId: p.concernId, caseId: existing.id, caseNumber: existing.number });
    return;
  }
  // one at a time: the consumer runs in the inbox transaction, whose one connection runs one statement at a time
  const cell = await em.findOne(GridCell, { code: p.gridCode });
  const type = await em.findOne(ViolationType, { code: p.violationTypeCode });
  const merchant = await em.findOne(Merchant, { id: p.merchantId });
  const missing = !cell ? `网格 ${p.gridCode} 不存在` : !type ? `违法行为编码 ${p.violationTypeCode} 不存在` : !merchant ? `商户 ${p.merchantId} 不存在` : null;
  if (missing) {
    await reply(em, { concernId: p.concernId, refusal: `未立案：${missing}` });
    return;
  }
  const number = await allocateCaseNumber(em, caseYear(new Date()));
  const c = em.create(Case, {
    number,
    source: CaseSource.MERCHANT_VISIT,
    violationType: type!,
    partyKind: PartyKind.MERCHANT,
    partyId: merchant!.id,
    gridCell: cell!,
    unit: cell!.unit,
    description: `走访诉求转立案：${p.description}`,
    address: merchant!.address,
    lat: (cell!.minLat + cell!.maxLat) / 2,
    lng: (cell!.minLng + cell!.maxLng) / 2,
    minorHarm: false,
    correctedOnSpot: false,
    occurredAt: new Date(p.occurredAt),
    sourceVisitId: p.visitId,
    sourceVisitConcernId: p.concernId,
  });
  await appendEvent(em, c.id, { action: 'CREATE', actorSubject: p.escalatedBy, after: { number, ...caseSnapshot(c) } });
  await em.flush();
  await reply(em, { concernId: p.concernId, caseId: c.id, caseNumber: number });
};
