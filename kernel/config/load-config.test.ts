import { ConfigError, loadConfig } from './load-config';

const SECRETS = { JWT_SECRET: 'j'.repeat(32), IDENTITY_SECRET: 'i'.repeat(32) };

describe('loadConfig', () => {
  it('uses the documented default ports 4000–4003 and the embedded database', () => {
    const config = loadConfig(SECRETS);
    expect(config.ports).toEqual({ gateway: 4000, enforcement: 4001, participation: 4002, training: 4003, service: 4004 });
    expect(config.db.url).toBeUndefined();
    expect(config.db.embedded).toEqual({ dir: '.data/postgres', port: 5433 });
  });

  it('reads per-service ports and subgraph URLs from the environment', () => {
    const config = loadConfig({ ...SECRETS, TRAINING_PORT: '5003', TRAINING_URL: 'http://training:4003/graphql' });
    expect(config.ports.training).toBe(5003);
    expect(config.subgraphUrls.training).toEqual(['http://training:4003/graphql']);
  });

  it('reads several instances of a subgraph from a comma-separated URL list', () => {
    const config = loadConfig({ ...SECRETS, ENFORCEMENT_URL: 'http://a:4001/graphql, http://b:4001/graphql,' });
    expect(config.subgraphUrls.enforcement).toEqual(['http://a:4001/graphql', 'http://b:4001/graphql']);
    expect(config.subgraphUrls.participation).toBeUndefined();
  });

  it('names the variable and the position of a bad URL in a list', () => {
    expect(() => loadConfig({ ...SECRETS, ENFORCEMENT_URL: 'http://a:4001/graphql,not a url' })).toThrow(/ENFORCEMENT_URL\.1: /);
  });

  it('reads the optional read replica and instance name', () => {
    const config = loadConfig({ ...SECRETS, DATABASE_READ_URL: 'postgres://replica:5432/civic', INSTANCE_ID: 'enforcement-2' });
    expect(config.db.readUrl).toBe('postgres://replica:5432/civic');
    expect(config.http.instanceId).toBe('enforcement-2');
    expect(() => loadConfig({ ...SECRETS, INSTANCE_ID: 'two words' })).toThrow(/INSTANCE_ID/);
  });

  it('lists every problem at once instead of failing on the first', () => {
    let error: unknown;
    try {
      loadConfig({ JWT_ALGORITHM: 'RS256', GATEWAY_PORT: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(fields).toEqual(expect.arrayContaining(['GATEWAY_PORT', 'IDENTITY_SECRET', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE']));
  });

  it('refuses short secrets', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short', IDENTITY_SECRET: 'i'.repeat(32) })).toThrow(/JWT_SECRET must be at least 32/);
  });

  it('requires a JWT secret for HS256 and none for RS256 with a JWKS URL', () => {
    expect(() => loadConfig({ IDENTITY_SECRET: 'i'.repeat(32) })).toThrow(/JWT_SECRET is required/);
    const rs = loadConfig({
      IDENTITY_SECRET: 'i'.repeat(32),
      JWT_ALGORITHM: 'RS256',
      JWKS_URL: 'https://idp.example/jwks.json',
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'civic-graph',
    });
    expect(rs.jwt).toEqual({
      algorithm: 'RS256',
      secret: undefined,
      jwksUrl: 'https://idp.example/jwks.json',
      issuer: 'https://idp.example',
      audience: 'civic-graph',
    });
  });

  it('marks production so that introspection and the dev signer switch off', () => {
    expect(loadConfig({ ...SECRETS, NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig(SECRETS).production).toBe(false);
  });
});
