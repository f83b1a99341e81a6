import { raw } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerService } from '../volunteer/volunteer.service';
import { ActivitySignUp } from './activity-sign-up.entity';
import { Activity } from './activity.entity';
import { LaborAssignment } from './labor-assignment.entity';
import { checkLaborDisposition, checkLaborServer } from './labor-in-lieu';
import type { ActivityFilter, CreateActivityInput } from './activity.inputs';

const MAX_ACTIVITY_HOURS = 24;

/** 志愿活动: publishing, listing and signing up (no over-booking, no overlapping sign-ups). */
export class ActivityService extends BaseService {
  async create(input: CreateActivityInput): Promise<{ activity: Activity }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const span = input.endsAt.getTime() - input.startsAt.getTime();
    if (span <= 0 || span > MAX_ACTIVITY_HOURS * 3600_000) {
      throw new ValidationError('input.endsAt', `endsAt must be after startsAt, within ${MAX_ACTIVITY_HOURS} h`);
    }
    const activity = this.em.create(Activity, {
      ...input,
      title: input.title.trim(),
      organizerOfficerId: /^[0-9a-f-]{36}$/.test(this.actor.subject ?? '') ? this.actor.subject : null,
    });
    await this.em.flush();
    return { activity };
  }

  list(args: ConnectionArgs, filter: ActivityFilter) {
    const where: FilterQuery<Activity> = {};
    if (filter.kind) {
      where.kind = filter.kind;
    }
    if (filter.gridCode) {
      where.gridCode = filter.gridCode;
    }
    if (filter.startsFrom) {
      where.startsAt = { $gte: filter.startsFrom };
    }
    return paginate(this.em, Activity, args, {
      where,
      orderBy: { startsAt: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(id: string): Promise<Activity> {
    const a = await this.em.findOne(Activity, { id });
    if (!a) {
      throw new NotFoundError('Activity', id, 'id');
    }
    return a;
  }

  /** The caller's sign-ups, latest activity first. */
  async mySignUps(args: ConnectionArgs) {
    this.requireRole('VOLUNTEER');
    const me = await this.em.findOne(Volunteer, { subject: this.actor.subject! });
    return paginate(this.em, ActivitySignUp, args, {
      where: { volunteerId: me?.id ?? '00000000-0000-0000-0000-000000000000' },
      orderBy: { startsAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /**
   * The volunteer row lock serialises one volunteer's sign-ups (overlap check); the conditional
   * `signed_up_count < capacity` update serialises the places of one activity.
   */
  async signUp(activityId: string, dispositionId?: string | null): Promise<{ signUp: ActivitySignUp }> {
    const signUp = await this.em.transactional(async (em) => {
      const me = await this.scope.services.get(VolunteerService).lockActiveSelf(em);
      const activity = await em.findOne(Activity, { id: activityId });
      if (!activity) {
        throw new NotFoundError('Activity', activityId, 'input.activityId');
      }
      checkLaborDisposition(activity.kind, dispositionId);
      if (dispositionId) {
        checkLaborServer(await em.findOne(LaborAssignment, { id: dispositionId }), dispositionId, activity.id, me.subject);
      }
      return this.takePlace(em, activity, {
        volunteerId: me.id,
        dispositionId: dispositionId ?? null,
        servedBy: dispositionId ? me.subject : null,
        enrolledBy: null,
      });
    });
    return { signUp };
  }

  /**
   * One place on `activity` for one person (inside the caller's transaction, the person already locked): refused
   * when the activity is over, when the person is already signed up at the same time, or when it is full.
   * A person is the volunteer, or, for labor in lieu, the account serving the disposition.
   */
  async takePlace(
    em: EntityManager,
    activity: Activity,
    who: Pick<ActivitySignUp, 'volunteerId' | 'dispositionId' | 'servedBy' | 'enrolledBy'>,
  ): Promise<ActivitySignUp> {
    if (activity.endsAt.getTime() <= Date.now()) {
      throw new ConflictError('This activity is over', { field: 'input.activityId' });
    }
    const person: FilterQuery<ActivitySignUp>[] = [];
    if (who.volunteerId) {
      person.push({ volunteerId: who.volunteerId });
    }
    if (who.servedBy) {
      person.push({ servedBy: who.servedBy });
    }
    const clash = await em.findOne(ActivitySignUp, {
      $or: person,
      startsAt: { $lt: activity.endsAt },
      endsAt: { $gt: activity.startsAt },
    });
    if (clash) {
      const same = clash.activityId === activity.id;
      throw new ConflictError(same ? 'Already signed up for this activity' : 'Already signed up for an activity at the same time', {
        field: 'input.activityId',
        ...(same ? {} : { clashingActivityId: clash.activityId }),
      });
    }
    const taken = await em.nativeUpdate(
      Activity,
      { id: activity.id, signedUpCount: { $lt: activity.capacity } },
      { signedUpCount: raw<Activity, number>('signed_up_count + 1') },
    );
    if (taken === 0) {
      throw new ConflictError('This activity is full', { field: 'input.activityId' });
    }
    return em.create(ActivitySignUp, { activityId: activity.id, startsAt: activity.startsAt, endsAt: activity.endsAt, ...who });
  }
}
