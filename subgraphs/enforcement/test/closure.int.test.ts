import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { actors } from '../../../tests/harness/actors';
import { enforcement } from '..';
import { caseInProgress, createCase, gql, newPerson, officer, supervisor } from './case-fixtures';

const STEP = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { id } } }`;
const CLOSURE = `query($id: ID!) { case(id: $id) { status closure { outcome handledAt verifiedAt reworkCount partySatisfied } } }`;
const LIST = `query($first: Int!) { cases(first: $first) { edges { node { number closure { outcome partySatisfaction } } } } }`;

describe('closure facts on a case', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());
  const step = (caseId: string, action: string, as = supervisor(), reason?: string) => gql(h, STEP, { input: { caseId, action, reason } }, as);
  type Closure = {
    case: {
      status: string;
      closure: { outcome: string; handledAt: string | null; verifiedAt: string | null; reworkCount: number; partySatisfied: boolean | null };
    };
  };

  it('records handled and verified as separate facts and ends CLOSED_VERIFIED', async () => {
    const c = await caseInProgress(h, await newPerson(h));
    await gql(
      h,
      `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { case { id } } }`,
      { input: { caseId: c.id, kind: 'WARNING' } },
      officer(),
    );
    await step(c.id, 'RESOLVE', officer());
    const handled = await gql<Closure>(h, CLOSURE, { id: c.id }, supervisor());
    expect(handled.case.closure).toMatchObject({ outcome: 'RESOLVED', verifiedAt: null });
    expect(handled.case.closure.handledAt).not.toBeNull();
    await step(c.id, 'VERIFY');
    await step(c.id, 'CLOSE');
    const closed = await gql<Closure>(h, CLOSURE, { id: c.id }, supervisor());
    expect(closed.case).toMatchObject({ status: 'CLOSED', closure: { outcome: 'CLOSED_VERIFIED', reworkCount: 0, partySatisfied: null } });
  });

  it('marks a rejected case CLOSED_UNRESOLVED', async () => {
    const c = await createCase(h, await newPerson(h));
    await step(c.id, 'REJECT', supervisor(), '经核实不属于本局管辖');
    const res = await gql<Closure>(h, CLOSURE, { id: c.id }, supervisor());
    expect(res.case.closure.outcome).toBe('CLOSED_UNRESOLVED');
  });

  it('costs the same number of statements for 10 and 50 cases', async () => {
    const count = async (first: number) => {
      h.server.sql.reset();
      const res = await h.execute(LIST, { first }, actors.admin());
      expect(res.errors).toBeUndefined();
      return h.server.sql.total;
    };
    expect(await count(50)).toBe(await count(10));
  });
});
