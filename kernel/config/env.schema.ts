import { z } from 'zod';

import { tracingEnvSchema } from './tracing-config';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const optionalUrl = z.string().url().optional();
/** One URL, or several separated by commas (instances of one subgraph behind the gateway). */
const optionalUrlList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().url()).min(1, 'needs at least one URL'))
  .optional();
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every environment variable the project reads, in one place. Ports default to DESIGN.md's 4000–4004. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().default('0.0.0.0'),
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),

    DATABASE_URL: optionalUrl,
    /** Optional read replica: the statistics queries run there (the rest stays on DATABASE_URL). */
    DATABASE_READ_URL: optionalUrl,
    DATABASE_POOL_MAX: positiveInt(10),
    /** `false` behind a pooler in transaction mode that does not track prepared statements (PgBouncer before 1.21). */
    DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: port(5433),

    GATEWAY_PORT: port(4000),
    ENFORCEMENT_PORT: port(4001),
    PARTICIPATION_PORT: port(4002),
    TRAINING_PORT: port(4003),
    SERVICE_PORT: port(4004),
    ENFORCEMENT_URL: optionalUrlList,
    PARTICIPATION_URL: optionalUrlList,
    TRAINING_URL: optionalUrlList,
    SERVICE_URL: optionalUrlList,
    /** Names this process in the `x-instance` response header and /health (e.g. the container's hostname). */
    INSTANCE_ID: z
      .string()
      .regex(/^[\w.-]{1,64}$/, 'INSTANCE_ID: letters, digits, . _ - (at most 64)')
      .optional(),
    SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
    QUERY_PLANNER: z.enum(['rust', 'javascript']).default('rust'),
    PUBLIC_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
    /** Request bodies larger than this are refused with 413 before they are read. */
    GATEWAY_MAX_BODY_BYTES: positiveInt(100 * 1024),
    /** `true`: the gateway accepts only operations registered from the client catalogue (clients/operations). */
    PERSISTED_DOCUMENTS_ONLY: z.enum(['true', 'false']).default('false'),

    JWT_ALGORITHM: z.enum(['HS256', 'RS256']).default('HS256'),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    JWKS_URL: optionalUrl,
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    IDENTITY_SECRET: z.string().min(32, 'IDENTITY_SECRET must be at least 32 characters'),
    IDENTITY_MAX_AGE_SECONDS: positiveInt(60),

    /**
     * Query limits: the tightest our own operations pass (client catalogue, partners' operations, the explorer's
     * tabs and introspection) with a margin; gateway/test/query-limits.test.ts fails when they are looser or too tight.
     */
    QUERY_MAX_DOCUMENT_BYTES: positiveInt(3072),
    QUERY_MAX_DEPTH: positiveInt(8),
    QUERY_MAX_ALIASES: positiveInt(5),
    QUERY_MAX_TOKENS: positiveInt(275),
    QUERY_MAX_DIRECTIVES: positiveInt(5),
    /** Demand control: fields an operation may resolve, lists multiplied by their `first` (else 10). */
    QUERY_MAX_COST: positiveInt(50_000),
    PAGE_SIZE_MAX: positiveInt(100),

    SEED_DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
    /** `false`: a subgraph does not migrate (or seed) at start; a one-shot `npm run migrate` did (docker-compose). */
    MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
    /** Prometheus `/metrics` on the gateway and every subgraph. */
    METRICS_ENABLED: z.enum(['true', 'false']).default('true'),
  })
  /** OpenTelemetry: the standard OTEL_* variables (kernel/config/tracing-config.ts). */
  .extend(tracingEnvSchema.shape);

/** Rules across variables, checked on the raw environment so they are reported with the others. */
export function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const algorithm = env.JWT_ALGORITHM ?? 'HS256';
  if (algorithm === 'HS256' && !env.JWT_SECRET) {
    problems.push('JWT_SECRET: JWT_SECRET is required when JWT_ALGORITHM=HS256');
  }
  if (algorithm === 'RS256') {
    for (const key of ['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE']) {
      if (!env[key]) {
        problems.push(`${key}: ${key} is required when JWT_ALGORITHM=RS256`);
      }
    }
  }
  return problems;
}

export type Env = z.infer<typeof envSchema>;
