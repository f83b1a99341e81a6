import { randomUUID } from 'node:crypto';

import { consumeMessage } from '../../../kernel/outbox/consume';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { service } from '..';
import { MERCHANT_CREDIT_CHANGED } from '../merchant/credit-changed.consumer';
import { MerchantCreditLevel } from '../merchant/merchant-credit-level';
import { MerchantCredit } from '../merchant/merchant-credit.entity';
import { BLACKLIST_REVOCATION, CREDIT_WARNING } from '../stall-permit/credit-consequence';
import { StallPermitStatus } from '../stall-permit/stall-permit-enums';
import { StallPermit } from '../stall-permit/stall-permit.entity';
import { StallStatus } from '../stall/stall-enums';
import { Stall } from '../stall/stall.entity';
import { ALLOCATE, APPLY, makeMerchant, makeZone } from './stall-fixtures';

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

  it('warns a stall holder whose credit falls to D after a violation, then revokes the permit when the merchant is blacklisted, freeing the stall', async () => {
    const squad = randomUUID();
    const zone = await makeZone(h, squad, 1);
    const merchantId = await makeMerchant(h, MerchantCreditLevel.C);
    await h.execute(APPLY, { input: { zoneId: zone.id, merchantId } }, actors.citizen(`vendor-${merchantId}`));
    await h.execute(ALLOCATE, { input: { zoneId: zone.id } }, actors.officer('officer-credit', squad));
    const permit = () => h.em().findOneOrFail(StallPermit, { merchantId, zoneId: zone.id });
    expect((await permit()).status).toBe(StallPermitStatus.ALLOCATED);

    await deliver(randomUUID(), { merchantId, level: 'D', score: 45, blacklisted: false, asOf: new Date(Date.now() + 1000).toISOString() });
    expect(await permit()).toMatchObject({ status: 'ALLOCATED', warningCount: 1, lastWarningReason: CREDIT_WARNING });
    const blacklisted = randomUUID();
    const payload = { merchantId, level: 'D', score: 30, blacklisted: true, asOf: new Date(Date.now() + 2000).toISOString() };
    await deliver(blacklisted, payload);
    expect(await deliver(blacklisted, payload)).toBe('duplicate');
    expect(await permit()).toMatchObject({ status: 'REVOKED', warningCount: 1, revocationReason: BLACKLIST_REVOCATION });
    expect(await h.em().count(Stall, { zoneId: zone.id, status: StallStatus.FREE })).toBe(1);
  });
});
