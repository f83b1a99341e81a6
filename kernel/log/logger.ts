import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; one root logger per process, a child per service and per request. */
export function createLogger(level: string, service: string): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
