/** Data the benchmark's clients need before the load: one officer per client, each with an exam attempt in progress. */
import { demoOfficers } from './scenarios';
import type { ScenarioSetup } from './scenarios';
import type { Actor } from '../../kernel/auth/actor';
import { post } from './load';

async function ask<T>(url: string, token: string, query: string, variables?: object): Promise<T> {
  const { text } = await post(url, { body: JSON.stringify({ query, variables }), headers: { authorization: `Bearer ${token}` } });
  const body = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) {
    throw new Error(`benchmark setup: ${body.errors[0].message} (${query.slice(0, 60)})`);
  }
  return body.data!;
}

interface ExamNode {
  id: string;
  published: boolean;
  maxAttempts: number;
  availableFrom: string;
  availableUntil: string;
}

export async function prepareOfficers(
  gatewayUrl: string,
  adminToken: string,
  tokenOf: (a: Actor) => Promise<string>,
  count: number,
): Promise<ScenarioSetup['officers']> {
  const exams = await ask<{ exams: { edges: { node: ExamNode }[] } }>(
    gatewayUrl,
    adminToken,
    '{ exams(first: 50) { edges { node { id published maxAttempts availableFrom availableUntil } } } }',
  );
  const now = Date.now();
  const open = exams.exams.edges
    .map((e) => e.node)
    .filter((e) => e.published && Date.parse(e.availableFrom) <= now && now < Date.parse(e.availableUntil))
    .sort((a, b) => b.maxAttempts - a.maxAttempts)[0];
  const officers: ScenarioSetup['officers'] = [];
  for (const id of demoOfficers(count)) {
    const { officer } = await ask<{ officer: { unit: { id: string } } }>(gatewayUrl, adminToken, 'query($id: ID!) { officer(id: $id) { unit { id } } }', {
      id,
    });
    const entry: ScenarioSetup['officers'][number] = { id, unitId: officer.unit.id };
    if (open) {
      const token = await tokenOf({ subject: id, roles: ['OFFICER'], unitId: entry.unitId, departmentId: null, name: null });
      const started = await ask<{
        startExamAttempt: { attempt: { id: string; questions: { position: number; type: string; options: { label: string }[] }[] } };
      }>(
        gatewayUrl,
        token,
        'mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) { attempt { id questions { position type options { label } } } } }',
        { input: { examId: open.id } },
      ).catch(() => undefined); // an officer who cannot start it answers with another client's attempt
      if (started) {
        entry.attemptId = started.startExamAttempt.attempt.id;
        // choice questions only: the answer is the first option's label
        entry.answers = started.startExamAttempt.attempt.questions
          .filter((q) => q.type !== 'SHORT_ANSWER' && q.options.length > 0)
          .map((q) => ({ position: q.position, label: q.options[0].label }));
      }
    }
    officers.push(entry);
  }
  return officers;
}
