import { randomInt } from 'node:crypto';

import type { Actor } from '../../../kernel/auth/actor';
import { seedId } from '../../../kernel/db/seed-id';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { idNumberCheckChar } from '../party/party-codes';

/** 云山中队: grid LX-YS-01, leader demoOfficerId(3), members 4 and 5. */
export const YUNSHAN = seedId('unit', 'yunshan');
export const LANJIANG = seedId('unit', 'lanjiang');
export const LEADER = demoOfficerId(3);
export const OFFICER = demoOfficerId(4);
export const OTHER_OFFICER = demoOfficerId(5);
export const LANJIANG_OFFICER = demoOfficerId(7);

export const supervisor = () => actors.supervisor(LEADER, YUNSHAN);
export const officer = (id = OFFICER) => actors.officer(id, YUNSHAN);

export const CASE_FIELDS = 'id number status track reworkCount assignee { id } timelineVerified { valid firstBrokenEventId }';

/** A newly registered person with no history (the ladder's first rung). */
export async function newPerson(h: SubgraphHarness): Promise<string> {
  const first17 = `3307811990${String(randomInt(1e7)).padStart(7, '0')}`;
  const input = { name: '测试当事人', idNumber: first17 + idNumberCheckChar(first17), phone: `1395${String(randomInt(1e7)).padStart(7, '0')}` };
  const data = await gql<{ registerPerson: { person: { id: string } } }>(
    h,
    `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`,
    { input },
    officer(),
  );
  return data.registerPerson.person.id;
}

export async function gql<T>(h: SubgraphHarness, query: string, variables: Record<string, unknown>, as: Actor): Promise<T> {
  const res = await h.execute<T>(query, variables, as);
  if (res.errors) {
    throw new Error(JSON.stringify(res.errors));
  }
  return res.data!;
}

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id number status } } }`;
const STEP = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { id status } } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { case { id status } } }`;

export async function createCase(h: SubgraphHarness, partyId: string, over: Record<string, unknown> = {}) {
  const input = {
    source: 'PATROL',
    violationTypeCode: 'SV-01',
    partyKind: 'PERSON',
    partyId,
    gridCode: 'LX-YS-01',
    description: '桃花坞社区流动摊贩占道经营',
    lat: 29.184,
    lng: 119.435,
    address: '兰溪市云山街道桃花坞社区',
    occurredAt: new Date(Date.now() - 3600_000).toISOString(),
    minorHarm: true,
    correctedOnSpot: true,
    ...over,
  };
  const data = await gql<{ createCase: { case: { id: string; number: string } } }>(h, CREATE, { input }, officer());
  return data.createCase.case;
}

/** A new case walked to IN_PROGRESS, assigned to OFFICER. */
export async function caseInProgress(h: SubgraphHarness, partyId: string, over: Record<string, unknown> = {}) {
  const c = await createCase(h, partyId, over);
  await gql(h, STEP, { input: { caseId: c.id, action: 'FILE' } }, supervisor());
  await gql(h, ASSIGN, { input: { caseId: c.id, officerId: OFFICER } }, supervisor());
  await gql(h, STEP, { input: { caseId: c.id, action: 'START' } }, officer());
  return c;
}

export const TRANSITION = STEP;
export const ASSIGN_CASE = ASSIGN;

/** A new case of a new person walked to CLOSED (the recommended warning recorded), assigned to OFFICER. */
export async function closedCase(h: SubgraphHarness) {
  const c = await caseInProgress(h, await newPerson(h));
  await gql(
    h,
    `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { case { id } } }`,
    { input: { caseId: c.id, kind: 'WARNING' } },
    officer(),
  );
  await gql(h, STEP, { input: { caseId: c.id, action: 'RESOLVE' } }, officer());
  await gql(h, STEP, { input: { caseId: c.id, action: 'VERIFY' } }, supervisor());
  await gql(h, STEP, { input: { caseId: c.id, action: 'CLOSE' } }, supervisor());
  return c;
}
