export const MIN_MEMBERS = 3;
export const MAX_MEMBERS = 15;
export const MAX_ROSTER_DAYS = 31;

/**
 * 商户自治委员会 (721 工作总结: merchants govern themselves with a rotating duty roster, 摊主轮值制): 3–15 distinct
 * merchants who hold a stall in the zone, the chair one of them. Returns the problem, or null.
 */
export function committeeProblem(memberIds: string[], chairId: string, holders: ReadonlySet<string>): { field: string; message: string } | null {
  if (memberIds.length < MIN_MEMBERS || memberIds.length > MAX_MEMBERS) {
    return { field: 'input.memberMerchantIds', message: `a committee has ${MIN_MEMBERS}–${MAX_MEMBERS} members` };
  }
  if (new Set(memberIds).size !== memberIds.length) {
    return { field: 'input.memberMerchantIds', message: 'a merchant is listed twice' };
  }
  const outsider = memberIds.find((id) => !holders.has(id));
  if (outsider) {
    return { field: 'input.memberMerchantIds', message: `merchant ${outsider} holds no stall in this zone; members are the zone's stall holders` };
  }
  if (!memberIds.includes(chairId)) {
    return { field: 'input.chairMerchantId', message: 'the chair must be one of the members' };
  }
  return null;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * 轮值表: from `startsOn` the member of seat 1 is on duty, the next day seat 2, … wrapping round; the roster for
 * `days` days from `from` (China-time dates). Days before the start have nobody on duty.
 */
export function dutyRoster<M>(membersBySeat: readonly M[], startsOn: string, from: string, days: number): { date: string; member: M | null }[] {
  const start = dayNumber(startsOn);
  const first = dayNumber(from);
  return Array.from({ length: days }, (_, i) => {
    const offset = first + i - start;
    return { date: isoOf(first + i), member: offset < 0 || membersBySeat.length === 0 ? null : membersBySeat[offset % membersBySeat.length] };
  });
}
