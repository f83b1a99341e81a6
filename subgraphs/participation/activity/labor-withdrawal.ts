import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';

import type { MessageHandler } from '../../../kernel/outbox/consume';
import { LaborAssignment } from './labor-assignment.entity';

/** Topic enforcement publishes when a labor-in-lieu disposition stops standing (superseded, or lapsed to the fine). */
export const LABOR_WITHDRAWN = 'labor.withdrawn';

export enum LaborWithdrawalCause {
  SUPERSEDED = 'SUPERSEDED',
  LAPSED = 'LAPSED',
}

registerEnumType(LaborWithdrawalCause, {
  name: 'LaborWithdrawalCause',
  description: '以劳代罚撤销原因 — why a labor-in-lieu disposition no longer stands',
  valuesConfig: {
    SUPERSEDED: { description: '已被替代 — a supervisor superseded it with another decision (with a written reason)' },
    LAPSED: { description: '已失效 — the deadline passed; the fine applies again' },
  },
});

@ObjectType({ description: '以劳代罚已撤销 — the disposition these hours served no longer stands; its hours no longer count' })
export class LaborWithdrawal {
  @Field(() => LaborWithdrawalCause, { description: '原因 — superseded or lapsed' })
  cause!: LaborWithdrawalCause;

  @Field(() => GraphQLISODateTime, { description: '撤销时间 — when enforcement withdrew it' })
  at!: Date;

  @Field(() => String, { nullable: true, description: "说明 — enforcement's reason" })
  reason!: string | null;
}

/** Participation's view of a withdrawn copy; null while the disposition stands. */
export function withdrawalOf(a: LaborAssignment | null | undefined): LaborWithdrawal | null {
  if (!a?.withdrawnAt) {
    return null;
  }
  return { cause: a.withdrawnCause as LaborWithdrawalCause, at: a.withdrawnAt, reason: a.withdrawnReason ?? null };
}

/** Marks participation's copy withdrawn (runs inside the inbox transaction: applied once; the first withdrawal stays). */
export const onLaborWithdrawn: MessageHandler = async (scope, payload) => {
  const p = payload as {
    dispositionId: string;
    activityId: string;
    servedBy: string;
    dueAt: string;
    unitId?: string | null;
    cause: LaborWithdrawalCause;
    reason?: string | null;
    at: string;
  };
  const existing = await scope.em.findOne(LaborAssignment, { id: p.dispositionId });
  if (existing?.withdrawnAt) {
    return;
  }
  await scope.em.upsert(LaborAssignment, {
    id: p.dispositionId,
    activityId: p.activityId,
    servedBy: p.servedBy,
    dueAt: new Date(p.dueAt),
    unitId: p.unitId ?? existing?.unitId ?? null,
    withdrawnAt: new Date(p.at),
    withdrawnCause: p.cause,
    withdrawnReason: p.reason ?? null,
  });
};
