import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs; one root logger per process, a child per service and per request. `destination` is for
 * tests that read what a service logs (default: stdout).
 */
export function createLogger(level: string, service: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
