/**
 * What one scale run generates, decided in Node once and handed to each subgraph's loader as data (the loaders
 * never read another subgraph's schema). Sizes derive from the number of cases unless given.
 */
export interface ScaleOptions {
  /** Enforcement cases to add (2017-01-01 → yesterday). */
  cases: number;
  /** Merchants and persons each (default: cases / 200, at least 500). */
  parties?: number;
  /** Officers to add to the roster (default: cases / 500, between 200 and 3000). */
  officers?: number;
  /** Citizen reports (default: cases / 2). */
  reports?: number;
  /** Rows per INSERT … SELECT batch (default 50 000). */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface ScalePlan {
  cases: number;
  parties: number;
  officers: number;
  reports: number;
  batchSize: number;
  /** First and last instant of the history (ms precision). */
  from: Date;
  to: Date;
  log: (line: string) => void;
}

export const SCALE_START = new Date('2016-12-31T16:00:00.000Z'); // 2017-01-01 00:00 China time

/** The case every scale data set gives a 200-event timeline (timelineVerified is measured on it). */
export const LONG_TIMELINE_CASE_ID = 'a200e7e0-0000-4000-8000-000000000200';
export const LONG_TIMELINE_EVENTS = 200;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

export function scalePlan(options: ScaleOptions, now = new Date()): ScalePlan {
  if (!Number.isInteger(options.cases) || options.cases < 1) {
    throw new Error('cases must be a positive integer');
  }
  const to = new Date(Math.floor((now.getTime() - 86_400_000) / 1000) * 1000);
  return {
    cases: options.cases,
    parties: options.parties ?? clamp(options.cases / 200, 500, 50_000),
    officers: options.officers ?? clamp(options.cases / 500, 200, 3000),
    reports: options.reports ?? Math.round(options.cases / 2),
    batchSize: options.batchSize ?? 50_000,
    from: SCALE_START,
    to,
    log: options.log ?? (() => undefined),
  };
}

/** Batches [start, end) over `total` rows. */
export function* batches(total: number, size: number): Generator<[number, number]> {
  for (let start = 0; start < total; start += size) {
    yield [start, Math.min(total, start + size)];
  }
}
