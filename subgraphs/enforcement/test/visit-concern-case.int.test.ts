import { randomUUID } from 'node:crypto';

import { seedId } from '../../../kernel/db/seed-id';
import { consumeMessage } from '../../../kernel/outbox/consume';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { CASE_OPENED_FROM_VISIT_CONCERN, VISIT_CONCERN_ESCALATED } from '../case-visit/merchant-visit.stub';

/** 走访转立案 on the enforcement side: the case is opened once per concern and the service subgraph is answered. */
describe('cases opened from merchant-visit concerns (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  const escalated = (concernId: string, violationTypeCode = 'LT-01') => ({
    concernId,
    visitId: randomUUID(),
    merchantId: seedId('merchant', 'm-1-0'),
    gridCode: 'LX-LJ-02',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    description: '门前反复乱扔烟头',
    violationTypeCode,
    escalatedBy: randomUUID(),
  });
  const deliver = (payload: Record<string, unknown>, id = randomUUID()) =>
    consumeMessage(h.server.createScope(actors.admin()), enforcement.consumers!, { id, source: 'service', topic: VISIT_CONCERN_ESCALATED, payload });
  const replies = async (concernId: string) =>
    (
      await h
        .em()
        .execute<{ payload: unknown }[]>(`select payload from enforcement.outbox_message where topic = ? and payload->>'concernId' = ? order by created_at`, [
          CASE_OPENED_FROM_VISIT_CONCERN,
          concernId,
        ])
    ).map((r) => r.payload);

  it('opens one REPORTED case with the merchant as party even when the concern arrives in two messages, and answers with the same case', async () => {
    const concernId = randomUUID();
    const payload = escalated(concernId);
    expect(await deliver(payload)).toBe('processed');
    expect(await deliver(payload)).toBe('processed'); // another message id, same concern
    const cases = await h
      .em()
      .execute(`select id, number, source, status, party_id, source_visit_id from enforcement."case" where source_visit_concern_id = ?`, [concernId]);
    expect(cases).toEqual([
      {
        id: expect.any(String),
        number: expect.stringMatching(/^ZF-/),
        source: 'MERCHANT_VISIT',
        status: 'REPORTED',
        party_id: payload.merchantId,
        source_visit_id: payload.visitId,
      },
    ]);
    expect(await replies(concernId)).toEqual([1, 2].map(() => ({ concernId, caseId: cases[0].id, caseNumber: cases[0].number })));
  });

  it('opens no case for an unknown violation type and tells the service subgraph why', async () => {
    const concernId = randomUUID();
    await deliver(escalated(concernId, 'XX-99'));
    expect(await h.em().execute(`select count(*)::int as n from enforcement."case" where source_visit_concern_id = ?`, [concernId])).toEqual([{ n: 0 }]);
    expect(await replies(concernId)).toEqual([{ concernId, refusal: expect.stringContaining('XX-99') }]);
  });

  it('refuses MERCHANT_VISIT as the source of a case created by hand', async () => {
    const res = await h.execute(
      `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id } } }`,
      {
        input: {
          source: 'MERCHANT_VISIT',
          violationTypeCode: 'LT-01',
          partyKind: 'MERCHANT',
          partyId: seedId('merchant', 'm-1-0'),
          gridCode: 'LX-LJ-02',
          description: '走访中发现门前乱扔烟头',
          lat: 29.2,
          lng: 119.43,
          address: '兰江路',
          minorHarm: true,
          correctedOnSpot: false,
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        },
      },
      actors.admin(),
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.source' });
  });
});
