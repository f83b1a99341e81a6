import { createServer } from 'node:http';
import type { Server } from 'node:http';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';

import { closeServer, listenOn } from '../../kernel/http/listen';
import { createTokenVerifier } from '../jwt';

const SECRET = 'h'.repeat(40);
const hs = (claims: object, opts: { exp?: string } = {}) =>
  new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('officer-1')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '1h')
    .sign(new TextEncoder().encode(SECRET));

describe('JWT verification at the gateway (HS256)', () => {
  const verify = createTokenVerifier({ algorithm: 'HS256', secret: SECRET });

  it('treats a request without Authorization as anonymous', async () => {
    expect(await verify(null)).toEqual({ ok: true, actor: expect.objectContaining({ subject: null, roles: [] }) });
  });

  it('turns valid claims into an actor with known roles only', async () => {
    const token = await hs({ roles: ['OFFICER', 'GOD'], unit: 'unit-1', name: '王建国' });
    expect(await verify(`Bearer ${token}`)).toEqual({
      ok: true,
      actor: { subject: 'officer-1', roles: ['OFFICER'], unitId: 'unit-1', departmentId: null, name: '王建国' },
      expiresAt: expect.any(Number), // the token's exp, where open subscriptions end
    });
  });

  it('refuses an expired token', async () => {
    const token = await hs({ roles: ['OFFICER'] }, { exp: '-2m' });
    expect(await verify(`Bearer ${token}`)).toEqual({ ok: false, message: 'Token expired' });
  });

  it('still refuses a token once it expires after it was verified (and remembered) while valid', async () => {
    const verifyOnce = createTokenVerifier({ algorithm: 'HS256', secret: SECRET });
    const token = await hs({ roles: ['OFFICER'] }, { exp: '10m' });
    expect(await verifyOnce(`Bearer ${token}`)).toMatchObject({ ok: true });
    expect(await verifyOnce(`Bearer ${token}`)).toMatchObject({ ok: true });
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: Date.now() + 2 * 3600_000 });
    try {
      expect(await verifyOnce(`Bearer ${token}`)).toEqual({ ok: false, message: 'Token expired' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a token issued a day in the future', async () => {
    const inADay = Math.floor(Date.now() / 1000) + 86_400;
    const token = await new SignJWT({ roles: ['OFFICER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-1')
      .setIssuedAt(inADay)
      .setExpirationTime(inADay + 3600)
      .sign(new TextEncoder().encode(SECRET));
    expect(await verify(`Bearer ${token}`)).toEqual({ ok: false, message: 'Token issued in the future' });
  });

  it('refuses a token signed with another secret, and a malformed header', async () => {
    const other = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('z'.repeat(40)));
    expect(await verify(`Bearer ${other}`)).toEqual({ ok: false, message: 'Invalid token' });
    expect(await verify('Basic abc')).toEqual({ ok: false, message: 'Authorization header must be "Bearer <token>"' });
  });
});

describe('JWT verification at the gateway (RS256 against a JWKS URL)', () => {
  let server: Server;
  let verify: ReturnType<typeof createTokenVerifier>;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    const url = await listenOn(server, 0, '127.0.0.1', '/jwks.json');
    verify = createTokenVerifier({ algorithm: 'RS256', jwksUrl: url, issuer: 'https://idp.lanxi.example', audience: 'civic-graph' });
  });
  afterAll(() => closeServer(server));

  const rs = (issuer: string) =>
    new SignJWT({ roles: ['SUPERVISOR'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('sup-1')
      .setIssuer(issuer)
      .setAudience('civic-graph')
      .setExpirationTime('1h')
      .sign(privateKey);

  it('accepts a token from the configured issuer and audience', async () => {
    const check = await verify(`Bearer ${await rs('https://idp.lanxi.example')}`);
    expect(check).toMatchObject({ ok: true, actor: { subject: 'sup-1', roles: ['SUPERVISOR'] } });
  });

  it('refuses a token from another issuer', async () => {
    expect(await verify(`Bearer ${await rs('https://evil.example')}`)).toEqual({ ok: false, message: 'Invalid token' });
  });
});
