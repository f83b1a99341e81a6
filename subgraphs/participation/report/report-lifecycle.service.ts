import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { PointReason, POINTS_PER_VALID_REPORT } from '../points/points-enums';
import { PointsService } from '../points/points.service';
import { recordEvent } from '../report-event/record-event';
import { Volunteer } from '../volunteer/volunteer.entity';
import type { ChangeReportStatusInput, DisputeReportInput, RateReportInput } from './report-lifecycle.inputs';
import { ReportStatus } from './report-enums';
import { Report } from './report.entity';
import { ReportService } from './report.service';
import { canDispute, canRate, canTransition } from './report-transitions';
import { secretMatches } from './reporter-secret';

function requiredNote(note: string | null | undefined, field = 'input.note'): string {
  const trimmed = (note ?? '').trim();
  if (trimmed.length < 2) {
    throw new ValidationError(field, 'A note of at least 2 characters is required for every step');
  }
  return trimmed;
}

/** 处理流程: status changes by staff, disputes and ratings by the reporting citizen. */
export class ReportLifecycleService extends BaseService {
  async changeStatus(input: ChangeReportStatusInput): Promise<{ report: Report }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const note = requiredNote(input.note);
    const reports = this.scope.services.get(ReportService);
    const report = await this.em.transactional(async (em) => {
      const r = await this.lockById(em, input.reportId);
      if (!reports.mayHandle(r)) {
        throw new ForbiddenError('This report is not dispatched to you');
      }
      if (!canTransition(r.status, input.status)) {
        throw new ConflictError(`A report cannot go from ${r.status} to ${input.status}`, {
          field: 'input.status',
        });
      }
      if (input.status === ReportStatus.DISPATCHED) {
        this.applyManualDispatch(r, input);
      }
      const now = new Date();
      await recordEvent(em, r, { from: r.status, to: input.status, note, actor: this.actor, at: now });
      r.status = input.status;
      r.firstResponseAt ??= now;
      if (input.status === ReportStatus.RESOLVED) {
        r.resolvedAt = now;
        await this.rewardReporter(em, r);
      }
      return r;
    });
    return { report };
  }

  /** The citizen says it is not fixed: RESOLVED → IN_PROGRESS within the dispute window. */
  async dispute(input: DisputeReportInput): Promise<{ report: Report }> {
    const note = requiredNote(input.note);
    const report = await this.em.transactional(async (em) => {
      const r = await this.lockByTrackingCode(em, input.trackingCode);
      this.requireReporter(r, input.reporterSecret);
      const now = new Date();
      if (!canDispute(r.status, r.resolvedAt, now)) {
        throw new ConflictError('Only a RESOLVED report can be disputed, within 7 days of the resolution', {
          field: 'input.trackingCode',
        });
      }
      await recordEvent(em, r, {
        from: r.status,
        to: ReportStatus.IN_PROGRESS,
        note: `市民申请复核：${note}`,
        actor: this.actor,
        at: now,
      });
      r.status = ReportStatus.IN_PROGRESS;
      r.disputeCount += 1;
      return r;
    });
    return { report };
  }

  /** 满意度评价: once, for a RESOLVED or CLOSED report. */
  async rate(input: RateReportInput): Promise<{ report: Report }> {
    const report = await this.findByTrackingCode(this.em, input.trackingCode);
    this.requireReporter(report, input.reporterSecret);
    if (!canRate(report.status)) {
      throw new ConflictError('Only a RESOLVED or CLOSED report can be rated', {
        field: 'input.trackingCode',
      });
    }
    const ratedAt = new Date();
    const comment = input.comment?.trim() || null;
    const changed = await this.em.nativeUpdate(Report, { id: report.id, rating: null }, { rating: input.rating, ratingComment: comment, ratedAt });
    if (changed === 0) {
      throw new ConflictError('This report has already been rated', {
        field: 'input.trackingCode',
      });
    }
    Object.assign(report, { rating: input.rating, ratingComment: comment, ratedAt });
    return { report };
  }

  /** 有效随手拍积分: a volunteer's original report that gets resolved earns points once. */
  private async rewardReporter(em: EntityManager, r: Report): Promise<void> {
    if (!r.reporterSubject || r.duplicateOfId) {
      return;
    }
    const volunteer = await em.findOne(Volunteer, { subject: r.reporterSubject });
    if (volunteer) {
      await this.scope.services.get(PointsService).grant(em, {
        volunteerId: volunteer.id,
        amount: POINTS_PER_VALID_REPORT,
        reason: PointReason.VALID_REPORT,
        sourceId: r.id,
        note: `有效随手拍 ${r.trackingCode}`,
      });
    }
  }

  private applyManualDispatch(r: Report, input: ChangeReportStatusInput): void {
    if (input.gridCode) {
      r.gridCode = input.gridCode;
      r.assignedOfficerId = input.assignedOfficerId ?? null;
      r.needsManualTriage = false;
    } else if (!r.gridCode) {
      throw new ValidationError('input.gridCode', 'This report has no grid cell yet: give gridCode to dispatch it');
    }
  }

  /** Signed-in reporters prove themselves by identity; anonymous ones by the secret returned at submission. */
  private requireReporter(report: Report, secret: string | null | undefined): void {
    const bySubject = report.reporterSubject !== null && report.reporterSubject !== undefined && report.reporterSubject === this.actor.subject;
    const bySecret = !!secret && secretMatches(secret, report.reporterSecretHash);
    if (!bySubject && !bySecret) {
      throw new ForbiddenError('Only the reporting citizen can do this (sign in or give the reporter secret)');
    }
  }

  private async lockById(em: EntityManager, id: string): Promise<Report> {
    const r = await em.findOne(Report, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!r) {
      throw new NotFoundError('Report', id, 'input.reportId');
    }
    return r;
  }

  private async lockByTrackingCode(em: EntityManager, code: string): Promise<Report> {
    const r = await em.findOne(Report, { trackingCode: code.trim().toUpperCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!r) {
      throw new NotFoundError('Report', code, 'input.trackingCode');
    }
    return r;
  }

  private async findByTrackingCode(em: EntityManager, code: string): Promise<Report> {
    const r = await em.findOne(Report, { trackingCode: code.trim().toUpperCase() });
    if (!r) {
      throw new NotFoundError('Report', code, 'input.trackingCode');
    }
    return r;
  }
}
