import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { canVet, VolunteerStatus } from './volunteer-enums';
import { Volunteer } from './volunteer.entity';
import type { RegisterVolunteerInput, VetVolunteerInput, VolunteerFilter } from './volunteer.inputs';

/** 志愿者联盟: registration, vetting, and the caller's own profile. */
export class VolunteerService extends BaseService {
  async register(input: RegisterVolunteerInput): Promise<{ volunteer: Volunteer }> {
    this.requireSignedIn();
    if (await this.em.findOne(Volunteer, { subject: this.actor.subject! })) {
      throw new ConflictError('You are already registered as a volunteer', { field: 'input' });
    }
    const volunteer = this.em.create(Volunteer, {
      subject: this.actor.subject!,
      name: input.name.trim(),
      phone: input.phone,
      skills: [...new Set(input.skills)],
      gridCode: input.gridCode ?? null,
    });
    await this.em.flush();
    return { volunteer };
  }

  async vet(input: VetVolunteerInput): Promise<{ volunteer: Volunteer }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const note = (input.note ?? '').trim();
    if (note.length < 2) {
      throw new ValidationError('input.note', 'A vetting note is required');
    }
    const volunteer = await this.em.transactional(async (em) => {
      const v = await em.findOne(Volunteer, { id: input.volunteerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!v) {
        throw new NotFoundError('Volunteer', input.volunteerId, 'input.volunteerId');
      }
      if (!canVet(v.status, input.status)) {
        throw new ConflictError(`A volunteer cannot go from ${v.status} to ${input.status}`, {
          field: 'input.status',
        });
      }
      Object.assign(v, { status: input.status, vettingNote: note, vettedAt: new Date() });
      return v;
    });
    return { volunteer };
  }

  me(): Promise<Volunteer | null> {
    this.requireSignedIn();
    return this.em.findOne(Volunteer, { subject: this.actor.subject! });
  }

  list(args: ConnectionArgs, filter: VolunteerFilter) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    return paginate(this.em, Volunteer, args, {
      where: filter.status ? { status: filter.status } : {},
      orderBy: { createdAt: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** The caller's ACTIVE volunteer record, row-locked in `em`'s transaction (serialises their sign-ups, redemptions). */
  async lockActiveSelf(em: EntityManager): Promise<Volunteer> {
    this.requireRole('VOLUNTEER');
    const v = await em.findOne(Volunteer, { subject: this.actor.subject! }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!v) {
      throw new ForbiddenError('Register as a volunteer first');
    }
    if (v.status !== VolunteerStatus.ACTIVE) {
      throw new ForbiddenError(`Your volunteer registration is ${v.status}, not ACTIVE`);
    }
    return v;
  }

  /** The volunteer themself, or supervisors / administrators. */
  seesPrivate(v: Volunteer): boolean {
    return v.subject === this.actor.subject || hasRole(this.actor, 'SUPERVISOR', 'ADMIN');
  }
}
