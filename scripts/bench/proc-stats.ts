/** CPU time and resident memory of a process, read from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** user + system CPU milliseconds the process has used so far. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] = utime, fields[12] = stime (the 14th and 15th fields of /proc/pid/stat)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident set size in MiB. */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

/**
 * Proportional set size in MiB: pages shared with other processes (the Node binary, mapped by every service)
 * counted in shares, so the sum over the services is the memory the stack really takes.
 */
export function pssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Pss:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

/** Parent pid of a process (the fourth field of /proc/pid/stat); undefined when it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * CPU milliseconds of a PostgreSQL server so far: its postmaster (first line of `postmaster.pid` in the data folder)
 * and every process it forked (the connections' backends, the WAL writer, the checkpointer …). A backend that exited
 * takes its time with it; the services' pools keep theirs open while the benchmark runs.
 */
export function postgresCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
  let total = cpuMs(postmaster);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (pid && pid !== postmaster && parentOf(pid) === postmaster) {
      try {
        total += cpuMs(pid);
      } catch {
        // exited between the listing and the read
      }
    }
  }
  return total;
}
