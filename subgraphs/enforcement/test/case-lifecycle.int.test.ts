import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { caseYear } from '../case/case-number';
import { Case } from '../case/case.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import {
  ASSIGN_CASE,
  CASE_FIELDS,
  LANJIANG,
  LANJIANG_OFFICER,
  OFFICER,
  OTHER_OFFICER,
  TRANSITION,
  caseInProgress,
  createCase,
  gql,
  newPerson,
  officer,
  supervisor,
} from './case-fixtures';

const GET = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} timeline { seq action reason } } }`;
const RECORD_WARNING = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { case { id } } }`;
type CaseData = {
  case: {
    status: string;
    reworkCount: number;
    assignee: { id: string } | null;
    timelineVerified: { valid: boolean };
    timeline: { seq: number; action: string }[];
  };
};

describe('enforcement case lifecycle (integration)', () => {
  let h: SubgraphHarness;
  let person: string;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    person = await newPerson(h);
  });
  afterAll(() => h.stop());

  const step = (caseId: string, action: string, as = supervisor(), reason?: string) => h.execute(TRANSITION, { input: { caseId, action, reason } }, as);

  it('walks a case from REPORTED to CLOSED through a failed verification, with a valid timeline', async () => {
    const c = await caseInProgress(h, await newPerson(h));
    await gql(h, RECORD_WARNING, { input: { caseId: c.id, kind: 'WARNING' } }, officer());
    for (const [action, as] of [
      ['RESOLVE', officer()],
      ['REWORK', supervisor()],
      ['RESOLVE', officer()],
      ['VERIFY', supervisor()],
      ['CLOSE', supervisor()],
    ] as const) {
      const res = await step(c.id, action, as, action === 'REWORK' ? '现场仍有占道物品' : undefined);
      expect(res.errors).toBeUndefined();
    }
    const data = await gql<CaseData>(h, GET, { id: c.id }, supervisor());
    expect(data.case).toMatchObject({ status: 'CLOSED', reworkCount: 1, assignee: { id: OFFICER }, timelineVerified: { valid: true } });
    expect(data.case.timeline.map((e) => e.action)).toEqual([
      'CREATE',
      'FILE',
      'ASSIGN',
      'START',
      'DISPOSITION',
      'RESOLVE',
      'REWORK',
      'RESOLVE',
      'VERIFY',
      'CLOSE',
    ]);
    expect(data.case.timeline.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await h.em().findOneOrFail(Case, c.id)).closedAt).toBeInstanceOf(Date);
  });

  it('numbers cases ZF-<year>-<6 digits>, distinct under concurrent creation', async () => {
    const created = await Promise.all(Array.from({ length: 6 }, () => createCase(h, person)));
    const numbers = created.map((c) => c.number);
    expect(new Set(numbers).size).toBe(6);
    for (const n of numbers) {
      expect(n).toMatch(new RegExp(`^ZF-${caseYear(new Date())}-\\d{6}$`));
    }
  });

  it('returns the same case for a retry with the same idempotency key', async () => {
    const before = await h.em().count(Case, {});
    const first = await createCase(h, person, { idempotencyKey: 'patrol-app-7f3a91' });
    const retry = await createCase(h, person, { idempotencyKey: 'patrol-app-7f3a91' });
    expect(retry).toEqual(first);
    expect(await h.em().count(Case, {})).toBe(before + 1);
  });

  it('gives all ten concurrent calls with one idempotency key the one case (issue 12, finding 6)', async () => {
    const before = await h.em().count(Case, {});
    const created = await Promise.all(Array.from({ length: 10 }, () => createCase(h, person, { idempotencyKey: 'patrol-app-concurrent-01' })));
    expect(new Set(created.map((c) => c.id)).size).toBe(1);
    expect(await h.em().count(Case, {})).toBe(before + 1);
  });

  it('answers CONFLICT to an illegal transition and changes nothing', async () => {
    const c = await createCase(h, person);
    const res = await step(c.id, 'CLOSE');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'REPORTED', action: 'CLOSE' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('REPORTED');
    expect(await h.em().count(CaseEvent, { caseId: c.id })).toBe(1);
  });

  it('refuses REJECT without a reason with BAD_USER_INPUT on input.reason', async () => {
    const c = await createCase(h, person);
    const res = await step(c.id, 'REJECT');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('REPORTED');
  });

  it('refuses assigning an officer of another unit with BAD_USER_INPUT on input.officerId', async () => {
    const c = await createCase(h, person);
    await gql(h, TRANSITION, { input: { caseId: c.id, action: 'FILE' } }, supervisor());
    const res = await h.execute(ASSIGN_CASE, { input: { caseId: c.id, officerId: LANJIANG_OFFICER } }, supervisor());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.officerId' });
    const row = await h.em().findOneOrFail(Case, c.id);
    expect([row.status, row.assignee]).toEqual(['FILED', null]);
  });

  it('refuses an officer taking a step on a case assigned to someone else with FORBIDDEN', async () => {
    const c = await caseInProgress(h, person);
    const res = await step(c.id, 'RESOLVE', officer(OTHER_OFFICER));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('IN_PROGRESS');
  });

  it('refuses an officer closing their own case with FORBIDDEN (a supervisor step)', async () => {
    const c = await caseInProgress(h, person);
    await step(c.id, 'RESOLVE', officer());
    const res = await step(c.id, 'VERIFY', officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('RESOLVED');
  });

  it('refuses citizens with FORBIDDEN and anonymous callers with UNAUTHENTICATED, changing nothing', async () => {
    const c = await createCase(h, person);
    const citizen = await step(c.id, 'REJECT', actors.citizen());
    expect(citizen.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await step(c.id, 'FILE', actors.anonymous);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await h.em().findOneOrFail(Case, c.id)).status).toBe('REPORTED');
  });

  it('answers BAD_USER_INPUT on id for a malformed case id instead of a database error', async () => {
    const res = await h.execute(GET, { id: 'not-a-uuid' }, supervisor());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses reading a case of another unit with FORBIDDEN', async () => {
    const c = await createCase(h, person);
    const res = await h.execute(GET, { id: c.id }, actors.officer(LANJIANG_OFFICER, LANJIANG));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses creating a case in a grid cell of another unit with FORBIDDEN', async () => {
    const before = await h.em().count(Case, {});
    await expect(createCase(h, person, { gridCode: 'LX-LJ-01' })).rejects.toThrow(/FORBIDDEN/);
    expect(await h.em().count(Case, {})).toBe(before);
  });
});
