/** 到期提醒节点: reminders go out 90, 60, 30 and 7 days before a certification expires. */
export const REMINDER_DAYS = [90, 60, 30, 7] as const;

/** Pure: the reminder point reached on `today` (the nearest one not yet passed), or null (far off, or expired). */
export function reminderStage(expiresOn: string, today: string): number | null {
  const daysLeft = Math.round((Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (daysLeft < 0) {
    return null;
  }
  const reached = REMINDER_DAYS.filter((d) => daysLeft <= d);
  return reached.length > 0 ? Math.min(...reached) : null;
}
