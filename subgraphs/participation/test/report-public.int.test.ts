import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { advance, submitReport } from './report-fixtures';

const OFFICER = demoOfficerId(9);

/** Every field a public caller can ask for (assignedOfficer, contactPhone, ratingComment are staff-only). */
const TRACK_ALL = /* GraphQL */ `
  query Track($code: String!) {
    trackReport(trackingCode: $code) {
      id
      createdAt
      trackingCode
      category
      description
      lat
      lng
      address
      photoUris
      status
      submittedAt
      needsManualTriage
      disputeCount
      firstResponseAt
      resolvedAt
      rating
      ratedAt
      grid {
        code
      }
      assignedOfficer {
        id
      }
      contactPhone
      ratingComment
      duplicateOf {
        id
        trackingCode
      }
      duplicates {
        id
        trackingCode
      }
      timeline {
        id
        createdAt
        fromStatus
        toStatus
        note
        actorRole
        actorLabel
        occurredAt
      }
    }
  }
`;

describe('public progress by tracking code (integration)', () => {
  let h: SubgraphHarness;
  let code: string;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
    const r = await submitReport(h, actors.citizen('c-public'), {
      contactPhone: '13905791234',
      location: { lat: 29.181, lng: 119.431, address: '兰溪市人民路1号' },
    });
    await advance(
      h,
      r.id,
      [
        {
          status: 'DISPATCHED',
          gridCode: 'LX-YS-01',
          assignedOfficerId: OFFICER,
          note: '指挥中心派遣',
        },
      ],
      actors.admin(),
    );
    await advance(h, r.id, [{ status: 'IN_PROGRESS', note: '网格员已到场' }], actors.officer(OFFICER));
    code = r.trackingCode;
  });
  afterAll(() => h.stop());

  it('shows status and the timeline to an anonymous caller, with roles instead of people', async () => {
    const res = await h.execute<{
      trackReport: Record<string, unknown> & { timeline: Record<string, unknown>[] };
    }>(TRACK_ALL, {
      code: code.toLowerCase(),
    });
    expect(res.errors).toBeUndefined();
    const t = res.data!.trackReport;
    expect(t).toMatchObject({
      trackingCode: code,
      status: 'IN_PROGRESS',
      grid: { code: 'LX-YS-01' },
      disputeCount: 0,
    });
    expect(t.timeline.map((e) => [e.fromStatus, e.toStatus, e.note, e.actorRole, e.actorLabel])).toEqual([
      [null, 'SUBMITTED', '市民提交随手拍', 'CITIZEN', '市民'],
      ['SUBMITTED', 'DISPATCHED', '指挥中心派遣', 'ADMIN', '指挥中心'],
      ['DISPATCHED', 'IN_PROGRESS', '网格员已到场', 'OFFICER', '网格员'],
    ]);
  });

  it('reveals no personal data and no officer to an anonymous caller', async () => {
    const res = await h.execute<{ trackReport: Record<string, unknown> }>(TRACK_ALL, { code });
    const t = res.data!.trackReport;
    expect(t).toMatchObject({ assignedOfficer: null, contactPhone: null, ratingComment: null });
    const text = JSON.stringify(t);
    expect(text).not.toContain('1390579');
    expect(text).not.toContain('c-public');
    expect(text).not.toContain(OFFICER);
  });

  it('shows the assigned officer and the masked phone to the handling officer', async () => {
    const res = await h.execute<{
      trackReport: { assignedOfficer: { id: string }; contactPhone: string };
    }>(TRACK_ALL, { code }, actors.officer(OFFICER));
    expect(res.data!.trackReport.assignedOfficer).toEqual({ id: OFFICER });
    expect(res.data!.trackReport.contactPhone).toBe('139****1234');
  });

  it('answers NOT_FOUND for an unknown tracking code', async () => {
    const res = await h.execute(TRACK_ALL, { code: 'SSP-NOPE2345' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'trackingCode' });
  });
});
