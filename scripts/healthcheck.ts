/**
 * The image's HEALTHCHECK: exits 0 when the service in this container answers `/ready` (database reachable for a
 * subgraph, supergraph loaded for the gateway). One image runs every service, so it asks each configured port on
 * loopback; only the one this container serves can answer.
 */
import { loadConfig } from '../kernel/config/load-config';

async function ready(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2500) });
    return res.ok;
  } catch {
    return false;
  }
}

async function main() {
  const ports = Object.values(loadConfig().ports);
  const answers = await Promise.all(ports.map(ready));
  process.exit(answers.some(Boolean) ? 0 : 1);
}

main().catch(() => process.exit(1));
