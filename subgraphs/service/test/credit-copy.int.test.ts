import { randomUUID } from 'node:crypto';

import { consumeMessage } from '../../../kernel/outbox/consume';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { service } from '..';
import { MERCHANT_CREDIT_CHANGED } from '../merchant/credit-changed.consumer';
import { MerchantCredit } from '../merchant/merchant-credit.entity';

/** The outbox-fed copy of enforcement's credit levels that stall priority uses. */
describe('merchant credit copy from enforcement events (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(service, { seeded: false });
  });
  afterAll(() => h.stop());

  const deliver = (id: string, payload: Record<string, unknown>) =>
    consumeMessage(h.server.createScope(actors.admin()), service.consumers!, { id, source: 'enforcement', topic: MERCHANT_CREDIT_CHANGED, payload });

  it('keeps the newest level when events arrive out of order, and applies a redelivered event once', async () => {
    const merchantId = randomUUID();
    const newer = { merchantId, level: 'D', score: 40, blacklisted: true, asOf: '2026-12-02T10:00:00.000Z' };
    const older = { merchantId, level: 'A', score: 95, blacklisted: false, asOf: '2026-11-01T10:00:00.000Z' };
    const first = randomUUID();
    expect(await deliver(first, newer)).toBe('processed');
    expect(await deliver(randomUUID(), older)).toBe('processed');
    expect(await deliver(first, { ...newer, level: 'B' })).toBe('duplicate');
    expect(await h.em().findOne(MerchantCredit, { merchantId })).toMatchObject({ level: 'D', score: 40, blacklisted: true });
  });

  it('applies a message carrying many merchants (the demo seed sends all of them in one)', async () => {
    const ids = [randomUUID(), randomUUID()];
    const merchants = ids.map((merchantId, i) => ({ merchantId, level: i ? 'C' : 'A', score: i ? 65 : 95, blacklisted: false }));
    expect(await deliver(randomUUID(), { asOf: '2026-12-02T10:00:00.000Z', merchants })).toBe('processed');
    expect((await h.em().find(MerchantCredit, { merchantId: { $in: ids } })).map((c) => c.level).sort()).toEqual(['A', 'C']);
  });
});
