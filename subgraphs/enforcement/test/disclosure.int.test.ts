import { systemActor } from '../../../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../../../kernel/server/create-subgraph-server';
import { actors } from '../../../tests/harness/actors';
import { startSecondInstance, startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { disclosurePublicationJob } from '../disclosure/disclosure-publication';
import { PenaltyDisclosure } from '../disclosure/penalty-disclosure.entity';
import { idNumberCheckChar } from '../party/party-codes';
import { CaseEvent } from '../timeline/case-event.entity';
import { caseInProgress, createCase, gql, LANJIANG, LANJIANG_OFFICER, newPerson, officer, supervisor } from './case-fixtures';

const LIST = `query($filter: PenaltyDisclosureFilter, $first: Int!) { penaltyDisclosures(first: $first, filter: $filter) { edges { node {
  id caseNumber status unitName violationTypeCode violationName legalBasis decision fineYuan partyKind partyName partyCreditCode decidedAt dueBy publishedAt withdrawalReason withdrawalNote } } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { id } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const WITHDRAW = `mutation($input: WithdrawPenaltyDisclosureInput!) { withdrawPenaltyDisclosure(input: $input) { disclosure { status withdrawalReason withdrawnAt withdrawalDueBy partyName } } }`;
const WITHHOLD = `mutation($input: WithholdPenaltyDisclosureInput!) { withholdPenaltyDisclosure(input: $input) { disclosure { status } } }`;
const BACKLOG = `query { penaltyDisclosureBacklog { pending overdue items { dispositionId overdue dueBy } } }`;
const VERIFIED = `query($id: ID!) { case(id: $id) { timelineVerified { valid } } }`;

type Node = Record<string, unknown> & { id: string; partyKind: string; partyName: string | null; caseNumber: string };

describe('行政执法公示 — publication, withholding and withdrawal of penalty decisions (integration)', () => {
  let h: SubgraphHarness;
  let second: SubgraphServer;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    second = await startSecondInstance(enforcement, h);
  });
  afterAll(async () => {
    await second.stop();
    await h.stop();
  });

  const list = async (filter: Record<string, unknown> = {}, first = 100) =>
    (await gql<{ penaltyDisclosures: { edges: Array<{ node: Node }> } }>(h, LIST, { filter, first }, actors.anonymous)).penaltyDisclosures.edges.map(
      (e) => e.node,
    );
  const runJob = (server: SubgraphServer) =>
    disclosurePublicationJob.run({
      scope: server.createScope(systemActor('enforcement')),
      peerUrl: () => undefined,
      identitySecret: h.config.identity.secret,
    }) as Promise<number>;
  /** A recorded ¥100 SV-01 penalty (third case of a person), its decision moved `daysAgo` into the past. */
  const decision = async (daysAgo: number, person?: string) => {
    const party = person ?? (await newPerson(h));
    for (let i = 0; i < 2; i += 1) {
      await createCase(h, party, { occurredAt: new Date(Date.now() - (60 + i) * 86_400_000).toISOString() });
    }
    const c = await caseInProgress(h, party, { minorHarm: false, correctedOnSpot: false });
    await gql(
      h,
      EVIDENCE,
      {
        input: { caseId: c.id, kind: 'RECORDING', uri: 'https://evidence.lanxi.example/p/1.mp4', sha256: 'a'.repeat(64), capturedAt: new Date().toISOString() },
      },
      officer(),
    );
    const input = { caseId: c.id, kind: 'PENALTY', fineYuan: 100, discretion: { grade: 'MINOR', facts: '占道约1平方米，未影响通行' } };
    const { recordDisposition } = await gql<{ recordDisposition: { disposition: { id: string } } }>(h, RECORD, { input }, officer());
    await h
      .em()
      .getConnection()
      .execute(`update enforcement.disposition set decided_at = now() - ?::interval where id = ?`, [`${daysAgo} days`, recordDisposition.disposition.id]);
    return { caseId: c.id, number: c.number, dispositionId: recordDisposition.disposition.id };
  };

  it('lists the seeded decisions to an anonymous caller with persons by surname only and organisations with their credit code', async () => {
    const nodes = await list();
    expect(nodes.length).toBeGreaterThan(20);
    const persons = nodes.filter((n) => n.partyKind === 'PERSON');
    const orgs = nodes.filter((n) => n.partyKind === 'MERCHANT');
    expect(persons.length).toBeGreaterThan(0);
    expect(orgs.length).toBeGreaterThan(0);
    for (const p of persons) {
      expect(p.partyName).toMatch(/^\p{Script=Han}{1,2}某$/u);
      expect(p.partyCreditCode).toBeNull();
    }
    expect(orgs.some((o) => /^[0-9A-Z]{18}$/.test(String(o.partyCreditCode)))).toBe(true);
    expect(nodes[0]).toMatchObject({ status: 'PUBLISHED', decision: expect.stringMatching(/^罚款人民币\d+元$/), legalBasis: expect.stringContaining('第') });
  });

  it('publishes a decision once its review window passed, once across two instances, with the step in the verified timeline', async () => {
    const fresh = await decision(0);
    const due = await decision(2);
    const handled = (await Promise.all([runJob(h.server), runJob(second)])).reduce((a, b) => a + b, 0);
    expect(handled).toBe(1);
    const numbers = (await list({ decidedFrom: new Date(Date.now() - 5 * 86_400_000).toISOString() })).map((n) => n.caseNumber);
    expect(numbers).toContain(due.number);
    expect(numbers).not.toContain(fresh.number);
    expect(await h.em().count(CaseEvent, { caseId: due.caseId, action: 'DISCLOSURE_PUBLISHED' })).toBe(1);
    expect((await gql<{ case: { timelineVerified: { valid: boolean } } }>(h, VERIFIED, { id: due.caseId }, officer())).case.timelineVerified.valid).toBe(true);
  });

  it("holds back a minor's decision with the recorded ground instead of publishing it", async () => {
    const first17 = '33078120100315001';
    const { registerPerson } = await gql<{ registerPerson: { person: { id: string } } }>(
      h,
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`,
      { input: { name: '李小明', idNumber: first17 + idNumberCheckChar(first17), phone: '13957900001' } },
      officer(),
    );
    const minor = await decision(2, registerPerson.person.id);
    await runJob(h.server);
    const row = await h.em().findOneOrFail(PenaltyDisclosure, { dispositionId: minor.dispositionId });
    expect(row).toMatchObject({ status: 'WITHHELD', withholdGround: 'MINOR', publishedAt: null });
    expect((await list({ decidedFrom: new Date(Date.now() - 5 * 86_400_000).toISOString() })).map((n) => n.caseNumber)).not.toContain(minor.number);
  });

  it('withdraws a revoked decision with the reason shown: gone from the list, in the withdrawal notices without the party', async () => {
    const [target] = await list({ violationTypeCode: 'SV-01' }, 1);
    const res = await gql<{ withdrawPenaltyDisclosure: { disclosure: Record<string, unknown> } }>(
      h,
      WITHDRAW,
      { input: { disclosureId: target.id, reason: 'DECISION_REVOKED', note: '经行政复议，原处罚决定被撤销' } },
      supervisor(),
    );
    expect(res.withdrawPenaltyDisclosure.disclosure).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'DECISION_REVOKED', partyName: null });
    const d = res.withdrawPenaltyDisclosure.disclosure as { withdrawnAt: string; withdrawalDueBy: string };
    expect(Date.parse(d.withdrawnAt)).toBeLessThanOrEqual(Date.parse(d.withdrawalDueBy));
    expect((await list({ violationTypeCode: 'SV-01' })).map((n) => n.id)).not.toContain(target.id);
    expect((await list({ status: 'WITHDRAWN' })).find((n) => n.id === target.id)).toMatchObject({
      withdrawalNote: '经行政复议，原处罚决定被撤销',
      partyName: null,
      partyCreditCode: null,
    });
    const again = await h.execute(WITHDRAW, { input: { disclosureId: target.id, reason: 'DECISION_REVOKED', note: '再次撤回测试' } }, supervisor());
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('takes a published decision down as DECISION_CHANGED when a supervisor supersedes it, and publishes the new one instead (一案一决定, 第四十八条)', async () => {
    const first = await decision(3);
    const recent = { decidedFrom: new Date(Date.now() - 5 * 86_400_000).toISOString() };
    await runJob(h.server);
    const published = (await list({ ...recent, status: 'PUBLISHED' })).find((n) => n.caseNumber === first.number);
    expect(published).toMatchObject({ status: 'PUBLISHED' });
    const input = {
      caseId: first.caseId,
      kind: 'PENALTY',
      fineYuan: 150,
      discretion: { grade: 'MINOR', facts: '占道约1平方米，复核后调整罚款' },
      supersedeReason: '复核认定罚款数额不当，变更处罚决定',
    };
    const { recordDisposition } = await gql<{ recordDisposition: { disposition: { id: string } } }>(h, RECORD, { input }, supervisor());
    const withdrawn = (await list({ ...recent, status: 'WITHDRAWN' })).find((n) => n.id === published!.id);
    expect(withdrawn).toMatchObject({ withdrawalReason: 'DECISION_CHANGED', withdrawalNote: '复核认定罚款数额不当，变更处罚决定', partyName: null });
    await h
      .em()
      .getConnection()
      .execute(`update enforcement.disposition set decided_at = now() - interval '2 days' where id = ?`, [recordDisposition.disposition.id]);
    await runJob(h.server);
    const now = (await list({ ...recent, status: 'PUBLISHED' })).filter((n) => n.caseNumber === first.number);
    expect(now.map((n) => n.fineYuan)).toEqual([150]);
    expect(await h.em().count(CaseEvent, { caseId: first.caseId, action: 'DISCLOSURE_WITHDRAWN' })).toBe(1);
    expect((await gql<{ case: { timelineVerified: { valid: boolean } } }>(h, VERIFIED, { id: first.caseId }, supervisor())).case.timelineVerified.valid).toBe(
      true,
    );
  });

  it("refuses withdrawal by an officer or another unit's supervisor, and changes nothing", async () => {
    const [target] = await list(
      { unitId: (await h.em().findOneOrFail(PenaltyDisclosure, { status: 'PUBLISHED', unitName: { $like: '%云山%' } } as never)).unitId },
      1,
    );
    const input = { disclosureId: target.id, reason: 'DECISION_CHANGED', note: '处罚决定变更为警告' };
    expect((await h.execute(WITHDRAW, { input }, officer())).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.execute(WITHDRAW, { input }, actors.supervisor(LANJIANG_OFFICER, LANJIANG))).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(PenaltyDisclosure, target.id)).status).toBe('PUBLISHED');
  });

  it('holds back a published decision for personal privacy, and never lists withheld decisions', async () => {
    const [target] = await list({ violationTypeCode: 'SV-01' }, 1);
    const row = await h.em().findOneOrFail(PenaltyDisclosure, target.id);
    const res = await gql<{ withholdPenaltyDisclosure: { disclosure: { status: string } } }>(
      h,
      WITHHOLD,
      { input: { dispositionId: row.dispositionId, ground: 'PERSONAL_PRIVACY', reason: '当事人身患重病，公开将披露个人隐私' } },
      actors.legalReviewer(),
    );
    expect(res.withholdPenaltyDisclosure.disclosure.status).toBe('WITHHELD');
    expect((await list({ violationTypeCode: 'SV-01' })).map((n) => n.id)).not.toContain(target.id);
    const asked = await h.execute(LIST, { filter: { status: 'WITHHELD' }, first: 5 }, actors.anonymous);
    expect(asked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status' });
  });

  it('finds organisations by name, never persons', async () => {
    const [org] = (await list()).filter((n) => n.partyKind === 'MERCHANT');
    const part = org.partyName!.slice(0, 4);
    const found = await list({ partyName: part });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => n.partyKind === 'MERCHANT' && n.partyName!.includes(part))).toBe(true);
    expect(await list({ partyName: '测试当事' })).toEqual([]);
  });

  it('shows a supervisor the decisions still to publish, with the overdue ones past 7 working days', async () => {
    const late = await decision(0);
    await h.em().getConnection().execute(`update enforcement.disposition set decided_at = now() - interval '20 days' where id = ?`, [late.dispositionId]);
    await h.em().getConnection().execute(`delete from enforcement.penalty_disclosure where disposition_id = ?`, [late.dispositionId]);
    const fresh = await decision(0);
    const { penaltyDisclosureBacklog: b } = await gql<{
      penaltyDisclosureBacklog: { pending: number; overdue: number; items: Array<{ dispositionId: string; overdue: boolean }> };
    }>(h, BACKLOG, {}, supervisor());
    expect(b.items).toContainEqual(expect.objectContaining({ dispositionId: late.dispositionId, overdue: true }));
    expect(b.items).toContainEqual(expect.objectContaining({ dispositionId: fresh.dispositionId, overdue: false }));
    expect(b.overdue).toBeGreaterThanOrEqual(1);
  });

  it('drops a superseded decision that was never published from the backlog; only its replacement waits for publication', async () => {
    const first = await decision(0);
    const input = {
      caseId: first.caseId,
      kind: 'PENALTY',
      fineYuan: 120,
      discretion: { grade: 'MINOR', facts: '占道约1平方米，复核后调整罚款' },
      supersedeReason: '复核认定罚款数额不当，变更处罚决定',
    };
    const { recordDisposition } = await gql<{ recordDisposition: { disposition: { id: string } } }>(h, RECORD, { input }, supervisor());
    const { penaltyDisclosureBacklog: b } = await gql<{ penaltyDisclosureBacklog: { items: Array<{ dispositionId: string }> } }>(h, BACKLOG, {}, supervisor());
    const ids = b.items.map((i) => i.dispositionId);
    expect(ids).toContain(recordDisposition.disposition.id);
    expect(ids).not.toContain(first.dispositionId);
  });

  it("reports the disclosure rate and timeliness of a period's decisions in enforcementStats", async () => {
    const onTime = await decision(0);
    const late = await decision(0);
    const sql = h.em().getConnection();
    await sql.execute(`update enforcement.disposition set decided_at = ? where id = ?`, ['2025-01-06T02:00:00Z', onTime.dispositionId]);
    await sql.execute(`update enforcement.disposition set decided_at = ? where id = ?`, ['2025-01-07T02:00:00Z', late.dispositionId]);
    await runJob(h.server);
    await sql.execute(`update enforcement.penalty_disclosure set published_at = ? where disposition_id = ?`, ['2025-01-08T02:00:00Z', onTime.dispositionId]);
    const STATS = `query($period: StatsPeriodInput!) { enforcementStats(period: $period) { disclosure { decisions published publishedOnTime withheld disclosureRate timelinessRate } } }`;
    const data = await gql<{ enforcementStats: { disclosure: Record<string, unknown> } }>(
      h,
      STATS,
      { period: { from: '2025-01-05T16:00:00Z', to: '2025-01-08T16:00:00Z' } },
      actors.admin(),
    );
    expect(data.enforcementStats.disclosure).toEqual({ decisions: 2, published: 2, publishedOnTime: 1, withheld: 0, disclosureRate: 1, timelinessRate: 0.5 });
  });
});
