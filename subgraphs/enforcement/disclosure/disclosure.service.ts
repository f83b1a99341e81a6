import type { FilterQuery } from '@mikro-orm/core';

import { hasRole } from '../../../kernel/auth/actor';
import { likeContains } from '../../../kernel/db/like-pattern';
import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { requireUuid } from '../case/ids';
import { PartyKind } from '../party/party-enums';
import { DisclosureStatus } from './disclosure-enums';
import { thresholdsInForce } from '../thresholds/thresholds-rules';
import { loadThresholdVersions } from '../thresholds/thresholds.service';
import { publicationDueBy } from './disclosure-rules';
import type { DisclosureBacklog, PenaltyDisclosureFilter } from './disclosure.inputs';
import { PenaltyDisclosure } from './penalty-disclosure.entity';

const BACKLOG_COUNTED = 1000;
const BACKLOG_LISTED = 50;

/** Decisions still waiting for disclosure, oldest first, read from the partial index of waiting decisions only. */
export const BACKLOG_SQL = `select d.id, c.number, d.decided_at from enforcement.disposition d join enforcement."case" c on c.id = d.case_id
  where d.disclosure_pending and (?::uuid is null or c.unit_id = ?::uuid)
  order by d.decided_at, d.id limit ${BACKLOG_COUNTED}`;

/** 行政执法公示: the public list of decisions, and what a unit still has to publish. */
export class DisclosureService extends BaseService {
  /** Anonymous: published decisions (or withdrawal notices), newest first. */
  list(args: ConnectionArgs, filter: PenaltyDisclosureFilter = {}) {
    if (filter.status === DisclosureStatus.WITHHELD) {
      throw new ValidationError('filter.status', 'withheld decisions are never listed');
    }
    requireUuid(filter.unitId, 'filter.unitId');
    const where: FilterQuery<PenaltyDisclosure> = { status: filter.status ?? DisclosureStatus.PUBLISHED };
    if (filter.decidedFrom || filter.decidedTo) {
      where.decidedAt = { ...(filter.decidedFrom ? { $gte: filter.decidedFrom } : {}), ...(filter.decidedTo ? { $lt: filter.decidedTo } : {}) };
    }
    if (filter.unitId) {
      where.unitId = filter.unitId;
    }
    if (filter.violationTypeCode) {
      where.violationTypeCode = filter.violationTypeCode;
    }
    if (filter.partyName) {
      where.partyKind = PartyKind.MERCHANT;
      where.partyName = { $ilike: likeContains(filter.partyName) };
    }
    return paginate(this.em, PenaltyDisclosure, args, { where, orderBy: { decidedAt: 'desc', id: 'desc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  /** Supervisors (their unit) and ADMIN: decisions not yet published, overdue first. */
  async backlog(unitId: string | null): Promise<DisclosureBacklog> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    requireUuid(unitId, 'unitId');
    const unit = unitId ?? (hasRole(this.actor, 'ADMIN') ? null : this.actor.unitId);
    if (!hasRole(this.actor, 'ADMIN') && unit !== this.actor.unitId) {
      throw new ForbiddenError('You can see the backlog of your own unit only');
    }
    const [rows, versions] = await Promise.all([
      this.em.getConnection().execute<Array<{ id: string; number: string; decided_at: Date }>>(BACKLOG_SQL, [unit, unit]),
      loadThresholdVersions(this.em),
    ]);
    const now = new Date();
    const items = rows.map((r) => {
      const decidedAt = new Date(r.decided_at);
      const dueBy = publicationDueBy(decidedAt, thresholdsInForce(versions, decidedAt).publicationWorkingDays);
      return { dispositionId: r.id, caseNumber: r.number, decidedAt, dueBy, overdue: dueBy < now };
    });
    return { pending: items.length, overdue: items.filter((i) => i.overdue).length, items: items.slice(0, BACKLOG_LISTED) };
  }
}
