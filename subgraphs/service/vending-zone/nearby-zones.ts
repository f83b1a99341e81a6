import type { EntityManager } from '@mikro-orm/postgresql';

import { ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionShape } from '../../../kernel/graphql/connection';
import { VendingZoneStatus } from './vending-zone-enums';
import { VendingZone } from './vending-zone.entity';
import type { NearbyVendingZone, VendingZonesNearArgs } from './vending-zone.inputs';
import { chinaMinuteOfDay, SQL_OPEN_AT_MINUTE } from './opening-window';

const EARTH_RADIUS_M = 6_371_000;
export const NEARBY_PAGE_MAX = 50;

/** Great-circle distance (haversine) from the bound point (lat, lat, lng) to the zone, metres. */
const DISTANCE_SQL = `(${2 * EARTH_RADIUS_M} * asin(sqrt(power(sin(radians(z.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(z.lat)) * power(sin(radians(z.lng - ?) / 2), 2))))`;

interface NearCursor {
  lat: number;
  lng: number;
  d: number;
  id: string;
}

function encode(c: NearCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decode(after: string, args: VendingZonesNearArgs): NearCursor {
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as NearCursor;
    if (c.lat === args.near.lat && c.lng === args.near.lng && typeof c.d === 'number' && /^[0-9a-f-]{36}$/.test(c.id)) {
      return c;
    }
  } catch {
    // fall through
  }
  throw new ValidationError('after', 'after is not a cursor returned by this search');
}

/**
 * Open zones within the radius, nearest first, in one statement (a bounding box narrows the rows the index
 * hands to the exact distance). Keyset pagination on (distance, id); the cursor is bound to the search point.
 */
export async function findZonesNear(em: EntityManager, args: VendingZonesNearArgs): Promise<ConnectionShape<NearbyVendingZone>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > NEARBY_PAGE_MAX) {
    throw new ValidationError('first', `first must be between 1 and ${NEARBY_PAGE_MAX}`);
  }
  const { lat, lng } = args.near;
  const dLat = args.radiusMeters / 111_320;
  const dLng = args.radiusMeters / (111_320 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  const where = ['z.status = ?', 'z.lat between ? and ?', 'z.lng between ? and ?', `${DISTANCE_SQL} <= ?`];
  const params: unknown[] = [VendingZoneStatus.OPEN, lat - dLat, lat + dLat, lng - dLng, lng + dLng, lat, lat, lng, args.radiusMeters];
  if (args.kind) {
    where.push('z.kind = ?');
    params.push(args.kind);
  }
  if (args.openAt) {
    const minute = chinaMinuteOfDay(args.openAt);
    where.push(SQL_OPEN_AT_MINUTE);
    params.push(minute, minute, minute, minute);
  }
  if (args.after) {
    const c = decode(args.after, args);
    where.push(`(${DISTANCE_SQL}, z.id) > (?::float8, ?::uuid)`);
    params.push(lat, lat, lng, c.d, c.id);
  }
  const schema = em.config.get('schema');
  const rows: (Record<string, unknown> & { distance: number })[] = await em.execute(
    `select z.*, ${DISTANCE_SQL} as distance from "${schema}".vending_zone z where ${where.join(' and ')} order by distance, z.id limit ?`,
    [lat, lat, lng, ...params, args.first + 1],
  );
  const page = rows.slice(0, args.first);
  const edges = page.map((row) => ({
    node: { zone: em.map(VendingZone, row), distanceMeters: Math.round(Number(row.distance)) },
    cursor: encode({ lat, lng, d: Number(row.distance), id: String(row.id) }),
  }));
  const base = { where: args.after ? where.slice(0, -1) : where, params: args.after ? params.slice(0, -5) : params };
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // the keyset condition is not part of the total; counted only when the client selects it
    get totalCount() {
      total ??= em
        .execute<{ n: string }[]>(`select count(*) as n from "${schema}".vending_zone z where ${base.where.join(' and ')}`, base.params)
        .then((r) => Number(r[0].n));
      return total;
    },
  };
}
