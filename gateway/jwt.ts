import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';

import { actorFromClaims } from '../kernel/auth/jwt-claims';
import type { Actor } from '../kernel/auth/actor';
import { ANONYMOUS } from '../kernel/auth/actor';
import type { JwtConfig } from '../kernel/config/load-config';

const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 10_000;

/** `expiresAt`: the token's own `exp` in ms (no clock tolerance), when it has one; open subscriptions end there. */
export type TokenCheck = { ok: true; actor: Actor; expiresAt?: number } | { ok: false; message: string };

/** Verifies `Authorization: Bearer <JWT>` (HS256 shared secret, or RS256 against a JWKS URL). */
export function createTokenVerifier(config: JwtConfig) {
  const key: Uint8Array | JWTVerifyGetKey =
    config.algorithm === 'HS256'
      ? new TextEncoder().encode(config.secret)
      : createRemoteJWKSet(new URL(config.jwksUrl!), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  const clockTolerance = 30;
  const options = { algorithms: [config.algorithm], issuer: config.issuer, audience: config.audience, clockTolerance };

  // Verified tokens, remembered briefly: a client sends the same token with every request, and WebCrypto's HMAC
  // verification (an async crypto job per call) was the largest item of the gateway's CPU per request after
  // planning. Only successful checks are kept, never past the token's own expiry nor past VERIFIED_TTL_MS (so a
  // rotated JWKS key stops being honoured within a minute); the oldest entries go first beyond VERIFIED_MAX.
  const verified = new Map<string, { actor: Actor; until: number; expiresAt?: number }>();

  return async function verify(authorization: string | null): Promise<TokenCheck> {
    if (!authorization) {
      return { ok: true, actor: ANONYMOUS };
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) {
      return { ok: false, message: 'Authorization header must be "Bearer <token>"' };
    }
    const token = match[1];
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) {
      return { ok: true, actor: known.actor, expiresAt: known.expiresAt };
    }
    verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, options);
      // jose checks exp and nbf only: a token "issued" in the future was minted with a wrong clock or to outlive its exp
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + clockTolerance) {
        return { ok: false, message: 'Token issued in the future' };
      }
      const actor = actorFromClaims(payload);
      if (!actor.subject) {
        return { ok: false, message: 'Token has no subject' };
      }
      const expires = typeof payload.exp === 'number' ? (payload.exp + clockTolerance) * 1000 : Infinity;
      if (verified.size >= VERIFIED_MAX) {
        verified.delete(verified.keys().next().value!);
      }
      const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
      verified.set(token, { actor, until: Math.min(expires, now + VERIFIED_TTL_MS), expiresAt });
      return { ok: true, actor, expiresAt };
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        return { ok: false, message: 'Token expired' };
      }
      return { ok: false, message: 'Invalid token' };
    }
  };
}
