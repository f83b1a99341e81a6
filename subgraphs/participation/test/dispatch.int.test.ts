import { demoTile } from '../../../kernel/demo/demo-grid';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import type { GridLocation, GridLocator } from '../dispatch/grid-locator';
import { GridLocatorUnavailableError } from '../dispatch/grid-locator';
import { runDispatch } from '../dispatch/run-dispatch';
import { ReportEvent } from '../report-event/report-event.entity';
import { ReportStatus } from '../report/report-enums';
import { Report } from '../report/report.entity';
import { submitReport } from './report-fixtures';

/** Test double of the remote grid owner: cells as lat/lng boxes, counting calls. */
function fakeLocator(
  cells: {
    code: string;
    officerId: string | null;
    minLat: number;
    maxLat: number;
    minLng: number;
    maxLng: number;
  }[],
) {
  const locator = {
    calls: 0,
    down: false,
    async locate(lat: number, lng: number): Promise<GridLocation | null> {
      locator.calls += 1;
      if (locator.down) {
        throw new GridLocatorUnavailableError('connection refused');
      }
      const c = cells.find((x) => lat >= x.minLat && lat <= x.maxLat && lng >= x.minLng && lng <= x.maxLng);
      return c ? { gridCode: c.code, officerId: c.officerId } : null;
    },
  };
  return locator satisfies GridLocator;
}

const OFFICER = demoOfficerId(4);
const CELLS = [
  { code: 'LX-YS-01', officerId: OFFICER, ...demoTile(0) },
  { code: 'LX-YS-02', officerId: null, ...demoTile(1) },
];
const inCell = (i: number) => ({
  lat: demoTile(i).minLat + 0.005,
  lng: demoTile(i).minLng + 0.005,
  address: '兰溪市桃花坞路3号',
});
const outside = { lat: 30.5, lng: 120.5, address: '市外某地' };

describe('automatic dispatch (integration, real PostgreSQL, fake grid locator)', () => {
  let h: SubgraphHarness;
  beforeEach(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterEach(() => h.stop());

  const run = (locator: GridLocator) => runDispatch(h.server.createScope(actors.anonymous), locator);

  it('dispatches a report to the cell containing it and its officer, with a system timeline step', async () => {
    const r = await submitReport(h, actors.citizen('c-d1'), { location: inCell(0) });
    expect(await run(fakeLocator(CELLS))).toEqual({ dispatched: 1, flagged: 0, deferred: 0 });
    expect(await h.em().findOneOrFail(Report, { id: r.id })).toMatchObject({
      status: 'DISPATCHED',
      gridCode: 'LX-YS-01',
      assignedOfficerId: OFFICER,
      firstResponseAt: null,
    });
    const events = await h.em().find(ReportEvent, { reportId: r.id }, { orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorRole, e.note])).toEqual([
      [null, 'SUBMITTED', 'CITIZEN', '市民提交随手拍'],
      ['SUBMITTED', 'DISPATCHED', 'SYSTEM', '系统自动派遣至网格 LX-YS-01'],
    ]);
  });

  it('dispatches to a cell without an officer and says so in the note', async () => {
    const r = await submitReport(h, actors.citizen('c-d2'), { location: inCell(1) });
    await run(fakeLocator(CELLS));
    expect(await h.em().findOneOrFail(Report, { id: r.id })).toMatchObject({
      status: 'DISPATCHED',
      gridCode: 'LX-YS-02',
      assignedOfficerId: null,
    });
    const last = await h.em().findOneOrFail(ReportEvent, { reportId: r.id, toStatus: ReportStatus.DISPATCHED });
    expect(last.note).toBe('系统自动派遣至网格 LX-YS-02（该网格暂无责任网格员，待中队指派）');
  });

  it('flags a report outside every cell for manual triage, still SUBMITTED, and does not retry it', async () => {
    const r = await submitReport(h, actors.citizen('c-d3'), { location: outside });
    const locator = fakeLocator(CELLS);
    expect(await run(locator)).toEqual({ dispatched: 0, flagged: 1, deferred: 0 });
    expect(await h.em().findOneOrFail(Report, { id: r.id })).toMatchObject({
      status: 'SUBMITTED',
      gridCode: null,
      needsManualTriage: true,
    });
    expect(await run(locator)).toEqual({ dispatched: 0, flagged: 0, deferred: 0 });
    expect(locator.calls).toBe(1);
    const triage = await h.execute<{ reports: { edges: { node: { id: string } }[] } }>(
      `query { reports(first: 10, filter: { needsManualTriage: true }) { edges { node { id } } } }`,
      {},
      actors.supervisor('sup-1'),
    );
    expect(triage.data!.reports.edges.map((e) => e.node.id)).toEqual([r.id]);
  });

  it('changes nothing when the locator is down and dispatches on the next run', async () => {
    const a = await submitReport(h, actors.citizen('c-d4'), { location: inCell(0) });
    const b = await submitReport(h, actors.citizen('c-d5'), { location: outside });
    const locator = fakeLocator(CELLS);
    locator.down = true;
    expect(await run(locator)).toEqual({ dispatched: 0, flagged: 0, deferred: 2 });
    const rows = await h.em().find(Report, { id: { $in: [a.id, b.id] } });
    expect(rows.map((x) => [x.status, x.gridCode, x.needsManualTriage])).toEqual([
      ['SUBMITTED', null, false],
      ['SUBMITTED', null, false],
    ]);
    expect(await h.em().count(ReportEvent, { toStatus: ReportStatus.DISPATCHED })).toBe(0);
    locator.down = false;
    expect(await run(locator)).toEqual({ dispatched: 1, flagged: 1, deferred: 0 });
  });

  it('takes at most 50 reports per run, oldest first, and leaves reports already handled alone', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 52; i += 1) {
      ids.push(
        (
          await submitReport(h, actors.citizen(`c-batch-${i}`), {
            location: inCell(0),
            category: 'OTHER',
            description: `批量上报第${i}条`,
          })
        ).id,
      );
    }
    await h.em().nativeUpdate(Report, { id: ids[51] }, { submittedAt: new Date('2026-01-01T00:00:00Z') });
    await h.em().nativeUpdate(Report, { id: ids[50] }, { status: ReportStatus.REJECTED });
    expect(await run(fakeLocator(CELLS))).toEqual({ dispatched: 50, flagged: 0, deferred: 0 });
    expect((await h.em().findOneOrFail(Report, { id: ids[51] })).status).toBe('DISPATCHED');
    expect((await h.em().findOneOrFail(Report, { id: ids[50] })).status).toBe('REJECTED');
    expect(await h.em().count(Report, { status: ReportStatus.SUBMITTED })).toBe(1);
  });
});
