import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { demoTile, GRID_CELLS } from '../../../kernel/demo/demo-grid';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { ReportActorRole } from '../report-event/report-event-enums';
import { ReportEvent } from '../report-event/report-event.entity';
import { ReportCategory, ReportStatus as S } from '../report/report-enums';
import { Report } from '../report/report.entity';
import { hashSecret } from '../report/reporter-secret';
import { demoFinalStatus, demoTimeline } from './report-timeline';
import { ADDRESS_HINTS, RATING_COMMENTS, REPORT_TEXTS } from './report-texts.data';

export const DEMO_REPORTS = 320;
/** Every 17th report (offset 5) repeats the one before it: same problem, 25 minutes later, a few metres away. */
const isDemoDuplicate = (i: number) => i % 17 === 5;
const CATEGORIES = Object.values(ReportCategory);
export const SEED_NOW = Date.UTC(2026, 10, 20, 2, 0, 0);

/** 320 citizen reports over ~60 days with consistent timelines, ratings and linked near-duplicates. */
export function seedReports(em: EntityManager): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i < DEMO_REPORTS; i += 1) {
    const dup = isDemoDuplicate(i) ? reports[i - 1] : null;
    const base = dup ? i - 1 : i;
    const cellIndex = (base * 7) % GRID_CELLS.length;
    const cell = GRID_CELLS[cellIndex];
    const tile = demoTile(cellIndex);
    const category = CATEGORIES[base % CATEGORIES.length];
    const texts = REPORT_TEXTS[category];
    const final = demoFinalStatus(i);
    const submittedAt = dup ? new Date(dup.submittedAt.getTime() + 25 * 60_000) : new Date(SEED_NOW - i * 4.5 * 3600_000 - (i % 7) * 600_000);
    const dispatched = final !== S.SUBMITTED;
    const steps = demoTimeline(i, final, submittedAt, cell.code);
    const firstResponse = steps.find((s) => s.from !== null && s.role !== ReportActorRole.SYSTEM);
    const resolved = steps.filter((s) => s.to === S.RESOLVED).at(-1);
    const rated = resolved && i % 3 !== 0 && resolved.at.getTime() + 86_400_000 < SEED_NOW;
    const anonymous = i % 4 !== 0;
    const report = em.create(Report, {
      id: seedId('report', String(i)),
      trackingCode: `SSP-DEMO${String(i).padStart(4, '0')}`,
      category,
      description: texts[(i + (dup ? 1 : 0)) % texts.length],
      lat: tile.minLat + 0.004 + (base % 3) * 0.001 + (dup ? 0.0001 : 0),
      lng: tile.minLng + 0.005,
      address: `兰溪市${cell.street}${ADDRESS_HINTS[base % ADDRESS_HINTS.length]}${10 + base}号附近`,
      photoUris: [`https://oss.lanxi.example/reports/${i}/1.jpg`],
      status: final,
      submittedAt,
      gridCode: dispatched ? cell.code : null,
      unitId: dispatched ? seedId('unit', cell.squad) : null,
      assignedOfficerId: dispatched ? demoOfficerId(3 + (cellIndex % (DEMO_OFFICER_COUNT - 3))) : null,
      reporterSubject: anonymous ? null : `citizen-${i % 40}`,
      reporterSecretHash: anonymous ? hashSecret(`demo-secret-${i}`) : null,
      contactPhone: i % 3 === 0 ? `1390579${String(2000 + i).slice(-4)}` : null,
      duplicateOfId: dup?.id ?? null,
      disputeCount: steps.filter((s) => s.role === ReportActorRole.CITIZEN && s.from !== null).length,
      firstResponseAt: firstResponse?.at ?? null,
      resolvedAt: resolved?.at ?? null,
      rating: rated ? [5, 5, 4, 5, 3, 4, 5][i % 7] : null,
      ratingComment: rated ? RATING_COMMENTS[i % RATING_COMMENTS.length] : null,
      ratedAt: rated ? new Date(resolved.at.getTime() + 86_400_000) : null,
    });
    steps.forEach((s, k) =>
      em.create(ReportEvent, {
        id: seedId('report-event', `${i}:${k}`),
        reportId: report.id,
        fromStatus: s.from,
        toStatus: s.to,
        note: s.note,
        actorRole: s.role,
        actorSubject: null,
        occurredAt: s.at,
      }),
    );
    reports.push(report);
  }
  return reports;
}
