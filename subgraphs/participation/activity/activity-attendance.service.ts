import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { publish } from '../../../kernel/outbox/publish';
import { BaseService } from '../../../kernel/services/base.service';
import { PointReason, pointsForHours } from '../points/points-enums';
import { PointsService } from '../points/points.service';
import { Volunteer } from '../volunteer/volunteer.entity';
import { LABOR_HOURS_VERIFIED, laborHoursPayload } from './labor-in-lieu';
import { ActivitySignUp } from './activity-sign-up.entity';
import { HoursStatus } from './activity-enums';
import type { ReviewVolunteerHoursInput } from './activity.inputs';
import { CHECK_IN_OPENS_MINUTES, servedHours } from './time-window';

/** 签到签退与时长认定: attendance by the volunteer (or staff), hours reviewed by an officer. */
export class ActivityAttendanceService extends BaseService {
  async checkIn(signUpId: string): Promise<{ signUp: ActivitySignUp }> {
    return this.attend(signUpId, (s, now) => {
      if (s.checkedInAt) {
        throw new ConflictError('Already checked in', { field: 'input.signUpId' });
      }
      if (now.getTime() < s.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * 60_000 || now.getTime() > s.endsAt.getTime()) {
        throw new ConflictError('Check-in is open from one hour before the start until the end', {
          field: 'input.signUpId',
        });
      }
      s.checkedInAt = now;
    });
  }

  async checkOut(signUpId: string): Promise<{ signUp: ActivitySignUp }> {
    return this.attend(signUpId, (s, now) => {
      if (!s.checkedInAt || s.checkedOutAt) {
        throw new ConflictError(s.checkedOutAt ? 'Already checked out' : 'Check in first', {
          field: 'input.signUpId',
        });
      }
      s.checkedOutAt = now;
      s.hours = servedHours(s.checkedInAt, now, s);
      s.hoursStatus = HoursStatus.PENDING;
    });
  }

  /** APPROVED grants 10 points per hour, once, traceable to the sign-up; DECLINED needs a note. */
  async review(input: ReviewVolunteerHoursInput): Promise<{ signUp: ActivitySignUp }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const note = input.note?.trim() || null;
    if (!input.approve && (!note || note.length < 2)) {
      throw new ValidationError('input.note', 'Say why the hours are declined');
    }
    const signUp = await this.em.transactional(async (em) => {
      const s = await this.lock(em, input.signUpId);
      if (s.hoursStatus !== HoursStatus.PENDING) {
        throw new ConflictError(`Hours are ${s.hoursStatus ?? 'not reported yet'}, not PENDING`, {
          field: 'input.signUpId',
        });
      }
      s.hoursStatus = input.approve ? HoursStatus.APPROVED : HoursStatus.DECLINED;
      s.reviewNote = note;
      if (input.approve) {
        if (s.volunteerId) {
          // a labor-in-lieu party enrolled without a volunteer registration earns no points: they serve a penalty
          await this.scope.services.get(PointsService).grant(em, {
            volunteerId: s.volunteerId,
            amount: pointsForHours(s.hours ?? 0),
            reason: PointReason.VOLUNTEER_HOURS,
            sourceId: s.id,
            note: `志愿服务 ${s.hours ?? 0} 小时`,
          });
        }
        if (s.dispositionId) {
          // same transaction: enforcement counts the hours if and only if they are approved here
          await publish(em, { to: 'enforcement', topic: LABOR_HOURS_VERIFIED, payload: laborHoursPayload(s, await this.serverOf(em, s)) });
        }
      }
      return s;
    });
    return { signUp };
  }

  private async attend(signUpId: string, change: (s: ActivitySignUp, now: Date) => void) {
    const signUp = await this.em.transactional(async (em) => {
      const s = await this.lock(em, signUpId);
      const staff = hasRole(this.actor, 'OFFICER', 'SUPERVISOR', 'ADMIN');
      if (!staff && (!this.actor.subject || (await this.serverOf(em, s)) !== this.actor.subject)) {
        throw new ForbiddenError('Only the volunteer or an officer can record attendance');
      }
      change(s, new Date());
      return s;
    });
    return { signUp };
  }

  /** The account whose sign-up this is: the person serving a labor-in-lieu disposition, else the volunteer. */
  private async serverOf(em: EntityManager, s: ActivitySignUp): Promise<string | null> {
    if (s.servedBy) {
      return s.servedBy;
    }
    return s.volunteerId ? ((await em.findOne(Volunteer, { id: s.volunteerId }))?.subject ?? null) : null;
  }

  private async lock(em: EntityManager, id: string): Promise<ActivitySignUp> {
    this.requireSignedIn();
    const s = await em.findOne(ActivitySignUp, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!s) {
      throw new NotFoundError('ActivitySignUp', id, 'input.signUpId');
    }
    return s;
  }
}
