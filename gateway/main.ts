/** Starts the gateway alone (containers): `npm run start:gateway`. */
import { loadRuntimeConfig } from '../kernel/config/dev-secrets';
import { onShutdown } from '../kernel/http/shutdown';
import { createLogger } from '../kernel/log/logger';
import { createGateway } from './create-gateway';
import { startGatewayTracing } from './tracing';

async function main() {
  const config = loadRuntimeConfig();
  const log = createLogger(config.log.level, 'gateway');
  const tracing = await startGatewayTracing(config.tracing);
  const gateway = createGateway(config, log);
  const url = await gateway.listen(config.ports.gateway);
  log.info({ url, tracing: config.tracing.enabled }, 'gateway listening');
  onShutdown(log, async () => {
    await gateway.stop();
    await tracing?.shutdown();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
