import { demoTile } from '../../../kernel/demo/demo-grid';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '../../enforcement';
import { participation } from '..';
import { createEnforcementGridLocator } from '../dispatch/enforcement-grid-locator';
import { runDispatch } from '../dispatch/run-dispatch';
import { Report } from '../report/report.entity';
import { submitReport } from './report-fixtures';

describe('automatic dispatch against a real enforcement subgraph over HTTP', () => {
  let enf: SubgraphHarness;
  let h: SubgraphHarness;
  let url: string;
  beforeAll(async () => {
    enf = await startSubgraph(enforcement, { seeded: true });
    url = await enf.server.listen(0);
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(async () => {
    await h.stop();
    await enf.stop();
  });

  it('locates a point in the demo grid: cell code and its responsible officer', async () => {
    const locator = createEnforcementGridLocator(url, enf.config.identity.secret);
    const tile = demoTile(0);
    const found = await locator.locate(tile.minLat + 0.005, tile.minLng + 0.005);
    expect(found?.gridCode).toBe('LX-YS-01');
    expect(found?.officerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await locator.locate(0, 0)).toBeNull();
  });

  it('dispatches a new report to the enforcement grid cell containing it', async () => {
    const tile = demoTile(3);
    const r = await submitReport(h, actors.citizen('c-real'), {
      location: { lat: tile.minLat + 0.002, lng: tile.minLng + 0.002, address: '兰溪市五一社区' },
    });
    const locator = createEnforcementGridLocator(url, enf.config.identity.secret);
    expect(await runDispatch(h.server.createScope(actors.anonymous), locator)).toEqual({
      dispatched: 1,
      flagged: 0,
      deferred: 0,
    });
    const stored = await h.em().findOneOrFail(Report, { id: r.id });
    expect(stored).toMatchObject({ status: 'DISPATCHED', gridCode: 'LX-LJ-01' });
    expect(stored.assignedOfficerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('treats a refused signature as the locator being down and changes nothing', async () => {
    const r = await submitReport(h, actors.citizen('c-badsig'), {
      location: {
        lat: demoTile(0).minLat + 0.001,
        lng: demoTile(0).minLng + 0.001,
        address: '兰溪市桃花坞社区',
      },
    });
    const locator = createEnforcementGridLocator(url, 'wrong-secret-0123456789abcdef0123456789');
    expect(await runDispatch(h.server.createScope(actors.anonymous), locator)).toEqual({
      dispatched: 0,
      flagged: 0,
      deferred: 1,
    });
    expect((await h.em().findOneOrFail(Report, { id: r.id })).status).toBe('SUBMITTED');
  });
});
