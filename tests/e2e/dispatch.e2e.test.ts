import { demoTile, GRID_CELLS } from '../../kernel/demo/demo-grid';
import { SubmitReportDocument, TrackReportDocument } from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';

describe('automatic dispatch of a citizen report (participation → enforcement through its API)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it('routes a new report to the grid cell that contains it, with no human step', async () => {
    const tile = demoTile(4); // LX-LJ-02
    const submitted = await execute(stack.gatewayUrl, SubmitReportDocument, {
      input: {
        category: 'OUT_OF_STORE_OPERATION',
        description: '人民路上一家水果店把货架摆到了人行道上',
        location: { lat: tile.minLat + 0.005, lng: tile.minLng + 0.005, address: '兰溪市人民路' },
        photoUris: [],
      },
    });
    const { trackingCode } = submitted.data!.submitReport.report;
    await stack.servers.participation.runJobsOnce();
    const tracked = await execute(stack.gatewayUrl, TrackReportDocument, { trackingCode });
    expect(tracked.data!.trackReport).toMatchObject({ status: 'DISPATCHED', grid: { code: GRID_CELLS[4].code, name: expect.stringContaining('人民社区') } });
  });
});
