import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { hasRole } from '../../../kernel/auth/actor';
import { BaseService } from '../../../kernel/services/base.service';
import { ClosedCase } from '../case/closed-case.entity';
import { ratio } from '../../../kernel/stats/ratio';
import { ReportStatus } from '../report/report-enums';
import { Report } from '../report/report.entity';
import { secretMatches } from '../report/reporter-secret';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { SurveySubject } from './survey-enums';
import type { SatisfactionStats, SubmitSatisfactionSurveyInput, SurveyPeriodInput } from './survey.inputs';

export class SurveyService extends BaseService {
  /** One survey per resolved report (by its reporter) or per closed case (recorded by staff at the follow-up). */
  async submit(input: SubmitSatisfactionSurveyInput): Promise<{ survey: SatisfactionSurvey }> {
    if (!!input.trackingCode === !!input.caseId) {
      throw new ValidationError('input.trackingCode', 'Give either trackingCode (a report) or caseId (a case follow-up)');
    }
    const target = input.trackingCode ? await this.reportTarget(input.trackingCode, input.reporterSecret) : await this.caseTarget(input.caseId!);
    const existing = await this.em.findOne(SatisfactionSurvey, target);
    if (existing) {
      throw new ConflictError('This survey has been answered already', { field: input.trackingCode ? 'input.trackingCode' : 'input.caseId' });
    }
    const survey = this.em.create(SatisfactionSurvey, {
      ...target,
      speed: input.speed,
      attitude: input.attitude,
      outcome: input.outcome,
      comment: input.comment?.trim() || null,
      answeredAt: new Date(),
    });
    await this.em.flush();
    return { survey };
  }

  private async reportTarget(trackingCode: string, secret: string | null | undefined) {
    const report = await this.em.findOne(Report, { trackingCode: trackingCode.trim().toUpperCase() });
    if (!report) {
      throw new NotFoundError('Report', trackingCode, 'input.trackingCode');
    }
    const reporter =
      (report.reporterSubject && report.reporterSubject === this.actor.subject) || (!!secret && secretMatches(secret, report.reporterSecretHash));
    if (!reporter) {
      throw new ForbiddenError('Only the reporting citizen answers this survey (sign in or give the reporter secret)');
    }
    if (report.status !== ReportStatus.RESOLVED && report.status !== ReportStatus.CLOSED) {
      throw new ConflictError(`The survey opens when the report is resolved, not ${report.status}`, { field: 'input.trackingCode' });
    }
    return { subject: SurveySubject.REPORT, targetId: report.id };
  }

  /** A closed case the caller may see: ADMIN any, OFFICER and SUPERVISOR their unit's (participation's outbox-fed copy). */
  private async caseTarget(caseId: string) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const closed = await this.em.findOne(ClosedCase, { id: caseId });
    if (!closed) {
      throw new NotFoundError('Case', caseId, 'input.caseId');
    }
    if (!hasRole(this.actor, 'ADMIN') && closed.unitId !== this.actor.unitId) {
      throw new ForbiddenError('This case belongs to another unit');
    }
    return { subject: SurveySubject.CASE_FOLLOW_UP, targetId: caseId };
  }

  /** Averages per subject in one statement (supervisors and admins). */
  async stats(period: SurveyPeriodInput): Promise<SatisfactionStats[]> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    if (!(period.from < period.to)) {
      throw new ValidationError('period.to', 'period.to must be after period.from');
    }
    const rows: { subject: SurveySubject; responses: string; speed: string | null; attitude: string | null; outcome: string | null; satisfied: string }[] =
      await this.em.getConnection().execute(
        `select s.subject, count(v.id) as responses, round(avg(v.speed), 2) as speed, round(avg(v.attitude), 2) as attitude,
                round(avg(v.outcome), 2) as outcome, count(v.id) filter (where v.speed >= 4 and v.attitude >= 4 and v.outcome >= 4) as satisfied
         from unnest(array['REPORT', 'CASE_FOLLOW_UP']) as s(subject)
         left join participation.satisfaction_survey v on v.subject::text = s.subject and v.answered_at >= ? and v.answered_at < ?
         group by s.subject order by s.subject desc`,
        [period.from, period.to],
      );
    const n = (v: string | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      subject: r.subject,
      responses: Number(r.responses),
      speed: n(r.speed),
      attitude: n(r.attitude),
      outcome: n(r.outcome),
      satisfiedShare: ratio(Number(r.satisfied), Number(r.responses)),
    }));
  }
}
