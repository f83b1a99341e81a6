import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { isCalendarDate, shanghaiDate } from '../enrollment/shanghai-date';
import type { CreateMentorshipInput, LogMentoringCheckInInput, SignOffMentorshipInput, SubmitMenteeFeedbackInput } from './mentoring.inputs';
import { MentoringCheckIn } from './mentoring-check-in.entity';
import { mentorshipsByOfficer } from './mentoring.loaders';
import { Mentorship, MentorshipStatus } from './mentorship.entity';

/** 老带新导师制: trainers/supervisors pair; mentor and mentee log check-ins; the mentor signs off; the mentee rates. */
export class MentoringService extends BaseService {
  async create(input: CreateMentorshipInput): Promise<{ mentorship: Mentorship }> {
    this.requireRole('TRAINER', 'SUPERVISOR', 'ADMIN');
    if (input.mentorId === input.menteeId) {
      throw new ValidationError('input.menteeId', 'A mentor cannot mentor themself');
    }
    if (!isCalendarDate(input.startsOn) || !isCalendarDate(input.endsOn) || input.endsOn <= input.startsOn) {
      throw new ValidationError('input.endsOn', 'endsOn must be a real date after startsOn');
    }
    const mentorship = this.em.create(Mentorship, { ...input, goals: input.goals.map((g) => g.trim()) });
    try {
      await this.em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) {
        throw new ConflictError('This officer already has an active mentor', { field: 'input.menteeId' });
      }
      throw e;
    }
    return { mentorship };
  }

  async logCheckIn(input: LogMentoringCheckInInput): Promise<{ checkIn: MentoringCheckIn }> {
    this.requireSignedIn();
    return this.em.transactional(async (em) => {
      const m = await this.lockActive(em, input.mentorshipId);
      if (this.actor.subject !== m.mentorId && this.actor.subject !== m.menteeId) {
        throw new ForbiddenError('Only the mentor and the mentee log check-ins');
      }
      if (!isCalendarDate(input.occurredOn) || input.occurredOn < m.startsOn || input.occurredOn > shanghaiDate(new Date())) {
        throw new ValidationError('input.occurredOn', 'occurredOn must be within the mentoring period and not in the future');
      }
      const checkIn = em.create(MentoringCheckIn, { mentorshipId: m.id, occurredOn: input.occurredOn, note: input.note.trim(), loggedBy: this.actor.subject });
      return { checkIn };
    });
  }

  async signOff(input: SignOffMentorshipInput): Promise<{ mentorship: Mentorship }> {
    this.requireSignedIn();
    return this.em.transactional(async (em) => {
      const m = await this.lockActive(em, input.mentorshipId);
      if (this.actor.subject !== m.mentorId) {
        throw new ForbiddenError('Only the mentor signs off');
      }
      if ((await em.count(MentoringCheckIn, { mentorshipId: m.id })) === 0) {
        throw new ConflictError('Log at least one check-in before signing off', { field: 'input.mentorshipId' });
      }
      Object.assign(m, { status: MentorshipStatus.SIGNED_OFF, signedOffAt: new Date(), signOffNote: input.note.trim() });
      return { mentorship: m };
    });
  }

  async feedback(input: SubmitMenteeFeedbackInput): Promise<{ mentorship: Mentorship }> {
    this.requireSignedIn();
    const m = await this.em.findOne(Mentorship, { id: input.mentorshipId });
    if (!m) {
      throw new NotFoundError('Mentorship', input.mentorshipId, 'input.mentorshipId');
    }
    if (this.actor.subject !== m.menteeId) {
      throw new ForbiddenError('Only the mentee gives feedback');
    }
    const changed = await this.em.nativeUpdate(
      Mentorship,
      { id: m.id, menteeRating: null },
      { menteeRating: input.rating, menteeFeedback: input.feedback?.trim() || null },
    );
    if (changed === 0) {
      throw new ConflictError('Feedback was already given', { field: 'input.mentorshipId' });
    }
    return { mentorship: await this.em.fork().findOneOrFail(Mentorship, { id: m.id }) };
  }

  list(officerId: string): Promise<Mentorship[]> {
    this.requireSignedIn();
    if (this.actor.subject !== officerId && !hasRole(this.actor, 'SUPERVISOR', 'TRAINER', 'ADMIN')) {
      throw new ForbiddenError('Only the officer, supervisors and trainers may see this');
    }
    return this.scope.loaders.get(mentorshipsByOfficer).load(officerId);
  }

  /** Active pairings seen from one officer: their mentor and their mentees (stubs the gateway completes). */
  async counterparts(officerId: string): Promise<{ mentor: { id: string } | null; mentees: { id: string }[] }> {
    const active = (await this.list(officerId)).filter((m) => m.status === MentorshipStatus.ACTIVE);
    const mentor = active.find((m) => m.menteeId === officerId);
    return {
      mentor: mentor ? { id: mentor.mentorId } : null,
      mentees: active.filter((m) => m.mentorId === officerId).map((m) => ({ id: m.menteeId })),
    };
  }

  private async lockActive(em: EntityManager, id: string): Promise<Mentorship> {
    const m = await em.findOne(Mentorship, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!m) {
      throw new NotFoundError('Mentorship', id, 'input.mentorshipId');
    }
    if (m.status !== MentorshipStatus.ACTIVE) {
      throw new ConflictError('This mentorship is already signed off', { field: 'input.mentorshipId' });
    }
    return m;
  }
}
