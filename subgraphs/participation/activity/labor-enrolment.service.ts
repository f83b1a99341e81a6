import { LockMode } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { ActivitySignUp } from './activity-sign-up.entity';
import { Activity } from './activity.entity';
import { ActivityService } from './activity.service';
import { LaborAssignment } from './labor-assignment.entity';
import { checkLaborEnroller, checkLaborStanding } from './labor-in-lieu';

/**
 * 以劳代罚代为报名: an officer of the case's unit signs the person the disposition names up for its session. The
 * party serves a penalty, not a volunteer's service, so no volunteer registration is needed; when the person is an
 * active volunteer the place is theirs as a volunteer too (their other sign-ups are checked for overlap). The
 * sign-up records who enrolled them; the hours then count exactly as if they had signed up themselves.
 */
export class LaborEnrolmentService extends BaseService {
  async enrol(dispositionId: string): Promise<{ signUp: ActivitySignUp }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const signUp = await this.em.transactional(async (em) => {
      // the copy's row lock serialises enrolments of one disposition (and the person's own sign-up after it)
      const assignment = checkLaborStanding(await em.findOne(LaborAssignment, { id: dispositionId }, { lockMode: LockMode.PESSIMISTIC_WRITE }), dispositionId);
      checkLaborEnroller(this.actor, assignment);
      const activity = await em.findOne(Activity, { id: assignment.activityId });
      if (!activity) {
        throw new NotFoundError('Activity', assignment.activityId, 'input.dispositionId');
      }
      const volunteer = await em.findOne(Volunteer, { subject: assignment.servedBy, status: VolunteerStatus.ACTIVE }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      return this.scope.services.get(ActivityService).takePlace(em, activity, {
        volunteerId: volunteer?.id ?? null,
        dispositionId,
        servedBy: assignment.servedBy,
        enrolledBy: this.actor.subject,
      });
    });
    return { signUp };
  }
}
