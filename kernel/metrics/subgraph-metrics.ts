import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { SubgraphContext } from '../graphql/context';
import type { JobObserver } from '../server/jobs';
import { outboxGauges, poolGauges } from './database-gauges';

/** Latency buckets in seconds: 5 ms … 10 s. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A subgraph's Prometheus metrics, served on `/metrics`: GraphQL requests and latency per operation, errors by
 * `extensions.code` (RATE_LIMITED = rate-limit refusals), background job runs, duration and time since the last
 * success, the database pool and the outbox (backlog, oldest undelivered age, dead messages). One registry per
 * server: tests run several in one process. Gauges are read when Prometheus scrapes, not per request.
 */
export class SubgraphMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'status'>;
  private readonly duration: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  readonly jobs: JobObserver;

  constructor(subgraph: string, orm: MikroORM<PostgreSqlDriver>, schema: string, jobLastSuccess: () => Readonly<Record<string, number>>) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ subgraph });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'ceg_subgraph_requests_total',
      help: 'GraphQL requests answered, by operation name and HTTP status',
      labelNames: ['operation', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'ceg_subgraph_request_duration_seconds',
      help: 'GraphQL request latency by operation name',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'ceg_subgraph_errors_total',
      help: 'Errors answered, by extensions.code (RATE_LIMITED: rate-limit refusals)',
      labelNames: ['code'],
      registers,
    });
    const runs = new Counter({ name: 'ceg_job_runs_total', help: 'Background job runs by job and result', labelNames: ['job', 'result'], registers });
    const jobDuration = new Histogram({
      name: 'ceg_job_duration_seconds',
      help: 'Background job run time',
      labelNames: ['job'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'ceg_job_seconds_since_success',
      help: 'Seconds since each background job last completed (its lag; grows while it fails or stalls)',
      labelNames: ['job'],
      registers,
      collect() {
        for (const [job, at] of Object.entries(jobLastSuccess())) {
          this.set({ job }, (Date.now() - at) / 1000);
        }
      },
    });
    this.jobs = (job, seconds, ok) => {
      runs.inc({ job, result: ok ? 'ok' : 'failed' });
      jobDuration.observe({ job }, seconds);
    };
    poolGauges(orm, registers);
    outboxGauges(orm, schema, registers);
  }

  /** Counts one answered GraphQL request (called by the HTTP layer). */
  request(operation: string | null, status: number, seconds: number): void {
    const name = operation ?? 'anonymous';
    this.requests.inc({ operation: name, status: String(status) });
    this.duration.observe({ operation: name }, seconds);
  }

  /** Apollo plugin: counts the codes of the errors each answer carries (after formatting, as the client sees them). */
  readonly errorCodes: ApolloServerPlugin<SubgraphContext> = {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        if (response.body.kind === 'single') {
          for (const error of response.body.singleResult.errors ?? []) {
            this.errors.inc({ code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR' });
          }
        }
      },
    }),
  };

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
