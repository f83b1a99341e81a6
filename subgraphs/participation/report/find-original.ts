import type { EntityManager } from '@mikro-orm/postgresql';

import { boundingBox, distanceMeters, DUPLICATE_RADIUS_METERS, DUPLICATE_WINDOW_HOURS } from './near-duplicate';
import type { ReportCategory } from './report-enums';
import { Report } from './report.entity';

/** The earliest original report of the same category within the radius and time window, if any. */
export async function findOriginal(
  em: EntityManager,
  category: ReportCategory,
  at: { lat: number; lng: number },
  now: Date,
  radiusMeters = DUPLICATE_RADIUS_METERS,
  windowHours = DUPLICATE_WINDOW_HOURS,
): Promise<Report | null> {
  const box = boundingBox(at, radiusMeters);
  const candidates = await em.find(
    Report,
    {
      category,
      duplicateOfId: null,
      submittedAt: { $gte: new Date(now.getTime() - windowHours * 3600_000), $lte: now },
      lat: { $gte: box.minLat, $lte: box.maxLat },
      lng: { $gte: box.minLng, $lte: box.maxLng },
    },
    { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: 20 },
  );
  return candidates.find((r) => distanceMeters(r, at) <= radiusMeters) ?? null;
}
