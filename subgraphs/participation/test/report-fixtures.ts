import type { Actor } from '../../../kernel/auth/actor';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReportInput!) {
    submitReport(input: $input) {
      reporterSecret
      report {
        id
        trackingCode
        status
        duplicateOf {
          id
        }
      }
    }
  }
`;

export const CHANGE = /* GraphQL */ `
  mutation Change($input: ChangeReportStatusInput!) {
    changeReportStatus(input: $input) {
      report {
        id
        status
        disputeCount
        firstResponseAt
        resolvedAt
      }
    }
  }
`;

export const DISPUTE = /* GraphQL */ `
  mutation Dispute($input: DisputeReportInput!) {
    disputeReport(input: $input) {
      report {
        id
        status
        disputeCount
      }
    }
  }
`;

export const RATE = /* GraphQL */ `
  mutation Rate($input: RateReportInput!) {
    rateReport(input: $input) {
      report {
        id
        rating
        ratedAt
      }
    }
  }
`;

export interface Submitted {
  id: string;
  trackingCode: string;
  secret: string | null;
  duplicateOf: string | null;
}

let counter = 0;

/** Submits a report (valid by default) and returns its id, code and secret; throws on errors. */
export async function submitReport(h: SubgraphHarness, as: Actor, overrides: Record<string, unknown> = {}): Promise<Submitted> {
  counter += 1;
  const input = {
    category: 'LITTERING',
    description: '小区门口垃圾桶满溢无人清理',
    location: { lat: 29.185 + counter * 0.01, lng: 119.435, address: '兰溪市人民路12号附近' },
    ...overrides,
  };
  const res = await h.execute<{
    submitReport: {
      reporterSecret: string | null;
      report: { id: string; trackingCode: string; duplicateOf: { id: string } | null };
    };
  }>(SUBMIT, { input }, as);
  if (res.errors) {
    throw new Error(JSON.stringify(res.errors));
  }
  const p = res.data!.submitReport;
  return {
    id: p.report.id,
    trackingCode: p.report.trackingCode,
    secret: p.reporterSecret,
    duplicateOf: p.report.duplicateOf?.id ?? null,
  };
}

/** Moves a report through `statuses` in order as `as`; throws on the first error. */
export async function advance(
  h: SubgraphHarness,
  reportId: string,
  steps: { status: string; note?: string; gridCode?: string; assignedOfficerId?: string }[],
  as: Actor,
): Promise<void> {
  for (const step of steps) {
    const res = await h.execute(CHANGE, { input: { reportId, note: `处理：${step.status}`, ...step } }, as);
    if (res.errors) {
      throw new Error(JSON.stringify(res.errors));
    }
  }
}
