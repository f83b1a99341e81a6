import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { demoTile, GRID_CELLS } from '../../../kernel/demo/demo-grid';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import type { Logger } from '../../../kernel/log/logger';
import { ReportCategory, ReportStatus } from '../report/report-enums';
import { Report } from '../report/report.entity';
import { ADDRESS_HINTS, REPORT_TEXTS } from './report-texts.data';

const STATUSES = Object.values(ReportStatus);
const CATEGORIES = Object.values(ReportCategory);
const DEMO_REPORTS = 60;

/** Demo citizen reports spread over the grid and the last 60 days; idempotent. */
export async function seedParticipation(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Report, {})) > 0) {
    return;
  }
  const now = Date.UTC(2026, 10, 20, 2, 0, 0);
  for (let i = 0; i < DEMO_REPORTS; i += 1) {
    const cellIndex = (i * 7) % GRID_CELLS.length;
    const tile = demoTile(cellIndex);
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const texts = REPORT_TEXTS[category];
    const status = STATUSES[i % STATUSES.length]!;
    const dispatched = status !== ReportStatus.SUBMITTED && status !== ReportStatus.REJECTED;
    em.create(Report, {
      id: seedId('report', String(i)),
      trackingCode: `SSP-DEMO${String(i).padStart(4, '0')}`,
      category,
      description: texts[i % texts.length]!,
      lat: tile.minLat + 0.004 + (i % 3) * 0.001,
      lng: tile.minLng + 0.005,
      address: `兰溪市${GRID_CELLS[cellIndex]!.street}${ADDRESS_HINTS[i % ADDRESS_HINTS.length]}${10 + i}号附近`,
      photoUris: [`https://oss.lanxi.example/reports/${i}/1.jpg`],
      status,
      submittedAt: new Date(now - i * 23 * 3600 * 1000),
      gridCode: GRID_CELLS[cellIndex]!.code,
      assignedOfficerId: dispatched ? demoOfficerId(3 + (cellIndex % (DEMO_OFFICER_COUNT - 3))) : null,
      contactPhone: i % 3 === 0 ? `1390579${String(2000 + i).slice(-4)}` : null,
    });
  }
  await em.flush();
  log.info({ reports: DEMO_REPORTS }, 'seeded participation demo data');
}
