import type { MessageHandler } from '../../../kernel/outbox/consume';
import { LaborAssignment } from './labor-assignment.entity';

/** Topic enforcement publishes when it records a labor-in-lieu (以劳代罚) disposition. */
export const LABOR_ASSIGNED = 'labor.assigned';

/** Keeps participation's copy of labor-in-lieu dispositions (runs inside the inbox transaction: applied once). */
export const onLaborAssigned: MessageHandler = async (scope, payload) => {
  const { dispositionId, activityId, servedBy, dueAt, unitId } = payload as {
    dispositionId: string;
    activityId: string;
    servedBy: string;
    dueAt: string;
    unitId?: string | null;
  };
  await scope.em.upsert(LaborAssignment, { id: dispositionId, activityId, servedBy, dueAt: new Date(dueAt), unitId: unitId ?? null });
};
