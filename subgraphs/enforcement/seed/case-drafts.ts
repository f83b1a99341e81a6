import { CaseStatus as S } from '../case/case-enums';
import type { PartyKind } from '../party/party-enums';

export interface SeedParty {
  id: string;
  kind: PartyKind;
  name: string;
  violations: string[];
}

/** One planned case: the party's `nth` case, when it happened and how far it got. */
export interface CaseDraft {
  party: SeedParty;
  partyIndex: number;
  nth: number;
  occurredAt: number;
  status: S;
  serial: number;
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
const START = Date.UTC(2025, 10, 25, 1, 30);
/** Cases per party, cycling: parties with 1, 2, 3, 4 and 6 violations of their usual types. */
const CASES_PER_PARTY = [1, 2, 3, 4, 6];
/** Status of each party's latest case (earlier ones are closed), cycling over every status. */
const LAST_STATUS = [S.CLOSED, S.IN_PROGRESS, S.REPORTED, S.FILED, S.ASSIGNED, S.RESOLVED, S.VERIFIED, S.CLOSED, S.REJECTED, S.REFERRED, S.CLOSED];

/** Plans the demo cases in time order (deterministic): a party's cases are 36 days apart. */
export function planCases(parties: SeedParty[]): CaseDraft[] {
  const drafts: CaseDraft[] = [];
  parties.forEach((party, j) => {
    const count = CASES_PER_PARTY[j % CASES_PER_PARTY.length];
    for (let nth = 0; nth < count; nth += 1) {
      const occurredAt = START + ((j * 5) % 150) * DAY + nth * 36 * DAY + (j % 9) * HOUR;
      const status = nth === count - 1 ? LAST_STATUS[j % LAST_STATUS.length] : S.CLOSED;
      drafts.push({ party, partyIndex: j, nth, occurredAt, status, serial: drafts.length });
    }
  });
  return drafts.sort((a, b) => a.occurredAt - b.occurredAt || a.serial - b.serial);
}

const PROGRESS = [S.REPORTED, S.FILED, S.ASSIGNED, S.IN_PROGRESS, S.RESOLVED, S.VERIFIED, S.CLOSED];

/** The statuses a case passed through to reach `status`. */
export function statusesReached(status: S): S[] {
  if (status === S.REJECTED) {
    return [S.REPORTED];
  }
  if (status === S.REFERRED) {
    return [S.REPORTED, S.FILED];
  }
  return PROGRESS.slice(0, PROGRESS.indexOf(status) + 1);
}
