import type { Logger } from '../log/logger';

/**
 * Runs `stop` once on SIGINT/SIGTERM, then exits; a second signal exits at once. A process started by a
 * supervisor with an IPC channel (npm start, the benchmark) also stops when that channel closes, so no service
 * outlives its parent.
 */
export function onShutdown(log: Logger, stop: () => Promise<void>, timeoutMs = 10_000): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  if (process.connected) {
    process.once('disconnect', () => {
      if (!stopping) {
        handler('SIGTERM');
      }
    });
  }
}
