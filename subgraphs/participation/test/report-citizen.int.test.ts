import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { Report } from '../report/report.entity';
import { hashSecret } from '../report/reporter-secret';
import { advance, DISPUTE, RATE, SUBMIT, submitReport } from './report-fixtures';
import type { Submitted } from './report-fixtures';

const OFFICER = demoOfficerId(7);
const TO_RESOLVED = [
  { status: 'DISPATCHED', gridCode: 'LX-LJ-01', assignedOfficerId: OFFICER },
  { status: 'IN_PROGRESS' },
  { status: 'RESOLVED', note: '摊贩已劝离，现场已清理' },
];

describe('citizen side of a report: secret, dispute, rating (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(() => h.stop());

  const resolved = async (as = actors.anonymous): Promise<Submitted> => {
    const r = await submitReport(h, as);
    await advance(h, r.id, TO_RESOLVED, actors.admin());
    return r;
  };

  it('returns the reporter secret once to an anonymous reporter and stores only its hash', async () => {
    const input = {
      category: 'NOISE',
      description: '深夜工地还在施工，噪声很大',
      location: { lat: 29.2, lng: 119.44, address: '兰溪市丹溪大道8号' },
      idempotencyKey: 'idem-key-secret-0001',
    };
    const first = await h.execute<{
      submitReport: { reporterSecret: string; report: { id: string } };
    }>(SUBMIT, { input });
    const again = await h.execute<{
      submitReport: { reporterSecret: string | null; report: { id: string } };
    }>(SUBMIT, { input });
    const secret = first.data!.submitReport.reporterSecret;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(again.data!.submitReport.reporterSecret).toBeNull();
    expect(again.data!.submitReport.report.id).toBe(first.data!.submitReport.report.id);
    const stored = await h.em().findOneOrFail(Report, { id: first.data!.submitReport.report.id });
    expect(stored.reporterSecretHash).toBe(hashSecret(secret));
    expect(await h.em().count(Report, { idempotencyKey: input.idempotencyKey })).toBe(1);
  });

  it('gives all ten concurrent calls with one idempotency key the one report', async () => {
    const input = {
      category: 'NOISE',
      description: '同一时刻重复提交',
      location: { lat: 29.21, lng: 119.45, address: '兰溪市丹溪大道10号' },
      idempotencyKey: 'idem-key-concurrent-0001',
    };
    const citizen = actors.citizen('c-concurrent');
    const answers = await Promise.all(Array.from({ length: 10 }, () => h.execute<{ submitReport: { report: { id: string } } }>(SUBMIT, { input }, citizen)));
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(new Set(answers.map((a) => a.data!.submitReport.report.id)).size).toBe(1);
    expect(await h.em().count(Report, { idempotencyKey: input.idempotencyKey })).toBe(1);
  });

  it('gives no secret to a signed-in reporter', async () => {
    const r = await submitReport(h, actors.citizen('c-signed'));
    expect(r.secret).toBeNull();
    expect((await h.em().findOneOrFail(Report, { id: r.id })).reporterSecretHash).toBeNull();
  });

  it('lets an anonymous reporter dispute a resolution with the secret, reopening it', async () => {
    const r = await resolved();
    const res = await h.execute(DISPUTE, {
      input: { trackingCode: r.trackingCode, reporterSecret: r.secret, note: '摊贩又回来了' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      disputeReport: { report: { id: r.id, status: 'IN_PROGRESS', disputeCount: 1 } },
    });
  });

  it('lets a signed-in reporter dispute by identity', async () => {
    const r = await resolved(actors.citizen('c-dispute'));
    const res = await h.execute(DISPUTE, { input: { trackingCode: r.trackingCode, note: '问题依旧' } }, actors.citizen('c-dispute'));
    expect(res.data).toEqual({
      disputeReport: { report: { id: r.id, status: 'IN_PROGRESS', disputeCount: 1 } },
    });
  });

  it('refuses a dispute with a wrong secret or by another citizen with FORBIDDEN and changes nothing', async () => {
    const r = await resolved(actors.citizen('c-owner'));
    const wrong = await h.execute(DISPUTE, {
      input: { trackingCode: r.trackingCode, reporterSecret: 'guess', note: '没修好' },
    });
    const other = await h.execute(DISPUTE, { input: { trackingCode: r.trackingCode, note: '没修好' } }, actors.citizen('c-x'));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().findOneOrFail(Report, { id: r.id })).toMatchObject({
      status: 'RESOLVED',
      disputeCount: 0,
    });
  });

  it('refuses a dispute after the 7-day window with CONFLICT', async () => {
    const r = await resolved(actors.citizen('c-late'));
    await h.em().nativeUpdate(Report, { id: r.id }, { resolvedAt: new Date(Date.now() - 8 * 24 * 3600_000) });
    const res = await h.execute(DISPUTE, { input: { trackingCode: r.trackingCode, note: '还是脏' } }, actors.citizen('c-late'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await h.em().findOneOrFail(Report, { id: r.id })).status).toBe('RESOLVED');
  });

  it('refuses a dispute without a reason with BAD_USER_INPUT on input.note', async () => {
    const r = await resolved(actors.citizen('c-noreason'));
    const res = await h.execute(DISPUTE, { input: { trackingCode: r.trackingCode } }, actors.citizen('c-noreason'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
  });

  it('takes one rating of a resolved report and answers CONFLICT to a second one', async () => {
    const r = await resolved(actors.citizen('c-rate'));
    const input = { trackingCode: r.trackingCode, rating: 5, comment: '处理很及时，点赞' };
    const first = await h.execute<{ rateReport: { report: { rating: number } } }>(RATE, { input }, actors.citizen('c-rate'));
    const second = await h.execute(RATE, { input: { ...input, rating: 1 } }, actors.citizen('c-rate'));
    expect(first.data!.rateReport.report.rating).toBe(5);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().findOneOrFail(Report, { id: r.id })).toMatchObject({
      rating: 5,
      ratingComment: '处理很及时，点赞',
    });
  });

  it('takes an anonymous rating with the secret', async () => {
    const r = await resolved();
    const res = await h.execute(RATE, {
      input: { trackingCode: r.trackingCode, reporterSecret: r.secret, rating: 4 },
    });
    expect(res.errors).toBeUndefined();
    expect((await h.em().findOneOrFail(Report, { id: r.id })).rating).toBe(4);
  });

  it('refuses a rating out of 1–5 with BAD_USER_INPUT on input.rating', async () => {
    const r = await resolved(actors.citizen('c-six'));
    const res = await h.execute(RATE, { input: { trackingCode: r.trackingCode, rating: 6 } }, actors.citizen('c-six'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.rating',
    });
    expect((await h.em().findOneOrFail(Report, { id: r.id })).rating).toBeNull();
  });

  it('refuses to rate a report still in progress with CONFLICT', async () => {
    const r = await submitReport(h, actors.citizen('c-early'));
    const res = await h.execute(RATE, { input: { trackingCode: r.trackingCode, rating: 3 } }, actors.citizen('c-early'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await h.em().findOneOrFail(Report, { id: r.id })).rating).toBeNull();
  });
});
