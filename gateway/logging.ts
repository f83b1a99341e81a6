import { Logger as RuntimeLogger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';

import type { Logger } from '../kernel/log/logger';

type RuntimeLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/** The runtime's own log level for ours (it has no `fatal`; `silent` turns it off). */
export function runtimeLevel(level: string): RuntimeLevel | false {
  if (level === 'silent') {
    return false;
  }
  return level === 'fatal' ? 'error' : (level as RuntimeLevel);
}

/** The Hive Gateway runtime's logger, writing through our pino logger: JSON lines like every other service. */
export function runtimeLogger(log: Logger, level: string): RuntimeLogger {
  return new RuntimeLogger({ level: runtimeLevel(level), writers: [new PinoLogWriter(log.child({ component: 'runtime' }))] });
}
