import { VendingZonesNearDocument, ZoneStallsDocument } from '../__generated__/graphql';
import type { VendingZonesNearQuery } from '../__generated__/graphql';
import { execute } from '../harness/client';
import type { GraphQLResponse } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';

/** 便民服务 through the gateway, as the citizen mini-program asks it: no token. */
describe('vending zones and stalls, anonymously through the gateway', () => {
  let stack: Stack;
  const riverside = { lat: 29.2049, lng: 119.434 }; // 兰江路滨江段, by the night market
  const tonight = '2026-12-02T11:00:00.000Z'; // 19:00 in 兰溪 (the vending point closes at 20:00)
  const earlyMorning = '2026-12-02T22:00:00.000Z'; // 06:00 the next morning

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it("finds tonight's night market near a point with its window, free stalls, grid and squad from enforcement", async () => {
    const res = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, openAt: tonight });
    expect(res.errors).toBeUndefined();
    const zones = res.data!.vendingZonesNear.edges.map((e) => e.node);
    expect(zones.map((z) => z.zone.name)).toEqual(['兰江夜市', '赤溪便民疏导点']);
    expect(zones[0]).toMatchObject({
      distanceMeters: expect.any(Number),
      zone: {
        kind: 'NIGHT_MARKET',
        opensAt: '17:30',
        closesAt: '01:00',
        stallCount: 40,
        freeStallCount: 32,
        grid: { code: 'LX-LJ-02', name: expect.any(String) },
        unit: { name: expect.stringContaining('兰江') },
      },
    });
    expect(zones[0].distanceMeters).toBeLessThan(zones[1].distanceMeters);
  });

  it('answers only the morning markets at six in the morning, and only night markets when asked for that kind', async () => {
    const morning = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, radiusMeters: 5000, openAt: earlyMorning });
    expect(morning.data!.vendingZonesNear.edges.map((e) => e.node.zone.kind)).toEqual(expect.arrayContaining(['MORNING_MARKET']));
    expect(morning.data!.vendingZonesNear.edges.every((e) => e.node.zone.kind === 'MORNING_MARKET')).toBe(true);
    const nights = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, radiusMeters: 20000, kind: 'NIGHT_MARKET' });
    expect(nights.data!.vendingZonesNear.edges.map((e) => e.node.zone.name)).toEqual(['兰江夜市']);
  });

  it('pages through the zones nearest first without repeating one, with the same total on every page', async () => {
    const all = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, radiusMeters: 20000, first: 50 });
    const names: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page: GraphQLResponse<VendingZonesNearQuery> = await execute(stack.gatewayUrl, VendingZonesNearDocument, {
        near: riverside,
        radiusMeters: 20000,
        first: 2,
        after,
      });
      expect(page.data!.vendingZonesNear.totalCount).toBe(all.data!.vendingZonesNear.totalCount);
      names.push(...page.data!.vendingZonesNear.edges.map((e) => e.node.zone.name));
      after = page.data!.vendingZonesNear.pageInfo.hasNextPage ? page.data!.vendingZonesNear.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(all.data!.vendingZonesNear.edges.map((e) => e.node.zone.name));
    expect(names.length).toBe(5);
  });

  it('lists the free stalls of the night market by number (A-01…A-08 are held by the demo merchants of its committee)', async () => {
    const near = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, kind: 'NIGHT_MARKET' });
    const zoneId = near.data!.vendingZonesNear.edges[0].node.zone.id;
    const res = await execute(stack.gatewayUrl, ZoneStallsDocument, { zoneId, status: 'FREE', first: 3 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.stalls.edges.map((e) => e.node.number)).toEqual(['A-09', 'A-10', 'A-11']);
    expect(res.data!.stalls.totalCount).toBe(32);
    expect(res.data!.stalls.edges[0].node).toMatchObject({ category: 'SNACKS', environmentalStove: true, status: 'FREE' });
  });

  it('costs the same number of SQL statements for a page of 2 zones as for a page of 5', async () => {
    const count = async (first: number) => {
      stack.resetSql();
      const res = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, radiusMeters: 20000, first });
      expect(res.data!.vendingZonesNear.edges.length).toBe(first);
      return stack.sqlTotal();
    };
    expect(await count(2)).toBe(await count(5));
  });

  it('refuses a radius outside 100–20000 m and an unknown zone with typed errors', async () => {
    const wide = await execute(stack.gatewayUrl, VendingZonesNearDocument, { near: riverside, radiusMeters: 50_000 });
    expect(wide.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.radiusMeters' });
    const unknown = await execute(stack.gatewayUrl, ZoneStallsDocument, { zoneId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'zoneId' });
  });
});
