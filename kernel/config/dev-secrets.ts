import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { loadConfig } from './load-config';
import type { Config } from './load-config';

type Env = Record<string, string | undefined>;

const DEV_SECRETS_FILE = '.data/dev-secrets.json';

/**
 * Outside production, missing JWT_SECRET / IDENTITY_SECRET are generated once into a git-ignored file so
 * that `npm start` works on a bare machine and `npm run token` signs with the same secret. In production
 * nothing is generated: the config then fails loudly.
 */
export function withDevSecrets(env: Env, file = DEV_SECRETS_FILE): Env {
  if (env.NODE_ENV === 'production') {
    return env;
  }
  const needsJwt = (env.JWT_ALGORITHM ?? 'HS256') === 'HS256' && !env.JWT_SECRET;
  if (!needsJwt && env.IDENTITY_SECRET) {
    return env;
  }
  let secrets: { JWT_SECRET: string; IDENTITY_SECRET: string };
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, 'utf8')) as typeof secrets;
  } else {
    secrets = { JWT_SECRET: randomBytes(32).toString('hex'), IDENTITY_SECRET: randomBytes(32).toString('hex') };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return {
    ...env,
    JWT_SECRET: env.JWT_SECRET ?? (needsJwt ? secrets.JWT_SECRET : undefined),
    IDENTITY_SECRET: env.IDENTITY_SECRET ?? secrets.IDENTITY_SECRET,
  };
}

/** The process environment plus development secrets outside production: what a supervisor passes to the services it starts. */
export function runtimeEnv(): Env {
  return withDevSecrets(process.env);
}

/** Entry points call this: the process environment, plus development secrets outside production. */
export function loadRuntimeConfig(): Config {
  return loadConfig(runtimeEnv());
}
