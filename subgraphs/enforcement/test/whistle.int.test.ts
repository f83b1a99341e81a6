import { seedId } from '../../../kernel/db/seed-id';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Whistle } from '../whistle/whistle.entity';
import { caseInProgress, gql, newPerson, officer, supervisor } from './case-fixtures';

const MARKET = seedId('department', 'market');
const POLICE = seedId('department', 'police');
const BLOW = `mutation($input: BlowWhistleInput!) { blowWhistle(input: $input) { whistle { id urgency blownAt respondBy breached caseNumber department { shortName } } } }`;
const ACK = `mutation($input: AcknowledgeWhistleInput!) { acknowledgeWhistle(input: $input) { whistle { acknowledgedAt } } }`;
const RESPOND = `mutation($input: RespondToWhistleInput!) { respondToWhistle(input: $input) { whistle { respondedAt response breached } } }`;
const BREACHES = `query { whistleBreaches(first: 100) { edges { node { id breached } } } }`;
const CASE = `query($id: ID!) { case(id: $id) { whistles { id } timeline { action } timelineVerified { valid } } }`;
const market = () => actors.department('market-duty-1', MARKET);
type Blown = {
  blowWhistle: {
    whistle: { id: string; urgency: string; blownAt: string; respondBy: string; breached: boolean; caseNumber: string; department: { shortName: string } };
  };
};

describe('whistles 吹哨报到 (integration)', () => {
  let h: SubgraphHarness;
  let caseId: string;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    caseId = (await caseInProgress(h, await newPerson(h))).id;
  });
  afterAll(() => h.stop());

  const blow = (urgency = 'NORMAL') =>
    gql<Blown>(h, BLOW, { input: { caseId, departmentId: MARKET, urgency, reason: '摊贩销售无证食品，需市场监管部门到场' } }, officer());

  it('blows a NORMAL whistle due 24 hours later and records it on the case timeline', async () => {
    const w = (await blow()).blowWhistle.whistle;
    expect(w).toMatchObject({ urgency: 'NORMAL', breached: false, department: { shortName: '市场监管' } });
    expect(new Date(w.respondBy).getTime() - new Date(w.blownAt).getTime()).toBe(24 * 3_600_000);
    const data = await gql<{ case: { whistles: { id: string }[]; timeline: { action: string }[] } }>(h, CASE, { id: caseId }, officer());
    expect(data.case.whistles.map((x) => x.id)).toContain(w.id);
    expect(data.case.timeline.at(-1)!.action).toBe('WHISTLE');
  });

  it('gives an URGENT whistle 2 hours', async () => {
    const w = (await blow('URGENT')).blowWhistle.whistle;
    expect(new Date(w.respondBy).getTime() - new Date(w.blownAt).getTime()).toBe(2 * 3_600_000);
  });

  it('refuses an unknown department with BAD_USER_INPUT on input.departmentId', async () => {
    const before = await h.em().count(Whistle, {});
    const res = await h.execute(BLOW, { input: { caseId, departmentId: seedId('department', 'nope'), urgency: 'NORMAL', reason: '不存在的部门' } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.departmentId' });
    expect(await h.em().count(Whistle, {})).toBe(before);
  });

  it('lets only the whistled department acknowledge and respond, once, keeping the timeline valid', async () => {
    const w = (await blow()).blowWhistle.whistle;
    const police = await h.execute(ACK, { input: { whistleId: w.id } }, actors.department('police-1', POLICE));
    expect(police.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const byOfficer = await h.execute(ACK, { input: { whistleId: w.id } }, officer());
    expect(byOfficer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Whistle, w.id)).acknowledgedAt).toBeNull();
    await gql(h, ACK, { input: { whistleId: w.id } }, market());
    const res = await gql<{ respondToWhistle: { whistle: unknown } }>(h, RESPOND, { input: { whistleId: w.id, response: '已到场查处无证经营' } }, market());
    expect(res.respondToWhistle.whistle).toMatchObject({ response: '已到场查处无证经营', breached: false });
    const again = await h.execute(RESPOND, { input: { whistleId: w.id, response: '重复响应' } }, market());
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const data = await gql<{ case: { timelineVerified: { valid: boolean } } }>(h, CASE, { id: caseId }, officer());
    expect(data.case.timelineVerified.valid).toBe(true);
  });

  it('lists an unanswered whistle past its deadline and a late answer as breaches, to the unit and the department', async () => {
    const open = (await blow('URGENT')).blowWhistle.whistle;
    const late = (await blow('URGENT')).blowWhistle.whistle;
    const past = `update "enforcement"."whistle" set respond_by = now() - interval '1 hour' where id in (?, ?)`;
    await h.em().getConnection().execute(past, [open.id, late.id]);
    const answered = await gql<{ respondToWhistle: { whistle: { breached: boolean } } }>(
      h,
      RESPOND,
      { input: { whistleId: late.id, response: '迟到响应' } },
      market(),
    );
    expect(answered.respondToWhistle.whistle.breached).toBe(true);
    for (const as of [supervisor(), market()]) {
      const ids = (await gql<{ whistleBreaches: { edges: { node: { id: string; breached: boolean } }[] } }>(h, BREACHES, {}, as)).whistleBreaches.edges.map(
        (e) => e.node,
      );
      expect(ids).toEqual(
        expect.arrayContaining([
          { id: open.id, breached: true },
          { id: late.id, breached: true },
        ]),
      );
    }
    const police = await gql<{ whistleBreaches: { edges: unknown[] } }>(h, BREACHES, {}, actors.department('police-1', POLICE));
    expect(police.whistleBreaches.edges).toEqual([]);
  });
});
