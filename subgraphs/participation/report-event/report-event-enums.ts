import { registerEnumType } from 'type-graphql';

import type { Actor } from '../../../kernel/auth/actor';
import { hasRole } from '../../../kernel/auth/actor';

/** Who made a step in a report's timeline — shown publicly as a role only, never as a person. */
export enum ReportActorRole {
  CITIZEN = 'CITIZEN',
  OFFICER = 'OFFICER',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}

export const ACTOR_ROLE_LABELS: Record<ReportActorRole, string> = {
  CITIZEN: '市民',
  OFFICER: '网格员',
  SUPERVISOR: '中队督查',
  ADMIN: '指挥中心',
  SYSTEM: '系统',
};

registerEnumType(ReportActorRole, {
  name: 'ReportActorRole',
  description: '操作角色 — role of whoever made a step (no personal identity)',
  valuesConfig: {
    CITIZEN: { description: '市民 — the reporting citizen' },
    OFFICER: { description: '网格员 — grid officer' },
    SUPERVISOR: { description: '中队督查 — supervisor' },
    ADMIN: { description: '指挥中心 — command centre / administrator' },
    SYSTEM: { description: '系统 — automatic step (e.g. dispatch)' },
  },
});

/** The most senior staff role of an actor, or CITIZEN. */
export function actorRoleOf(actor: Actor): ReportActorRole {
  if (hasRole(actor, 'ADMIN')) {
    return ReportActorRole.ADMIN;
  }
  if (hasRole(actor, 'SUPERVISOR')) {
    return ReportActorRole.SUPERVISOR;
  }
  if (hasRole(actor, 'OFFICER')) {
    return ReportActorRole.OFFICER;
  }
  return ReportActorRole.CITIZEN;
}
