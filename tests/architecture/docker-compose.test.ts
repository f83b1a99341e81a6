import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { loadConfig } from '../../kernel/config/load-config';
import { SERVICE_HEAP_FLAGS } from '../../scripts/process-stack';
import { subgraphs } from '../../subgraphs/registry';

interface Service {
  command?: string[];
  deploy?: { replicas?: number };
  environment?: Record<string, string | number>;
}

const compose = parse(readFileSync(path.join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  name?: string;
  services: Record<string, Service>;
};
const SECRETS = { JWT_SECRET: 'j'.repeat(32), IDENTITY_SECRET: 'i'.repeat(32) };
const envOf = (service: Service) => Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]));
/** The URL lists as the service's config would parse them (the rest of its environment is interpolated by compose). */
const urlsOf = (service: Service) => {
  const { ENFORCEMENT_URL, PARTICIPATION_URL, TRAINING_URL, SERVICE_URL } = envOf(service);
  return loadConfig({ ...SECRETS, ENFORCEMENT_URL, PARTICIPATION_URL, TRAINING_URL, SERVICE_URL }).subgraphUrls;
};

describe('docker-compose.yml', () => {
  it('runs every subgraph of the registry as two replicas, each naming itself', () => {
    for (const def of subgraphs) {
      const service = compose.services[def.name];
      expect({ name: def.name, replicas: service?.deploy?.replicas }).toEqual({ name: def.name, replicas: 2 });
      expect(service.command!.join(' ')).toMatch(new RegExp(`INSTANCE_ID=\\$\\$\\{HOSTNAME\\} exec node dist/scripts/run-subgraph\\.js ${def.name}$`));
    }
  });

  it('lists every replica of every subgraph for the gateway and for the other subgraphs, at the replica host names', () => {
    for (const serviceName of ['gateway', ...subgraphs.map((s) => s.name)]) {
      const urls = urlsOf(compose.services[serviceName]);
      for (const def of subgraphs) {
        const port = envOf(compose.services[def.name])[`${def.name.toUpperCase()}_PORT`];
        const replicas = compose.services[def.name].deploy!.replicas!;
        const expected = Array.from({ length: replicas }, (_, k) => `http://${compose.name}-${def.name}-${k + 1}:${port}/graphql`);
        expect({ serviceName, subgraph: def.name, urls: urls[def.name] }).toEqual({ serviceName, subgraph: def.name, urls: expected });
      }
    }
  });

  it('gives every service what its configuration needs: secrets, the database for subgraphs, every peer URL', () => {
    // compose's `${NAME:?message}` / `${NAME:-default}` interpolation, with the .env values a deployment supplies
    const deployed: Record<string, string> = { SEED_DEMO_DATA: 'auto', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' };
    const interpolate = (v: string) =>
      v.replace(/\$\{(\w+)(?::[?-][^}]*)?\}/g, (_, name: string) => deployed[name] ?? `${name.toLowerCase()}-${'x'.repeat(32)}`);
    for (const name of ['gateway', ...subgraphs.map((s) => s.name)]) {
      const env = Object.fromEntries(Object.entries(envOf(compose.services[name])).map(([k, v]) => [k, interpolate(v)]));
      const config = loadConfig(env);
      expect({ name, production: config.production, identity: Boolean(config.identity.secret), jwt: Boolean(config.jwt.secret) }).toEqual({
        name,
        production: true,
        identity: true,
        jwt: true,
      });
      expect({ name, traces: config.tracing.enabled && config.tracing.url }).toEqual({ name, traces: 'http://otel-collector:4318/v1/traces' });
      expect({ name, database: config.db.url ?? null }).toEqual({ name, database: expect.stringMatching(/^postgres:\/\/civic:.*@postgres:5432\//) });
      expect({
        name,
        peers: Object.keys(config.subgraphUrls)
          .filter((k) => config.subgraphUrls[k as never])
          .sort(),
      }).toEqual({ name, peers: subgraphs.map((s) => s.name).sort() });
    }
  });

  it('gives every service container the heap sizes npm start gives each service process', () => {
    for (const name of ['gateway', ...subgraphs.map((s) => s.name)]) {
      expect({ name, nodeOptions: envOf(compose.services[name]).NODE_OPTIONS }).toEqual({ name, nodeOptions: SERVICE_HEAP_FLAGS.join(' ') });
    }
  });

  it('starts the gateway only after the subgraphs are healthy and publishes only the gateway port (Prometheus on loopback)', () => {
    const gateway = compose.services.gateway;
    expect(Object.keys((gateway as { depends_on?: object }).depends_on ?? {}).sort()).toEqual(subgraphs.map((s) => s.name).sort());
    const published = Object.fromEntries(
      Object.entries(compose.services)
        .filter(([, s]) => (s as { ports?: unknown[] }).ports?.length)
        .map(([n, s]) => [n, (s as { ports: string[] }).ports]),
    );
    expect(published).toEqual({ gateway: ['4000:4000'], prometheus: ['127.0.0.1:9090:9090'] });
  });

  it('lets Prometheus scrape the gateway and every subgraph at its port', () => {
    const scrapeConfig = readFileSync(path.join(__dirname, '..', '..', 'ops', 'prometheus.yml'), 'utf8');
    expect(scrapeConfig).toContain(`gateway:${envOf(compose.services.gateway).GATEWAY_PORT}`);
    for (const def of subgraphs) {
      const port = envOf(compose.services[def.name])[`${def.name.toUpperCase()}_PORT`];
      expect(scrapeConfig).toMatch(new RegExp(`names: \\['${def.name}'\\]\\s+type: A\\s+port: ${port}`));
    }
  });

  it('migrates once, in a one-shot service the subgraphs wait for, and the subgraphs then do not migrate themselves', () => {
    const migrate = compose.services.migrate as Service & { restart?: string };
    expect(migrate.command).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(migrate.restart).toBe('no');
    for (const def of subgraphs) {
      const service = compose.services[def.name] as Service & { depends_on?: Record<string, { condition: string }> };
      expect({ name: def.name, dependsOn: service.depends_on }).toEqual({
        name: def.name,
        dependsOn: { migrate: { condition: 'service_completed_successfully' } },
      });
      expect({ name: def.name, migrateOnStart: loadConfig({ ...SECRETS, MIGRATE_ON_START: envOf(service).MIGRATE_ON_START }).seed.migrateOnStart }).toEqual({
        name: def.name,
        migrateOnStart: false,
      });
    }
  });
});
