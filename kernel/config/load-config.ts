import { crossFieldProblems, envSchema } from './env.schema';
import type { Env } from './env.schema';
import { tracingConfig } from './tracing-config';
import type { TracingConfig } from './tracing-config';

/** The subgraphs this graph runs (each has <NAME>_PORT and <NAME>_URL); `subgraphs/registry.ts` holds their definitions. */
export const SUBGRAPH_NAMES = ['enforcement', 'participation', 'training', 'service'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface JwtConfig {
  algorithm: 'HS256' | 'RS256';
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** The one typed configuration object, built from the environment once at start. */
export interface Config {
  env: Env['NODE_ENV'];
  production: boolean;
  log: { level: Env['LOG_LEVEL'] };
  /**
   * trustProxy: take the client address from X-Forwarded-For (only behind your own proxy).
   * instanceId: sent as `x-instance` and in /health when set, so an operator sees which instance answered.
   */
  http: { host: string; trustProxy: boolean; instanceId?: string };
  /** readUrl: optional read replica for the statistics queries. */
  db: { url?: string; readUrl?: string; poolMax: number; preparedStatements: boolean; embedded: { dir: string; port: number } };
  ports: { gateway: number } & Record<SubgraphName, number>;
  /** Every instance of a subgraph, by name (the gateway spreads requests across them). */
  subgraphUrls: Partial<Record<SubgraphName, string[]>>;
  /**
   * publicCacheTtlMs: how long anonymous catalogue answers are cached (0 = off). maxBodyBytes: larger request
   * bodies are answered 413. persistedDocumentsOnly: only operations of the client catalogue are accepted.
   */
  gateway: { supergraphPath: string; queryPlanner: 'rust' | 'javascript'; publicCacheTtlMs: number; maxBodyBytes: number; persistedDocumentsOnly: boolean };
  jwt: JwtConfig;
  identity: { secret: string; maxAgeSeconds: number };
  limits: { maxDocumentBytes: number; maxDepth: number; maxAliases: number; maxTokens: number; maxDirectives: number; maxCost: number; pageSizeMax: number };
  /** migrateOnStart: a subgraph applies its migrations (and demo data) when it starts. */
  seed: { demoData: 'auto' | 'never'; migrateOnStart: boolean };
  /** enabled: Prometheus `/metrics` on every service. */
  metrics: { enabled: boolean };
  /** OpenTelemetry traces over OTLP/HTTP; off unless an OTEL_EXPORTER_OTLP_* endpoint is set. */
  tracing: TracingConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Pure: environment in, typed config out. Lists every problem at once; no side effects. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`)), ...crossFieldProblems(source)];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    log: { level: e.LOG_LEVEL },
    http: { host: e.HOST, trustProxy: e.TRUST_PROXY === 'true', instanceId: e.INSTANCE_ID },
    db: {
      url: e.DATABASE_URL,
      readUrl: e.DATABASE_READ_URL,
      poolMax: e.DATABASE_POOL_MAX,
      preparedStatements: e.DATABASE_PREPARED_STATEMENTS === 'true',
      embedded: { dir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT },
    },
    ports: {
      gateway: e.GATEWAY_PORT,
      enforcement: e.ENFORCEMENT_PORT,
      participation: e.PARTICIPATION_PORT,
      training: e.TRAINING_PORT,
      service: e.SERVICE_PORT,
    },
    subgraphUrls: { enforcement: e.ENFORCEMENT_URL, participation: e.PARTICIPATION_URL, training: e.TRAINING_URL, service: e.SERVICE_URL },
    gateway: {
      supergraphPath: e.SUPERGRAPH_PATH,
      queryPlanner: e.QUERY_PLANNER,
      publicCacheTtlMs: e.PUBLIC_CACHE_TTL_SECONDS * 1000,
      maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES,
      persistedDocumentsOnly: e.PERSISTED_DOCUMENTS_ONLY === 'true',
    },
    jwt: {
      algorithm: e.JWT_ALGORITHM,
      secret: e.JWT_SECRET,
      jwksUrl: e.JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
    },
    identity: { secret: e.IDENTITY_SECRET, maxAgeSeconds: e.IDENTITY_MAX_AGE_SECONDS },
    limits: {
      maxDocumentBytes: e.QUERY_MAX_DOCUMENT_BYTES,
      maxDepth: e.QUERY_MAX_DEPTH,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxTokens: e.QUERY_MAX_TOKENS,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxCost: e.QUERY_MAX_COST,
      pageSizeMax: e.PAGE_SIZE_MAX,
    },
    seed: { demoData: e.SEED_DEMO_DATA, migrateOnStart: e.MIGRATE_ON_START === 'true' },
    metrics: { enabled: e.METRICS_ENABLED === 'true' },
    tracing: tracingConfig(e),
  };
}
