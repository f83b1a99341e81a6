import { createHmac } from 'node:crypto';

import { bodyDigest, signIdentity, verifyIdentity } from './identity';
import type { Actor } from './actor';

const SECRET = 's'.repeat(40);
const officer: Actor = { subject: 'o-1', roles: ['OFFICER'], unitId: 'u-1', departmentId: null, name: '王建国' };

describe('gateway → subgraph identity header', () => {
  const now = Date.UTC(2026, 10, 23, 8, 0, 0);

  it('round-trips the actor and request id when signed with the shared secret', () => {
    const header = signIdentity(officer, 'req-1', SECRET, now);
    expect(verifyIdentity(header, SECRET, 60, now)).toEqual({
      ok: true,
      actor: officer,
      requestId: 'req-1',
      clientAddress: null,
      nonce: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      expiresAtMs: now + 61_000,
    });
  });

  it('carries the end client address the gateway saw', () => {
    const header = signIdentity(officer, 'req-2', SECRET, now, '203.0.113.7');
    expect(verifyIdentity(header, SECRET, 60, now)).toMatchObject({ ok: true, clientAddress: '203.0.113.7' });
  });

  it('rejects a missing header', () => {
    expect(verifyIdentity(undefined, SECRET, 60, now)).toEqual({ ok: false, reason: 'missing' });
  });

  it('rejects a header signed with another secret', () => {
    const header = signIdentity(officer, 'req-1', 'x'.repeat(40), now);
    expect(verifyIdentity(header, SECRET, 60, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a payload changed after signing (role escalation)', () => {
    const [v, , sig] = signIdentity(officer, 'req-1', SECRET, now).split('.');
    const forged = Buffer.from(
      JSON.stringify({ actor: { ...officer, roles: ['ADMIN'] }, requestId: 'req-1', iat: now / 1000, digest: '', nonce: 'n' }),
    ).toString('base64url');
    expect(verifyIdentity(`${v}.${forged}.${sig}`, SECRET, 60, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a replay older than the allowed age', () => {
    const header = signIdentity(officer, 'req-1', SECRET, now);
    expect(verifyIdentity(header, SECRET, 60, now + 61_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects an identity issued beyond the clock skew in the future', () => {
    const header = signIdentity(officer, 'req-1', SECRET, now + 10_000);
    expect(verifyIdentity(header, SECRET, 60, now)).toEqual({ ok: false, reason: 'future' });
  });

  it('accepts an identity issued within the clock skew in the future', () => {
    const header = signIdentity(officer, 'req-1', SECRET, now + 3_000);
    expect(verifyIdentity(header, SECRET, 60, now)).toMatchObject({ ok: true });
  });

  it('rejects an identity signed for another body', () => {
    const header = signIdentity(officer, 'req-1', SECRET, now, undefined, '{"query":"{ a }"}');
    expect(verifyIdentity(header, SECRET, 60, now, { body: '{"query":"{ b }"}' })).toEqual({ ok: false, reason: 'other-request' });
  });

  it('gives every signed identity a nonce of its own, which a bound check requires', () => {
    const body = '{"query":"{ a }"}';
    const first = verifyIdentity(signIdentity(officer, 'req-1', SECRET, now, undefined, body), SECRET, 60, now, { body });
    const second = verifyIdentity(signIdentity(officer, 'req-1', SECRET, now, undefined, body), SECRET, 60, now, { body });
    expect(first.ok && second.ok && first.nonce !== second.nonce).toBe(true);
    const payload = Buffer.from(JSON.stringify({ actor: officer, requestId: 'r', iat: now / 1000, digest: bodyDigest(body) })).toString('base64url');
    const signature = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(verifyIdentity(`v2.${payload}.${signature}`, SECRET, 60, now, { body })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('drops unknown roles smuggled into a validly signed payload', () => {
    const header = signIdentity({ ...officer, roles: ['OFFICER', 'ROOT' as never] }, 'r', SECRET, now);
    const check = verifyIdentity(header, SECRET, 60, now);
    expect(check.ok && check.actor.roles).toEqual(['OFFICER']);
  });
});
