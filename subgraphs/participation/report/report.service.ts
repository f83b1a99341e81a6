import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { lockForTransaction } from '../../../kernel/db/advisory-lock';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { maskPhone } from '../../../kernel/privacy/mask';
import { BaseService } from '../../../kernel/services/base.service';
import { clientKeyOf, RateLimiter } from '../../../kernel/rate-limit/rate-limiter';
import { SUBMIT_REPORT_LIMIT } from '../rate-limit/limits';
import { recordEvent } from '../report-event/record-event';
import { findOriginal } from './find-original';
import { ReportStatus } from './report-enums';
import { Report } from './report.entity';
import type { ReportFilter, SubmitReportInput } from './report.inputs';
import { newReporterSecret } from './reporter-secret';
import { newTrackingCode } from './tracking-code';

export class ReportService extends BaseService {
  /**
   * Anonymous or signed-in; the same idempotency key never creates a second report. Rate-limited per client;
   * a near-duplicate is linked to the first report of the same problem.
   */
  async submit(input: SubmitReportInput): Promise<{ report: Report; reporterSecret: string | null }> {
    const key = input.idempotencyKey;
    if (!key) {
      return this.create(input);
    }
    // Calls with one key take turns (a transaction lock on the key): the first creates the report, the others
    // wait for its commit and find it, so concurrent retries all get the one report (and count once).
    return this.em.transactional(async (em) => {
      await lockForTransaction(em, `participation:report-idempotency:${key}`);
      const existing = await em.findOne(Report, { idempotencyKey: key });
      if (!existing) {
        return this.create(input, em);
      }
      if (existing.reporterSubject !== this.actor.subject) {
        throw new ConflictError('This idempotency key belongs to another report', {
          field: 'input.idempotencyKey',
        });
      }
      return { report: existing, reporterSecret: null };
    });
  }

  private async create(input: SubmitReportInput, outer?: EntityManager): Promise<{ report: Report; reporterSecret: string | null }> {
    const subject = this.actor.subject;
    await this.scope.services.get(RateLimiter).hit('submitReport', clientKeyOf(this.scope), SUBMIT_REPORT_LIMIT, new Date(), outer);
    const now = new Date();
    const secret = subject ? null : newReporterSecret();
    // inside the idempotency key's transaction the report is written in it (a nested transaction would only add a
    // savepoint and its release); otherwise in a transaction of its own
    const write = async (em: EntityManager) => {
      const original = await findOriginal(em, input.category, input.location, now);
      const created = em.create(Report, {
        trackingCode: newTrackingCode(),
        category: input.category,
        description: input.description.trim(),
        lat: input.location.lat,
        lng: input.location.lng,
        address: input.location.address.trim(),
        photoUris: input.photoUris,
        contactPhone: input.contactPhone ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        reporterSubject: subject,
        reporterSecretHash: secret?.hash ?? null,
        duplicateOfId: original?.id ?? null,
        submittedAt: now,
      });
      const note = original ? `市民提交随手拍（疑似重复上报，已关联 ${original.trackingCode}）` : '市民提交随手拍';
      await recordEvent(em, created, {
        from: null,
        to: ReportStatus.SUBMITTED,
        note,
        actor: this.actor,
        at: now,
      });
      return created;
    };
    const report = outer ? await write(outer) : await this.em.transactional(write);
    return { report, reporterSecret: secret?.secret ?? null };
  }

  /** Staff list, newest first; an officer sees the reports dispatched to them. */
  list(args: ConnectionArgs, filter: ReportFilter = {}) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const where: FilterQuery<Report> = {};
    if (!hasRole(this.actor, 'ADMIN')) {
      Object.assign(where, this.scopeWhere());
    }
    if (filter.status) {
      where.status = filter.status;
    }
    if (filter.gridCode) {
      where.gridCode = filter.gridCode;
    }
    if (filter.category) {
      where.category = filter.category;
    }
    if (filter.needsManualTriage !== null && filter.needsManualTriage !== undefined) {
      where.needsManualTriage = filter.needsManualTriage;
    }
    return paginate(this.em, Report, args, {
      where,
      orderBy: { submittedAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(id: string): Promise<Report> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const report = await this.em.findOne(Report, { id });
    if (!report) {
      throw new NotFoundError('Report', id, 'id');
    }
    if (!this.mayHandle(report)) {
      throw new ForbiddenError('This report is not dispatched to you');
    }
    return report;
  }

  /** Public progress by tracking code (处理进度实时公开); the Report type carries no personal data. */
  async track(trackingCode: string): Promise<Report> {
    const report = await this.em.findOne(Report, {
      trackingCode: trackingCode.trim().toUpperCase(),
    });
    if (!report) {
      throw new NotFoundError('Report', trackingCode, 'trackingCode');
    }
    return report;
  }

  /** Supervisors and administrators see every report; an officer the ones dispatched to them. */
  /** ADMIN and bureau-level supervisors (no unit in their token) see every report. */
  seesAllReports(): boolean {
    return hasRole(this.actor, 'ADMIN') || (hasRole(this.actor, 'SUPERVISOR') && !this.actor.unitId);
  }

  /** Officers: reports dispatched to them or to their unit's grid cells; supervisors: their unit's reports. */
  private scopeWhere(): FilterQuery<Report> {
    if (this.seesAllReports()) {
      return {};
    }
    const own = { assignedOfficerId: this.actor.subject };
    const unit = this.actor.unitId ? [{ unitId: this.actor.unitId }] : [];
    return hasRole(this.actor, 'SUPERVISOR') ? { $or: unit } : { $or: [own, ...unit] };
  }

  /** 联系电话: the reporter reads their own number in full; handling staff read it masked; nobody else reads it. */
  contactPhoneFor(report: Report): string | null {
    if (this.actor.subject && report.reporterSubject === this.actor.subject) {
      return report.contactPhone ?? null;
    }
    return this.mayHandle(report) ? maskPhone(report.contactPhone) : null;
  }

  mayHandle(report: Report): boolean {
    if (this.seesAllReports()) {
      return true;
    }
    const inUnit = !!this.actor.unitId && report.unitId === this.actor.unitId;
    return hasRole(this.actor, 'SUPERVISOR') ? inUnit : hasRole(this.actor, 'OFFICER') && (report.assignedOfficerId === this.actor.subject || inUnit);
  }
}
