import { lockForTransaction } from '../../../kernel/db/advisory-lock';
import { systemActor } from '../../../kernel/server/create-subgraph-server';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { rateLimitPurgeJob } from '../../../kernel/rate-limit/rate-limit-purge.job';
import { RATE_LIMIT_KEEP_MS, RateLimiter, rateLimitTable } from '../../../kernel/rate-limit/rate-limiter';
import { SUBMIT_REPORT_LIMIT } from '../rate-limit/limits';
import { Report } from '../report/report.entity';
import { SUBMIT, submitReport } from './report-fixtures';

const at = (lat: number, lng: number) => ({ lat, lng, address: '兰溪市解放路20号' });

describe('submitting reports: rate limit and near-duplicates (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(() => h.stop());
  /** Rate-limit windows whose bucket is like `pattern` (the kernel's counter table). */
  const counters = async (pattern: string) =>
    (await h.em().execute<{ n: number }[]>(`select count(*)::int as n from ${rateLimitTable('participation')} where bucket like ?`, [pattern]))[0].n;

  it('refuses the 6th anonymous submission within 10 minutes with RATE_LIMITED and stores nothing', async () => {
    for (let i = 0; i < 5; i += 1) {
      await submitReport(h, actors.anonymous, { location: at(29.3 + i * 0.01, 119.5) });
    }
    const before = await h.em().count(Report, {});
    const res = await h.execute(SUBMIT, {
      input: { category: 'NOISE', description: '广场舞音响声音太大', location: at(29.4, 119.5) },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await h.em().count(Report, {})).toBe(before);
  });

  it('purges, in its hourly job, the counters of windows older than a day and keeps the current ones', async () => {
    const limiter = h.server.createScope(actors.anonymous).services.get(RateLimiter);
    await limiter.hit('test', 'old-client', SUBMIT_REPORT_LIMIT, new Date(Date.now() - 2 * RATE_LIMIT_KEEP_MS));
    await limiter.hit('test', 'new-client', SUBMIT_REPORT_LIMIT);
    const scope = h.server.createScope(systemActor('participation'));
    await rateLimitPurgeJob.run({ scope, peerUrl: () => undefined, identitySecret: h.config.identity.secret });
    expect(await counters('test:old-client')).toBe(0);
    expect(await counters('test:new-client')).toBe(1);
  });

  it('counts hits while every pool connection waits on the caller’s idempotency lock, without needing another', async () => {
    // Regression: a hit used to purge old windows now and then through a second connection. In submitReport the hit
    // runs inside the transaction holding the idempotency key's lock; with the rest of the pool queued on that lock,
    // the purge waited for a connection that never came (a 60 s hang).
    const holders = h.config.db.poolMax;
    const limiter = h.server.createScope(actors.anonymous).services.get(RateLimiter);
    const turns = Array.from({ length: holders }, (_, i) =>
      h.em().transactional(async (em) => {
        await lockForTransaction(em, 'rate-limit-test:one-key');
        for (let n = 0; n < 200; n += 1) {
          await limiter.hit('pool', `holder-${i}-${n}`, SUBMIT_REPORT_LIMIT, new Date(), em);
        }
      }),
    );
    await Promise.all(turns);
    expect(await counters('pool:%')).toBe(holders * 200);
  }, 20_000);

  it('counts signed-in callers separately from anonymous ones', async () => {
    const r = await submitReport(h, actors.citizen('c-own-bucket'), { location: at(29.41, 119.5) });
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('links a report of the same category within 50 m and 2 hours to the first one', async () => {
    const first = await submitReport(h, actors.citizen('c-dup-1'), {
      category: 'STREET_VENDING',
      location: at(29.2, 119.45),
    });
    const second = await submitReport(h, actors.citizen('c-dup-2'), {
      category: 'STREET_VENDING',
      location: at(29.2003, 119.45),
    });
    const third = await submitReport(h, actors.citizen('c-dup-3'), {
      category: 'STREET_VENDING',
      location: at(29.2001, 119.4502),
    });
    expect(first.duplicateOf).toBeNull();
    expect(second.duplicateOf).toBe(first.id);
    expect(third.duplicateOf).toBe(first.id);
    const res = await h.execute<{ report: { duplicates: { id: string }[] } }>(
      `query($id: ID!) { report(id: $id) { duplicates { id } } }`,
      { id: first.id },
      actors.admin(),
    );
    expect(res.data!.report.duplicates.map((d) => d.id)).toEqual([second.id, third.id]);
  });

  it('does not link another category, a place 60 m away, or a report older than 2 hours', async () => {
    const base = await submitReport(h, actors.citizen('c-nd-1'), {
      category: 'NOISE',
      location: at(29.25, 119.45),
    });
    const otherCategory = await submitReport(h, actors.citizen('c-nd-2'), {
      category: 'LITTERING',
      location: at(29.25, 119.45),
    });
    const far = await submitReport(h, actors.citizen('c-nd-3'), {
      category: 'NOISE',
      location: at(29.25054, 119.45),
    });
    expect(otherCategory.duplicateOf).toBeNull();
    expect(far.duplicateOf).toBeNull();
    await h.em().nativeUpdate(Report, { id: { $in: [base.id, far.id] } }, { submittedAt: new Date(Date.now() - 3 * 3600_000) });
    const late = await submitReport(h, actors.citizen('c-nd-4'), {
      category: 'NOISE',
      location: at(29.25, 119.45),
    });
    expect(late.duplicateOf).toBeNull();
  });

  it('stores the contact phone and never shows it unmasked', async () => {
    const r = await submitReport(h, actors.citizen('c-phone'), {
      contactPhone: '13812345678',
      location: at(29.42, 119.5),
    });
    const res = await h.execute<{ report: { contactPhone: string } }>(`query($id: ID!) { report(id: $id) { contactPhone } }`, { id: r.id }, actors.admin());
    expect(res.data!.report.contactPhone).toBe('138****5678');
    expect((await h.em().findOneOrFail(Report, { id: r.id })).contactPhone).toBe('13812345678');
  });
});
