import type { ObjectQuery } from '@mikro-orm/core';

import type { Case } from './case.entity';
import type { CaseFilter } from './case.inputs';
import { OPEN_STATUSES } from './case-transitions';
import { requireUuid } from './ids';

/** The WHERE clause of the case list for a filter (every column it touches is indexed). */
export function caseWhere(filter: CaseFilter, now: Date): ObjectQuery<Case> {
  requireUuid(filter.officerId, 'filter.officerId');
  requireUuid(filter.partyId, 'filter.partyId');
  const where: ObjectQuery<Case> = {};
  if (filter.status) {
    where.status = filter.status;
  }
  if (filter.gridCode) {
    where.gridCell = filter.gridCode;
  }
  if (filter.officerId) {
    where.assignee = filter.officerId;
  }
  if (filter.partyId) {
    where.partyId = filter.partyId;
  }
  if (filter.violationTypeCode) {
    where.violationType = filter.violationTypeCode;
  }
  if (filter.track) {
    where.track = filter.track;
  }
  if (filter.occurredFrom || filter.occurredTo) {
    where.occurredAt = { ...(filter.occurredFrom ? { $gte: filter.occurredFrom } : {}), ...(filter.occurredTo ? { $lt: filter.occurredTo } : {}) };
  }
  if (filter.typical === true) {
    where.isTypicalCase = true;
  }
  if (filter.overdue === true) {
    where.$and = [{ dueAt: { $lt: now } }, { status: { $in: [...OPEN_STATUSES] } }];
  }
  return where;
}
