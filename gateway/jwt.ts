import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';

import { actorFromClaims } from '../kernel/auth/jwt-claims';
import type { GraphClaims } from '../kernel/auth/jwt-claims';
import type { Actor } from '../kernel/auth/actor';
import { ANONYMOUS } from '../kernel/auth/actor';
import type { JwtConfig } from '../kernel/config/load-config';

export type TokenCheck = { ok: true; actor: Actor } | { ok: false; message: string };

/** Verifies `Authorization: Bearer <JWT>` (HS256 shared secret, or RS256 against a JWKS URL). */
export function createTokenVerifier(config: JwtConfig) {
  const key: Uint8Array | JWTVerifyGetKey =
    config.algorithm === 'HS256'
      ? new TextEncoder().encode(config.secret)
      : createRemoteJWKSet(new URL(config.jwksUrl!), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  const clockTolerance = 30;
  const options = { algorithms: [config.algorithm], issuer: config.issuer, audience: config.audience, clockTolerance };

  return async function verify(authorization: string | null): Promise<TokenCheck> {
    if (!authorization) {
      return { ok: true, actor: ANONYMOUS };
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) {
      return { ok: false, message: 'Authorization header must be "Bearer <token>"' };
    }
    try {
      const { payload } = await jwtVerify(match[1]!, key as Uint8Array, options);
      // jose checks exp and nbf only: a token "issued" in the future was minted with a wrong clock or to outlive its exp
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + clockTolerance) {
        return { ok: false, message: 'Token issued in the future' };
      }
      const actor = actorFromClaims(payload as GraphClaims);
      if (!actor.subject) {
        return { ok: false, message: 'Token has no subject' };
      }
      return { ok: true, actor };
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        return { ok: false, message: 'Token expired' };
      }
      return { ok: false, message: 'Invalid token' };
    }
  };
}
