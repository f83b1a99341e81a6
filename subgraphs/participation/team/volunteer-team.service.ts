import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';

import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerService } from '../volunteer/volunteer.service';
import type { CreateVolunteerTeamInput, JoinVolunteerTeamInput } from './volunteer-team.inputs';
import { VolunteerTeam } from './volunteer-team.entity';

/** 志愿者队伍: supervisors form teams around a leader; an ACTIVE volunteer belongs to at most one team. */
export class VolunteerTeamService extends BaseService {
  async create(input: CreateVolunteerTeamInput): Promise<{ team: VolunteerTeam }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const name = input.name.trim();
    const team = await this.em
      .transactional(async (em) => {
        const leader = await em.findOne(Volunteer, { id: input.leaderVolunteerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!leader || leader.status !== VolunteerStatus.ACTIVE) {
          throw new NotFoundError('Volunteer', input.leaderVolunteerId, 'input.leaderVolunteerId');
        }
        if (leader.teamId) {
          throw new ConflictError('The leader already belongs to a team', {
            field: 'input.leaderVolunteerId',
          });
        }
        if ((await em.count(VolunteerTeam, { name })) > 0) {
          throw new ConflictError(`A team named ${name} exists`, {
            field: 'input.name',
          });
        }
        const t = em.create(VolunteerTeam, {
          name,
          gridCode: input.gridCode,
          leaderVolunteerId: leader.id,
        });
        leader.teamId = t.id;
        return t;
      })
      .catch((err: unknown) => {
        // a concurrent create with the same name got there first
        if (err instanceof UniqueConstraintViolationException) {
          throw new ConflictError(`A team named ${name} exists`, {
            field: 'input.name',
          });
        }
        throw err;
      });
    return { team };
  }

  async join(input: JoinVolunteerTeamInput): Promise<{ volunteer: Volunteer }> {
    const volunteer = await this.em.transactional(async (em) => {
      const me = await this.scope.services.get(VolunteerService).lockActiveSelf(em);
      if (me.teamId) {
        throw new ConflictError('Leave your current team first: one team at a time', {
          field: 'input.teamId',
        });
      }
      if ((await em.count(VolunteerTeam, { id: input.teamId })) === 0) {
        throw new NotFoundError('VolunteerTeam', input.teamId, 'input.teamId');
      }
      me.teamId = input.teamId;
      return me;
    });
    return { volunteer };
  }

  list(args: ConnectionArgs) {
    this.requireSignedIn();
    return paginate(this.em, VolunteerTeam, args, {
      where: {},
      orderBy: { createdAt: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }
}
