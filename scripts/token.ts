/**
 * Prints a development JWT: `npm run --silent token -- --role OFFICER --sub <officer id> [--unit <unit id>]
 * [--dept <department id>] [--name 张三] [--expires 12h]`. Several roles: `--role OFFICER,SUPERVISOR`.
 * Refuses to run with NODE_ENV=production.
 */
import { parseArgs } from 'node:util';

import { signDevToken } from '../kernel/auth/dev-token';
import { isRole, ROLES } from '../kernel/auth/roles';
import { loadRuntimeConfig } from '../kernel/config/dev-secrets';

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'CITIZEN' },
      sub: { type: 'string' },
      unit: { type: 'string' },
      dept: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const config = loadRuntimeConfig();
  if (config.jwt.algorithm !== 'HS256' || !config.jwt.secret) {
    throw new Error('The development signer needs JWT_ALGORITHM=HS256 and JWT_SECRET');
  }
  const roles = values.role.split(',').map((r) => r.trim().toUpperCase());
  const bad = roles.filter((r) => !isRole(r));
  if (bad.length > 0) {
    throw new Error(`Unknown role ${bad.join(', ')}; roles: ${ROLES.join(', ')}`);
  }
  const token = await signDevToken(
    {
      sub: values.sub ?? `dev-${roles[0].toLowerCase()}`,
      roles: roles.filter(isRole),
      unit: values.unit,
      dept: values.dept,
      name: values.name,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      expiresIn: values.expires,
    },
    config.jwt.secret,
    config.env,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
