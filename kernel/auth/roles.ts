/** The roles a caller can hold (DESIGN.md §6). JWT `roles` claim and `@requiresScopes` use these names. */
export const ROLES = [
  'CITIZEN',
  'VOLUNTEER',
  'OBSERVER',
  'OFFICER',
  'SUPERVISOR',
  'TRAINER',
  'ADMIN',
  'DEPARTMENT',
  /** 法制审核人员 (法制科): reviews major enforcement decisions before they are recorded. */
  'LEGAL_REVIEWER',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
