import { randomUUID } from 'node:crypto';

import type { Actor } from '../../../kernel/auth/actor';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '../../../kernel/auth/identity';
import type { GridLocation, GridLocator } from './grid-locator';
import { GridLocatorUnavailableError } from './grid-locator';

const QUERY = `query($lat: Float!, $lng: Float!) { gridCellAt(lat: $lat, lng: $lng) { code unit { id } responsibleOfficer { id } } }`;

/** The identity participation's dispatcher presents to enforcement, signed like the gateway signs callers. */
export const DISPATCHER_ACTOR: Actor = Object.freeze({
  subject: 'participation-dispatcher',
  roles: ['ADMIN'],
  unitId: null,
  departmentId: null,
  name: '随手拍自动派遣',
}) as Actor;

interface GridCellAtResponse {
  data?: { gridCellAt: { code: string; unit: { id: string } | null; responsibleOfficer: { id: string } | null } | null };
  errors?: { message: string }[];
}

/**
 * Asks the enforcement subgraph (the grid owner) through its GraphQL API — never its tables.
 * `enforcementUrl` is the subgraph's base URL or its /graphql endpoint.
 */
export function createEnforcementGridLocator(enforcementUrl: string, identitySecret: string, timeoutMs = 5000): GridLocator {
  const endpoint = enforcementUrl.endsWith('/graphql') ? enforcementUrl : `${enforcementUrl.replace(/\/$/, '')}/graphql`;
  return {
    async locate(lat: number, lng: number): Promise<GridLocation | null> {
      const requestId = randomUUID();
      let body: GridCellAtResponse;
      try {
        const request = JSON.stringify({ query: QUERY, variables: { lat, lng } });
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [IDENTITY_HEADER]: signIdentity(DISPATCHER_ACTOR, requestId, identitySecret, Date.now(), undefined, request),
            [REQUEST_ID_HEADER]: requestId,
          },
          body: request,
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!res.ok) {
          throw new GridLocatorUnavailableError(`HTTP ${res.status}`);
        }
        body = (await res.json()) as GridCellAtResponse;
      } catch (err) {
        throw err instanceof GridLocatorUnavailableError ? err : new GridLocatorUnavailableError(String(err));
      }
      if (body.errors?.length || !body.data) {
        throw new GridLocatorUnavailableError(body.errors?.[0]?.message ?? 'no data');
      }
      const cell = body.data.gridCellAt;
      return cell ? { gridCode: cell.code, officerId: cell.responsibleOfficer?.id ?? null, unitId: cell.unit?.id ?? null } : null;
    },
  };
}
