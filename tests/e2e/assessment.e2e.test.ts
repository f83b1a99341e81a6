import { OfficerAssessmentDocument } from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** Officer.assessment lives in training and @requires fields owned by participation and enforcement. */
describe('officer assessment joined across the graph', () => {
  let stack: Stack;
  let trainer: string;
  let officerId: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-assessment');
    // an officer with decided cases (enforcement) and a substantiated complaint (participation) in the demo data
    const decided = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select distinct c.assignee_id as id from enforcement."case" c join enforcement.disposition d on d.case_id = c.id where c.assignee_id is not null`,
      );
    officerId = decided[0].id;
    // make sure that officer has one substantiated complaint in participation
    await stack.servers.participation.orm.em
      .fork()
      .getConnection()
      .execute(
        `update participation.officer_feedback set officer_id = ?, status = 'SUBSTANTIATED'
       where id = (select id from participation.officer_feedback where kind = 'COMPLAINT' limit 1)`,
        [officerId],
      );
  });
  afterAll(() => stack.stop());

  it('carries the complaint count and the education-first share from their owners into the assessment', async () => {
    const res = await execute(stack.gatewayUrl, OfficerAssessmentDocument, { id: officerId, year: 2026 }, { token: trainer });
    expect(res.errors).toBeUndefined();
    const officer = res.data!.officer;
    expect(officer.educationFirstShare).toEqual(expect.any(Number));
    expect(officer.feedbackSummary!.substantiatedComplaintCount).toBeGreaterThan(0);
    expect(officer.assessment).toMatchObject({
      year: 2026,
      educationFirstShare: officer.educationFirstShare,
      substantiatedComplaints: officer.feedbackSummary!.substantiatedComplaintCount,
    });
    expect(officer.assessment!.trainingHours.totalHours).toEqual(expect.any(Number));
  });

  it('refuses the assessment of another officer to an officer', async () => {
    const other = await tokenFor('OFFICER', '00000000-0000-4000-8000-000000000001');
    const res = await execute(stack.gatewayUrl, OfficerAssessmentDocument, { id: officerId, year: 2026 }, { token: other });
    expect(res.errors!.map((e) => e.extensions!.code)).toContain('FORBIDDEN');
  });
});
