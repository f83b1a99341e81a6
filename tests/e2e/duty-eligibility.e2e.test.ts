import { randomInt } from 'node:crypto';

import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { idNumberCheckChar } from '../../subgraphs/enforcement/party/party-codes';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** Demo officer 10's certificate expired last year (training's seed, relative to its date); officer 11's is suspended. */
const EXPIRED = demoOfficerId(10);
/** Demo officer 9, of the same squad: certified and on track with this year's hours, as most demo officers are. */
const ON_TRACK = demoOfficerId(9);

const PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`;
const SPOT = `mutation($input: RecordOnTheSpotInput!) { recordOnTheSpot(input: $input) { case { id status } disposition { kind } } }`;

/**
 * 持证上岗 at the point of decision, across two subgraphs: training publishes duty eligibility through the outbox
 * (duty-eligibility.changed); enforcement keeps the last known state and refuses a fine by an officer who is not
 * eligible, also while training is down.
 */
describe('持证上岗 at the point of decision, through the gateway', () => {
  let stack: Stack;
  let token: string;
  let second: string;
  let grid: string;
  let onTrackToken: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    const enf = stack.servers.enforcement.orm.em.fork().getConnection();
    const [me] = await enf.execute(`select unit_id from enforcement.officer where id = ?`, [EXPIRED]);
    const [other] = await enf.execute(`select id from enforcement.officer where unit_id = ? and id <> ? and status = 'ACTIVE' order by id limit 1`, [
      me.unit_id,
      EXPIRED,
    ]);
    const [cell] = await enf.execute(`select code from enforcement.grid_cell where unit_id = ? order by code limit 1`, [me.unit_id]);
    [token, second, grid] = [await tokenFor('OFFICER', EXPIRED, { unit: me.unit_id }), other.id, cell.code];
    onTrackToken = await tokenFor('OFFICER', ON_TRACK, { unit: me.unit_id });
  });
  afterAll(() => stack.stop());

  const spot = async (kind: string, extra: Record<string, unknown>, as = token) => {
    const first17 = `3307811988${String(randomInt(1e7)).padStart(7, '0')}`;
    const person = await executeRaw(
      stack.gatewayUrl,
      PERSON,
      { input: { name: '测试当事人', idNumber: first17 + idNumberCheckChar(first17), phone: `1397${String(randomInt(1e7)).padStart(7, '0')}` } },
      { authorization: `Bearer ${token}` },
    );
    const partyId = (person.data!.registerPerson as { person: { id: string } }).person.id;
    const [lat, lng] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from enforcement.grid_cell where code = ?`, [grid])
      .then(([g]) => [Number(g.lat), Number(g.lng)]);
    const evidence = [{ kind: 'RECORDING', uri: 'https://oss.lanxi.example/bodycam/duty.mp4', sha256: 'd'.repeat(64), capturedAt: new Date().toISOString() }];
    const input = {
      case: {
        source: 'PATROL',
        violationTypeCode: 'SV-01',
        partyKind: 'PERSON',
        partyId,
        gridCode: grid,
        description: '流动摊贩占道经营，劝导后未撤离',
        lat,
        lng,
        address: '兰溪市测试路1号',
        occurredAt: new Date(Date.now() - 600_000).toISOString(),
        minorHarm: kind === 'WARNING',
        correctedOnSpot: kind === 'WARNING',
      },
      kind,
      secondOfficerId: second,
      evidence,
      ...extra,
    };
    return executeRaw(stack.gatewayUrl, SPOT, { input }, { authorization: `Bearer ${as}` });
  };
  const fine = (as = token, secondOfficerId = second) =>
    spot(
      'PENALTY',
      {
        secondOfficerId,
        fineYuan: 200,
        deviationReason: '多次劝导拒不改正，依法处罚',
        discretion: { grade: 'GENERAL', facts: '占道约3平方米，劝导后仍未撤离' },
      },
      as,
    );
  const caseCount = async () =>
    Number((await stack.servers.enforcement.orm.em.fork().getConnection().execute(`select count(*) as n from enforcement."case"`))[0].n);

  it('refuses an on-the-spot fine by an officer training reports ineligible, with the reasons and their age, writing nothing', async () => {
    await stack.servers.training.runJobsOnce(); // the duty-eligibility job publishes, the relay delivers to enforcement
    const before = await caseCount();
    const res = await fine();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reasons: expect.arrayContaining(['CERTIFICATION_EXPIRED']),
      eligibilityAsOf: expect.any(String),
    });
    expect(await caseCount()).toBe(before);
  });

  it('lets most demo officers decide: 30 of 36 eligible once the job ran, and an on-track officer records the fine', async () => {
    const rows = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*) filter (where eligible) as yes, count(*) as n from enforcement.officer_duty_eligibility`);
    expect([Number(rows[0].yes), Number(rows[0].n)]).toEqual([30, 36]);
    const before = await caseCount();
    const res = await fine(onTrackToken, EXPIRED); // the second officer present needs no eligibility
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordOnTheSpot).toMatchObject({ disposition: { kind: 'PENALTY' } });
    expect(await caseCount()).toBe(before + 1);
  });

  it('keeps a warning on the spot allowed for the same officer', async () => {
    const res = await spot('WARNING', {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordOnTheSpot).toMatchObject({ case: { status: 'RESOLVED' }, disposition: { kind: 'WARNING' } });
  });

  it('applies the last known eligibility while training is down, and applies a redelivered change once', async () => {
    const training = stack.servers.training.orm.em.fork().getConnection();
    const published = async () =>
      Number((await training.execute(`select count(*) as n from training.outbox_message where topic = 'duty-eligibility.changed'`))[0].n);
    await stack.servers.training.runJobsOnce(); // nothing changed since the first run: nothing new is published
    expect(await published()).toBe(1);
    await training.execute(`update training.outbox_message set delivered_at = null, next_attempt_at = now()`);
    await stack.servers.training.runJobsOnce(); // a redelivery: the inbox acknowledges it without applying it again
    const [known] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select as_of from enforcement.officer_duty_eligibility where officer_id = ?`, [EXPIRED]);
    await stack.servers.training.stop();
    const res = await fine();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', eligibilityAsOf: new Date(known.as_of).toISOString() });
  });
});
