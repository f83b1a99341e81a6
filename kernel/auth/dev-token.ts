import { SignJWT } from 'jose';

import type { Role } from './roles';

export interface DevTokenInput {
  sub: string;
  roles: Role[];
  unit?: string;
  dept?: string;
  name?: string;
  issuer?: string;
  audience?: string;
  expiresIn?: string;
}

/** Development signer (HS256). Refuses to work in production: real tokens come from the bureau's IdP. */
export async function signDevToken(input: DevTokenInput, secret: string, nodeEnv: string): Promise<string> {
  if (nodeEnv === 'production') {
    throw new Error('The development token signer is disabled when NODE_ENV=production');
  }
  const { sub, roles, unit, dept, name, issuer, audience, expiresIn = '12h' } = input;
  let jwt = new SignJWT({ roles, ...(unit ? { unit } : {}), ...(dept ? { dept } : {}), ...(name ? { name } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) {
    jwt = jwt.setIssuer(issuer);
  }
  if (audience) {
    jwt = jwt.setAudience(audience);
  }
  return jwt.sign(new TextEncoder().encode(secret));
}
