import { createHmac, timingSafeEqual } from 'node:crypto';

import { isRole } from './roles';
import type { Actor } from './actor';

/** Header the gateway adds to every subgraph request: `v1.<payload>.<signature>` (HMAC-SHA256). */
export const IDENTITY_HEADER = 'x-ceg-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

interface IdentityPayload {
  actor: Actor;
  requestId: string;
  /** The end client's IP address as the gateway saw it (for per-client rate limits); absent for jobs. */
  clientAddress?: string;
  /** issued at, seconds since epoch */
  iat: number;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const sign = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest('base64url');

export function signIdentity(actor: Actor, requestId: string, secret: string, now = Date.now(), clientAddress?: string): string {
  const body: IdentityPayload = { actor, requestId, iat: Math.floor(now / 1000), ...(clientAddress ? { clientAddress } : {}) };
  const payload = b64(JSON.stringify(body));
  return `v1.${payload}.${sign(payload, secret)}`;
}

export type IdentityCheck =
  | { ok: true; actor: Actor; requestId: string; clientAddress: string | null }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

/** Verifies the gateway's signature and freshness; returns the actor it vouches for. */
export function verifyIdentity(
  header: string | undefined | null,
  secret: string,
  maxAgeSeconds: number,
  now = Date.now(),
): IdentityCheck {
  if (!header) {
    return { ok: false, reason: 'missing' };
  }
  const [version, payload, signature] = header.split('.');
  if (version !== 'v1' || !payload || !signature) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'bad-signature' };
  }
  let decoded: IdentityPayload;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as IdentityPayload;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (Math.abs(Math.floor(now / 1000) - decoded.iat) > maxAgeSeconds) {
    return { ok: false, reason: 'expired' };
  }
  const a = decoded.actor;
  const actor: Actor = {
    subject: typeof a?.subject === 'string' ? a.subject : null,
    roles: Array.isArray(a?.roles) ? a.roles.filter(isRole) : [],
    unitId: typeof a?.unitId === 'string' ? a.unitId : null,
    departmentId: typeof a?.departmentId === 'string' ? a.departmentId : null,
    name: typeof a?.name === 'string' ? a.name : null,
  };
  const clientAddress = typeof decoded.clientAddress === 'string' ? decoded.clientAddress : null;
  return { ok: true, actor, requestId: String(decoded.requestId ?? ''), clientAddress };
}
