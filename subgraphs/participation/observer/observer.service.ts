import type { FilterQuery } from '@mikro-orm/core';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { ObserverAppointment } from './observer-appointment.entity';
import type { AppointObserverInput, ObserversArgs } from './observer.inputs';
import { beijingToday, isCalendarDate, termProblem } from './observer-term';

/** 城管观察员: supervisors and administrators appoint citizen observers for terms of at most two years. */
export class ObserverService extends BaseService {
  async appoint(input: AppointObserverInput): Promise<{ observer: ObserverAppointment }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    if (!isCalendarDate(input.termStartsOn)) {
      throw new ValidationError('input.termStartsOn', 'termStartsOn must be a date YYYY-MM-DD');
    }
    const problem = termProblem(input);
    if (problem) {
      throw new ValidationError('input.termEndsOn', problem);
    }
    const subject = input.subject.trim();
    const observer = await this.em.transactional(async (em) => {
      // serialises appointments of one subject, so two overlapping terms cannot both pass the check
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`observer:${subject}`]);
      const clash = await em.count(ObserverAppointment, {
        subject,
        termStartsOn: { $lte: input.termEndsOn },
        termEndsOn: { $gte: input.termStartsOn },
      });
      if (clash > 0) {
        throw new ConflictError('This person already has a term overlapping these dates', {
          field: 'input.termStartsOn',
        });
      }
      return em.create(ObserverAppointment, {
        subject,
        name: input.name.trim(),
        termStartsOn: input.termStartsOn,
        termEndsOn: input.termEndsOn,
        appointedBy: this.actor.subject,
      });
    });
    return { observer };
  }

  list(args: ObserversArgs) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const where: FilterQuery<ObserverAppointment> = args.activeOn
      ? {
          termStartsOn: { $lte: args.activeOn },
          termEndsOn: { $gte: args.activeOn },
        }
      : {};
    return paginate(this.em, ObserverAppointment, args, {
      where,
      orderBy: { termStartsOn: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** Whether the caller is an OBSERVER with a term covering today (Beijing date). */
  async callerIsActiveObserver(): Promise<boolean> {
    if (!this.actor.subject || !this.actor.roles.includes('OBSERVER')) {
      return false;
    }
    const today = beijingToday();
    const n = await this.em.count(ObserverAppointment, {
      subject: this.actor.subject,
      termStartsOn: { $lte: today },
      termEndsOn: { $gte: today },
    });
    return n > 0;
  }
}
