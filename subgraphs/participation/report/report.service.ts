import type { FilterQuery } from '@mikro-orm/core';

import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Report } from './report.entity';
import type { ReportFilter, SubmitReportInput } from './report.inputs';
import { newTrackingCode } from './tracking-code';

export class ReportService extends BaseService {
  /** Anonymous or signed-in; the same idempotency key never creates a second report. */
  async submit(input: SubmitReportInput): Promise<{ report: Report }> {
    const subject = this.actor.subject;
    if (input.idempotencyKey) {
      const existing = await this.em.findOne(Report, { idempotencyKey: input.idempotencyKey });
      if (existing) {
        if (existing.reporterSubject !== subject) {
          throw new ConflictError('This idempotency key belongs to another report', { field: 'input.idempotencyKey' });
        }
        return { report: existing };
      }
    }
    const report = this.em.create(Report, {
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
    });
    await this.em.flush();
    return { report };
  }

  /** Staff list; newest first. */
  list(args: ConnectionArgs, filter: ReportFilter = {}) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const where: FilterQuery<Report> = {};
    if (filter.status) {
      where.status = filter.status;
    }
    if (filter.gridCode) {
      where.gridCode = filter.gridCode;
    }
    if (filter.category) {
      where.category = filter.category;
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
    return report;
  }

  /** Public progress by tracking code (处理进度实时公开); the Report type carries no personal data. */
  async track(trackingCode: string): Promise<Report> {
    const report = await this.em.findOne(Report, { trackingCode: trackingCode.trim().toUpperCase() });
    if (!report) {
      throw new NotFoundError('Report', trackingCode, 'trackingCode');
    }
    return report;
  }
}
