/** The frontend-shaped operations the benchmark sends, with the caller each one needs. */
import type { Actor } from '../../kernel/auth/actor';
import type { SubgraphName } from '../../kernel/config/load-config';
import { demoOfficerId } from '../../kernel/demo/demo-roster';

export interface Scenario {
  name: string;
  query: string;
  /** Variables of request i sent by client `worker`. */
  variables?: (i: number, worker: number) => object;
  /** The caller of request i sent by client `worker`; anonymous when absent. */
  actor?: (i: number, worker: number) => Actor;
  /** Single-subgraph scenarios are also sent straight to that subgraph (signed identity header). */
  direct?: SubgraphName;
  /** Statement counts of mutations grow with the data; lists must not grow with the page size. */
  kind: 'read' | 'write';
}

const actor = (subject: string, roles: Actor['roles'], unitId: string | null = null): Actor => ({ subject, roles, unitId, departmentId: null, name: null });
export const ADMIN = actor('bench-admin', ['ADMIN']);
const YEAR = { from: '2026-01-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' };

export interface ScenarioSetup {
  /** Officer of client `worker`, with an attempt in progress at the exam scenario. */
  officers: { id: string; unitId: string | null; attemptId?: string; answers?: { position: number; label: string }[] }[];
}

export function scenarios(setup: ScenarioSetup): Scenario[] {
  const officer = (w: number) => setup.officers[w % setup.officers.length];
  return [
    {
      name: 'catalogue: 20 violation types (anonymous)',
      kind: 'read',
      direct: 'enforcement',
      query: '{ violationTypes(first: 20) { edges { node { code nameZh category fineMinYuan fineMaxYuan onExemptionList } } } }',
    },
    {
      name: 'roster: 50 officers + unit + parent + grids',
      kind: 'read',
      direct: 'enforcement',
      actor: () => ADMIN,
      query: '{ officers(first: 50) { edges { node { id name badgeNumber phone unit { shortName parent { shortName } } grids { code name } } } } }',
    },
    {
      name: 'case list: 50 cases + type, unit, grid, assignee',
      kind: 'read',
      direct: 'enforcement',
      actor: () => ADMIN,
      query:
        '{ cases(first: 50) { totalCount edges { node { number status occurredAt track violationType { nameZh } unit { shortName } gridCell { name } assignee { name badgeNumber } } } } }',
    },
    {
      name: 'report desk: 50 reports × 3 subgraphs',
      kind: 'read',
      actor: () => ADMIN,
      query:
        '{ reports(first: 50) { edges { node { trackingCode status grid { code name unit { shortName } responsibleOfficer { name } } assignedOfficer { name trainingHours(year: 2026) { totalHours met } } } } } }',
    },
    {
      name: 'officer dashboard (3 subgraphs)',
      kind: 'read',
      actor: (_i, w) => actor(officer(w).id, ['OFFICER'], officer(w).unitId),
      variables: (_i, w) => ({ id: officer(w).id }),
      query: `query($id: ID!) {
        officer(id: $id) { name badgeNumber unit { name } grids { code name }
          certification { number expiresOn } dutyEligible { eligible }
          trainingHours(year: 2026) { totalHours requiredHours met }
          enrollments { status dueOn course { title } }
          feedbackSummary { praiseCount complaintCount } }
        cases(first: 10, filter: { officerId: $id }) { totalCount edges { node { number status dueAt violationType { nameZh } } } }
      }`,
    },
    {
      name: 'enforcementStats: one year, city-wide',
      kind: 'read',
      direct: 'enforcement',
      actor: () => ADMIN,
      variables: () => ({ period: YEAR }),
      query:
        'query($period: StatsPeriodInput!) { enforcementStats(period: $period) { totalCases byTrack { track cases share } onTimeClosureRate averageHandlingHours repeatViolationRate recordingCoverage followUpRate } }',
    },
    {
      name: 'submitReport (citizen mutation)',
      kind: 'write',
      direct: 'participation',
      // reports are rate-limited per citizen: every request comes from another one
      actor: (i) => actor(`bench-citizen-${i}-${process.pid}-${Date.now()}`, ['CITIZEN']),
      variables: (i) => ({
        input: {
          category: 'LITTERING',
          description: '基准测试：河边步道有垃圾',
          location: { lat: 29.185, lng: 119.445, address: '兰溪市中洲公园' },
          photoUris: [],
          idempotencyKey: `bench-${i}-${Date.now()}-${Math.random()}`,
        },
      }),
      query: 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { trackingCode status } } }',
    },
    {
      name: "exam: answer a question (officer's attempt)",
      kind: 'write',
      direct: 'training',
      actor: (_i, w) => actor(officer(w).id, ['OFFICER'], officer(w).unitId),
      variables: (i, w) => {
        const answers = officer(w).answers ?? [];
        const a = answers[i % Math.max(1, answers.length)];
        return { input: { attemptId: officer(w).attemptId, position: a?.position ?? 1, selectedLabels: [a?.label ?? 'A'] } };
      },
      query: 'mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { position } } }',
    },
  ];
}

/** The demo officers the benchmark's clients act as (one per client, up to the roster size). */
export function demoOfficers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => demoOfficerId(i));
}
