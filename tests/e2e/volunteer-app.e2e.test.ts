import { readdirSync } from 'node:fs';
import path from 'node:path';

import { MyVolunteerPageDocument, SignUpForActivityDocument, VolunteerActivitiesDocument } from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** The screens the client catalogue serves (clients/operations/<screen>.graphql). */
const SCREENS = ['case-desk', 'citizen-report-app', 'officer-app', 'service-desk', 'supervisor-dashboard', 'trainer-desk', 'vendor-app', 'volunteer-app'];

describe('the client catalogue, by screen', () => {
  it('holds one file per screen and nothing else', () => {
    const files = readdirSync(path.join(__dirname, '..', '..', 'clients', 'operations')).sort();
    expect(files).toEqual(SCREENS.map((s) => `${s}.graphql`));
  });
});

describe('the volunteer app through the gateway, with the catalogue operations', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it('lists activities anonymously, signs a vetted volunteer up and shows the sign-up on their page', async () => {
    const volunteer = await tokenFor('VOLUNTEER', 'volunteer-app-e2e');
    const admin = await tokenFor('ADMIN', 'admin-volunteer-app');
    const registered = await executeRaw(
      stack.gatewayUrl,
      'mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { volunteer { id } } }',
      { input: { name: '王志愿', phone: '13900001111' } },
      { authorization: `Bearer ${volunteer}` },
    );
    const volunteerId = (registered.data as { registerVolunteer: { volunteer: { id: string } } }).registerVolunteer.volunteer.id;
    const vetted = await executeRaw(
      stack.gatewayUrl,
      'mutation($input: VetVolunteerInput!) { vetVolunteer(input: $input) { volunteer { status } } }',
      { input: { volunteerId, status: 'ACTIVE', note: '证件核验通过' } },
      { authorization: `Bearer ${admin}` },
    );
    expect(vetted.errors).toBeUndefined();

    const grids = await executeRaw(stack.gatewayUrl, '{ gridCells(first: 1) { edges { node { code } } } }');
    const gridCode = (grids.data as { gridCells: { edges: { node: { code: string } }[] } }).gridCells.edges[0].node.code;
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const activity = { kind: 'CLEAN_UP', title: '兰江沿岸清洁', description: '沿江步道捡拾垃圾', gridCode, location: '兰江大桥东', capacity: 5 };
    const created = await executeRaw(
      stack.gatewayUrl,
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }',
      {
        input: { ...activity, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString() },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(created.errors).toBeUndefined();

    const listed = await execute(stack.gatewayUrl, VolunteerActivitiesDocument, { first: 50, filter: { startsFrom: new Date().toISOString() } });
    expect(listed.errors).toBeUndefined();
    const open = listed.data!.activities.edges.map((e) => e.node).find((a) => a.title === activity.title);
    expect(open).toMatchObject({ kind: 'CLEAN_UP', capacity: 5, signedUpCount: 0, grid: { code: gridCode } });

    const signed = await execute(stack.gatewayUrl, SignUpForActivityDocument, { input: { activityId: open!.id } }, { token: volunteer });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signUpForActivity.signUp).toMatchObject({ activity: { id: open!.id, title: open!.title }, checkedInAt: null });

    const page = await execute(stack.gatewayUrl, MyVolunteerPageDocument, { first: 10 }, { token: volunteer });
    expect(page.errors).toBeUndefined();
    expect(page.data!.myVolunteerProfile).toMatchObject({ id: volunteerId, name: '王志愿', status: 'ACTIVE' });
    expect(page.data!.mySignUps.edges.map((e) => e.node.activity.title)).toEqual([open!.title]);
  });
});
