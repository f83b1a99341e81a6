import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { caseInProgress, gql, newPerson, OTHER_OFFICER, officer, supervisor } from './case-fixtures';

const ADD = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const READ = `query($id: ID!) { case(id: $id) { evidence { id uri } } }`;
const CUSTODY = `query($id: ID!) { case(id: $id) { evidence { custody { action actorSubject toHolder } } } }`;
const HAND_OVER = `mutation($input: HandOverEvidenceInput!) { handOverEvidence(input: $input) { event { action toHolder } } }`;

describe('chain of custody of evidence (证据保管链)', () => {
  let h: SubgraphHarness;
  let caseId: string;
  let evidenceId: string;
  type Chain = { case: { evidence: { custody: { action: string; actorSubject: string | null; toHolder: string | null }[] }[] } };
  const chain = async () => (await gql<Chain>(h, CUSTODY, { id: caseId }, supervisor())).case.evidence[0].custody;

  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    caseId = (await caseInProgress(h, await newPerson(h))).id;
    const input = {
      caseId,
      kind: 'RECORDING',
      uri: 'https://evidence.lanxi.example/custody/1.mp4',
      sha256: 'd'.repeat(64),
      capturedAt: new Date().toISOString(),
    };
    evidenceId = (await gql<{ addEvidence: { evidence: { id: string } } }>(h, ADD, { input }, officer())).addEvidence.evidence.id;
  });
  afterAll(() => h.stop());

  it('starts with the addition', async () => {
    expect(await chain()).toEqual([{ action: 'ADDED', actorSubject: officer().subject, toHolder: null }]);
  });

  it('records who read the storage address', async () => {
    await gql(h, READ, { id: caseId }, officer(OTHER_OFFICER));
    expect((await chain()).map((e) => [e.action, e.actorSubject])).toEqual([
      ['ADDED', officer().subject],
      ['ACCESSED', OTHER_OFFICER],
    ]);
  });

  it('appends a hand-over with the new holder', async () => {
    const res = await gql<{ handOverEvidence: { event: { action: string; toHolder: string } } }>(
      h,
      HAND_OVER,
      { input: { evidenceId, toHolder: '局法制科', reason: '重大案件法制审核' } },
      supervisor(),
    );
    expect(res.handOverEvidence.event).toEqual({ action: 'HANDED_OVER', toHolder: '局法制科' });
    expect((await chain()).at(-1)).toMatchObject({ action: 'HANDED_OVER', toHolder: '局法制科' });
  });

  it('rejects a hand-over without a holder with BAD_USER_INPUT on input.toHolder, writing nothing', async () => {
    const before = (await chain()).length;
    const res = await h.execute(HAND_OVER, { input: { evidenceId, toHolder: '', reason: '移交' } }, supervisor());
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toHolder' });
    expect((await chain()).length).toBe(before);
  });
});
