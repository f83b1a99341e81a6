import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { optionLabel } from '../attempt/shuffle';
import { Certification } from '../certification/certification.entity';
import { addYears } from '../certification/duty-eligibility';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { QuestionVersion } from '../question/question-version.entity';
import { CERT_EXAM_ID } from '../seed/seed-exams';
import { training } from '..';

const OFFICER = `query($id: ID!) { _entities(representations: [{ __typename: "Officer", id: $id }]) { ... on Officer {
  certification { number issuedOn expiresOn suspended reason supersedesId } dutyEligible { eligible reasons } } } }`;
type O = { _entities: { certification: Record<string, unknown> | null; dutyEligible: { eligible: boolean; reasons: string[] } }[] };
const me = (i: number) => actors.officer(demoOfficerId(i));

describe('certification (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('issues a 3-year certification when the certification exam is passed', async () => {
    const before = await h.execute<O>(OFFICER, { id: demoOfficerId(7) }, me(7));
    expect(before.data!._entities[0].certification).toBeNull();
    const started = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(
      `mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) { attempt { id } } }`,
      { input: { examId: CERT_EXAM_ID } },
      me(7),
    );
    const attemptId = started.data!.startExamAttempt.attempt.id;
    // The test plays a perfect examinee by reading the answer key from the database (never from the API).
    const items = await h.em().find(AttemptItem, { attemptId });
    const versions = await h.em().find(QuestionVersion, { id: { $in: items.map((i) => i.questionVersionId) } });
    for (const item of items) {
      const v = versions.find((x) => x.id === item.questionVersionId)!;
      const labels = item.optionOrder.map((k, i) => (v.options.find((o) => o.key === k)!.correct ? optionLabel(i) : null)).filter(Boolean);
      const res = await h.execute(
        `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { answered } } }`,
        { input: { attemptId, position: item.position, selectedLabels: labels } },
        me(7),
      );
      expect(res.errors).toBeUndefined();
    }
    const sub = await h.execute(
      `mutation($id: ID!) { submitExamAttempt(input: { attemptId: $id }) { attempt { scorePercent passed } } }`,
      { id: attemptId },
      me(7),
    );
    expect(sub.data).toEqual({ submitExamAttempt: { attempt: { scorePercent: 100, passed: true } } });
    const after = await h.execute<O>(OFFICER, { id: demoOfficerId(7) }, me(7));
    const today = shanghaiDate(new Date());
    expect(after.data!._entities[0].certification).toMatchObject({
      issuedOn: today,
      expiresOn: addYears(today, 3),
      suspended: false,
      reason: '通过CERT-2026认证考试',
    });
  });

  it('corrects by a new superseding record and never edits the old one', async () => {
    const officerId = demoOfficerId(4);
    const old = await h.em().findOneOrFail(Certification, { officerId });
    const res = await h.execute(
      `mutation($input: CorrectCertificationInput!) { correctCertification(input: $input) { certification { suspended supersedesId reason } } }`,
      { input: { officerId, suspended: true, reason: '执法过程中存在违规行为，暂停资格' } },
      actors.trainer(),
    );
    expect(res.data).toEqual({
      correctCertification: { certification: { suspended: true, supersedesId: old.id, reason: '执法过程中存在违规行为，暂停资格' } },
    });
    const rows = await h.em().find(Certification, { officerId }, { orderBy: { createdAt: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: old.id, suspended: false, updatedAt: old.updatedAt });
    const view = await h.execute<O>(OFFICER, { id: officerId }, actors.supervisor('s-1'));
    expect(view.data!._entities[0].dutyEligible.reasons).toContain('SUSPENDED');
    expect(view.data!._entities[0].dutyEligible.eligible).toBe(false);
  });

  it('refuses corrections by officers with FORBIDDEN and writes nothing', async () => {
    const res = await h.execute(
      `mutation($input: CorrectCertificationInput!) { correctCertification(input: $input) { certification { id } } }`,
      { input: { officerId: demoOfficerId(5), suspended: false, reason: '自己恢复资格' } },
      me(5),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(Certification, { officerId: demoOfficerId(5) })).toBe(1);
  });

  it('lists an expired certification as a reason not to be on duty', async () => {
    const res = await h.execute<O>(OFFICER, { id: demoOfficerId(10) }, me(10));
    expect(res.data!._entities[0].dutyEligible.reasons).toContain('CERTIFICATION_EXPIRED');
  });

  it('refuses another officer’s certification with FORBIDDEN', async () => {
    const res = await h.execute(OFFICER, { id: demoOfficerId(10) }, me(11));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists current, unsuspended certifications expiring within the window, soonest first', async () => {
    const res = await h.execute<{ expiringCertifications: { expiresOn: string; suspended: boolean; officer: { id: string } }[] }>(
      `{ expiringCertifications(withinDays: 365) { expiresOn suspended officer { id } } }`,
      {},
      actors.supervisor('s-1'),
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.expiringCertifications;
    const today = shanghaiDate(new Date());
    const until = shanghaiDate(new Date(Date.now() + 365 * 86_400_000));
    const current = await h
      .em()
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from training.certification c where not exists (select 1 from training.certification s where s.supersedes_id = c.id)
       and not c.suspended and c.expires_on between ? and ?`,
        [today, until],
      );
    expect(list).toHaveLength(Number(current[0].n));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => !c.suspended && c.expiresOn >= today && c.expiresOn <= until)).toBe(true);
    expect(list.map((c) => c.expiresOn)).toEqual([...list.map((c) => c.expiresOn)].sort());
    expect(list.map((c) => c.officer.id)).not.toContain(demoOfficerId(11));
  });

  it('rejects a window above 365 days with BAD_USER_INPUT', async () => {
    const res = await h.execute(`{ expiringCertifications(withinDays: 400) { number } }`, {}, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
  });

  it('keeps the graded attempt that issued the certification linked to it', async () => {
    const attempt = await h.em().findOneOrFail(ExamAttempt, { officerId: demoOfficerId(7), examId: CERT_EXAM_ID });
    expect(await h.em().count(Certification, { sourceAttemptId: attempt.id })).toBe(1);
  });
});
