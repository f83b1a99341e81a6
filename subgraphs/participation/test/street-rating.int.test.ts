import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { StreetRatingRound, StreetScore } from '../street-rating/street-rating.entities';

const CREATE = `mutation($input: CreateStreetRatingRoundInput!) { createStreetRatingRound(input: $input) { round { id status } } }`;
const SCORE = `mutation($input: ScoreStreetInput!) { scoreStreet(input: $input) { score { source sanitation } } }`;
const RESULTS = `query($id: ID!) { streetRatingResults(roundId: $id) {
  rank grid { code } inspectorScore publicScore publicVotes total } }`;

describe('street rating rounds (integration)', () => {
  let h: SubgraphHarness;
  let roundId: string;
  const scores = (gridCode: string, s: number, o: number, g: number, f: number) => ({
    roundId,
    gridCode,
    sanitation: s,
    order: o,
    greening: g,
    facilities: f,
  });
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
    const res = await h.execute<{ createStreetRatingRound: { round: { id: string } } }>(
      CREATE,
      {
        input: {
          title: '2026年11月街路评比',
          opensAt: new Date(Date.now() - 3600_000).toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      actors.supervisor('sup-1'),
    );
    roundId = res.data!.createStreetRatingRound.round.id;
  });
  afterAll(() => h.stop());

  it('ranks streets by 70 % inspector and 30 % public averages', async () => {
    await h.execute(SCORE, { input: scores('LX-YS-01', 90, 90, 90, 90) }, actors.officer('off-1'));
    await h.execute(SCORE, { input: scores('LX-YS-01', 80, 80, 80, 80) }, actors.citizen('c-1'));
    await h.execute(SCORE, { input: scores('LX-YS-01', 60, 60, 60, 60) }, actors.citizen('c-2'));
    await h.execute(SCORE, { input: scores('LX-LJ-01', 100, 95, 90, 95) }, actors.officer('off-2'));
    const res = await h.execute(RESULTS, { id: roundId });
    expect(res.data).toEqual({
      streetRatingResults: [
        {
          rank: 1,
          grid: { code: 'LX-LJ-01' },
          inspectorScore: 95,
          publicScore: null,
          publicVotes: 0,
          total: 95,
        },
        {
          rank: 2,
          grid: { code: 'LX-YS-01' },
          inspectorScore: 90,
          publicScore: 70,
          publicVotes: 2,
          total: 84,
        },
      ],
    });
  });

  it('takes one score per person, street and round and answers CONFLICT to a second', async () => {
    await h.execute(SCORE, { input: scores('LX-SH-01', 70, 70, 70, 70) }, actors.citizen('c-once'));
    const res = await h.execute(SCORE, { input: scores('LX-SH-01', 10, 10, 10, 10) }, actors.citizen('c-once'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.gridCode',
    });
    expect(await h.em().count(StreetScore, { gridCode: 'LX-SH-01' })).toBe(1);
  });

  it('refuses anonymous scores with UNAUTHENTICATED and scores above 100 with BAD_USER_INPUT', async () => {
    const anon = await h.execute(SCORE, { input: scores('LX-SH-02', 70, 70, 70, 70) });
    const high = await h.execute(SCORE, { input: scores('LX-SH-02', 101, 70, 70, 70) }, actors.citizen('c-high'));
    expect(anon.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(high.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sanitation',
    });
    expect(await h.em().count(StreetScore, { gridCode: 'LX-SH-02' })).toBe(0);
  });

  it('refuses scores for a closed round with CONFLICT', async () => {
    await h.em().nativeUpdate(StreetRatingRound, { id: roundId }, { closesAt: new Date(Date.now() - 1000) });
    const res = await h.execute(SCORE, { input: scores('LX-YC-01', 70, 70, 70, 70) }, actors.citizen('c-late'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.roundId' });
  });

  it('refuses a round by a citizen with FORBIDDEN', async () => {
    const res = await h.execute(
      CREATE,
      {
        input: {
          title: '私自评比',
          opensAt: '2026-12-01T00:00:00Z',
          closesAt: '2026-12-31T00:00:00Z',
        },
      },
      actors.citizen(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
