import type { ObjectQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { lockForTransaction } from '../../../kernel/db/advisory-lock';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { publish } from '../../../kernel/outbox/publish';
import { BaseService } from '../../../kernel/services/base.service';
import { CASE_OPENED_FROM_REPORT } from '../case-report/report.stub';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { Merchant } from '../party/merchant.entity';
import { PartyKind } from '../party/party-enums';
import { Person } from '../party/person.entity';
import { appendEvent } from '../timeline/append-event';
import { ViolationType } from '../violation-type/violation-type.entity';
import { canActOnCase, canViewCase } from './case-access';
import type { CaseDeed } from './case-access';
import { allocateCaseNumber, caseYear } from './case-number';
import { caseWhere } from './case-filter';
import { tallyCount } from './case-tally';
import { CaseSource } from './case-enums';
import { caseSnapshot } from './case-snapshot';
import { announceCaseUpdate } from './case-updates';
import { Case } from './case.entity';
import type { CaseFilter, CreateCaseInput } from './case.inputs';
import { caseById } from './case.loaders';
import { isUuid, requireExistingShape, requireUuid } from './ids';

const ref = (c: Case) => ({ unitId: c.unit.id, assigneeId: c.assignee?.id ?? null });

export class CaseService extends BaseService {
  private requireStaff(): void {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    if (!hasRole(this.actor, 'ADMIN') && !(this.actor.unitId && isUuid(this.actor.unitId))) {
      throw new ForbiddenError('Your token carries no unit');
    }
  }

  /** The unit condition of a list: officers and supervisors see their own unit only; ADMIN all or the one asked for. */
  unitScope(unitId?: string | null): { unit?: string } {
    this.requireStaff();
    requireUuid(unitId, 'unitId');
    if (!hasRole(this.actor, 'ADMIN')) {
      if (unitId && unitId !== this.actor.unitId) {
        throw new ForbiddenError('You can list the cases of your own unit only');
      }
      return { unit: this.actor.unitId! };
    }
    return unitId ? { unit: unitId } : {};
  }

  /** Officers and supervisors list their unit's cases; ADMIN lists all. */
  list(args: ConnectionArgs, filter: CaseFilter = {}) {
    const scope = this.unitScope(filter.unitId);
    const where: ObjectQuery<Case> = { ...caseWhere(filter, new Date()), ...scope };
    const count = async () => (await tallyCount(this.em, { ...filter, unitId: scope.unit ?? null })) ?? this.em.count(Case, where);
    return paginate(this.em, Case, args, { where, orderBy: { occurredAt: 'desc', id: 'desc' }, maxPageSize: this.scope.config.limits.pageSizeMax, count });
  }

  async get(id: string): Promise<Case> {
    this.requireStaff();
    requireExistingShape('Case', id, 'id');
    const c = await this.scope.loaders.get(caseById).load(id);
    if (!c) {
      throw new NotFoundError('Case', id, 'id');
    }
    if (!canViewCase(this.actor, ref(c))) {
      throw new ForbiddenError('This case belongs to another unit');
    }
    return c;
  }

  async getByNumber(number: string): Promise<Case> {
    this.requireStaff();
    const c = await this.em.findOne(Case, { number });
    if (!c) {
      throw new NotFoundError('Case', number, 'number');
    }
    return this.get(c.id);
  }

  /** Locks the case row for the rest of the transaction and checks the caller may take `action` on it. */
  async lockForAction(tx: EntityManager, id: string, action: CaseDeed, field = 'input.caseId'): Promise<Case> {
    this.requireStaff();
    requireExistingShape('Case', id, field);
    const c = await tx.findOne(Case, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!c) {
      throw new NotFoundError('Case', id, field);
    }
    if (!canActOnCase(this.actor, ref(c), action)) {
      throw new ForbiddenError(canViewCase(this.actor, ref(c)) ? 'Only the assigned officer or a supervisor may do this' : 'This case belongs to another unit');
    }
    return c;
  }

  async create(input: CreateCaseInput): Promise<{ case: Case }> {
    this.requireStaff();
    if (input.occurredAt.getTime() > Date.now() + 60_000) {
      throw new ValidationError('input.occurredAt', 'occurredAt is in the future');
    }
    const created = await this.em.transactional(async (tx): Promise<{ case: Case } | { earlierId: string }> => {
      const key = input.idempotencyKey;
      if (key) {
        // Calls with one key take turns (a transaction lock on the key): the first creates the case, the others
        // wait for its commit and find it, so concurrent retries all get the one case (issue 12, finding 6).
        await lockForTransaction(tx, `enforcement:case-idempotency:${key}`);
        const earlier = await tx.findOne(Case, { idempotencyKey: key }, { fields: ['id'] });
        if (earlier) {
          return { earlierId: earlier.id };
        }
      }
      const cell = await tx.findOne(GridCell, { code: input.gridCode });
      if (!cell) {
        throw new ValidationError('input.gridCode', `grid cell ${input.gridCode} does not exist`);
      }
      if (!hasRole(this.actor, 'ADMIN') && cell.unit.id !== this.actor.unitId) {
        throw new ForbiddenError('The grid cell belongs to another unit');
      }
      const type = await tx.findOne(ViolationType, { code: input.violationTypeCode });
      if (!type) {
        throw new ValidationError('input.violationTypeCode', `violation type ${input.violationTypeCode} does not exist`);
      }
      if (input.source === CaseSource.MERCHANT_VISIT) {
        throw new ValidationError('input.source', 'MERCHANT_VISIT cases are opened only from a visit concern (escalateVisitConcern)');
      }
      requireUuid(input.partyId, 'input.partyId');
      if (input.sourceReportId) {
        requireUuid(input.sourceReportId, 'input.sourceReportId');
        if (input.source !== CaseSource.CITIZEN_REPORT) {
          throw new ValidationError('input.sourceReportId', 'a case opened from a citizen report has source CITIZEN_REPORT');
        }
      }
      const party = await tx.findOne(input.partyKind === PartyKind.MERCHANT ? Merchant : Person, { id: input.partyId });
      if (!party) {
        throw new ValidationError('input.partyId', `${input.partyKind} ${input.partyId} does not exist`);
      }
      const number = await allocateCaseNumber(tx, caseYear(new Date()));
      const { gridCode: _g, violationTypeCode: _v, ...rest } = input;
      const c = tx.create(Case, { ...rest, number, gridCell: cell, unit: cell.unit, violationType: type });
      await appendEvent(tx, c.id, { action: 'CREATE', actorSubject: this.actor.subject, after: { number, ...caseSnapshot(c) } });
      await announceCaseUpdate(tx, c, 'CREATE');
      if (input.sourceReportId) {
        // same transaction: participation learns about the case if and only if it is created
        await publish(tx, {
          to: 'participation',
          topic: CASE_OPENED_FROM_REPORT,
          payload: { reportId: input.sourceReportId, caseId: c.id, caseNumber: number },
        });
      }
      return { case: c };
    });
    // a retry is answered after the lock is released, through the same visibility rules as a read
    return 'earlierId' in created ? { case: await this.get(created.earlierId) } : created;
  }
}
