import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Case } from '../case/case.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { LANJIANG_OFFICER, OFFICER, OTHER_OFFICER, TRANSITION, createCase, newPerson, officer, supervisor } from './case-fixtures';

const SPOT = `mutation($input: RecordOnTheSpotInput!) {
  recordOnTheSpot(input: $input) {
    case { id status track procedure assignee { id } timeline { action } timelineVerified { valid } }
    disposition { kind fineYuan procedure effective }
  }
}`;
type Spot = { recordOnTheSpot: { case: { id: string; status: string; track: string; timeline: { action: string }[] }; disposition: Record<string, unknown> } };

const photo = { kind: 'PHOTO', uri: 'https://oss.lanxi.example/spot/1.jpg', sha256: 'a'.repeat(64), capturedAt: new Date().toISOString() };
const recording = { ...photo, kind: 'RECORDING', uri: 'https://oss.lanxi.example/bodycam/spot.mp4' };

describe('on-the-spot simple procedure (当场处置, 行政处罚法第四十二、五十一条)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  const caseInput = (partyId: string, over: Record<string, unknown> = {}) => ({
    source: 'PATROL',
    violationTypeCode: 'SV-01',
    partyKind: 'PERSON',
    partyId,
    gridCode: 'LX-YS-01',
    description: '学校门口流动摊贩占道经营',
    lat: 29.184,
    lng: 119.435,
    address: '兰溪市云山街道桃花坞社区',
    occurredAt: new Date(Date.now() - 600_000).toISOString(),
    minorHarm: true,
    correctedOnSpot: true,
    ...over,
  });
  const spot = (input: Record<string, unknown>) => h.execute<Spot>(SPOT, { input }, officer());
  /** Refused: the error's extensions, with no case and no event written. */
  const refused = async (input: Record<string, unknown>) => {
    const [cases, events] = [await h.em().count(Case, {}), await h.em().count(CaseEvent, {})];
    const res = await spot(input);
    expect([await h.em().count(Case, {}), await h.em().count(CaseEvent, {})]).toEqual([cases, events]);
    return res.errors?.[0]?.extensions;
  };

  it('lets an officer finish a first minor violation alone with a warning; the case waits RESOLVED for someone else to verify', async () => {
    const res = await spot({ case: caseInput(await newPerson(h)), kind: 'WARNING', secondOfficerId: OTHER_OFFICER, evidence: [photo] });
    expect(res.errors).toBeUndefined();
    const c = res.data!.recordOnTheSpot.case;
    expect(c).toMatchObject({ status: 'RESOLVED', track: 'MANAGEMENT', assignee: { id: OFFICER }, timelineVerified: { valid: true } });
    expect(c.timeline.map((e) => e.action)).toEqual(['CREATE', 'FILE', 'ASSIGN', 'START', 'EVIDENCE', 'DISPOSITION', 'ON_THE_SPOT', 'RESOLVE']);
    expect(res.data!.recordOnTheSpot.disposition).toMatchObject({ kind: 'WARNING', fineYuan: null, effective: true });
    const byWitness = await h.execute(TRANSITION, { input: { caseId: c.id, action: 'VERIFY' } }, { ...supervisor(), subject: OTHER_OFFICER });
    expect(byWitness.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.execute(TRANSITION, { input: { caseId: c.id, action: 'VERIFY' } }, supervisor())).errors).toBeUndefined();
  });

  it('decides a simple-procedure fine of ¥200 on a person with a body-camera recording', async () => {
    const person = await newPerson(h);
    for (const days of [40, 80]) {
      await createCase(h, person, { occurredAt: new Date(Date.now() - days * 86_400_000).toISOString() });
    }
    const res = await spot({
      case: caseInput(person, { minorHarm: false, correctedOnSpot: false }),
      kind: 'PENALTY',
      fineYuan: 200,
      discretion: { grade: 'GENERAL', facts: '占道约3平方米，劝导后仍未撤离' },
      secondOfficerId: OTHER_OFFICER,
      evidence: [recording],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordOnTheSpot).toMatchObject({
      case: { status: 'RESOLVED', track: 'ENFORCEMENT', procedure: 'SIMPLE' },
      disposition: { kind: 'PENALTY', fineYuan: 200, procedure: 'SIMPLE' },
    });
  });

  it('refuses a fine above ¥200 on a person with BAD_USER_INPUT on input.fineYuan, writing nothing (art. 51)', async () => {
    const input = {
      case: caseInput(await newPerson(h)),
      kind: 'PENALTY',
      fineYuan: 300,
      discretion: { grade: 'GENERAL', facts: '占道约3平方米，劝导后仍未撤离' },
      secondOfficerId: OTHER_OFFICER,
      evidence: [recording],
    };
    expect(await refused(input)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineYuan' });
  });

  it('refuses without a second officer of the unit present with BAD_USER_INPUT on input.secondOfficerId (art. 42)', async () => {
    const base = { case: caseInput(await newPerson(h)), kind: 'WARNING', evidence: [photo] };
    expect(await refused({ ...base, secondOfficerId: OFFICER })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.secondOfficerId' });
    expect(await refused({ ...base, secondOfficerId: LANJIANG_OFFICER })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.secondOfficerId' });
  });

  it('refuses a fine without a body-camera recording with BAD_USER_INPUT on input.kind, writing nothing', async () => {
    const person = await newPerson(h);
    for (const days of [40, 80]) {
      await createCase(h, person, { occurredAt: new Date(Date.now() - days * 86_400_000).toISOString() });
    }
    const input = {
      case: caseInput(person, { minorHarm: false, correctedOnSpot: false }),
      kind: 'PENALTY',
      fineYuan: 100,
      discretion: { grade: 'MINOR', facts: '占道约1平方米' },
      secondOfficerId: OTHER_OFFICER,
      evidence: [photo],
    };
    expect(await refused(input)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });

  it('names the nested field of a bad case or evidence item', async () => {
    const person = await newPerson(h);
    expect(
      await refused({ case: caseInput(person, { gridCode: 'LX-NOPE-99' }), kind: 'WARNING', secondOfficerId: OTHER_OFFICER, evidence: [photo] }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.case.gridCode' });
    expect(
      await refused({ case: caseInput(person), kind: 'WARNING', secondOfficerId: OTHER_OFFICER, evidence: [photo, { ...photo, sha256: 'xyz' }] }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence.1.sha256' });
  });

  it('keeps a rectification notice out of the simple procedure with BAD_USER_INPUT on input.kind', async () => {
    expect(
      await refused({ case: caseInput(await newPerson(h)), kind: 'RECTIFICATION_NOTICE', secondOfficerId: OTHER_OFFICER, evidence: [photo] }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });
});
